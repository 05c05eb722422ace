//! A problem that persists: a customer's sentence → whether it says the problem they
//! came with is still there ("No, it's still not working", "My driver still isn't
//! here", "That didn't work"); their messages after the goal → the last such sentence,
//! the goal's update when nothing changed the request. Such a sentence disputes what
//! the bot did or says how things stand: no new request. Read by `first_request`, which
//! keeps the request before it as the goal, and by [`super::done`], which shows it as
//! the goal's update so the human sees the task is not done. Beside it: whether a thing
//! never came (`persists/never_came.rs`), and whether a problem said to persist is the
//! goal's (`persists/of_goal.rs`).

use std::sync::LazyLock;

use regex::Regex;

use crate::transcript::Message;

use super::super::sentences::{capitalise, clip, sentences, words};
use super::boundaries::{lowered, split_words};
use super::strip_opening;

mod never_came;
mod of_goal;

pub(super) use never_came::never_came;
use of_goal::{can_persist, of_the_goal};

/// Words after "still" that say what is wrong, without a negation ("it's still broken",
/// "the card is still declined").
pub(super) const PROBLEMS: &[&str] = &[
    "broken",
    "down",
    "declined",
    "declines",
    "declining",
    "failing",
    "fails",
    "failed",
    "stuck",
    "wrong",
    "missing",
    "frozen",
    "locked",
    "blocked",
    "crashing",
    "charging",
];

/// What a negation after "still" says has not happened, for the problem to persist
/// ("still not working", "still isn't here", "I still can't log in", "still hasn't
/// arrived"); not what the customer feels or does ("I still can't believe it", STAR
/// star-5160; "I still have no idea", star-29; "I still haven't heard back from my
/// husband", star-5592; "I still can't remember my birthday", star-1898).
pub(super) const FAILS_TO: &[&str] = &[
    "work",
    "works",
    "working",
    "worked",
    "here",
    "there",
    "fixed",
    "resolved",
    "solved",
    "sorted",
    "arrived",
    "come",
    "came",
    "showing",
    "show",
    "shown",
    "load",
    "loading",
    "loaded",
    "open",
    "opening",
    "connect",
    "connecting",
    "connected",
    "through",
    "received",
    "log",
    "login",
    "access",
    "pay",
    "sign",
    "responding",
    "respond",
    "start",
    "starting",
    "refunded",
    "delivered",
    "processed",
    "active",
    "activated",
    "unlocked",
    "unblocked",
    "on",
];

/// What says the problem persists without "still" ("That didn't work", "Same problem").
/// Not "didn't help", a complaint about the bot ("You did not help at all!!", STAR
/// star-1183), nor "doesn't help" ("I will get back in touch if this doesn't help",
/// star-1).
const PERSISTING: &[&str] = &[
    "that didn't work",
    "that did not work",
    "it didn't work",
    "it did not work",
    "this didn't work",
    "same problem",
    "same issue",
    "same error",
    "still waiting for",
];

/// How many words after "still" may hold the negation ("still isn't here", "still does
/// not work").
const REACH: usize = 3;

/// How many words after the negation may say what has not happened ("not been
/// refunded"; not "can't believe I'm on …").
const AFTER_NEGATION: usize = 2;

/// Whether `sentence` (in any case) says the problem persists: "still" with a negation
/// in the next few words of something that should have happened ([`FAILS_TO`]: "it's
/// still not working", "still isn't here", "I still can't log in"), or with a word of a
/// problem ([`PROBLEMS`]: "still broken"); or a phrase of [`PERSISTING`] ("That didn't
/// work", "Still waiting for my ride"). "I still need a ride" is a request, not this.
pub(super) fn persists(sentence: &str) -> bool {
    // Most sentences have none of these words: one search, in any case, before the
    // sentence is lowered and split.
    if !MAY_PERSIST.is_match(sentence) {
        return false;
    }
    let still = has(sentence, "still");
    let lower = lowered(sentence);
    let lower = lower.as_str();
    if PERSISTING.iter().any(|p| super::contains_words(lower, p)) {
        return true;
    }
    if !still {
        return false;
    }
    let words: Vec<&str> = split_words(lower).collect();
    words.iter().enumerate().any(|(i, w)| {
        if *w != "still" {
            return false;
        }
        let after = &words[i + 1..];
        let near = &after[..after.len().min(REACH)];
        match near.iter().position(|w| negates(w)) {
            Some(at) => after[at + 1..]
                .iter()
                .take(AFTER_NEGATION)
                .any(|w| FAILS_TO.contains(w)),
            None => near.iter().any(|w| PROBLEMS.contains(w)),
        }
    })
}

