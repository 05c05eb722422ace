//! What a window of `within` messages can hold: no more messages than its size, and no
//! more `bot_repeats` than one in two (`L003`, `L008`, and `L004` through `not`).

use crate::rules::Counter;

/// Why a count in a window of `within` messages can never reach `at_least`: a window
/// holds no more messages than its size.
pub(super) fn window_too_short(what: &str, at_least: f64, within: Option<u32>) -> Option<String> {
    let within = within?;
    (at_least > f64::from(within)).then(|| {
        format!(
            "{what} cannot be at least {at_least} in the last {within} message{}: a window holds no more messages than its size",
            if within == 1 { "" } else { "s" }
        )
    })
}

/// The most `bot_repeats` a window of `within` messages holds: one in every two, the
/// first and the last of the window included (`B C B C B`), as a bot message counts only
/// with a customer message since the bot's one before it.
pub(crate) fn most_bot_repeats(within: u32) -> u32 {
    within.div_ceil(2)
}

/// Why a `bot_repeats` count of `at_least` in a window of `within` messages never holds
/// though the window is long enough (`L008` says it at the bound; the helpers that ask
/// whether a condition can hold must know it too, or `not` of it reads as a condition
/// and an `any` alternative of it as one that works).
pub(super) fn too_many_bot_repeats(
    counter: Counter,
    at_least: f64,
    within: Option<u32>,
) -> Option<String> {
    let within = within?;
    let most = most_bot_repeats(within);
    (counter == Counter::BotRepeats && at_least > f64::from(most)).then(|| {
        format!(
            "`bot_repeats` cannot be at least {at_least} in the last {within} messages: the customer writes between any two it counts, at most {most}"
        )
    })
}
