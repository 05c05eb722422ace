//! Lint: a rule set → findings about rules that are broken, dead or unwise.
//!
//! Takes a rule path (and, optionally, the columns of a transcript export); gives
//! [`Diagnostic`]s, each with a stable [`Code`]. Rule files that do not load or validate
//! yield their diagnostics, and what did load still goes through the checks, so that a
//! user fixing a rule set sees every finding in one run: every [`Check`] in [`CHECKS`]
//! looks at the sound part of the rule set ([`Partial`]: the definitions that validated
//! and refer only to such), and a check that judges a whole kind ("no trigger uses this
//! signal", "there is no default route") runs only when that kind is whole
//! ([`Check::needs`]), so that nothing missing shows up as a finding. Severity overrides
//! apply to check codes only. This module does not print: reports render the result.

mod checks;
pub mod code;
pub mod config;
mod logic;

use std::path::Path;

use crate::diag::{Diagnostic, Severity, Sources, Span};
use crate::rules::load::{self, LoadError};
use crate::rules::validate::{Partial, validate_partial};
use crate::rules::{Part, Parts, RuleSet};

pub use checks::CHECKS;
pub use code::{CODES, Code, Origin, lookup};
pub use config::{Level, Overrides};

/// The metadata fields a transcript export provides (from `--columns-from`).
#[derive(Debug, Clone, Default)]
pub struct ExportFields {
    /// Where the columns came from, for messages.
    pub source: String,
    /// Normalised metadata field names, in column order.
    pub fields: Vec<String>,
    /// Whether the export has the timestamp column (after mapping): `hours:` and
    /// `minutes_elapsed` read it.
    pub timestamp: bool,
}

impl ExportFields {
    /// Whether a `meta` condition finds `field`: a column of the export.
    pub fn has(&self, field: &str) -> bool {
        self.fields.iter().any(|f| f == field)
    }

    /// Whether a bridge template finds `customer.<field>`: a column, or `first_name`,
    /// which templates take from the name when the export has no such column
    /// (conditions do not).
    pub fn gives_template(&self, field: &str) -> bool {
        self.has(field)
            || (field == "first_name"
                && (self.fields.iter()).any(|f| crate::transcript::person::gives_first_name(f)))
    }
}

/// What a check can look at.
pub struct Context<'a> {
    pub rules: &'a RuleSet,
    pub export: Option<&'a ExportFields>,
}

/// One lint check: a unit struct with a code and a `run` that reports into a [`Sink`].
pub trait Check: Sync {
    fn code(&self) -> &'static Code;
    fn run(&self, cx: &Context<'_>, sink: &mut Sink<'_>);
    /// The kinds of definition that must all be there for the check to be sure of a
    /// finding: a check about the whole of a kind ("no route sends to this team") would
    /// report what refers to a definition that did not load. Checks that look at one
    /// definition at a time need nothing, and run on the sound part of an invalid rule
    /// set.
    fn needs(&self) -> &'static [Part] {
        &[]
    }
}

/// Collects a check's findings, with its code and default severity.
pub struct Sink<'a> {
    sources: &'a Sources,
    code: &'static Code,
    found: Vec<Diagnostic>,
}

impl Sink<'_> {
    /// Reports a finding at `span`; returns it for labels, help and related places.
    pub fn report(&mut self, span: Span, message: impl Into<String>) -> &mut Diagnostic {
        let d = Diagnostic::new(Some(self.code.id), self.code.severity, message)
            .at(self.sources.location(span));
        let index = self.found.len();
        self.found.push(d);
        &mut self.found[index]
    }

    pub fn location(&self, span: Span) -> crate::diag::Location {
        self.sources.location(span)
    }
}

/// The outcome of linting a rule set.
#[derive(Debug)]
pub struct LintReport {
    pub diagnostics: Vec<Diagnostic>,
    pub sources: Sources,
    /// Whether the rules loaded and validated (if not, the checks saw only the sound part).
    pub valid: bool,
    /// What was linted, and how long it took.
    pub linted: Linted,
}

/// What a lint read: the definitions that loaded (all of them when the rules are valid),
/// and how long reading and validating, then checking, took (`-v` says so).
#[derive(Debug, Clone, Copy, Default)]
pub struct Linted {
    pub signals: usize,
    pub triggers: usize,
    pub routes: usize,
    pub teams: usize,
    /// Files given that are not rule files (S001), not read: not among the sources.
    pub not_rule_files: usize,
    pub read: std::time::Duration,
    pub checked: std::time::Duration,
}