/// The last sentence of the customer's messages (`customer`) after message `from` that
/// says the problem persists ([`persists`]) of the goal (`goal`: [`of_the_goal`]),
/// without its opening ("No, it's still not working" → "It's still not working"), if
/// one does: the note that the goal is not met. Only of a goal that is a problem or a
/// task said before it ([`can_persist`]): not of a request for a person, nor of a goal
/// the customer asked after saying an earlier problem persists, nor of a request made
/// `anew` after a task done that states no problem.
pub(super) fn persisting_after(
    messages: &[Message],
    customer: &[usize],
    from: usize,
    goal: &str,
    anew: bool,
) -> Option<String> {
    customer[customer.partition_point(|&i| i <= from)..]
        .iter()
        // A message with none of the words is not split into sentences.
        .filter(|&&i| MAY_PERSIST.is_match(&messages[i].text))
        .flat_map(|&i| sentences(&messages[i].text))
        .filter(|s| persists(s))
        .map(strip_opening)
        .filter(|s| words(s) >= 3 && of_the_goal(s, goal))
        .last()
        // Most goals have none: whether it can be the goal's is read only for one.
        .filter(|_| can_persist(messages, customer, from, goal, anew))
        .map(|s| clip(&capitalise(s), 160))
}

/// What a sentence that says a problem persists holds, in any case: "still", or a
/// phrase of [`PERSISTING`] ("work", "same").
static MAY_PERSIST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new("(?i)still|work|same").expect("the persisting words are a valid pattern")
});

/// Whether `text` holds `word` (ASCII, lower case) in any case.
fn has(text: &str, word: &str) -> bool {
    text.as_bytes()
        .windows(word.len())
        .any(|w| w.eq_ignore_ascii_case(word.as_bytes()))
}

/// Whether `word` negates ("not", "no", "never", "can't", "isn't", "cannot").
pub(super) fn negates(word: &str) -> bool {
    matches!(word, "not" | "no" | "never" | "cannot" | "nothing") || word.ends_with("n't")
}

#[cfg(test)]
mod tests {
    use super::persists;

    /// Regression: "No, it's still not working" was the goal, a request, where it says
    /// the request before it is not met.
    #[test]
    fn a_problem_said_to_persist_is_told_from_a_request() {
        for said in [
            "No, it's still not working.",
            "it's still not working",
            "Still not working",
            "My driver still isn't here. Can you check the status again?",
            "Still not here.",
            "I still can't log in",
            "It still does not work",
            "It still hasn't been refunded",
            "The card is still declined",
            "it's still broken",
            "Still waiting for my ride.",
            "That didn't work",
            "Same problem as before",
            "It still declines",
            "It’s still not working",
        ] {
            assert!(persists(said), "{said}");
        }
        // STAR's role-play: what the customer feels, does or waits on (star-5160,
        // star-29, star-1898, star-5592, star-3662, star-1183, star-5232, star-6573).
        for said in [
            "I still need a ride to the airport",
            "I still can't believe I'm on the street.",
            "I still have no idea.",
            "I still can't remember my birthday though.",
            "And I can't believe I still haven't heard back from my husband.",
            "but I still wouldn't his wedding.",
            "You did not help at all!!",
            "I will get back in touch if this doesn't help.",
            "I'm still waiting on some people to answer.",
            "It's still angela, it hasn't changed.",
            "Still not bad.",
            "Is the offer still available?",
            "My wifi is not working",
            "The bus didn't work and I'm walking.",
            "The same hotel as last time please",
            "",
        ] {
            assert!(!persists(said), "{said}");
        }
    }
}
