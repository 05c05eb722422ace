//! Evaluation against hand labels: the labels of a CSV of conversation ids with the
//! expected team and/or whether the conversation should escalate ([`load`], in
//! `read.rs`), and replayed outcomes → a mergeable [`LabelEval`].
//!
//! Gives escalation precision and recall, a confusion matrix of expected × routed team,
//! per-team precision and recall, and examples of the misses. `expected_team` holds a
//! team id, `none` (must not escalate), or nothing (no team label for that row);
//! `expected_escalated` holds true/false (yes/no, y/n, 1/0, in any case). Rows are checked against the
//! header and the rules' teams (see [`load`]); rows with no label are counted as blank.

mod columns;
mod error;
mod read;

use super::sum_into;
use std::collections::{BTreeMap, HashMap, HashSet};

use serde::{Deserialize, Serialize};

use super::{Example, Gap};
use crate::diag::Diagnostic;
use crate::outcome::Outcome;
use crate::transcript::Conversation;

pub use columns::LabelColumns;
pub use error::{LabelError, MAX_ROW_ERRORS};
pub use read::load;

/// The team of "must not escalate" (labels) and "not escalated" (outcomes) in the
/// expected × routed team matrix.
pub const NO_TEAM: &str = crate::outcome::NOT_ESCALATED;

/// The routed team of an escalation that no route took (and no default route caught),
/// as `diff` says it.
pub use crate::outcome::UNROUTED;

/// Unmatched label ids named in the text, Markdown and HTML reports (JSON has them all).
pub const MAX_UNMATCHED_SHOWN: usize = 5;

/// One labelled conversation.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Label {
    pub escalated: Option<bool>,
    /// Expected team; `Some(NO_TEAM)` when it must not escalate.
    pub team: Option<String>,
}

/// The labels of a file, by conversation id.
#[derive(Debug, Clone, Default)]
pub struct Labels {
    by_id: HashMap<String, Label>,
    /// Rows in the file.
    pub total: u64,
    /// Rows with a conversation id and every label cell empty: not labels, counted so
    /// the summary can say so.
    pub blank: u64,
    /// Warnings about rows that were read, but may not be what was meant (D008).
    pub diagnostics: Vec<Diagnostic>,
}

impl Labels {
    /// What the labels say, hashed (FNV-1a, 64 bits, 16 hex digits): each labelled id
    /// with its label as evaluated, in id order, and the rows and blank rows. Two files
    /// (or one file mapped with other `--label-column`s) with as many rows and blanks but
    /// other labels differ here, which `--merge` checks; the order of the rows, quoting,
    /// line endings, and an `expected_escalated` that says what the team says do not.
    pub fn fingerprint(&self) -> String {
        let mut ids: Vec<(&String, &Label)> = self.by_id.iter().collect();
        ids.sort_unstable_by(|a, b| a.0.cmp(b.0));
        let mut hash = crate::fnv::feed(crate::fnv::OFFSET, &self.total.to_le_bytes());
        hash = crate::fnv::feed(hash, &self.blank.to_le_bytes());
        for (id, label) in ids {
            // Lengths before strings, so that no two lists hash the same bytes.
            hash = crate::fnv::feed(hash, &(id.len() as u64).to_le_bytes());
            hash = crate::fnv::feed(hash, id.as_bytes());
            // As evaluated: a team says whether it escalates, so a column of
            // true/false beside the teams that says the same changes nothing.
            let escalated = match label
                .escalated
                .or_else(|| label.team.as_deref().map(|t| t != NO_TEAM))
            {
                None => 0,
                Some(false) => 1,
                Some(true) => 2,
            };
            hash = crate::fnv::feed(hash, &[escalated]);
            match &label.team {
                None => hash = crate::fnv::feed(hash, &[0]),
                Some(team) => {
                    hash = crate::fnv::feed(hash, &[1]);
                    hash = crate::fnv::feed(hash, &(team.len() as u64).to_le_bytes());
                    hash = crate::fnv::feed(hash, team.as_bytes());
                }
            }
        }
        format!("{hash:016x}")
    }

    /// The label of conversation `id`, for tests: a run looks labels up through
    /// [`LabelMatcher`], which knows the ones it has used.
    #[cfg(test)]
    pub(crate) fn get(&self, id: &str) -> Option<&Label> {
        self.by_id.get(id)
    }
}

/// Escalation predictions against labels.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
pub struct Confusion {
    pub true_positives: u64,
    pub false_positives: u64,
    pub false_negatives: u64,
    pub true_negatives: u64,
    pub precision: Option<f64>,
    pub recall: Option<f64>,
}

