//! Windows: `within: N` on `seen` and `counter` conditions counts among the last N
//! messages, every role's, the latest included.

use proptest::prelude::*;

use super::*;

const FALLBACKS: &str = r"
version: 1
triggers:
  - id: loop
    when: { counter: { name: bot_fallbacks, at_least: 2, within: 4 } }
";

const NO: &str = "Sorry, I didn't understand that.";

fn turns(o: &Outcome) -> Vec<usize> {
    o.triggers[0]
        .evidence
        .iter()
        .filter_map(|e| match e {
            Evidence::Match { turn, .. } => Some(*turn),
            _ => None,
        })
        .collect()
}

#[test]
fn a_match_exactly_within_messages_back_is_in_the_window() {
    let e = engine(FALLBACKS);
    // Fallbacks at messages 2 and 5: messages 2..=5 are the last 4 after message 5.
    let o = run(
        &e,
        &[
            ("customer", "hi"),
            ("bot", NO),
            ("customer", "what"),
            ("customer", "hello?"),
            ("bot", NO),
        ],
    );
    assert_eq!(o.escalation_turn, Some(5));
    assert_eq!(
        o.triggers[0].evidence,
        [Evidence::Counter {
            name: "bot_fallbacks",
            value: 2.0,
            within: Some(4),
        }]
    );
}

#[test]
fn a_match_one_message_further_back_is_out() {
    let e = engine(FALLBACKS);
    // Fallbacks at messages 1 and 5: the last 4 after message 5 are 2..=5. The customer's
    // messages in between fill the window as the bot's do.
    let o = run(
        &e,
        &[
            ("bot", NO),
            ("customer", "hi"),
            ("customer", "what"),
            ("customer", "hello?"),
            ("bot", NO),
            ("customer", "ok"),
        ],
    );
    assert!(!o.escalated, "{o:?}");
    // The same two, with a fallback in the window again later: it holds then.
    let o = run(
        &e,
        &[
            ("bot", NO),
            ("customer", "hi"),
            ("customer", "what"),
            ("customer", "hello?"),
            ("bot", NO),
            ("customer", "ok"),
            ("bot", NO),
        ],
    );
    assert_eq!(o.escalation_turn, Some(7));
}

#[test]
fn without_a_window_the_same_fallbacks_count_however_far_apart() {
    let e = engine(&FALLBACKS.replace(", within: 4", ""));
    let mut messages = vec![("bot", NO)];
    // Not thanks: a fallback answering thanks is not counted.
    messages.extend([("customer", "the blue one"); 20]);
    messages.push(("bot", NO));
    assert_eq!(run(&e, &messages).escalation_turn, Some(22));
    let windowed = engine(FALLBACKS);
    assert!(!run(&windowed, &messages).escalated);
}

#[test]
fn seen_in_a_window_counts_the_role_asked_for_and_quotes_the_latest_matches() {
    let e = engine(
        r"
version: 1
signals:
  - { id: refund, phrases: [refund] }
triggers:
  - id: refunds
    when: { seen: { signal: refund, role: customer, at_least: 2, within: 3 } }
",
    );
    // The bot's `refund` is in the window but not of the role counted.
    let o = run(
        &e,
        &[
            ("customer", "refund"),
            ("bot", "a refund?"),
            ("customer", "hello"),
            ("customer", "refund please"),
        ],
    );
    assert!(!o.escalated, "{o:?}");
    let o = run(
        &e,
        &[
            ("customer", "refund"),
            ("bot", "ok"),
            ("customer", "hello"),
            ("customer", "refund please"),
            ("customer", "refund now"),
        ],
    );
    assert_eq!(o.escalation_turn, Some(5));
    // The two in the window, not the first ever.
    assert_eq!(turns(&o), [4, 5]);
}

#[test]
fn seen_within_without_at_least_is_a_match_in_the_last_messages() {
    let e = engine(
        r"
version: 1
signals:
  - { id: refund, phrases: [refund] }
  - { id: thanks, phrases: [thanks] }
triggers:
  - id: refund-lately
    when:
      all:
        - message: { role: customer, signal: thanks }
        - seen: { signal: refund, within: 2 }
",
    );
    let o = run(&e, &[("customer", "refund"), ("customer", "thanks")]);
    assert_eq!(o.escalation_turn, Some(2));
    let o = run(
        &e,
        &[
            ("customer", "refund"),
            ("bot", "done"),
            ("customer", "thanks"),
        ],
    );
    assert!(!o.escalated, "the refund is 3 messages back: {o:?}");
}

#[test]
fn at_most_bounds_the_count_in_the_window() {
    let e = engine(
        r"
version: 1
triggers:
  - id: customer-went-quiet
    when:
      all:
        - counter: { name: turn, at_least: 4 }
        - counter: { name: customer_messages, at_most: 0, within: 3 }
",
    );
    let o = run(
        &e,
        &[
            ("customer", "a"),
            ("bot", "b"),
            ("customer", "c"),
            ("bot", "d"),
            ("bot", "e"),
            ("bot", "f"),
        ],
    );
    // After message 6 the last three are the bot's.
    assert_eq!(o.escalation_turn, Some(6));
    assert_eq!(
        o.triggers[0].evidence[1],
        Evidence::Counter {
            name: "customer_messages",
            value: 0.0,
            within: Some(3),
        }
    );
    // Up to 1 customer message among the last 3, with `at_least` too.
    let e = engine(
        r"
version: 1
triggers:
  - id: one
    when: { counter: { name: customer_messages, at_least: 1, at_most: 1, within: 3 } }
",
    );
    let seq = [("bot", "a"), ("bot", "b"), ("customer", "c")];
    assert_eq!(run(&e, &seq).escalation_turn, Some(3));
    let busy = [("customer", "a"), ("customer", "b"), ("bot", "c")];
    assert_eq!(run(&e, &busy).escalation_turn, Some(1));
    let e2 = engine(
        r"
version: 1
triggers:
  - id: one
    when:
      all:
        - counter: { name: turn, at_least: 3 }
        - counter: { name: customer_messages, at_least: 1, at_most: 1, within: 3 }
",
    );
    let two = [("customer", "a"), ("customer", "b"), ("bot", "c")];
    assert!(!run(&e2, &two).escalated);
}

