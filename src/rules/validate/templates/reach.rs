//! A bridge template that reaches a group of values other than by naming its fields, or
//! calls a method: a template's source ([`crate::rules::reach`]'s walk) → a `T004` at
//! each place a group is read whole (a loop over `customer`, `customer[k]`, a group
//! handed to a filter, put in a list or given another name), and a `T001` at each call
//! (`customer.items()`, `'x'.upper()`: the values of a bridge template have no methods,
//! so each fails every render).

use std::collections::BTreeSet;

use crate::diag::{Annotate, Span};
use crate::rules::reach::{CallMade, GroupRead, How, Reach};

use super::super::Validator;
use super::TEMPLATE_VARIABLES;

impl Validator<'_> {
    /// Reports what [`crate::rules::reach`] finds in `source`: each group read whole but
    /// at `written` (byte offsets where `T004` already says the group is written whole),
    /// and each call.
    pub(super) fn check_reach(
        &mut self,
        source: &str,
        span: Span,
        reach: &Reach,
        written: &BTreeSet<usize>,
    ) {
        for read in &reach.groups {
            if !written.contains(&read.at) {
                self.report_group_read(source, span, read);
            }
        }
        for call in &reach.calls {
            self.report_call(source, span, call);
        }
    }

    fn report_group_read(&mut self, source: &str, span: Span, read: &GroupRead) {
        let group = read.group;
        let how = match &read.how {
            How::Written => "writes it whole".to_owned(),
            How::Iterated => "loops over it".to_owned(),
            How::Keyed => "picks a field by a key that is not a quoted name".to_owned(),
            How::Filtered(name) => format!("hands it whole to the filter `{name}`"),
            How::Tested(name) => format!("hands it whole to the test `{name}`"),
            How::Called => "hands it whole to a call".to_owned(),
            How::Collected => "puts it whole in a list or map".to_owned(),
            How::Named => "gives it another name".to_owned(),
            How::Compared => "compares it whole".to_owned(),
            How::Computed => "computes with it whole".to_owned(),
            How::Sliced => "slices it".to_owned(),
            How::Other => "reads a field of an expression that may be it".to_owned(),
        };
        let at = super::spans::text_span(self.sources, span, source, read.range.clone())
            .unwrap_or_else(|| self.variable_span(span, &[group]));
        let label = if group == "customer" {
            "this can reach every field the export has for the customer, whichever it is".to_owned()
        } else {
            format!("this can reach every value of `{group}`, whichever it is")
        };
        self.error(
            "T004",
            format!("bridge templates read `{group}` only by naming a field: this {how}"),
            at,
        )
        .with_label(label)
        .with_help(format!("name the fields wanted: {}", fields(group)));
    }

    fn report_call(&mut self, source: &str, span: Span, call: &CallMade) {
        let at =
            super::spans::text_span(self.sources, span, source, call.range.clone()).unwrap_or(span);
        let line = source
            .get(..call.range.start)
            .map_or(1, |before| before.matches('\n').count() + 1);
        let Some(method) = &call.method else {
            self.error(
                "T001",
                format!("template calls `{}`, which is not a function", call.callee),
                at,
            )
            .with_label(format!("fails every render (line {line} of the template)"))
            .with_help(
                "bridge templates have no functions: write the value, or a filter (`| upper`)",
            );
            return;
        };
        let help = match (call.on_group, method.as_str()) {
            (Some(group), _) => format!("name the fields wanted: {}", fields(group)),
            (None, "upper" | "lower" | "title" | "capitalize" | "join" | "split" | "format") => {
                format!("use the filter: `| {method}`")
            }
            (None, "strip" | "lstrip" | "rstrip") => "use the filter: `| trim`".to_owned(),
            (None, "replace") => "use the filter: `| replace(\"a\", \"b\")`".to_owned(),
            (None, "startswith") => "use the test: `is startingwith(\"…\")`".to_owned(),
            (None, "endswith") => "use the test: `is endingwith(\"…\")`".to_owned(),
            (None, "get") => "read the field by name, with `| default(\"…\")`".to_owned(),
            (None, _) => {
                "use a filter instead (`| upper`, `| trim`, `| replace(\"a\", \"b\")`)".to_owned()
            }
        };
        self.error(
            "T001",
            format!(
                "template calls `{}()`: values in bridge templates have no methods",
                call.callee
            ),
            at,
        )
        .with_label(format!(
            "fails every render with \"unknown method\" (line {line} of the template)"
        ))
        .with_help(help);
    }
}

/// The fields of `group` a template may name, as help says them.
fn fields(group: &str) -> String {
    match TEMPLATE_VARIABLES
        .iter()
        .find(|(name, _)| *name == group)
        .and_then(|(_, attrs)| *attrs)
    {
        Some(attrs) => attrs
            .iter()
            .map(|(a, _)| format!("`{group}.{a}`"))
            .collect::<Vec<_>>()
            .join(", "),
        None => format!("`{group}.first_name`, `{group}['order id']` (any column of the export)"),
    }
}
