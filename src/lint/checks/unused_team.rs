//! R011 unused-team: a team no route and no default route sends conversations to.

use crate::diag::Annotate;
use crate::lint::{Check, Code, Context, Sink, code::code};
use crate::rules::Part;

pub(crate) struct UnusedTeam;

impl Check for UnusedTeam {
    fn code(&self) -> &'static Code {
        code("R011")
    }

    /// No route sends to it: only sure when every route and the default route loaded.
    fn needs(&self) -> &'static [Part] {
        &[Part::Routes, Part::DefaultRoute]
    }

    fn run(&self, cx: &Context<'_>, sink: &mut Sink<'_>) {
        let rules = cx.rules;
        for (i, team) in rules.teams.iter().enumerate() {
            let routed = rules.routes.iter().any(|r| r.team.0 == i)
                || rules.default_route.as_ref().is_some_and(|d| d.team.0 == i);
            if !routed {
                sink.report(
                    team.span,
                    format!("team `{}` never receives a conversation", team.id),
                )
                .with_label("no route or default route names it")
                .with_help("route to it with `team: …` in a route, or delete it");
            }
        }
    }
}