/// A team's precision and recall.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct TeamScore {
    pub team: String,
    /// Labelled for this team.
    pub expected: u64,
    /// Routed to this team (among labelled conversations).
    pub routed: u64,
    pub correct: u64,
    pub precision: Option<f64>,
    pub recall: Option<f64>,
}

/// The evaluation, mergeable across shards like the rest of the coverage report.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct LabelEval {
    /// Rows in the labels file.
    pub labels: u64,
    /// Rows of the labels file with no label (every label cell empty).
    #[serde(default)]
    pub blank: u64,
    /// What the labels file said ([`Labels::fingerprint`]), so that `--merge` refuses
    /// evaluations of other labels with as many rows; `None` in a report made before it
    /// was written (its counts alone are compared).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fingerprint: Option<String>,
    /// Labelled conversations found in the input.
    pub matched: u64,
    pub escalation: Confusion,
    /// Expected team → routed team → conversations ([`NO_TEAM`]: labelled must not
    /// escalate / not escalated; [`UNROUTED`]: escalated, but no route took it).
    pub teams: BTreeMap<String, BTreeMap<String, u64>>,
    pub per_team: Vec<TeamScore>,
    /// Conversations where the rules disagree with the label.
    pub misses: Gap,
    /// The ids of the labels (not blank) whose conversation was not in the input, sorted;
    /// all of them (a report made before they were listed has none: see [`Self::unmatched`]).
    #[serde(default)]
    pub unmatched_ids: Vec<String>,
    /// Unmatched labels whose id is a conversation's of the input but for case (ids are
    /// matched exactly): label id → that conversation's id.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub case_mismatches: BTreeMap<String, String>,
}

impl LabelEval {
    pub fn new(labels: &Labels) -> Self {
        LabelEval {
            labels: labels.total,
            blank: labels.blank,
            fingerprint: Some(labels.fingerprint()),
            ..LabelEval::default()
        }
    }

    /// Labels (not blank) whose conversation was not in the input.
    pub fn unmatched(&self) -> u64 {
        self.labels
            .saturating_sub(self.blank)
            .saturating_sub(self.matched)
    }

    pub fn add(&mut self, label: &Label, conversation: &Conversation, outcome: &Outcome) {
        self.matched += 1;
        let expected_escalated = label
            .escalated
            .or_else(|| label.team.as_deref().map(|t| t != NO_TEAM));
        let mut miss = Vec::new();
        if let Some(expected) = expected_escalated {
            let c = &mut self.escalation;
            match (expected, outcome.escalated) {
                (true, true) => c.true_positives += 1,
                (false, true) => c.false_positives += 1,
                (true, false) => c.false_negatives += 1,
                (false, false) => c.true_negatives += 1,
            }
            if expected != outcome.escalated {
                miss.push(format!(
                    "expected {}, {}",
                    if expected {
                        "an escalation"
                    } else {
                        "no escalation"
                    },
                    if outcome.escalated {
                        "escalated"
                    } else {
                        "not escalated"
                    }
                ));
            }
        }
        if let Some(expected) = &label.team {
            let routed = match (&outcome.team, outcome.escalated) {
                (_, false) => NO_TEAM.to_owned(),
                (Some(team), true) => team.clone(),
                (None, true) => UNROUTED.to_owned(),
            };
            if &routed != expected && (expected_escalated == Some(outcome.escalated)) {
                miss.push(if routed == UNROUTED {
                    format!("expected team `{expected}`, escalated but unrouted (no route took it)")
                } else {
                    format!("expected team `{expected}`, routed to `{routed}`")
                });
            }
            *self
                .teams
                .entry(expected.clone())
                .or_default()
                .entry(routed)
                .or_default() += 1;
        }
        if !miss.is_empty() {
            self.misses.add(|| Example {
                conversation_id: conversation.id.clone(),
                detail: miss.join("; "),
                transcript: super::gaps::transcript(conversation),
            });
        }
    }

    pub(super) fn finish(&mut self) {
        let c = &mut self.escalation;
        c.precision = ratio(c.true_positives, c.true_positives + c.false_positives);
        c.recall = ratio(c.true_positives, c.true_positives + c.false_negatives);
        let mut teams: Vec<&String> = self.teams.keys().collect();
        for routed in self.teams.values().flat_map(BTreeMap::keys) {
            if !teams.contains(&routed) {
                teams.push(routed);
            }
        }
        teams.sort();
        self.per_team = teams
            .into_iter()
            .filter(|t| t.as_str() != NO_TEAM && t.as_str() != UNROUTED)
            .map(|team| {
                let expected: u64 = self.teams.get(team).map_or(0, |r| r.values().sum());
                let routed: u64 = self.teams.values().filter_map(|r| r.get(team)).sum();
                let correct = self
                    .teams
                    .get(team)
                    .and_then(|r| r.get(team))
                    .copied()
                    .unwrap_or(0);
                TeamScore {
                    team: team.clone(),
                    expected,
                    routed,
                    correct,
                    precision: ratio(correct, routed),
                    recall: ratio(correct, expected),
                }
            })
            .collect();
    }

