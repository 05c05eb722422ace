//! What reads as a request for the goal: three words that say what is needed, a need
//! after "and", an order or a need pointing back at the event told before it.

use super::*;

/// Regression (STAR star-4928): "hey, I need directions" was too short for a goal (four
/// words at least), and the goal was "I am at Broadway and Main". Three words that say
/// what is needed are one; vague ones and short questions are not.
#[test]
fn a_short_request_that_says_what_is_needed_is_the_goal() {
    for (said, goal) in [
        ("hey, I need directions", Some("I need directions")),
        ("Cancel my order. It is late.", Some("Cancel my order.")),
        (
            "I need help. My card was stolen.",
            Some("My card was stolen."),
        ),
        (
            "Can you help? My card was stolen.",
            Some("My card was stolen."),
        ),
        ("Please help me", None),
        (
            "Help me computer! You know, the Chief Engineer.",
            Some("You know, the Chief Engineer."),
        ),
        ("Get me another", None),
    ] {
        let m = messages(&[("customer", said)]);
        assert_eq!(
            summarize(&m, &[], Vec::new()).goal.as_deref(),
            goal,
            "{said}"
        );
    }
}

/// Regression (STAR star-1803): "… on foot and need directions" had no request marker
/// ("I need" without its "I"), and the goal was "How did it get so late?". A need after
/// "and" is a request as "I need" is; "and needles" is none.
#[test]
fn a_need_after_and_is_a_request() {
    let m = messages(&[
        (
            "customer",
            "Hi, I'm heading towards Forbes and Murray on foot and need directions.",
        ),
        ("bot", "Where are you departing from?"),
        (
            "customer",
            "I'm currently at Broadway and Main.  Wow, it's already 11 pm?  How did it get so late?",
        ),
    ]);
    assert_eq!(
        summarize(&m, &[], Vec::new()).goal.as_deref(),
        Some("I'm heading towards Forbes and Murray on foot and need directions.")
    );
    for (said, goal) in [
        (
            "My son is sick and needs a doctor. Where is the nearest clinic?",
            "My son is sick and needs a doctor.",
        ),
        (
            "I hate hospitals and needles so much. Can you book me a doctor?",
            "Can you book me a doctor?",
        ),
    ] {
        let m = messages(&[("customer", said)]);
        assert_eq!(
            summarize(&m, &[], Vec::new()).goal.as_deref(),
            Some(goal),
            "{said}"
        );
    }
}

/// Regression (session 44): a request pointing back at the event before it joined it as
/// the goal only as a question ("Could you refund it?"); "I want my money back" alone was
/// the goal, and "Just cancel it", too short to read, left the event alone.
#[test]
fn an_order_or_a_need_pointing_back_joins_the_event_before_it() {
    for request in [
        "Can you fix it?",
        "Could you refund it?",
        "I want my money back",
        "I need this sorted today",
        "Just cancel it",
        "Please refund it.",
    ] {
        let said = format!("My card was charged twice. {request}");
        let m = messages(&[("customer", &said)]);
        assert_eq!(
            summarize(&m, &[], Vec::new()).goal.as_deref(),
            Some(said.as_str()),
            "{request}"
        );
    }
    // The event in the message before, the bot's reply between.
    let m = messages(&[
        ("customer", "My card was charged twice."),
        ("bot", "Sorry to hear that."),
        ("customer", "I want my money back"),
    ]);
    assert_eq!(
        summarize(&m, &[], Vec::new()).goal.as_deref(),
        Some("My card was charged twice. I want my money back")
    );
}

/// The requests of [`an_order_or_a_need_pointing_back_joins_the_event_before_it`]
/// without an event before them are what they were; help asked for, a person asked
/// for and a request that says its own matter after the event are too.
#[test]
fn a_request_pointing_back_without_an_event_is_what_it_was() {
    for (said, goal) in [
        ("I want my money back", Some("I want my money back")),
        ("I need this sorted today", Some("I need this sorted today")),
        ("Just cancel it", None),
        ("I love your app. Just cancel it", Some("I love your app.")),
        (
            "I love your app. I want my money back",
            Some("I want my money back"),
        ),
        (
            "My card was charged twice. I need help with this.",
            Some("My card was charged twice."),
        ),
        (
            "My card was charged twice. Cancel my subscription.",
            Some("Cancel my subscription."),
        ),
        (
            "My card was charged twice. I want a human for this.",
            Some("My card was charged twice."),
        ),
    ] {
        let m = messages(&[("customer", said)]);
        assert_eq!(
            summarize(&m, &[], Vec::new()).goal.as_deref(),
            goal,
            "{said}"
        );
    }
}
