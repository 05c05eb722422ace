//! A second review of packet summaries (session 36): each wrong output it found → the
//! summary of a short conversation that had it, read through `summarize` as a packet
//! is: a bank's "Done, I've transferred the money" and the correction after it, tag
//! questions that ask nothing, "Nope" before a correction, a request that answers an
//! advice question.

use super::*;

/// The summary of `turns`, the bot's last message a fallback when `fallback_last`
/// (the customer's questions then stay open).
fn summary_of(turns: &[(&str, &str)], fallback_last: bool) -> Summary {
    let m = messages(turns);
    let fallback: &[usize] = if fallback_last { &[turns.len()] } else { &[] };
    summarize(&m, &notes(turns.len(), fallback, &[], &[]), Vec::new())
}

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
        let s = summary_of(&turns, false);
        assert_eq!(s.goal.as_deref(), Some(goal), "{turns:?}");
    }
    // A weak request before the advice question leaves it the goal, as before.
    let s = summary_of(
        &[(
            "customer",
            "Please, I am in a hurry today. Should I book the 9am or the 11am?",
        )],
        false,
    );
    assert_eq!(s.goal.as_deref(), Some(advice));
}
