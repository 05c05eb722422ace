//! Teams and templates: bridge templates parsed, their variables checked against the
//! bridge context (their filters and tests against the template engine's: `filters.rs`).

use std::sync::LazyLock;

use regex::Regex;

use crate::diag::{Annotate, FileId, Span, did_you_mean};
use crate::yaml;

use super::super::schema::{RawRuleFile, RawTeam};
use super::super::{Bridge, Part, Team, Template, TriggerId};
use super::{Validator, suggest, suggest_id};

mod filters;
mod reach;
pub(crate) mod spans;
mod syntax;
mod tags;
mod unsupported;
mod whole;
mod written;

/// Longest bridge template source accepted.
pub(crate) const MAX_TEMPLATE_BYTES: usize = 16 * 1024;

/// Statements that would load another template (there is no loader, so they could only
/// fail at render time; refused when the rules load instead).
static INCLUDE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\{%-?\s*(?:include|import|extends|from)\b").expect("valid pattern")
});

/// The context's variables and their attributes: [`crate::rules::context`].
pub(super) use crate::rules::context::TEMPLATE_VARIABLES;

impl Validator<'_> {
    pub(super) fn templates(&mut self, files: &[(FileId, RawRuleFile)]) -> Vec<Template> {
        let mut out = Vec::new();
        for (file, raw) in files {
            for t in &raw.templates {
                let span = yaml::span(&t.text, *file);
                let faults = self.faults();
                self.check_template(&t.text.value, span);
                if self.faults() > faults {
                    self.broken.templates.insert(out.len());
                }
                out.push(Template {
                    id: t.id.value.clone(),
                    span: yaml::span(&t.id, *file),
                    text: t.text.value.clone(),
                    text_span: span,
                });
            }
        }
        out
    }

    pub(super) fn team(&mut self, raw: &RawTeam, file: FileId, templates: &[Template]) -> Team {
        let span = yaml::span(&raw.id, file);
        let bridge = match (&raw.bridge, &raw.bridge_template) {
            (Some(_), Some(t)) => {
                self.error(
                    "S008",
                    "a team has either `bridge` or `bridge_template`, not both",
                    yaml::span(t, file),
                );
                None
            }
            (Some(b), None) => {
                let bspan = yaml::span(b, file);
                self.check_template(&b.value, bspan);
                Some(Bridge {
                    source: b.value.clone(),
                    span: bspan,
                    template: None,
                })
            }
            (None, Some(t)) => {
                let tspan = yaml::span(t, file);
                match self.template_ids.get(&t.value).map(|&(idx, _)| idx) {
                    Some(idx) => templates.get(idx).map(|tpl| Bridge {
                        source: tpl.text.clone(),
                        span: tpl.text_span,
                        template: Some(tpl.id.clone()),
                    }),
                    None if self.empty_ref(Part::Templates, &t.value, tspan)
                        || self.may_be_unparsed(Part::Templates, &t.value) =>
                    {
                        None
                    }
                    None => {
                        let suggestion = suggest_id(
                            &t.value,
                            self.template_ids.keys().chain(&self.unparsed.templates),
                        );
                        self.error("R004", format!("unknown template `{}`", t.value), tspan)
                            .with_label("not defined under `templates:`")
                            .with_help_opt(suggestion);
                        None
                    }
                }
            }
            (None, None) => None,
        };
        let mut by_trigger = Vec::new();
        let mut entries: Vec<_> = raw.bridges.iter().collect();
        entries
            .sort_by_key(|(trigger, _)| (trigger.referenced.line(), trigger.referenced.column()));
        for (trigger, text) in entries {
            let tspan = yaml::span(trigger, file);
            let bspan = yaml::span(text, file);
            self.check_template(&text.value, bspan);
            match self.trigger_ids.get(&trigger.value).map(|&(idx, _)| idx) {
                Some(idx) => by_trigger.push((
                    TriggerId(idx),
                    Bridge {
                        source: text.value.clone(),
                        span: bspan,
                        template: None,
                    },
                )),
                None => {
                    self.trigger_ref(trigger, tspan, true);
                }
            }
        }
        by_trigger.sort_by_key(|(t, _)| t.0);
        Team {
            id: raw.id.value.clone(),
            span,
            name: raw.name.clone(),
            agent: raw.agent.clone(),
            bridge,
            by_trigger,
        }
    }

    /// Parses a template and checks the variables it uses exist in the bridge context.
    pub(super) fn check_template(&mut self, source: &str, span: Span) {
        if source.len() > MAX_TEMPLATE_BYTES {
            self.error(
                "S009",
                format!(
                    "template is {} bytes; the limit is {}",
                    source.len(),
                    crate::rules::load::limit_in_words(MAX_TEMPLATE_BYTES as u64)
                ),
                span,
            )
            .with_help("a bridge message is a few sentences: see SECURITY.md for the limits");
            return;
        }
        if let Some(found) = INCLUDE.find(source) {
            self.error(
                "T003",
                format!(
                    "templates cannot use `{}`: a bridge template stands alone",
                    found.as_str().trim_start_matches(['{', '%', '-']).trim()
                ),
                span,
            )
            .with_help("share text between teams with `templates:` and `bridge_template:`");
            return;
        }
        let env = minijinja::Environment::new();
        let template = match env.template_from_str(source) {
            Ok(t) => t,
            Err(err) => {
                let detail = err.detail().unwrap_or("invalid syntax").to_owned();
                let line = err.line().unwrap_or(1);
                if let Some((message, label, help)) = unsupported::unsupported(&detail) {
                    // At the statement's keyword (`{% macro`), not the whole scalar.
                    let keyword = detail.trim_start_matches("unknown statement ").trim();
                    let at = self.variable_span(span, &[keyword]);
                    self.error("T001", message, at)
                        .with_label(format!("{label} (line {line} of the template)"))
                        .with_help(help);
                } else {
                    // At the offending token (or what was left open), not the whole scalar.
                    let found = syntax::offending(source, &err).and_then(|(range, open)| {
                        let line = source[..range.start].matches('\n').count() + 1;
                        let closer = open.then(|| syntax::closer(&source[range.clone()]));
                        let at = spans::text_span(self.sources, span, source, range)?;
                        Some((at, line, closer))
                    });
                    let (at, label, help) = match found {
                        Some((at, line, Some(closer))) => (
                            at,
                            format!("not closed (line {line} of the template)"),
                            Some(format!("close it with `{closer}`")),
                        ),
                        Some((at, line, None)) => {
                            (at, format!("in line {line} of the template"), None)
                        }
                        None => (span, format!("in line {line} of the template"), None),
                    };
                    self.error("T001", format!("template syntax error: {detail}"), at)
                        .with_label(label)
                        .with_help_opt(help);
                }
                // Its other tags may still name variables the context lacks: said now,
                // not after this error is fixed.
                self.check_variables(tags::variables_of_tags(&env, source), span);
                return;
            }
        };
        self.check_filters_and_tests(&env, &template, source, span);
        let written = self.check_groups_written_whole(source, span);
        let mut used: Vec<String> = template.undeclared_variables(true).into_iter().collect();
        if let Some(reach) = crate::rules::reach::reach(source) {
            self.check_reach(source, span, &reach, &written);
            // A method called (`customer.name.upper()`) is `T001`'s, not an undefined
            // variable's.
            used.retain(|path| !reach.calls.iter().any(|c| c.path.as_ref() == Some(path)));
        }
        // minijinja's list takes an `{% if %}` for a scope: a variable set in its
        // branches and read after it is listed, though the template sets it there (a
        // branch that may not set it is `T011`'s).
        if let Some(analysis) = crate::rules::guards::analyse(source) {
            used.retain(|path| {
                let top = path.split('.').next().unwrap_or(path);
                !analysis.set_before_read.contains(top)
                    || TEMPLATE_VARIABLES.iter().any(|(name, _)| *name == top)
            });
        }
        self.check_variables(used, span);
    }

    /// Checks the variables a template uses (`team.nme`) exist in the bridge context.
    fn check_variables(&mut self, mut used: Vec<String>, span: Span) {
        used.sort();
        used.dedup();
        for path in used {
            let mut parts = path.splitn(2, '.');
            let top = parts.next().unwrap_or_default();
            let attr = parts.next();
            let Some((_, attrs)) = TEMPLATE_VARIABLES.iter().find(|(name, _)| *name == top) else {
                let suggestion = suggest(top, TEMPLATE_VARIABLES.iter().map(|(n, _)| *n));
                let names = TEMPLATE_VARIABLES
                    .iter()
                    .map(|(n, _)| *n)
                    .collect::<Vec<_>>()
                    .join(", ");
                let at = self.variable_span(span, &[top]);
                self.error(
                    "T002",
                    format!("template uses undefined variable `{top}`"),
                    at,
                )
                .with_help_opt(suggestion)
                .with_help(format!("bridge templates can use: {names}"));
                continue;
            };
            let Some(attr) = attr else { continue };
            let mut attr_parts = attr.split('.');
            let attr = attr_parts.next().unwrap_or(attr);
            let deeper = attr_parts.next();
            if let Some(attrs) = attrs {
                if attrs.iter().any(|(a, _)| *a == attr) {
                    // Every attribute of these is text or a number: `trigger.id.x` is
                    // undefined in every conversation.
                    if let Some(deeper) = deeper.filter(|_| !HAS_PARTS.contains(&(top, attr))) {
                        let at = self.variable_span(span, &[top, attr, deeper]);
                        self.error(
                            "T002",
                            format!("template uses undefined variable `{top}.{attr}.{deeper}`"),
                            at,
                        )
                        .with_help(format!("`{top}.{attr}` is a value and has no attributes"));
                    }
                } else {
                    let suggestion = did_you_mean(attr, attrs.iter().map(|(a, _)| *a))
                        .map(|s| format!("did you mean `{top}.{s}`?"));
                    let what = if attrs.is_empty() {
                        format!("`{top}` is text and has no attributes")
                    } else {
                        format!(
                            "`{top}` has: {}",
                            attrs.iter().map(|(a, _)| *a).collect::<Vec<_>>().join(", ")
                        )
                    };
                    let at = self.variable_span(span, &[top, attr]);
                    self.error(
                        "T002",
                        format!("template uses undefined variable `{top}.{attr}`"),
                        at,
                    )
                    .with_help_opt(suggestion)
                    .with_help(what);
                }
            } else if let Some(deeper) = deeper {
                // Customer fields are text from the export.
                let at = self.variable_span(span, &[top, attr, deeper]);
                self.error(
                    "T002",
                    format!("template uses undefined variable `{top}.{attr}.{deeper}`"),
                    at,
                )
                .with_help(format!("`{top}.{attr}` is text and has no attributes"));
            }
        }
    }

    /// Narrows `span`, a template's scalar, to the first place inside a tag (`{{ … }}`,
    /// `{% … %}`) where the variable `path` (`["team", "nme"]`: `team.nme`) is written, so
    /// that the caret is under it, not in a string literal that spells it (`{{ "nme" }}`);
    /// `span` itself when the source does not spell it so (an escape in a quoted scalar,
    /// say).
    fn variable_span(&self, span: Span, path: &[&str]) -> Span {
        spans::variable_span(self.sources, span, path)
    }
}

/// `(variable, attribute)` pairs whose value has parts of its own (lists).
const HAS_PARTS: &[(&str, &str)] = &[
    ("summary", "facts"),
    ("summary", "topics"),
    ("summary", "open_questions"),
    ("summary", "bullets"),
];
