//! The merge of coverage reports: a report over a later shard of the input → folded
//! into this one, exactly as if one run had read both; refused for different rule sets,
//! versions or label files, for a report with labels and one without, and for reports
//! that both count one run (a shard, or a merge holding it); the check that a report read
//! back adds up. Also the id of a run (its `shards` entry), which makes that possible.
//! The id hashes a run's conversations together: it tells runs over the same
//! conversations apart from others, but not a run over a part of another's input from
//! an unrelated one, so a whole run merged with one of its shards is not refused
//! (README says so); telling that would need every conversation's hash in the report.

use super::{CoverageReport, VERSION};
use crate::diag::JsonDiagnostic;
use crate::transcript::Conversation;

/// Whether `a` and `b`, said by two shards' runs, are one diagnostic of the merged run.
/// A code a run says for the first file it applies to only is one wherever each shard
/// said it: `D009` once per column it names (its message), `D018` once whatever it
/// says. `D018` names the delimiter as the user wrote it (`|`), where the reports of
/// versions before it said the word (`pipe`), and where it was set: one setting of one
/// run all the same, which a merge of a report of each said twice.
fn one_of_the_run(a: &JsonDiagnostic, b: &JsonDiagnostic) -> bool {
    a == b
        || a.code == b.code
            && match a.code.as_deref() {
                Some("D009") => a.message == b.message,
                Some("D018") => true,
                _ => false,
            }
}

/// A fingerprint as a merge error shows it: one emptied by hand (`"rules": ""`) is
/// `(empty)`, not nothing between two spaces.
fn shown(fingerprint: &str) -> &str {
    if fingerprint.trim().is_empty() {
        "(empty)"
    } else {
        fingerprint
    }
}

/// Why two reports cannot be merged.
#[derive(Debug, thiserror::Error)]
pub enum MergeError {
    #[error("the reports are of different rule sets (fingerprints {} and {})", shown(.0), shown(.1))]
    DifferentRules(String, String),
    #[error("unsupported coverage report version {0}; this handoff reads version {VERSION}")]
    Version(u32),
    /// Labels and blank rows of each: a file mapped with other `--label-column`s has
    /// as many rows, but other blanks.
    #[error(
        "the reports evaluate different labels ({0} labels, {1} blank, against {2}, {3} blank): another labels file, or the same mapped with other --label-column"
    )]
    DifferentLabels(u64, u64, u64, u64),
    /// As many rows and blanks, but other labels: their fingerprints.
    #[error(
        "the reports evaluate different labels (fingerprints {} and {}, though of as many rows and blanks): another labels file, or the same mapped with other --label-column",
        shown(.0),
        shown(.1)
    )]
    OtherLabels(String, String),
    /// Lists of the rules (triggers, routes, teams, signals) that differ under one rules
    /// fingerprint: a report edited since handoff wrote it.
    #[error(
        "the reports have the same rules fingerprint but list other {0}: one was edited since handoff wrote it"
    )]
    OtherLists(&'static str),
    #[error("both reports count the run {0}: its conversations would count twice")]
    Overlap(String),
    /// One report evaluates labels and the other does not (`true`: this one has them).
    #[error(
        "{} made without --labels: the label evaluation would leave out its conversations",
        if *.0 { "the report merged in was" } else { "the reports merged into were" }
    )]
    LabelsInOne(bool),
}

