//! Rule-test reports: human (with the trace of what decided a failure), JSON, JUnit XML.

mod human;
mod json;
mod junit;

use std::io::{self, Write};

use crate::ruletest::CaseResult;

/// Output formats of `test`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum TestFormat {
    /// Pass/fail per case; failures with expected vs actual and the deciding conditions
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
    /// Failures and the result line only (human format only).
    pub quiet: bool,
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
}

#[cfg(test)]
mod tests;
