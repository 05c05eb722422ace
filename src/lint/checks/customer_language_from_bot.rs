//! M013 customer-language-from-bot: a `message:` or `seen:` condition reads a built-in
//! detector of customer language (`human_request`, `frustration`, `shouting`) in messages
//! of any role, or the bot's, so the bot's own words ("Would you like to speak to a real
//! person?") count as the customer's.

use super::{conditions, walk};
use crate::diag::Annotate;
use crate::lint::{Check, Code, Context, Sink, code::code};
use crate::rules::{Builtin, Condition};
use crate::transcript::Role;

pub(crate) struct CustomerLanguageFromBot;

/// The built-ins whose lexicon (or test) describes what a customer writes. `repeat`
/// compares customer messages only, whatever the role; `bot_fallback` is the bot's.
pub(crate) fn customer_language(builtin: Builtin) -> bool {
    matches!(
        builtin,
        Builtin::HumanRequest | Builtin::Frustration | Builtin::Shouting
    )
}

impl Check for CustomerLanguageFromBot {
    fn code(&self) -> &'static Code {
        code("M013")
    }

    fn run(&self, cx: &Context<'_>, sink: &mut Sink<'_>) {
        let rules = cx.rules;
        for (condition, _) in conditions(rules) {
            walk(condition, &mut |c| {
                let (signal, role, span, kind) = match c {
                    Condition::Message {
                        signal: Some(signal),
                        role,
                        span,
                    } => (*signal, *role, *span, "message"),
                    Condition::Seen {
                        signal, role, span, ..
                    } => (*signal, *role, *span, "seen"),
                    _ => return,
                };
                let Some(signal) = rules.signals.get(signal.0) else {
                    return;
                };
                let Some(builtin) = signal.builtin.filter(|b| customer_language(*b)) else {
                    return;
                };
                let (whose, label, help) = match role {
                    None => (
                        "messages of any role",
                        "no `role:` reads every message, the bot's too",
                        "add `role: customer`",
                    ),
                    Some(Role::Bot) => (
                        "the bot's messages",
                        "the customer's words, looked for in the bot's",
                        "use `role: customer`",
                    ),
                    // An agent offers "a real person" as a bot does.
                    Some(Role::Agent) => (
                        "the agent's messages",
                        "the customer's words, looked for in the agent's",
                        "use `role: customer`",
                    ),
                    Some(_) => return,
                };
                sink.report(
                    span,
                    format!(
                        "`{kind}:` reads `{}`, customer language (`builtin: {}`), in {whose}",
                        signal.id,
                        builtin.as_str()
                    ),
                )
                .with_label(label)
                .with_help(help);
            });
        }
    }
}
