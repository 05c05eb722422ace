//! The diff report's counts, flows and kept examples, from pairs of outcomes; and the
//! outcomes the `kinds` tests compare.

use super::*;
use crate::outcome::FiredTrigger;

/// An outcome of conversation `id`, escalated at a turn by a trigger, to a route and
/// a team, or not escalated.
pub(super) fn outcome(id: &str, escalation: Option<(usize, &str, &str, &str)>) -> Outcome {
    let mut o = Outcome::not_escalated(id.into(), 5);
    if let Some((turn, trigger, route, team)) = escalation {
        o.escalated = true;
        o.escalation_turn = Some(turn);
        o.triggers = vec![FiredTrigger {
            id: trigger.into(),
            severity: "medium",
            turn,
            evidence: Vec::new(),
        }];
        o.route = Some(route.into());
        o.team = Some(team.into());
        o.bridge_message = Some(format!("Hi from {team}"));
    }
    o
}

#[test]
fn an_unchanged_conversation_counts_alike_with_or_without_its_outcomes() {
    let same = outcome("c1", Some((3, "pricing", "sales", "ae")));
    let mut whole = DiffReport::default();
    assert!(compare(&same, &same).is_empty());
    assert_eq!(whole.add(same.clone(), same), None);
    let mut counted = DiffReport::default();
    counted.add_unchanged();
    assert_eq!(whole, counted);
}

#[test]
fn a_change_counts_alike_with_or_without_its_outcomes() {
    // `diff --format json` counts on the main thread from kinds and teams alone, and
    // streams the change encoded by a worker: both as `add` and `change` would.
    let pairs = [
        (outcome("a", None), outcome("a", Some((1, "t", "r", "x")))),
        (
            outcome("b", Some((2, "t", "r", "x"))),
            outcome("b", Some((1, "u", "r2", "y"))),
        ),
        (outcome("c", Some((2, "t", "r", "x"))), outcome("c", None)),
        (outcome("d", None), {
            let mut broken = outcome("d", Some((1, "t", "r", "x")));
            broken.bridge_message = None;
            broken.bridge_error = Some("undefined value".into());
            broken
        }),
    ];
    let (mut whole, mut counted) = (DiffReport::default(), DiffReport::default());
    for (base, head) in pairs {
        let kinds = compare(&base, &head);
        counted.count(
            &kinds,
            &Side::of(&base),
            &Side::of(&head),
            head.bridge_error.is_some(),
        );
        // Appended after what a batch's buffer holds already.
        let mut encoded = b"before".to_vec();
        crate::report::diff::DiffJson::encode(
            &base.conversation_id,
            &kinds,
            &base,
            &head,
            &mut encoded,
        )
        .unwrap();
        assert_eq!(encoded.drain(..6).as_slice(), b"before");
        let change = whole.add(base, head).unwrap();
        assert_eq!(encoded, serde_json::to_vec(&change).unwrap());
    }
    whole.finish();
    counted.finish();
    assert_eq!(whole, counted);
    assert_eq!(whole.head_bridge_errors, 1);
}

/// An escalation no route sends anywhere is a flow of its own, told apart from no
/// escalation: "frontline → (unrouted)" was said "(not escalated)", and a
/// conversation newly escalated to no team was no flow at all.
#[test]
fn unrouted_escalations_flow_apart_from_no_escalation() {
    let unrouted = |id| {
        let mut o = outcome(id, Some((1, "t", "r", "x")));
        o.route = None;
        o.team = None;
        o
    };
    let mut report = DiffReport::default();
    for (base, head) in [
        (outcome("a", Some((1, "t", "r", "x"))), unrouted("a")),
        (outcome("b", Some((1, "t", "r", "x"))), outcome("b", None)),
        (outcome("c", None), unrouted("c")),
    ] {
        report.add(base, head).unwrap();
    }
    report.finish();
    let flows: Vec<_> = report
        .team_flows
        .iter()
        .map(|f| {
            (
                f.from.team.as_deref(),
                f.from.escalated,
                f.to.team.as_deref(),
                f.to.escalated,
            )
        })
        .collect();
    assert_eq!(
        flows,
        [
            (None, false, None, true),
            (Some("x"), true, None, false),
            (Some("x"), true, None, true),
        ]
    );
    assert_eq!(report.by_team["x"], TeamDelta { gained: 0, lost: 2 });
}

