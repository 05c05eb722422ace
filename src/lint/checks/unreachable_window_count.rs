//! L008 unreachable-window-count: a `bot_repeats` count that a window of `within`
//! messages can never hold, as the customer writes between any two of them.
//!
//! `within: N` is a count of messages of every role (README, "Windows"). Of the counters
//! that take a window, only `bot_repeats` says anything of the messages between the ones
//! it counts: a bot message counts when the customer wrote since the bot's message before
//! it (`engine/matcher/reasked.rs`, `BotQuestions::asked_again`: nothing from the
//! customer between is a nudge or a double post). So between any two it counts there is
//! a customer message, and N messages hold at most (N + 1) / 2 of them (`B C B C B`);
//! the bound is reached by a bot asking the same question after each answer. The other
//! counters are left alone: a bot posts twice running, a customer repeats themselves
//! twice running, so N messages can hold N bot fallbacks, bot messages or customer
//! repeats, which `L003` already bounds. A count above N itself is `L003`'s to say.

use super::{conditions, walk};
use crate::diag::Annotate;
use crate::lint::logic::most_bot_repeats;
use crate::lint::{Check, Code, Context, Sink, code::code};
use crate::rules::{Condition, Counter};

pub(crate) struct UnreachableWindowCount;

impl Check for UnreachableWindowCount {
    fn code(&self) -> &'static Code {
        code("L008")
    }

    fn run(&self, cx: &Context<'_>, sink: &mut Sink<'_>) {
        for (condition, _) in conditions(cx.rules) {
            walk(condition, &mut |c| {
                if let Condition::Counter {
                    counter: Counter::BotRepeats,
                    at_least: Some(lo),
                    within: Some(within),
                    span,
                    at_least_span,
                    ..
                } = c
                {
                    report(*lo, *within, at_least_span.unwrap_or(*span), sink);
                }
            });
        }
    }
}

fn report(at_least: f64, within: u32, at: crate::diag::Span, sink: &mut Sink<'_>) {
    let most = most_bot_repeats(within);
    // Above the window's size is L003's (a window holds no more messages than its size).
    if !(at_least > f64::from(most) && at_least <= f64::from(within)) {
        return;
    }
    // The window that holds `at_least` of them (needed: a whole number of them).
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    // At most `within` (checked above), so the cast is exact.
    let needed = at_least.ceil() as u32;
    // Widened: `needed` can be near `u32::MAX`, and `within` cannot go past it.
    let wider = 2 * u64::from(needed) - 1;
    let raise = if u32::try_from(wider).is_ok() {
        format!("raise `within` to {wider}, or lower `at_least` to {most}")
    } else {
        format!("no `within` is that wide: lower `at_least` to {most}")
    };
    sink.report(
        at,
        format!(
            "`at_least: {at_least}` within {within} messages can never be reached: \
             `bot_repeats` counts bot messages with a customer message between each two"
        ),
    )
    .with_label(format!("at most {most} in {within} messages"))
    .with_help(format!(
        "`within` counts the messages of every role, and the customer writes between any \
         two questions `bot_repeats` counts, so {needed} of them take {wider} messages: \
         {raise}"
    ));
}

#[cfg(test)]
mod tests;
