//! L004 always-true-trigger: a trigger that holds after every message.

use super::alternative_at;
use crate::diag::Annotate;
use crate::lint::logic::{always_true, negation_in};
use crate::lint::{Check, Code, Context, Sink, code::code};

pub(crate) struct AlwaysTrueTrigger;

impl Check for AlwaysTrueTrigger {
    fn code(&self) -> &'static Code {
        code("L004")
    }

    fn run(&self, cx: &Context<'_>, sink: &mut Sink<'_>) {
        for trigger in cx.rules.triggers.iter().filter(|t| always_true(&t.when)) {
            // `any: [X, not: X]`: each alternative can fail, but one of them always
            // holds. Said at the trigger, as L003 says `X` and `not X`, with the two
            // alternatives shown.
            if let Some(pair) = negation_in(&trigger.when) {
                let places =
                    [pair.not, pair.other].map(|c| alternative_at(c).map(|s| sink.location(s)));
                let d = sink.report(
                    trigger.span,
                    format!("trigger `{}` holds after every message", trigger.id),
                );
                let (label, not_label, other_label, help) = if pair.exact {
                    (
                        "it allows a condition and its negation: one of them holds whatever the conversation, so every conversation would escalate at its first message",
                        "`not` of another alternative of the same `any`",
                        "whenever this alternative fails, its `not` holds",
                        "an `any` of `X` and `not X` holds whichever way `X` goes: keep only the alternative that was meant",
                    )
                } else {
                    (
                        "it allows a condition and the negation of one that implies it: one of them holds whatever the conversation, so every conversation would escalate at its first message",
                        "`not` of a condition that implies another alternative of the same `any`",
                        "whenever this alternative fails, so does the condition under `not`, and the `not` holds",
                        "an `any` of `X` and `not Y`, where `Y` holds only when `X` does, holds whichever way `Y` goes: keep only the alternative that was meant",
                    )
                };
                d.with_label(label).with_help(help);
                if let [Some(not), Some(other)] = places {
                    // In the file's order.
                    let mut shown = [(not, not_label), (other, other_label)];
                    shown.sort_by_key(|(l, _)| (l.line, l.column));
                    for (location, label) in shown {
                        d.with_related(location, label);
                    }
                }
            } else {
                sink.report(
                    trigger.span,
                    format!("trigger `{}` holds after every message", trigger.id),
                )
                .with_label("every conversation would escalate at its first message")
                .with_help(
                    "require a signal, a counter above its starting value, or customer metadata",
                );
            }
        }
    }
}
