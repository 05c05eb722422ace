//! Rule-test reports: human (with the trace of what decided a failure), JSON, JUnit XML;
//! and for a run that could not happen, the errors that stopped it as JSON or JUnit.

mod human;
mod json;
mod junit;

use std::io::{self, Write};

use crate::diag::{Diagnostic, JsonDiagnostic};
use crate::ruletest::CaseResult;

/// Output formats of `test`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum TestFormat {
    /// Pass/fail per case; failures with expected vs actual and the deciding conditions;
    /// also named `text` or `table`
    #[value(alias = "text", alias = "table")]
    Human,
    /// A versioned JSON document
    Json,
    /// JUnit XML, which CI systems render as test results
    Junit,
}

/// What a test report needs.
pub struct TestOutput<'a> {
    pub results: &'a [CaseResult<'a>],
    /// Test files read, with or without cases.
    pub files: usize,
    /// Triggers and routes without a positive test, when `--require-tests` asked.
    pub untested: Option<(&'a [String], &'a [String])>,
    /// With `--run`, the cases the files read hold: `--require-tests` judges them all,
    /// not only those run, and the human report says so.
    pub all_cases: Option<usize>,
    /// Failures and the result line only (human format only).
    pub quiet: bool,
    /// The warnings and notes said on stderr before the cases ran, for the JSON
    /// document's `diagnostics`.
    pub diagnostics: &'a [JsonDiagnostic],
}

/// Writes what stopped the tests from running (invalid test files or rules, a `--run`
/// that matches no case, no case at all) as a document of `format`, so that a report
/// file a CI reads is never empty: JSON with the errors in `errors`, JUnit with an
/// `<error>` testcase per error. Writes nothing in the human format: the errors are on
/// stderr. JSON has the warnings and notes among them in `diagnostics`; JUnit in its
/// suites' `<system-err>`.
pub fn write_errors(
    format: TestFormat,
    diagnostics: &[Diagnostic],
    out: &mut dyn Write,
) -> io::Result<()> {
    match format {
        TestFormat::Human => Ok(()),
        TestFormat::Json => json::write_errors(diagnostics, out),
        TestFormat::Junit => junit::write_errors(diagnostics, out),
    }
}

impl TestOutput<'_> {
    pub fn write(&self, format: TestFormat, out: &mut dyn Write) -> io::Result<()> {
        match format {
            TestFormat::Human => human::write(self, out),
            TestFormat::Json => json::write(self, out),
            TestFormat::Junit => junit::write(self, out),
        }
    }

    fn failed(&self) -> usize {
        self.results.iter().filter(|r| !r.passed()).count()
    }

    /// Triggers and routes without a positive test: `None` when `--require-tests` was not
    /// asked or found none.
    fn untested(&self) -> Option<(&[String], &[String])> {
        self.untested
            .filter(|(triggers, routes)| !triggers.is_empty() || !routes.is_empty())
    }

    /// Whether the run passes: every case, and every trigger and route tested when
    /// `--require-tests` asked.
    pub fn passed(&self) -> bool {
        self.failed() == 0 && self.untested().is_none()
    }

    /// Cases of the files read that `--run` did not select (0 without `--run`).
    pub(crate) fn filtered_out(&self) -> usize {
        self.all_cases
            .map_or(0, |all| all.saturating_sub(self.results.len()))
    }

    /// The one-line result: `test result: FAILED. 44 passed, 2 failed (46 cases in 1
    /// file); 1 trigger untested`, and with `--run`, how many cases it left out (`1
    /// passed, 0 failed, 45 filtered out by --run (46 cases in 1 file)`), as cargo says,
    /// so a focused run is not mistaken for the whole suite. The human report ends with
    /// it; with the other formats `test` says it on stderr, so a CI log shows why the run
    /// failed.
    pub fn result_line(&self) -> String {
        use crate::text::count;
        use std::fmt::Write as _;
        let failed = self.failed();
        let total = self.results.len();
        let filtered = match self.all_cases {
            Some(_) => format!(", {} filtered out by --run", self.filtered_out()),
            None => String::new(),
        };
        let mut line = format!(
            "test result: {}. {} passed, {failed} failed{filtered} ({} in {})",
            if self.passed() { "ok" } else { "FAILED" },
            total - failed,
            count(self.all_cases.unwrap_or(total), "case"),
            count(self.files, "file"),
        );
        if let Some((triggers, routes)) = self.untested() {
            let parts: Vec<String> = [(triggers.len(), "trigger"), (routes.len(), "route")]
                .into_iter()
                .filter(|(n, _)| *n > 0)
                .map(|(n, what)| count(n, what))
                .collect();
            let _ = write!(line, "; {} untested", parts.join(" and "));
        }
        line
    }
}

#[cfg(test)]
mod tests;
