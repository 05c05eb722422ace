//! C003 template-field-not-in-export: a bridge template uses `customer.X` unguarded, and
//! the export has no column X, so every bridge message of that team fails to render.

use crate::diag::{Annotate, did_you_mean};
use crate::lint::{Check, Code, Context, Sink, code::code};
use crate::rules::guards::{guard_help, unguarded};
use crate::rules::validate::read_span;

pub(crate) struct TemplateFieldNotInExport;

impl Check for TemplateFieldNotInExport {
    fn code(&self) -> &'static Code {
        code("C003")
    }

    fn run(&self, cx: &Context<'_>, sink: &mut Sink<'_>) {
        let Some(export) = cx.export else { return };
        let env = minijinja::Environment::new();
        for (team, bridge) in cx
            .rules
            .teams
            .iter()
            .flat_map(|t| t.bridges().map(move |b| (t, b)))
        {
            let Ok(template) = env.template_from_str(&bridge.source) else {
                continue;
            };
            let mut fields: Vec<String> = template
                .undeclared_variables(true)
                .into_iter()
                .filter_map(|v| {
                    v.strip_prefix("customer.")
                        .map(|f| f.split('.').next().unwrap_or(f).to_owned())
                })
                .collect();
            fields.sort();
            fields.dedup();
            let reads = unguarded(&bridge.source).unwrap_or_default();
            for field in fields {
                let Some(&read) = reads.get(&format!("customer.{field}")) else {
                    continue;
                };
                if export.gives_template(&field) {
                    continue;
                }
                let suggestion = did_you_mean(&field, export.fields.iter().map(String::as_str))
                    .map(|s| format!("did you mean `customer.{s}`?"));
                // At the variable, as T002 is: two fields of one template are two places.
                let at = read_span(
                    &cx.rules.sources,
                    bridge.span,
                    &bridge.source,
                    &["customer", &field],
                    read,
                );
                sink.report(
                    at,
                    format!(
                        "team `{}`'s bridge message uses `customer.{field}`, which {} does not have",
                        team.id, export.source
                    ),
                )
                .with_label("every bridge message of this team would fail to render")
                .with_help_opt(suggestion)
                .with_help(guard_help(&format!("customer.{field}")));
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
