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

pub use self::kinds::{ChangeKind, Details, compare, shared_triggers};
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

/// A signal whose packets' topic differs between the rule sets: `topic:` flipped (or the
/// default moved, a signal now read only under `not:`), or a topic added or removed with
/// its signal. Outcomes do not carry packets, so no conversation shows it as changed;
/// the diff names the rule-set change instead.
/// In `diff`'s JSON, `topic_changes: [{signal, base, head}]` (`base`, `head`: `true`,
/// `false`, or `null` where that rule set has no such signal).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TopicChange {
    pub signal: String,
    /// Whether a packet's summary lists the signal as a topic with the base rules
    /// (`None`: the base rules have no such signal).
    pub base: Option<bool>,
    pub head: Option<bool>,
}

impl TopicChange {
    /// What changed, after the signal's id (`signal` and this, through `id`: a code
    /// span in Markdown): ``signal `leaving` is no topic of packets' summaries with the
    /// base rules and a topic with the head rules; packets that match it also list it``.
    pub fn describe(&self, id: impl Fn(&str) -> String) -> String {
        let now = if self.head == Some(true) {
            "packets that match it also list it"
        } else {
            "packets that matched it no longer list it"
        };
        let said = match (self.base, self.head) {
            (None, _) => ", new in the head rules, is a topic of packets' summaries".to_owned(),
            (_, None) => ", a topic of packets' summaries, is gone from the head rules".to_owned(),
            (Some(base), Some(head)) => {
                let listed = |topic: bool| if topic { "a topic" } else { "no topic" };
                format!(
                    " is {} of packets' summaries with the base rules and {} with the head rules",
                    listed(base),
                    listed(head)
                )
            }
        };
        format!("signal {}{said}; {now}", id(&self.signal))
    }
}

/// The signals, by id, that one rule set lists as a packet's topic and the other not
/// ([`crate::rules::RuleSet::topics`]): those of both in the head rules' order, then
/// those of the base rules alone.
pub fn topic_changes(
    base: &crate::rules::RuleSet,
    head: &crate::rules::RuleSet,
) -> Vec<TopicChange> {
    let base_topics = base.topics();
    let head_topics = head.topics();
    let of = |rules: &crate::rules::RuleSet, topics: &[bool], id: &str| {
        let i = rules.signals.iter().position(|s| s.id == id)?;
        topics.get(i).copied()
    };
    let ours = (head.signals.iter().zip(&head_topics))
        .map(|(s, &topic)| (s.id.clone(), of(base, &base_topics, &s.id), Some(topic)));
    let gone = (base.signals.iter().zip(&base_topics))
        .filter(|(s, _)| !head.signals.iter().any(|h| h.id == s.id))
        .map(|(s, &topic)| (s.id.clone(), Some(topic), None));
    ours.chain(gone)
        .filter(|(_, base, head)| base.unwrap_or(false) != head.unwrap_or(false))
        .map(|(signal, base, head)| TopicChange { signal, base, head })
        .collect()
}

#[cfg(test)]
mod tests;
