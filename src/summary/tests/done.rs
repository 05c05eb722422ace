//! The goal once the bot has said a task is done: what says a task is done (and what
//! only looks like it), the request still open after it, and a change of the request
//! met. What the customer says after it that asks anew, or does not, is `anew.rs`'s.

use super::*;

/// Regression (STAR star-5789): the customer's ride was booked, then they asked about
/// the apartment viewing the bot had booked and could not say when it was; the goal was
/// "I need a ride", a request met twenty messages before.
#[test]
fn the_goal_is_the_request_made_after_the_last_one_done() {
    let m = messages(&[
        ("customer", "Hey AI I need a ride"),
        ("bot", "Where are you departing from?"),
        ("customer", "Leaving from University going 5th and Main"),
        ("bot", "Ride booked"),
        (
            "customer",
            "I need to get out of this place! Apartment viewing please",
        ),
        ("bot", "Found one 2 rooms 861 credit"),
        (
            "customer",
            "That one sounds good! lets book a viewing there!",
        ),
        ("bot", "Booked"),
        ("customer", "Do you have any details on the viewing?"),
        ("bot", "I am sorry, I don't quite understand what you mean."),
    ]);
    let s = summarize(&m, &notes(10, &[10], &[], &[]), Vec::new());
    assert_eq!(
        s.goal.as_deref(),
        Some("Do you have any details on the viewing?")
    );
    assert_eq!(s.goal_update, None);
    assert_eq!(
        s.bullets[0],
        "Goal (unanswered): Do you have any details on the viewing?"
    );
    // Before the viewing was booked, the request after the ride's booking was the goal.
    let s = summarize(&m[..7], &notes(7, &[], &[], &[]), Vec::new());
    assert_eq!(s.goal.as_deref(), Some("I need to get out of this place!"));
    // And before the ride was booked, the ride.
    let s = summarize(&m[..3], &notes(3, &[], &[], &[]), Vec::new());
    assert_eq!(s.goal.as_deref(), Some("I need a ride"));
}

/// What follows a task done is not always a new request: thanks leave the first request
/// the goal, and so does a failure ("Sorry, it's fully booked", "Lucca is booked at that
/// time") or an offer ("Shall I book it?"), which do not say it is done; and so do words that ask nothing of the
/// customer's own or say no (STAR star-1147's travel blog that "make you want to visit
/// the places", star-1918's "I didn't want to have to deal with it", star-2858's "Get
/// out thanks for nothing").
#[test]
fn the_first_request_stays_the_goal_when_nothing_new_is_asked_or_nothing_is_done() {
    for (bot, customer) in [
        ("Your table is booked.", "Thank you so much!"),
        ("Your table is booked.", "great"),
        (
            "Your table is booked.",
            "ugh this is so annoying. I didn't want to have to deal with it",
        ),
        ("Your table is booked.", "Get out thanks for nothing"),
        (
            "Your table is booked.",
            "I follow this travel blog, the photographs really make you want to visit the places.",
        ),
        (
            "Sorry, the restaurant is fully booked tonight.",
            "Can you check the weather in Detroit for me?",
        ),
        (
            "Lucca has a table, shall I book it?",
            "Can you check the weather in Detroit for me?",
        ),
        // The slot is taken: a refusal, not the table booked.
        (
            "Lucca is booked at that time.",
            "Can you check the weather in Detroit for me?",
        ),
        (
            "The venue is already booked.",
            "Can you check the weather in Detroit for me?",
        ),
        (
            "That slot is already booked.",
            "Can you check the weather in Detroit for me?",
        ),
        (
            "Sorry, 8pm is already booked.",
            "Can you check the weather in Detroit for me?",
        ),
        (
            "It's already booked. Would you like another time?",
            "Can you check the weather in Detroit for me?",
        ),
        // Regression: a bare "It's already booked." and a restriction read as done.
        (
            "It's already booked.",
            "Can you check the weather in Detroit for me?",
        ),
        (
            "Lucca is only reserved for members.",
            "Can you check the weather in Detroit for me?",
        ),
    ] {
        let m = messages(&[
            ("customer", "I need to book a table for two at Lucca"),
            ("bot", bot),
            ("customer", customer),
        ]);
        let s = summarize(&m, &notes(3, &[], &[], &[]), Vec::new());
        assert_eq!(
            s.goal.as_deref(),
            Some("I need to book a table for two at Lucca"),
            "{bot} → {customer}"
        );
    }
    let m = messages(&[
        ("customer", "I need to book a table for two at Lucca"),
        ("bot", "Your table is booked."),
        ("customer", "Can you check the weather in Detroit for me?"),
    ]);
    let s = summarize(&m, &notes(3, &[], &[], &[]), Vec::new());
    assert_eq!(
        s.goal.as_deref(),
        Some("Can you check the weather in Detroit for me?")
    );
}

