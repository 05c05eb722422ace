//! A bot message's question, told apart from what leads into it: a bot message's text →
//! the content words of its question, the words of the text before it (its lead-in),
//! and whether that lead-in says the bot failed to take the answer ("Sorry, I didn't
//! catch that."). Two bot messages whose whole texts differ may ask the same ("What is
//! your date of birth?" and "Sorry, I didn't catch that. What is your date of birth?").
//! Told once per distinct text ([`super::memo`]).

use super::asks_for_something;
use crate::engine::matcher::repeat::{fnv1a_words, word_set};
use crate::text::Normalized;
use std::sync::LazyLock;

/// Words that change no question's content: the polite and auxiliary words of a request
/// ("could you please…", "can you kindly…", "…again", "would you like"), and the words
/// a question may open with before it asks ("Sorry, what is your date of birth?", "Ok,
/// and where…?"; normalised, apostrophes dropped: "im"). Words that name what is asked
/// ("date", "birth", "arrival"), and question words, are kept: "What is your date of
/// birth?" and "What is your date of arrival?" are two questions.
const POLITE: &[&str] = &[
    "could", "can", "would", "will", "may", "you", "please", "kindly", "i", "im", "me", "just",
    "again", "once", "also", "ok", "okay", "and", "so", "alright", "great", "sure", "sorry",
    "then", "right", "now", "well", "like",
];

/// Content words a question needs for its words to be compared: fewer say too little of
/// what is asked ("What time?", "Where are you now?" and "Which day would you like?"
/// keep two, and one of them may ask something else after another lead-in).
const MIN_CONTENT: usize = 3;

/// Word runs (normalised, apostrophes dropped) of a lead-in that says the bot failed to
/// take the customer's answer: an apology, not understanding, not finding, asking once
/// more. A lead-in that states progress ("Your table is booked.", "Thanks, Anna is
/// added.") has none, and the same question after it is the next step of a task.
const APOLOGIES: &[&[&str]] = &[
    &["sorry"],
    &["apologies"],
    &["apologise"],
    &["apologize"],
    &["pardon"],
    &["didnt", "catch"],
    &["did", "not", "catch"],
    &["didnt", "understand"],
    &["did", "not", "understand"],
    &["dont", "understand"],
    &["couldnt", "understand"],
    &["didnt", "get"],
    &["did", "not", "get"],
    &["still", "need"],
    &["couldnt", "find"],
    &["could", "not", "find"],
    &["try", "again"],
    &["once", "more"],
];

/// Marks that may join an apology to the question in one sentence ("Sorry, I didn't
/// catch that, what is…", "… - what is…", "I didn't catch that; what is…").
const JOINS: &[&str] = &[",", ";", " - "];

/// A bot message's question and what leads into it ([`question`]).
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub(super) struct Question {
    /// The question's distinct words' hashes, sorted, less the [`POLITE`] ones; empty
    /// when the text asks nothing or its question keeps fewer than [`MIN_CONTENT`].
    pub(super) words: Vec<u64>,
    /// The distinct words' hashes, sorted, of the text before the question.
    pub(super) lead: Vec<u64>,
    /// Whether that lead-in says the bot failed to take the answer ([`APOLOGIES`]).
    pub(super) apology: bool,
}

/// The hashes of [`POLITE`], as [`fnv1a_words`] hashes words, sorted.
fn polite() -> &'static [u64] {
    static POLITE_HASHES: LazyLock<Vec<u64>> = LazyLock::new(|| {
        let mut hashes = Vec::with_capacity(POLITE.len());
        for word in POLITE {
            fnv1a_words(word.as_bytes(), &mut hashes);
        }
        hashes.sort_unstable();
        hashes
    });
    &POLITE_HASHES
}

/// The question of `text` into `out`: its last sentence that ends with `?`, else its
/// last sentence that asks for something ([`asks_for_something`]): "What is your
/// postcode? Please type it below." asks "What is your postcode?". When the part of that
/// sentence before a `,`, `;` or ` - ` is an apology, with a question after it, the
/// apology leads in ("Sorry, I didn't catch that, what is your date of birth?").
/// Sentences as [`sentences`] reads them.
pub(super) fn question(text: &str, normalized: &mut Normalized, out: &mut Question) {
    out.words.clear();
    out.lead.clear();
    out.apology = false;
    if !asks_for_something(text) {
        return;
    }
    let sentences = sentences(text);
    let Some(&(start, sentence)) = sentences
        .iter()
        .rev()
        .find(|(_, s)| s.trim_end().ends_with('?'))
        .or_else(|| sentences.iter().rev().find(|(_, s)| asks_for_something(s)))
    else {
        return;
    };
    let (mut lead, mut asked) = (&text[..start], sentence);
    // The last join with an apology before it and a question after it.
    for (at, join) in JOINS
        .iter()
        .flat_map(|join| sentence.match_indices(join))
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
    {
        let (before, after) = (&text[..start + at], &sentence[at + join.len()..]);
        if asks_for_something(after)
            && content_words(after, normalized, &mut out.words) >= MIN_CONTENT
            && apologises(&sentence[..at], normalized)
        {
            (lead, asked) = (before, after);
            break;
        }
    }
    if content_words(asked, normalized, &mut out.words) < MIN_CONTENT {
        out.words.clear();
        return;
    }
    word_set(lead, normalized, &mut out.lead);
    out.apology = apologises(lead, normalized);
}

/// The sentences of `text` with their starts: each ends at `.`, `!`, `?` or a line
/// break, as [`asks_for_something`] reads them, but for a `.` with a lower-case letter or
/// a digit right after it, inside a word ("dd.mm.yyyy", "3.5").
fn sentences(text: &str) -> Vec<(usize, &str)> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    for (at, &b) in bytes.iter().enumerate() {
        let inside = b == b'.'
            && bytes
                .get(at + 1)
                .is_some_and(|n| n.is_ascii_lowercase() || n.is_ascii_digit());
        if matches!(b, b'.' | b'!' | b'?' | b'\n') && !inside {
            out.push((start, &text[start..=at]));
            start = at + 1;
        }
    }
    if start < text.len() {
        out.push((start, &text[start..]));
    }
    out
}

/// `sentence`'s distinct words' hashes, sorted, less the [`POLITE`] ones, into `out`:
/// how many.
fn content_words(sentence: &str, normalized: &mut Normalized, out: &mut Vec<u64>) -> usize {
    word_set(sentence, normalized, out);
    out.retain(|hash| polite().binary_search(hash).is_err());
    out.len()
}

/// Whether `lead` holds one of the [`APOLOGIES`], read normalised.
fn apologises(lead: &str, normalized: &mut Normalized) -> bool {
    if lead.trim().is_empty() {
        return false;
    }
    normalized.set(lead);
    let words: Vec<&[u8]> = normalized
        .as_bytes()
        .split(|&b| b == b' ')
        .filter(|w| !w.is_empty())
        .collect();
    APOLOGIES.iter().any(|run| {
        words
            .windows(run.len())
            .any(|w| w.iter().zip(*run).all(|(a, b)| *a == b.as_bytes()))
    })
}

#[cfg(test)]
mod tests;
