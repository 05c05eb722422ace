//! A fourth review of packet summaries (session 37): each wrong output it found → the
//! summary of a short conversation that had it, read through `summarize` as a packet
//! is: a request for a person taking the goal, a correction after "Done" lost, a
//! problem that persists taken for the goal, a "But" kept, a customer's own "Done", and
//! "being" undoing a task done.

use super::*;

/// Regression: "Please book me a table …" (a weak request) lost the goal to a request
/// for a person among the first three messages, before or after it; the request for a
/// person says why the conversation escalates, not what for. Alone it is still the
/// goal, and so is a clear request after it.
#[test]
fn a_request_for_a_person_does_not_take_the_goal_from_the_task() {
    const TABLE: &str = "Please book me a table at Lucca for 7pm.";
    for turns in [
        &[
            ("customer", "Hi"),
            ("customer", TABLE),
            ("customer", "Can I talk to a human?"),
        ][..],
        &[("customer", "Can I talk to a human?"), ("customer", TABLE)],
        &[
            ("customer", TABLE),
            ("bot", "Which day?"),
            ("customer", "I want to speak to a real person"),
        ],
    ] {
        let s = summary_of(turns);
        assert_eq!(s.goal.as_deref(), Some(TABLE), "{turns:?}");
    }
    // A problem stated ("I was double charged") does too, though a feeling or a
    // complaint about waiting does not (a fifth review; session 39 told them apart:
    // `problem::states_problem`).
    let s = summary_of(&[(
        "customer",
        "Can you transfer me to an agent please. I was double charged for my order.",
    )]);
    assert_eq!(
        s.goal.as_deref(),
        Some("I was double charged for my order.")
    );
    let s = summary_of(&[(
        "customer",
        "Can I speak to someone? I need to cancel my subscription.",
    )]);
    assert_eq!(s.goal.as_deref(), Some("I need to cancel my subscription."));
    let s = summary_of(&[("customer", "I want to talk to a human")]);
    assert_eq!(s.goal.as_deref(), Some("I want to talk to a human"));
}

/// Regression: a correction after the bot's "Done" whose detail is a word neither the
/// task done nor the request named ("mate", "100GB", "Portugal") was read as nothing:
/// the packet read as if the task was done right. The correction is the goal's update.
#[test]
fn a_correction_with_a_new_word_after_done_is_the_update() {
    for (request, done, reply, update) in [
        (
            "I need a ride to the airport at 5pm.",
            "Done, your ride is booked for 5pm.",
            "Nah mate, it's 6pm",
            "It's 6pm",
        ),
        (
            "I want to upgrade to the 100GB plan.",
            "Done, I've upgraded you to the 50GB plan.",
            "No, the 100GB one, not 50GB",
            "The 100GB one, not 50GB",
        ),
        (
            "Can you upgrade my data plan?",
            "Done, you are now on the 50GB plan.",
            "No, the 100GB one, not 50GB",
            "The 100GB one, not 50GB",
        ),
        (
            "Book me a holiday in Spain please.",
            "Done, your trip to Spain is booked.",
            "No, Portugal not Spain",
            "Portugal not Spain",
        ),
        (
            "Book me a holiday in Spain please.",
            "Done, your trip to Spain is booked.",
            "No, not Spain, Portugal",
            "Not Spain, Portugal",
        ),
    ] {
        let s = summary_of(&[("customer", request), ("bot", done), ("customer", reply)]);
        assert_eq!(s.goal.as_deref(), Some(request), "{reply}");
        assert_eq!(s.goal_update.as_deref(), Some(update), "{reply}");
        assert!(s.bullets[0].contains(update), "{:?}", s.bullets);
    }
    // A "No" that declines, or says nothing of what was done, is no correction.
    for reply in ["No, thanks not now", "No, it's fine", "No, 50GB is fine"] {
        let s = summary_of(&[
            ("customer", "I want to upgrade to the 100GB plan."),
            (
                "bot",
                "Done, I've upgraded you to the 50GB plan. Anything else?",
            ),
            ("customer", reply),
        ]);
        assert_eq!(s.goal_update, None, "{reply}");
    }
}

