//! Whether a sentence reads as a question: a customer's sentence that ends with `?`, in
//! lower case → whether a question word or a verb that asks opens a clause of it, as
//! the goal reads questions (`goal_request`); not a statement with a question mark.

use super::boundaries::split_words;

/// Words that ask wherever they are in a question ("Btw where is my order?").
const QUESTION_WORDS: &[&str] = &[
    "what", "what's", "whats", "when", "when's", "where", "where's", "wheres", "who", "who's",
    "whom", "whose", "why", "how", "how's", "hows", "which",
];

/// Verbs that ask when they open a clause ("Can you …?", "So, is it open?").
const ASKING_VERBS: &[&str] = &[
    "am",
    "are",
    "aren't",
    "can",
    "can't",
    "could",
    "couldn't",
    "did",
    "didn't",
    "do",
    "does",
    "doesn't",
    "don't",
    "had",
    "has",
    "have",
    "is",
    "isn't",
    "may",
    "might",
    "must",
    "shall",
    "should",
    "shouldn't",
    "was",
    "wasn't",
    "were",
    "will",
    "won't",
    "would",
    "wouldn't",
    "any",
    "anyone",
    "anybody",
    "anything",
];

/// Whether `lower`, a sentence in lower case that ends with `?`, reads as a question: a
/// question word in it, or a clause that opens with a verb that asks. Not a statement
/// with a question mark, which asks the agent for nothing: "You know, the Chief
/// Engineer?" said with the customer's name was the goal of STAR star-3047, before
/// "I'm locked out of the combat deck!" (the request), since a question was a request
/// wherever it came.
pub(super) fn reads_as_question(lower: &str) -> bool {
    lower.split([',', ';', ':', '-', '–', '—']).any(|clause| {
        let mut words = split_words(clause);
        words
            .next()
            .is_some_and(|w| ASKING_VERBS.contains(&w) || QUESTION_WORDS.contains(&w))
            || words.any(|w| QUESTION_WORDS.contains(&w))
    })
}
