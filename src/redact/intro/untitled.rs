//! Surnames with a particle and no title before them: a text → the capitalised surname
//! after a particle in lower case ("I spoke to de Souza", "da Silva called": a review
//! found both shown), into the introductions found; the particle stays. Not after a
//! capitalised word, where the particle is inside a place's or a brand's name ("Rio de
//! Janeiro", "Cirque du Soleil", "Cinco de Mayo"), nor before a common word, a name that
//! is one too, a day or a month ("de Facto"). Finds; the particles after a title are
//! `title/parts.rs`'s.

use std::sync::LazyLock;

use regex::Regex;

use super::{Cue, word_at};
use crate::redact::names::is_a_word_too;
use crate::text::calendar;

/// A particle in lower case and a capitalised word after it: the particle is the first
/// group, the word's start the second.
static PARTICLED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(da|das|de|del|della|di|dos|du|van|von)[ ]+([A-Z])")
        .expect("the particle pattern is valid")
});

/// The surnames after a particle with no title before them in `text`, into `out`, each
/// a [`Cue::Weak`] (masked later where capitalised); the particle stays (`de [name]`), as
/// no word of the name remembered.
pub(super) fn names(text: &str, out: &mut Vec<(usize, usize, Cue)>) {
    for found in PARTICLED.captures_iter(text) {
        let (Some(particle), Some(first)) = (found.get(1), found.get(2)) else {
            continue;
        };
        let Some((start, end)) = word_at(text, first.start()) else {
            continue;
        };
        let surname = &text[start..end];
        let lower = surname.to_lowercase();
        if surname.chars().count() < 3
            || !surname.chars().skip(1).all(char::is_lowercase)
            || is_a_word_too(&lower)
            || calendar::weekday_or_short(&lower).is_some()
            || calendar::month_or_short(&lower).is_some()
            || after_a_capitalised_word(text, particle.start())
            || out.iter().any(|&(s, e, _)| s < end && start < e)
        {
            continue;
        }
        out.push((start, end, Cue::Weak));
    }
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