/// Regression: "No, it's still not working" was the goal (a request, by "not
/// working"), where it says the request before it is not met; after a task done it
/// was read as nothing. The goal stays; the problem that persists is its update.
#[test]
fn a_problem_that_persists_keeps_the_goal_and_is_noted() {
    for (first, bot, reply, update) in [
        (
            "My wifi is down.",
            "Try restarting the router.",
            "No, it's still not working.",
            "It's still not working.",
        ),
        (
            "My card doesn't work at the shop.",
            "Done, your card has been activated.",
            "No, it's still not working.",
            "It's still not working.",
        ),
        (
            "My card doesn't work at the shop.",
            "Done, your card has been activated.",
            "No, the card still doesn't work",
            "The card still doesn't work",
        ),
        (
            "My card doesn't work at the shop.",
            "Done, your card has been activated.",
            "That didn't work.",
            "That didn't work.",
        ),
    ] {
        let s = summary_of(&[("customer", first), ("bot", bot), ("customer", reply)]);
        assert_eq!(s.goal.as_deref(), Some(first), "{reply}");
        assert_eq!(s.goal_update.as_deref(), Some(update), "{reply}");
    }
    // A request for a person after the dispute leaves both.
    let s = summary_of(&[
        ("customer", "My card doesn't work at the shop."),
        ("bot", "Done, your card has been activated."),
        ("customer", "No, it still declines"),
        ("customer", "I want a human"),
    ]);
    assert_eq!(s.goal.as_deref(), Some("My card doesn't work at the shop."));
    assert_eq!(s.goal_update.as_deref(), Some("It still declines"));
    // Of another thing than the goal, it is no note of the goal (STAR star-5331: "My
    // driver still isn't here" after a restaurant asked for).
    let s = summary_of(&[
        ("customer", "I'd like to find a restaurant."),
        ("bot", "Lucca is open."),
        ("customer", "My driver still isn't here."),
    ]);
    assert_eq!(s.goal.as_deref(), Some("I'd like to find a restaurant."));
    assert_eq!(s.goal_update, None);
}

/// Regression: "No thanks, but how do I …" left "But how do I …?" as the goal and the
/// question still open.
#[test]
fn a_but_after_the_opening_is_stripped() {
    let s = summary_of(&[
        ("customer", "I need to reset my password."),
        ("bot", "Done, I've sent you a reset link. Anything else?"),
        ("customer", "No thanks, but how do I change my email?"),
    ]);
    assert_eq!(s.goal.as_deref(), Some("How do I change my email?"));
    assert_eq!(s.open_questions, ["How do I change my email?"]);
}

/// Regression: the customer's own "Done" ("Done, I've paid it", "Done, now how do I
/// …?") was read as nothing and kept in what followed it. It confirms a step the bot
/// asked for: no task the bot did (the request before it stays the goal, a request
/// after it no request anew) and no part of the question after it.
#[test]
fn a_customer_s_own_done_confirms_a_step() {
    const BILL: &str = "How do I pay my bill?";
    for (reply, open) in [
        ("Done, I've paid it", None),
        ("done. what next?", None),
        (
            "Done, now how do I download the receipt?",
            Some("Now how do I download the receipt?"),
        ),
        (
            "Done. Can you also check my balance?",
            Some("Can you also check my balance?"),
        ),
    ] {
        let s = summary_of(&[
            ("customer", BILL),
            (
                "bot",
                "Go to Billing and click Pay, then tell me when done.",
            ),
            ("customer", reply),
        ]);
        assert_eq!(s.goal.as_deref(), Some(BILL), "{reply}");
        assert_eq!(s.open_questions.last().map(String::as_str), open, "{reply}");
    }
}

