//! Bridge messages: a team's template rendered for one escalation.
//!
//! Templates are minijinja with undefined variables as errors (a typo must not become an
//! empty string in front of a customer), bounded execution (fuel), and no loader: a
//! template cannot include files or read the environment. The context:
//!
//! | variable | value |
//! |---|---|
//! | `customer` | the conversation's metadata, by normalised column name, plus `first_name` derived from `name` |
//! | `agent` | the team's `agent`, or `[agent name]` |
//! | `team` | `id`, `name` |
//! | `reason` | the primary trigger's reason ("dive deeper into pricing") |
//! | `trigger` | the primary trigger: `id`, `description`, `severity`, `reason` |
//! | `triggers` | ids of every trigger that fired |
//! | `route` | the route id |
//! | `conversation` | `id`, `turn` (escalation turn), `time`, `messages` |
//!
//! A field the export lacks for this conversation is undefined: templates say
//! `{{ customer.first_name | default("there") }}` where a value may be missing.

use std::collections::BTreeMap;

use minijinja::{Environment, UndefinedBehavior};
use serde::Serialize;

use crate::rules::{AGENT_PLACEHOLDER, RuleSet, TeamId};
use crate::transcript::Metadata;

/// Bound on template execution: ample for a message, fatal for a runaway loop.
const FUEL: u64 = 20_000;

/// Longest rendered bridge message kept; longer output means a broken template.
const MAX_OUTPUT: usize = 4_000;

pub(super) struct Bridges {
    env: Environment<'static>,
    /// Template name per team (`None`: the team has no bridge message).
    names: Vec<Option<String>>,
    /// Per team, the `customer.*` fields its template reads (`None`: it reads
    /// `customer` as a whole). Only these are put in the context: building the whole
    /// metadata map for every escalation was a tenth of a replay's time.
    customer_fields: Vec<Option<Vec<String>>>,
}

/// What a bridge template is rendered with (see the table above).
pub(super) struct BridgeContext<'a> {
    pub(super) team: TeamId,
    pub(super) metadata: &'a Metadata,
    pub(super) reason: &'a str,
    pub(super) trigger: TriggerValues<'a>,
    pub(super) triggers: Vec<&'a str>,
    pub(super) route: &'a str,
    pub(super) conversation: ConversationValues<'a>,
}

#[derive(Serialize)]
pub(super) struct TriggerValues<'a> {
    pub(super) id: &'a str,
    pub(super) description: &'a str,
    pub(super) severity: &'a str,
    pub(super) reason: &'a str,
}

#[derive(Serialize)]
pub(super) struct ConversationValues<'a> {
    pub(super) id: &'a str,
    pub(super) turn: usize,
    pub(super) time: &'a str,
    pub(super) messages: usize,
}

#[derive(Serialize)]
struct TeamValues<'a> {
    id: &'a str,
    name: &'a str,
}

#[derive(Serialize)]
struct Values<'a> {
    customer: BTreeMap<&'a str, &'a str>,
    agent: &'a str,
    team: TeamValues<'a>,
    reason: &'a str,
    trigger: &'a TriggerValues<'a>,
    triggers: &'a [&'a str],
    route: &'a str,
    conversation: &'a ConversationValues<'a>,
}

impl Bridges {
    pub(super) fn compile(rules: &RuleSet) -> Result<Self, String> {
        let mut env = Environment::new();
        env.set_undefined_behavior(UndefinedBehavior::Strict);
        env.set_fuel(Some(FUEL));
        env.set_auto_escape_callback(|_| minijinja::AutoEscape::None);
        let mut names = Vec::with_capacity(rules.teams.len());
        let mut customer_fields = Vec::with_capacity(rules.teams.len());
        for team in &rules.teams {
            let Some(bridge) = &team.bridge else {
                names.push(None);
                customer_fields.push(Some(Vec::new()));
                continue;
            };
            let name = format!("team:{}", team.id);
            env.add_template_owned(name.clone(), bridge.source.clone())
                .map_err(|e| format!("bridge template of team `{}`: {e}", team.id))?;
            let used = env
                .get_template(&name)
                .map_err(|e| e.to_string())?
                .undeclared_variables(true);
            let fields = if used.contains("customer") {
                None
            } else {
                let mut fields: Vec<String> = used
                    .iter()
                    .filter_map(|v| v.strip_prefix("customer."))
                    .map(|f| f.split('.').next().unwrap_or(f).to_owned())
                    .collect();
                fields.sort();
                fields.dedup();
                Some(fields)
            };
            names.push(Some(name));
            customer_fields.push(fields);
        }
        Ok(Bridges {
            env,
            names,
            customer_fields,
        })
    }

    /// Renders the team's bridge message; `Ok(None)` when the team has none.
    pub(super) fn render(
        &self,
        rules: &RuleSet,
        ctx: &BridgeContext<'_>,
    ) -> Result<Option<String>, String> {
        let Some(Some(name)) = self.names.get(ctx.team.0) else {
            return Ok(None);
        };
        let team = rules.team(ctx.team);
        let template = self.env.get_template(name).map_err(|e| e.to_string())?;
        let mut customer: BTreeMap<&str, &str> = match &self.customer_fields[ctx.team.0] {
            None => ctx.metadata.iter().collect(),
            Some(fields) => fields
                .iter()
                .filter_map(|f| ctx.metadata.get(f).map(|v| (f.as_str(), v)))
                .collect(),
        };
        let wants_first_name = self.customer_fields[ctx.team.0]
            .as_ref()
            .is_none_or(|f| f.iter().any(|f| f == "first_name"));
        if wants_first_name
            && let Some(first) = ctx
                .metadata
                .get("name")
                .and_then(|n| n.split_whitespace().next())
        {
            customer.entry("first_name").or_insert(first);
        }
        let values = Values {
            customer,
            agent: team.agent.as_deref().unwrap_or(AGENT_PLACEHOLDER),
            team: TeamValues {
                id: &team.id,
                name: &team.name,
            },
            reason: ctx.reason,
            trigger: &ctx.trigger,
            triggers: &ctx.triggers,
            route: ctx.route,
            conversation: &ctx.conversation,
        };
        let text = template
            .render(minijinja::value::Serde(&values))
            .map_err(|e| describe(&e))?;
        let text = text.trim().to_owned();
        if text.len() > MAX_OUTPUT {
            return Err(format!(
                "bridge message is {} bytes; the limit is {MAX_OUTPUT}",
                text.len()
            ));
        }
        Ok(Some(text))
    }
}

/// One line: what went wrong, without minijinja's multi-line debug dump.
fn describe(err: &minijinja::Error) -> String {
    use std::fmt::Write as _;
    let mut msg = match err.detail() {
        Some(detail) => format!("{}: {detail}", err.kind()),
        None => err.kind().to_string(),
    };
    if let Some(line) = err.line() {
        let _ = write!(msg, " (template line {line})");
    }
    msg
}
