//! A second review of packet summaries (session 36): each wrong output it found → the
//! summary of a short conversation that had it, read through `summarize` as a packet
//! is: a bank's "Done, I've transferred the money" and the correction after it, tag
//! questions that ask nothing, "Nope" before a correction, a request that answers an
//! advice question.

use super::*;

/// Regression: "Please book the 11am." after "Should I book the 9am or the 11am?" left
/// the advice question the goal; the request that answers it is the goal. Before the
/// advice, or for a person, the advice stays.
#[test]
fn a_weak_request_after_an_advice_question_is_the_goal() {
    let advice = "Should I book the 9am or the 11am?";
    for (turns, goal) in [
        (
            vec![
                ("customer", advice),
                ("bot", "Either works."),
                ("customer", "Please book the 11am."),
            ],
            "Please book the 11am.",
        ),
        (
            vec![(
                "customer",
                "Should I book the 9am or the 11am? Please book the 11am.",
            )],
            "Please book the 11am.",
        ),
        (
            vec![
                ("customer", "Hmm, should I bring an umbrella?"),
                ("bot", "It will rain."),
                ("customer", "OK, a taxi to the station please."),
            ],
            "A taxi to the station please.",
        ),
        // A person asked for says nothing of what is wanted.
        (
            vec![
                ("customer", advice),
                ("bot", "Either works."),
                ("customer", "Please get me a real person"),
            ],
            advice,
        ),
        // Nothing asked after it.
        (
            vec![
                ("customer", advice),
                ("bot", "Either works."),
                ("customer", "Thanks, that helps."),
            ],
            advice,
        ),
    ] {
        let s = summary_of(&turns);
        assert_eq!(s.goal.as_deref(), Some(goal), "{turns:?}");
    }
    // A weak request before the advice question leaves it the goal, as before.
    let s = summary_of(&[(
        "customer",
        "Please, I am in a hurry today. Should I book the 9am or the 11am?",
    )]);
    assert_eq!(s.goal.as_deref(), Some(advice));
}

/// Regression: "Done, I've transferred the money." was read as nothing done, so the
/// "No" after it corrected nothing and was lost: the transfer asked for was the goal,
/// with no update. It is a task done; the correction is the update, whether it says
/// so ("I said $300"), gives a detail of a kind the request had ("$300", though the
/// bot's "Done" named none), or says which of two words it meant ("savings not
/// checking"). Only "Done" opening the bot's message says so: "I've transferred …"
/// alone does not (a third review found a bank's explanations read as tasks done).
#[test]
fn a_correction_after_a_bank_s_done_is_the_update() {
    let transfer = "I need to transfer $200 from checking to savings please";
    for (done, reply, update) in [
        (
            "Done, I've transferred the money.",
            "No, I said $300",
            "I said $300",
        ),
        ("Done, I've transferred the money.", "No, $300", "$300"),
        ("Done.", "Nope, it was $300", "It was $300"),
        (
            "Done, I've transferred the money.",
            "No, savings not checking",
            "Savings not checking",
        ),
    ] {
        let s = summary_of(&[("customer", transfer), ("bot", done), ("customer", reply)]);
        assert_eq!(s.goal.as_deref(), Some(transfer), "{done} / {reply}");
        assert_eq!(s.goal_update.as_deref(), Some(update), "{done} / {reply}");
    }
    // A request after it is the goal, as after any task done.
    let s = summary_of(&[
        ("customer", transfer),
        ("bot", "Done, I've transferred the money."),
        ("customer", "Can you also freeze my credit card?"),
    ]);
    assert_eq!(
        s.goal.as_deref(),
        Some("Can you also freeze my credit card?")
    );
    // Nothing done yet: the reply is no correction of a task done.
    let s = summary_of(&[
        ("customer", transfer),
        ("bot", "Your transfer is being processed."),
        ("customer", "No, savings not checking"),
    ]);
    assert_eq!(s.goal.as_deref(), Some(transfer));
    assert_eq!(s.goal_update, None);
}

/// Regression: a tag question after a complaint or a threat was listed as a question
/// still open ("That's ridiculous, right?", "I could just switch banks, you know what I
/// mean?"): it asks nothing of the agent. Real ones stay open.
#[test]
fn a_rhetorical_tag_question_is_not_still_open() {
    for (said, open) in [
        (
            "I was charged twice for one order. That's ridiculous, right?",
            None,
        ),
        (
            "Your fees are too high. I could just switch banks, you know what I mean?",
            None,
        ),
        (
            "I was charged twice. You can refund it, right?",
            Some("You can refund it, right?"),
        ),
        (
            "I ordered a lamp. It ships today, doesn't it?",
            Some("It ships today, doesn't it?"),
        ),
        (
            "I ordered a lamp. It ships today, right?",
            Some("It ships today, right?"),
        ),
    ] {
        let s = summary_after_fallback(&[("customer", said), ("bot", "Sorry, I didn't get that.")]);
        assert_eq!(
            s.open_questions,
            open.into_iter().collect::<Vec<_>>(),
            "{said}"
        );
    }
}