#[test]
fn every_message_counting_counter_takes_a_window() {
    for (counter, role, text) in [
        ("customer_messages", "customer", "hello"),
        ("bot_messages", "bot", "hello"),
        ("agent_messages", "agent", "hello"),
        ("bot_fallbacks", "bot", NO),
        ("customer_repeats", "customer", "where is my parcel now"),
    ] {
        let e = engine(&format!(
            "
version: 1
triggers:
  - id: t
    when: {{ counter: {{ name: {counter}, at_least: 2, within: 3 }} }}
"
        ));
        let other = if role == "customer" {
            "bot"
        } else {
            "customer"
        };
        let close = [(role, text), (other, "x"), (role, text)];
        let far = [(role, text), (other, "x"), (other, "y"), (role, text)];
        let close_turn = run(&e, &close).escalation_turn;
        // A repeat counts from the second sending.
        let expected = if counter == "customer_repeats" {
            None
        } else {
            Some(3)
        };
        assert_eq!(close_turn, expected, "{counter}");
        assert!(!run(&e, &far).escalated, "{counter}");
    }
    // Repeats: the second and third sendings, close together.
    let e = engine(
        "
version: 1
triggers:
  - id: t
    when: { counter: { name: customer_repeats, at_least: 2, within: 3 } }
",
    );
    let text = "where is my parcel now";
    let o = run(
        &e,
        &[
            ("customer", text),
            ("customer", text),
            ("bot", "x"),
            ("customer", text),
        ],
    );
    assert_eq!(o.escalation_turn, Some(4));
}

#[test]
fn explain_counts_the_whole_window_and_the_whole_conversation() {
    let e = engine(FALLBACKS);
    let c = conversation(
        &[
            ("bot", NO),
            ("customer", "x"),
            ("customer", "y"),
            ("customer", "z"),
            ("bot", NO),
            ("bot", NO),
            ("bot", NO),
        ],
        &[],
    );
    let trace = e.trace(&c);
    let detail = |turn: usize| trace.steps[turn - 1].triggers[0].condition.detail.clone();
    assert_eq!(detail(5), "1 in the last 4 (2 in all)");
    assert_eq!(detail(6), "2 in the last 4 (3 in all)");
    assert_eq!(
        trace.steps[5].triggers[0].condition.condition,
        "bot_fallbacks ≥ 2 in the last 4 messages"
    );
    // The outcome's evidence is replay's: what decides the bound.
    assert_eq!(trace.outcome, e.evaluate(&c, &mut Scratch::default()));
}

/// The messages of a generated conversation: a role and whether it says `apple`.
fn messages() -> impl Strategy<Value = Vec<(&'static str, &'static str)>> {
    prop::collection::vec(
        (
            prop::sample::select(vec!["customer", "bot", "agent"]),
            prop::sample::select(vec!["apple", "pear"]),
        ),
        0..30,
    )
}

/// The first message after which `holds` holds of the counts, recounted from scratch
/// over the last `within` messages each time: the model windows are checked against.
fn naive(
    messages: &[(&str, &str)],
    within: usize,
    counted: impl Fn(&(&str, &str)) -> bool,
    holds: impl Fn(usize) -> bool,
) -> Option<usize> {
    (0..messages.len()).find_map(|i| {
        let from = (i + 1).saturating_sub(within);
        let n = messages[from..=i].iter().filter(|m| counted(m)).count();
        holds(n).then_some(i + 1)
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// Replay keeps only the latest few counted messages per window; `explain` keeps
    /// every one the window holds. Both give the escalation a naive recount gives.
    #[test]
    fn windows_agree_with_a_naive_recount(
        msgs in messages(),
        within in 1..8usize,
        at_least in 0..5u32,
        at_most in 0..4u32,
    ) {
        let seen = engine(&format!(
            "
version: 1
signals:
  - {{ id: a, phrases: [apple] }}
triggers:
  - id: t
    when: {{ seen: {{ signal: a, role: customer, at_least: {at_least}, within: {within} }} }}
"
        ));
        let expected = naive(
            &msgs,
            within,
            |m| *m == ("customer", "apple"),
            |n| n >= at_least as usize,
        );
        let c = conversation(&msgs, &[]);
        prop_assert_eq!(seen.evaluate(&c, &mut Scratch::default()).escalation_turn, expected);
        prop_assert_eq!(seen.trace(&c).outcome.escalation_turn, expected);

        let counter = engine(&format!(
            "
version: 1
triggers:
  - id: t
    when:
      all:
        - counter: {{ name: turn, at_least: {within} }}
        - counter: {{ name: bot_messages, at_least: {lo}, at_most: {at_most}, within: {within} }}
",
            lo = at_least.min(at_most)
        ));
        let lo = at_least.min(at_most) as usize;
        // With `turn ≥ within` too: the first such message from message `within` on.
        let expected = (within..=msgs.len()).find(|&turn| {
            let n = msgs[turn - within..turn].iter().filter(|m| m.0 == "bot").count();
            (lo..=at_most as usize).contains(&n)
        });
        prop_assert_eq!(counter.evaluate(&c, &mut Scratch::default()).escalation_turn, expected);
        prop_assert_eq!(counter.trace(&c).outcome.escalation_turn, expected);
    }
}
