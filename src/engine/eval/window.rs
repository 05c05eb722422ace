//! Windows: the `within: N` of `seen` and `counter` conditions → per windowed condition,
//! what a message adds to its count ([`Counted`]) and the last messages that added to it
//! ([`Ring`]), so that "how many among the last N messages" is known after each message
//! without keeping the conversation. Deciding a bound needs only the latest `keep` of
//! them ([`WindowSpec::keep`]): replay keeps that many, `explain` (exact counts) up to N.
//! Rules without windows have no rings and pay nothing.

use crate::rules::Counter;
use crate::transcript::Role;

use super::super::matcher::TextSpan;

/// What a windowed condition counts: the messages a signal matched (of a role, or of
/// any), or the messages a counter counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Counted {
    Signal {
        signal: usize,
        role: Option<Role>,
    },
    /// `customer_messages`, `bot_messages`, `agent_messages`.
    Messages(Role),
    /// `bot_fallbacks`: bot messages the hidden fallback detector matched.
    Fallbacks,
    /// `customer_repeats`: customer messages the hidden repeat detector matched.
    Repeats,
    /// `bot_repeats`: bot messages asking again what the bot's message before asked.
    BotRepeats,
}

impl Counted {
    /// What a counter counts, for the counters that count messages (`None` for `turn`
    /// and `minutes_elapsed`, which validation refuses a window).
    pub(crate) fn counter(counter: Counter) -> Option<Counted> {
        Some(match counter {
            Counter::CustomerMessages => Counted::Messages(Role::Customer),
            Counter::BotMessages => Counted::Messages(Role::Bot),
            Counter::AgentMessages => Counted::Messages(Role::Agent),
            Counter::BotFallbacks => Counted::Fallbacks,
            Counter::CustomerRepeats => Counted::Repeats,
            Counter::BotRepeats => Counted::BotRepeats,
            Counter::Turn | Counter::MinutesElapsed => return None,
        })
    }
}

/// One windowed condition's window, as the engine keeps it: what it counts, and how many
/// of the latest such messages it needs to remember.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct WindowSpec {
    pub(crate) counted: Counted,
    pub(crate) within: u32,
    /// The latest counted messages that decide the condition: `at_least` of them in the
    /// window or not; `at_most` + 1 of them in the window or not (never more than
    /// `within`, as a window holds no more; at least 1).
    pub(crate) keep: u32,
}

impl WindowSpec {
    /// The window of a condition with these bounds (a counter's bounds may be written as
    /// fractions: `at_least: 1.5` needs 2, `at_most: 2.5` is decided by the third).
    pub(crate) fn new(
        counted: Counted,
        within: u32,
        at_least: Option<f64>,
        at_most: Option<f64>,
    ) -> WindowSpec {
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        // A count: clamped to what a window can hold before the (then exact) cast.
        let count = |x: f64| x.clamp(0.0, f64::from(within)) as u32;
        let lo = at_least.map_or(0, |lo| count(lo.ceil()));
        let hi = at_most.map_or(0, |hi| count(hi.floor() + 1.0));
        WindowSpec {
            counted,
            within,
            keep: lo.max(hi).clamp(1, within.max(1)),
        }
    }
}

/// Where a compiled condition finds its window: its ring in the state, and its size.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Window {
    pub(crate) slot: u32,
    pub(crate) within: u32,
    /// As [`WindowSpec::keep`]: a count up to this is enough to decide.
    pub(crate) keep: u32,
}

/// The latest messages (index, and for a signal the span of its first match there) that a
/// windowed condition counted, at most `cap` of them, oldest first from `head`. Its
/// memory is reused from conversation to conversation: a message allocates nothing once
/// the ring has grown to `cap` (it grows only as far as a conversation fills it).
#[derive(Debug, Default)]
pub(crate) struct Ring {
    entries: Vec<(u32, TextSpan)>,
    head: usize,
    len: usize,
    cap: usize,
}

