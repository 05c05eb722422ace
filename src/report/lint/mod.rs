//! Lint reports: diagnostics → human, JSON, SARIF 2.1.0 or GitHub workflow commands.
//!
//! Takes diagnostics and the rule sources they point into; writes one format. Positions
//! are 1-based lines and character columns; end positions come from the byte range of
//! the span.

mod github;
mod human;
mod json;
mod sarif;

use std::io::{self, Write};

use crate::diag::{Diagnostic, Location, Severity, Sources};

/// Output formats of `lint`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum LintFormat {
    /// rustc-style, with the source line and a caret under the problem; also named
    /// `text` or `table`
    #[value(alias = "text", alias = "table")]
    Human,
    /// A versioned JSON document (see README, "Lint output")
    Json,
    /// SARIF 2.1.0, for GitHub code scanning and other SARIF viewers
    Sarif,
    /// GitHub Actions workflow commands: annotations on the pull request
    Github,
}

/// What a lint renderer needs.
pub struct LintOutput<'a> {
    pub diagnostics: &'a [Diagnostic],
    pub sources: &'a Sources,
    /// Colour (human format only).
    pub color: bool,
    /// Diagnostics only, no summary line (human format only).
    pub quiet: bool,
    /// Why warnings fail the run, when they do: `--deny-warnings`, or the project file's
    /// `deny_warnings: true`. The summary line says it (even when quiet: it is why the
    /// run failed), and GitHub annotations and SARIF results report each warning as an
    /// error that says so, as clippy's `-D warnings` does.
    pub denied_warnings: Option<String>,
    /// Files given that are not rule files (S001), which `sources` does not hold: the
    /// human summary counts them apart.
    pub not_rule_files: usize,
}

impl LintOutput<'_> {
    pub fn write(&self, format: LintFormat, out: &mut dyn Write) -> io::Result<()> {
        match format {
            LintFormat::Human => human::write(self, out),
            LintFormat::Json => json::write(self, out),
            LintFormat::Sarif => sarif::write(self, out),
            LintFormat::Github => github::write(self, out),
        }
    }

    /// The level a diagnostic fails the run at: its severity, but a warning is an error
    /// when warnings are denied.
    fn effective(&self, d: &Diagnostic) -> Severity {
        if d.severity == Severity::Warning && self.denied_warnings.is_some() {
            Severity::Error
        } else {
            d.severity
        }
    }

    /// [`full_message`], and for a warning that warnings being denied made an error, a
    /// note that says so (annotations and SARIF have no other place for it).
    fn full_message(&self, d: &Diagnostic, see_also: bool) -> String {
        let message = full_message(d, see_also);
        match &self.denied_warnings {
            Some(why) if d.severity == Severity::Warning => {
                format!("{message}\nnote: a warning, made an error by {why}")
            }
            _ => message,
        }
    }

    fn count(&self, severity: Severity) -> usize {
        self.diagnostics
            .iter()
            .filter(|d| d.severity == severity)
            .count()
    }
}

/// A diagnostic's message with its label and help, for formats that have one text for
/// them all (SARIF, GitHub): `message: label` then a `help:` line each. A label the
/// message already ends with (M001's "invalid regex: unclosed group", labelled "unclosed
/// group") is not said twice. With `see_also`, for a format with no place of its own
/// for the diagnostic's other places (GitHub's annotations; SARIF has
/// `relatedLocations`), a `see also FILE:LINE:COL: label` line each after the label, as
/// the human format shows them after its snippet (L004's two alternatives, the first of
/// two duplicates).
pub(super) fn full_message(d: &Diagnostic, see_also: bool) -> String {
    let mut message = d.message.clone();
    if let Some(label) = &d.label
        && !label.is_empty()
        && !message.ends_with(label.as_str())
    {
        message = format!("{message}: {label}");
    }
    for (location, label) in d.related.iter().filter(|_| see_also) {
        let mut place = format!(
            "{}:{}",
            crate::report::slashed(&location.path),
            location.line
        );
        if let Some(column) = location.column {
            place = format!("{place}:{column}");
        }
        message = if label.is_empty() {
            format!("{message}\nsee also {place}")
        } else {
            format!("{message}\nsee also {place}: {label}")
        };
    }
    for help in &d.help {
        message = format!("{message}\nhelp: {help}");
    }
    message
}

/// A location with its end, as reports need it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub(super) struct Region {
    pub(super) file: String,
    pub(super) line: u32,
    pub(super) column: Option<u32>,
    pub(super) end_line: Option<u32>,
    pub(super) end_column: Option<u32>,
}

impl Region {
    pub(super) fn of(location: &Location, sources: &Sources) -> Region {
        let end = location
            .range
            .as_ref()
            .and_then(|r| sources.line_col(&location.path, r.end));
        Region {
            file: crate::report::slashed(&location.path),
            line: location.line,
            column: location.column,
            end_line: end.map(|e| e.0),
            end_column: end.map(|e| e.1),
        }
    }
}

#[cfg(test)]
mod tests;
