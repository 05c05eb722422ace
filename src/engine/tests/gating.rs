//! Evaluating only the triggers a message can have changed (replay) gives the same
//! outcome as evaluating all of them after every message (trace).

use proptest::prelude::*;

use super::*;
use crate::engine::coverage::Counter;
use crate::engine::eval::Cx;
use crate::engine::trace::Observer;

/// Coverage counting with every trigger evaluated after every message.
#[derive(Default)]
struct Exhaustive(Counter);

impl Observer for Exhaustive {
    const EVALUATE_ALL: bool = true;

    fn after_message(
        &mut self,
        engine: &Engine,
        c: &Conversation,
        cx: &Cx<'_>,
        fired: &[bool],
        escalating: bool,
    ) {
        self.0.after_message(engine, c, cx, fired, escalating);
    }

    fn at_routing(&mut self, e: &Engine, c: &Conversation, cx: &Cx<'_>, r: Option<usize>) {
        self.0.at_routing(e, c, cx, r);
    }
}

const RULES: &str = r#"
version: 1
signals:
  - { id: a, phrases: [apple] }
  - { id: b, phrases: [banana] }
  - { id: c, phrases: [cherry], threshold: 2 }
triggers:
  - id: seen-twice
    when: { seen: { signal: a, at_least: 2 } }
  - id: a-then-b
    when: { all: [ { seen: { signal: a } }, { message: { role: customer, signal: b } } ] }
  - id: late
    when: { all: [ { counter: { name: turn, at_least: 4 } }, { seen: { signal: b, role: bot } } ] }
  - id: not-a
    when: { all: [ { not: { seen: { signal: a } } }, { counter: { name: customer_messages, at_least: 3 } } ] }
  - id: vip-cherry
    when: { any: [ { message: { signal: c } }, { all: [ { meta: { field: tier, equals: vip } }, { message: { signal: b } } ] } ] }
  - id: short
    when: { all: [ { counter: { name: turn, at_most: 2 } }, { message: { role: bot, signal: a } } ] }
  - id: vip-after-banana
    when: { all: [ { meta: { field: tier, equals: vip } }, { seen: { signal: b, role: customer } } ] }
  - id: apples-close-together
    when: { all: [ { seen: { signal: a, at_least: 2, within: 3 } }, { seen: { signal: b, within: 2 } } ] }
  - id: no-banana-lately
    when: { all: [ { not: { seen: { signal: b, within: 2 } } }, { counter: { name: bot_messages, at_least: 2, within: 3 } } ] }
teams:
  - { id: t, name: T, bridge: "hi" }
routes:
  - { id: r, when: { trigger: a-then-b }, team: t }
default_route: { team: t }
"#;

fn message() -> impl Strategy<Value = (&'static str, &'static str)> {
    (
        prop::sample::select(vec!["customer", "bot", "agent"]),
        prop::sample::select(vec![
            "apple",
            "banana",
            "cherry",
            "cherry cherry",
            "hello",
            "apple banana",
        ]),
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn gated_replay_equals_full_evaluation(
        messages in prop::collection::vec(message(), 1..12),
        vip in prop::option::of(0..12usize),
    ) {
        let e = engine(RULES);
        // A tier known from the start, or from a later message's row.
        let mut c = conversation(&messages, &[]);
        if let Some(at) = vip {
            c.metadata.offer_at(&Arc::from("tier"), "vip", at.min(messages.len() - 1));
        }
        prop_assert_eq!(e.evaluate(&c, &mut Scratch::default()), e.trace(&c).outcome);
        let (covered, tally) = e.evaluate_coverage(&c, &mut Scratch::default());
        prop_assert_eq!(covered, e.trace(&c).outcome);
        // Coverage runs past the escalation: every trigger that ever holds is seen.
        let mut scratch = Scratch::default();
        let mut exhaustive = Exhaustive::default();
        e.run(&c, &mut scratch, &mut exhaustive, true, Scan::Fresh, None);
        prop_assert_eq!(tally, exhaustive.0.finish(&scratch.state));
    }

    /// A packet's summary taken from the evaluation's own scan is the summary of a
    /// second, separate scan.
    #[test]
    fn evaluating_and_summarising_in_one_scan_equals_doing_each(
        conversations in prop::collection::vec(prop::collection::vec(message(), 1..8), 1..6),
    ) {
        let e = engine_with(RULES, EngineOptions { notes: true, ..EngineOptions::default() });
        let mut scratch = Scratch::default();
        for messages in &conversations {
            let c = conversation(messages, &[]);
            let outcome = e.evaluate(&c, &mut Scratch::default());
            let summary = outcome.escalation_turn.map(|turn| e.summarize(&c, turn, &outcome.triggers));
            prop_assert_eq!(e.evaluate_and_summarize(&c, &mut scratch), (outcome, summary));
        }
    }

    /// A scratch reused across conversations (a reset clears only the signals the
    /// previous conversation matched) gives what a fresh one gives.
    #[test]
    fn a_reused_scratch_equals_a_fresh_one(
        conversations in prop::collection::vec(prop::collection::vec(message(), 1..8), 1..6),
    ) {
        let e = engine(RULES);
        let mut scratch = Scratch::default();
        for messages in &conversations {
            let c = conversation(messages, &[]);
            prop_assert_eq!(e.evaluate(&c, &mut scratch), e.evaluate(&c, &mut Scratch::default()));
            prop_assert_eq!(
                e.evaluate_coverage(&c, &mut scratch),
                e.evaluate_coverage(&c, &mut Scratch::default())
            );
        }
    }
}

#[test]
fn on_the_fixtures_with_the_starter_rules() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let e = Engine::compile(crate::rules::load_rule_set(&root.join("rules")).unwrap()).unwrap();
    let conversations = crate::transcript::ReaderBuilder::new()
        .build(vec![crate::transcript::Input::Path(
            root.join("fixtures/transcripts.csv"),
        )])
        .collect::<Result<Vec<_>, _>>()
        .unwrap();
    let mut scratch = Scratch::default();
    for c in &conversations {
        assert_eq!(e.evaluate(c, &mut scratch), e.trace(c).outcome, "{}", c.id);
    }
    // Packets: the summary from the evaluation's scan, on real fallbacks and repeats.
    let rules = crate::rules::load_rule_set(&root.join("rules")).unwrap();
    let options = EngineOptions {
        notes: true,
        ..EngineOptions::default()
    };
    let e = Engine::compile_with(rules, options).unwrap();
    let mut summaries = 0;
    for c in &conversations {
        let outcome = e.evaluate(c, &mut Scratch::default());
        let summary = outcome
            .escalation_turn
            .map(|turn| e.summarize(c, turn, &outcome.triggers));
        summaries += usize::from(summary.is_some());
        assert_eq!(
            e.evaluate_and_summarize(c, &mut scratch),
            (outcome, summary),
            "{}",
            c.id
        );
    }
    assert!(summaries > 10, "{summaries} summaries");
}
