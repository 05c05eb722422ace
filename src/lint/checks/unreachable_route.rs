//! L001 unreachable-route: a route that an earlier route always pre-empts.

use crate::diag::Annotate;
use crate::lint::logic::{always_true, implies, unsatisfiable};
use crate::lint::{Check, Code, Context, Sink, code::code};

pub(crate) struct UnreachableRoute;

impl Check for UnreachableRoute {
    fn code(&self) -> &'static Code {
        code("L001")
    }

    fn run(&self, cx: &Context<'_>, sink: &mut Sink<'_>) {
        let routes = &cx.rules.routes;
        for (j, later) in routes.iter().enumerate() {
            // A route that can never match is L003's finding, not this one's.
            if unsatisfiable(&later.when).is_some() {
                continue;
            }
            let Some(earlier) = routes[..j].iter().find(|r| implies(&later.when, &r.when)) else {
                continue;
            };
            let location = sink.location(earlier.span);
            let how = if always_true(&earlier.when) {
                "matches every escalation"
            } else {
                "matches whenever this one does"
            };
            sink.report(later.span, format!("route `{}` is unreachable", later.id))
                .with_label(format!("route `{}` comes first and {how}", earlier.id))
                .with_related(location, "this route wins")
                .with_help(format!(
                    "move `{}` above `{}`, or narrow `{}`",
                    later.id, earlier.id, earlier.id
                ));
        }
        if let (Some(default), Some(catch_all)) = (
            &cx.rules.default_route,
            routes.iter().find(|r| always_true(&r.when)),
        ) {
            let location = sink.location(catch_all.span);
            sink.report(default.span, "the default route is unreachable")
                .with_label(format!("route `{}` matches every escalation", catch_all.id))
                .with_related(location, "this route always matches");
        }
    }
}
