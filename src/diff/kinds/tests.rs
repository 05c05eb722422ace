//! The kinds of change told apart: each kind from the outcome fields it compares, a
//! broken bridge message apart from a reworded one, details another kind explains not
//! counted again, and the kinds' order in JSON.

use super::*;
use crate::diff::tests::outcome;
use crate::outcome::Evidence;
use crate::transcript::Role;

#[test]
fn kinds_of_change() {
    let quiet = outcome("a", None);
    let e = |turn, trigger, route, team| outcome("a", Some((turn, trigger, route, team)));
    assert!(compare(&quiet, &quiet).is_empty());
    assert_eq!(
        compare(&quiet, &e(1, "t", "r", "x")),
        [ChangeKind::NewlyEscalated]
    );
    assert_eq!(
        compare(&e(1, "t", "r", "x"), &quiet),
        [ChangeKind::NoLongerEscalated]
    );
    assert_eq!(
        compare(&e(1, "t", "r", "x"), &e(1, "t", "r2", "y")),
        [ChangeKind::TeamChanged]
    );
    assert_eq!(
        compare(&e(1, "t", "r", "x"), &e(1, "t", "r2", "x")),
        [ChangeKind::RouteChanged]
    );
    assert_eq!(
        compare(&e(3, "t", "r", "x"), &e(2, "u", "r", "x")),
        [ChangeKind::TurnEarlier, ChangeKind::TriggersChanged]
    );
    let mut other_bridge = e(1, "t", "r", "x");
    other_bridge.bridge_message = Some("Hello".into());
    assert_eq!(
        compare(&e(1, "t", "r", "x"), &other_bridge),
        [ChangeKind::BridgeChanged]
    );
}

/// A bridge message the head rules cannot render and a reworded one were
/// both "bridge message changed". Broken is its own kind, whatever the base had; one
/// the head rules render again is a change.
#[test]
fn a_broken_bridge_is_not_a_reworded_one() {
    let ok = outcome("a", Some((1, "t", "r", "x")));
    let mut reworded = ok.clone();
    reworded.bridge_message = Some("Hello there".into());
    let broken = |error: &str| {
        let mut o = ok.clone();
        o.bridge_message = None;
        o.bridge_error = Some(error.into());
        o
    };
    assert_eq!(compare(&ok, &reworded), [ChangeKind::BridgeChanged]);
    assert_eq!(compare(&ok, &broken("e1")), [ChangeKind::BridgeBroken]);
    assert_eq!(
        compare(&broken("e1"), &broken("e2")),
        [ChangeKind::BridgeBroken]
    );
    assert_eq!(compare(&broken("e1"), &ok), [ChangeKind::BridgeChanged]);
    assert!(compare(&broken("e1"), &broken("e1")).is_empty());
    // With another reason too: in `ALL`'s order.
    let mut both = broken("e1");
    both.reason = Some("another".into());
    assert_eq!(
        compare(&ok, &both),
        [ChangeKind::DetailsChanged, ChangeKind::BridgeBroken]
    );
    // Another team: a team change, whose row shows the head's bridge.
    let mut moved = broken("e1");
    moved.team = Some("y".into());
    assert_eq!(compare(&ok, &moved), [ChangeKind::TeamChanged]);
}

/// Two rule sets that differed only in a trigger's reason or severity, or a
/// team's name, gave "0 of 1 conversation change" while `replay`'s output differed;
/// so did another phrase matching the same trigger at the same turn.
#[test]
fn every_field_the_rules_decide_is_a_change() {
    let base = || {
        let mut o = outcome("a", Some((2, "t", "r", "x")));
        o.reason = Some("help you".into());
        o.team_name = Some("Team X".into());
        o.triggers[0].evidence = vec![Evidence::Match {
            turn: 2,
            role: Role::Customer,
            signal: "s".into(),
            text: "real person".into(),
        }];
        o
    };
    let changed = |edit: &dyn Fn(&mut Outcome)| {
        let mut head = base();
        edit(&mut head);
        assert_ne!(base(), head);
        (compare(&base(), &head), Details::of(&base(), &head))
    };
    let details = |d: Details| (vec![ChangeKind::DetailsChanged], d);
    assert_eq!(
        changed(&|o| o.reason = Some("help you now".into())),
        details(Details {
            reason: true,
            ..Details::default()
        })
    );
    assert_eq!(
        changed(&|o| o.triggers[0].severity = "critical"),
        details(Details {
            severity: true,
            ..Details::default()
        })
    );
    assert_eq!(
        changed(&|o| o.team_name = Some("Team Ex".into())),
        details(Details {
            team_name: true,
            ..Details::default()
        })
    );
    let evidence = Details {
        evidence: true,
        ..Details::default()
    };
    assert_eq!(
        changed(&|o| o.triggers[0].evidence.push(Evidence::Counter {
            name: "bot_fallbacks",
            value: 2.0,
            within: None,
        })),
        details(evidence)
    );
    assert_eq!(
        changed(&|o| {
            if let Evidence::Match { text, .. } = &mut o.triggers[0].evidence[0] {
                *text = "a real person".into();
            }
        }),
        details(evidence)
    );
    assert_eq!(
        changed(&|o| o.bridge_error = Some("undefined value".into())).0,
        [ChangeKind::BridgeBroken]
    );
    let mut two = base();
    two.reason = Some("help you now".into());
    two.triggers[0].severity = "high";
    let d = Details::of(&base(), &two);
    assert_eq!(d.names().collect::<Vec<_>>(), ["reason", "severity"]);
}

