//! A problem stated: a customer's sentence that asks nothing → whether it says what is
//! wrong ("My app will not load", "I was double charged", "My card was declined"), and
//! a sentence that asks for a person → the clause beside the request that says so ("I
//! was double charged, let me talk to a human" → "I was double charged"). Read by
//! `first_request`: the customer's problem is the goal before a request for a person,
//! which says why the conversation escalates, not what for. A feeling, a wait or a
//! complaint about the bot ("I'm so tired of bots", "I've been waiting for an hour", "I
//! don't like talking to robots") is no problem here: the request for a person stays
//! the goal beside it.

use super::boundaries::contains_words;
use super::done::person_at;
use super::persists::{FAILS_TO, PROBLEMS, negates, persists};

/// Phrases that say what went wrong without a negation ("I was double charged", "my
/// card was stolen", "someone hacked my account"), beside the words of [`PROBLEMS`]
/// ("declined", "locked", "missing").
const WENT_WRONG: &[&str] = &[
    "double charged",
    "double-charged",
    "charged twice",
    "charged me twice",
    "overcharged",
    "stolen",
    "stole",
    "hacked",
    "lost my",
    "damaged",
    "crashed",
    "crashes",
    "keeps crashing",
    "an error",
    "error message",
    "fraudulent",
    "never arrived",
    "never came",
    "never received",
];

/// Words of a complaint about the bot, which is no problem to solve ("This bot is
/// stuck", "I'm stuck talking to a robot").
const ABOUT_THE_BOT: &[&str] = &["bot", "bots", "robot", "robots", "chatbot", "ai", "machine"];

/// How many words after a negation may say what has not happened ("will not load",
/// "hasn't been refunded", "can't log in").
const AFTER_NEGATION: usize = 2;

/// Whether `sentence`, a statement, says what is wrong: a negation with something that
/// should have happened after it ([`FAILS_TO`]: "My app will not load", "I can't log
/// in"), a word of a problem ([`PROBLEMS`]: "My card was declined"; not "down", "Sit
/// down"), a phrase of [`WENT_WRONG`] ("I was double charged"), or a problem that
/// persists ("It's still not working"). Not a complaint about the bot
/// ([`ABOUT_THE_BOT`]).
pub(super) fn states_problem(sentence: &str) -> bool {
    let lower = sentence.to_lowercase().replace('’', "'");
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
        .collect();
    if words.iter().any(|w| ABOUT_THE_BOT.contains(w)) {
        return false;
    }
    // "here" and "there" only after "still" (`persists`): "seeing things that are not
    // there" (STAR star-3110) is no problem of the customer's matter.
    let fails = words.iter().enumerate().any(|(i, w)| {
        negates(w)
            && words[i + 1..]
                .iter()
                .take(AFTER_NEGATION)
                .any(|w| FAILS_TO.contains(w) && !matches!(*w, "here" | "there"))
    });
    fails
        || words.iter().any(|w| *w != "down" && PROBLEMS.contains(w))
        || WENT_WRONG.iter().any(|p| contains_words(&lower, p))
        || persists(sentence)
}

/// Where a clause ends and the next begins: a mark, or a word that joins two clauses.
const JOINS: &[&str] = &["so", "and", "but", "because", "cause", "since"];

/// The clause of `sentence` beside its request for a person that states a problem
/// ([`states_problem`]), before it or else after it: "I was double charged, let me talk
/// to a human" → "I was double charged"; "Let me talk to a human, my card was declined"
/// → "my card was declined". `None` when the sentence asks for no person, or no clause
/// beside the request states a problem ("Thanks for nothing, let me talk to a human").
pub(super) fn beside_person(sentence: &str) -> Option<&str> {
    let (start, end) = person_at(sentence)?;
    let before = &sentence[..start];
    let after = &sentence[end..];
    // The clause before: up to the last boundary before the request.
    if let Some(cut) = last_boundary(before) {
        let head = trim_clause(&sentence[..cut]);
        if !head.is_empty() && person_at(head).is_none() && states_problem(head) {
            return Some(head);
        }
    }
    // The clause after: from the first boundary after the request.
    let from = first_boundary(after).map(|at| end + at)?;
    let tail = trim_clause(&sentence[from..]);
    (!tail.is_empty() && person_at(tail).is_none() && states_problem(tail)).then_some(tail)
}

/// The byte offset of the last clause boundary in `text` (a mark, or where a joining
/// word starts), if there is one.
fn last_boundary(text: &str) -> Option<usize> {
    boundaries(text).last()
}

/// The byte offset of the first clause boundary in `text`, if there is one.
fn first_boundary(text: &str) -> Option<usize> {
    boundaries(text).next()
}

/// The clause boundaries of `text`: each `,`, `;`, `:` or dash, and each joining word
/// ([`JOINS`]) standing alone.
fn boundaries(text: &str) -> impl Iterator<Item = usize> + '_ {
    let mut at = 0;
    text.split_inclusive(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | ':'))
        .filter_map(move |piece| {
            let start = at;
            at += piece.len();
            let word = piece.trim_end_matches(|c: char| c.is_whitespace());
            if word.ends_with([',', ';', ':']) {
                Some(start + word.len() - 1)
            } else if matches!(word, "-" | "–" | "—")
                || JOINS.iter().any(|j| word.eq_ignore_ascii_case(j))
            {
                Some(start)
            } else {
                None
            }
        })
}

/// `clause` without the marks, spaces and joining words at its ends.
fn trim_clause(clause: &str) -> &str {
    let mut clause = clause.trim_matches(|c: char| {
        c.is_whitespace() || matches!(c, ',' | ';' | ':' | '-' | '–' | '—' | '.' | '!')
    });
    while let Some((first, rest)) = clause.split_once(char::is_whitespace)
        && JOINS.iter().any(|j| first.eq_ignore_ascii_case(j))
    {
        clause = rest.trim_start();
    }
    clause
}

#[cfg(test)]
mod tests {
    use super::{beside_person, states_problem};

    #[test]
    fn a_problem_is_told_from_a_feeling_or_a_wait() {
        for problem in [
            "My app will not load.",
            "I was double charged",
            "My card was declined at the store.",
            "I can't log in to my account",
            "My package never arrived",
            "I have not received my refund",
            "Someone stole $300 from my account",
            "It's still not working",
        ] {
            assert!(states_problem(problem), "{problem}");
        }
        for other in [
            "I'm so tired of bots.",
            "I've been waiting for an hour.",
            "I am really angry right now.",
            "I don't like talking to robots.",
            "I have a question.",
            "My phone number is 555-123-4567.",
            "This bot is broken",
            "I'm really sorry to bother you",
            "I'm down to my last dollar",
            "It gives me the shakes and I see things that are not there",
        ] {
            assert!(!states_problem(other), "{other}");
        }
    }

    #[test]
    fn the_problem_beside_a_request_for_a_person_is_its_clause() {
        for (sentence, problem) in [
            (
                "I was double charged, let me talk to a human",
                "I was double charged",
            ),
            (
                "My app will not load so I want to talk to a human",
                "My app will not load",
            ),
            (
                "Let me talk to a human, my card was declined.",
                "my card was declined",
            ),
            (
                "I want to speak to a person because my account is locked",
                "my account is locked",
            ),
        ] {
            assert_eq!(beside_person(sentence), Some(problem), "{sentence}");
        }
        for sentence in [
            "Thanks for nothing, let me talk to a human",
            "I'm so tired of bots, let me talk to a human",
            "I want to talk to a human",
            "I was double charged",
        ] {
            assert_eq!(beside_person(sentence), None, "{sentence}");
        }
    }
}