impl CoverageReport {
    /// Merges a report over a later shard of the input into this one.
    pub fn merge(&mut self, other: &CoverageReport) -> Result<(), MergeError> {
        for v in [self.version, other.version] {
            if v != VERSION {
                return Err(MergeError::Version(v));
            }
        }
        if self.rules != other.rules {
            return Err(MergeError::DifferentRules(
                self.rules.clone(),
                other.rules.clone(),
            ));
        }
        // Refused before anything is added: a refused merge leaves this report as it was.
        // The lists below are added up entry by entry, in the rules' order.
        let lists = [
            (
                "triggers",
                same(&self.triggers, &other.triggers, |a, b| a.id == b.id),
            ),
            (
                "routes",
                same(&self.routes, &other.routes, |a, b| a.id == b.id),
            ),
            (
                "teams",
                same(&self.teams, &other.teams, |a, b| a.id == b.id),
            ),
            (
                "signals",
                same(&self.signals, &other.signals, |a, b| {
                    a.id == b.id && same(&a.entries, &b.entries, |x, y| x.text == y.text)
                }),
            ),
        ];
        if let Some((what, _)) = lists.iter().find(|(_, same)| !same) {
            return Err(MergeError::OtherLists(what));
        }
        match (&self.labels, &other.labels) {
            (Some(a), Some(b)) if (a.labels, a.blank) != (b.labels, b.blank) => {
                return Err(MergeError::DifferentLabels(
                    a.labels, a.blank, b.labels, b.blank,
                ));
            }
            (Some(a), Some(b)) => {
                if let (Some(x), Some(y)) = (&a.fingerprint, &b.fingerprint)
                    && x != y
                {
                    return Err(MergeError::OtherLabels(x.clone(), y.clone()));
                }
            }
            (Some(_), None) | (None, Some(_)) => {
                return Err(MergeError::LabelsInOne(self.labels.is_some()));
            }
            _ => {}
        }
        if let Some(shard) = other.shards.iter().find(|s| self.shards.contains(s)) {
            return Err(MergeError::Overlap(shard.clone()));
        }
        self.shards.extend(other.shards.iter().cloned());
        self.conversations += other.conversations;
        self.messages += other.messages;
        self.escalated += other.escalated;
        self.human_handoffs += other.human_handoffs;
        self.unrouted += other.unrouted;
        for (a, b) in self.triggers.iter_mut().zip(&other.triggers) {
            a.fired += b.fired;
            a.primary += b.primary;
            a.held += b.held;
        }
        for (a, b) in self.routes.iter_mut().zip(&other.routes) {
            a.matched += b.matched;
            // Missing from both shards, missing from the whole input.
            a.missing_fields.retain(|f| b.missing_fields.contains(f));
            // Fired in neither shard, never fired.
            a.unfired_triggers
                .retain(|t| b.unfired_triggers.contains(t));
            for (by, n) in &b.taken_earlier {
                *a.taken_earlier.entry(by.clone()).or_default() += n;
            }
            a.rest_unmet += b.rest_unmet;
        }
        for (a, b) in self.teams.iter_mut().zip(&other.teams) {
            a.conversations += b.conversations;
        }
        for (a, b) in self.signals.iter_mut().zip(&other.signals) {
            a.messages += b.messages;
            for (x, y) in a.entries.iter_mut().zip(&b.entries) {
                x.hits += y.hits;
                x.uncounted.negated += y.uncounted.negated;
                x.uncounted.inside_longer += y.uncounted.inside_longer;
            }
        }
        for (trigger, routes) in &other.matrix {
            let row = self.matrix.entry(trigger.clone()).or_default();
            for (route, n) in routes {
                *row.entry(route.clone()).or_default() += n;
            }
        }
        for (turn, n) in &other.escalation_turns {
            *self.escalation_turns.entry(*turn).or_default() += n;
        }
        self.gaps.merge(&other.gaps);
        if let (Some(a), Some(b)) = (&mut self.labels, &other.labels) {
            a.merge(b);
        }
        // Each shard's run says what the rules and labels left out: said once. So is
        // what a run says for its first file only (D009, D018), at another file in
        // each shard: merged, it is one run's, said once, at the first shard's file.
        for d in &other.diagnostics {
            if !self.diagnostics.iter().any(|e| one_of_the_run(e, d)) {
                self.diagnostics.push(d.clone());
            }
        }
        self.finish();
        Ok(())
    }
}