/// A detail that another kind of change accounts for is not counted again: another
/// team has another name, another turn other evidence, another primary trigger
/// another reason. What it does not account for still is.
#[test]
fn details_that_other_kinds_explain_are_not_counted_again() {
    let e = |turn, trigger: &str, team: &str| {
        let mut o = outcome("a", Some((turn, trigger, "r", team)));
        o.reason = Some(format!("reason of {trigger}"));
        o.team_name = Some(format!("name of {team}"));
        o.triggers[0].evidence = vec![Evidence::Counter {
            name: "bot_fallbacks",
            value: turn as f64,
            within: None,
        }];
        o
    };
    assert_eq!(
        compare(&e(2, "t", "x"), &e(2, "t", "y")),
        [ChangeKind::TeamChanged]
    );
    assert_eq!(
        compare(&e(2, "t", "x"), &e(1, "t", "x")),
        [ChangeKind::TurnEarlier]
    );
    assert_eq!(
        compare(&e(2, "t", "x"), &e(2, "u", "x")),
        [ChangeKind::TriggersChanged]
    );
    let mut reworded = e(2, "t", "y");
    reworded.reason = Some("another reason".into());
    assert_eq!(
        compare(&e(2, "t", "x"), &reworded),
        [ChangeKind::TeamChanged, ChangeKind::DetailsChanged]
    );
}

/// JSON consumers read the kinds in this order (`by_kind` is sorted by it): a new
/// kind goes last.
#[test]
fn kinds_keep_their_order() {
    let mut sorted = ChangeKind::ALL;
    sorted.sort();
    assert_eq!(sorted, ChangeKind::ALL);
    let names: Vec<String> = ChangeKind::ALL
        .iter()
        .map(|k| {
            serde_json::to_value(k)
                .unwrap()
                .as_str()
                .unwrap()
                .to_owned()
        })
        .collect();
    assert_eq!(
        names,
        [
            "newly_escalated",
            "no_longer_escalated",
            "team_changed",
            "route_changed",
            "turn_earlier",
            "turn_later",
            "triggers_changed",
            "bridge_changed",
            "details_changed",
            "bridge_broken"
        ]
    );
}

/// A trigger added beside one whose severity changed was "triggers changed" alone: the
/// severity was compared only when both held the same triggers, and a reviewer missed
/// a change of priority. A trigger added or dropped accounts for itself, not for the
/// severity or evidence of a trigger both hold.
#[test]
fn a_trigger_added_beside_does_not_hide_another_s_severity() {
    let base = outcome("a", Some((2, "t", "r", "x")));
    let mut head = base.clone();
    head.triggers[0].severity = "critical";
    let mut added = head.triggers[0].clone();
    added.id = "zzz-new".into();
    added.severity = "low";
    head.triggers.push(added.clone());
    assert_eq!(
        compare(&base, &head),
        [ChangeKind::TriggersChanged, ChangeKind::DetailsChanged]
    );
    assert_eq!(
        Details::of(&base, &head).names().collect::<Vec<_>>(),
        ["severity"]
    );
    // Dropped instead, the other way round: the same.
    assert_eq!(
        Details::of(&head, &base).names().collect::<Vec<_>>(),
        ["severity"]
    );
    // Only added, the shared trigger as it was: triggers changed alone.
    let mut only_added = base.clone();
    only_added.triggers.push(added);
    assert_eq!(compare(&base, &only_added), [ChangeKind::TriggersChanged]);
    // Its evidence at the same turn, with another trigger added: a change too.
    let mut evidence = only_added.clone();
    evidence.triggers[0].evidence.push(Evidence::Counter {
        name: "bot_fallbacks",
        value: 2.0,
        within: None,
    });
    assert_eq!(
        Details::of(&base, &evidence).names().collect::<Vec<_>>(),
        ["evidence"]
    );
}