impl Ring {
    /// Forgets the last conversation; from now on keeps the latest `cap` entries.
    pub(super) fn reset(&mut self, cap: usize) {
        self.entries.truncate(cap);
        self.head = 0;
        self.len = 0;
        self.cap = cap;
    }

    /// Message `index` counted (`span`: where its signal matched).
    pub(super) fn push(&mut self, index: u32, span: TextSpan) {
        if self.len < self.cap {
            // Not full: `head` is still 0, the next slot is `len`.
            if self.len == self.entries.len() {
                self.entries.push((index, span));
            } else {
                self.entries[self.len] = (index, span);
            }
            self.len += 1;
        } else if self.cap > 0 {
            self.entries[self.head] = (index, span);
            self.head = (self.head + 1) % self.cap;
        }
    }

    /// The entries, newest first.
    pub(super) fn newest(&self) -> impl Iterator<Item = (u32, TextSpan)> + '_ {
        (0..self.len)
            .rev()
            .map(|i| self.entries[(self.head + i) % self.cap])
    }

    /// How many of the entries are of message `start` or later, counting no further
    /// than `limit`.
    pub(super) fn count_since(&self, start: u32, limit: u32) -> u32 {
        let mut n = 0;
        for (index, _) in self.newest() {
            if n == limit || index < start {
                break;
            }
            n += 1;
        }
        n
    }
}

/// The first message of a window of `within` messages ending with message `index`.
pub(super) fn start(index: usize, within: u32) -> u32 {
    let index = u32::try_from(index).unwrap_or(u32::MAX);
    index.saturating_add(1).saturating_sub(within)
}

#[cfg(test)]
mod tests {
    use super::*;

    const AT: TextSpan = TextSpan { start: 0, end: 0 };

    #[test]
    fn a_ring_keeps_the_latest_and_counts_those_in_the_window() {
        let mut ring = Ring::default();
        ring.reset(3);
        for i in [1, 4, 5, 9] {
            ring.push(i, AT);
        }
        let kept: Vec<u32> = ring.newest().map(|e| e.0).collect();
        assert_eq!(kept, [9, 5, 4]);
        // Messages 4..=9 (a window of 6 ending at message 9) hold 4, 5 and 9.
        assert_eq!(ring.count_since(start(9, 6), u32::MAX), 3);
        assert_eq!(ring.count_since(start(9, 6), 2), 2);
        // Messages 5..=9: 5 and 9; 4 is one message too far back.
        assert_eq!(ring.count_since(start(9, 5), u32::MAX), 2);
        // A new conversation starts empty, in the same memory.
        ring.reset(2);
        assert_eq!(ring.count_since(0, u32::MAX), 0);
        ring.push(0, AT);
        ring.push(2, AT);
        ring.push(3, AT);
        assert_eq!(ring.newest().map(|e| e.0).collect::<Vec<_>>(), [3, 2]);
    }

    #[test]
    fn a_window_starts_at_the_first_message_early_on() {
        assert_eq!(start(0, 6), 0);
        assert_eq!(start(5, 6), 0);
        assert_eq!(start(6, 6), 1);
        assert_eq!(start(6, 1), 6);
        // A conversation longer than u32 counts (never met) saturates, not panics.
        assert_eq!(start(usize::MAX, 6), u32::MAX - 6);
    }

    #[test]
    fn keep_is_what_decides_the_bounds() {
        let keep = |lo, hi, within| WindowSpec::new(Counted::Fallbacks, within, lo, hi).keep;
        assert_eq!(keep(Some(2.0), None, 6), 2);
        assert_eq!(keep(Some(1.5), None, 6), 2);
        assert_eq!(keep(None, Some(2.0), 6), 3);
        assert_eq!(keep(None, Some(2.5), 6), 3);
        assert_eq!(keep(Some(1.0), Some(3.0), 6), 4);
        // Never more than the window holds, never less than one.
        assert_eq!(keep(Some(9.0), None, 6), 6);
        assert_eq!(keep(Some(0.0), None, 6), 1);
        assert_eq!(keep(None, Some(-1.0), 6), 1);
        assert_eq!(keep(Some(1e30), None, 4), 4);
    }
}
