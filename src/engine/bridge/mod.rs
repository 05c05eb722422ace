//! Bridge messages: a team's template rendered for one escalation.
//!
//! Templates are minijinja with undefined variables as errors (a typo must not become an
//! empty string in front of a customer), bounded execution (fuel), and no loader: a
//! template cannot include files or read the environment. The context:
//!
//! | variable | value |
//! |---|---|
//! | `customer` | the conversation's metadata, by normalised column name, plus `first_name` taken from the name (`Mr. John Smith`, `Smith, John` → `John`) |
//! | `agent` | the team's `agent`, or `[agent name]` |
//! | `team` | `id`, `name` |
//! | `reason` | the primary trigger's reason ("dive deeper into pricing") |
//! | `trigger` | the primary trigger: `id`, `description`, `severity`, `reason` |
//! | `triggers` | ids of every trigger that fired |
//! | `route` | the route id |
//! | `conversation` | `id`, `turn` (escalation turn), `time`, `messages` |
//! | `summary` | the agent's summary: `goal`, `fact` (the first key fact), `facts`, `topics`, `open_questions`, `mood`, `last_customer_message`, `bullets` |
//!
//! A team has one template (`bridge`) and may have one per primary trigger (`bridges`),
//! so the message fits why the human joined.
//!
//! A field the export lacks for this conversation is undefined: templates say
//! `{{ customer.first_name | default("there") }}` where a value may be missing. So are
//! the description of a trigger that has none, the time of a message without a timestamp
//! and the parts of a summary it did not find (each had rendered as an
//! empty string in front of the customer). A render that fails on one names it and whose
//! template it is ([`undefined`]): minijinja's error says only "undefined value".
//!
//! Templates made only of text, values, `default` and `is defined` tests (all the
//! starter's) render without the engine, exactly as it would ([`direct`]).
//!
//! The summary's goal is a sentence ("Cancel my order"): written where no sentence
//! starts, its first letter is lower-cased ([`goal_case`]).

mod compile;
mod direct;
mod goal_case;
mod undefined;
mod values;

pub(crate) use compile::{GROUP_WRITTEN_WHOLE, NAME_A_FIELD};

use std::borrow::Cow;
use std::collections::BTreeMap;

use minijinja::Environment;

use crate::redact::Names;
use crate::rules::{AGENT_PLACEHOLDER, Bridge, RuleSet, TeamId, TriggerId};
use crate::summary::Summary;
use crate::transcript::Metadata;
use compile::{Compiled, compile, environment};
pub(super) use values::{ConversationValues, TriggerValues};
use values::{SummaryValues, TeamValues, Values};

/// Longest rendered bridge message kept; longer output means a broken template.
const MAX_OUTPUT: usize = 4_000;

/// The error of a message that would show U+FFFD: a value it quotes lost a character,
/// most often bytes that are not UTF-8 (an export saved as Windows-1252) decoded lossily
/// (`D004`), or a platform that replaced it before the export.
const UNDECODED: &str = "the message would show `\u{FFFD}`, a character lost before or while the export was read (D004 when its bytes were not UTF-8: convert the export to UTF-8 and replay it)";

pub(super) struct Bridges {
    env: Environment<'static>,
    /// Per team: its default template, then those by primary trigger.
    teams: Vec<TeamBridges>,
}

#[derive(Default)]
struct TeamBridges {
    default: Option<Compiled>,
    by_trigger: Vec<(TriggerId, Compiled)>,
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
    pub(super) summary: Option<&'a Summary>,
    /// Under `--redact`, the customer's names: `customer.*` values are then masked
    /// before a template reads them, so that no filter or slice (`lower`,
    /// `customer.email[:5]`) can make what masking the message would no longer find.
    pub(super) masking: Option<&'a Names>,
}

impl Bridges {
    pub(super) fn compile(rules: &RuleSet) -> Result<Self, String> {
        let mut env = environment();
        let mut add = |name: String, place: String, bridge: &Bridge| {
            compile(&mut env, name, &bridge.source).map(|c| Compiled { place, ..c })
        };
        let mut teams = Vec::with_capacity(rules.teams.len());
        for team in &rules.teams {
            let mut compiled = TeamBridges::default();
            if let Some(bridge) = &team.bridge {
                let place = format!("team `{}`'s bridge", team.id);
                compiled.default = Some(add(format!("team {}", team.id), place, bridge)?);
            }
            for (trigger, bridge) in &team.by_trigger {
                let trigger_id = &rules.trigger(*trigger).id;
                let name = format!("team {} for {trigger_id}", team.id);
                let place = format!("team `{}`'s bridge for trigger `{trigger_id}`", team.id);
                compiled
                    .by_trigger
                    .push((*trigger, add(name, place, bridge)?));
            }
            teams.push(compiled);
        }
        Ok(Bridges { env, teams })
    }

