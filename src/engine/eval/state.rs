//! The state of a conversation: each message and what the matcher found in it → the
//! counts conditions read (messages by role, signals seen by role, counters, times) and
//! the earlier matches evidence quotes, and for each window (`within:`) the latest
//! messages it counted.

use crate::rules::Counter;
use crate::transcript::{Message, Role};

use super::super::matcher::{Hidden, Hits, Roles, TextSpan, bit};
use super::MAX_REMEMBERED;
use super::window::{Counted, Ring, Window, WindowSpec, start};

/// The span of a counted message that is not a signal's match.
const NOWHERE: TextSpan = TextSpan { start: 0, end: 0 };

/// Whether a bot message counts toward `bot_fallbacks` and `bot_repeats`.
#[derive(Debug, Clone, Copy)]
struct Counts {
    fell_back: bool,
    asked_again: bool,
}

/// What is known about a conversation after some of its messages.
#[derive(Debug, Default)]
pub(crate) struct State {
    /// Index of the latest message (0-based); `turn()` is 1-based.
    pub(crate) index: usize,
    pub(super) by_role: [u32; 4],
    pub(crate) fallbacks: u32,
    /// The index of the latest bot fallback, and the fewest messages from one fallback
    /// to the next so far (coverage only: how close its fallbacks came).
    pub(crate) last_fallback: Option<usize>,
    pub(crate) closest_fallbacks: Option<usize>,
    pub(crate) repeats: u32,
    /// Bot messages asking again what the bot's message before asked (`bot_repeats`).
    pub(crate) bot_repeats: u32,
    /// Customer messages the hidden frustration detector matched (coverage only).
    pub(crate) frustrated: u32,
    /// Whether it matched the latest customer message (coverage only).
    pub(crate) frustrated_last: bool,
    pub(super) first_time: Option<jiff::Timestamp>,
    /// The latest message's timestamp, if it has one (`hours:` reads it).
    pub(crate) time: Option<jiff::Timestamp>,
    pub(super) last_time: Option<jiff::Timestamp>,
    /// Per signal, per role: messages matched so far.
    pub(super) seen: Vec<[u32; 4]>,
    /// Per signal: (message index, span) of the first matches, for evidence.
    pub(super) remembered: Vec<Vec<(usize, TextSpan)>>,
    /// Signals matched since the last reset: the only entries of `seen` and
    /// `remembered` a reset has to clear (a rule set may have thousands of signals, a
    /// conversation matches a few).
    pub(super) touched: Vec<usize>,
    /// Per window of the rules (`within:`), the latest messages it counted.
    pub(super) windows: Vec<Ring>,
}

impl State {
    pub(crate) fn reset(&mut self, signals: usize) {
        self.index = 0;
        self.by_role = [0; 4];
        self.fallbacks = 0;
        self.last_fallback = None;
        self.closest_fallbacks = None;
        self.repeats = 0;
        self.bot_repeats = 0;
        self.frustrated = 0;
        self.frustrated_last = false;
        self.first_time = None;
        self.time = None;
        self.last_time = None;
        if self.seen.len() == signals {
            for &s in &self.touched {
                self.seen[s] = [0; 4];
                self.remembered[s].clear();
            }
        } else {
            self.seen.clear();
            self.seen.resize(signals, [0; 4]);
            self.remembered.resize_with(signals, Vec::new);
            for r in &mut self.remembered {
                r.clear();
            }
        }
        self.touched.clear();
    }

    /// Empties the windows' rings for a new conversation, one per `specs`: each keeps
    /// what decides its condition, or (`exact`, for `explain`) every message its window
    /// can hold, for exact counts.
    pub(crate) fn reset_windows(&mut self, specs: &[WindowSpec], exact: bool) {
        self.windows.resize_with(specs.len(), Ring::default);
        for (ring, spec) in self.windows.iter_mut().zip(specs) {
            let cap = if exact { spec.within } else { spec.keep };
            ring.reset(cap as usize);
        }
    }

