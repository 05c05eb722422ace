//! Validation: parsed rule files → a [`RuleSet`], or every error found.
//!
//! Merges the files (ids unique across all of them), resolves references to indices,
//! expands built-in lexicons, normalises phrases, compiles regexes with size limits and
//! parses templates. It collects every error instead of stopping at the first, each with
//! a stable code and the span of the offending value. Ids are registered in `ids`; each
//! concern's checks are in a submodule of its own (conditions, detectors, regexes,
//! templates; `salvaged`, what is left of items that did not parse), and `partial`
//! cuts a rule set with errors down to what lint may judge.

use std::collections::{HashMap, HashSet};

use crate::diag::{Annotate, Diagnostic, FileId, Sources, Span, did_you_mean};
use crate::yaml;

use super::load::Loaded;
use super::recover::Unparsed;
use super::schema::{RawRuleFile, RawTrigger};
use super::{DefaultRoute, Parts, Route, RuleSet, Signal, Team, Trigger};

mod conditions;
mod detectors;
mod ids;
mod partial;
mod references;
mod regexes;
mod salvaged;
mod templates;

pub(crate) use references::readers_named;
pub(crate) use templates::spans::{read_span, variable_span};

pub use ids::{MAX_DEFINITIONS, MAX_SIGNAL_ENTRIES};
pub use partial::{Partial, validate_partial};

/// Validates loaded files; on failure returns the diagnostics and the sources to render them.
pub fn validate(loaded: Loaded) -> Result<RuleSet, (Vec<Diagnostic>, Sources)> {
    let checked = check(loaded);
    if checked.failed() {
        return Err((checked.diagnostics, checked.rules.sources));
    }
    // Validation says only errors: what is left is loading's (D016).
    let mut rules = checked.rules;
    rules.notes = checked.diagnostics;
    Ok(rules)
}

/// What validation built and found. When it found errors, `rules` holds every
/// definition that parsed, the faulty ones too (with references that may lead nowhere):
/// it is for [`partial`] to cut down, never for the engine.
struct Checked {
    rules: RuleSet,
    diagnostics: Vec<Diagnostic>,
    /// Definitions with an error of their own, or a reference to one that did not parse.
    broken: Broken,
    /// Kinds of which some definition did not parse at all.
    incomplete: Parts,
}

impl Checked {
    fn failed(&self) -> bool {
        self.diagnostics
            .iter()
            .any(|d| d.severity == crate::diag::Severity::Error)
    }
}

/// Indices of the definitions validation found faulty, by kind.
#[derive(Debug, Default)]
struct Broken {
    signals: HashSet<usize>,
    triggers: HashSet<usize>,
    routes: HashSet<usize>,
    teams: HashSet<usize>,
    templates: HashSet<usize>,
    default_route: bool,
    /// Over the limits for untrusted rules: nothing more is said about the rule set.
    refused: bool,
}