/// Regression: "being" anywhere in the bot's statement undid its done word ("Your ride
/// is booked, it's being prepared" read as nothing done), so the request made after
/// it was not the goal.
#[test]
fn being_of_another_word_leaves_the_task_done() {
    let s = summary_of(&[
        ("customer", "I need a ride to the airport."),
        ("bot", "Your ride is booked, it's being prepared."),
        ("customer", "Can you check the weather in Denver?"),
    ]);
    assert_eq!(
        s.goal.as_deref(),
        Some("Can you check the weather in Denver?")
    );
    let s = summary_of(&[
        ("customer", "I need a ride to the airport."),
        ("bot", "Your ride is being booked."),
        ("customer", "Can you check the weather in Denver?"),
    ]);
    assert_eq!(s.goal.as_deref(), Some("I need a ride to the airport."));
}

/// Regression (a fifth review): once a task could beat a request for a person, any
/// other sentence beside it did: a feeling, a complaint about waiting or bots, "I have
/// a question", contact details, an apology or an introduction took the goal. Only a
/// task does; those leave the request for a person the goal.
#[test]
fn only_a_task_beside_a_request_for_a_person_takes_the_goal() {
    const HUMAN: &str = "Can I talk to a human?";
    for other in [
        "I'm so tired of bots.",
        "I've been waiting for an hour.",
        "I am really angry right now.",
        "I don't like talking to robots.",
        "I have a question.",
        "I've got a quick question.",
        "My phone number is 555-123-4567.",
    ] {
        let s = summary_of(&[("customer", &format!("{HUMAN} {other}"))]);
        assert_eq!(s.goal.as_deref(), Some(HUMAN), "{other}");
        let s = summary_of(&[("customer", other), ("customer", HUMAN)]);
        assert_eq!(s.goal.as_deref(), Some(HUMAN), "{other} before");
    }
    for first in [
        "I'm really sorry to bother you",
        "Hello, I'm calling from Acme",
        "I'm so tired of bots",
    ] {
        let s = summary_of(&[
            ("customer", first),
            ("customer", "I want to speak to a human"),
        ]);
        assert_eq!(
            s.goal.as_deref(),
            Some("I want to speak to a human"),
            "{first}"
        );
    }
    // A task says what: "I have a question about my bill" names it.
    let s = summary_of(&[(
        "customer",
        "Can I talk to a human? I have a question about my bill.",
    )]);
    assert_eq!(s.goal.as_deref(), Some("I have a question about my bill."));
    // Without a request for a person, "I have a question" yields to what follows it.
    let s = summary_of(&[("customer", "I have a question. My card was charged twice.")]);
    assert_eq!(s.goal.as_deref(), Some("My card was charged twice."));
    let s = summary_of(&[("customer", "I have a question.")]);
    assert_eq!(s.goal.as_deref(), Some("I have a question."));
}

/// Regression (a fifth review): "No, not the 100GB, 50GB is right" after "Done, you're
/// now on the 50GB plan" read as a correction; a "No" whose last clause says what was
/// done is right confirms it. One that says a new detail is right still corrects.
#[test]
fn a_no_that_says_the_task_done_is_right_is_no_correction() {
    const PLAN: &str = "I want to upgrade to the 50GB plan";
    const DONE: &str = "Done, you're now on the 50GB plan. Anything else?";
    for reply in [
        "No, not the 100GB, 50GB is right",
        "No, not the 100GB, 50GB is correct",
        "Nope, 50GB is perfect",
        "No, not 100GB, the 50GB one is good",
    ] {
        let s = summary_of(&[("customer", PLAN), ("bot", DONE), ("customer", reply)]);
        assert_eq!(s.goal.as_deref(), Some(PLAN), "{reply}");
        assert_eq!(s.goal_update, None, "{reply}");
    }
    for (reply, update) in [
        ("No, not 50GB, 100GB is right", "Not 50GB, 100GB is right"),
        ("No, 50GB is not right, 100GB", "50GB is not right, 100GB"),
    ] {
        let s = summary_of(&[("customer", PLAN), ("bot", DONE), ("customer", reply)]);
        assert_eq!(s.goal_update.as_deref(), Some(update), "{reply}");
    }
}
