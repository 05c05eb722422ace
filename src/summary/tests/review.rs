//! A review of packet summaries (session 35): each wrong output it found → the
//! summary of a short conversation that had it, read through `summarize` as a packet
//! is. A request must never be lost: the second request of a correction, a gift after a
//! task done, and the request after an advice question each stay in the summary.

use super::*;

/// Regression: "No Friday works, I need Saturday instead" was the update, its "No"
/// quoted (a correction written without a comma: read "No, Friday works" it says the
/// opposite of "no Friday works"). The clause is read neither way: the update is what
/// follows. Alone, the sentence stays whole.
#[test]
fn a_declined_detail_before_a_comma_leaves_the_update_what_follows() {
    let table = "I need a table for two at Lucca on Friday at 7pm";
    let s = summary_of(&[
        ("customer", table),
        ("bot", "Which day works for you?"),
        ("customer", "No Friday works, I need Saturday instead"),
    ]);
    assert_eq!(s.goal.as_deref(), Some(table));
    assert_eq!(s.goal_update.as_deref(), Some("I need Saturday instead"));
    // After the bot said the table was booked: the table stays the goal.
    let s = summary_of(&[
        ("customer", table),
        ("bot", "Your table at Lucca is booked for Friday at 7pm."),
        ("customer", "No Friday works, I need Saturday at 7pm"),
    ]);
    assert_eq!(s.goal.as_deref(), Some(table));
    assert_eq!(s.goal_update.as_deref(), Some("I need Saturday at 7pm"));
    let s = summary_of(&[
        ("customer", table),
        ("bot", "Which day works for you?"),
        (
            "customer",
            "No Friday works for us anymore, Saturday instead please",
        ),
    ]);
    assert_eq!(s.goal_update.as_deref(), Some("Saturday instead please"));
}

/// Regression: "Hmm, should I bring an umbrella?" was the goal before the request
/// after it; advice on the customer's own doing is no task. It stays the goal when
/// nothing else is asked, or only for a person.
#[test]
fn an_advice_question_gives_way_to_a_request() {
    let s = summary_of(&[
        ("customer", "hmm, should I bring an umbrella?"),
        ("bot", "It will rain tonight."),
        ("customer", "I need a taxi to the airport at 6pm"),
    ]);
    assert_eq!(
        s.goal.as_deref(),
        Some("I need a taxi to the airport at 6pm")
    );
    for closer in ["Thanks", "I want to talk to a human"] {
        let s = summary_of(&[
            ("customer", "Should I bring an umbrella tonight?"),
            ("bot", "It will rain tonight."),
            ("customer", closer),
        ]);
        assert_eq!(
            s.goal.as_deref(),
            Some("Should I bring an umbrella tonight?"),
            "{closer}"
        );
    }
}

/// Regression: "I also need to get a gift for her" after a task done was no request
/// anew ("I also need" is no "I need"); the table booked was the goal.
#[test]
fn a_need_said_with_also_after_a_task_done_is_the_goal() {
    for (said, goal) in [
        (
            "I also need to get a gift for her",
            "I also need to get a gift for her",
        ),
        ("I need to get a gift", "I need to get a gift"),
        (
            "I'd also like a cake for the table.",
            "I'd also like a cake for the table.",
        ),
    ] {
        let s = summary_of(&[
            ("customer", "I need a table for two at Lucca tonight"),
            ("bot", "Your table is booked for 7pm."),
            ("customer", said),
        ]);
        assert_eq!(s.goal.as_deref(), Some(goal), "{said}");
    }
}

