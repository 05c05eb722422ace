//! What "my doctor is" is followed by that is no name: a word of where one is from or
//! what one believes ("my doctor is French", "Jewish"), of a drug, an illness, an
//! insurer or a maker of medicines ("Covid", "Ozempic", "Kaiser", "Pfizer"), or one
//! read with the word after it ("Covid positive", "Pfizer trained"). Takes a text and a
//! word found after "is"; gives whether it describes the doctor rather than naming them.

use super::super::{is_common_english, is_name_word, word_after};
use crate::text::peoples::is_people_faith_or_tongue;

/// Drugs, illnesses, insurers, health services and makers of medicines written
/// capitalised after "my doctor is" ("my doctor is Kaiser", "Ozempic"). Sorted.
const HEALTH_WORDS: &[&str] = &[
    "adderall",
    "aetna",
    "astrazeneca",
    "bupa",
    "cigna",
    "covid",
    "cvs",
    "humana",
    "kaiser",
    "lexapro",
    "medicaid",
    "medicare",
    "merck",
    "moderna",
    "mounjaro",
    "nhs",
    "novavax",
    "ozempic",
    "pfizer",
    "prozac",
    "tylenol",
    "walgreens",
    "wegovy",
    "xanax",
    "zoloft",
];

/// Words after the word found that make it describe the doctor: "Covid positive",
/// "Pfizer trained", "Kaiser based". Sorted.
const DESCRIBING: &[&str] = &[
    "affiliated",
    "approved",
    "based",
    "born",
    "certified",
    "educated",
    "friendly",
    "negative",
    "positive",
    "qualified",
    "registered",
    "speaking",
    "trained",
];

/// Whether the word at `text[start..end]`, found after "my doctor is", says what the
/// doctor is, not who: a common English word that is no name ("Great"), one of
/// a nationality, faith or language ([`is_people_faith_or_tongue`]) or one of [`HEALTH_WORDS`], or a word before one of
/// [`DESCRIBING`]. A review found each masked, and masked through the chat ("I speak
/// `[name]`", "a `[name]` test").
pub(super) fn describes(text: &str, start: usize, end: usize) -> bool {
    let lower = text[start..end].to_lowercase();
    let describing = word_after(text, end).is_some_and(|(s, e)| {
        DESCRIBING
            .binary_search(&text[s..e].to_lowercase().as_str())
            .is_ok()
    });
    // "my doctor is Christian Smith": a faith that is a name too, before a capitalised
    // word, is the doctor's first name.
    let before_a_name = || {
        is_name_word(&lower)
            && word_after(text, end).is_some_and(|(s, _)| text[s..].starts_with(char::is_uppercase))
    };
    (is_common_english(&lower) && !is_name_word(&lower))
        || (is_people_faith_or_tongue(&lower) && !before_a_name())
        || HEALTH_WORDS.binary_search(&lower.as_str()).is_ok()
        || describing
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_lists_are_sorted() {
        assert!(super::HEALTH_WORDS.is_sorted());
        assert!(super::DESCRIBING.is_sorted());
    }
}
