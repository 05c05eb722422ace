//! L004 always-true-trigger: a trigger that holds after every message.

use crate::diag::Annotate;
use crate::lint::logic::always_true;
use crate::lint::{Check, Code, Context, Sink, code::code};

pub(crate) struct AlwaysTrueTrigger;

impl Check for AlwaysTrueTrigger {
    fn code(&self) -> &'static Code {
        code("L004")
    }

    fn run(&self, cx: &Context<'_>, sink: &mut Sink<'_>) {
        for trigger in cx.rules.triggers.iter().filter(|t| always_true(&t.when)) {
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
