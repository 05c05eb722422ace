//! JSON lint output: a versioned document. Version 1 shape (README, "Lint output"):
//! `{version, tool, files, summary: {errors, warnings, notes}, diagnostics: [...]}`.

use std::io::{self, Write};

use serde::Serialize;

use super::{LintOutput, Region};
use crate::diag::Severity;
use crate::lint::code::lookup;

#[derive(Serialize)]
struct Document<'a> {
    version: u32,
    tool: Tool,
    files: Vec<String>,
    summary: Summary,
    diagnostics: Vec<Item<'a>>,
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
}

#[derive(Serialize)]
struct Item<'a> {
    code: Option<&'a str>,
    name: Option<&'static str>,
    severity: Severity,
    message: &'a str,
    /// Null for a diagnostic of no place (the closing note of checks that did not
    /// run): every item has every key.
    #[serde(flatten)]
    region: Place,
    label: Option<&'a str>,
    help: &'a [String],
    related: Vec<Related<'a>>,
}

/// A [`Region`] or, for a diagnostic of no place, its keys with null values.
#[derive(Serialize)]
struct Place {
    file: Option<String>,
    line: Option<u32>,
    column: Option<u32>,
    end_line: Option<u32>,
    end_column: Option<u32>,
}

impl From<Option<Region>> for Place {
    fn from(region: Option<Region>) -> Place {
        match region {
            Some(r) => Place {
                file: Some(r.file),
                line: Some(r.line),
                column: r.column,
                end_line: r.end_line,
                end_column: r.end_column,
            },
            None => Place {
                file: None,
                line: None,
                column: None,
                end_line: None,
                end_column: None,
            },
        }
    }
}

#[derive(Serialize)]
struct Related<'a> {
    #[serde(flatten)]
    region: Region,
    message: &'a str,
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
        },
        diagnostics: output
            .diagnostics
            .iter()
            .map(|d| Item {
                code: d.code,
                name: d.code.and_then(lookup).map(|c| c.name),
                severity: d.severity,
                message: &d.message,
                region: d
                    .location
                    .as_ref()
                    .map(|l| Region::of(l, output.sources))
                    .into(),
                label: d.label.as_deref(),
                help: &d.help,
                related: d
                    .related
                    .iter()
                    .map(|(l, m)| Related {
                        region: Region::of(l, output.sources),
                        message: m,
                    })
                    .collect(),
            })
            .collect(),
    };
    serde_json::to_writer_pretty(&mut *out, &doc)?;
    writeln!(out)
}
