//! Evaluation against hand labels: a CSV of conversation ids with the expected team and/or
//! whether the conversation should escalate.
//!
//! Gives escalation precision and recall, a confusion matrix of expected × routed team,
//! per-team precision and recall, and examples of the misses. `expected_team` holds a
//! team id, `none` (must not escalate), or nothing (no team label for that row);
//! `expected_escalated` holds true/false (yes/no, 1/0). Rows are checked against the
//! header and the rules' teams (see [`load`]); rows with no label are counted as blank.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::{Example, Gap, MergeError};
use crate::outcome::Outcome;
use crate::transcript::{
    Conversation, Record, RecordReader, TextError, normalize_field, size, unclosed_message,
};

/// What routed/expected team cells say for "no team": not escalated.
pub const NO_TEAM: &str = "(none)";

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
}

impl Labels {
    pub fn get(&self, id: &str) -> Option<&Label> {
        self.by_id.get(id)
    }
}

/// Which columns hold what (normalised names).
#[derive(Debug, Clone)]
pub struct LabelColumns {
    pub conversation_id: String,
    pub expected_team: String,
    pub expected_escalated: String,
}

impl Default for LabelColumns {
    fn default() -> Self {
        LabelColumns {
            conversation_id: "conversation_id".into(),
            expected_team: "expected_team".into(),
            expected_escalated: "expected_escalated".into(),
        }
    }
}

impl LabelColumns {
    /// Applies a `field=column` argument.
    pub fn set_pair(&mut self, pair: &str) -> Result<(), LabelError> {
        let (field, column) = pair
            .split_once('=')
            .ok_or_else(|| LabelError::Invalid(format!("`{pair}` is not FIELD=COLUMN")))?;
        let column = normalize_field(column);
        match normalize_field(field).as_str() {
            "conversation_id" => self.conversation_id = column,
            "expected_team" => self.expected_team = column,
            "expected_escalated" => self.expected_escalated = column,
            other => {
                return Err(LabelError::Invalid(format!(
                    "unknown label field `{other}`; expected conversation_id, expected_team or expected_escalated"
                )));
            }
        }
        Ok(())
    }
}

/// Why a labels file could not be used.
#[derive(Debug, thiserror::Error)]
pub enum LabelError {
    #[error("cannot read labels from {}", .path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{}:{line}: {message}", .path.display())]
    Row {
        path: PathBuf,
        line: u64,
        message: String,
    },
    #[error("{0}")]
    Invalid(String),
}

