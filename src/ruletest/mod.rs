//! Rule tests: small conversations with the outcome the rules must give them.
//!
//! Takes test files (YAML, see `schema.rs`) and a compiled engine; gives a result per case
//! with every expectation that failed and the trace of the conversation, so a report can
//! show why. Names in expectations (triggers, routes, teams) are checked against the rule
//! set when loading: deleting a rule must break its tests loudly, not make them vacuous.

mod load;
mod parse;
mod schema;
mod unread;

use std::path::PathBuf;

use crate::diag::{Diagnostic, Sources};
use crate::engine::Engine;
use crate::outcome::Outcome;
use crate::rules::{DEFAULT_ROUTE_ID, RuleSet};
use crate::trace::Trace;
use crate::transcript::Conversation;

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

pub use load::{check_alone, load};
pub use unread::unread;

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

/// One expectation that did not hold.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Mismatch {
    pub field: &'static str,
    pub expected: Value,
    pub actual: Value,
    /// How to fix it, where the mismatch alone does not say.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub help: Option<String>,
    /// The line of the `expect` key that failed, where the case gives it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<u32>,
    /// For an exact text (`bridge`), the character (from 1) at which the message
    /// first differs from the one expected: a missing full stop or a trailing space
    /// cannot be seen in two long quoted strings.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub differs_at: Option<usize>,
}

impl Mismatch {
    fn new(field: &'static str, expected: Value, actual: Value) -> Mismatch {
        let differs_at = match (&expected, &actual) {
            (Value::Text(e), Value::Text(a)) => Some(differs_at(e, a)),
            _ => None,
        };
        Mismatch {
            field,
            expected,
            actual,
            help: None,
            line: None,
            differs_at: differs_at.filter(|_| field == "bridge"),
        }
    }
}

/// The character (from 1) at which `a` and `b` first differ; one past the shorter
/// where one begins the other.
pub fn differs_at(a: &str, b: &str) -> usize {
    a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count() + 1
}

/// What to do about an expected bridge message that differs only by its final line break.
const TRAILING_LINE_BREAK_HELP: &str = "the expected text ends in a line break, which a \
     bridge message never does: use `|-` or `>-` instead of `|` or `>`";

/// What to do about a bridge message that cannot be rendered.
const BRIDGE_ERROR_HELP: &str = "give the case's `customer:` the fields the template reads, \
     or guard them in the template with `default(...)` or `is defined`; a case that means \
     the error says `bridge_error: true`";

/// A value a case expected or got: JSON writes it as its value (`null` for nothing),
/// people read it quoted (`` `frontline` ``, `nothing`).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(untagged)]
pub enum Value {
    Nothing,
    Bool(bool),
    Number(usize),
    Text(String),
    List(Vec<String>),
    /// No bridge message: its template failed.
    Error {
        error: String,
    },
}

impl Value {
    fn text(text: Option<&str>) -> Value {
        text.map_or(Value::Nothing, |t| Value::Text(t.to_owned()))
    }
}

impl std::fmt::Display for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Value::Nothing => f.write_str("nothing"),
            Value::Bool(b) => write!(f, "{b}"),
            Value::Number(n) => write!(f, "{n}"),
            // Quoted like every other value, so an empty one shows as ``; on one line
            // (review 15, item 9: `bridge: |`'s line break split the summary).
            Value::Text(text) if text.contains(['\n', '\r']) => {
                write!(f, "`{}`", text.replace('\r', "\\r").replace('\n', "\\n"))
            }
            Value::Text(text) => write!(f, "`{text}`"),
            Value::List(items) => write!(f, "[{}]", items.join(", ")),
            Value::Error { error } => write!(f, "no message (error: {error})"),
        }
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

fn compare(expect: &Expect, o: &Outcome) -> Vec<Mismatch> {
    let mut out = Vec::new();
    let mut check = |field: &'static str, expected: Value, actual: Value| {
        if expected != actual {
            out.push(Mismatch::new(field, expected, actual));
        }
    };
    check(
        "escalated",
        Value::Bool(expect.escalated),
        Value::Bool(o.escalated),
    );
    if !expect.escalated || !o.escalated {
        return out;
    }
    if let Some(turn) = expect.turn {
        check(
            "turn",
            Value::Number(turn),
            o.escalation_turn.map_or(Value::Nothing, Value::Number),
        );
    }
    if let Some(trigger) = &expect.trigger {
        check(
            "trigger",
            Value::text(Some(trigger)),
            Value::text(o.primary_trigger()),
        );
    }
    if let Some(triggers) = &expect.triggers {
        let mut expected = triggers.clone();
        expected.sort();
        let mut actual: Vec<String> = o.triggers.iter().map(|t| t.id.clone()).collect();
        actual.sort();
        check("triggers", Value::List(expected), Value::List(actual));
    }
    if let Some(route) = &expect.route {
        check(
            "route",
            Value::text(route.as_deref()),
            Value::text(o.route.as_deref()),
        );
    }
    if let Some(team) = &expect.team {
        check(
            "team",
            Value::text(team.as_deref()),
            Value::text(o.team.as_deref()),
        );
    }
    let bridge = match (&o.bridge_message, &o.bridge_error) {
        (Some(message), _) => Value::Text(message.clone()),
        (None, Some(e)) => Value::Error { error: e.clone() },
        (None, None) => Value::Nothing,
    };
    if let Some(text) = &expect.bridge {
        check("bridge", Value::text(Some(text)), bridge.clone());
        // `bridge: |` keeps the line break at its end, which a rendered message (trimmed)
        // never has: the case can never pass (review 15, item 9).
        if let Some(m) = out.last_mut()
            && m.field == "bridge"
            && text.ends_with(['\n', '\r'])
        {
            m.help = Some(TRAILING_LINE_BREAK_HELP.to_owned());
        }
    }
    if let Some(part) = &expect.bridge_contains
        && !o
            .bridge_message
            .as_deref()
            .is_some_and(|m| m.contains(part.as_str()))
    {
        out.push(Mismatch::new(
            "bridge_contains",
            Value::text(Some(part)),
            bridge,
        ));
    }
    match (&o.bridge_error, expect.bridge_error) {
        (Some(error), false) => {
            // Said once: on the `bridge`/`bridge_contains` that quotes it, or on its own.
            let help = Some(BRIDGE_ERROR_HELP.to_owned());
            if let Some(m) = out
                .iter_mut()
                .find(|m| matches!(m.field, "bridge" | "bridge_contains"))
            {
                m.help = help;
            } else {
                out.push(Mismatch {
                    help,
                    ..Mismatch::new(
                        "bridge_error",
                        Value::Bool(false),
                        Value::Error {
                            error: error.clone(),
                        },
                    )
                });
            }
        }
        (None, true) => out.push(Mismatch::new(
            "bridge_error",
            Value::Bool(true),
            Value::Bool(false),
        )),
        _ => {}
    }
    // Each at the line of its key, where the case gives one; a `bridge` over many lines
    // at the line where the texts first differ.
    for m in &mut out {
        m.line = expect
            .lines
            .iter()
            .find(|(key, _)| *key == m.field)
            .map(|(_, line)| *line);
        if let (Some(at), Some(expected)) = (m.differs_at, &expect.bridge) {
            m.line = load::line_of(&expect.bridge_lines, expected, at).or(m.line);
        }
    }
    out
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
