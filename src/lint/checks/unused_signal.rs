//! R010 unused-signal: a signal no trigger or route uses.

use std::collections::HashSet;

use super::{conditions, walk};
use crate::diag::Annotate;
use crate::lint::{Check, Code, Context, Sink, code::code};
use crate::rules::Condition;
use crate::rules::Part;

pub(crate) struct UnusedSignal;

impl Check for UnusedSignal {
    fn code(&self) -> &'static Code {
        code("R010")
    }

    /// No trigger or route uses it: only sure when every trigger and route loaded.
    fn needs(&self) -> &'static [Part] {
        &[Part::Triggers, Part::Routes]
    }

    fn run(&self, cx: &Context<'_>, sink: &mut Sink<'_>) {
        let mut used = HashSet::new();
        for (condition, _) in conditions(cx.rules) {
            walk(condition, &mut |c| match c {
                Condition::Message {
                    signal: Some(s), ..
                }
                | Condition::Seen { signal: s, .. } => {
                    used.insert(s.0);
                }
                _ => {}
            });
        }
        for (i, signal) in cx.rules.signals.iter().enumerate() {
            if !signal.inline && !used.contains(&i) {
                sink.report(signal.span, format!("signal `{}` is never used", signal.id))
                    .with_label("no trigger or route refers to it")
                    .with_help("use it in a `message:` or `seen:` condition, or delete it");
            }
        }
    }
}