impl CoverageReport {
    /// The first of its counts that cannot be what a run counted (an escalation count
    /// over the conversations, a trigger fired more often than anything escalated…),
    /// said as `` `escalated` (40) is more than `conversations` (33) ``: a report edited
    /// or damaged after handoff wrote it, which a merge would add up into shares over
    /// 100 %. `None` when every count is possible.
    pub fn inconsistency(&self) -> Option<String> {
        let (conversations, escalated, messages) =
            (self.conversations, self.escalated, self.messages);
        let matrix = total(self.matrix.values().flat_map(|r| r.values().copied()));
        if matrix != escalated {
            return Some(format!(
                "the `matrix` counts {matrix} escalations and `escalated` {escalated}"
            ));
        }
        // (what, its count, what it cannot be more than, that count)
        let mut checks: Vec<(String, u64, String, u64)> = vec![
            (
                "escalated".into(),
                escalated,
                "conversations".into(),
                conversations,
            ),
            (
                "human_handoffs".into(),
                self.human_handoffs,
                "conversations".into(),
                conversations,
            ),
            (
                "unrouted".into(),
                self.unrouted,
                "escalated".into(),
                escalated,
            ),
            (
                "escalation_turns".into(),
                total(self.escalation_turns.values().copied()),
                "escalated".into(),
                escalated,
            ),
            (
                "routes[].matched + unrouted".into(),
                total(self.routes.iter().map(|r| r.matched)).saturating_add(self.unrouted),
                "escalated".into(),
                escalated,
            ),
            (
                "teams[].conversations".into(),
                total(self.teams.iter().map(|t| t.conversations)),
                "escalated".into(),
                escalated,
            ),
        ];
        let g = &self.gaps;
        let gaps = [
            (
                "missed_handoffs",
                g.missed_handoffs.count,
                "conversations",
                conversations,
            ),
            (
                "stuck_not_escalated",
                g.stuck_not_escalated.count,
                "conversations",
                conversations,
            ),
            (
                "late_escalations",
                g.late_escalations.count,
                "escalated",
                escalated,
            ),
            (
                "late_by",
                total(g.late_by.values().copied()),
                "escalated",
                escalated,
            ),
            (
                "default_route",
                g.default_route.count,
                "escalated",
                escalated,
            ),
            ("unrouted", g.unrouted.count, "escalated", escalated),
            (
                "bridge_errors",
                g.bridge_errors.as_ref().map_or(0, |b| b.count),
                "escalated",
                escalated,
            ),
        ];
        for (gap, n, than, m) in gaps {
            checks.push((format!("gaps.{gap}"), n, than.into(), m));
        }
        for t in &self.triggers {
            checks.push((
                format!("triggers[{}].fired", t.id),
                t.fired,
                "escalated".into(),
                escalated,
            ));
            checks.push((
                format!("triggers[{}].primary", t.id),
                t.primary,
                format!("triggers[{}].fired", t.id),
                t.fired,
            ));
            checks.push((
                format!("triggers[{}].held", t.id),
                t.held,
                "conversations".into(),
                conversations,
            ));
        }
        for s in &self.signals {
            checks.push((
                format!("signals[{}].messages", s.id),
                s.messages,
                "messages".into(),
                messages,
            ));
            for e in &s.entries {
                for (what, n) in [
                    ("negated", e.uncounted.negated),
                    ("inside_longer", e.uncounted.inside_longer),
                    ("hits", e.hits),
                ] {
                    checks.push((
                        format!("signals[{}].entries[{:?}].{what}", s.id, e.text),
                        n,
                        "messages".into(),
                        messages,
                    ));
                }
            }
        }
        if let Some(l) = &self.labels {
            let c = &l.escalation;
            let confused = total([
                c.true_positives,
                c.false_positives,
                c.false_negatives,
                c.true_negatives,
            ]);
            checks.push((
                "labels.blank".into(),
                l.blank,
                "labels.labels".into(),
                l.labels,
            ));
            checks.push((
                "labels.matched".into(),
                l.matched,
                "labels.labels - labels.blank".into(),
                l.labels.saturating_sub(l.blank),
            ));
            checks.push((
                "labels.escalation".into(),
                confused,
                "labels.matched".into(),
                l.matched,
            ));
        }
        checks
            .into_iter()
            .find(|(_, n, _, m)| n > m)
            .map(|(what, n, than, m)| format!("`{what}` ({n}) is more than `{than}` ({m})"))
    }
}

/// Whether `a` and `b` hold as many entries, each `alike` the other's.
fn same<T>(a: &[T], b: &[T], alike: impl Fn(&T, &T) -> bool) -> bool {
    a.len() == b.len() && a.iter().zip(b).all(|(x, y)| alike(x, y))
}

/// The sum of `counts`, saturating: a report's numbers are read from a file.
fn total(counts: impl IntoIterator<Item = u64>) -> u64 {
    counts.into_iter().fold(0u64, u64::saturating_add)
}

/// A conversation's share of its shard's id: a hash (FNV-1a, fixed on every machine) of
/// its id and the role and length of each message. Hashing every message's text would
/// cost the thread that adds the conversations up; two inputs that agree on all of this
/// are the same export.
pub(super) fn conversation_hash(conversation: &Conversation) -> u64 {
    let mut hash = crate::fnv::OFFSET;
    let mut eat = |bytes: &[u8]| hash = crate::fnv::feed(hash, bytes);
    eat(conversation.id.as_bytes());
    eat(&[0]);
    for m in &conversation.messages {
        eat(&[m.role as u8]);
        eat(&(m.text.len() as u64).to_le_bytes());
    }
    mix(hash)
}

/// A finaliser (splitmix64's): sums of FNV hashes would keep their low bits' weakness.
pub(super) fn mix(mut x: u64) -> u64 {
    x ^= x >> 30;
    x = x.wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x ^= x >> 27;
    x = x.wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}
