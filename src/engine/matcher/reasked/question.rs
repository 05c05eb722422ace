//! A bot message's question, told apart from what leads into it: a bot message's text →
//! the content words of its question, the words of the text before it (its lead-in),
//! and whether that lead-in is nothing but a not-understood apology ("Sorry, I didn't
//! catch that."). Two bot messages whose whole texts differ may ask the same ("What is
//! your date of birth?" and "Sorry, I didn't catch that. What is your date of birth?").
//! Told once per distinct text ([`super::memo`]).

use super::asks_for_something;
use super::contractions::expand;
use crate::engine::matcher::repeat::{fnv1a_words, word_set};
use crate::text::Normalized;
use std::sync::LazyLock;

/// Words that change no question's content: the polite and auxiliary words of a request
/// ("could you please…", "can you kindly…", "…again", "would you like"), and the words
/// a question may open with before it asks ("Sorry, what is your date of birth?", "Ok,
/// and where…?"; normalised, contractions expanded: "I'm" is "i", "am"). Words that name what is asked
/// ("date", "birth", "arrival"), and question words, are kept: "What is your date of
/// birth?" and "What is your date of arrival?" are two questions.
const POLITE: &[&str] = &[
    "could", "can", "would", "will", "may", "you", "please", "kindly", "i", "am", "me", "just",
    "again", "once", "also", "ok", "okay", "and", "so", "alright", "great", "sure", "sorry",
    "then", "right", "now", "well", "like",
];

/// Content words a question needs for its words to be compared: fewer say too little of
/// what is asked ("What time?", "Where are you now?" and "Which day would you like?"
/// keep two, and one of them may ask something else after another lead-in).
const MIN_CONTENT: usize = 3;

/// The words (normalised, apostrophes dropped) a not-understood apology may hold besides
/// its [`NOT_UNDERSTOOD`] phrases: "I'm so sorry.", "My apologies.", "Oops!", "Hmm, ok.".
/// A lead-in is an apology only when nothing else is left: a word outside this set says
/// something else ("Sorry, that date is full.", "Sorry for the delay, your table is
/// booked.", "Thanks, added. I still need the next name."), and the same question after
/// it is the next step of a task, not the bot failing to take the answer.
const APOLOGY_WORDS: &[&str] = &[
    "sorry",
    "im",
    "i",
    "am",
    "so",
    "very",
    "apologies",
    "my",
    "oops",
    "pardon",
    "hmm",
    "ok",
    "okay",
];

/// Of [`APOLOGY_WORDS`], those that apologise alone ("Sorry.", "Oops!"): "I'm", "so",
/// "hmm" or "ok" alone do not.
const APOLOGISING: &[&str] = &["sorry", "apologies", "oops", "pardon"];

/// The openings of the phrases that say the bot did not take the answer, before one of
/// [`VERBS`]: "I didn't catch that", "I could not understand you" ("I don't
/// understand" and "that doesn't look right" are whole phrases, [`not_understood_at`]).
/// The object ("that", "it", "you") is optional: "Sorry, I didn't understand.".
const NOT_UNDERSTOOD: &[&[&str]] = &[&["didnt"], &["did", "not"], &["couldnt"], &["could", "not"]];

/// What the bot failed to do after a [`NOT_UNDERSTOOD`] opening.
const VERBS: &[&str] = &["catch", "understand", "get"];

/// What it failed to catch, optional.
const OBJECTS: &[&str] = &["that", "it", "you"];

/// Marks that may join an apology to the question in one sentence ("Sorry, I didn't
/// catch that, what is…", "… - what is…", "I didn't catch that; what is…").
const JOINS: &[&str] = &[",", ";", " - "];

/// A bot message's question and what leads into it ([`question`]).
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub(super) struct Question {
    /// The question's distinct words' hashes, sorted, contractions expanded ([`expand`]),
    /// less the [`POLITE`] ones; empty when the text asks nothing or its question keeps
    /// fewer than [`MIN_CONTENT`].
    pub(super) words: Vec<u64>,
    /// The distinct words' hashes, sorted, contractions expanded, of the text before the
    /// question.
    pub(super) lead: Vec<u64>,
    /// Whether that lead-in is nothing but a not-understood apology ([`apologises`]).
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
    expand(&mut out.lead);
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

/// `sentence`'s distinct words' hashes, sorted, contractions expanded ([`expand`]: "What's
/// your name?" has the words of "What is your name?"), less the [`POLITE`] ones, into
/// `out`: how many.
fn content_words(sentence: &str, normalized: &mut Normalized, out: &mut Vec<u64>) -> usize {
    word_set(sentence, normalized, out);
    expand(out);
    out.retain(|hash| polite().binary_search(hash).is_err());
    out.len()
}

/// Whether `lead` is nothing but a not-understood apology, read normalised: words of
/// [`APOLOGY_WORDS`] and [`NOT_UNDERSTOOD`] phrases ("I don't understand", "that doesn't
/// look right" too), with "please try again" only after such a phrase, and nothing else
/// left; and at least one of them apologises ([`APOLOGISING`]) or says it did not
/// understand. "Sorry, I didn't catch that." and "Oops, I didn't get that!" are;
/// "Sorry, that date is full.", "I couldn't find any flights." and "Sorry for the
/// delay." are not.
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
    let (mut at, mut apology, mut not_understood) = (0, false, false);
    while at < words.len() {
        if let Some(len) = not_understood_at(&words[at..]) {
            (at, not_understood) = (at + len, true);
        } else if not_understood && starts_with(&words[at..], &["please", "try", "again"]) {
            at += 3;
        } else if APOLOGY_WORDS.iter().any(|w| words[at] == w.as_bytes()) {
            apology |= APOLOGISING.iter().any(|w| words[at] == w.as_bytes());
            at += 1;
        } else {
            return false;
        }
    }
    apology || not_understood
}

/// The length of the not-understood phrase `words` start with, if any: "didnt catch
/// that", "could not understand", "dont understand", "that doesnt look right".
fn not_understood_at(words: &[&[u8]]) -> Option<usize> {
    for fixed in [
        &["dont", "understand"][..],
        &["do", "not", "understand"],
        &["that", "doesnt", "look", "right"],
        &["that", "does", "not", "look", "right"],
    ] {
        if starts_with(words, fixed) {
            return Some(fixed.len());
        }
    }
    let opening = NOT_UNDERSTOOD
        .iter()
        .find(|opening| starts_with(words, opening))?;
    let verb = words.get(opening.len())?;
    if !VERBS.iter().any(|v| *verb == v.as_bytes()) {
        return None;
    }
    let object = words
        .get(opening.len() + 1)
        .is_some_and(|o| OBJECTS.iter().any(|w| *o == w.as_bytes()));
    Some(opening.len() + 1 + usize::from(object))
}

/// Whether `words` start with the words of `run`.
fn starts_with(words: &[&[u8]], run: &[&str]) -> bool {
    words.len() >= run.len() && words.iter().zip(run).all(|(a, b)| *a == b.as_bytes())
}

#[cfg(test)]
mod tests;
