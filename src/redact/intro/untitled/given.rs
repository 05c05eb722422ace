//! A given name, particles and a surname that open a sentence before what a person says
//! ("John van der Berg called", "Maria de la Cruz said so"): a text → the words of those
//! names, into the introductions found. Finds; a surname after a particle alone is
//! `untitled.rs`'s.

use std::sync::LazyLock;

use regex::Regex;

use super::super::title::is_title_word;
use super::super::{Cue, word_after, word_at};
use super::opens_a_sentence;
use crate::redact::names::{is_a_word_too, is_only_a_word};
use crate::summary::may_be_name;
use crate::text::calendar;

/// A capitalised word, particles in lower case and a capitalised word after them: the
/// first word is the first group, the particles the second, the surname's start the
/// third ("John van der Berg", "Ana de la Cruz").
static GIVEN_PARTICLED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)([A-Z]\p{Ll}+)[ ]+((?:(?:da|das|de|del|della|den|der|di|dos|du|la|las|le|los|ten|ter|van|von)[ ]+){1,3})([A-Z])")
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

/// Given names common where surnames take particles (Dutch, German, French, Italian,
/// Spanish, Portuguese) or in English, in lower case: before particles and a surname
/// and a verb of [`SAID`], the name is remembered for later messages ("John van der
/// Berg called" … "Berg is my husband"). No list of given names is kept elsewhere.
/// Sorted.
const GIVEN_NAMES: &[&str] = &[
    "aaron", "adam", "adriana", "alberto", "alice", "amanda", "ana", "andrea", "andrew", "angela",
    "anna", "anne", "antonio", "barbara", "carla", "carlos", "carmen", "charles", "daniel",
    "david", "diego", "eduardo", "elena", "emily", "emma", "eric", "fernando", "frank", "gabriel",
    "george", "giovanni", "giuseppe", "hans", "helen", "ines", "isabel", "jack", "james", "jan",
    "jane", "jean", "jennifer", "jessica", "johan", "johannes", "john", "jorge", "jose", "joseph",
    "juan", "julia", "karen", "karl", "kevin", "laura", "linda", "lisa", "lucas", "luis", "luisa",
    "manuel", "marco", "maria", "marie", "mark", "martin", "mary", "matthew", "michael", "miguel",
    "nicole", "olivia", "oscar", "pablo", "patricia", "paul", "paulo", "pedro", "peter", "pieter",
    "rafael", "ricardo", "robert", "roberto", "rosa", "sandra", "sarah", "sofia", "sophie",
    "susan", "thomas", "tom", "victor", "william",
];

/// The whole names of a given name, particles and a surname that open a sentence and
/// that a verb of [`SAID`] follows ("John van der Berg called yesterday", "Maria de la
/// Cruz said so": a review found them shown, the particle after the given name keeping
/// the particle rule (`untitled.rs`) from the surname), into `out`: the given name and the
/// surname each a [`Cue::Weak`] when the given name is one of [`GIVEN_NAMES`], a
/// [`Cue::Part`] (masked where it stands only) otherwise, the particles each a
/// [`Cue::Part`]. Remembered, a place's words read so would be masked in every later
/// message ("I love Rio"). A given name that is a common word is none ("Yes de Souza
/// called": the particle rule's).
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
        let lower = surname.to_lowercase();
        let given_lower = given.as_str().to_lowercase();
        if !opens_a_sentence(text, given.start())
            || given.as_str().chars().count() < 2
            || is_only_a_word(&given_lower)
            || is_title_word(given.as_str())
            || !may_be_name(given.as_str())
            || !word_after(text, end).is_some_and(|(s, e)| {
                SAID.binary_search(&text[s..e].to_lowercase().as_str())
                    .is_ok()
            })
            || surname.chars().count() < 3
            || !surname.chars().skip(1).all(char::is_lowercase)
            || is_a_word_too(&lower)
            || calendar::weekday_or_short(&lower).is_some()
            || calendar::month_or_short(&lower).is_some()
            || out.iter().any(|&(s, e, _)| s < end && given.start() < e)
        {
            continue;
        }
        let cue = if GIVEN_NAMES.binary_search(&given_lower.as_str()).is_ok() {
            Cue::Weak
        } else {
            Cue::Part
        };
        out.push((given.start(), given.end(), cue));
        let mut at = particles.start();
        while let Some((s, e)) = word_at(text, at).filter(|&(s, _)| s < particles.end()) {
            out.push((s, e, Cue::Part));
            at = e + 1;
            while text[at..].starts_with(' ') {
                at += 1;
            }
        }
        out.push((start, end, cue));
    }
}

#[cfg(test)]
mod tests {
    /// The binary searches need the lists sorted.
    #[test]
    fn the_verbs_and_the_given_names_are_sorted() {
        assert!(super::SAID.is_sorted());
        assert!(super::GIVEN_NAMES.is_sorted());
    }
}
