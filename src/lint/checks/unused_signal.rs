//! R010 unused-signal: a signal no trigger or route uses (one written `topic: true` is
//! used by packets' summaries, and not reported).

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
        // A signal no condition reads is still matched for a packet's topics: written
        // `topic: true`, that is its use; a topic by default, deleting it would take a
        // topic out of the packets, which the help says.
        let topics = cx.rules.topics();
        for (i, signal) in cx.rules.signals.iter().enumerate() {
            if signal.inline || used.contains(&i) || signal.topic == Some(true) {
                continue;
            }
            // A topic is a use: "never used" would contradict the help.
            let (title, label, help) = if topics.get(i) == Some(&true) {
                (
                    format!("signal `{}`: no trigger or route reads it", signal.id),
                    "only packets' summaries list it, as a topic",
                    "use it in a `message:` or `seen:` condition; it only names a topic in handoff packets' summaries now: write `topic: true` to keep it for that, or delete it and packets lose the topic",
                )
            } else {
                (
                    format!("signal `{}` is never used", signal.id),
                    "no trigger or route refers to it",
                    "use it in a `message:` or `seen:` condition, or delete it",
                )
            };
            sink.report(signal.span, title)
                .with_label(label)
                .with_help(help);
        }
    }
}
