//! Rule tests: small conversations with the outcome the rules must give them.
//!
//! Takes test files (YAML, see `schema.rs`) and a compiled engine; gives a result per case
//! with every expectation that failed and the trace of the conversation, so a report can
//! show why. Names in expectations (triggers, routes, teams) are checked against the rule
//! set when loading: deleting a rule must break its tests loudly, not make them vacuous.
//! Holding an outcome to what its case expects is `mismatch`'s.

mod load;
mod mismatch;
mod parse;
mod schema;
mod unread;
mod write;

use std::path::PathBuf;

use crate::diag::{Diagnostic, Sources};
use crate::engine::Engine;
use crate::outcome::Outcome;
use crate::rules::{DEFAULT_ROUTE_ID, RuleSet};
use crate::trace::Trace;
use crate::transcript::Conversation;

/// The forms of a time a rule test's `time:` and `explain --say 'ROLE@TIME: TEXT'` take,
/// for their errors: what the transcript reader reads, in UTC and with no date order (a
/// slashed date is read when only one order makes it real). One list, so that the two
/// errors cannot drift from each other; each example in backticks is tested to parse
/// (but the one said not to).
pub const TIME_FORMS: &str = "RFC 3339 (`2024-03-01T22:15:00+01:00`), a date and time without an offset, read as UTC (`2024-03-01 22:15:00`), a dotted date, day first (`01.03.2024 22:15`), a German date with the month's name (`1. März 2024 22:15`), a slashed date only one order makes real (`13/03/2024 22:15`, `3/13/24 10:15 PM`; two-digit years and 12-hour clocks are read, but not `05/06/2024`, which both orders make real), or Unix seconds (`1709327700`)";

/// Every case of the loaded test files.
#[derive(Debug)]
pub struct Suite {
    pub cases: Vec<Case>,
    /// Test files read, with or without cases.
    pub files: usize,
    pub sources: Sources,
    /// Warnings about the files read or left out (a directory or a hidden file named
    /// like a test file: D016, D017), to be printed before the run.
    pub notes: Vec<Diagnostic>,
}

/// One test case.
#[derive(Debug)]
pub struct Case {
    pub name: String,
    pub file: PathBuf,
    pub line: u32,
    pub conversation: Conversation,
    pub expect: Expect,
}

/// What a case expects. `None` fields are not checked.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Expect {
    pub escalated: bool,
    pub turn: Option<usize>,
    pub trigger: Option<String>,
    pub triggers: Option<Vec<String>>,
    /// `Some(None)`: the escalation must be unrouted (`route: null`), as the output
    /// contract writes one.
    pub route: Option<Option<String>>,
    /// `Some(None)`: no team (`team: null`), an unrouted escalation.
    pub team: Option<Option<String>>,
    pub bridge: Option<String>,
    pub bridge_contains: Option<String>,
    /// The bridge message cannot be rendered, and the case means it (`bridge_error:
    /// true`). Otherwise a bridge error fails the case: the human would join with
    /// nothing to say.
    pub bridge_error: bool,
    /// The line of each key given (`("bridge", 7)`), so that a failure points at the
    /// key that failed, not only at its case.
    pub lines: Vec<(&'static str, u32)>,
    /// A `bridge` written as a block scalar (`>-`, `|`): where each of its lines starts
    /// in the text, and its line, so that a failure points at the line that differs.
    pub bridge_lines: Vec<(usize, u32)>,
}