/// Regression: a second request after a correction was lost ("No, Saturday. I also
/// need a manicure"; "No, savings not checking. And please freeze my credit card"):
/// the goal stayed the request met, and nothing said the new one. Then the new one
/// became the goal, and the correction was lost: the goal stays the request met, the
/// reply (correction and request anew) its update.
#[test]
fn a_request_after_a_correction_is_kept() {
    for (first, done, reply, update) in [
        (
            "I need a table for two on Friday",
            "Your table for two is booked for Friday at 7pm.",
            "No, Saturday. I also need a manicure",
            "Saturday. I also need a manicure",
        ),
        (
            "I need a table for two on Friday",
            "Your table for two is booked for Friday at 7pm.",
            "No, Saturday. And please book me a manicure too",
            "Saturday. And please book me a manicure too",
        ),
        (
            "Move $200 from checking to savings please",
            "Your transfer of $200 from checking to savings is completed.",
            "No, savings not checking. And please freeze my credit card",
            "Savings not checking. And please freeze my credit card",
        ),
    ] {
        let s = summary_of(&[("customer", first), ("bot", done), ("customer", reply)]);
        assert_eq!(s.goal.as_deref(), Some(first), "{reply}");
        assert_eq!(s.goal_update.as_deref(), Some(update), "{reply}");
    }
    // The review's words: "Done, I've transferred …" is a task done (session 36; it
    // was read as none): the correction and the request after it are the update, as
    // above. The request joined by "And please" does not take the goal.
    let first = "Move $200 from checking to savings please";
    let s = summary_of(&[
        ("customer", first),
        (
            "bot",
            "Done, I've transferred $200 from checking to savings.",
        ),
        (
            "customer",
            "No, savings not checking. And please freeze my credit card",
        ),
    ]);
    assert_eq!(s.goal.as_deref(), Some(first));
    assert_eq!(
        s.goal_update.as_deref(),
        Some("Savings not checking. And please freeze my credit card")
    );
}

/// Regression: "No Friday works better, can you do 3pm?" picks a day, and "No 3pm is
/// too early, …" gives a reason: each was cut to what follows its comma ("Can you do
/// 3pm?"). Only a clause that declines ("No Friday works, …") is.
#[test]
fn a_clause_that_picks_or_gives_a_reason_stays_whole() {
    for (first, bot, said) in [
        (
            "Can I book a haircut?",
            "Would you prefer Saturday?",
            "No Friday works better, can you do 3pm?",
        ),
        (
            "I want to book a massage",
            "Would Monday suit you?",
            "No Tuesday suits me, can you do 10am?",
        ),
        (
            "Can I book a haircut for Friday?",
            "Is Friday at 3pm ok?",
            "No 3pm is too early, can you do 5pm?",
        ),
    ] {
        let s = summary_after_fallback(&[
            ("customer", first),
            ("bot", bot),
            ("customer", said),
            ("bot", "Sorry, I didn't get that."),
        ]);
        assert_eq!(s.open_questions, [said]);
    }
}

/// Regression: "I can still cancel for free, you know what I mean?" left the questions
/// still open: a tag after what the customer may do asks for it to be confirmed.
#[test]
fn a_tag_question_asking_to_confirm_stays_open() {
    let said = "I can still cancel for free, you know what I mean?";
    let s = summary_after_fallback(&[
        ("customer", "I want to cancel my reservation at the Hilton"),
        ("bot", "Sure, what is the reservation number?"),
        ("customer", said),
        ("bot", "Sorry, I didn't get that."),
    ]);
    assert_eq!(s.open_questions, [said]);
}

/// Regression: the update quoted "No, I said the 5th, can you change it?" while the
/// questions still open showed "I said the 5th, can you change it?": both are shown
/// without the answering "No".
#[test]
fn a_correction_is_shown_alike_as_update_and_as_question_still_open() {
    let s = summary_after_fallback(&[
        ("customer", "I need a ride on the 5th"),
        ("bot", "Your ride is booked for the 4th."),
        ("customer", "No, I said the 5th, can you change it?"),
        ("bot", "Sorry, I didn't get that."),
    ]);
    let shown = "I said the 5th, can you change it?";
    assert_eq!(s.goal.as_deref(), Some("I need a ride on the 5th"));
    assert_eq!(s.goal_update.as_deref(), Some(shown));
    assert_eq!(s.open_questions, [shown]);
}
