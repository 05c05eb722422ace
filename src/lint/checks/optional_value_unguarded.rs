//! T011 optional-value-unguarded: a bridge template reads a value that some escalations
//! do not have (`trigger.description` of a trigger without one, `conversation.time`, the
//! optional `summary.*` fields) unguarded (no `default(...)`, `is defined`, `{% if x %}`
//! or `x or "…"`: [`crate::rules::guards`]), so those escalations get no bridge message.
//! Takes the rule set; needs no export (C003 covers `customer.*` against one). Which
//! values may be absent is [`crate::rules::context`]'s. Also a variable the template sets
//! in some branches of an `{% if %}` only, read after it unguarded: undefined whenever
//! the other branch is taken.

use crate::diag::Annotate;
use crate::lint::{Check, Code, Context, Sink, code::code};
use crate::rules::context::optional_values;
use crate::rules::guards::{analyse, guard_help, shown_at};
use crate::rules::validate::read_span;
use crate::rules::{Bridge, RuleSet, Team, TriggerId};

pub(crate) struct OptionalValueUnguarded;

impl Check for OptionalValueUnguarded {
    fn code(&self) -> &'static Code {
        code("T011")
    }

    fn run(&self, cx: &Context<'_>, sink: &mut Sink<'_>) {
        let env = minijinja::Environment::new();
        for team in &cx.rules.teams {
            let bridges = team
                .bridge
                .iter()
                .map(|b| (None, b))
                .chain(team.by_trigger.iter().map(|(t, b)| (Some(*t), b)));
            for (trigger, bridge) in bridges {
                let Ok(template) = env.template_from_str(&bridge.source) else {
                    continue;
                };
                let used = template.undeclared_variables(true);
                let analysis = analyse(&bridge.source).unwrap_or_default();
                for (name, &(read, set)) in &analysis.unset {
                    report_unset(cx.rules, sink, team, bridge, name, (read, set));
                }
                let reads = analysis.unguarded;
                for (path, when, _) in optional_values() {
                    // Of the context's group (a quoted key too: `summary['goal']`), not
                    // of a variable of that name the template set.
                    let group = path.split('.').next().unwrap_or_default();
                    let context = used.contains(&path) || used.contains(group);
                    let Some(&at) = reads.get(&path).filter(|_| context) else {
                        continue;
                    };
                    let read = Read { path: &path, at };
                    if path != "trigger.description" {
                        report(cx.rules, sink, team, bridge, &read, when);
                        continue;
                    }
                    // Undefined only for a trigger without one: said only when one of
                    // the triggers this template is rendered for has none, and which.
                    let lacking = lacking_description(cx.rules, team, trigger);
                    let when = match lacking.as_slice() {
                        [] => continue,
                        [one] => format!("undefined: trigger {one} has no description"),
                        _ => format!(
                            "undefined: triggers {} have no description",
                            lacking.join(", ")
                        ),
                    };
                    report(cx.rules, sink, team, bridge, &read, &when);
                }
            }
        }
    }
}

/// The triggers without a description (as `` `id` ``) that can be the primary trigger
/// of an escalation rendered with `bridge`: its own trigger, or for the team's default
/// template, any trigger the team has no template of its own for.
fn lacking_description(rules: &RuleSet, team: &Team, own: Option<TriggerId>) -> Vec<String> {
    rules
        .triggers
        .iter()
        .enumerate()
        .filter(|(i, _)| match own {
            Some(own) => own.0 == *i,
            None => !team.by_trigger.iter().any(|(t, _)| t.0 == *i),
        })
        .filter(|(_, t)| t.description.as_deref().is_none_or(str::is_empty))
        .map(|(_, t)| format!("`{}`", t.id))
        .collect()
}

/// A value read unguarded: which, and the byte offset of its first such read.
struct Read<'a> {
    path: &'a str,
    at: usize,
}

fn report(
    rules: &RuleSet,
    sink: &mut Sink<'_>,
    team: &Team,
    bridge: &Bridge,
    read: &Read<'_>,
    when: &str,
) {
    let parts: Vec<&str> = read.path.split('.').collect();
    let at = read_span(&rules.sources, bridge.span, &bridge.source, &parts, read.at);
    // Named as the template writes it there (`summary['goal']`).
    let path = &shown_at(&bridge.source, read.at, parts.len())
        .map_or_else(|| read.path.to_owned(), |(shown, _)| shown);
    sink.report(
        at,
        format!(
            "team `{}`'s bridge message uses `{path}` unguarded, which is {when}",
            team.id
        ),
    )
    .with_label("such escalations would get no bridge message, only a `bridge_error`")
    .with_help(guard_help(path));
}

/// A variable set in some branches of an `{% if %}` only, read unguarded at byte `read`
/// of the template (set at byte `set`).
fn report_unset(
    rules: &RuleSet,
    sink: &mut Sink<'_>,
    team: &Team,
    bridge: &Bridge,
    name: &str,
    (read, set): (usize, usize),
) {
    let at = read_span(&rules.sources, bridge.span, &bridge.source, &[name], read);
    let line = bridge
        .source
        .get(..set)
        .map_or(1, |s| s.matches('\n').count() + 1);
    sink.report(
        at,
        format!(
            "team `{}`'s bridge message uses `{name}` unguarded, which is undefined when the `{{% if %}}` that sets it (on line {line} of the template) takes a branch that does not",
            team.id
        ),
    )
    .with_label("such escalations would get no bridge message, only a `bridge_error`")
    .with_help(format!(
        "set `{name}` in every branch (`{{% else %}}{{% set {name} = \"…\" %}}`) or before the `{{% if %}}`, or guard it: `{{{{ {name} | default(\"…\") }}}}`, or write it inside `{{% if {name} is defined %}}…{{% endif %}}`"
    ));
}
