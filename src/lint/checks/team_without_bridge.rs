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
            sink.report(team.span, format!("team `{}` has no bridge message", team.id))
                .with_label("the human would join without a word of continuity")
                .with_help("add `bridge: \"Hi {{ customer.first_name | default('there') }}, I'm {{ agent }}, stepping in to {{ reason }}.\"`");
        }
    }
}
