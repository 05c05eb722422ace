//! A bridge template that writes a group of values whole (`{{ customer }}`, `{{ team }}`):
//! a parsed template → the groups it writes, each an error (`T004`) at the place it is
//! written, in the words every render of it would fail with.

use crate::diag::{Annotate, Span};
use crate::engine::{GROUP_WRITTEN_WHOLE, NAME_A_FIELD};

use super::super::Validator;
use super::{TEMPLATE_VARIABLES, instructions};

impl Validator<'_> {
    /// Reports each group of values the template writes whole: `{{ customer }}`, also
    /// through `default` (`{{ team | default("us") }}`, which is the group whenever it
    /// is there). Only a group read as the context's (not a `set` or loop variable of
    /// that name) and written straight out: a render of it fails every time.
    pub(super) fn check_groups_written_whole(
        &mut self,
        template: &minijinja::Template<'_, '_>,
        span: Span,
    ) {
        use minijinja::machinery::Instruction;
        let context = template.undeclared_variables(false);
        // (The group's name, its fields: `None` for any.)
        let mut found: Vec<(&str, Option<&[&str]>)> = Vec::new();
        for (instructions, idx, instruction) in instructions(template) {
            let Instruction::Lookup(name) = instruction else {
                continue;
            };
            let Some(&(group, attrs)) = TEMPLATE_VARIABLES.iter().find(|(n, _)| n == name) else {
                continue;
            };
            // Text, numbers and lists have no fields; a group has some, or any.
            let is_group = attrs.is_none_or(|attrs| !attrs.is_empty());
            if !is_group || !context.contains(group) || found.iter().any(|(g, _)| *g == group) {
                continue;
            }
            // What may stand between the lookup and the output: `default`'s
            // argument and the filter itself.
            let written = (idx + 1..)
                .map_while(|i| instructions.get(i))
                .find(|i| {
                    !matches!(
                        i,
                        Instruction::LoadConst(_) | Instruction::ApplyFilter("default" | "d", ..)
                    )
                })
                .is_some_and(|i| matches!(i, Instruction::Emit));
            if written {
                found.push((group, attrs));
            }
        }
        for (group, attrs) in found {
            let fields = attrs.map_or_else(
                || format!("`{group}.first_name`, or any column of the export"),
                |attrs| {
                    attrs
                        .iter()
                        .map(|a| format!("`{group}.{a}`"))
                        .collect::<Vec<_>>()
                        .join(", ")
                },
            );
            let at = self.written_whole_span(span, group);
            self.error("T004", format!("{GROUP_WRITTEN_WHOLE}; {NAME_A_FIELD}"), at)
                .with_label(format!(
                    "`{group}` is a group of values: every render of this template fails"
                ))
                .with_help(format!("write one of its fields: {fields}"));
        }
    }
}