#[test]
fn report_counts_kinds_flows_and_teams() {
    let mut report = DiffReport::default();
    let mut add = |base, head| {
        if let Some(change) = report.add(base, head) {
            report.keep(change, 5);
        }
    };
    add(outcome("a", None), outcome("a", None));
    add(outcome("b", None), outcome("b", Some((1, "t", "r", "x"))));
    add(
        outcome("c", Some((1, "t", "r", "x"))),
        outcome("c", Some((1, "t", "r2", "y"))),
    );
    add(
        outcome("d", Some((1, "t", "r", "x"))),
        outcome("d", Some((1, "t", "r2", "y"))),
    );
    report.finish();
    assert_eq!((report.conversations, report.changed), (4, 3));
    assert_eq!(report.by_kind[&ChangeKind::TeamChanged], 2);
    assert_eq!(
        report.team_flows[0],
        TeamFlow {
            from: Side {
                team: Some("x".into()),
                escalated: true,
            },
            to: Side {
                team: Some("y".into()),
                escalated: true,
            },
            conversations: 2,
        }
    );
    assert_eq!(report.by_team["x"], TeamDelta { gained: 1, lost: 2 });
    assert_eq!(report.by_team["y"], TeamDelta { gained: 2, lost: 0 });
    let ids: Vec<&str> = report
        .of_kind(ChangeKind::TeamChanged)
        .map(|c| c.conversation_id.as_str())
        .collect();
    assert_eq!(ids, ["c", "d"]);
}

#[test]
fn keep_caps_examples_per_kind_but_counts_every_change() {
    let mut report = DiffReport::default();
    for id in ["a", "b", "c", "d"] {
        let change = report
            .add(outcome(id, None), outcome(id, Some((1, "t", "r", "x"))))
            .expect("newly escalated is a change");
        report.keep(change, 2);
    }
    assert_eq!(report.changed, 4);
    assert_eq!(report.by_kind[&ChangeKind::NewlyEscalated], 4);
    let ids: Vec<&str> = report
        .of_kind(ChangeKind::NewlyEscalated)
        .map(|c| c.conversation_id.as_str())
        .collect();
    assert_eq!(ids, ["a", "b"]);
}

/// A flipped `topic:` is a change of the rules that no outcome shows: named by signal.
#[test]
fn topic_changes_name_the_flipped_signals() {
    let rules = |leaving: &str| {
        let text = format!(
            "version: 1\nsignals:\n  - {{ id: leaving, phrases: [cancel]{leaving} }}\n  - {{ id: mood, builtin: frustration }}\ntriggers:\n  - {{ id: t, when: {{ message: {{ signal: leaving }} }} }}\n"
        );
        crate::rules::parse_rule_set(vec![("r.yaml".into(), text)]).unwrap()
    };
    let (base, flipped, same) = (rules(""), rules(", topic: false"), rules(", topic: true"));
    assert_eq!(
        topic_changes(&base, &flipped),
        vec![TopicChange {
            signal: "leaving".into(),
            base: Some(true),
            head: Some(false)
        }]
    );
    assert_eq!(topic_changes(&flipped, &base)[0].head, Some(true));
    assert!(topic_changes(&base, &same).is_empty());
    assert!(topic_changes(&base, &base).is_empty());
}

/// A signal that is a topic by default, added or removed, changes packets' topics too.
#[test]
fn topic_changes_name_an_added_or_removed_topic() {
    let rules = |extra: &str| {
        let text = format!(
            "version: 1\nsignals:\n  - {{ id: leaving, phrases: [cancel] }}\n{extra}triggers:\n  - {{ id: t, when: {{ message: {{ signal: leaving }} }} }}\n"
        );
        crate::rules::parse_rule_set(vec![("r.yaml".into(), text)]).unwrap()
    };
    let (base, more, quiet) = (
        rules(""),
        rules("  - { id: refund, phrases: [refund] }\n"),
        rules("  - { id: chat, phrases: [hi], topic: false }\n"),
    );
    let added = topic_changes(&base, &more);
    assert_eq!(
        added,
        vec![TopicChange {
            signal: "refund".into(),
            base: None,
            head: Some(true)
        }]
    );
    let removed = topic_changes(&more, &base);
    assert_eq!((removed[0].base, removed[0].head), (Some(true), None));
    // One that is no topic comes and goes unsaid.
    assert!(topic_changes(&base, &quiet).is_empty());
    assert!(topic_changes(&quiet, &base).is_empty());
}
