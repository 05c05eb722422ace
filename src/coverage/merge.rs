//! The merge of coverage reports: a report over a later shard of the input → folded
//! into this one, exactly as if one run had read both; refused for different rule sets,
//! versions or label files, for a report with labels and one without, and for reports
//! that both count one run (a shard, or a merge holding it), and for a report whose rules
//! fingerprint was emptied (`consistency.rs` checks a report read back). Also the id of
//! a run (its `shards` entry), which makes that possible.
//! The id hashes a run's conversations together: it tells runs over the same
//! conversations apart from others, but not a run over a part of another's input from
//! an unrelated one, so a whole run merged with one of its shards is not refused
//! (README says so); telling that would need every conversation's hash in the report.

use super::sum_into;
use super::{CounterCoverage, CoverageReport, VERSION};
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

/// Why two reports cannot be merged.
#[derive(Debug, thiserror::Error)]
pub enum MergeError {
    #[error("the reports are of different rule sets (fingerprints {0} and {1})")]
    DifferentRules(String, String),
    /// An id a merge tells a report by is empty ([`CoverageReport::unproven`]): `true`
    /// for the report merged in, `false` for this one.
    #[error(
        "the report {} was edited since handoff wrote it: {}",
        if *.0 { "merged in" } else { "merged into" },
        .1
    )]
    Unproven(bool, String),
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
        "the reports evaluate different labels (fingerprints {0} and {1}, though of as many rows and blanks): another labels file, or the same mapped with other --label-column"
    )]
    OtherLabels(String, String),
    /// Lists of the rules (triggers, routes, teams, signals, counters) that differ under
    /// one rules fingerprint: a report edited since handoff wrote it.
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
    /// The reports' conversations or messages add up past what 64 bits count.
    #[error(
        "the reports count more {0} together than 18446744073709551615: no runs count that far; edited since handoff wrote them"
    )]
    PastCounting(&'static str),
}

impl CoverageReport {
    /// Merges a report over a later shard of the input into this one.
    pub fn merge(&mut self, other: &CoverageReport) -> Result<(), MergeError> {
        for v in [self.version, other.version] {
            if v != VERSION {
                return Err(MergeError::Version(v));
            }
        }
        // Emptied by hand, an id proves nothing: two reports both emptied are "the same".
        if let Some(why) = self.unproven() {
            return Err(MergeError::Unproven(false, why));
        }
        if let Some(why) = other.unproven() {
            return Err(MergeError::Unproven(true, why));
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
            (
                "counters",
                same(
                    &self.counters,
                    &other.counters,
                    CounterCoverage::same_reading,
                ),
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
        // The other counts are bound by these two in a report read back (`consistency.rs`):
        // summed, they fit where these do. (`sum_into` saturates all the same.)
        for (what, a, b) in [
            ("conversations", self.conversations, other.conversations),
            ("messages", self.messages, other.messages),
        ] {
            if a.checked_add(b).is_none() {
                return Err(MergeError::PastCounting(what));
            }
        }
        self.shards.extend(other.shards.iter().cloned());
        sum_into(&mut self.conversations, other.conversations);
        sum_into(&mut self.messages, other.messages);
        sum_into(&mut self.escalated, other.escalated);
        sum_into(&mut self.human_handoffs, other.human_handoffs);
        sum_into(&mut self.unrouted, other.unrouted);
        for (a, b) in self.triggers.iter_mut().zip(&other.triggers) {
            sum_into(&mut a.fired, b.fired);
            sum_into(&mut a.primary, b.primary);
            sum_into(&mut a.held, b.held);
        }
        for (a, b) in self.routes.iter_mut().zip(&other.routes) {
            sum_into(&mut a.matched, b.matched);
            // Missing from both shards, missing from the whole input.
            a.missing_fields.retain(|f| b.missing_fields.contains(f));
            // Fired in neither shard, never fired.
            a.unfired_triggers
                .retain(|t| b.unfired_triggers.contains(t));
            for (by, n) in &b.taken_earlier {
                sum_into(a.taken_earlier.entry(by.clone()).or_default(), *n);
            }
            sum_into(&mut a.rest_unmet, b.rest_unmet);
        }
        for (a, b) in self.teams.iter_mut().zip(&other.teams) {
            sum_into(&mut a.conversations, b.conversations);
        }
        for (a, b) in self.signals.iter_mut().zip(&other.signals) {
            sum_into(&mut a.messages, b.messages);
            for (x, y) in a.entries.iter_mut().zip(&b.entries) {
                sum_into(&mut x.hits, y.hits);
                sum_into(&mut x.uncounted.negated, y.uncounted.negated);
                sum_into(&mut x.uncounted.inside_longer, y.uncounted.inside_longer);
            }
        }
        for (a, b) in self.counters.iter_mut().zip(&other.counters) {
            a.merge(b);
        }
        for (trigger, routes) in &other.matrix {
            let row = self.matrix.entry(trigger.clone()).or_default();
            for (route, n) in routes {
                sum_into(row.entry(route.clone()).or_default(), *n);
            }
        }
        for (turn, n) in &other.escalation_turns {
            sum_into(self.escalation_turns.entry(*turn).or_default(), *n);
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

/// Whether `a` and `b` hold as many entries, each `alike` the other's.
fn same<T>(a: &[T], b: &[T], alike: impl Fn(&T, &T) -> bool) -> bool {
    a.len() == b.len() && a.iter().zip(b).all(|(x, y)| alike(x, y))
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
