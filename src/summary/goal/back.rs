//! Requests that point back at the matter: a customer's sentence, not a question → whether
//! it asks something done to what the sentence before it told ("Just cancel it", "I want
//! my money back", "I need this sorted today"), and the two joined as the goal. Read by
//! `first_request`, which joins such a request to an event told just before it; a
//! question pointing back ("Could you refund it?") is [`super::Request::Pointing`]'s.

use super::super::sentences::words;
use super::boundaries::{contains_words, lowered, split_words};
use super::{IMPERATIVES, POINTERS};

/// Words before the verb of an order pointing back ("Just cancel it", "Please refund
/// it", "So fix it now").
const BEFORE_ORDER: &[&str] = &[
    "just", "please", "pls", "plz", "kindly", "so", "then", "now", "and", "also",
];

/// Orders that ask nothing done of their own ("Check it", "Tell me"): the sentence
/// before says what, and it alone is the goal, as for a question pointing back.
const LOOKING: &[&str] = &["check", "find", "tell", "show", "give", "get", "send"];

/// Openings of a need said of the matter ("I want my money back", "I need this sorted
/// today").
const NEEDS: &[&str] = &[
    "i want",
    "i need",
    "i'd like",
    "i would like",
    "we want",
    "we need",
];

/// The most words of a request pointing back: a longer one says its own matter ("I want
/// you to cancel my subscription and refund me").
const MAX_WORDS: usize = 7;

/// Whether `sentence` is a short request that points back at the matter told before it:
/// an order past a courtesy ([`BEFORE_ORDER`]) whose verb asks something done ("Just
/// cancel it", "Please refund it"; not "Check it", [`LOOKING`]) and that points back
/// (`it`, `this`, `that`, `them`, `those`), or a need ([`NEEDS`]) that points back or
/// wants something "back" ("I want my money back", "I need this sorted today"). Not a
/// question (those are `Request::Pointing`'s), not help asked for alone ("I need help
/// with this"), nor a long sentence ([`MAX_WORDS`]).
pub(super) fn requests_back(sentence: &str) -> bool {
    if sentence.trim_end().ends_with('?') || words(sentence) > MAX_WORDS {
        return false;
    }
    let lower = lowered(sentence);
    let mut rest = split_words(&lower).skip_while(|w| BEFORE_ORDER.contains(w));
    let Some(first) = rest.next() else {
        return false;
    };
    let rest: Vec<&str> = rest.collect();
    let points = |w: &&str| POINTERS.contains(w);
    if IMPERATIVES.contains(&first) && !LOOKING.contains(&first) {
        return rest.iter().any(points);
    }
    let need = format!("{first} {}", rest.join(" "));
    NEEDS.iter().any(|n| need.starts_with(&format!("{n} ")))
        && !contains_words(&lower, "help")
        && rest.iter().any(|w| points(w) || *w == "back")
}

/// The event told `before` and the request after it as one goal: "My card was charged
/// twice. Just cancel it"; a full stop between them when the event has none.
pub(super) fn joined(before: &str, request: &str) -> String {
    let joint = if before.ends_with(['.', '!', '?']) {
        " "
    } else {
        ". "
    };
    format!("{before}{joint}{request}")
}

#[cfg(test)]
mod tests {
    use super::{joined, requests_back};

    #[test]
    fn short_orders_and_needs_that_point_back_are_requests_back() {
        for said in [
            "Just cancel it",
            "Please refund it.",
            "So fix it now!",
            "Cancel them",
            "I want my money back",
            "I need this sorted today",
            "I want it fixed",
            "We need this refunded",
            "I'd like it cancelled please",
        ] {
            assert!(requests_back(said), "{said}");
        }
    }

    #[test]
    fn questions_long_requests_help_and_lookups_are_not() {
        for said in [
            "Can you fix it?",
            "Cancel my order",
            "Just check it",
            "Tell me about it",
            "I need help with this",
            "I want a new card",
            "I want you to cancel it and refund my money please",
            "It happened again",
            "",
        ] {
            assert!(!requests_back(said), "{said}");
        }
    }

    #[test]
    fn the_event_and_the_request_join_as_sentences() {
        assert_eq!(
            joined("My card was charged twice.", "Just cancel it"),
            "My card was charged twice. Just cancel it"
        );
        assert_eq!(
            joined("My card was charged twice", "Just cancel it"),
            "My card was charged twice. Just cancel it"
        );
    }
}
