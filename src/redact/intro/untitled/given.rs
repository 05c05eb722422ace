//! A given name, particles and a surname before what a person says ("John van der Berg
//! called", "Maria de la Cruz said so", "My brother John van der Berg called"): a text →
//! the words of those names, into the introductions found. Finds; a surname after a
//! particle alone is `untitled.rs`'s, a place's name with a particle `places.rs`'s.

use std::sync::LazyLock;

use regex::Regex;

use super::super::particles::{Spacing, between_names, between_names_list, particles_at};
use super::super::title::is_title_word;
use super::super::{Cue, letters_before, word_after, word_at};
use super::opens_a_sentence;
use super::places::names_a_place;
use crate::redact::names::{fold, is_a_word_too, is_only_a_word};
use crate::summary::may_be_name;
use crate::text::calendar;

mod names;
use names::GIVEN_NAMES;

/// A capitalised word, particles in lower case between a given name and a surname
/// (`particles.rs`) and a capitalised word after them: the
/// first word is the first group, the particles the second, the surname's start the
/// third ("John van der Berg", "Ana de la Cruz", "Maria de los Angeles"). Capitals with
/// an accent too ("Óscar de la Hoya", "María de los Ángeles García": a review found them
/// shown); the given name after no letter, digit or apostrophe.
static GIVEN_PARTICLED: LazyLock<Regex> = LazyLock::new(|| {
    let particles = between_names_list().join("|");
    Regex::new(&format!(
        r"(?:^|[^\p{{L}}\p{{M}}\p{{N}}_'’])(\p{{Lu}}\p{{Ll}}+)[ ]+((?:(?:{particles})[ ]+){{1,3}})(\p{{Lu}})"
    ))
    .expect("the given name pattern is valid")
});

/// What a person says or how they get in touch, after a given name, particles and a
/// surname ("John van der Berg called"); not "will", "came", "sent" or "arrived", which
/// a place does as often ("Rio de Janeiro will be my destination", "Costa del Sol
/// arrived": a review found them masked). Sorted.
const SAID: &[&str] = &[
    "asked",
    "called",
    "emailed",
    "mentioned",
    "phoned",
    "promised",
    "rang",
    "replied",
    "said",
    "texted",
    "told",
    "wrote",
];

