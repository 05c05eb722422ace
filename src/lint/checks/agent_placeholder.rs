//! T012 agent-placeholder: a team without `agent:` whose bridge message writes
//! `{{ agent }}`, so that every customer it greets reads “[agent name]”
//! ([`crate::rules::AGENT_PLACEHOLDER`]). Takes the rule set; gives a warning at the
//! first `agent` of each such bridge message.

use crate::diag::Annotate;
use crate::lint::{Check, Code, Context, Sink, code::code};
use crate::rules::AGENT_PLACEHOLDER;
use crate::rules::validate::variable_span;

pub(crate) struct AgentPlaceholder;

impl Check for AgentPlaceholder {
    fn code(&self) -> &'static Code {
        code("T012")
    }

    fn run(&self, cx: &Context<'_>, sink: &mut Sink<'_>) {
        let env = minijinja::Environment::new();
        for team in cx.rules.teams.iter().filter(|t| t.agent.is_none()) {
            for bridge in team.bridges() {
                let Ok(template) = env.template_from_str(&bridge.source) else {
                    continue;
                };
                // Read as the context's `agent`, not a variable the template sets.
                if !template.undeclared_variables(false).contains("agent") {
                    continue;
                }
                let at = variable_span(&cx.rules.sources, bridge.span, &["agent"]);
                let of = bridge
                    .template
                    .as_ref()
                    .map_or_else(String::new, |t| format!(" (template `{t}`)"));
                sink.report(
                    at,
                    format!(
                        "team `{}` has no `agent:`, so its bridge message{of} says “{AGENT_PLACEHOLDER}” to the customer",
                        team.id
                    ),
                )
                .with_label("no name to put here")
                .with_help(format!(
                    "give team `{}` the name its people sign with (`agent: Maya`), or write the message without `{{{{ agent }}}}`",
                    team.id
                ));
            }
        }
    }
}
