//! C001 field-not-in-export: a `meta:` condition reads a field the export does not have.

use std::collections::BTreeSet;

use super::{conditions, walk};
use crate::diag::{Annotate, did_you_mean};
use crate::lint::{Check, Code, Context, Sink, code::code};
use crate::rules::Condition;

pub(crate) struct FieldNotInExport;

impl Check for FieldNotInExport {
    fn code(&self) -> &'static Code {
        code("C001")
    }

    fn run(&self, cx: &Context<'_>, sink: &mut Sink<'_>) {
        let Some(export) = cx.export else { return };
        let mut reported = BTreeSet::new();
        for (condition, _) in conditions(cx.rules) {
            walk(condition, &mut |c| {
                let Condition::Meta {
                    field, field_span, ..
                } = c
                else {
                    return;
                };
                let span = field_span;
                if export.has(field) || !reported.insert((field.clone(), span.start, span.file)) {
                    return;
                }
                let suggestion = if field == "first_name" && export.gives_template(field) {
                    Some(
                        "`first_name` is taken from the name for bridge messages only; a condition reads the export's columns"
                            .to_owned(),
                    )
                } else {
                    did_you_mean(field, export.fields.iter().map(String::as_str))
                        .map(|s| format!("did you mean `{s}`?"))
                };
                let columns = if export.fields.is_empty() {
                    format!("{} has no metadata columns at all", export.source)
                } else {
                    format!(
                        "metadata columns of {}: {}",
                        export.source,
                        crate::text::shown_names(&export.fields)
                    )
                };
                sink.report(
                    *span,
                    format!("`{field}` is not a column of {}", export.source),
                )
                .with_label("this condition reads a column the export does not have")
                .with_help_opt(suggestion)
                .with_help(columns)
                .with_help(format!(
                    "a column of another name is read as `{field}` with --map meta.{field}=<column>, or under `meta:` in the mapping"
                ));
            });
        }
    }
}
