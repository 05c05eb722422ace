//! R012 team-without-bridge: a team with no bridge message.

use crate::diag::Annotate;
use crate::lint::{Check, Code, Context, Sink, code::code};

pub(crate) struct TeamWithoutBridge;

impl Check for TeamWithoutBridge {
    fn code(&self) -> &'static Code {
        code("R012")
    }

    fn run(&self, cx: &Context<'_>, sink: &mut Sink<'_>) {
        for team in cx.rules.teams.iter().filter(|t| t.bridge.is_none()) {
            let (message, label) = if team.by_trigger.is_empty() {
                (
                    format!("team `{}` has no bridge message", team.id),
                    "the human would join without a word of continuity",
                )
            } else {
                (
                    format!("team `{}` has no default bridge message", team.id),
                    "escalations for triggers not under `bridges:` get no bridge message",
                )
            };
            sink.report(team.span, message)
                .with_label(label)
                .with_help("add `bridge: \"Hi {{ customer.first_name | default('there') }}, I'm {{ agent }}, stepping in to {{ reason }}.\"`");
        }
    }
}
