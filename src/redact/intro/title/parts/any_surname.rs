//! The particles after which any word in lower case is a surname: a text and the
//! particles found after a title → whether the word after them is the surname whatever
//! it is ("mr. van dam", "mr. de la cruz"; not "Mr. de facto"). Tells; the particles are
//! `parts.rs`'s.

use super::super::super::Cue;
use super::super::lower;

/// Particles that open no phrase of their own in an English chat, as "de facto", "la
/// carte" or "du jour" do: after a title, a common word after one is the surname ("mr.
/// van dam", "dr. von braun": a review found "dam" shown). Sorted.
const ONLY_BEFORE_A_SURNAME: &[&str] = &[
    "abd", "abu", "ap", "bin", "bint", "della", "den", "der", "dos", "ibn", "ten", "ter", "van",
    "van't", "van’t", "von", "zu",
];

/// Whether the particles `particles` before a surname in lower case make any word after
/// them the surname: two of them ("mr. de la cruz") or one of [`ONLY_BEFORE_A_SURNAME`].
pub(super) fn only_a_surname_before(text: &str, particles: &[(usize, usize, Cue)]) -> bool {
    particles.len() >= 2
        || particles.first().is_some_and(|&(s, e, _)| {
            ONLY_BEFORE_A_SURNAME
                .binary_search(&lower(&text[s..e]).as_str())
                .is_ok()
        })
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_list_is_sorted() {
        assert!(super::ONLY_BEFORE_A_SURNAME.is_sorted());
    }
}