/// The whole names of a given name, particles and a surname (and a second one) that a
/// verb of [`SAID`] follows, anywhere in a sentence ("John van der Berg called
/// yesterday", "Maria de la Cruz said so", "My brother John van der Berg called", "Maria
/// de los Angeles Garcia called": a review found them shown, the particle after the given
/// name keeping the particle rule (`untitled.rs`) from the surname), into `out`: the
/// given name and the surnames each a [`Cue::Weak`] when the given name is one of
/// [`GIVEN_NAMES`], a [`Cue::Part`] (masked where it stands only) otherwise, the
/// particles each a [`Cue::Part`]; a given name of the list right before the given name
/// ("Ana Maria de la Cruz said"). Remembered, a place's words read so
/// would be masked in every later message ("I love Rio"): a place's name is none ("Rio de
/// Janeiro called it a scandal": `places.rs`). A given name that is a common word is none
/// ("Yes de Souza called": the particle rule's); one another cue found ("my brother
/// John") is kept, its particles and surname added. Mid-sentence or before "do" the
/// given name is one of [`GIVEN_NAMES`], and none after "the": a review found "The
/// Banque de France said", "Yesterday the Livraria da Vila told me", "Costa do Sauipe
/// called it" masked whole.
pub(super) fn names(text: &str, out: &mut Vec<(usize, usize, Cue)>) {
    for found in GIVEN_PARTICLED.captures_iter(text) {
        let (Some(given), Some(particles), Some(first)) =
            (found.get(1), found.get(2), found.get(3))
        else {
            continue;
        };
        let Some((start, end)) = word_at(text, first.start()) else {
            continue;
        };
        let surname = &text[start..end];
        let second = word_after(text, end).filter(|&(s, e)| a_surname(&text[s..e]));
        let verb_after = second.map_or(end, |(_, e)| e);
        let given_lower = given.as_str().to_lowercase();
        let (given_start, given_end) = (given.start(), given.end());
        let given_found = out
            .iter()
            .any(|&(s, e, _)| (s, e) == (given_start, given_end));
        let known = GIVEN_NAMES
            .binary_search(&fold(given.as_str()).as_str())
            .is_ok();
        // "The Banque de France said", "Yesterday the Livraria da Vila told me": a name
        // after "the" is a business's or a place's; mid-sentence, or before "do" ("ok
        // thanks, do Tesco deliver", "Costa do Sauipe called"), only a given name of the
        // list or one another cue found opens a person's name.
        let particles_text = particles.as_str();
        // "École de Paris said": a capital with an accent opening a sentence is a
        // place's or a school's as often; a given name only of the list ("Óscar").
        let known_enough = known
            || given_found
            || (opens_a_sentence(text, given_start)
                && given.as_str().starts_with(|c: char| c.is_ascii_uppercase())
                && !particles_text.split_whitespace().any(|p| p == "do"));
        if given.as_str().chars().count() < 2
            || !known_enough
            || after_the(text, given_start)
            || after_a_place_word(text, given_start)
            || is_only_a_word(&given_lower)
            || is_title_word(given.as_str())
            || !may_be_name(given.as_str())
            || !word_after(text, verb_after).is_some_and(|(s, e)| {
                SAID.binary_search(&text[s..e].to_lowercase().as_str())
                    .is_ok()
            })
            || !a_surname(surname)
            || names_a_place(text, particles.start(), end)
            || out.iter().any(|&(s, e, _)| {
                s < verb_after && given_start < e && (s, e) != (given_start, given_end)
            })
        {
            continue;
        }
        let cue = if known { Cue::Weak } else { Cue::Part };
        if !given_found {
            if let Some(before) = name_before(text, given_start)
                && !out.iter().any(|&(s, e, _)| s < before.1 && before.0 < e)
            {
                out.push((before.0, before.1, cue));
            }
            out.push((given_start, given_end, cue));
        }
        let mut at = particles.start();
        while let Some((s, e)) = word_at(text, at).filter(|&(s, _)| s < particles.end()) {
            out.push((s, e, Cue::Part));
            at = e + 1;
            while text[at..].starts_with(' ') {
                at += 1;
            }
        }
        out.push((start, end, cue));
        if let Some((s, e)) = second {
            out.push((s, e, cue));
        }
    }
}

/// Whether `word` may be a surname after particles: capitalised, three letters or more,
/// the rest in lower case, no word too, no weekday's or month's name ("de Mayo" of
/// "Cinco de Mayo" is `places.rs`'s).
fn a_surname(word: &str) -> bool {
    let lower = word.to_lowercase();
    word.starts_with(char::is_uppercase)
        && word.chars().count() >= 3
        && word.chars().skip(1).all(char::is_lowercase)
        && !is_a_word_too(&lower)
        && calendar::weekday_or_short(&lower).is_none()
        && calendar::month_or_short(&lower).is_none()
}

/// Whether `word`, in any case, is a given name of [`GIVEN_NAMES`] ("Ana", "José"): a
/// name of four words whose first two are given names is one ("Ana Maria Garcia
/// Lopez"), its last two remembered; after other two the last two are a brand's as often
/// ("John Smith Tesla Cybertruck").
pub(crate) fn is_given_name(word: &str) -> bool {
    GIVEN_NAMES.binary_search(&fold(word).as_str()).is_ok()
}

/// The capitalised word right before `at` and a single space that is a given name of
/// [`GIVEN_NAMES`] ("Ana" of "Ana Maria de la Cruz"). Not any word that may be a name:
/// a review found "Hola Maria de la Cruz said", "At Santander Pedro de la Vega told me",
/// "Padre Pedro de la Vega said" masked "Hola", "Santander", "Padre". So before "do"
/// after a title (`title/parts.rs`): "Maria do Carmo", not "Dr. Patel do Botox".
pub(in crate::redact::intro) fn name_before(text: &str, at: usize) -> Option<(usize, usize)> {
    let (start, end) = letters_before(text, at)?;
    let word = &text[start..end];
    (word.starts_with(char::is_uppercase)
        && word.chars().skip(1).all(char::is_lowercase)
        && GIVEN_NAMES.binary_search(&fold(word).as_str()).is_ok())
    .then_some((start, end))
}

