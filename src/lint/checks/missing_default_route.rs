//! L002 missing-default-route: no `default_route`.

use crate::diag::Annotate;
use crate::lint::{Check, Code, Context, Sink, code::code};
use crate::rules::Part;

pub(crate) struct MissingDefaultRoute;

impl Check for MissingDefaultRoute {
    fn code(&self) -> &'static Code {
        code("L002")
    }

    /// Only sure when no `default_route` failed to load; and it points at the last
    /// route, which is where the default belongs only when every route loaded (a route
    /// that did not would leave it pointing at an earlier one, or at a trigger).
    fn needs(&self) -> &'static [Part] {
        &[Part::DefaultRoute, Part::Routes]
    }

    fn run(&self, cx: &Context<'_>, sink: &mut Sink<'_>) {
        let rules = cx.rules;
        if rules.default_route.is_some() || rules.triggers.is_empty() {
            return;
        }
        // Point at the last route (where a default belongs), else, in a rule set without
        // routes, the first trigger.
        let span = rules
            .routes
            .last()
            .map(|r| r.span)
            .or_else(|| rules.triggers.first().map(|t| t.span));
        if let Some(span) = span {
            sink.report(
                span,
                "no default route: escalations that match no route go to no team",
            )
            .with_help("add `default_route: { team: … }` after the routes");
        }
    }
}
