//! Validation: parsed rule files → a [`RuleSet`], or every error found.
//!
//! Merges the files (ids unique across all of them), resolves references to indices,
//! expands built-in lexicons, normalises phrases, compiles regexes with size limits and
//! parses templates. It collects every error instead of stopping at the first, each with
//! a stable code and the span of the offending value.

use std::collections::HashMap;

use crate::diag::{Annotate, Diagnostic, FileId, Sources, Span, did_you_mean};
use crate::yaml::{self, Spanned};

use super::load::Loaded;
use super::recover::Unparsed;
use super::schema::RawRuleFile;
use super::{DefaultRoute, Route, RuleSet, Signal, Team, Trigger};

mod conditions;
mod detectors;
mod regexes;
mod templates;

/// Most signals, triggers, routes, teams or templates (each) a rule set may define.
pub const MAX_DEFINITIONS: usize = 10_000;
/// Most phrases and regexes in all signals together.
pub const MAX_SIGNAL_ENTRIES: usize = 200_000;

/// Validates loaded files; on failure returns the diagnostics and the sources to render them.
pub fn validate(loaded: Loaded) -> Result<RuleSet, (Vec<Diagnostic>, Sources)> {
    let Loaded {
        sources,
        files,
        diagnostics,
        unparsed,
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
    };
    v.check_versions(&files);
    v.collect_ids(&files);
    let templates = v.templates(&files);
    for (file, raw) in &files {
        for signal in &raw.signals {
            let built = v.signal(signal, *file);
            v.signals.push(built);
        }
    }
    let teams: Vec<Team> = files
        .iter()
        .flat_map(|(file, raw)| raw.teams.iter().map(move |t| (*file, t)))
        .map(|(file, t)| v.team(t, file, &templates))
        .collect();
    let mut triggers = Vec::new();
    for (file, raw) in &files {
        for t in &raw.triggers {
            let ctx = Ctx {
                file: *file,
                owner: &t.id.value,
                in_route: false,
            };
            let when = v.condition(&t.when, &ctx);
            triggers.push(Trigger {
                id: t.id.value.clone(),
                span: yaml::span(&t.id, *file),
                description: t.description.clone(),
                reason: t
                    .reason
                    .clone()
                    .or_else(|| t.description.clone())
                    .unwrap_or_else(|| t.id.value.clone()),
                severity: t.severity.as_ref().map(|s| s.value).unwrap_or_default(),
                when,
            });
        }
    }
    let mut routes = Vec::new();
    let mut default_route: Option<DefaultRoute> = None;
    for (file, raw) in &files {
        for r in &raw.routes {
            let ctx = Ctx {
                file: *file,
                owner: &r.id.value,
                in_route: true,
            };
            let when = v.condition(&r.when, &ctx);
            let team = v.team_ref(&r.team, *file);
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
                let team = v.team_ref(&d.value.team, *file);
                default_route = Some(DefaultRoute { team, span });
            }
        }
    }
    let Validator {
        mut diags, signals, ..
    } = v;
    // In file order, then by position: the order an author reads them in.
    let order = |path: &std::path::Path| sources.files().iter().position(|f| f.path == path);
    diags.sort_by_key(|d| {
        d.location
            .as_ref()
            .map(|l| (order(&l.path), l.line, l.column))
    });
    if diags
        .iter()
        .any(|d| d.severity == crate::diag::Severity::Error)
    {
        return Err((diags, sources));
    }
    Ok(RuleSet {
        sources,
        signals,
        triggers,
        routes,
        default_route,
        teams,
        templates,
    })
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
}

/// Where a condition sits: which file, which trigger or route owns it.
struct Ctx<'a> {
    file: FileId,
    owner: &'a str,
    in_route: bool,
}

