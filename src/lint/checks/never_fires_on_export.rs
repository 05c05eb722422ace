//! C002 never-fires-on-export: with the export's columns, a trigger or route can never
//! fire (or always fires) as written.

use std::collections::BTreeSet;

use super::{Owner, conditions, walk};
use crate::diag::Annotate;
use crate::lint::{Check, Code, Context, ExportFields, Sink, code::code};
use crate::rules::Condition;

pub(crate) struct NeverFiresOnExport;

impl Check for NeverFiresOnExport {
    fn code(&self) -> &'static Code {
        code("C002")
    }

    fn run(&self, cx: &Context<'_>, sink: &mut Sink<'_>) {
        let Some(export) = cx.export else { return };
        for (condition, owner) in conditions(cx.rules) {
            let Some(value) = constant(condition, export) else {
                continue;
            };
            let mut missing = BTreeSet::new();
            walk(condition, &mut |c| {
                if let Condition::Meta { field, .. } = c
                    && !export.has(field)
                {
                    missing.insert(format!("`{field}`"));
                }
            });
            let fields = missing.into_iter().collect::<Vec<_>>().join(", ");
            let what = match (owner, value) {
                (Owner::Trigger(..), false) => "can never fire",
                (Owner::Route(..), false) => "can never match",
                (Owner::Trigger(..), true) => "fires after every message",
                (Owner::Route(..), true) => "matches every escalation",
            };
            sink.report(
                owner.span(),
                format!("{} {what} on {}", owner.describe(), export.source),
            )
            .with_label(format!("the export has no {fields}"))
            .with_help("rename the field in the rule to a column the export has, read it from one (--map meta.FIELD=<column>), or add the column to the export");
        }
    }
}

/// The value `c` has on every conversation of the export, if missing fields decide it.
fn constant(c: &Condition, export: &ExportFields) -> Option<bool> {
    match c {
        Condition::Meta { field, test, .. } if !export.has(field) => {
            Some(crate::engine::meta_holds(test, None))
        }
        Condition::All(items) => {
            let values: Vec<Option<bool>> = items.iter().map(|i| constant(i, export)).collect();
            if values.contains(&Some(false)) {
                Some(false)
            } else if values.iter().all(|v| *v == Some(true)) {
                Some(true)
            } else {
                None
            }
        }
        Condition::Any(items) => {
            let values: Vec<Option<bool>> = items.iter().map(|i| constant(i, export)).collect();
            if values.contains(&Some(true)) {
                Some(true)
            } else if values.iter().all(|v| *v == Some(false)) {
                Some(false)
            } else {
                None
            }
        }
        Condition::Not(inner, _) => constant(inner, export).map(|v| !v),
        _ => None,
    }
}
