//! JSON lint output: a versioned document. Version 1 shape (README, "Lint output"):
//! `{version, tool, files, summary: {errors, warnings, notes, not_rule_files},
//! diagnostics: [...]}`, each
//! diagnostic a [`JsonDiagnostic`], as coverage's JSON has them.

use std::io::{self, Write};

use serde::Serialize;

use super::LintOutput;
use crate::diag::{JsonDiagnostic, Severity};

#[derive(Serialize)]
struct Document {
    version: u32,
    tool: Tool,
    files: Vec<String>,
    summary: Summary,
    diagnostics: Vec<JsonDiagnostic>,
}

#[derive(Serialize)]
struct Tool {
    name: &'static str,
    version: &'static str,
}

#[derive(Serialize)]
struct Summary {
    errors: usize,
    warnings: usize,
    notes: usize,
    /// Files given that are not rule files (S001), which `files` does not list; the
    /// human summary counts them apart (added within version 1).
    not_rule_files: usize,
}

pub(super) fn write(output: &LintOutput<'_>, out: &mut dyn Write) -> io::Result<()> {
    let doc = Document {
        version: 1,
        tool: Tool {
            name: "handoff",
            version: env!("CARGO_PKG_VERSION"),
        },
        files: output
            .sources
            .files()
            .iter()
            .map(|f| crate::report::slashed(&f.path))
            .collect(),
        summary: Summary {
            errors: output.count(Severity::Error),
            warnings: output.count(Severity::Warning),
            notes: output.count(Severity::Note),
            not_rule_files: output.not_rule_files,
        },
        diagnostics: output
            .diagnostics
            .iter()
            .map(|d| JsonDiagnostic::of(d, output.sources))
            .collect(),
    };
    serde_json::to_writer_pretty(&mut *out, &doc)?;
    writeln!(out)
}
