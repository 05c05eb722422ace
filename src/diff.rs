//! Diff: the same conversations through two rule sets → what changed, and how much.
//!
//! Takes pairs of outcomes (base rules, head rules) for each conversation; gives the
//! kinds of change for each and a [`DiffReport`] with counts per kind, team flows and
//! the changed conversations. It does not replay anything itself: `cli::diff` feeds it
//! from one pass over the transcripts that evaluates both engines. Telling two outcomes'
//! kinds of change apart is `kinds`'s; counting them is here.

mod kinds;

use std::collections::BTreeMap;

use serde::Serialize;

pub use self::kinds::{ChangeKind, Details, compare};
use crate::outcome::Outcome;

/// One changed conversation, with both outcomes.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Change {
    pub conversation_id: String,
    pub kinds: Vec<ChangeKind>,
    pub base: Outcome,
    pub head: Outcome,
}

/// Conversations that moved from one side to another. In JSON, each side's team is
/// `from`/`to` and whether it escalates `from_escalated`/`to_escalated`, in the
/// documented order (`from`, `to`, `conversations`, `from_escalated`, `to_escalated`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TeamFlow {
    pub from: Side,
    pub to: Side,
    pub conversations: u64,
}

impl Serialize for TeamFlow {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        struct Flat<'a> {
            from: Option<&'a str>,
            to: Option<&'a str>,
            conversations: u64,
            from_escalated: bool,
            to_escalated: bool,
        }
        Flat {
            from: self.from.team.as_deref(),
            to: self.to.team.as_deref(),
            conversations: self.conversations,
            from_escalated: self.from.escalated,
            to_escalated: self.to.escalated,
        }
        .serialize(serializer)
    }
}

/// Where one rule set sends a conversation: to which team, and whether it escalates at
/// all. A team of `None` is no team: escalated to none (unrouted: no route matched and
/// there is no default route), or not escalated. Ordered by team, then escalation.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Side {
    pub team: Option<String>,
    pub escalated: bool,
}

impl Side {
    pub fn of(outcome: &Outcome) -> Self {
        Side {
            team: outcome.team.clone(),
            escalated: outcome.escalated,
        }
    }
}

/// Everything a diff found.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct DiffReport {
    pub conversations: u64,
    pub changed: u64,
    /// Conversations with each kind of change (one conversation can have several).
    pub by_kind: BTreeMap<ChangeKind, u64>,
    /// Team flows, largest first.
    pub team_flows: Vec<TeamFlow>,
    /// Per team: conversations gained and lost.
    pub by_team: BTreeMap<String, TeamDelta>,
    /// Changed conversations that the head rules escalate to a team whose bridge
    /// message they cannot render: the team would join with no bridge message.
    pub head_bridge_errors: u64,
    /// Changed conversations kept as examples ([`DiffReport::keep`]), in input order.
    pub changes: Vec<Change>,
    /// Examples kept per kind.
    #[serde(skip)]
    kept: BTreeMap<ChangeKind, usize>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct TeamDelta {
    pub gained: u64,
    pub lost: u64,
}

impl DiffReport {
    /// Counts a conversation whose two outcomes [`compare`] found the same, without them
    /// (a worker thread compares and frees them where it made them).
    pub fn add_unchanged(&mut self) {
        self.conversations += 1;
    }

    /// Adds one conversation's two outcomes to the counts; returns the change, if any,
    /// for the caller to [`keep`](DiffReport::keep) as an example or stream out.
    pub fn add(&mut self, base: Outcome, head: Outcome) -> Option<Change> {
        let kinds = compare(&base, &head);
        self.count(
            &kinds,
            &Side::of(&base),
            &Side::of(&head),
            head.bridge_error.is_some(),
        );
        if kinds.is_empty() {
            return None;
        }
        Some(Change {
            conversation_id: base.conversation_id.clone(),
            kinds,
            base,
            head,
        })
    }

    /// Adds one conversation to the counts by what [`compare`] found in its outcomes
    /// and where they send it, and whether the head's bridge message could not be
    /// rendered, without the outcomes themselves (a worker thread compares, streams and
    /// frees them where it made them).
    pub fn count(
        &mut self,
        kinds: &[ChangeKind],
        base: &Side,
        head: &Side,
        head_bridge_error: bool,
    ) {
        self.conversations += 1;
        if kinds.is_empty() {
            return;
        }
        self.changed += 1;
        if head_bridge_error {
            self.head_bridge_errors += 1;
        }
        for kind in kinds {
            *self.by_kind.entry(*kind).or_default() += 1;
        }
        if base != head {
            if base.team != head.team {
                if let Some(team) = &base.team {
                    self.by_team.entry(team.clone()).or_default().lost += 1;
                }
                if let Some(team) = &head.team {
                    self.by_team.entry(team.clone()).or_default().gained += 1;
                }
            }
            match self
                .team_flows
                .iter_mut()
                .find(|f| f.from == *base && f.to == *head)
            {
                Some(flow) => flow.conversations += 1,
                None => self.team_flows.push(TeamFlow {
                    from: base.clone(),
                    to: head.clone(),
                    conversations: 1,
                }),
            }
        }
    }

    /// Keeps `change` as an example if one of its kinds has fewer than `per_kind`
    /// examples yet; memory stays bounded however many conversations change.
    pub fn keep(&mut self, change: Change, per_kind: usize) {
        if change
            .kinds
            .iter()
            .any(|k| self.kept.get(k).copied().unwrap_or(0) < per_kind)
        {
            for k in &change.kinds {
                *self.kept.entry(*k).or_default() += 1;
            }
            self.changes.push(change);
        }
    }

    /// Orders team flows, largest first (call once, after the last `add`).
    pub fn finish(&mut self) {
        self.team_flows.sort_by(|a, b| {
            b.conversations
                .cmp(&a.conversations)
                .then_with(|| (&a.from, &a.to).cmp(&(&b.from, &b.to)))
        });
    }

    /// The kept changes of one kind, in input order.
    pub fn of_kind(&self, kind: ChangeKind) -> impl Iterator<Item = &Change> {
        self.changes.iter().filter(move |c| c.kinds.contains(&kind))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::outcome::FiredTrigger;

    /// An outcome of conversation `id`, escalated at a turn by a trigger, to a route and
    /// a team, or not escalated.
    pub(super) fn outcome(id: &str, escalation: Option<(usize, &str, &str, &str)>) -> Outcome {
        let mut o = Outcome {
            conversation_id: id.into(),
            escalated: false,
            escalation_turn: None,
            escalation_time: None,
            reason: None,
            triggers: Vec::new(),
            route: None,
            team: None,
            team_name: None,
            bridge_message: None,
            bridge_error: None,
            actual_handoff_turn: None,
            actual_handoff_time: None,
            versus_actual: None,
            messages: 5,
        };
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
}
