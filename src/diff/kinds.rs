//! The kinds of change between two outcomes of one conversation: a base and a head
//! [`Outcome`] → the [`ChangeKind`]s that tell them apart (empty: unchanged), and the
//! [`Details`] behind [`ChangeKind::DetailsChanged`]. Compares; counts nothing (the
//! [`DiffReport`](super::DiffReport) does).

use serde::Serialize;

use crate::outcome::{FiredTrigger, Outcome};

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

/// The triggers both outcomes hold, paired by id, in `one`'s order: what a detail of
/// a trigger is compared between, whatever triggers were added or dropped beside them.
pub fn shared_triggers<'a>(
    one: &'a Outcome,
    other: &'a Outcome,
) -> impl Iterator<Item = (&'a FiredTrigger, &'a FiredTrigger)> {
    one.triggers.iter().filter_map(|t| {
        let u = other.triggers.iter().find(|u| u.id == t.id)?;
        Some((t, u))
    })
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
    /// A trigger's severity (a trigger both hold, whatever others were added or dropped).
    pub severity: bool,
    /// The team's name (same team).
    pub team_name: bool,
    /// A trigger's evidence (a trigger both hold, same escalation turn): another phrase
    /// matching the same trigger at the same turn. The human reads it (the packet, the
    /// trigger's quote), so it counts as a change. (A trigger's `turn` is the escalation
    /// turn, compared already.)
    pub evidence: bool,
}

impl Details {
    /// The details that differ between two outcomes that both escalate.
    pub fn of(base: &Outcome, head: &Outcome) -> Details {
        // One trigger added or dropped (triggers changed) accounts for itself, not for
        // another's severity or evidence.
        let pairs = || shared_triggers(base, head);
        Details {
            reason: base.reason != head.reason && base.primary_trigger() == head.primary_trigger(),
            severity: pairs().any(|(b, h)| b.severity != h.severity),
            team_name: base.team == head.team && base.team_name != head.team_name,
            evidence: base.escalation_turn == head.escalation_turn
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
mod tests;