/// Regression: "already booked" said to the customer ("Your table is already booked for
/// 7pm.", "Done, it's already booked for you.") read as a slot taken, a refusal, and the
/// customer's next request was not the goal; as after "Your table is booked for 7pm.",
/// it is.
#[test]
fn already_booked_for_the_customer_is_a_task_done() {
    for bot in [
        "Your table is booked for 7pm.",
        "Your table is already booked for 7pm.",
        "Done, it's already booked for you.",
    ] {
        let m = messages(&[
            ("customer", "I need to book a table for two at Lucca"),
            ("bot", bot),
            ("customer", "Can you also book a taxi there?"),
        ]);
        let s = summarize(&m, &notes(3, &[], &[], &[]), Vec::new());
        assert_eq!(
            s.goal.as_deref(),
            Some("Can you also book a taxi there?"),
            "{bot}"
        );
    }
}

/// A change of the request that was done is that request's update, not a new goal: "I
/// need to change the dates" after "Booked" says what the customer still wants of it.
#[test]
fn a_change_of_the_request_done_updates_it() {
    let m = messages(&[
        (
            "customer",
            "I'd like to reserve a room at the Hilton from May 1st to 20th.",
        ),
        (
            "bot",
            "OK, I've successfully completed this Hotel booking for you!",
        ),
        (
            "customer",
            "Ugh, so I need to change the dates to June 3 to 24.",
        ),
    ]);
    let s = summarize(&m, &notes(3, &[], &[], &[]), Vec::new());
    assert_eq!(
        s.goal.as_deref(),
        Some("I'd like to reserve a room at the Hilton from May 1st to 20th.")
    );
    assert_eq!(
        s.goal_update.as_deref(),
        Some("Ugh, so I need to change the dates to June 3 to 24.")
    );
}

/// A bot's words that only look like a task done leave the first request the goal: a
/// done word as an adjective ("two confirmed memberships", "your scheduled
/// appointments"), "when you're done"; and after a task done, a question pointing back
/// at it ("Can you confirm that?") is no request anew.
#[test]
fn words_that_only_look_like_a_task_done_leave_the_first_request() {
    for (first, bot, then) in [
        (
            "I want to cancel my gym membership.",
            "I see two confirmed memberships on your account, which one is it?",
            "How do I tell them apart?",
        ),
        (
            "I need to reschedule my dentist appointment.",
            "Let me pull up your scheduled appointments, could you give me your name?",
            "Can you look it up by my phone number?",
        ),
        (
            "I need a refund for order 5521.",
            "Tell me when you're done.",
            "Can you send me a label?",
        ),
        (
            "I need a ride to the airport at 5pm.",
            "Ride booked.",
            "Can you confirm that?",
        ),
        (
            "I need a ride to the airport at 5pm.",
            "Ride booked.",
            "Great, can you check it?",
        ),
    ] {
        let m = messages(&[("customer", first), ("bot", bot), ("customer", then)]);
        let s = summarize(&m, &notes(3, &[], &[], &[]), Vec::new());
        assert_eq!(s.goal.as_deref(), Some(first), "{bot} / {then}");
    }
}