    /// Takes in message `index` and what the matcher found in it: of its rule signals,
    /// those the rules consult in its role (`needs`), whatever else a scan found. A bot
    /// fallback counts toward `bot_fallbacks` unless `answers_small_talk` (asked only of
    /// a fallback): a bot that only knows its task failing at "Do you like your job?" is
    /// not going in circles. `asked_again`: a bot message `bot_repeats` counts.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn advance(
        &mut self,
        index: usize,
        message: &Message,
        hits: &Hits,
        hidden: &Hidden,
        needs: &[Roles],
        specs: &[WindowSpec],
        answers_small_talk: impl FnOnce() -> bool,
        asked_again: bool,
    ) {
        self.index = index;
        let role = message.role.index();
        self.by_role[role] += 1;
        self.time = message.timestamp;
        if let Some(ts) = message.timestamp {
            self.first_time.get_or_insert(ts);
            self.last_time = Some(ts);
        }
        let consulted = |s: usize| needs.get(s).is_none_or(|r| r & bit(message.role) != 0);
        for s in hits.matched_signals().filter(|&s| consulted(s)) {
            if self.seen[s] == [0; 4] {
                self.touched.push(s);
            }
            self.seen[s][role] += 1;
            let remembered = &mut self.remembered[s];
            for span in hits.spans(s) {
                if remembered.len() < MAX_REMEMBERED {
                    remembered.push((index, *span));
                }
            }
        }
        let hit = |s: Option<usize>| s.is_some_and(|s| hits.matched(s));
        let fell_back = message.role == Role::Bot && hit(hidden.fallback) && !answers_small_talk();
        if fell_back {
            self.fallbacks += 1;
            if let Some(last) = self.last_fallback {
                let apart = index - last;
                self.closest_fallbacks =
                    Some(self.closest_fallbacks.map_or(apart, |c| c.min(apart)));
            }
            self.last_fallback = Some(index);
        }
        if message.role == Role::Customer && hit(hidden.repeat) {
            self.repeats += 1;
        }
        self.bot_repeats += u32::from(asked_again);
        if message.role == Role::Customer {
            self.frustrated_last = hit(hidden.frustration);
            self.frustrated += u32::from(self.frustrated_last);
        }
        // Rules without windows have none: one comparison, and the counting out of line.
        if !specs.is_empty() {
            let counted = Counts {
                fell_back,
                asked_again,
            };
            self.count_in_windows(index, message, hits, hidden, needs, specs, counted);
        }
    }

    /// [`State::advance`] for the windows (`within:`): message `index` into the ring of
    /// each window that counts it (`counted`: whether the bot's counters count it).
    #[inline(never)]
    #[allow(clippy::too_many_arguments)]
    fn count_in_windows(
        &mut self,
        index: usize,
        message: &Message,
        hits: &Hits,
        hidden: &Hidden,
        needs: &[Roles],
        specs: &[WindowSpec],
        counted: Counts,
    ) {
        let consulted = |s: usize| needs.get(s).is_none_or(|r| r & bit(message.role) != 0);
        let hit = |s: Option<usize>| s.is_some_and(|s| hits.matched(s));
        let at = u32::try_from(index).unwrap_or(u32::MAX);
        for (ring, spec) in self.windows.iter_mut().zip(specs) {
            let span = match spec.counted {
                Counted::Signal { signal, role } => {
                    if !(role.is_none_or(|r| r == message.role)
                        && consulted(signal)
                        && hits.matched(signal))
                    {
                        continue;
                    }
                    hits.spans(signal).first().copied().unwrap_or(NOWHERE)
                }
                Counted::Messages(r) if r == message.role => NOWHERE,
                Counted::Fallbacks if counted.fell_back => NOWHERE,
                Counted::BotRepeats if counted.asked_again => NOWHERE,
                Counted::Repeats if message.role == Role::Customer && hit(hidden.repeat) => NOWHERE,
                _ => continue,
            };
            ring.push(at, span);
        }
    }

    /// How many messages window `w` counted among the last `w.within` messages, the
    /// latest included, counting no further than `limit`: beyond what the ring keeps
    /// ([`WindowSpec::keep`], unless reset `exact`), a count stops there.
    pub(crate) fn in_window(&self, w: Window, limit: u32) -> u32 {
        self.windows.get(w.slot as usize).map_or(0, |ring| {
            ring.count_since(start(self.index, w.within), limit)
        })
    }

    /// The latest messages window `w` counted that are in it, newest first, at most
    /// `limit`: (message index, where the signal matched in it).
    pub(crate) fn window_messages(
        &self,
        w: Window,
        limit: u32,
    ) -> impl Iterator<Item = (usize, TextSpan)> + '_ {
        let from = start(self.index, w.within);
        self.windows
            .get(w.slot as usize)
            .into_iter()
            .flat_map(Ring::newest)
            .take_while(move |&(index, _)| index >= from)
            .take(limit as usize)
            .map(|(index, span)| (index as usize, span))
    }

    pub(crate) fn turn(&self) -> usize {
        self.index + 1
    }

    pub(crate) fn counter(&self, counter: Counter) -> Option<f64> {
        let v = match counter {
            Counter::Turn => self.turn() as f64,
            Counter::CustomerMessages => f64::from(self.by_role[Role::Customer.index()]),
            Counter::BotMessages => f64::from(self.by_role[Role::Bot.index()]),
            Counter::AgentMessages => f64::from(self.by_role[Role::Agent.index()]),
            Counter::BotFallbacks => f64::from(self.fallbacks),
            Counter::CustomerRepeats => f64::from(self.repeats),
            Counter::BotRepeats => f64::from(self.bot_repeats),
            Counter::MinutesElapsed => {
                let (first, last) = (self.first_time?, self.last_time?);
                let seconds = last.as_second() - first.as_second();
                (seconds.max(0) as f64) / 60.0
            }
        };
        Some(v)
    }

    pub(crate) fn seen(&self, signal: usize, role: Option<Role>) -> u32 {
        let counts = &self.seen[signal];
        match role {
            Some(r) => counts[r.index()],
            None => counts.iter().sum(),
        }
    }
}
