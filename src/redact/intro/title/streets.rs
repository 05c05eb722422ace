//! A title's letters where they name a street, not someone: "Dr" for "Drive" after a
//! street's name ("12 Elm Dr. Springfield", "at Sunset Dr,Springfield", "Oak Dr/Main
//! St"), and a street named after someone ("Sir Francis Drake Blvd"). A text and where a
//! title and the name after it stand → whether no one is named there; and "St" for
//! "Saint" opening a surname after a title ("Mr. St John"). Tells; the name's other
//! words are `title.rs`'s.

use super::super::words::{word_after, word_at};
use super::super::{Cue, capitalised};
use super::{names_a_thing, start_of_word_before};

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
/// word and glued to the next by a comma or a slash ("at Sunset Dr,Springfield"), or
/// opening the text so glued ("Sunset Dr,Springfield") but after a greeting or a verb
/// ([`OPENERS`]: "Thanks Dr,Harper", "Ask Dr/Harper": the title).
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
    // "Sunset Dr,Springfield" opening a text: a street, but after a greeting, a thank-you
    // or a verb ("Thanks Dr,Harper", "Ask Dr/Harper").
    let opens = before.is_empty()
        && OPENERS
            .binary_search(&word.to_lowercase().as_str())
            .is_err();
    number || (glued && (after_a_word || opens))
}

/// Words that open a text before a title glued to a name ("Thanks Dr,Harper", "Ask
/// Dr/Harper", "Hi Dr,Harper"): "Dr" after them is the title; after another word that
/// opens a text ("Sunset Dr,Springfield"), "Drive". Sorted.
const OPENERS: &[&str] = &[
    "ask", "asked", "attn", "bye", "call", "called", "cc", "contact", "dear", "email", "for",
    "from", "hello", "hey", "hi", "hiya", "morning", "no", "ok", "okay", "please", "see", "sorry",
    "tell", "text", "thank", "thanks", "thx", "to", "with", "yeah", "yes", "yo",
];

/// Whether "Dr" or "Drive" at `start` after a name names its street ("Captain Cook Dr",
/// "Captain Cook Drive."): capitalised or in capitals, no capitalised word after it (as
/// after the title: "Mr Smith Dr Jones").
fn drive_after(text: &str, start: usize, end: usize) -> bool {
    let word = &text[start..end];
    if !matches!(word, "Dr" | "DR" | "Drive" | "DRIVE") {
        return false;
    }
    let rest = text[end..].trim_start_matches('.');
    let next = rest.trim_start_matches([' ', '\t']);
    next.len() == rest.len() || !next.starts_with(char::is_uppercase)
}

/// Whether `word` (in any case) is one of [`STREETS`] ("street", "Rd").
pub(in crate::redact) fn is_street_word(word: &str) -> bool {
    STREETS
        .iter()
        .any(|street| street.eq_ignore_ascii_case(word))
}

/// Whether the name's last word `text[start..end]` or the word after it is a word for a
/// street, capitalised or in capitals ("Sir Francis Drake Blvd", "Oak Dr/Main St"), or
/// "Dr" for "Drive" after it ("Captain Cook Dr": [`drive_after`]).
pub(super) fn a_street(text: &str, start: usize, end: usize) -> bool {
    let street = |word: &str| {
        (capitalised(word) || word.chars().all(|c| c.is_ascii_uppercase()))
            && STREETS
                .iter()
                .any(|street| street.eq_ignore_ascii_case(word))
    };
    // "Dr. Okafor St" ending the text: "Saint" or "Street" cannot be told, and a name
    // shown is a leak (a review found "Okafor" shown).
    let last = |e: usize| {
        text[e..]
            .trim_start_matches(['.', '!', '?', ',', ' ', '\t'])
            .is_empty()
    };
    street(&text[start..end])
        || word_after(text, end).is_some_and(|(s, e)| {
            (street(&text[s..e])
                && !saint(text, s, e)
                && !(matches!(&text[s..e], "St" | "ST") && last(e)))
                || drive_after(text, s, e)
        })
}

/// "St" for "Saint" at `at`, right after a title, and the capitalised word after it ("Mr.
/// St John", "Ms. St. Clair", "Dr. St Pierre"): "St" a [`Cue::Part`], the word the
/// surname, a [`Cue::Title`], into `out`; whether they were. A review found each shown.
pub(super) fn saint_surname(text: &str, at: usize, out: &mut Vec<(usize, usize, Cue)>) -> bool {
    let Some((start, end)) = word_at(text, at).filter(|&(s, _)| s == at) else {
        return false;
    };
    if !saint(text, start, end) {
        return false;
    }
    let rest = text[end..].strip_prefix('.').unwrap_or(&text[end..]);
    let next = text.len() - rest.trim_start_matches([' ', '\t']).len();
    let Some((s, e)) = word_at(text, next).filter(|&(s, _)| s == next) else {
        return false;
    };
    if !capitalised(&text[s..e]) || names_a_thing(&text[s..e]) {
        return false;
    }
    out.push((start, end, Cue::Part));
    out.push((s, e, Cue::Title));
    true
}

/// Whether "St" at `text[start..end]` is "Saint" ("Dr. Okafor St Thomas hospital", "St.
/// John's"): "St" or "ST", its full stop or not, then a capitalised word. A review found
/// "Okafor" shown, the name read as a street's ("Okafor St").
fn saint(text: &str, start: usize, end: usize) -> bool {
    if !matches!(&text[start..end], "St" | "ST") {
        return false;
    }
    let rest = text[end..].strip_prefix('.').unwrap_or(&text[end..]);
    let next = rest.trim_start_matches([' ', '\t']);
    next.len() < rest.len() && next.starts_with(char::is_uppercase)
}