    fn template(&self, team: TeamId, trigger: TriggerId) -> Option<&Compiled> {
        let team = self.teams.get(team.0)?;
        team.by_trigger
            .iter()
            .find(|(t, _)| *t == trigger)
            .map(|(_, c)| c)
            .or(team.default.as_ref())
    }

    /// Whether any template reads `summary` (the engine then compiles the detectors
    /// summaries need).
    pub(super) fn use_summary(&self) -> bool {
        self.teams
            .iter()
            .flat_map(|t| t.default.iter().chain(t.by_trigger.iter().map(|(_, c)| c)))
            .any(|c| c.summary)
    }

    /// Whether the template for this team and primary trigger reads `summary`.
    pub(super) fn wants_summary(&self, team: TeamId, trigger: TriggerId) -> bool {
        self.template(team, trigger).is_some_and(|c| c.summary)
    }

    /// Renders the bridge message for the team and primary trigger; `Ok(None)` when the
    /// team has none for it.
    pub(super) fn render(
        &self,
        rules: &RuleSet,
        primary: TriggerId,
        ctx: &BridgeContext<'_>,
    ) -> Result<Option<String>, String> {
        let Some(compiled) = self.template(ctx.team, primary) else {
            return Ok(None);
        };
        let team = rules.team(ctx.team);
        let scope = Scope {
            ctx,
            agent: team.agent.as_deref().unwrap_or(AGENT_PLACEHOLDER),
            team_id: &team.id,
            team_name: &team.name,
        };
        let text = match compiled.direct.as_ref().and_then(|d| d.render(&scope)) {
            Some(text) => text,
            None => self.render_with_engine(compiled, &scope)?,
        };
        let text = match text.trim() {
            trimmed if trimmed.len() == text.len() => text,
            trimmed => trimmed.to_owned(),
        };
        let text = match ctx.masking.map(|_| crate::redact::recased_masks(&text)) {
            Some(Cow::Owned(recased)) => recased,
            _ => text,
        };
        // A value of an export that is not UTF-8 (D004): `Hi Ren\u{FFFD}e` is not sent.
        // (Its lead byte first: `contains` compares every window of a short text.)
        if memchr::memchr(0xEF, text.as_bytes()).is_some() && text.contains('\u{FFFD}') {
            return Err(UNDECODED.to_owned());
        }
        if text.len() > MAX_OUTPUT {
            return Err(format!(
                "bridge message is {} bytes; the limit is {}",
                text.len(),
                crate::rules::load::limit_in_words(MAX_OUTPUT as u64)
            ));
        }
        Ok(Some(text))
    }
}

/// The customer's key in a render that has fields the template does not name, for a
/// truth test of `customer`: no column's name (a normalised name has no control
/// character), and a template that reads it anyway reads empty text.
const UNNAMED_FIELDS: &str = "\u{0}unnamed";

impl Bridges {
    /// Renders through minijinja, with the context serialised into its values.
    fn render_with_engine(&self, compiled: &Compiled, scope: &Scope<'_>) -> Result<String, String> {
        let template = self
            .env
            .get_template(&compiled.name)
            .map_err(|e| e.to_string())?;
        let ctx = scope.ctx;
        // A field as the template names it (`customer['order id']` too), its value that
        // of the field the export's column became (`order_id`), worked out at compile.
        let mut customer = customer_values(compiled, scope, false);
        // `{% if customer %}` asks whether anything is known of the customer, not whether
        // a field the template names is: a key no template can name (T004 allows only
        // field names written out) stands for the fields it does not name.
        if compiled.customer_tested && customer.is_empty() && !ctx.metadata.is_empty() {
            customer.insert(UNNAMED_FIELDS, Cow::Borrowed(""));
        }
        let values = scope.values(customer);
        template
            .render(minijinja::value::Serde(&values))
            .map(goal_case::place_marked)
            .map_err(|e| {
                if e.kind() != minijinja::ErrorKind::UndefinedError {
                    return describe(&e, &compiled.place);
                }
                // Named, with whose template it is (minijinja names neither); the
                // customer's fields by the names the reads give them (`order_id`).
                let by_field = scope.values(customer_values(compiled, scope, true));
                let context = minijinja::Value::from(minijinja::value::Serde(&by_field));
                let (what, why) = undefined::named(&compiled.suspects, e.line(), &context)
                    .unwrap_or_else(|| (e.kind().to_string(), String::new()));
                let line = e
                    .line()
                    .map(|l| format!(", template line {l}"))
                    .unwrap_or_default();
                format!(
                    "{what} ({}{line}){why}{}",
                    compiled.place,
                    lacking(compiled, scope)
                )
            })
    }
}

