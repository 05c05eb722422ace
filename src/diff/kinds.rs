//! The kinds of change between two outcomes of one conversation: a base and a head
//! [`Outcome`] → the [`ChangeKind`]s that tell them apart (empty: unchanged), and the
//! [`Details`] behind [`ChangeKind::DetailsChanged`]. Compares; counts nothing (the
//! [`DiffReport`](super::DiffReport) does).

use serde::Serialize;

use crate::outcome::Outcome;

/// How one conversation's outcome changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ChangeKind {
    NewlyEscalated,
    NoLongerEscalated,
    TeamChanged,
    /// Another route, same team.
    RouteChanged,
    TurnEarlier,
    TurnLater,
    TriggersChanged,
    /// Same team, another bridge message, which the head rules can render (they could
    /// not in the base, or it reads otherwise). One they cannot render is
    /// [`ChangeKind::BridgeBroken`].
    BridgeChanged,
    /// What the human reads about the escalation, beyond the kinds above: the reason, a
    /// trigger's severity or evidence, or the team's name ([`Details`]). Last, so that
    /// the kinds before it keep their order.
    DetailsChanged,
    /// Same team, another bridge message outcome, and the head rules cannot render it:
    /// the team would join with no bridge message. Told apart from a rewording (a
    /// broken and a reworded message were counted together as "bridge message
    /// changed"). After [`ChangeKind::DetailsChanged`], which came first.
    BridgeBroken,
}

impl ChangeKind {
    pub const ALL: [ChangeKind; 10] = [
        ChangeKind::NewlyEscalated,
        ChangeKind::NoLongerEscalated,
        ChangeKind::TeamChanged,
        ChangeKind::RouteChanged,
        ChangeKind::TurnEarlier,
        ChangeKind::TurnLater,
        ChangeKind::TriggersChanged,
        ChangeKind::BridgeChanged,
        ChangeKind::DetailsChanged,
        ChangeKind::BridgeBroken,
    ];

    pub fn describe(self) -> &'static str {
        match self {
            ChangeKind::NewlyEscalated => "newly escalated",
            ChangeKind::NoLongerEscalated => "no longer escalated",
            ChangeKind::TeamChanged => "team changed",
            ChangeKind::RouteChanged => "route changed (same team)",
            ChangeKind::TurnEarlier => "escalates earlier",
            ChangeKind::TurnLater => "escalates later",
            ChangeKind::TriggersChanged => "triggers changed",
            ChangeKind::BridgeChanged => "bridge message changed",
            ChangeKind::DetailsChanged => "details changed",
            ChangeKind::BridgeBroken => "bridge message broken",
        }
    }
}

/// The kinds of change between two outcomes of one conversation (empty: unchanged).
pub fn compare(base: &Outcome, head: &Outcome) -> Vec<ChangeKind> {
    match (base.escalated, head.escalated) {
        (false, false) => return Vec::new(),
        (false, true) => return vec![ChangeKind::NewlyEscalated],
        (true, false) => return vec![ChangeKind::NoLongerEscalated],
        (true, true) => {}
    }
    let mut kinds = Vec::new();
    if base.team != head.team {
        kinds.push(ChangeKind::TeamChanged);
    } else if base.route != head.route {
        kinds.push(ChangeKind::RouteChanged);
    }
    match (base.escalation_turn, head.escalation_turn) {
        (Some(b), Some(h)) if h < b => kinds.push(ChangeKind::TurnEarlier),
        (Some(b), Some(h)) if h > b => kinds.push(ChangeKind::TurnLater),
        _ => {}
    }
    if !same_trigger_ids(base, head) {
        kinds.push(ChangeKind::TriggersChanged);
    }
    let bridge_differs = base.team == head.team
        && (base.bridge_message != head.bridge_message || base.bridge_error != head.bridge_error);
    let broken = bridge_differs && head.bridge_error.is_some();
    if bridge_differs && !broken {
        kinds.push(ChangeKind::BridgeChanged);
    }
    if Details::of(base, head).any() {
        kinds.push(ChangeKind::DetailsChanged);
    }
    // Last, in `ALL`'s order.
    if broken {
        kinds.push(ChangeKind::BridgeBroken);
    }
    kinds
}

/// Whether both outcomes hold the same triggers, in the same order.
fn same_trigger_ids(base: &Outcome, head: &Outcome) -> bool {
    let (b, h) = (&base.triggers, &head.triggers);
    b.len() == h.len() && b.iter().zip(h).all(|(b, h)| b.id == h.id)
}

/// Which fields of two escalations differ that no other kind of change accounts for:
/// what [`ChangeKind::DetailsChanged`] stands for. Each is compared only where the other
/// kinds do not already explain it: another primary trigger has another reason, another
/// team another name, another escalation turn other evidence. Compared in place, on
/// the worker thread, for every conversation that escalates with both rule sets.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Details {
    /// The primary trigger's reason (same trigger).
    pub reason: bool,
    /// A trigger's severity (same triggers).
    pub severity: bool,
    /// The team's name (same team).
    pub team_name: bool,
    /// A trigger's evidence (same triggers, same escalation turn): another phrase
    /// matching the same trigger at the same turn. The human reads it (the packet, the
    /// trigger's quote), so it counts as a change. (A trigger's `turn` is the escalation
    /// turn, compared already.)
    pub evidence: bool,
}

impl Details {
    /// The details that differ between two outcomes that both escalate.
    pub fn of(base: &Outcome, head: &Outcome) -> Details {
        let same_triggers = same_trigger_ids(base, head);
        let pairs = || base.triggers.iter().zip(&head.triggers);
        Details {
            reason: base.reason != head.reason && base.primary_trigger() == head.primary_trigger(),
            severity: same_triggers && pairs().any(|(b, h)| b.severity != h.severity),
            team_name: base.team == head.team && base.team_name != head.team_name,
            evidence: same_triggers
                && base.escalation_turn == head.escalation_turn
                && pairs().any(|(b, h)| b.evidence != h.evidence),
        }
    }

    pub fn any(self) -> bool {
        self.reason || self.severity || self.team_name || self.evidence
    }

    /// The names of the details that differ, in a fixed order: `reason`, `severity`,
    /// `team name`, `evidence`.
    pub fn names(self) -> impl Iterator<Item = &'static str> {
        [
            (self.reason, "reason"),
            (self.severity, "severity"),
            (self.team_name, "team name"),
            (self.evidence, "evidence"),
        ]
        .into_iter()
        .filter_map(|(differs, name)| differs.then_some(name))
    }
}

#[cfg(test)]
mod tests {
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
}