/// Where the particles at `at` end, when `text[given.0..given.1]` is a capitalised word
/// and one to three particles between names ([`between_names`]) and a capitalised
/// word follow it, each past a single space: "de la " of "Ana de la Cruz", "van der " of
/// "Pieter van der Berg"; "do" only after a given name of [`GIVEN_NAMES`] ("Maria do
/// Carmo", not "Sure do Tell"). What a reply to a question for the name reads as one
/// name, the particles shown (`reply.rs`).
pub(in crate::redact::intro) fn particles_in_a_name(
    text: &str,
    given: (usize, usize),
    at: usize,
) -> Option<usize> {
    let is_capitalised = |(s, e): (usize, usize)| {
        let word = &text[s..e];
        word.starts_with(char::is_uppercase) && word.chars().skip(1).all(char::is_lowercase)
    };
    if !is_capitalised(given) || text.get(given.1..at) != Some(" ") {
        return None;
    }
    let run = particles_at(text, at, Spacing::Single, |(s, e), _| {
        let particle = &text[s..e];
        between_names(particle) && (particle != "do" || is_given_name(&text[given.0..given.1]))
    });
    let &(_, end) = run.words.last()?;
    run.next.is_some_and(is_capitalised).then_some(end + 1)
}

/// Words after which a given name opens a place's name, not a person's ("The hotel in
/// San Pedro de Atacama called me", "Our guide in Carmen de Patagones said", "the hotel
/// in San Martin de Porres told me": a review found them masked whole and "Atacama"
/// remembered), folded. Sorted.
const BEFORE_A_PLACE: &[&str] = &[
    "at", "from", "in", "near", "san", "santa", "santo", "sao", "to",
];

/// Whether the word right before `at` (past spaces, in any case) is one of
/// [`BEFORE_A_PLACE`].
fn after_a_place_word(text: &str, at: usize) -> bool {
    let before = text[..at].trim_end_matches(' ');
    let start = before
        .char_indices()
        .rev()
        .take_while(|&(_, c)| c.is_alphabetic())
        .last()
        .map_or(before.len(), |(i, _)| i);
    before.len() < at
        && BEFORE_A_PLACE
            .binary_search(&fold(&before[start..]).as_str())
            .is_ok()
}

/// Whether the word right before `at` (past spaces) is "the", in any case: what follows
/// is a business's, a building's or a place's name ("the Caja de Ahorros called").
fn after_the(text: &str, at: usize) -> bool {
    let before = text[..at].trim_end_matches(' ');
    before.len() < at
        && before
            .get(before.len().saturating_sub(3)..)
            .is_some_and(|w| w.eq_ignore_ascii_case("the"))
        && !before[..before.len() - 3]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric)
}

#[cfg(test)]
mod tests {
    /// The binary searches need the lists sorted.
    #[test]
    fn the_verbs_the_given_names_and_the_particles_are_sorted() {
        assert!(super::SAID.is_sorted());
        assert!(super::GIVEN_NAMES.is_sorted());
        assert!(super::GIVEN_NAMES.len() > 300);
        assert!(super::BEFORE_A_PLACE.is_sorted());
    }

    /// Regression: "Mohammed I want a human" after a question for a password masked
    /// "Mohammed": the list lacked the common Arabic, Irish and Māori given names. They
    /// are given names now, in any case and with their accents; no everyday word is.
    #[test]
    fn common_arabic_irish_and_maori_names_are_given_names() {
        for name in [
            "Mohammed", "Muhammad", "Mohamed", "Ahmed", "Fatima", "Aisha", "Siobhan", "Niamh",
            "Aoife", "Róisín", "Seán", "Sinéad", "Aroha", "Wiremu", "Anahera",
        ] {
            assert!(super::is_given_name(name), "{name}");
        }
        for word in ["Mere", "Want", "Human", "Seahorse"] {
            assert!(!super::is_given_name(word), "{word}");
        }
        let common: Vec<&str> = (super::GIVEN_NAMES.iter().copied())
            .filter(|name| crate::text::english::is_common_english(name))
            .collect();
        // The two of the first list ("mark", "marina"), none since.
        assert_eq!(common, ["marina", "mark"]);
    }
}