    /// Adds `other`, an evaluation of the same labels (which
    /// [`CoverageReport::merge`](super::CoverageReport::merge) checks before anything is
    /// added).
    pub(super) fn merge(&mut self, other: &LabelEval) {
        // With a report made before fingerprints (or with its fingerprint deleted), the
        // merge has none: what that report's labels said was never checked, so the
        // merged report cannot vouch for the other's (it took it, and a third report
        // of those labels then merged as checked). Two that both have one are the same
        // here (`CoverageReport::merge` refused them otherwise).
        if other.fingerprint.is_none() {
            self.fingerprint = None;
        }
        sum_into(&mut self.matched, other.matched);
        let (a, b) = (&mut self.escalation, &other.escalation);
        sum_into(&mut a.true_positives, b.true_positives);
        sum_into(&mut a.false_positives, b.false_positives);
        sum_into(&mut a.false_negatives, b.false_negatives);
        sum_into(&mut a.true_negatives, b.true_negatives);
        for (expected, routes) in &other.teams {
            let row = self.teams.entry(expected.clone()).or_default();
            for (routed, n) in routes {
                sum_into(row.entry(routed.clone()).or_default(), *n);
            }
        }
        self.misses.merge(&other.misses);
        // A label is unmatched in the merge when no shard found its conversation.
        let theirs: HashSet<&String> = other.unmatched_ids.iter().collect();
        self.unmatched_ids.retain(|id| theirs.contains(id));
        for (label, conversation) in &other.case_mismatches {
            self.case_mismatches
                .entry(label.clone())
                .or_insert_with(|| conversation.clone());
        }
        let unmatched = &self.unmatched_ids;
        self.case_mismatches
            .retain(|label, _| unmatched.binary_search(label).is_ok());
    }
}

/// The labels' side of a run: which labels its conversations matched, and which
/// conversations' ids were a label's but for case. [`finish`](Self::finish) it into the
/// run's [`LabelEval`].
#[derive(Debug)]
pub struct LabelMatcher<'a> {
    labels: &'a Labels,
    matched: HashSet<&'a str>,
    /// Each label id lowercased → the id, made at the first conversation no label matches.
    folded: Option<HashMap<String, &'a str>>,
    case_mismatches: BTreeMap<String, String>,
}

impl<'a> LabelMatcher<'a> {
    pub fn new(labels: &'a Labels) -> Self {
        LabelMatcher {
            labels,
            matched: HashSet::new(),
            folded: None,
            case_mismatches: BTreeMap::new(),
        }
    }

    /// The label of the conversation `id` (matched exactly).
    pub fn get(&mut self, id: &str) -> Option<&'a Label> {
        if let Some((key, label)) = self.labels.by_id.get_key_value(id) {
            self.matched.insert(key.as_str());
            return Some(label);
        }
        let labels = self.labels;
        let folded = self.folded.get_or_insert_with(|| {
            labels
                .by_id
                .keys()
                .map(|k| (k.to_lowercase(), k.as_str()))
                .collect()
        });
        // Most ids without a label are lower-case ASCII already: no copy to fold them.
        let label = if id.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
            folded.get(id)
        } else {
            folded.get(&id.to_lowercase())
        };
        if let Some(label) = label {
            self.case_mismatches
                .entry((*label).to_owned())
                .or_insert_with(|| id.to_owned());
        }
        None
    }

    /// Names the labels no conversation matched in `eval`.
    pub fn finish(self, eval: &mut LabelEval) {
        let mut unmatched: Vec<String> = self
            .labels
            .by_id
            .keys()
            .filter(|id| !self.matched.contains(id.as_str()))
            .cloned()
            .collect();
        unmatched.sort();
        let mut case = self.case_mismatches;
        case.retain(|label, _| unmatched.binary_search(label).is_ok());
        eval.unmatched_ids = unmatched;
        eval.case_mismatches = case;
    }
}

fn ratio(part: u64, whole: u64) -> Option<f64> {
    (whole > 0).then(|| (part as f64 / whole as f64 * 1000.0).round() / 1000.0)
}