fn check(loaded: Loaded) -> Checked {
    let Loaded {
        sources,
        files,
        diagnostics,
        unparsed,
        not_rule_files: _,
        salvaged,
    } = loaded;
    let mut v = Validator {
        sources: &sources,
        diags: diagnostics,
        unparsed,
        signal_ids: HashMap::new(),
        trigger_ids: HashMap::new(),
        team_ids: HashMap::new(),
        template_ids: HashMap::new(),
        route_ids: HashMap::new(),
        signals: Vec::new(),
        broken: Broken::default(),
        dangling: 0,
        invalid_ids: Vec::new(),
        faulty_ids: HashSet::new(),
        first_copies: HashMap::new(),
        note: None,
        notes: Vec::new(),
        readers: references::signal_readers(&files),
    };
    let mut incomplete = v.unparsed.incomplete;
    // A file of another format version may mean something else by what it holds: what
    // lint says of a whole kind ("never used", "no triggers") would be a guess.
    if v.check_versions(&files) {
        incomplete = Parts::ALL;
    }
    v.first_copies(&files, &salvaged);
    v.collect_ids(&files);
    v.salvaged_ids(&salvaged);
    let mut templates = v.templates(&files);
    v.salvaged_templates(&salvaged, &mut templates);
    for (file, raw) in &files {
        for signal in &raw.signals {
            let faults = v.faults();
            let built = v.signal(signal, *file);
            if v.faults() > faults {
                v.broken.signals.insert(v.signals.len());
            }
            v.signals.push(built);
        }
    }
    let mut teams: Vec<Team> = Vec::new();
    for (file, raw) in &files {
        for t in &raw.teams {
            let faults = v.faults();
            let built = v.team(t, *file, &templates);
            if v.faults() > faults {
                v.broken.teams.insert(teams.len());
            }
            teams.push(built);
        }
    }
    let mut triggers = Vec::new();
    for (file, raw) in &files {
        for t in &raw.triggers {
            let ctx = Ctx {
                file: *file,
                owner: &t.id.value,
                in_route: false,
            };
            let faults = v.faults();
            let when = v.condition(&t.when, &ctx);
            if v.faults() > faults {
                v.broken.triggers.insert(triggers.len());
            }
            triggers.push(trigger(t, *file, when));
        }
    }
    // What is left of items that did not parse: the errors in it are said in this run
    // too; the items stay out, but for those that lint may judge.
    let linted = v.salvaged(&salvaged, &templates);
    triggers.extend(linted.triggers);
    teams.extend(linted.teams);
    let mut routes = Vec::new();
    let mut default_route: Option<DefaultRoute> = None;
    for (file, raw) in &files {
        for r in v.whole_routes(*file, &raw.routes, &salvaged) {
            let ctx = Ctx {
                file: *file,
                owner: &r.id.value,
                in_route: true,
            };
            let faults = v.faults();
            let when = v.condition(&r.when, &ctx);
            let team = v.team_ref(&r.team, *file);
            if v.faults() > faults {
                v.broken.routes.insert(routes.len());
            }
            routes.push(Route {
                id: r.id.value.clone(),
                span: yaml::span(&r.id, *file),
                description: r.description.clone(),
                when,
                team,
            });
        }
        if let Some(d) = &raw.default_route {
            let span = yaml::span(d, *file);
            if let Some(first) = &default_route {
                let d = Diagnostic::error("S007", "a second `default_route`")
                    .at(v.sources.location(span))
                    .label("defined again here")
                    .related(v.sources.location(first.span), "first defined here");
                v.diags.push(d);
            } else {
                let faults = v.faults();
                let team = v.team_ref(&d.value.team, *file);
                v.broken.default_route = v.faults() > faults;
                default_route = Some(DefaultRoute { team, span });
            }
        }
    }
    let Validator {
        mut diags,
        signals,
        mut broken,
        notes,
        ..
    } = v;
    for (at, note) in notes {
        diags[at].help.push(note);
    }
    broken.refused = diags.iter().any(|d| d.code == Some("S009"));
    // In file order, then by position: the order an author reads them in.
    let order = |path: &std::path::Path| sources.files().iter().position(|f| f.path == path);
    diags.sort_by_key(|d| {
        d.location
            .as_ref()
            .map(|l| (order(&l.path), l.line, l.column))
    });
    Checked {
        rules: RuleSet {
            sources,
            signals,
            triggers,
            routes,
            default_route,
            teams,
            templates,
            notes: Vec::new(),
        },
        diagnostics: diags,
        broken,
        incomplete,
    }
}

struct Validator<'a> {
    sources: &'a Sources,
    diags: Vec<Diagnostic>,
    /// Definitions that did not parse (already errors): not unknown when referenced.
    unparsed: Unparsed,
    signal_ids: HashMap<String, (usize, Span)>,
    trigger_ids: HashMap<String, (usize, Span)>,
    team_ids: HashMap<String, (usize, Span)>,
    template_ids: HashMap<String, (usize, Span)>,
    route_ids: HashMap<String, (usize, Span)>,
    signals: Vec<Signal>,
    /// Definitions found faulty so far.
    broken: Broken,
    /// References to definitions that did not parse (not errors: those are reported).
    dangling: usize,
    /// Ids that are not ones (S008), by kind: a reference to a name they write is held
    /// back as one to a definition that did not parse is.
    invalid_ids: Vec<(super::Part, String)>,
    /// Where the ids of salvaged items with an error of their own (S007, S008) start:
    /// lint is not given such an item.
    faulty_ids: HashSet<(FileId, usize)>,
    /// Where each id is first defined, by kind (as `ids::Kind`) and id: every other
    /// copy is a duplicate of it.
    first_copies: HashMap<(u8, String), Span>,
    /// For the next error, an unknown name: what did not parse does not define it.
    note: Option<String>,
    /// Such notes, by the index of their error: its last help line, after a "did you
    /// mean".
    notes: Vec<(usize, String)>,
    /// The triggers that read each signal (`message:` or `seen:`), by signal id, in the
    /// order written: named when a signal's id is written where a trigger's goes (R002).
    readers: HashMap<String, Vec<String>>,
}

