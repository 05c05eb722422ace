//! L003 unsatisfiable-condition: a condition that can never hold.

use super::{conditions, span_of};
use crate::diag::Annotate;
use crate::lint::logic::{only_too_many_bot_repeats, unsatisfiable};
use crate::lint::{Check, Code, Context, Sink, code::code};
use crate::rules::Condition;

pub(crate) struct UnsatisfiableCondition;

impl Check for UnsatisfiableCondition {
    fn code(&self) -> &'static Code {
        code("L003")
    }

    fn run(&self, cx: &Context<'_>, sink: &mut Sink<'_>) {
        for (condition, owner) in conditions(cx.rules) {
            if only_too_many_bot_repeats(condition) {
                // L008's, said where `at_least` is.
            } else if let Some(reason) = unsatisfiable(condition) {
                let what = match owner {
                    super::Owner::Trigger(..) => "can never fire",
                    super::Owner::Route(..) => "can never match",
                };
                sink.report(owner.span(), format!("{} {what}", owner.describe()))
                    .with_label(reason)
                    .with_help("a condition that cannot hold is a rule that does nothing: fix the values or delete it");
            } else {
                dead_branches(condition, sink);
            }
        }
    }
}

/// Reports `any` branches that can never hold, inside a condition that can.
fn dead_branches(c: &Condition, sink: &mut Sink<'_>) {
    match c {
        Condition::Any(items) => {
            for item in items {
                match unsatisfiable(item) {
                    Some(reason) => {
                        if let Some(span) = span_of(item) {
                            sink.report(span, "this alternative can never hold")
                                .with_label(reason)
                                .with_help(
                                    "the rest of the `any` still works; fix or delete this branch",
                                );
                        }
                    }
                    None => dead_branches(item, sink),
                }
            }
        }
        Condition::All(items) => items.iter().for_each(|i| dead_branches(i, sink)),
        Condition::Not(inner, _) => dead_branches(inner, sink),
        _ => {}
    }
}
