//! Metadata that first appears on a later row: `meta:` conditions, routes and the bridge
//! message see a value only from the message whose row gave it (no hindsight).

use super::*;
use crate::trace::Standing;

/// `c`'s metadata with `field` = `value` known from message `at` (0-based), as the reader
/// offers a later row's column.
fn late(mut c: Conversation, field: &str, value: &str, at: usize) -> Conversation {
    c.metadata.offer_at(&Arc::from(field), value, at);
    c
}

const ENTERPRISE: &str = r"
version: 1
triggers:
  - id: ent
    when: { meta: { field: tier, equals: enterprise } }
default_route: { team: t }
teams: [ { id: t, name: T, bridge: hi } ]
";

const TURNS: [(&str, &str); 4] = [
    ("customer", "hi"),
    ("bot", "hello"),
    ("agent", "Hi I am Tom"),
    ("customer", "thanks"),
];

#[test]
fn a_value_on_a_later_row_holds_from_that_message_on() {
    let e = engine(ENTERPRISE);
    let c = late(conversation(&TURNS, &[]), "tier", "enterprise", 3);
    let o = e.evaluate(&c, &mut Scratch::default());
    assert_eq!(o.escalation_turn, Some(4));
    assert_eq!(o.versus_actual, Some(VersusActual::Later));
    assert_eq!(
        o.triggers[0].evidence,
        [Evidence::Metadata {
            field: "tier".into(),
            value: Some("enterprise".into())
        }]
    );
    assert_eq!(e.trace(&c).outcome, o, "explain agrees with replay");
    // Known from the start (the first row, a contact, a rule test): turn 1, as before.
    let known = conversation(&TURNS, &[("tier", "enterprise")]);
    assert_eq!(
        e.evaluate(&known, &mut Scratch::default()).escalation_turn,
        Some(1)
    );
}

#[test]
fn a_test_on_a_missing_value_holds_until_the_value_appears() {
    let e = engine(
        r"
version: 1
signals:
  - { id: human, phrases: [human] }
triggers:
  - id: unknown-tier-help
    when: { all: [ { message: { signal: human } }, { meta: { field: tier, exists: false } } ] }
default_route: { team: t }
teams: [ { id: t, name: T } ]
",
    );
    let turns = [
        ("customer", "I want to talk to a human"),
        ("customer", "let me talk to a human"),
    ];
    let before = late(conversation(&turns, &[]), "tier", "pro", 1);
    let o = e.evaluate(&before, &mut Scratch::default());
    assert_eq!(o.escalation_turn, Some(1));
    assert!(
        o.triggers[0].evidence.contains(&Evidence::Metadata {
            field: "tier".into(),
            value: None
        }),
        "the evidence shows the value as it was known: none"
    );
    let known = conversation(&turns, &[("tier", "pro")]);
    assert!(!e.evaluate(&known, &mut Scratch::default()).escalated);
}

#[test]
fn routes_and_the_bridge_see_only_the_values_known_at_the_escalation_point() {
    let e = engine(
        r#"
version: 1
signals:
  - { id: refund, phrases: [refund] }
triggers:
  - id: refund
    when: { message: { signal: refund } }
routes:
  - { id: vip, when: { meta: { field: tier, equals: enterprise } }, team: vip }
default_route: { team: t }
teams:
  - { id: t, name: T, bridge: 'Hi, {{ customer.tier | default("unknown") }} customer' }
  - { id: vip, name: VIP, bridge: 'Hi, {{ customer.tier }} customer' }
"#,
    );
    let turns = [
        ("customer", "hello"),
        ("customer", "I want a refund"),
        ("customer", "thanks"),
    ];
    let c = late(conversation(&turns, &[]), "tier", "enterprise", 2);
    let o = e.evaluate(&c, &mut Scratch::default());
    assert_eq!(
        (
            o.escalation_turn,
            o.route.as_deref(),
            o.bridge_message.as_deref()
        ),
        (Some(2), Some("default"), Some("Hi, unknown customer"))
    );
    let c = late(conversation(&turns, &[]), "tier", "enterprise", 1);
    let o = e.evaluate(&c, &mut Scratch::default());
    assert_eq!(
        (o.route.as_deref(), o.bridge_message.as_deref()),
        (Some("vip"), Some("Hi, enterprise customer"))
    );
}

