//! Where and when a conversation escalates, and to whom: the escalation point, triggers
//! listed most severe first, role filters, routes and the default route, metadata
//! conditions, and the comparison with the actual handoff.

use super::*;

#[test]
fn escalation_point_is_the_first_message_after_which_a_trigger_holds() {
    let e = engine(BASIC);
    let o = run(
        &e,
        &[
            ("customer", "hello"),
            ("bot", "hi, how can I help?"),
            ("customer", "is there a discount?"),
            ("customer", "this is ridiculous"),
        ],
    );
    assert!(o.escalated);
    assert_eq!(o.escalation_turn, Some(3));
    assert_eq!(ids(&o), ["pricing"]);
    assert_eq!(o.messages, 4);
}

#[test]
fn later_messages_do_not_change_the_outcome() {
    let e = engine(BASIC);
    let short = [("customer", "too expensive!")];
    let long = [
        ("customer", "too expensive!"),
        ("customer", "this is ridiculous"),
        ("agent", "hello"),
    ];
    let a = run(&e, &short);
    let mut b = run(&e, &long);
    assert_eq!(b.messages, 3);
    b.messages = a.messages;
    b.actual_handoff_turn = None;
    b.actual_handoff_time = None;
    b.versus_actual = None;
    assert_eq!(a, b);
}

#[test]
fn not_escalated_has_no_route_team_or_bridge() {
    let e = engine(BASIC);
    let o = run(&e, &[("customer", "thanks, all good")]);
    assert!(!o.escalated);
    assert_eq!(
        (o.escalation_turn, o.route, o.team, o.bridge_message),
        (None, None, None, None)
    );
    assert!(o.triggers.is_empty());
}

#[test]
fn triggers_holding_together_are_listed_most_severe_first() {
    let e = engine(BASIC);
    let o = run(&e, &[("customer", "a discount? ridiculous")]);
    assert_eq!(ids(&o), ["angry", "pricing"]);
    assert_eq!(
        o.reason.as_deref(),
        Some("angry"),
        "reason defaults to the id"
    );
    // Routing sees both: the pricing route still wins.
    assert_eq!(o.route.as_deref(), Some("deals"));
}

#[test]
fn role_filters_keep_the_bot_from_triggering() {
    let e = engine(BASIC);
    let o = run(
        &e,
        &[
            ("bot", "Discounts are available annually."),
            ("customer", "ok"),
        ],
    );
    assert!(!o.escalated);
}

#[test]
fn routes_first_match_wins_else_default() {
    let e = engine(BASIC);
    let o = run(&e, &[("customer", "this is ridiculous")]);
    assert_eq!(o.route.as_deref(), Some("default"));
    assert_eq!(o.team.as_deref(), Some("support"));
    assert_eq!(o.team_name.as_deref(), Some("Support"));
    assert_eq!(o.bridge_message, None, "support has no bridge message");
}

#[test]
fn without_a_default_route_an_unmatched_escalation_is_unrouted() {
    let e = engine(&BASIC.replace("default_route: { team: support }", ""));
    let o = run(&e, &[("customer", "this is ridiculous")]);
    assert!(o.escalated);
    assert_eq!((o.route, o.team), (None, None));
}

#[test]
fn actual_handoff_is_compared_with_the_escalation_point() {
    let e = engine(BASIC);
    let earlier = run(
        &e,
        &[
            ("customer", "discount?"),
            ("bot", "one moment"),
            ("agent", "hi"),
        ],
    );
    assert_eq!(earlier.actual_handoff_turn, Some(3));
    assert_eq!(earlier.versus_actual, Some(VersusActual::Earlier));
    let same = run(&e, &[("customer", "discount?"), ("agent", "hi")]);
    assert_eq!(same.versus_actual, Some(VersusActual::Same));
    let later = run(
        &e,
        &[
            ("customer", "hello"),
            ("agent", "hi"),
            ("customer", "discount?"),
        ],
    );
    assert_eq!(later.versus_actual, Some(VersusActual::Later));
    let missed = run(&e, &[("customer", "hello"), ("agent", "hi")]);
    assert_eq!(missed.versus_actual, Some(VersusActual::Missed));
    let none = run(&e, &[("customer", "discount?")]);
    assert_eq!(none.versus_actual, None);
}

#[test]
fn metadata_conditions_in_triggers_and_routes() {
    let e = engine(
        r"
version: 1
signals:
  - { id: help, phrases: [help] }
triggers:
  - id: vip-help
    when:
      all:
        - message: { signal: help }
        - meta: { field: tier, in: [enterprise, strategic] }
        - not: { meta: { field: churned, exists: true } }
teams:
  - { id: ae, name: AE }
routes:
  - id: big
    when: { meta: { field: company size, gte: 1000 } }
    team: ae
",
    );
    let meta = [("Tier", "Enterprise"), ("Company Size", "1,200")];
    let o = run_meta(&e, &[("customer", "help")], &meta);
    assert_eq!(o.route.as_deref(), Some("big"));
    assert!(o.triggers[0].evidence.contains(&Evidence::Metadata {
        field: "tier".into(),
        value: Some("Enterprise".into())
    }));
    let churned = [("tier", "enterprise"), ("churned", "2024-01-01")];
    assert!(!run_meta(&e, &[("customer", "help")], &churned).escalated);
    assert!(!run_meta(&e, &[("customer", "help")], &[]).escalated);
}

#[test]
fn agent_messages_count_as_turns() {
    let e = engine(BASIC);
    let o = run(&e, &[("agent", "Hi, I'm Dana"), ("customer", "discount?")]);
    assert_eq!(o.escalation_turn, Some(2));
    assert_eq!(o.actual_handoff_turn, Some(1));
    assert_eq!(o.versus_actual, Some(VersusActual::Later));
}
