//! What reads as a request for the goal: three words that say what is needed, a need
//! after "and".

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
