//! Short requests: a sentence of fewer than four words → whether it is a request all
//! the same ("I need directions", "Cancel my order"), not a vague one ("I need help")
//! nor one that points back ("So get me another"). Read by `first_request`.

use super::super::sentences::words;
use super::{POINTERS, Request, request};

/// Last words that leave a short request vague ("I need help", "Please help me"): the
/// goal is in what follows.
const VAGUE: &[&str] = &[
    "anything",
    "assistance",
    "help",
    "info",
    "information",
    "it",
    "me",
    "please",
    "something",
    "that",
    "this",
    "you",
];

/// Whether `sentence`, of fewer than four words, is a request all the same: three words
/// that say what is needed, not a question ("I need directions", STAR star-4928; "Cancel
/// my order"; not "I need help", "Help me computer!", "Can you help?", nor one that
/// points back: "So get me another", STAR star-2858).
pub(super) fn short_request(sentence: &str) -> bool {
    let mut split = sentence
        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .filter(|w| !w.is_empty());
    let last = split.clone().next_back().unwrap_or("");
    words(sentence) == 3
        && !sentence.ends_with('?')
        && !VAGUE.iter().any(|v| last.eq_ignore_ascii_case(v))
        && !split.any(|w| {
            ["help", "another", "again", "more", "one"]
                .iter()
                .chain(POINTERS)
                .any(|p| w.eq_ignore_ascii_case(p))
        })
        && request(sentence) == Request::Clear
}
