//! Known problems of packet summaries (session 39): each → the summary of a short
//! conversation that had it, read through `summarize` as a packet is: a request for a
//! person taken as the goal beside the problem the customer stated, and a bare "No, X."
//! after the bot named a place read wrong (a person's name taken for a place, a place
//! that is also a common word or written in lower case missed, the trailing full stop
//! kept).

use super::*;

/// The summary of `turns`, no message noted.
fn summary_of(turns: &[(&str, &str)]) -> Summary {
    let m = messages(turns);
    summarize(&m, &notes(turns.len(), &[], &[], &[]), Vec::new())
}

/// Regression: a problem stated beside a request for a person, in the same sentence
/// or an earlier message, lost the goal to the request; the request says why the
/// conversation escalates, the problem what for. Alone, the request is still the goal,
/// and a feeling beside it is no problem.
#[test]
fn the_problem_stated_beside_a_request_for_a_person_is_the_goal() {
    for (turns, goal) in [
        (
            &[("customer", "I was double charged, let me talk to a human")][..],
            "I was double charged",
        ),
        (
            &[
                ("customer", "My app will not load."),
                ("bot", "Sorry to hear that. What can I do?"),
                ("customer", "Can a human call me back?"),
            ],
            "My app will not load.",
        ),
        (
            &[
                ("customer", "Can I talk to a human?"),
                ("bot", "What is it about?"),
                ("customer", "My card was declined at the store."),
            ],
            "My card was declined at the store.",
        ),
        (
            &[(
                "customer",
                "Let me speak to a person, I can't log in to my account",
            )],
            "I can't log in to my account",
        ),
        (
            &[("customer", "I want to talk to a human")],
            "I want to talk to a human",
        ),
        (
            &[
                ("customer", "I've been waiting for an hour."),
                ("customer", "Can a human call me back?"),
            ],
            "Can a human call me back?",
        ),
        (
            &[(
                "customer",
                "Thanks for nothing, let me talk to a real person",
            )],
            "Let me talk to a real person",
        ),
    ] {
        let s = summary_of(turns);
        assert_eq!(s.goal.as_deref(), Some(goal), "{turns:?}");
    }
}

/// The goal's update after `bot`, the bot's message after the request `goal`, and the
/// customer's `reply` to it, before a request for a person.
fn update(goal: &str, bot: &str, reply: &str) -> Option<String> {
    summary_of(&[
        ("customer", goal),
        ("bot", bot),
        ("customer", reply),
        ("bot", "OK."),
        ("customer", "I want to talk to a human"),
    ])
    .goal_update
}

/// Regression: after "Booking to Spain?", "No, Jones." gave the update "Jones." (a
/// person's name for a place, with its full stop); "No, China." and "No, Turkey." (places
/// that are common words), "No, portugal." (in lower case) and "No, Portugal." after a
/// bot that named Spain without a word of place before it gave none. A known place
/// corrects the place the bot named, in any case but a common word's, shown without
/// the marks after it; a word alone that is no known place may be a person's and does
/// not; "No, thanks." and "No, never mind." still decline.
#[test]
fn a_bare_no_corrects_a_place_with_a_place_not_a_person() {
    const SPAIN: &str = "Book me a holiday in Spain please.";
    for (bot, reply, detail) in [
        ("Booking to Spain?", "No, China.", "China"),
        ("Booking to Spain?", "No, Turkey.", "Turkey"),
        ("Booking to Spain?", "No, portugal.", "Portugal"),
        ("Booking to Spain?", "No, Portugal.", "Portugal"),
        ("Booking to Spain?", "Nope, New York!", "New York"),
        ("Spain, is that right?", "No, Portugal.", "Portugal"),
        ("Your Spain holiday?", "No, Portugal.", "Portugal"),
    ] {
        assert_eq!(
            update(SPAIN, bot, reply).as_deref(),
            Some(detail),
            "{bot} {reply}"
        );
    }
    for reply in [
        "No, Jones.",
        "No, Tyler Jones.",
        "No, thanks.",
        "No, never mind.",
        "No, china.",
        "No, Mark.",
    ] {
        assert_eq!(update(SPAIN, "Booking to Spain?", reply), None, "{reply}");
    }
    // A name that ends as a business's does still corrects, and the bot's echo of the
    // request's name without a word of place before it is the place it named.
    let luigi = "Book me a table at Luigi's for 7pm";
    assert_eq!(
        update(luigi, "Booking Luigi's at 7pm?", "No, Lucca Bistro.").as_deref(),
        Some("Lucca Bistro")
    );
    assert_eq!(update(luigi, "Booking Luigi's at 7pm?", "No, Jones."), None);
    // After a task done, the same.
    for (reply, detail) in [("No, Turkey.", Some("Turkey")), ("No, Jones.", None)] {
        let s = summary_of(&[
            ("customer", SPAIN),
            ("bot", "Done, your trip to Spain is booked."),
            ("customer", reply),
        ]);
        assert_eq!(s.goal.as_deref(), Some(SPAIN), "{reply}");
        assert_eq!(s.goal_update.as_deref(), detail, "{reply}");
    }
}