/// The customer's fields `compiled` names that the conversation has, keyed as the
/// template names them (`order id` of `customer['order id']`), or (`by_field`) by the
/// field each reads (`order_id`).
fn customer_values<'s>(
    compiled: &'s Compiled,
    scope: &Scope<'s>,
    by_field: bool,
) -> BTreeMap<&'s str, Cow<'s, str>> {
    let mut customer: BTreeMap<&str, Cow<'_, str>> = compiled
        .customer_fields
        .iter()
        .filter_map(|(written, field)| {
            let key = if by_field { field } else { written };
            scope
                .ctx
                .metadata
                .get(field)
                .map(|v| (key.as_str(), scope.masked(field, v)))
        })
        .collect();
    let wants_first_name = compiled
        .customer_fields
        .iter()
        .any(|(written, _)| written == "first_name");
    if wants_first_name && let Some(first) = scope.customer("first_name") {
        customer.insert("first_name", first);
    }
    customer
}

/// What a template reads: the context, and the team's agent and names.
pub(super) struct Scope<'a> {
    ctx: &'a BridgeContext<'a>,
    agent: &'a str,
    team_id: &'a str,
    team_name: &'a str,
}

impl<'a> Scope<'a> {
    /// The summary's goal, when there is one, as templates read it (unmarked).
    fn goal(&self) -> Option<Cow<'a, str>> {
        self.ctx.summary?.goal.as_deref().map(goal_case::unmarked)
    }

    /// `customer.<field>`: a metadata value, and `first_name` from the name unless the
    /// export has its own ([`crate::transcript::person::first_name`]); masked under
    /// `--redact`.
    fn customer(&self, field: &str) -> Option<Cow<'a, str>> {
        let metadata = self.ctx.metadata;
        let value = if field == "first_name" {
            crate::transcript::person::first_name(metadata)?
        } else {
            metadata.get(field)?
        };
        Some(self.masked(field, value))
    }

    /// A customer value (of metadata field `field`) as a template may read it: masked
    /// under `--redact` as the packet's fields are, whole for a name field or one whose
    /// name marks it as a secret or an identifier (`customer.password`:
    /// [`crate::redact::masked_field`]); unmarked ([`goal_case::unmarked`]).
    fn masked(&self, field: &str, value: &'a str) -> Cow<'a, str> {
        match self.ctx.masking {
            Some(names) => {
                goal_case::unmarked_cow(crate::redact::masked_field(field, value, names))
            }
            None => goal_case::unmarked(value),
        }
    }

    fn values(&self, customer: BTreeMap<&'a str, Cow<'a, str>>) -> Values<'_> {
        let ctx = self.ctx;
        Values {
            customer,
            agent: self.agent,
            team: TeamValues {
                id: self.team_id,
                name: self.team_name,
            },
            reason: ctx.reason,
            trigger: &ctx.trigger,
            triggers: &ctx.triggers,
            route: ctx.route,
            conversation: &ctx.conversation,
            summary: ctx.summary.map(SummaryValues::new),
        }
    }
}

/// What of the data a template names unguarded this conversation lacks, said after an
/// undefined value's error: "; this conversation has no `customer.company`" (a field as
/// the template names it: `customer['order id']`). Empty when
/// it lacks none (the undefined value is then one the template made itself).
fn lacking(compiled: &Compiled, scope: &Scope<'_>) -> String {
    let mut missing: Vec<String> = compiled
        .unguarded_fields
        .iter()
        .filter(|(field, _)| scope.customer(field).is_none())
        .map(|(_, shown)| format!("`{shown}`"))
        .collect();
    if compiled.summary && scope.ctx.summary.is_none() {
        missing.push("`summary`".to_owned());
    }
    for (path, shown, why) in &compiled.unguarded_optional {
        if direct::absent(path, scope) {
            missing.push(match *why {
                "" => format!("`{shown}`"),
                why => format!(
                    "`{shown}` ({})",
                    why.replace("{trigger}", scope.ctx.trigger.id)
                ),
            });
        }
    }
    match missing.as_slice() {
        [] => String::new(),
        [one] => format!("; this conversation has no {one}"),
        [init @ .., last] => format!("; this conversation has no {} or {last}", init.join(", ")),
    }
}

/// One line: what went wrong, whose template it is and where, without minijinja's
/// multi-line debug dump. A template stopped for its fuel is said to have done more
/// work than a message needs, with what does that (lint cannot tell it in advance: it
/// depends on the conversation's values, as a loop over a long list does).
fn describe(err: &minijinja::Error, place: &str) -> String {
    use std::fmt::Write as _;
    let mut msg = match (err.kind(), err.detail()) {
        (minijinja::ErrorKind::OutOfFuel, _) => "the template was stopped: it did more work \
             than a bridge message needs (a loop over a long list, text repeated many \
             times: `\"x\" * 100000`)"
            .to_owned(),
        (kind, Some(detail)) => format!("{kind}: {detail}"),
        (kind, None) => kind.to_string(),
    };
    let _ = write!(msg, " ({place}");
    if let Some(line) = err.line() {
        let _ = write!(msg, ", template line {line}");
    }
    msg.push(')');
    msg
}

#[cfg(test)]
mod tests;
