//! Surnames with a particle and no title before them: a text → the capitalised surname
//! after a particle where what is said of it is what people do ("Ask de Souza to call
//! me", "da Silva called", "I spoke to de Souza": a review found them shown), into the
//! introductions found; the particle stays. A particle and a capitalised word are a
//! place's, a painter's, a brand's or a thing's name as often ("de Madrid airport", "the
//! da Vinci code", "the van Gogh museum", "fan of de Niro": a later review found them
//! masked), so only a person's verb after the surname or a verb that is said to a
//! person before the particle makes it one. Finds; the particles after a title are
//! `title/parts.rs`'s, a given name before them `untitled/given.rs`'s.

use std::sync::LazyLock;

use regex::Regex;

use super::particles::alone_list;
use super::title::before_a_persons_verb;
use super::{Cue, word_at};
use crate::redact::names::is_a_word_too;
use crate::redact::taken::Taken;
use crate::text::calendar;

mod given;
mod places;
pub(crate) use given::is_given_name;
pub(super) use given::{name_before, particles_in_a_name};
use places::names_a_place;

/// A particle before a surname with no given name before it (`particles.rs`; not "do":
/// in lower case it is the English verb as often, "ok thanks, do Tesco deliver", "When
/// do Santander called you": a review found "Tesco" masked and remembered; "Maria do
/// Carmo" is `given.rs`'s) and a capitalised word after it: the particle is the first group, the
/// word's start the second. A capitalised particle only opens a sentence ("De Souza
/// called"); elsewhere it is inside a name ("Rio De Janeiro"). The word's capital may
/// have an accent ("de Ávila called").
static PARTICLED: LazyLock<Regex> = LazyLock::new(|| {
    let particles = alone_list();
    let capitalised: Vec<String> = particles
        .iter()
        .map(|p| format!("{}{}", p[..1].to_ascii_uppercase(), &p[1..]))
        .collect();
    let particles = particles.join("|");
    let capitalised = capitalised.join("|");
    Regex::new(&format!(
        r"(?-u:\b)({particles}|{capitalised})[ ]+(\p{{Lu}})"
    ))
    .expect("the particle pattern is valid")
});

/// Verbs said to a person or of one, right before the particle: "Ask de Souza to call
/// me", "Thanks de Souza", "cc van Houten". Sorted.
const TO_A_PERSON: &[&str] = &[
    "ask",
    "asked",
    "call",
    "cc",
    "contact",
    "contacted",
    "email",
    "emailed",
    "message",
    "messaged",
    "phone",
    "phoned",
    "tell",
    "text",
    "texted",
    "thank",
    "thanks",
    "told",
];

/// Verbs before "to" or "with" and the particle that make the surname a person's: "I
/// spoke to de Souza", "talk with van Houten" (not "fly to de Madrid"). Sorted.
const SPOKE: &[&str] = &[
    "forward",
    "forwarded",
    "replied",
    "reply",
    "send",
    "sent",
    "speak",
    "speaking",
    "spoke",
    "spoken",
    "talk",
    "talked",
    "talking",
    "write",
    "wrote",
];

/// Nouns before "of" and the particle that make the surname a person's: "the house of
/// de Souza" (not "fan of de Niro"). Sorted.
const ONES_OWN: &[&str] = &[
    "daughter", "desk", "family", "home", "house", "husband", "office", "son", "wife",
];

