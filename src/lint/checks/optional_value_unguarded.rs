//! T011 optional-value-unguarded: a bridge template reads a value that some escalations
//! do not have (`trigger.description` of a trigger without one, `conversation.time`, the
//! optional `summary.*` fields) without `default(...)` or `is defined`, so those
//! escalations get no bridge message. Takes the rule set; needs no export (C003 covers
//! `customer.*` against one).

use crate::diag::Annotate;
use crate::lint::{Check, Code, Context, Sink, code::code};
use crate::rules::validate::variable_span;
use crate::rules::{Bridge, RuleSet, Team, TriggerId, guarded_path};

pub(crate) struct OptionalValueUnguarded;

/// The values that may be absent, besides `trigger.description`: each with when.
const OPTIONAL: &[(&str, &str)] = &[
    (
        "conversation.time",
        "undefined when the escalation message has no timestamp (no timestamp column, an empty cell)",
    ),
    (
        "summary.goal",
        "undefined when the summary finds no goal in the conversation",
    ),
    (
        "summary.fact",
        "undefined when the summary finds no key fact (an amount, an order number, a date)",
    ),
    (
        "summary.last_customer_message",
        "undefined when the customer has written nothing yet",
    ),
];

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
                let unguarded =
                    |path: &str| used.contains(path) && !guarded_path(&bridge.source, path);
                if unguarded("trigger.description") {
                    let lacking = lacking_description(cx.rules, team, trigger);
                    if !lacking.is_empty() {
                        let when = match lacking.as_slice() {
                            [one] => format!("undefined: trigger {one} has no description"),
                            _ => format!(
                                "undefined: triggers {} have no description",
                                lacking.join(", ")
                            ),
                        };
                        report(cx.rules, sink, team, bridge, "trigger.description", &when);
                    }
                }
                for (path, when) in OPTIONAL {
                    if unguarded(path) {
                        report(cx.rules, sink, team, bridge, path, when);
                    }
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

fn report(
    rules: &RuleSet,
    sink: &mut Sink<'_>,
    team: &Team,
    bridge: &Bridge,
    path: &str,
    when: &str,
) {
    let parts: Vec<&str> = path.split('.').collect();
    let at = variable_span(&rules.sources, bridge.span, &parts);
    sink.report(
        at,
        format!(
            "team `{}`'s bridge message uses `{path}` unguarded, which is {when}",
            team.id
        ),
    )
    .with_label("such escalations would get no bridge message, only a `bridge_error`")
    .with_help(format!(
        "guard it: `{{{{ {path} | default(\"…\") }}}}` or `{{% if {path} is defined %}}…{{% endif %}}`"
    ));
}
