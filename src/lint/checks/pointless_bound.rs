//! L005 pointless-bound: a counter or `seen` bound that excludes nothing.

use super::{conditions, walk};
use crate::diag::Annotate;
use crate::lint::{Check, Code, Context, Sink, code::code};
use crate::rules::{Condition, Counter};

pub(crate) struct PointlessBound;

impl Check for PointlessBound {
    fn code(&self) -> &'static Code {
        code("L005")
    }

    fn run(&self, cx: &Context<'_>, sink: &mut Sink<'_>) {
        for (condition, _) in conditions(cx.rules) {
            walk(condition, &mut |c| match c {
                Condition::Counter {
                    counter,
                    at_least: Some(lo),
                    span,
                    at_least_span,
                    ..
                } => {
                    let floor = if *counter == Counter::Turn { 1.0 } else { 0.0 };
                    if *lo <= floor {
                        let name = counter.as_str();
                        let (message, help) = if *counter == Counter::MinutesElapsed {
                            (
                                format!(
                                    "`at_least: {lo}` minutes tests only that the conversation has timestamps"
                                ),
                                "it holds for every conversation with timestamps and for none without; give a positive number of minutes",
                            )
                        } else {
                            (
                                format!(
                                    "`at_least: {lo}` excludes nothing: `{name}` is always at least {floor}"
                                ),
                                "raise the bound, or drop the condition",
                            )
                        };
                        // The bound itself is what to change.
                        sink.report(at_least_span.unwrap_or(*span), message)
                            .with_help(help);
                    }
                }
                Condition::Seen {
                    at_least: 0,
                    signal,
                    span,
                    at_least_span,
                    ..
                } => {
                    let id = &cx.rules.signal(*signal).id;
                    sink.report(
                        at_least_span.unwrap_or(*span),
                        format!(
                            "`seen` with `at_least: 0` always holds, whatever signal `{id}` does"
                        ),
                    )
                    .with_help("use `at_least: 1` (the default) to require the signal");
                }
                _ => {}
            });
        }
    }
}