/// The surnames after a particle with no title before them in `text`, into `out`, each
/// a [`Cue::Weak`] (masked later where capitalised); the particle stays (`de [name]`), as
/// no word of the name remembered. A person's context says so: a person's verb after
/// the surname ("da Silva called", "Yes de Souza called"), a verb said to a person right
/// before the particle ("Ask de Souza", "Thanks de Souza"), "spoke to", "talk with" or
/// "the house of" before it, or "and" after such a surname ("ask van Houten and dos Santos").
pub(super) fn names(text: &str, out: &mut Vec<(usize, usize, Cue)>) {
    given::names(text, out);
    // Made at the first surname found: most texts have none.
    let mut taken: Option<Taken> = None;
    let mut last_end = None;
    for found in PARTICLED.captures_iter(text) {
        let (Some(particle), Some(first)) = (found.get(1), found.get(2)) else {
            continue;
        };
        let Some((start, end)) = word_at(text, first.start()) else {
            continue;
        };
        let surname = &text[start..end];
        let lower = surname.to_lowercase();
        let capital_particle = particle.as_str().starts_with(char::is_uppercase);
        let person_verb = before_a_persons_verb(text, end);
        let before = words_before(text, particle.start());
        let said_to = before.first().is_some_and(|w| {
            TO_A_PERSON.binary_search(&w.as_str()).is_ok()
                || (matches!(w.as_str(), "to" | "with")
                    && before
                        .get(1)
                        .is_some_and(|w| SPOKE.binary_search(&w.as_str()).is_ok()))
                || (w == "of"
                    && before
                        .get(1)
                        .is_some_and(|w| ONES_OWN.binary_search(&w.as_str()).is_ok()))
        });
        let after_a_name = before.first().is_some_and(|w| w == "and")
            && last_end.is_some_and(|e: usize| text[e..particle.start()].trim() == "and");
        let person = if capital_particle {
            opens_a_sentence(text, particle.start()) && person_verb
        } else {
            person_verb
                && (!after_a_capitalised_word(text, particle.start())
                    || opens_after_a_word(text, particle.start()))
                || said_to
                || after_a_name
        };
        if !person
            || surname.chars().count() < 3
            || !surname.chars().skip(1).all(char::is_lowercase)
            || is_a_word_too(&lower)
            || calendar::weekday_or_short(&lower).is_some()
            || calendar::month_or_short(&lower).is_some()
            || names_a_place(text, particle.start(), end)
        {
            continue;
        }
        let taken = taken.get_or_insert_with(|| Taken::new(out.iter().map(|&(s, e, _)| (s, e))));
        if taken.overlaps(start, end) {
            continue;
        }
        taken.push(start, end);
        out.push((start, end, Cue::Weak));
        last_end = Some(end);
    }
}

