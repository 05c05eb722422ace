//! The customer's goal: their messages → the first request among them (or the one
//! made after the bot said a task was done: [`done`]), without the
//! greeting and the customer's introduction of themselves ([`intro`]), and the later
//! sentence that changed it, if one did ([`update`]); and `strip_greeting`, which the
//! open questions use too. Here: what makes a sentence a request ([`classify`]); which
//! request is the goal is [`first`]'s. Picks sentences the customer
//! wrote; rewrites nothing but the first letter and the length.

mod advice;
mod anew;
mod back;
mod boundaries;
mod chat;
mod correction;
mod done;
mod first;
mod fixed;
mod incident;
mod intro;
mod markers;
mod matter;
mod no_task;
mod opening;
mod persists;
mod problem;
mod question;
mod short;
mod update;

use super::sentences::words;

use boundaries::contains_words;
use first::first_request;
use no_task::names_no_task;
use question::reads_as_question;
use short::short_request;

pub(super) use done::goal_and_update;
use opening::strip_opening;
pub(super) use opening::{addresses, strip_greeting};

pub(super) use chat::{TASKS, chats};
#[cfg(test)]
pub(in crate::summary) use incident::TOLD_IN_PASSING;

/// What makes a sentence a request rather than small talk.
const REQUEST_MARKERS: &[&str] = &[
    "i need",
    // A need said with "also": "I also need a manicure", after a task done the request
    // anew (a review found it lost beside "No, Saturday.").
    "i also need",
    "i also want",
    "i'd also like",
    "i would also like",
    // A need whose "I" went before: "I'm heading towards Forbes and Murray on foot and
    // need directions" (STAR star-1803), "my son is sick and needs a doctor".
    "and need",
    "and needs",
    "i want",
    "i'd like",
    "i would like",
    "i'm looking",
    "i am looking",
    "looking for",
    "can you",
    "could you",
    "can i",
    "could i",
    "can we",
    "how do",
    "how can",
    "how much",
    "is it possible",
    "help me",
    "help with",
    "please",
    "problem",
    "issue",
    "not working",
    "doesn't work",
    "does not work",
    "trying to",
    "want to",
    "need to",
    "would like to",
    "wondering",
    "question",
    "evaluating",
    "interested in",
];

/// Verbs that open a request ("Reserve my flight", "Cancel the order").
const IMPERATIVES: &[&str] = &[
    "book",
    "reserve",
    "cancel",
    "change",
    "schedule",
    "find",
    "check",
    "order",
    "send",
    "show",
    "tell",
    "give",
    "get",
    "make",
    "update",
    "reset",
    "fix",
    "add",
    "remove",
    "delete",
    "upgrade",
    "downgrade",
    "connect",
    "transfer",
    "refund",
    "call",
    "email",
    // A card or an account's: "And please freeze my credit card" (a review found it
    // lost after a correction).
    "freeze",
    "unfreeze",
    "block",
    "unblock",
    "lock",
    "activate",
    "deactivate",
    "renew",
    "replace",
];

/// Words that join an order to what was said before it ("And please freeze my card",
/// "Also cancel the hotel"): passed over, with a courtesy after them
/// ([`COURTESY_BEFORE_VERB`]), for the verb. Only after one of them: "Please make it a
/// BMW" and "Just make sure it gets looked into!" stay what they were (STAR star-853,
/// star-2734: read as orders, they took the goal after a task done).
const JOINING: &[&str] = &["and", "also", "plus"];

/// A courtesy between a joining word and the verb ("And please …").
const COURTESY_BEFORE_VERB: &[&str] = &["please", "pls", "plz", "kindly", "also"];

/// The first word of `lower` (a sentence in lower case), or, after a word that joins it
/// to what came before ([`JOINING`]), the first word past it and a courtesy: the verb
/// of an order, if it is one.
fn first_verb(lower: &str) -> &str {
    let mut words = boundaries::split_words(lower);
    match words.next() {
        Some(w) if JOINING.contains(&w) => words
            .find(|w| !COURTESY_BEFORE_VERB.contains(w))
            .unwrap_or(""),
        first => first.unwrap_or(""),
    }
}

/// Whether `sentence` is an order joined to what was said before ("And please freeze
/// my card"): a joining word ([`JOINING`]), then the verb of an order.
fn joins_an_order(sentence: &str) -> bool {
    let lower = sentence.to_lowercase();
    let first = lower.split(|c: char| !c.is_alphanumeric()).next();
    first.is_some_and(|w| JOINING.contains(&w)) && IMPERATIVES.contains(&first_verb(&lower))
}

/// Words that point back at something said before ("Can you look that up?").
const POINTERS: &[&str] = &["that", "it", "this", "them", "those"];

/// How much a sentence says what the customer wants.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Request {
    /// A need, a question or an order: the goal.
    Clear,
    /// Only "please" or the like: a goal if nothing clearer comes.
    Weak,
    /// A short question about something said before: the goal is what came before.
    Pointing,
    /// Says something, asks nothing.
    None,
}

fn request(sentence: &str) -> Request {
    classify(sentence, false)
}

/// [`request`] for the goal, where a question asks only if it reads as one
/// ([`reads_as_question`]): a statement with a question mark is read by its markers as
/// any statement. The goal's update and the other readers keep [`request`], whose
/// questions are all requests ("Whas the rating of the Hilton?", a typo, restates a
/// hotel search, STAR star-3170).
fn goal_request(sentence: &str) -> Request {
    classify(sentence, true)
}

fn classify(sentence: &str, read_questions: bool) -> Request {
    let lower = sentence.to_lowercase();
    let question = sentence.ends_with('?') && (!read_questions || reads_as_question(&lower));
    let asks = question || IMPERATIVES.contains(&first_verb(&lower));
    // The markers only when the sentence neither asks nor orders (one pass: `markers`).
    if asks {
        let pointing = sentence.ends_with('?')
            && words(sentence) < 6
            && POINTERS.iter().any(|p| contains_words(&lower, p));
        return if pointing {
            Request::Pointing
        } else {
            Request::Clear
        };
    }
    markers::marked(&lower)
}

/// Markers that alone make a weak request ("so please hurry").
const WEAK_MARKERS: &[&str] = &["please"];
