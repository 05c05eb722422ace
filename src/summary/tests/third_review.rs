//! A third review of packet summaries (session 36): each wrong output it found → the
//! summary of a short conversation that had it, read through `summarize` as a packet
//! is: a bank's explanation read as a task done, a "No" disputing a task done, a
//! scam checked with a tag question.

use super::*;

/// Regression: a bank's explanation ("Your card is blocked because …") was read as a
/// task done, and the request for a person after it took the goal from the
/// customer's question. Only "Done" opening the bot's message says a task is done.
#[test]
fn a_bank_explanation_is_no_task_done() {
    for (question, explained) in [
        (
            "Why is my card not working?",
            "Your card is blocked because we detected unusual activity.",
        ),
        (
            "Has my payment gone through?",
            "Your payment was processed yesterday.",
        ),
        (
            "What happened to my SIM?",
            "Your SIM was blocked after three wrong PINs.",
        ),
        (
            "Is my subscription still active?",
            "Your subscription was renewed on the 1st.",
        ),
        (
            "Why can't I pay with my card?",
            "Your card is activated already.",
        ),
        (
            "Why can't I pay with my card?",
            "Your card will be blocked in 24 hours.",
        ),
        (
            "How do I activate my card?",
            "Your card can be activated in the app.",
        ),
        (
            "Why can't I pay with my card?",
            "Your card has been unblocked.",
        ),
    ] {
        let s = summary_of(&[
            ("customer", question),
            ("bot", explained),
            ("customer", "I want to speak to a human"),
        ]);
        assert_eq!(s.goal.as_deref(), Some(question), "{explained}");
    }
}

/// Regression: "No, it still declines" after "Done, your card has been activated." is
/// a dispute, not a new request: the request for a person after it left the goal
/// "I want to speak to a human". After a "Done" that asks ("Anything else?") a "Nope"
/// that closes answers it, and the request for a person is read as before; a "No" that
/// disputes still does ("No, it still declines", found lost by a third review).
#[test]
fn a_no_disputing_a_task_done_keeps_the_goal() {
    let activate = "Activate my new card please";
    for (done, reply, goal) in [
        (
            "Done, your card has been activated.",
            "No, it still declines",
            activate,
        ),
        ("Done.", "No, it still declines", activate),
        (
            "Done, your card has been activated. Anything else?",
            "Nope, that's all",
            "I want to speak to a human",
        ),
        (
            "Done, your card has been activated.",
            "Thanks",
            "I want to speak to a human",
        ),
        // A third review: a "No" that disputes still does after a "Done" that asks.
        (
            "Done, your card has been activated. Anything else?",
            "No, it still declines",
            activate,
        ),
        (
            "Done, your card has been activated. Is there anything else I can help with?",
            "No, it still shows as inactive in the app",
            activate,
        ),
        (
            "Done, your card has been activated. Anything else?",
            "No",
            "I want to speak to a human",
        ),
        (
            "Done, your card has been activated. Anything else?",
            "No thanks",
            "I want to speak to a human",
        ),
    ] {
        let s = summary_of(&[
            ("customer", activate),
            ("bot", done),
            ("customer", reply),
            ("customer", "I want to speak to a human"),
        ]);
        assert_eq!(s.goal.as_deref(), Some(goal), "{done} / {reply}");
    }
}

/// Regression: "So that's a scam, right?" was dropped from the questions still open as
/// a judgement's tag; a bank customer checking a scam asks a real question.
#[test]
fn a_scam_checked_with_a_tag_stays_open() {
    for asked in [
        "So that's a scam, right?",
        "That's a scam, right?",
        "That's a joke, right?",
    ] {
        let s = summary_after_fallback(&[
            (
                "customer",
                &format!("I got a text asking for my PIN. {asked}"),
            ),
            ("bot", "Sorry, I didn't get that."),
        ]);
        assert_eq!(s.open_questions, vec![asked.to_string()], "{asked}");
    }
}
