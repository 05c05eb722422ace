//! JSON rule-test output, version 1: `{version, summary: {total, passed, failed,
//! filtered_out},
//! cases: [{name, file, line, passed, failures: [{field, expected, actual, help?, line?,
//! differs_at?}], outcome}],
//! untested: {triggers, routes} | null, errors: [{code, message, file, line, column,
//! help}], diagnostics: [JsonDiagnostic]}`. `errors` is empty when the tests ran; when
//! they could not (exit 2), it holds why and `cases` is empty. `diagnostics` holds the
//! warnings and notes the run said on stderr (a test file without a case beside others,
//! what a directory left out, test files not read), as `lint -f json` writes them.

use std::io::{self, Write};

use serde::Serialize;

use super::TestOutput;
use crate::diag::{Diagnostic, JsonDiagnostic, Severity, Sources};
use crate::outcome::Outcome;
use crate::report::slashed;
use crate::ruletest::Mismatch;

/// The document, its keys in the documented order (a `json!` map would sort them).
#[derive(Serialize)]
struct Document<'a> {
    version: u32,
    summary: Summary,
    cases: Vec<Case<'a>>,
    untested: Option<Untested<'a>>,
    errors: Vec<Error<'a>>,
    diagnostics: Vec<JsonDiagnostic>,
}

#[derive(Serialize)]
struct Summary {
    total: usize,
    passed: usize,
    failed: usize,
    filtered_out: usize,
}

#[derive(Serialize)]
struct Case<'a> {
    name: &'a str,
    file: String,
    line: u32,
    passed: bool,
    failures: &'a [Mismatch],
    outcome: &'a Outcome,
}

#[derive(Serialize)]
struct Untested<'a> {
    triggers: &'a [String],
    routes: &'a [String],
}

#[derive(Serialize)]
struct Error<'a> {
    code: Option<&'static str>,
    message: &'a str,
    file: Option<String>,
    line: Option<u32>,
    column: Option<u32>,
    help: &'a [String],
}

fn write_document(doc: &Document<'_>, out: &mut dyn Write) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, doc)?;
    writeln!(out)
}

pub(super) fn write(output: &TestOutput<'_>, out: &mut dyn Write) -> io::Result<()> {
    let failed = output.failed();
    let cases = output
        .results
        .iter()
        .map(|r| Case {
            name: &r.case.name,
            file: slashed(&r.case.file),
            line: r.case.line,
            passed: r.passed(),
            failures: &r.failures,
            outcome: r.outcome(),
        })
        .collect();
    let doc = Document {
        version: 1,
        summary: Summary {
            total: output.results.len(),
            passed: output.results.len() - failed,
            failed,
            filtered_out: output.filtered_out(),
        },
        cases,
        untested: output
            .untested
            .map(|(triggers, routes)| Untested { triggers, routes }),
        errors: Vec::new(),
        diagnostics: output.diagnostics.to_vec(),
    };
    write_document(&doc, out)
}

/// The document of a run that could not happen: no case, the errors that stopped it,
/// and the warnings and notes said beside them.
pub(super) fn write_errors(diagnostics: &[Diagnostic], out: &mut dyn Write) -> io::Result<()> {
    let errors = diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .map(|d| {
            let location = d.location.as_ref();
            Error {
                code: d.code,
                message: &d.message,
                file: location.map(|l| slashed(&l.path)),
                line: location.map(|l| l.line),
                column: location.and_then(|l| l.column),
                help: &d.help,
            }
        })
        .collect();
    let doc = Document {
        version: 1,
        summary: Summary {
            total: 0,
            passed: 0,
            failed: 0,
            filtered_out: 0,
        },
        cases: Vec::new(),
        untested: None,
        errors,
        diagnostics: diagnostics
            .iter()
            .filter(|d| d.severity != Severity::Error)
            .map(|d| JsonDiagnostic::of(d, &Sources::default()))
            .collect(),
    };
    write_document(&doc, out)
}