#[test]
fn a_gated_trigger_is_evaluated_on_the_message_its_value_appears_on() {
    // `seen` gates the trigger by `help`; the tier arrives on a message without it.
    let e = engine(
        r"
version: 1
signals:
  - { id: help, phrases: [help] }
triggers:
  - id: vip-help
    when: { all: [ { seen: { signal: help } }, { meta: { field: tier, equals: vip } } ] }
default_route: { team: t }
teams: [ { id: t, name: T } ]
",
    );
    let turns = [
        ("customer", "help"),
        ("bot", "sure"),
        ("customer", "ok"),
        ("customer", "fine"),
    ];
    let c = late(conversation(&turns, &[]), "tier", "vip", 2);
    let o = e.evaluate(&c, &mut Scratch::default());
    assert_eq!(o.escalation_turn, Some(3));
    assert_eq!(e.trace(&c).outcome, o);
}

/// A joined contact's `pro` (known from message 2, its key's row) where
/// the transcript's fourth row says `enterprise`: the contact's value holds on messages
/// 2–3, the row's from 4; `explain` shows a trigger that waits only for the row's value.
#[test]
fn a_contacts_value_holds_until_a_later_row_gives_another() {
    let c = late(
        late(conversation(&TURNS, &[]), "tier", "enterprise", 3),
        "tier",
        "pro",
        1,
    );
    let pro = engine(&ENTERPRISE.replace("enterprise", "pro"));
    let o = pro.evaluate(&c, &mut Scratch::default());
    assert_eq!(o.escalation_turn, Some(2));
    assert_eq!(
        o.triggers[0].evidence,
        [Evidence::Metadata {
            field: "tier".into(),
            value: Some("pro".into())
        }]
    );
    assert_eq!(pro.trace(&c).outcome, o, "explain agrees with replay");

    let ent = engine(ENTERPRISE);
    let o = ent.evaluate(&c, &mut Scratch::default());
    assert_eq!(o.escalation_turn, Some(4));
    let trace = ent.trace(&c);
    assert_eq!(trace.outcome, o);
    let seen: Vec<(Standing, &str)> = trace
        .steps
        .iter()
        .map(|s| {
            (
                s.triggers[0].standing,
                s.triggers[0].condition.detail.as_str(),
            )
        })
        .collect();
    assert_eq!(
        seen,
        [
            (
                Standing::NotKnownYet,
                "tier is not known yet: “pro” first appears with message 2"
            ),
            (
                Standing::NotKnownYet,
                "tier = “pro” (“enterprise” from message 4)"
            ),
            (
                Standing::NotKnownYet,
                "tier = “pro” (“enterprise” from message 4)"
            ),
            (Standing::Holds, "tier = “enterprise”"),
        ]
    );
}

/// `explain` counted a trigger whose only missing piece was a value a
/// later row gives among those nothing came close to. It is `not_known_yet` while the
/// rest holds, and `not_close` when something else is missing too.
#[test]
fn a_trigger_waiting_only_for_a_later_value_is_not_known_yet() {
    let e = engine(
        r"
version: 1
signals:
  - { id: help, phrases: [help] }
triggers:
  - id: vip-help
    when: { all: [ { message: { signal: help } }, { meta: { field: tier, equals: vip } } ] }
  - id: not-vip
    when: { not: { meta: { field: tier, equals: vip } } }
default_route: { team: t }
teams: [ { id: t, name: T } ]
",
    );
    let turns = [
        ("customer", "help"),
        ("customer", "ok"),
        ("customer", "help"),
    ];
    let c = late(conversation(&turns, &[]), "tier", "vip", 2);
    let trace = e.trace(&c);
    let standings: Vec<Standing> = trace.steps.iter().map(|s| s.triggers[0].standing).collect();
    // `not-vip` holds on message 1 (the tier is not known yet): escalated there.
    assert_eq!(standings, [Standing::NotKnownYet]);
    let e = engine(
        r"
version: 1
signals:
  - { id: help, phrases: [help] }
triggers:
  - id: vip-help
    when: { all: [ { message: { signal: help } }, { meta: { field: tier, equals: vip } } ] }
default_route: { team: t }
teams: [ { id: t, name: T } ]
",
    );
    let trace = e.trace(&c);
    let standings: Vec<Standing> = trace.steps.iter().map(|s| s.triggers[0].standing).collect();
    assert_eq!(
        standings,
        [Standing::NotKnownYet, Standing::NotClose, Standing::Holds]
    );
}
