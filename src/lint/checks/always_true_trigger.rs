//! L004 always-true-trigger: a trigger that holds after every message.

use crate::diag::Annotate;
use crate::lint::logic::{always_true, always_true_by_negation};
use crate::lint::{Check, Code, Context, Sink, code::code};

pub(crate) struct AlwaysTrueTrigger;

impl Check for AlwaysTrueTrigger {
    fn code(&self) -> &'static Code {
        code("L004")
    }

    fn run(&self, cx: &Context<'_>, sink: &mut Sink<'_>) {
        for trigger in cx.rules.triggers.iter().filter(|t| always_true(&t.when)) {
            let d = sink.report(
                trigger.span,
                format!("trigger `{}` holds after every message", trigger.id),
            );
            // `any: [X, not: X]`: each alternative can fail, but one of them always
            // holds. Said as L003 says `X` and `not X`, at the trigger.
            if always_true_by_negation(&trigger.when) {
                d.with_label("it allows a condition and its negation: one of them holds whatever the conversation, so every conversation would escalate at its first message")
                    .with_help("an `any` of `X` and `not X` holds whichever way `X` goes: keep only the alternative that was meant");
            } else {
                d.with_label("every conversation would escalate at its first message")
                    .with_help(
                        "require a signal, a counter above its starting value, or customer metadata",
                    );
            }
        }
    }
}
