//! The customer's goal: their messages → the first request among them (or the one
//! made after the bot said a task was done: [`done`]), without the
//! greeting and the customer's introduction of themselves ([`intro`]), and the later
//! sentence that changed it, if one did ([`update`]); and `strip_greeting`, which the
//! open questions use too. Picks sentences the customer
//! wrote; rewrites nothing but the first letter and the length.

mod advice;
mod anew;
mod boundaries;
mod chat;
mod correction;
mod done;
mod fixed;
mod intro;
mod markers;
mod no_task;
mod opening;
mod persists;
mod problem;
mod question;
mod short;
mod update;

use crate::transcript::Message;

use super::sentences::{capitalise, clip, sentences, words};
use super::small_talk::is_small_talk;

use boundaries::contains_words;
use no_task::names_no_task;
use question::reads_as_question;
use short::short_request;

pub(super) use done::goal_and_update;
pub(super) use opening::strip_greeting;
use opening::strip_opening;

pub(super) use chat::{TASKS, chats};

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
    let mut words = lower
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty());
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

/// The customer's first clear request among their first three messages in `customer`
/// (a question only when it reads as one: [`goal_request`]), small talk aside (a short
/// question pointing back, "Can you look that up?", stands for the sentence before it),
/// else their first weak one ("please …"; after advice asked, "Should I book the 9am or
/// the 11am?", the first weak one after it: "Please book the 11am"), else their first
/// request for a person that names its task ("Can a human call me back about my
/// invoice?": [`problem::person_names_task`]), else the first problem they stated ([`problem::states_problem`]: "My app will not load", or the
/// clause beside a request for a person, "I was double charged, let me talk to a
/// human": [`problem::beside_person`]), else their first
/// request for a person ("Can I talk to a human?", which says why the conversation
/// escalates, not what for: a task asked before or after it comes first, but not a
/// feeling, a greeting, contact details nor "I have a question" ([`no_task::names_no_task`])),
/// else their first substantive sentence, else their first request that names no task;
/// and the index of the message it was taken from. When the
/// request is `anew`, after a task done, only a clear one that asks anew
/// ([`anew::asks_anew`]).
fn first_request(messages: &[Message], customer: &[usize], anew: bool) -> Option<(String, usize)> {
    let mut first_substantive = None;
    let mut previous: Option<&str> = None;
    let mut weak = None;
    let mut advice = None;
    // The first weak request after the advice asked, which takes its place.
    let mut after_advice = None;
    // The first clear request for a person ("Can I talk to a human?"), the goal only
    // if nothing else is said: it is why the conversation escalates, not what for.
    let mut person = None;
    // The first clear request that names no task ("I have a question"): the last
    // resort.
    let mut vague = None;
    // The first request for help alone ("Can you help me?"): the goal when nothing
    // better is said (a review found a later complaint about the bot taken instead).
    let mut help = None;
    // The first problem the customer stated and said over in the same message ("My
    // card was declined. It's fine now."): the goal beside help asked for alone, its
    // fix the update (a review found the fix lost).
    let mut over = None;
    // The first problem the customer stated ("My app will not load", or the clause
    // beside a request for a person: "I was double charged, let me talk to a human"):
    // the goal before a request for a person (a review found the request kept).
    let mut problem = None;
    // The first request for a person that names its task ("Can a human call me back
    // about my invoice?"), which outranks a problem.
    let mut topical = None;
    for &i in customer.iter().take(3) {
        // Whether this message asks for help without a task ("Can you help me?").
        let mut no_task_here = false;
        for sentence in sentences(&messages[i].text) {
            let cleaned = strip_opening(sentence);
            // A short request for a person ("Human please", "Need an agent") is read: it
            // is the goal when nothing else is said (a review found "Thanks for nothing.
            // Human please" gave none).
            if (words(cleaned) < 4 && !short_request(cleaned) && !done::asks_for_a_person(cleaned))
                || small_talk_only(cleaned)
            {
                continue;
            }
            let goal = |s: &str| (clip(&capitalise(s), 160), i);
            // A request for a person that names its task ("Can a human call me back
            // about my invoice?") is a task: it outranks a problem stated beside it.
            if !anew && problem::person_names_task(cleaned) {
                topical.get_or_insert_with(|| goal(cleaned));
                person.get_or_insert_with(|| goal(cleaned));
                previous = Some(cleaned);
                continue;
            }
            if !anew && let Some(clause) = problem::beside_person(cleaned) {
                problem.get_or_insert_with(|| goal(clause));
                person.get_or_insert_with(|| goal(cleaned));
                previous = Some(cleaned);
                continue;
            }
            // Advice on the customer's own doing ("Hmm, should I bring an umbrella?") is
            // no task: a request after it is the goal, but for one for a person ("I want
            // to talk to a human"), which says nothing of what is wanted. After a task
            // done it asks nothing anew.
            if advice::asks_advice(cleaned) {
                if !anew {
                    advice.get_or_insert_with(|| goal(cleaned));
                }
                previous = Some(cleaned);
                continue;
            }
            // "No, it's still not working" after the problem was told says it persists:
            // the goal's update (`goal_update`), not the goal (a review found it took it).
            if !anew
                && (weak.is_some()
                    || first_substantive.is_some()
                    || person.is_some()
                    || problem.is_some())
                && persists::persists(cleaned)
            {
                previous = Some(cleaned);
                continue;
            }
            match goal_request(cleaned) {
                Request::Clear if advice.is_some() && done::asks_for_a_person(cleaned) => {
                    return advice;
                }
                // "Please book me a table at Lucca" before or after it (in the first
                // three messages) is the goal (a review found the request for a person
                // kept instead). So is one weak by its "please" ("Agent please").
                Request::Clear | Request::Weak if !anew && done::asks_for_a_person(cleaned) => {
                    person.get_or_insert_with(|| goal(cleaned));
                }
                // "I have a question" names no task: a request for a person beside it
                // stays the goal (a review found it took it), and so does what follows.
                Request::Clear if !anew && names_no_task(cleaned) => {
                    if no_task::asks_help(cleaned) {
                        help.get_or_insert_with(|| goal(cleaned));
                    } else {
                        vague.get_or_insert_with(|| goal(cleaned));
                    }
                    no_task_here = true;
                }
                // "And please freeze my card" joins a request said before it, which
                // comes first ("Move $200 from checking to savings please").
                Request::Clear
                    if !anew
                        && (weak.is_some() || first_substantive.is_some())
                        && joins_an_order(cleaned) =>
                {
                    return weak.or(first_substantive);
                }
                Request::Clear if !anew || anew::asks_anew(cleaned) => {
                    return Some(goal(cleaned));
                }
                // After a task done, a question pointing back asks about the task done
                // ("Can you confirm that?"): no request anew.
                Request::Pointing if anew => {}
                Request::Pointing => return Some(goal(previous.unwrap_or(cleaned))),
                // "Please book the 11am" after "Should I book the 9am or the 11am?"
                // answers the advice asked: the request is this, not the advice (a
                // review found the advice kept), but for a person as above.
                Request::Weak
                    if advice.is_some()
                        && after_advice.is_none()
                        && !done::asks_for_a_person(cleaned) =>
                {
                    after_advice = Some(goal(cleaned));
                }
                Request::Clear | Request::Weak => {
                    weak.get_or_insert_with(|| goal(cleaned));
                }
                Request::None => {
                    // "My card was declined. It's fine now.": over, no problem.
                    if !anew && problem.is_none() && problem::states_problem(cleaned) {
                        if problem::resolved(&messages[i].text) {
                            over.get_or_insert_with(|| goal(problem::without_filler(cleaned)));
                        } else {
                            problem = Some(goal(problem::without_filler(cleaned)));
                        }
                    }
                    first_substantive.get_or_insert_with(|| goal(cleaned));
                }
            }
            previous = Some(cleaned);
        }
        // "I took the wrong bus and I'm lost. Can you help me?": the help is asked for
        // the problem stated beside it, which is the goal before any later request
        // (STAR star-2182, star-2902: "I'd like to continue taking the bus" took it).
        if no_task_here && problem.as_ref().is_some_and(|(_, at)| *at == i) {
            return problem;
        }
    }
    if anew {
        return None;
    }
    after_advice
        .or(advice)
        .or(weak)
        .or(topical)
        .or(problem)
        // Help asked for alone stays the goal unless a problem or a request is said;
        // not what else is said beside it or after it ("I'm so tired of bots", "This
        // is useless"), which names no task.
        .or(help.is_some().then_some(over).flatten())
        .or(help)
        .or(person)
        .or(first_substantive)
        .or(vague)
}

/// Whether `sentence` is small talk put as a question and asks for nothing the agent
/// must do ("Are you my granddaughter?", STAR star-4341; "I'm feeling smart, are you
/// up for some trivia?"); not when a clause before the small talk makes a request ("I
/// need help planning a party, are you up for that?").
fn small_talk_only(sentence: &str) -> bool {
    sentence.ends_with('?')
        && is_small_talk(sentence)
        && !sentence
            .rsplit_once([',', ';'])
            .is_some_and(|(before, _)| request(before) == Request::Clear)
}
