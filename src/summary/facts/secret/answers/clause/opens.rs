//! Words a reply opens with that are no answer, read where a reply to a password's or a
//! secret word's question types one word before it goes on ("Sunshine I want a human"
//! gives the answer, "Honestly I don't know" none), and the words a reply says alone as
//! a sentence before its answer ("Look. It's Rex"): a word → whether it is one. Lists
//! of other modules read, none of its own but the few hedges they lack.

use super::super::hold_on::holds_on;
use crate::summary::facts::{is_opening_verb, may_be_name};

/// Hedges and sentence adverbs a reply opens with that no other list holds ("Frankly I
/// want a human", "Basically I forgot"); "Honestly", "Anyway", "Actually" are in the
/// lists [`opens_a_sentence`] reads.
const HEDGES: &[&str] = &[
    "basically",
    "frankly",
    "genuinely",
    "literally",
    "personally",
    "seriously",
    "truly",
];

/// Words a customer says alone as a sentence before going on, to call for attention or
/// to turn to what they say next ("Look. It's huge", "Listen, I want a human", "See, it
/// is Rex"), beside the lead-ins ([`LEAD_IN`](super::LEAD_IN): "Well.", "Okay.",
/// "Hmm."): no answer, and the answer, if any, is in the next clause.
const DISCOURSE: &[&str] = &["look", "listen", "see", "anyway", "anyways"];

/// Whether `lower` (a word in lower case, its marks left off) is one a customer says
/// alone as a sentence before going on ([`DISCOURSE`]: "Look.", "Listen,").
pub(in super::super) fn is_discourse_word(lower: &str) -> bool {
    DISCOURSE.contains(&lower)
}

/// Whether `word` (as written, in any case) opens a sentence without being a word the
/// customer chose, so that a reply that types it first and goes on ("Honestly I don't
/// know", "Please I want a human", "Today I want a human") gives no answer: a pronoun or
/// a function word, a courtesy or a weekday (no name's first word: `names::may_be_name`
/// of it capitalised, "He", "Please", "Sorry", "Monday"), an adverb or a verb a sentence
/// opens with (`names::is_opening_verb`: "Actually", "Hopefully", "Call"), a word that
/// puts the question off (`hold_on::holds_on`: "Wait", "Still", "Lemme"), one said alone
/// before going on ([`DISCOURSE`]) or a hedge ([`HEDGES`]). The greetings, fillers and
/// words that say no answer are `may_be_a_chosen_word`'s.
pub(in super::super) fn opens_a_sentence(word: &str) -> bool {
    let lower = word.to_lowercase().replace('’', "'");
    let mut capitalised: String = lower.chars().take(1).flat_map(char::to_uppercase).collect();
    capitalised.extend(lower.chars().skip(1));
    !may_be_name(&capitalised)
        || is_opening_verb(&lower)
        || holds_on(&lower)
        || is_discourse_word(&lower)
        || HEDGES.contains(&lower.as_str())
}

#[cfg(test)]
mod tests {
    use super::{is_discourse_word, opens_a_sentence};

    #[test]
    fn a_word_a_sentence_opens_with_is_none_a_customer_chose() {
        for word in [
            "He",
            "they",
            "Please",
            "Sorry",
            "Monday",
            "Actually",
            "Frankly",
            "basically",
            "Hopefully",
            "Wait",
            "Still",
            "Look",
            "Listen",
            "Anyway",
            "What",
            "There",
        ] {
            assert!(opens_a_sentence(word), "{word}");
        }
        for word in [
            "Sunshine",
            "sunshine",
            "Tiger123",
            "Dragon",
            "Pepper",
            "Lowenthal",
        ] {
            assert!(!opens_a_sentence(word), "{word}");
        }
    }

    #[test]
    fn a_discourse_word_is_lower_case_and_no_lead_in() {
        assert!(is_discourse_word("look") && is_discourse_word("listen"));
        assert!(!is_discourse_word("Look") && !is_discourse_word("rex"));
    }
}
