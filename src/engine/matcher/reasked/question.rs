//! A bot message's question, told apart from what leads into it: a bot message's text →
//! the content words of the last sentence that asks, as hashes. Two bot messages whose
//! whole texts differ may ask the same ("What is your date of birth?" and "Sorry, I
//! didn't catch that. What is your date of birth?"), and one question may be worded
//! a little differently ("Could you provide your date of birth, please?" and "Can you
//! please provide your date of birth?"). Told once per distinct text ([`super::memo`]).

use super::asks_for_something;
use crate::engine::matcher::repeat::{fnv1a_words, word_set};
use crate::text::Normalized;
use std::sync::LazyLock;

/// Words that change no question's content: the polite and auxiliary words of a request
/// ("could you please…", "can you kindly…", "…again"), and the words a question may
/// open with before it asks ("Sorry, what is your date of birth?", "Ok, and where…?";
/// normalised, apostrophes dropped: "im"). Words that name what is asked ("date",
/// "birth", "arrival"), and question words, are kept: "What is your date of birth?" and
/// "What is your date of arrival?" are two questions.
const POLITE: &[&str] = &[
    "could", "can", "would", "will", "may", "you", "please", "kindly", "i", "im", "me", "just",
    "again", "once", "also", "ok", "okay", "and", "so", "alright", "great", "sure", "sorry",
    "then", "right", "now", "well",
];

/// Content words a question needs for its words to be compared: fewer say too little of
/// what is asked ("Could you repeat?" is {repeat}).
const MIN_CONTENT: usize = 2;

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

/// The question of `text` into `out`: the distinct words' hashes, sorted, of its last
/// sentence that asks for something ([`asks_for_something`]), less the [`POLITE`] ones;
/// empty when the text asks nothing, or its question has fewer than [`MIN_CONTENT`]
/// words left. Sentences end at `.`, `!`, `?` or a line break, as
/// [`asks_for_something`] reads them.
pub(super) fn question_words(text: &str, normalized: &mut Normalized, out: &mut Vec<u64>) {
    out.clear();
    if !asks_for_something(text) {
        return;
    }
    let Some(sentence) = text
        .split_inclusive(['.', '!', '?', '\n'])
        .rev()
        .find(|s| asks_for_something(s))
    else {
        return;
    };
    word_set(sentence, normalized, out);
    out.retain(|hash| polite().binary_search(hash).is_err());
    if out.len() < MIN_CONTENT {
        out.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::question_words;
    use crate::text::Normalized;

    fn question(text: &str) -> Vec<u64> {
        let mut out = Vec::new();
        question_words(text, &mut Normalized::default(), &mut out);
        out
    }

    #[test]
    fn a_lead_in_and_polite_words_are_not_the_question() {
        let birth = question("What is your date of birth?");
        assert!(!birth.is_empty());
        for same in [
            "Sorry, I didn't catch that. What is your date of birth?",
            "I'm sorry, I still need your date of birth. What is your date of birth?",
            "Sorry, what is your date of birth?",
            "what is your DATE of birth",
        ] {
            assert_eq!(question(same), birth, "{same}");
        }
        assert_eq!(
            question("Could you provide your date of birth, please?"),
            question("Can you please provide your date of birth?")
        );
        // The question is the last sentence that asks, whatever follows it.
        assert_eq!(
            question("What is your date of birth? I need it to verify you."),
            birth
        );
        assert_ne!(question("What is your date of arrival?"), birth);
    }

    #[test]
    fn a_message_that_asks_nothing_or_too_little_has_no_question() {
        for none in [
            "Your table is booked.",
            "Is there anything else that I can do for you?",
            "Would you like to continue playing?",
            "Could you repeat?",
            "",
        ] {
            assert!(question(none).is_empty(), "{none}");
        }
    }
}