/// The two words before `at` in `text`, the nearest first, in lower case, within the
/// sentence.
fn words_before(text: &str, at: usize) -> Vec<String> {
    let before = &text[..at];
    let clause = before
        .rfind(['.', '!', '?', ';', ':', '\n'])
        .map_or(before, |at| &before[at + 1..]);
    clause
        .rsplit(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(2)
        .map(str::to_lowercase)
        .collect()
}

/// Whether nothing but spaces stands before `at`, or the end of a sentence.
fn opens_a_sentence(text: &str, at: usize) -> bool {
    text[..at]
        .trim_end()
        .chars()
        .next_back()
        .is_none_or(|c| matches!(c, '.' | '!' | '?' | ':' | ';' | '\n'))
}

/// Whether the one word before `at` opens the sentence: "Yes de Souza called", where the
/// capitalised word is no place's ("Rio de Janeiro").
fn opens_after_a_word(text: &str, at: usize) -> bool {
    let before = text[..at].trim_end_matches(' ');
    let start = before
        .char_indices()
        .rev()
        .find(|&(_, c)| !c.is_alphabetic())
        .map_or(0, |(i, c)| i + c.len_utf8());
    opens_a_sentence(text, start)
}

/// Whether the word right before `at` (past spaces) is capitalised: the particle is then
/// inside a place's or a brand's name ("Rio de Janeiro").
fn after_a_capitalised_word(text: &str, at: usize) -> bool {
    let before = text[..at].trim_end_matches(' ');
    before.len() < at
        && before.chars().next_back().is_some_and(char::is_alphabetic)
        && before
            .char_indices()
            .rev()
            .take_while(|&(_, c)| c.is_alphabetic())
            .last()
            .is_some_and(|(_, c)| c.is_uppercase())
}

#[cfg(test)]
mod tests {
    fn found(text: &str) -> Vec<&str> {
        let mut out = Vec::new();
        super::names(text, &mut out);
        out.into_iter().map(|(s, e, _)| &text[s..e]).collect()
    }

    #[test]
    fn a_surname_after_a_particle_is_found() {
        for (text, expected) in [
            ("I spoke to de Souza yesterday", &["Souza"][..]),
            ("da Silva called me", &["Silva"]),
            ("ask van Houten and dos Santos", &["Houten", "Santos"]),
        ] {
            assert_eq!(found(text), expected, "{text:?}");
        }
    }

    /// "John van der Berg called" was shown whole; "Yes de Souza called" names Souza
    /// alone.
    #[test]
    fn a_given_name_particles_and_a_surname_before_a_persons_verb_are_found() {
        for (text, expected) in [
            (
                "John van der Berg called yesterday",
                &["John", "van", "der", "Berg"][..],
            ),
            (
                "Ok. Maria de la Cruz said so",
                &["Maria", "de", "la", "Cruz"],
            ),
            ("Yes de Souza called", &["Souza"]),
            ("John van der Berg paintings", &[]),
        ] {
            assert_eq!(found(text), expected, "{text:?}");
        }
    }

    /// The particles of the two rules are one list's (`particles.rs`): each is a
    /// particle after a title too, and each before a surname alone is one after a given
    /// name; the lists read before they were one.
    #[test]
    fn the_particles_are_the_titles_particles() {
        use super::super::particles::{alone_list, between_names_list, lone_particle};
        let (alone, between) = (alone_list(), between_names_list());
        for particle in alone.iter().chain(&between) {
            assert!(lone_particle(particle), "{particle:?}");
        }
        for particle in &alone {
            assert!(between.contains(particle), "{particle:?}");
        }
        assert_eq!(
            alone,
            [
                "da", "das", "de", "del", "della", "di", "dos", "du", "van", "von"
            ]
        );
        assert_eq!(
            between,
            [
                "da", "das", "de", "del", "della", "den", "der", "di", "do", "dos", "du", "la",
                "las", "le", "los", "ten", "ter", "van", "von",
            ]
        );
    }

    /// "Rio de Janeiro will host it" masked "Janeiro"; "Rio de Janeiro called it a
    /// scandal" all three words.
    #[test]
    fn a_place_with_a_particle_before_a_persons_verb_names_no_one() {
        for text in [
            "Rio de Janeiro will host it",
            "Rio de Janeiro called it a scandal",
            "Porto de Galinhas will host it",
            "We flew to Playa del Carmen said my wife",
        ] {
            assert_eq!(found(text), Vec::<&str>::new(), "{text:?}");
        }
    }

    /// "My brother John van der Berg called" showed "van der Berg"; "Maria de los
    /// Angeles Garcia called" all of it.
    #[test]
    fn a_given_name_particles_and_surnames_before_a_persons_verb_are_found_anywhere() {
        for (text, expected) in [
            (
                "My brother John van der Berg called",
                &["John", "van", "der", "Berg"][..],
            ),
            (
                "Maria de los Angeles Garcia called",
                &["Maria", "de", "los", "Angeles", "Garcia"],
            ),
            ("Maria do Carmo called", &["Maria", "do", "Carmo"]),
            (
                "Ana Maria de la Cruz said so",
                &["Ana", "Maria", "de", "la", "Cruz"],
            ),
            (
                "Thanks Maria de la Cruz said so",
                &["Maria", "de", "la", "Cruz"],
            ),
        ] {
            assert_eq!(found(text), expected, "{text:?}");
        }
    }

    #[test]
    fn the_lists_are_sorted() {
        assert!(super::TO_A_PERSON.is_sorted());
        assert!(super::SPOKE.is_sorted());
        assert!(super::ONES_OWN.is_sorted());
    }

    /// "Ask de Souza to call me", "Tell da Silva", "Yes de Souza called", "De Souza
    /// called me" were shown.
    #[test]
    fn a_surname_a_person_verb_follows_or_a_verb_to_a_person_precedes_is_found() {
        for (text, expected) in [
            ("Ask de Souza to call me", &["Souza"][..]),
            ("Tell da Silva I said hi", &["Silva"]),
            ("Thanks de Souza for the help", &["Souza"]),
            ("Yes de Souza called", &["Souza"]),
            ("De Souza called me", &["Souza"]),
            ("I talked with van Houten", &["Houten"]),
        ] {
            assert_eq!(found(text), expected, "{text:?}");
        }
    }

    /// "I fly from de Madrid", "the da Vinci code", "the van Gogh museum", "fan of de
    /// Niro" were masked.
    #[test]
    fn a_place_a_painter_or_a_things_name_after_a_particle_names_no_one() {
        for text in [
            "I fly from de Madrid tomorrow",
            "de Madrid airport",
            "the da Vinci code",
            "the van Gogh museum",
            "van Gogh exhibition",
            "van Halen album",
            "fan of de Niro",
            "du Maurier set",
            "from van Eck and partners",
            "Rio De Janeiro called",
        ] {
            assert_eq!(found(text), Vec::<&str>::new(), "{text:?}");
        }
    }

    #[test]
    fn a_particle_inside_a_place_or_before_a_word_names_no_one() {
        for text in [
            "I flew to Rio de Janeiro",
            "tickets for Cirque du Soleil",
            "a Cinco de Mayo party",
            "it was de Facto approved",
            "see you de Monday",
            "abide de NY",
            "the van Was late",
        ] {
            assert_eq!(found(text), Vec::<&str>::new(), "{text:?}");
        }
    }
}