/// Reads a labels CSV; `teams` are the rules' team ids, which `expected_team` must name.
///
/// A row that cannot mean one label is an error naming its line (a wrong number of
/// fields, a value that is not true/false, a team the rules do not have, a team with
/// `expected_escalated: false`): a label file is written by hand for this, and a label
/// quietly dropped or misread would skew the precision and recall it exists to measure.
pub fn load(path: &Path, columns: &LabelColumns, teams: &[&str]) -> Result<Labels, LabelError> {
    let io = |source: std::io::Error| LabelError::Io {
        path: path.to_owned(),
        source,
    };
    let file = std::fs::File::open(path).map_err(io)?;
    // handoff's own record reader: it counts lines itself, where the csv crate's
    // positions drift on CRLF files and blank lines; a quote that nothing closes is its
    // row's error, not a row that swallows the rest of the file.
    let mut reader = RecordReader::new(file).recovering();
    let row_error = |line: u64, message: String| LabelError::Row {
        path: path.to_owned(),
        line,
        message,
    };
    let mut header: Vec<String> = Vec::new();
    let text_error = |e, header: &[String]| match e {
        TextError::Io { source, .. } => io(source),
        TextError::NotUtf8 { line } => row_error(
            line,
            "row is not valid UTF-8: save the labels file as UTF-8".into(),
        ),
        TextError::Unclosed {
            line,
            field,
            unclosed,
            limit,
        } => {
            let column = header
                .get(field - 1)
                .map_or_else(|| format!("{field}"), |name| format!("`{name}`"));
            row_error(
                line,
                format!(
                    "{}: close the quote, or double each quote inside a value (\"\")",
                    unclosed_message(&column, unclosed, limit, false)
                ),
            )
        }
        TextError::TooLong { line, limit } => row_error(
            line,
            format!(
                "the row is longer than {}, the limit for one row: is this a labels file?",
                size(limit)
            ),
        ),
    };
    let mut record = Record::default();
    if let Some((_, fields)) = reader
        .read_text(&mut record)
        .map_err(|e| text_error(e, &header))?
    {
        header = fields.iter().map(normalize_field).collect();
    }
    let find = |c: &str| header.iter().position(|h| h == c);
    let id = find(&columns.conversation_id).ok_or_else(|| {
        row_error(
            1,
            format!(
                "no `{}` column; the columns are: {} (map it with --label-column conversation_id=<column>)",
                columns.conversation_id,
                header.join(", ")
            ),
        )
    })?;
    let team = find(&columns.expected_team);
    let escalated = find(&columns.expected_escalated);
    if team.is_none() && escalated.is_none() {
        return Err(row_error(
            1,
            format!(
                "neither `{}` nor `{}` column; the columns are: {}",
                columns.expected_team,
                columns.expected_escalated,
                header.join(", ")
            ),
        ));
    }
    let mut labels = Labels::default();
    while let Some((line, fields)) = reader
        .read_text(&mut record)
        .map_err(|e| text_error(e, &header))?
    {
        if fields.len() != header.len() {
            return Err(row_error(
                line,
                format!(
                    "row has {} field{}; the header has {} ({})",
                    fields.len(),
                    if fields.len() == 1 { "" } else { "s" },
                    header.len(),
                    header.join(", ")
                ),
            ));
        }
        let get = |i: Option<usize>| i.map(|i| fields.get(i).trim()).filter(|v| !v.is_empty());
        let Some(conversation) = get(Some(id)) else {
            return Err(row_error(line, "empty conversation id".into()));
        };
        labels.total += 1;
        if get(team).is_none() && get(escalated).is_none() {
            labels.blank += 1;
            continue;
        }
        let escalated = match get(escalated) {
            None => None,
            Some(v) => Some(parse_bool(v).ok_or_else(|| {
                row_error(line, format!("`{v}` is not true/false (or yes/no, 1/0)"))
            })?),
        };
        let team = get(team).map(|t| {
            if ["none", "-", "(none)"].contains(&t.to_lowercase().as_str()) {
                NO_TEAM.to_owned()
            } else {
                t.to_owned()
            }
        });
        if let Some(t) = team.as_deref().filter(|t| *t != NO_TEAM)
            && !teams.contains(&t)
        {
            let suggestion = crate::diag::did_you_mean(t, teams.iter().copied())
                .map(|s| format!("did you mean `{s}`? "))
                .unwrap_or_default();
            return Err(row_error(
                line,
                format!(
                    "unknown team `{t}`; {suggestion}the rules have: {} (or `none` for must not escalate)",
                    teams.join(", ")
                ),
            ));
        }
        if let (Some(t), Some(e)) = (team.as_deref(), escalated)
            && (t == NO_TEAM) == e
        {
            return Err(row_error(
                line,
                if e {
                    "expected_team `none` contradicts expected_escalated `true`".to_owned()
                } else {
                    format!(
                        "expected_team `{t}` contradicts expected_escalated `false`: a conversation that must not escalate has no team"
                    )
                },
            ));
        }
        if labels
            .by_id
            .insert(conversation.to_owned(), Label { escalated, team })
            .is_some()
        {
            return Err(row_error(
                line,
                format!("conversation `{conversation}` is labelled twice"),
            ));
        }
    }
    Ok(labels)
}

fn parse_bool(v: &str) -> Option<bool> {
    match v.to_lowercase().as_str() {
        "true" | "yes" | "y" | "1" => Some(true),
        "false" | "no" | "n" | "0" => Some(false),
        _ => None,
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
    /// Labelled conversations found in the input.
    pub matched: u64,
    pub escalation: Confusion,
    /// Expected team → routed team → conversations (`(none)`: not escalated).
    pub teams: BTreeMap<String, BTreeMap<String, u64>>,
    pub per_team: Vec<TeamScore>,
    /// Conversations where the rules disagree with the label.
    pub misses: Gap,
}

impl LabelEval {
    pub fn new(labels: &Labels) -> Self {
        LabelEval {
            labels: labels.total,
            blank: labels.blank,
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
            let routed = outcome.team.clone().unwrap_or_else(|| NO_TEAM.to_owned());
            if &routed != expected && (expected_escalated == Some(outcome.escalated)) {
                miss.push(format!("expected team `{expected}`, routed to `{routed}`"));
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
            .filter(|t| t.as_str() != NO_TEAM)
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

    pub(super) fn merge(&mut self, other: &LabelEval) -> Result<(), MergeError> {
        if (self.labels, self.blank) != (other.labels, other.blank) {
            return Err(MergeError::DifferentLabels(self.labels, other.labels));
        }
        self.matched += other.matched;
        let (a, b) = (&mut self.escalation, &other.escalation);
        a.true_positives += b.true_positives;
        a.false_positives += b.false_positives;
        a.false_negatives += b.false_negatives;
        a.true_negatives += b.true_negatives;
        for (expected, routes) in &other.teams {
            let row = self.teams.entry(expected.clone()).or_default();
            for (routed, n) in routes {
                *row.entry(routed.clone()).or_default() += n;
            }
        }
        self.misses.merge(&other.misses);
        Ok(())
    }
}

fn ratio(part: u64, whole: u64) -> Option<f64> {
    (whole > 0).then(|| (part as f64 / whole as f64 * 1000.0).round() / 1000.0)
}
