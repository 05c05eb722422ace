//! A name that is a word where it reads as that word: a text and where a word of the
//! names is → whether it opens a sentence or a clause as the modal or the wish it is too
//! ("Will you call me?", "Ok, Will you…", "Hope this helps"), not as the name ("Will
//! said hi", "Hi, Will you there?"). Tells; whether the word is a name only where
//! capitalised is `find.rs`'s.

use crate::redact::intro::word_after;

/// Whether the word `lower` (in lower case) at `text[start..end]` reads as the everyday
/// word it is too, not as a name: a modal or a wish ([`OPEN_A_SENTENCE_AS_WORDS`]:
/// "Will", "May", "Hope"), at the start of a text, of a sentence, or of a clause after a
/// comma but one after a greeting or thanks ([`addresses`]: "Ok, Will you…", not "Hi,
/// Will you…"), before a pronoun, a determiner or a verb ([`READ_AS_A_WORD_BEFORE`]:
/// "Will you call me?", "May I ask", "Hope this helps"). A name there is followed by
/// what a subject is ("Will said hi", "May is in") or by nothing ("Will."). Other names
/// that are words open a sentence as names ("Grace I need help", "Bill we spoke").
pub(super) fn opens_as_a_word(text: &str, start: usize, end: usize, lower: &str) -> bool {
    let before = text[..start].trim_end_matches([' ', '\t']);
    let opens = before
        .chars()
        .next_back()
        .is_none_or(|c| matches!(c, '.' | '!' | '?' | '\n' | '\r'))
        || before
            .strip_suffix(',')
            .is_some_and(|before| !addresses(before));
    opens
        && OPEN_A_SENTENCE_AS_WORDS.contains(&lower)
        && word_after(text, end).is_some_and(|(s, e)| {
            READ_AS_A_WORD_BEFORE.contains(&text[s..e].to_lowercase().as_str())
        })
}

/// Words that say a word after them and a comma is the one spoken to: greetings and
/// thanks ("Hi, Will you …", "Thank you, Will you …"). After any other word, a comma
/// opens a clause as a sentence's start does ("Ok, Will you call me?").
const BEFORE_THE_ONE_ADDRESSED: &[&str] = &[
    "bye", "cheers", "dear", "evening", "goodbye", "hello", "hey", "hi", "hiya", "mate", "morning",
    "night", "sorry", "thank", "thanks", "thx", "ty", "u", "ya", "yo", "you",
];

/// Whether the text `before` a comma ends with one of [`BEFORE_THE_ONE_ADDRESSED`].
fn addresses(before: &str) -> bool {
    let word_start = before
        .char_indices()
        .rev()
        .find(|&(_, c)| !c.is_alphabetic())
        .map_or(0, |(i, c)| i + c.len_utf8());
    let word = before[word_start..].to_lowercase();
    BEFORE_THE_ONE_ADDRESSED.contains(&word.as_str())
}

/// Names that are words a sentence opens with as such: modals that open a question and
/// "hope" that opens a wish ([`opens_as_a_word`]).
const OPEN_A_SENTENCE_AS_WORDS: &[&str] = &["will", "may", "hope", "might", "can"];

/// Words after which a name that is a common English word, opening a sentence, is that
/// word ([`opens_as_a_word`]): pronouns, determiners, "be", "not", "to", and verbs
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