/// Where a condition sits: which file, which trigger or route owns it.
struct Ctx<'a> {
    file: FileId,
    owner: &'a str,
    in_route: bool,
}

impl Validator<'_> {
    /// Errors and dangling references so far: a definition whose building raised this
    /// is broken.
    fn faults(&self) -> usize {
        self.diags.len() + self.dangling
    }

    /// Whether a name of `part` not among the known ids may be one that did not parse;
    /// counts the reference as dangling if so. If not, the error that follows says that
    /// what did not parse was looked at.
    fn may_be_unparsed(&mut self, part: super::Part, name: &str) -> bool {
        let unparsed = self.unparsed.may_hold(part, name) || self.names_invalid_id(part, name);
        if unparsed {
            self.dangling += 1;
        }
        self.note = (!unparsed)
            .then(|| self.unparsed.not_held_note(part, name))
            .flatten();
        unparsed
    }

    /// Whether `name`, a reference to one of `part` (a `team:`, a `signal:`), is empty
    /// (`team: ""`): an error of its own, said as that, where an unknown name would be
    /// "unknown team" with no name, and a help about a team of that name.
    /// A name over several lines (`team: |`, a block scalar) is a wrong type of its own
    /// (S003): said on one line, not as "unknown team" quoting the line break.
    fn empty_ref(&mut self, part: super::Part, name: &str, span: Span) -> bool {
        let (what, under) = match part {
            super::Part::Signals => ("signal", "signals"),
            super::Part::Triggers => ("trigger", "triggers"),
            super::Part::Routes | super::Part::DefaultRoute => ("route", "routes"),
            super::Part::Teams => ("team", "teams"),
            super::Part::Templates => ("template", "templates"),
        };
        if name.contains(['\n', '\r']) {
            self.multi_line_id(
                what,
                name,
                span,
                &format!("write the id of one of `{under}:`"),
            );
            return true;
        }
        if !name.trim().is_empty() {
            return false;
        }
        self.error("S008", format!("the {what} id is empty"), span)
            .with_label(format!("names no {what}"))
            .with_help(format!("write the id of one of `{under}:`"));
        true
    }

    fn error(
        &mut self,
        code: &'static str,
        message: impl Into<String>,
        span: Span,
    ) -> &mut Diagnostic {
        let d = Diagnostic::error(code, message).at(self.sources.location(span));
        if let Some(note) = self.note.take() {
            self.notes.push((self.diags.len(), note));
        }
        self.diags.push(d);
        self.diags.last_mut().expect("just pushed")
    }

    /// Reports each file whose `version` is not 1; whether there was one.
    fn check_versions(&mut self, files: &[(FileId, RawRuleFile)]) -> bool {
        let mut unsupported = false;
        for (file, raw) in files {
            if raw.version.value != 1 {
                unsupported = true;
                let span = yaml::span(&raw.version, *file);
                self.error(
                    "S005",
                    format!("unsupported rule format version {}", raw.version.value),
                    span,
                )
                .with_help("this version of handoff reads `version: 1`");
            }
        }
        unsupported
    }
}

/// The trigger `t` of `file`, its condition built as `when`.
fn trigger(t: &RawTrigger, file: FileId, when: super::Condition) -> Trigger {
    Trigger {
        id: t.id.value.clone(),
        span: yaml::span(&t.id, file),
        description: t.description.clone(),
        reason: t
            .reason
            .clone()
            .or_else(|| t.description.clone())
            .unwrap_or_else(|| t.id.value.clone()),
        severity: t.severity.as_ref().map(|s| s.value).unwrap_or_default(),
        when,
    }
}

/// "did you mean" among `candidates`.
fn suggest<'a, S: AsRef<str> + 'a>(
    name: &str,
    candidates: impl IntoIterator<Item = S>,
) -> Option<String> {
    let candidates: Vec<S> = candidates.into_iter().collect();
    did_you_mean(name, candidates.iter().map(AsRef::as_ref)).map(|s| format!("did you mean `{s}`?"))
}

/// "did you mean" for a reference, among `ids`: those defined, and those of definitions
/// that did not parse (a route's `refund-requst` got no suggestion while the trigger
/// `refund-request` had a schema error). Never one that is no id (`billing issue`,
/// S008 already): a reference written so would be wrong too.
fn suggest_id<'a, S: AsRef<str> + 'a>(
    name: &str,
    ids: impl IntoIterator<Item = S>,
) -> Option<String> {
    suggest(name, ids.into_iter().filter(|c| ids::valid_id(c.as_ref())))
}

#[cfg(test)]
mod tests;
