//! Scanning by role: a message is scanned only for the signals the rules consult in its
//! role, and that gives what scanning for every signal gives.

use proptest::prelude::*;

use super::*;
use crate::engine::matcher::Plan;

/// Signals consulted in one role each, one in none, one in every role.
const RULES: &str = r#"
version: 1
signals:
  - { id: fruit, phrases: [apple, pear] }
  - { id: late, phrases: [delayed, late again], regex: ['\border \d{3}\b'] }
  - { id: codes, regex: ['\berror \d+\b'] }
  - { id: loud, builtin: shouting }
  - { id: unused, phrases: [banana] }
  - { id: any, phrases: [refund] }
triggers:
  - id: fruit-twice
    when: { seen: { signal: fruit, role: customer, at_least: 2 } }
  - id: bot-late
    when: { message: { role: bot, signal: late } }
  - id: agent-codes
    when: { all: [ { message: { role: agent, signal: codes } }, { counter: { name: turn, at_least: 2 } } ] }
  - id: not-loud
    when: { all: [ { not: { message: { role: customer, signal: loud } } }, { counter: { name: customer_messages, at_least: 4 } } ] }
  - id: refund
    when: { seen: { signal: any, at_least: 3 } }
  - id: loop
    when: { counter: { name: bot_fallbacks, at_least: 2 } }
teams:
  - { id: t, name: T, bridge: "hi" }
routes:
  - { id: r, when: { seen: { signal: late, role: customer } }, team: t }
default_route: { team: t }
"#;

const TEXTS: &[&str] = &[
    "apple",
    "pear and apple",
    "delayed again",
    "order 123 is late again",
    "error 42",
    "WHY IS THIS BROKEN AGAIN",
    "banana",
    "refund please",
    "Sorry, I didn't understand that.",
    "hello",
];

fn message() -> impl Strategy<Value = (&'static str, &'static str)> {
    (
        prop::sample::select(vec!["customer", "bot", "agent", "other"]),
        prop::sample::select(TEXTS.to_vec()),
    )
}

/// What `plan` scans a message for: (walks it, regexes, shouting signals).
fn shape(plan: &Plan) -> (&'static str, Vec<bool>, usize) {
    let walk = match plan.walk {
        crate::engine::matcher::Walk::Skip => "skip",
        crate::engine::matcher::Walk::Every => "every",
        crate::engine::matcher::Walk::Part(_) => "part",
    };
    (walk, plan.regexes.clone(), plan.shouting.len())
}

#[test]
fn each_role_is_scanned_for_what_the_rules_consult_in_it() {
    let e = engine(RULES);
    // Customers: fruit, late (the route), loud and any, not codes: a few of the
    // phrases, in an automaton of their own.
    assert_eq!(
        shape(e.plans.get(Role::Customer)),
        ("part", vec![true, false], 1)
    );
    // Bots: late (its regex too), any, and the fallback phrases of the counter: most
    // phrases, so the whole automaton.
    assert_eq!(
        shape(e.plans.get(Role::Bot)),
        ("every", vec![true, false], 0)
    );
    // Agents: codes (a regex, walked for its word "error") and any.
    assert_eq!(
        shape(e.plans.get(Role::Agent)),
        ("part", vec![false, true], 0)
    );
    assert_eq!(
        shape(e.plans.get(Role::Other)),
        ("part", vec![false, false], 0)
    );

    // Consulted nowhere but in customer messages: other roles are not walked at all.
    let only_customers = engine(
        "version: 1
signals:
  - { id: fruit, phrases: [apple] }
triggers:
  - { id: fruit, when: { message: { role: customer, signal: fruit } } }
teams:
  - { id: t, name: T }
default_route: { team: t }
",
    );
    for role in [Role::Bot, Role::Agent, Role::Other] {
        assert_eq!(shape(only_customers.plans.get(role)), ("skip", vec![], 0));
    }

    // Roles that need the same phrases share one automaton.
    let shared = engine(
        "version: 1
signals:
  - { id: fruit, phrases: [apple, pear, plum, fig] }
  - { id: money, phrases: [refund] }
triggers:
  - { id: fruit, when: { message: { role: customer, signal: fruit } } }
  - { id: money, when: { seen: { signal: money } } }
teams:
  - { id: t, name: T }
default_route: { team: t }
",
    );
    let part = |role| match &shared.plans.get(role).walk {
        crate::engine::matcher::Walk::Part(part) => std::sync::Arc::clone(part),
        other => panic!("{role}: {other:?}"),
    };
    assert!(std::sync::Arc::ptr_eq(&part(Role::Bot), &part(Role::Agent)));
    assert!(std::sync::Arc::ptr_eq(&part(Role::Bot), &part(Role::Other)));
}

/// `seen` evidence quotes the messages of the role it counts, however many messages of
/// another role matched first (they used to fill the remembered matches), whichever
/// command scans.
#[test]
fn seen_evidence_is_not_crowded_out_by_another_roles_matches() {
    let e = engine(
        "version: 1
signals:
  - { id: fruit, phrases: [apple] }
triggers:
  - { id: fruit, when: { seen: { signal: fruit, role: customer } } }
teams:
  - { id: t, name: T }
default_route: { team: t }
",
    );
    let mut messages = vec![("bot", "an apple a day"); 12];
    messages.push(("customer", "Apple pie?"));
    let c = conversation(&messages, &[]);
    let outcome = e.evaluate(&c, &mut Scratch::default());
    // `explain` and coverage scan every role; their `seen` counts what replay's does.
    assert_eq!(e.trace(&c).outcome, outcome);
    assert_eq!(e.evaluate_coverage(&c, &mut Scratch::default()).0, outcome);
    assert_eq!(outcome.escalation_turn, Some(13));
    let quoted: Vec<&str> = (outcome.triggers[0].evidence.iter())
        .filter_map(|e| match e {
            Evidence::Match { text, .. } => Some(text.as_str()),
            _ => None,
        })
        .collect();
    assert_eq!(quoted, ["Apple"]);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// Replay (scanning by role, only the triggers a message can have changed) gives the
    /// outcome of `explain`'s trace (every signal in every role, every trigger).
    #[test]
    fn scanning_by_role_equals_scanning_everything(
        conversations in prop::collection::vec(prop::collection::vec(message(), 1..12), 1..5),
    ) {
        let e = engine(RULES);
        let mut scratch = Scratch::default();
        for messages in &conversations {
            let c = conversation(messages, &[]);
            prop_assert_eq!(e.evaluate(&c, &mut scratch), e.trace(&c).outcome);
        }
    }

    /// `diff`'s pair of engines that consult the same signals in other roles scans for
    /// what either needs, and gives what each engine gives alone.
    #[test]
    fn a_pair_consulting_other_roles_gives_what_each_gives_alone(
        conversations in prop::collection::vec(prop::collection::vec(message(), 1..12), 1..5),
    ) {
        let base = engine(RULES);
        let head = engine(
            &RULES
                .replace("role: bot, signal: late", "role: customer, signal: late")
                .replace("role: agent, signal: codes", "role: bot, signal: codes"),
        );
        let pair = Pair::new(&base, &head).unwrap();
        prop_assert!(pair.shares_scans());
        let mut scratch = Scratch::default();
        for messages in &conversations {
            let c = conversation(messages, &[]);
            let alone = (
                base.evaluate(&c, &mut Scratch::default()),
                head.evaluate(&c, &mut Scratch::default()),
            );
            prop_assert_eq!(pair.evaluate(&c, &mut scratch), alone);
        }
    }
}
