//! `diff` reports: a table, JSON (every change), or Markdown for a pull-request comment
//! that stays readable with thousands of changes (summary first, examples capped and
//! folded). Each format has its module; what they share (the headline, a flow's side) is
//! here.

mod json;
mod markdown;
mod sides;
mod table;

pub use json::DiffJson;
use sides::sides;

use std::io::{self, Write};

use crate::diff::{DiffReport, Side};

/// Output formats of `diff`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum DiffFormat {
    /// A summary and a table of examples; also named `human` or `text`
    #[value(alias = "human", alias = "text")]
    Table,
    /// Every change, both outcomes in full
    Json,
    /// A pull-request comment: summary, team flows, capped examples per kind; also named
    /// `md`
    #[value(alias = "md")]
    Markdown,
}

/// What a diff report needs.
pub struct DiffOutput<'a> {
    pub report: &'a DiffReport,
    /// Where the base and head rules came from, for the header.
    pub base: &'a str,
    pub head: &'a str,
    /// Examples shown per kind of change (table, markdown).
    pub examples: usize,
    pub width: Option<u16>,
    /// Why each gate (`--fail-on-change`, `--max-changed`, `--fail-on`) failed; Markdown
    /// says so under its heading (the CLI says so on stderr).
    pub failed_gates: &'a [super::FailedGate],
    /// The signals that one rule set lists as a packet's topic and the other not: no
    /// outcome shows them, so the JSON (`topic_changes`) and Markdown name them.
    pub topic_changes: &'a [crate::diff::TopicChange],
}

impl DiffOutput<'_> {
    /// Writes the table or Markdown report (JSON streams: [`DiffJson`]).
    pub fn write(&self, format: DiffFormat, out: &mut dyn Write) -> io::Result<()> {
        match format {
            DiffFormat::Table => self.table(&mut super::Printable::new(out)),
            DiffFormat::Json => DiffJson::begin(out).finish(self),
            DiffFormat::Markdown => self.markdown(&mut super::Printable::new(out)),
        }
    }

    /// `3 of 40 conversations change from BASE to HEAD`, each label (a path, a
    /// revision: the user's) through `label` (escaped for Markdown), the tool's words and
    /// numbers as they are.
    fn headline(&self, label: impl Fn(&str) -> String) -> String {
        let r = self.report;
        format!(
            "{} of {} conversation{} change{} from {} to {}",
            r.changed,
            r.conversations,
            if r.conversations == 1 { "" } else { "s" },
            if r.changed == 1 { "s" } else { "" },
            label(self.base),
            label(self.head)
        )
    }

    /// The changed conversations whose head escalation would get no bridge message,
    /// counted apart from every kind (only the JSON said so, per change):
    /// `⚠ 1 escalation would get no bridge message with the head rules`; `None` when
    /// there are none.
    /// When the kinds' counts add up to more than the conversations that changed, says
    /// why: one conversation counts under each kind of change it has.
    fn overlap_note(&self) -> Option<&'static str> {
        let r = self.report;
        let counted: u64 = r.by_kind.values().sum();
        (counted > r.changed).then_some(
            "a conversation counts under each kind of change it has, so these add up to more",
        )
    }

    fn bridge_errors(&self) -> Option<String> {
        let n = self.report.head_bridge_errors;
        (n > 0).then(|| {
            format!(
                "⚠ {} would get no bridge message with the head rules",
                crate::text::count(n, "escalation")
            )
        })
    }
}

/// A side of a team flow: its team, or why it has none.
fn team(side: &Side) -> &str {
    match &side.team {
        Some(team) => team,
        None if side.escalated => crate::outcome::UNROUTED,
        None => crate::outcome::NOT_ESCALATED,
    }
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod topic_tests;
