//! JSON rule-test output, version 1: `{version, summary: {total, passed, failed,
//! filtered_out},
//! cases: [{name, file, line, passed, failures: [{field, expected, actual, help?, line?,
//! differs_at?}], outcome}],
//! untested: {triggers, routes} | null, errors: [{code, message, file, line, column,
//! help}]}`. `errors` is empty when the tests ran; when they could not (exit 2), it holds
//! why and `cases` is empty.

use std::io::{self, Write};

use serde_json::json;

use super::TestOutput;
use crate::diag::Diagnostic;

pub(super) fn write(output: &TestOutput<'_>, out: &mut dyn Write) -> io::Result<()> {
    let failed = output.failed();
    let cases: Vec<serde_json::Value> = output
        .results
        .iter()
        .map(|r| {
            json!({
                "name": r.case.name,
                "file": r.case.file.to_string_lossy().replace('\\', "/"),
                "line": r.case.line,
                "passed": r.passed(),
                "failures": r.failures,
                "outcome": r.outcome(),
            })
        })
        .collect();
    let doc = json!({
        "version": 1,
        "summary": {
            "total": output.results.len(),
            "passed": output.results.len() - failed,
            "failed": failed,
            "filtered_out": output.filtered_out(),
        },
        "cases": cases,
        "untested": output.untested.map(|(t, r)| json!({ "triggers": t, "routes": r })),
        "errors": [],
    });
    serde_json::to_writer_pretty(&mut *out, &doc)?;
    writeln!(out)
}

/// The document of a run that could not happen: no case, the errors that stopped it.
pub(super) fn write_errors(errors: &[&Diagnostic], out: &mut dyn Write) -> io::Result<()> {
    let errors: Vec<serde_json::Value> = errors
        .iter()
        .map(|d| {
            let location = d.location.as_ref();
            json!({
                "code": d.code,
                "message": d.message,
                "file": location.map(|l| l.path.to_string_lossy().replace('\\', "/")),
                "line": location.map(|l| l.line),
                "column": location.and_then(|l| l.column),
                "help": d.help,
            })
        })
        .collect();
    let doc = json!({
        "version": 1,
        "summary": { "total": 0, "passed": 0, "failed": 0, "filtered_out": 0 },
        "cases": [],
        "untested": null,
        "errors": errors,
    });
    serde_json::to_writer_pretty(&mut *out, &doc)?;
    writeln!(out)
}