impl LintReport {
    pub fn count(&self, severity: Severity) -> usize {
        self.diagnostics
            .iter()
            .filter(|d| d.severity == severity)
            .count()
    }
}

/// Lints the rules at `path`. Only unreadable paths are errors.
pub fn lint(
    path: &Path,
    overrides: &Overrides,
    export: Option<&ExportFields>,
) -> Result<LintReport, LoadError> {
    let started = std::time::Instant::now();
    let loaded = load::load(path)?;
    let not_rule_files = loaded.not_rule_files;
    let (mut diagnostics, partial) = validate_partial(loaded);
    let nothing_loaded = nothing_loaded(&partial.rules);
    let read = started.elapsed();
    let valid = !diagnostics.iter().any(|d| d.severity == Severity::Error);
    let mut found = check_partial(&partial, export);
    if !valid {
        // A rule set with errors is being written: that it has no triggers yet adds
        // nothing to them (an empty file's S004, `version: "1"`'s S003).
        found.retain(|d| d.code != Some("L006"));
    }
    diagnostics.extend(found);
    let rules = &partial.rules;
    let linted = Linted {
        signals: rules.signals.len(),
        triggers: rules.triggers.len(),
        routes: rules.routes.len(),
        teams: rules.teams.len(),
        not_rule_files,
        read,
        checked: started.elapsed().saturating_sub(read),
    };
    let sources = partial.rules.sources;
    diagnostics = overrides.apply(diagnostics);
    let order = |p: &Path| sources.files().iter().position(|f| f.path == p);
    diagnostics.sort_by_key(|d| {
        d.location
            .as_ref()
            .map(|l| (order(&l.path), l.line, l.column))
    });
    if !nothing_loaded {
        diagnostics.extend(skipped_note(partial.complete, overrides));
    }
    Ok(LintReport {
        diagnostics,
        sources,
        valid,
        linted,
    })
}

/// Runs every check over a valid rule set.
pub fn run_checks(rules: &RuleSet, export: Option<&ExportFields>) -> Vec<Diagnostic> {
    checks(rules, Parts::ALL, export)
}

/// Runs the checks over the sound part of a rule set: those a missing part could
/// mislead are left out.
pub fn check_partial(partial: &Partial, export: Option<&ExportFields>) -> Vec<Diagnostic> {
    checks(&partial.rules, partial.complete, export)
}

/// Whether no definition at all loaded (a file that does not parse, the only one): the
/// errors then say everything, and a note naming some checks that did not run would
/// suggest the others ran on something.
fn nothing_loaded(rules: &RuleSet) -> bool {
    rules.signals.is_empty()
        && rules.triggers.is_empty()
        && rules.routes.is_empty()
        && rules.default_route.is_none()
        && rules.teams.is_empty()
        && rules.templates.is_empty()
}

/// A note naming the checks that did not run because a kind they need did not load
/// whole, so that a clean-looking run on broken rules does not pass for a clean one.
fn skipped_note(complete: Parts, overrides: &Overrides) -> Option<Diagnostic> {
    let skipped: Vec<&str> = CHECKS
        .iter()
        .filter(|c| !complete.contains_all(c.needs()))
        .map(|c| c.code().id)
        .filter(|code| !overrides.allows(code))
        .collect();
    let (last, init) = skipped.split_last()?;
    let init: Vec<String> = init.iter().map(|c| format!("`{c}`")).collect();
    let (checks, they) = if init.is_empty() {
        (format!("check `{last}`"), "it looks")
    } else {
        (
            format!("checks {} and `{last}`", init.join(", ")),
            "they look",
        )
    };
    let message = format!(
        "{checks} did not run: {they} at a whole kind of definition, and some of it did not load; fix the errors above, then lint again for them"
    );
    Some(Diagnostic::new(None, Severity::Note, message))
}

fn checks(rules: &RuleSet, complete: Parts, export: Option<&ExportFields>) -> Vec<Diagnostic> {
    let cx = Context { rules, export };
    let mut out = Vec::new();
    for check in CHECKS.iter().filter(|c| complete.contains_all(c.needs())) {
        let mut sink = Sink {
            sources: &rules.sources,
            code: check.code(),
            found: Vec::new(),
        };
        check.run(&cx, &mut sink);
        out.append(&mut sink.found);
    }
    out
}

#[cfg(test)]
mod tests;