/// Why test files could not be used.
#[derive(Debug, thiserror::Error)]
pub enum SuiteError {
    /// The path names no file or directory.
    #[error("rule tests not found at {}", .0.display())]
    NotFound(PathBuf),
    #[error("no rule test files (*.yaml, *.yml) in directory {}", .0.display())]
    EmptyDirectory(PathBuf),
    /// A directory whose entries named like test files are none of them files.
    #[error("no rule test files in directory {}: {} is {what}, not a file", .dir.display(), .entry.display())]
    NoFileInDirectory {
        dir: PathBuf,
        entry: PathBuf,
        what: &'static str,
    },
    /// A directory whose only files named like test files are hidden, left out.
    #[error(
        "no rule test files in directory {}: only hidden ones ({}), which are not read",
        .dir.display(),
        crate::dir_scan::listed(.hidden)
    )]
    OnlyHidden { dir: PathBuf, hidden: Vec<PathBuf> },
    /// A test file over the limit a rule file has (untrusted input, as rules are).
    #[error(
        "rule test file {} {}",
        .path.display(),
        crate::rules::load::said_size(*.size)
    )]
    TooLarge { path: PathBuf, size: u64 },
    /// The test files over the limit a rule set has, together: of all the paths given
    /// (it named the last path's directory, as if its files alone were over), the first
    /// `files` read.
    #[error(
        "{files} rule test files given are {size} bytes together; the limit is {}",
        crate::rules::load::MAX_RULE_SET_BYTES
    )]
    SetTooLarge { files: usize, size: u64 },
    #[error("cannot read rule tests from {}", .path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{} in the rule tests", count(.diagnostics))]
    Invalid {
        diagnostics: Vec<Diagnostic>,
        /// What the directories left out (D016, D017): warnings, to be printed before
        /// the errors, as on a run.
        notes: Vec<Diagnostic>,
        sources: Box<Sources>,
    },
}

fn count(diagnostics: &[Diagnostic]) -> String {
    let n = diagnostics.len();
    if n == 1 {
        "1 error".to_owned()
    } else {
        format!("{n} errors")
    }
}

pub use load::{check_alone, load, load_text};
use mismatch::compare;
pub use mismatch::{Mismatch, Value, differs_at};
pub use unread::unread;
pub use write::{Unwritable, metadata_notes, write_case};

/// The JSON Schema of a rule-test file (see `rules::rules_schema`), committed as
/// `schema/tests.schema.json`.
pub fn tests_schema() -> String {
    crate::rules::schema_for::<schema::RawTestFile>(
        "handoff rule tests (format v1)",
        "Small conversations with the outcome the rules must give them, run by `handoff test`.",
    )
}

/// The result of one case.
#[derive(Debug)]
pub struct CaseResult<'a> {
    pub case: &'a Case,
    pub failures: Vec<Mismatch>,
    pub outcome: Outcome,
    /// Why the outcome came out as it did, for a case that failed (a passing case's
    /// trace would be made for nothing: thousands of cases took seconds and 400 MB).
    pub trace: Option<Trace>,
}

impl CaseResult<'_> {
    pub fn passed(&self) -> bool {
        self.failures.is_empty()
    }

    pub fn outcome(&self) -> &Outcome {
        &self.outcome
    }
}

/// Runs every case (whose name `filter` matches, if given).
pub fn run<'a>(
    suite: &'a Suite,
    engine: &Engine,
    filter: Option<&regex::Regex>,
) -> Vec<CaseResult<'a>> {
    let mut scratch = crate::engine::Scratch::default();
    suite
        .cases
        .iter()
        .filter(|c| filter.is_none_or(|f| f.is_match(&c.name)))
        .map(|case| {
            let outcome = engine.evaluate(&case.conversation, &mut scratch);
            let failures = compare(&case.expect, &outcome);
            let trace = (!failures.is_empty()).then(|| engine.trace(&case.conversation));
            CaseResult {
                case,
                failures,
                outcome,
                trace,
            }
        })
        .collect()
}

/// Triggers and routes no passing-or-failing case expects positively (for
/// `--require-tests`): `(triggers, routes)`.
pub fn untested(suite: &Suite, rules: &RuleSet) -> (Vec<String>, Vec<String>) {
    let expects = |f: &dyn Fn(&Expect) -> bool| {
        suite
            .cases
            .iter()
            .any(|c| c.expect.escalated && f(&c.expect))
    };
    let triggers = rules
        .triggers
        .iter()
        .filter(|t| {
            !expects(&|e| {
                e.trigger.as_deref() == Some(&t.id)
                    || e.triggers.as_ref().is_some_and(|ts| ts.contains(&t.id))
            })
        })
        .map(|t| t.id.clone())
        .collect();
    let mut routes: Vec<String> = rules.routes.iter().map(|r| r.id.clone()).collect();
    if rules.default_route.is_some() {
        routes.push(DEFAULT_ROUTE_ID.to_owned());
    }
    routes
        .retain(|r| !expects(&|e| e.route.as_ref().and_then(Option::as_deref) == Some(r.as_str())));
    (triggers, routes)
}

#[cfg(test)]
mod tests;
