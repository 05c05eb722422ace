//! Names that are everyday words too, where they read as the word: a text and where a
//! word of the names is in it → whether that word is the modal or the wish it is too
//! ("Will you call me?", "Ok, Will you help me?"), not the name. Decides nothing else.

use super::Names;
use crate::redact::intro::word_after;

impl Names {
    /// Whether the word of these names at `text[start..end]` reads as the everyday word
    /// it is too, not as the name: one masked only where capitalised that is a modal or a
    /// wish ([`OPEN_A_SENTENCE_AS_WORDS`]: "Will", "May", "Hope", taken after "Dr." or
    /// from a name field), at the start of a text or of a sentence, before a pronoun, a
    /// determiner or a verb ([`READ_AS_A_WORD_BEFORE`]: "Will you call me?", "May I
    /// ask", "Hope this helps"). A name there is followed by what a subject is ("Will
    /// said hi", "May is in") or by nothing ("Will."): masked. So is one after a yes, a
    /// no or an "ok" and its comma that open a sentence ("Ok, Will you help me?",
    /// [`after_an_answer`]); not after a greeting ("Hi there, Will you…" may greet Will).
    /// Other names that are
    /// words open a sentence as names ("Grace I need help", "Bill we spoke"): masked.
    pub(super) fn reads_as_word(&self, text: &str, start: usize, end: usize) -> bool {
        let word = &text[start..end];
        let lower = word.to_lowercase();
        let before = text[..start].trim_end_matches([' ', '\t']);
        let opens = opens_a_sentence(before) || after_an_answer(before);
        opens
            && OPEN_A_SENTENCE_AS_WORDS.contains(&lower.as_str())
            && self
                .words
                .binary_search_by(|(name, _)| name.as_str().cmp(lower.as_str()))
                .is_ok_and(|i| self.words[i].1)
            && word_after(text, end).is_some_and(|(s, e)| {
                READ_AS_A_WORD_BEFORE.contains(&text[s..e].to_lowercase().as_str())
            })
    }
}

/// Whether `before` (a text up to a word, without the spaces before it) ends where a
/// sentence starts: nothing, or the end of one.
fn opens_a_sentence(before: &str) -> bool {
    before
        .chars()
        .next_back()
        .is_none_or(|c| matches!(c, '.' | '!' | '?' | '\n' | '\r'))
}

/// Words that answer what was said, before a comma at a sentence's start ("Ok, Will you
/// help me?", "Yes, May I ask…"): a word after them opens a sentence as after a full
/// stop. No greeting ("Hi there, Will you…", "Thanks, Will you've been great"): a name
/// follows one.
const ANSWERS: &[&str] = &[
    "alright", "no", "nope", "ok", "okay", "oh", "sure", "well", "yeah", "yep", "yes",
];

/// Whether `before` (a text up to a word, without the spaces before it) ends with one of
/// [`ANSWERS`] and a comma, that open a sentence.
fn after_an_answer(before: &str) -> bool {
    let Some(before) = before.strip_suffix(',') else {
        return false;
    };
    let start = before
        .char_indices()
        .rev()
        .find(|&(_, c)| !c.is_alphabetic())
        .map_or(0, |(i, c)| i + c.len_utf8());
    let word = &before[start..];
    ANSWERS
        .iter()
        .any(|answer| answer.eq_ignore_ascii_case(word))
        && opens_a_sentence(before[..start].trim_end_matches([' ', '\t']))
}

/// Names that are words a sentence opens with as such: modals that open a question and
/// "hope" that opens a wish ([`Names::reads_as_word`]).
const OPEN_A_SENTENCE_AS_WORDS: &[&str] = &["will", "may", "hope", "might", "can"];

/// Words after which a name that is a common English word, opening a sentence, is that
/// word ([`Names::reads_as_word`]): pronouns, determiners, "be", "not", "to", and verbs
/// a modal opens a question or a wish with ("Will you", "May I", "Hope to see you",
/// "Will see you then").
const READ_AS_A_WORD_BEFORE: &[&str] = &[
    "a",
    "all",
    "an",
    "be",
    "call",
    "check",
    "come",
    "do",
    "everyone",
    "everything",
    "get",
    "give",
    "go",
    "have",
    "he",
    "help",
    "her",
    "his",
    "i",
    "it",
    "let",
    "make",
    "my",
    "not",
    "our",
    "see",
    "send",
    "she",
    "take",
    "that",
    "the",
    "their",
    "there",
    "these",
    "they",
    "this",
    "those",
    "to",
    "u",
    "we",
    "ya",
    "you",
    "your",
];
