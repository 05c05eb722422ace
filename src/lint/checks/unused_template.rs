//! T010 unused-template: a template no team uses.

use crate::diag::Annotate;
use crate::lint::{Check, Code, Context, Sink, code::code};
use crate::rules::Part;

pub(crate) struct UnusedTemplate;

impl Check for UnusedTemplate {
    fn code(&self) -> &'static Code {
        code("T010")
    }

    /// No team uses it: only sure when every team loaded.
    fn needs(&self) -> &'static [Part] {
        &[Part::Teams]
    }

    fn run(&self, cx: &Context<'_>, sink: &mut Sink<'_>) {
        for template in &cx.rules.templates {
            let used = cx.rules.teams.iter().any(|t| {
                t.bridge
                    .as_ref()
                    .and_then(|b| b.template.as_deref())
                    .is_some_and(|id| id == template.id)
            });
            if !used {
                sink.report(
                    template.span,
                    format!("template `{}` is never used", template.id),
                )
                .with_label("no team's `bridge_template` names it")
                .with_help("use it with `bridge_template: …` on a team, or delete it");
            }
        }
    }
}
