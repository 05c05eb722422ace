//! JSON rule-test output, version 1: `{version, summary: {total, passed, failed},
//! cases: [{name, file, line, passed, failures: [{field, expected, actual, help?}], outcome}],
//! untested: {triggers, routes} | null}`.

use std::io::{self, Write};

use serde_json::json;

use super::TestOutput;

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
        },
        "cases": cases,
        "untested": output.untested.map(|(t, r)| json!({ "triggers": t, "routes": r })),
    });
    serde_json::to_writer_pretty(&mut *out, &doc)?;
    writeln!(out)
}
