//! Requests that point back at the matter: a customer's sentence, not a question → whether
//! it asks something done to what the sentence before it told ("Just cancel it", "I want
//! my money back", "I need this sorted today"), and the two joined as the goal. Read by
//! `first_request`, which joins such a request to an event told just before it; a
//! question pointing back ("Could you refund it?") is [`super::Request::Pointing`]'s.

use crate::transcript::{Message, Role};

use super::super::sentences::{capitalise, clip, sentences, words};
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

/// People a request pointing back may ask for ("I want a supervisor on this"): a
/// request for a person, as "I want a human for this", not something done to the
/// matter.
const PEOPLE: &[&str] = &[
    "human",
    "person",
    "agent",
    "representative",
    "rep",
    "operator",
    "manager",
    "supervisor",
];

/// Orders that ask for a person by their verb and "me" or "us" after it ("Transfer me
/// for this"; not "Transfer it back").
const HANDING_OVER: &[&str] = &["transfer", "connect", "forward"];

/// Words after a need's pointer that say nothing of what to do with it ("I need it
/// now", "I need this please"): the need is no request then.
const NOT_WHAT: &[&str] = &[
    "please",
    "pls",
    "plz",
    "now",
    "today",
    "asap",
    "immediately",
    "too",
    "also",
    "again",
    "right",
    "away",
    "urgently",
    "thanks",
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
/// with this"), nor a need that says not what to do ("I need it.": [`NOT_WHAT`]), nor
/// a request for a person ("I want a supervisor on this", "Transfer me for this":
/// [`PEOPLE`], [`HANDING_OVER`]), nor a long sentence ([`MAX_WORDS`]).
pub(super) fn requests_back(sentence: &str) -> bool {
    let Some(lower) = short_statement(sentence) else {
        return false;
    };
    let Some((first, rest)) = opening(&lower) else {
        return false;
    };
    if asks_for_someone(sentence) {
        return false;
    }
    let points = |w: &&str| POINTERS.contains(w);
    if IMPERATIVES.contains(&first) && !LOOKING.contains(&first) {
        return rest.iter().any(points);
    }
    let need = format!("{first} {}", rest.join(" "));
    // What the need wants done with the thing: a word after its pointer ("I want it
    // fixed", "I need this sorted today"), a verb after "to" before it ("I want to
    // report it", "I'd like to return it"), or "back" ("I want my money back").
    let says_what = rest.contains(&"back")
        || rest.iter().position(points).is_some_and(|at| {
            rest[..at].contains(&"to")
                || rest[at + 1..]
                    .iter()
                    .any(|w| !NOT_WHAT.contains(w) && !POINTERS.contains(w))
        });
    NEEDS.iter().any(|n| need.starts_with(&format!("{n} ")))
        && !contains_words(&lower, "help")
        && says_what
}

/// Whether `sentence` is a short request for a person the `human_request` phrases
/// miss: a need for one of [`PEOPLE`] ("I want a supervisor on this") or an order to
/// hand the customer over ([`HANDING_OVER`]: "Transfer me for this", "Escalate this").
/// Not a question, nor a long sentence ([`MAX_WORDS`]).
pub(super) fn asks_for_someone(sentence: &str) -> bool {
    let Some(lower) = short_statement(sentence) else {
        return false;
    };
    let Some((first, rest)) = opening(&lower) else {
        return false;
    };
    let need = format!("{first} {}", rest.join(" "));
    (first == "escalate"
        || (HANDING_OVER.contains(&first) && matches!(rest.first(), Some(&("me" | "us")))))
        || (NEEDS.iter().any(|n| need.starts_with(&format!("{n} ")))
            && rest.iter().any(|w| PEOPLE.contains(w)))
}

/// `sentence` in lower case ([`lowered`]) when it is no question and no longer than
/// [`MAX_WORDS`]: what [`requests_back`] and [`asks_for_someone`] read.
fn short_statement(sentence: &str) -> Option<String> {
    (!sentence.trim_end().ends_with('?') && words(sentence) <= MAX_WORDS).then(|| lowered(sentence))
}

/// The first word of `lower` after the words before an order ([`BEFORE_ORDER`]:
/// "just", "please"), and the words after it.
fn opening(lower: &str) -> Option<(&str, Vec<&str>)> {
    let mut rest = split_words(lower).skip_while(|w| BEFORE_ORDER.contains(w));
    let first = rest.next()?;
    Some((first, rest.collect()))
}

/// Openings of a bot's sentence that introduce nothing: an apology, an
/// acknowledgement, a greeting ("Sorry to hear that.", "I see.", "Hello!").
const ACKNOWLEDGING: &[&str] = &[
    "sorry",
    "i'm sorry",
    "i am sorry",
    "we're sorry",
    "we are sorry",
    "so sorry",
    "oh no",
    "oh",
    "apologies",
    "my apologies",
    "i apologize",
    "i apologise",
    "we apologize",
    "we apologise",
    "that's terrible",
    "that is terrible",
    "that's awful",
    "that's frustrating",
    "i understand",
    "i see",
    "understood",
    "got it",
    "ok",
    "okay",
    "alright",
    "all right",
    "noted",
    "thanks",
    "thank you",
    "hello",
    "hi",
    "hey",
];

/// Openings of a bot's question that asks for details of the matter ("What happened?",
/// "Could you tell me more?"), not one that offers another thing ("Would you like to
/// renew your plan?").
const ASKING_DETAILS: &[&str] = &[
    "what",
    "which",
    "when",
    "where",
    "how",
    "who",
    "why",
    "can you tell",
    "could you tell",
    "can you describe",
    "could you describe",
    "can you give",
    "could you give",
    "can you provide",
    "could you provide",
    "can you share",
    "could you share",
    "can you explain",
    "could you explain",
    "may i have",
    "can i have",
    "could i have",
    "can i get",
    "could i get",
];

/// Whether the bot's (or an agent's) message `text`, said between an event and a
/// request pointing back at it, leaves "it" the event: each sentence an apology, an
/// acknowledgement or a greeting ([`ACKNOWLEDGING`]: "Sorry to hear that.") or a
/// question for details ([`ASKING_DETAILS`]: "What happened?"). A statement about
/// something else gives "it" another meaning ("Your subscription renews tomorrow." "Just
/// cancel it": a review found the two joined).
fn introduces_nothing(text: &str) -> bool {
    sentences(text).all(|sentence| {
        let lower = lowered(sentence);
        let opens = |list: &[&str]| {
            list.iter().any(|p| {
                lower.starts_with(p) && !lower[p.len()..].starts_with(|c: char| c.is_alphanumeric())
            })
        };
        opens(ACKNOWLEDGING) || (sentence.trim_end().ends_with('?') && opens(ASKING_DETAILS))
    })
}

/// Whether the messages `between` an event and a request pointing back at it (those
/// after the event's message, before the request's) leave "it" the event: none of
/// another speaker's introduces another thing ([`introduces_nothing`]).
pub(super) fn nothing_between(between: &[Message]) -> bool {
    between
        .iter()
        .all(|m| m.role == Role::Customer || introduces_nothing(&m.text))
}

/// The event told `before` and the request after it as one goal of at most `max`
/// characters ([`joined`]), the event clipped so the request stays whole: "I ordered
/// … three weeks ago… I want my money back" (a review found the request cut off
/// behind a long event).
pub(super) fn goal(before: &str, request: &str, max: usize) -> String {
    let room = max.saturating_sub(request.chars().count() + 1);
    let whole = capitalise(&joined(before, request));
    if whole.chars().count() <= max || room < 20 {
        return clip(&whole, max);
    }
    capitalise(&joined(&clip(before, room), request))
}

/// The event told `before` and the request after it as one goal: "My card was charged
/// twice. Just cancel it"; a full stop between them when the event has none, the
/// request's first letter upper case ("No, cancel it" read "cancel it").
pub(super) fn joined(before: &str, request: &str) -> String {
    let request = capitalise(request);
    let joint = if before.ends_with(['.', '!', '?', '…']) {
        " "
    } else {
        ". "
    };
    format!("{before}{joint}{request}")
}

#[cfg(test)]
mod tests {
    use super::{goal, introduces_nothing, joined, requests_back};

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
            "I want to report it",
            "I'd like to return it",
            "I want someone to fix this",
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
            // A person asked for, as "I want a human for this".
            "I want a supervisor on this",
            "Transfer me for this",
            // A need that says not what to do.
            "I need this",
            "I need it.",
            "I need it now",
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

    #[test]
    fn a_request_after_no_then_a_comma_opens_upper_case() {
        assert_eq!(
            joined("My card was charged twice.", "cancel it"),
            "My card was charged twice. Cancel it"
        );
    }

    #[test]
    fn apologies_acknowledgements_and_questions_for_details_introduce_nothing() {
        for bot in [
            "Sorry to hear that.",
            "What happened?",
            "I'm sorry to hear that. Could you tell me more?",
            "Okay. Which order was it?",
            "Hello! How can I help you?",
        ] {
            assert!(introduces_nothing(bot), "{bot}");
        }
        for bot in [
            "Your subscription renews tomorrow.",
            "I have booked you a taxi for 5pm.",
            "I have added a premium warranty to your cart.",
            "Sorry. No. It renews today.",
            "Would you like to renew your plan?",
            "Okay. Your plan renews tomorrow.",
            "Sorryabout that",
        ] {
            assert!(!introduces_nothing(bot), "{bot}");
        }
    }

    #[test]
    fn a_long_event_is_clipped_before_the_request() {
        let event = "word ".repeat(40);
        let got = goal(event.trim(), "I want my money back", 60);
        assert!(got.ends_with("… I want my money back"), "{got}");
        assert!(got.chars().count() <= 60, "{got}");
        // Short enough: both whole.
        assert_eq!(
            goal("My card was charged twice.", "just cancel it", 160),
            "My card was charged twice. Just cancel it"
        );
    }
}