impl Validator<'_> {
    fn error(
        &mut self,
        code: &'static str,
        message: impl Into<String>,
        span: Span,
    ) -> &mut Diagnostic {
        let d = Diagnostic::error(code, message).at(self.sources.location(span));
        self.diags.push(d);
        self.diags.last_mut().expect("just pushed")
    }

    fn check_versions(&mut self, files: &[(FileId, RawRuleFile)]) {
        for (file, raw) in files {
            if raw.version.value != 1 {
                let span = yaml::span(&raw.version, *file);
                self.error(
                    "S005",
                    format!("unsupported rule format version {}", raw.version.value),
                    span,
                )
                .with_help("this version of handoff reads `version: 1`");
            }
        }
    }

    /// Registers every id, reporting duplicates with both locations.
    fn collect_ids(&mut self, files: &[(FileId, RawRuleFile)]) {
        let mut entries = 0usize;
        'count: for (file, raw) in files {
            for s in &raw.signals {
                for phrase in &s.phrases {
                    entries += 1;
                    if entries > MAX_SIGNAL_ENTRIES {
                        self.error(
                            "S009",
                            format!("more than {MAX_SIGNAL_ENTRIES} phrases and regexes: the rule set is refused"),
                            yaml::span(phrase, *file),
                        )
                        .with_help("rules come from pull requests: see SECURITY.md for the limits");
                        break 'count;
                    }
                }
                entries += s.regex.len();
            }
        }
        let mut signals = 0;
        let mut triggers = 0;
        let mut teams = 0;
        let mut templates = 0;
        let mut routes = 0;
        for (file, raw) in files {
            for s in &raw.signals {
                self.register("signal", &s.id, *file, Kind::Signal, &mut signals);
            }
            for t in &raw.triggers {
                self.register("trigger", &t.id, *file, Kind::Trigger, &mut triggers);
            }
            for t in &raw.teams {
                self.register("team", &t.id, *file, Kind::Team, &mut teams);
            }
            for t in &raw.templates {
                self.register("template", &t.id, *file, Kind::Template, &mut templates);
            }
            for r in &raw.routes {
                let span = yaml::span(&r.id, *file);
                if r.id.value == super::DEFAULT_ROUTE_ID {
                    self.error(
                        "S008",
                        "`default` is reserved for the default route",
                        span,
                    )
                    .with_help("use `default_route: { team: ... }` for the catch-all, or pick another id");
                }
                self.register("route", &r.id, *file, Kind::Route, &mut routes);
            }
        }
    }

    fn register(
        &mut self,
        what: &str,
        id: &Spanned<String>,
        file: FileId,
        kind: Kind,
        next: &mut usize,
    ) {
        let span = yaml::span(id, file);
        if *next == MAX_DEFINITIONS {
            self.error(
                "S009",
                format!("more than {MAX_DEFINITIONS} {what}s: the rule set is refused"),
                span,
            )
            .with_label(format!("the {}th {what}", MAX_DEFINITIONS + 1))
            .with_help("rules come from pull requests: see SECURITY.md for the limits");
        }
        if !valid_id(&id.value) {
            self.error("S008", format!("invalid {what} id `{}`", id.value), span)
                .with_help("ids use letters, digits, `-`, `_` and `.`");
        }
        let map = match kind {
            Kind::Signal => &mut self.signal_ids,
            Kind::Trigger => &mut self.trigger_ids,
            Kind::Team => &mut self.team_ids,
            Kind::Template => &mut self.template_ids,
            Kind::Route => &mut self.route_ids,
        };
        if let Some(&(_, first)) = map.get(&id.value) {
            let d = Diagnostic::error("S007", format!("duplicate {what} id `{}`", id.value))
                .at(self.sources.location(span))
                .label("defined again here")
                .related(self.sources.location(first), "first defined here");
            self.diags.push(d);
        } else {
            map.insert(id.value.clone(), (*next, span));
        }
        *next += 1;
    }
}

#[derive(Clone, Copy)]
enum Kind {
    Signal,
    Trigger,
    Team,
    Template,
    Route,
}

fn valid_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.'))
}

fn suggest<'a, S: AsRef<str> + 'a>(
    name: &str,
    candidates: impl IntoIterator<Item = S>,
) -> Option<String> {
    let candidates: Vec<S> = candidates.into_iter().collect();
    did_you_mean(name, candidates.iter().map(AsRef::as_ref)).map(|s| format!("did you mean `{s}`?"))
}

#[cfg(test)]
mod tests;
