//! C004 timestamp-not-in-export: a trigger or route reads message times (`hours:`,
//! `minutes_elapsed`) but the export `--columns-from` names has no timestamp column.

use super::{conditions, walk};
use crate::diag::Annotate;
use crate::lint::{Check, Code, Context, Sink, code::code};
use crate::rules::{Condition, Counter};

pub(crate) struct TimestampNotInExport;

impl Check for TimestampNotInExport {
    fn code(&self) -> &'static Code {
        code("C004")
    }

    fn run(&self, cx: &Context<'_>, sink: &mut Sink<'_>) {
        let Some(export) = cx.export.filter(|e| !e.timestamp) else {
            return;
        };
        for (condition, owner) in conditions(cx.rules) {
            walk(condition, &mut |c| {
                let (what, span) = match c {
                    Condition::Hours { span, .. } => ("`hours:`", span),
                    Condition::Counter {
                        counter: Counter::MinutesElapsed,
                        span,
                        ..
                    } => ("`minutes_elapsed`", span),
                    _ => return,
                };
                let columns = if export.fields.is_empty() {
                    format!("{} has no other columns", export.source)
                } else {
                    format!(
                        "metadata columns of {}: {}",
                        export.source,
                        crate::text::shown_names(&export.fields)
                    )
                };
                sink.report(
                    *span,
                    format!(
                        "{what} in {} reads message times, but {} has no timestamp column",
                        owner.describe(),
                        export.source
                    ),
                )
                .with_label("the messages of this export have no time to read")
                .with_help(
                    "map the export's time column: `--map timestamp=<column>`, or `columns: { timestamp: <column> }` in the mapping file or under `input:` in .handoff.yaml",
                )
                .with_help(columns);
            });
        }
    }
}
