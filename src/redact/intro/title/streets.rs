//! A title's letters where they name a street, not someone: "Dr" for "Drive" after a
//! street's name ("12 Elm Dr. Springfield", "at Sunset Dr,Springfield", "Oak Dr/Main
//! St"), and a street named after someone ("Sir Francis Drake Blvd"). A text and where a
//! title and the name after it stand → whether no one is named there. Tells; the name's
//! words are `title.rs`'s.

use super::super::capitalised;
use super::super::words::word_after;
use super::start_of_word_before;

/// Words for a street that say a street and nothing else, capitalised after a name
/// ("Drake Blvd", "Main St"): no surname is one.
const STREETS: &[&str] = &[
    "ave",
    "avenue",
    "blvd",
    "boulevard",
    "hwy",
    "highway",
    "ln",
    "pkwy",
    "parkway",
    "rd",
    "road",
    "st",
    "street",
];

/// Whether the word after the title `text[title_start..title_end]` (its match ends at
/// `at`) is no name as "Dr" there is "Drive": "Dr" or "DR" after a capitalised word, a
/// street's name, after a house number ("12 Elm Dr. Springfield"), or after another
/// word and glued to the next by a comma or a slash ("at Sunset Dr,Springfield"). A
/// capitalised word that opens the text or a sentence before "Dr" is more often a
/// greeting or a verb ("Thanks Dr,Harper", "Ask Dr/Harper"): the title.
pub(super) fn drive(text: &str, title_start: usize, title_end: usize, at: usize) -> bool {
    if !matches!(&text[title_start..title_end], "Dr" | "DR") {
        return false;
    }
    let word_start = start_of_word_before(text, title_start);
    let word = text[word_start..title_start].trim_end_matches([' ', '\t']);
    let written =
        capitalised(word) || (word.len() >= 2 && word.chars().all(|c| c.is_ascii_uppercase()));
    if !written || word_start == title_start {
        return false;
    }
    let before = text[..word_start].trim_end_matches([' ', '\t']);
    let number = before.ends_with(|c: char| c.is_ascii_digit());
    let glued = text[..at].ends_with([',', '/']);
    let after_a_word = before.ends_with(char::is_alphabetic);
    number || (glued && after_a_word)
}

/// Whether the name's last word `text[start..end]` or the word after it is a word for a
/// street, capitalised or in capitals ("Sir Francis Drake Blvd", "Oak Dr/Main St").
pub(super) fn a_street(text: &str, start: usize, end: usize) -> bool {
    let street = |word: &str| {
        (capitalised(word) || word.chars().all(|c| c.is_ascii_uppercase()))
            && STREETS
                .iter()
                .any(|street| street.eq_ignore_ascii_case(word))
    };
    street(&text[start..end]) || word_after(text, end).is_some_and(|(s, e)| street(&text[s..e]))
}
