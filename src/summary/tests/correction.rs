//! A "No" right after the bot said a task was done: one that corrects the task done
//! keeps the request met as the goal, the correction its update; one followed by
//! another request leaves that request the goal.

use super::*;

const RIDE: &str = "I need a ride to the airport on the 4th.";
const RIDE_DONE: &str = "Your ride to the airport is booked for the 4th at 5pm.";

fn summary_after(first: &str, done: &str, reply: &str) -> Summary {
    let m = messages(&[("customer", first), ("bot", done), ("customer", reply)]);
    summarize(&m, &notes(3, &[], &[], &[]), Vec::new())
}

/// Regression: "No, I said the 5th, can you change it?" after "Your ride … is booked
/// for the 4th" was the goal, a request anew, and the ride asked for was gone; it
/// corrects the ride, which stays the goal, the correction its update (shown without
/// its "No", as a question still open is).
#[test]
fn a_no_that_corrects_the_task_done_updates_the_request_met() {
    for (reply, update) in [
        (
            "No, I said the 5th, can you change it?",
            "I said the 5th, can you change it?",
        ),
        ("No I said the 5th", "I said the 5th"),
        ("No, the 5th", "The 5th"),
        (
            "No that's not right. I wanted it on the 5th.",
            "That's not right. I wanted it on the 5th.",
        ),
        // "Nope" is stripped as "No" is (a review found it kept).
        ("Nope, 6pm not 5pm", "6pm not 5pm"),
        ("nope, I said the 5th", "I said the 5th"),
        ("Nah, the 5th", "The 5th"),
    ] {
        let s = summary_after(RIDE, RIDE_DONE, reply);
        assert_eq!(s.goal.as_deref(), Some(RIDE), "{reply}");
        assert_eq!(s.goal_update.as_deref(), Some(update), "{reply}");
        assert_eq!(s.bullets[0], format!("Goal: {RIDE} Then: {update}"));
    }
}

/// The review's requests after a task done, which two earlier fixes lost: a "No"
/// followed by another request ("also", "another", a new thing: a taxi, a hotel, the
/// weather) leaves that request the goal.
#[test]
fn a_no_before_another_request_leaves_that_request_the_goal() {
    for (reply, goal) in [
        (
            "No, can you also book me a hotel?",
            "Can you also book me a hotel?",
        ),
        (
            "No, can you also book me a hotel for the 5th?",
            "Can you also book me a hotel for the 5th?",
        ),
        ("Nope, can you book me a taxi?", "Can you book me a taxi?"),
        (
            "No I need a taxi to the restaurant",
            "I need a taxi to the restaurant",
        ),
        (
            "No I need a taxi to the restaurant at 6pm",
            "I need a taxi to the restaurant at 6pm",
        ),
        (
            "No. Can you check the weather for the 4th?",
            "Can you check the weather for the 4th?",
        ),
        (
            "No, I need another ride on the 5th",
            "I need another ride on the 5th",
        ),
        (
            "No, can you book the Hilton for the 5th?",
            "Can you book the Hilton for the 5th?",
        ),
        (
            // The correction and the request after it are the update (a review).
            "No, I said the 5th. Also can you book me a hotel?",
            "I need a ride to the airport on the 4th.",
        ),
        (
            "I need to get the gift I ordered delivered by the 5th.",
            "I need to get the gift I ordered delivered by the 5th.",
        ),
        (
            "No, that's all. Actually, can you book me a taxi?",
            "Actually, can you book me a taxi?",
        ),
    ] {
        let s = summary_after(RIDE, RIDE_DONE, reply);
        assert_eq!(s.goal.as_deref(), Some(goal), "{reply}");
    }
}

/// The request met is the goal when the bot said it was done: after two tasks done, a
/// correction of the second updates the second, not the first.
#[test]
fn a_correction_updates_the_request_met_last() {
    let m = messages(&[
        ("customer", RIDE),
        ("bot", RIDE_DONE),
        ("customer", "Can you book me a table for two at Lucca?"),
        ("bot", "Your table for 2 at Lucca is booked for 7pm."),
        ("customer", "No, 8pm please"),
    ]);
    let s = summarize(&m, &notes(5, &[], &[], &[]), Vec::new());
    assert_eq!(
        s.goal.as_deref(),
        Some("Can you book me a table for two at Lucca?")
    );
    assert_eq!(s.goal_update.as_deref(), Some("8pm please"));
}

/// A request anew after the correction, before the bot says anything is done, is the
/// goal, as after any task done.
#[test]
fn a_request_after_the_correction_is_the_goal() {
    let m = messages(&[
        ("customer", RIDE),
        ("bot", RIDE_DONE),
        ("customer", "No, I said the 5th"),
        ("bot", "Sorry about that, let me fix it."),
        ("customer", "Can you also book me a hotel in Denver?"),
    ]);
    let s = summarize(&m, &notes(5, &[], &[], &[]), Vec::new());
    assert_eq!(
        s.goal.as_deref(),
        Some("Can you also book me a hotel in Denver?")
    );
}

/// Regression (a review): "I want to talk to a human" after the correction was the
/// goal, a request anew, and the ride and its correction were gone. A request for a
/// person is no request anew here: the ride stays the goal, the correction its update.
#[test]
fn a_request_for_a_person_after_the_correction_leaves_the_request_met() {
    for closer in [
        "I want to talk to a human",
        "Can I talk to a real person please?",
        "I want a human, this bot is useless",
    ] {
        let m = messages(&[
            ("customer", RIDE),
            ("bot", RIDE_DONE),
            ("customer", "No, I said the 5th, can you change it?"),
            ("customer", closer),
        ]);
        let s = summarize(&m, &notes(4, &[], &[], &[]), Vec::new());
        assert_eq!(s.goal.as_deref(), Some(RIDE), "{closer}");
        assert_eq!(
            s.goal_update.as_deref(),
            Some("I said the 5th, can you change it?"),
            "{closer}"
        );
    }
}
