//! Known problems of packet summaries (session 38, fix round): each → the summary of a
//! short conversation that had it, read through `summarize` as a packet is: a sincere
//! "Thanks for nothing else" read as sarcasm, a problem stated in another sentence of
//! the request missed, and a bare "No, X." read as a correction where X is an everyday
//! word, a person or who the customer is.

use super::*;

const CARD: &str = "Can you activate my new card?";
const ACTIVATED: &str = "Done, your card has been activated.";

/// Regression: "Thanks for nothing else" (or "… going wrong", "… being complicated")
/// is sincere, no sarcasm: the request after it is the goal, not the task done. Only
/// "Thanks for nothing" as a whole clause (or "nothing but …") disputes the task.
#[test]
fn thanks_for_nothing_else_is_sincere() {
    for (reply, goal) in [
        (
            "Thanks for nothing else, it works great. I want to speak to a human about a loan",
            "I want to speak to a human about a loan",
        ),
        (
            "Thanks for nothing going wrong, I want to speak to a human about my mortgage",
            "I want to speak to a human about my mortgage",
        ),
        (
            "Thanks for nothing being complicated! I want to speak to a human",
            "I want to speak to a human",
        ),
        (
            "Thanks for nothing else. I want to speak to a human",
            "I want to speak to a human",
        ),
        // Sarcasm: the task done did not help.
        ("Thanks for nothing. Agent please", CARD),
        (
            "Thanks for nothing but headaches. I want to speak to a human",
            CARD,
        ),
        ("Thanks for nothing, I want to speak to a human", CARD),
    ] {
        let s = summary_of(&[("customer", CARD), ("bot", ACTIVATED), ("customer", reply)]);
        assert_eq!(s.goal.as_deref(), Some(goal), "{reply}");
    }
}

/// Regression: after a task done, a request whose problem is in another sentence of its
/// message ("Can you fix my app? It won't load") lost "Still not working." as its
/// update: the message, all its sentences, states the problem.
#[test]
fn a_problem_stated_beside_the_request_may_persist() {
    for (request, goal) in [
        ("Can you fix my app? It won't load", "Can you fix my app?"),
        (
            "My app won't load. Can you fix my app?",
            "Can you fix my app?",
        ),
        (
            "Can you reset my PIN too? It says invalid PIN",
            "Can you reset my PIN too?",
        ),
    ] {
        let s = summary_of(&[
            ("customer", CARD),
            ("bot", ACTIVATED),
            ("customer", request),
            ("bot", "Try reinstalling."),
            ("customer", "Still not working. I want to speak to a human"),
        ]);
        assert_eq!(s.goal.as_deref(), Some(goal), "{request}");
        assert_eq!(
            s.goal_update.as_deref(),
            Some("Still not working."),
            "{request}"
        );
    }
    // A request that states no problem still gives none.
    let s = summary_of(&[
        ("customer", CARD),
        ("bot", ACTIVATED),
        ("customer", "Can you also check my balance? Thanks"),
        ("bot", "Your balance is $20."),
        ("customer", "Still not working. I want to speak to a human"),
    ]);
    assert_eq!(s.goal_update, None);
}

/// Regression: a bare "No, X." with X a capitalised everyday word ("No, Never.", "No,
/// Human.") was read as a correction, and so was a person's name for a place ("No,
/// Mark." after "Booking to Spain for 2 people?") or for who the customer is (after
/// "Are you John?"). A place for the place the bot named, and a number, still correct.
#[test]
fn a_bare_no_corrects_only_a_place_or_a_detail_the_bot_echoed() {
    const SPAIN: &str = "Book me a holiday in Spain";
    let update = |goal: &str, bot: &str, reply: &str| {
        summary_of(&[
            ("customer", goal),
            ("bot", bot),
            ("customer", reply),
            ("bot", "Sorry."),
            ("customer", "I want to speak to a human"),
        ])
        .goal_update
    };
    for reply in [
        "No, Never.",
        "No, Seriously.",
        "No, Nothing.",
        "No, Stop.",
        "No, Agent.",
        "No, Really.",
    ] {
        assert_eq!(update(SPAIN, "Booking to Spain?", reply), None, "{reply}");
    }
    let luigi = "Book me a table at Luigi's for 7pm";
    assert_eq!(update(luigi, "Booking Luigi's at 7pm?", "No, Human."), None);
    assert_eq!(
        update("Book a table for John at 7pm", "Are you John?", "No, Mark."),
        None
    );
    let people = "Book me a holiday in Spain for 2 people";
    let bot = "Booking to Spain for 2 people?";
    assert_eq!(update(people, bot, "No, Mark."), None);
    // Without the full stop (session 39).
    assert_eq!(update(people, bot, "No, 4.").as_deref(), Some("4"));
    assert_eq!(
        update(SPAIN, "Booking to Spain?", "No, Italy.").as_deref(),
        Some("Italy")
    );
}

/// Regression: "Could somebody from your team call me back on 555-123-4567?" was not
/// read as a call back: the task after it is the goal.
#[test]
fn a_call_back_from_someone_of_the_team_is_a_request_for_a_person() {
    const TASK: &str = "I need to cancel my subscription";
    let s = summary_of(&[
        (
            "customer",
            "Could somebody from your team call me back on 555-123-4567?",
        ),
        ("bot", "Sorry."),
        ("customer", TASK),
        ("bot", "Sorry."),
        ("customer", "I want to speak to a human"),
    ]);
    assert_eq!(s.goal.as_deref(), Some(TASK));
}
