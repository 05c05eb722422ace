//! A request the customer changes later: the goal's update, and what is none.

use super::*;

/// Regression (audit on real chats): the customer asked about flight 820, then said
/// "The flight ID is actually 596"; the goal named 820 alone.
#[test]
fn a_changed_request_updates_the_goal() {
    let m = messages(&[
        (
            "customer",
            "Urgh. My name is Mark. I need to reserve Flight ID 820.",
        ),
        (
            "bot",
            "The flight is available. Should I reserve it for you?",
        ),
        ("customer", "Of bloody course."),
        ("bot", "Right, your flight is now reserved!"),
        ("customer", "Oh bloody hell. The flight ID is actually 596."),
    ]);
    let s = summarize(&m, &notes(5, &[], &[5], &[]), Vec::new());
    assert_eq!(s.goal.as_deref(), Some("I need to reserve Flight ID 820."));
    assert_eq!(
        s.goal_update.as_deref(),
        Some("The flight ID is actually 596.")
    );
    assert_eq!(
        s.bullets[0],
        "Goal: I need to reserve Flight ID 820. Then: The flight ID is actually 596."
    );
}

#[test]
fn a_restated_request_updates_the_goal_and_the_last_change_wins() {
    let m = messages(&[
        ("customer", "I need to book a table for two at Lucca"),
        ("bot", "Booked for 7pm."),
        ("customer", "Please book the table at Lucca for 4 people"),
        ("bot", "Done."),
        ("customer", "Make that Friday instead of tonight, sorry"),
    ]);
    let s = summarize(&m, &notes(5, &[], &[], &[]), Vec::new());
    assert_eq!(
        s.goal.as_deref(),
        Some("I need to book a table for two at Lucca")
    );
    assert_eq!(
        s.goal_update.as_deref(),
        Some("Make that Friday instead of tonight, sorry")
    );
    assert!(
        s.bullets[0].starts_with("Goal: I need to book a table for two at Lucca; then: Make that"),
        "{}",
        s.bullets[0]
    );
    // The restatement alone updates it too: it has something new ("4").
    let s = summarize(&m[..4], &notes(4, &[], &[], &[]), Vec::new());
    assert_eq!(
        s.goal_update.as_deref(),
        Some("Please book the table at Lucca for 4 people")
    );
    // Said again in other words, with nothing new, it does not.
    let again = messages(&[
        ("customer", "I need to book a table for two at Lucca"),
        ("bot", "Sorry, I didn't get that."),
        ("customer", "Could you book the table at Lucca please?"),
    ]);
    let s = summarize(&again, &notes(3, &[2], &[], &[]), Vec::new());
    assert_eq!(s.goal_update, None);
}

#[test]
fn other_later_messages_leave_the_goal_as_it_was() {
    let m = messages(&[
        ("customer", "I need to reserve a ride to the airport"),
        ("bot", "Where are you now?"),
        ("customer", "I am at the university main entrance"),
        ("bot", "Noted."),
        ("customer", "I think I remember the gate, actually."),
        ("bot", "Sorry, I didn't get that."),
        ("customer", "I need to reserve a ride to the airport"),
    ]);
    let s = summarize(&m, &notes(7, &[6], &[], &[7]), Vec::new());
    assert_eq!(
        s.goal_update, None,
        "a repeat is no change, nor an \"actually\" in passing"
    );
    assert_eq!(
        s.bullets[0],
        "Goal: I need to reserve a ride to the airport"
    );
}
