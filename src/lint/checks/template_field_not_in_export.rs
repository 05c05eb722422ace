//! C003 template-field-not-in-export: a bridge template uses `customer.X` (or
//! `customer['X']`) unguarded, and the export has no column X (normalised: `order id`
//! is `order_id`), so every bridge message of that team fails to render.

use crate::diag::{Annotate, did_you_mean};
use crate::lint::{Check, Code, Context, Sink, code::code};
use crate::rules::guards::{guard_help, shown_at, unguarded};
use crate::rules::validate::read_span;

pub(crate) struct TemplateFieldNotInExport;

impl Check for TemplateFieldNotInExport {
    fn code(&self) -> &'static Code {
        code("C003")
    }

    fn run(&self, cx: &Context<'_>, sink: &mut Sink<'_>) {
        let Some(export) = cx.export else { return };
        for (team, bridge) in cx
            .rules
            .teams
            .iter()
            .flat_map(|t| t.bridges().map(move |b| (t, b)))
        {
            // Each field by its normalised name, a quoted key's too (`customer['order
            // id']` reads `order_id`), at its first unguarded read.
            let reads = unguarded(&bridge.source).unwrap_or_default();
            for (path, read) in reads {
                let Some(field) = path.strip_prefix("customer.") else {
                    continue;
                };
                if field.contains('.') || export.gives_template(field) {
                    continue;
                }
                // Named as the template writes it there.
                let shown = shown_at(&bridge.source, read, 2)
                    .map_or_else(|| path.clone(), |(shown, _)| shown);
                let suggestion = did_you_mean(field, export.fields.iter().map(String::as_str))
                    .map(|s| format!("did you mean `customer.{s}`?"));
                // At the variable, as T002 is: two fields of one template are two places.
                let at = read_span(
                    &cx.rules.sources,
                    bridge.span,
                    &bridge.source,
                    &["customer", field],
                    read,
                );
                sink.report(
                    at,
                    format!(
                        "team `{}`'s bridge message uses `{shown}`, which {} does not have",
                        team.id, export.source
                    ),
                )
                .with_label("every bridge message of this team would fail to render")
                .with_help_opt(suggestion)
                .with_help(guard_help(&shown));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::guarded;

    #[test]
    fn guards_are_recognised() {
        assert!(guarded("Hi {{ customer.name | default('there') }}", "name"));
        assert!(guarded(
            "{% if customer.company is defined %}{{ customer.company | d('') }}{% endif %}",
            "company"
        ));
        assert!(!guarded("Hi {{ customer.name }}", "name"));
        assert!(guarded(
            "{% if customer.company is defined %}{{ customer.company }}{% endif %}",
            "company"
        ));
        assert!(!guarded(
            "{% if customer.name is defined %}{{ customer.company }}{% endif %}",
            "company"
        ));
    }
}
