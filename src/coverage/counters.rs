//! The counters of built-in detectors the rules read (`bot_fallbacks`,
//! `customer_repeats`, `bot_repeats`): each conversation's [`Tally`] → what each counted
//! over the whole input (messages, conversations with one at least, the most in one,
//! the most in one of each window a condition reads it in, and, for a counter a route
//! reads, the most at an escalation point, in the route's window), merged across shards.
//! Why a trigger on one never fires: the detector counted nothing in the export (its
//! wording is not recognised: a gap in the rules), or counted but never up to the bound
//! (in its window: two fallbacks twelve messages apart are never 2 within 8).

use std::collections::BTreeSet;

use super::sum_into;
use serde::{Deserialize, Serialize};

use crate::outcome::Tally;
use crate::rules::{Condition, Counter, RuleSet};

/// What one counter of a built-in detector counted, each conversation to its end (past
/// the escalation point, as coverage replays).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CounterCoverage {
    /// As the rules write it: `bot_fallbacks`.
    pub name: String,
    /// Messages it counted.
    pub messages: u64,
    /// Conversations in which it counted one message at least.
    pub conversations: u64,
    /// The most messages it counted in one conversation.
    pub most: u64,
    /// Per window a `counter:` condition reads it in (`within:`), by size: the most it
    /// counted within one such window. Empty when no condition gives it a window.
    #[serde(default)]
    pub windows: Vec<WindowMost>,
    /// When a route reads it in no window (routes are decided at the escalation point):
    /// the most it had counted at an escalation point, that message included, in one
    /// conversation. `None` when no route reads it so; a route reading it in a window
    /// has that window's [`WindowMost::at_escalation`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub at_escalation: Option<u64>,
}

/// The most messages a counter counted within `within` messages in a row (any role) of
/// one conversation, as a condition with that window sees it after a message.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct WindowMost {
    /// The window, in messages.
    pub within: u32,
    pub most: u64,
    /// When a route reads the counter in this window: the most it counted in the window
    /// that ends at an escalation point, as the route saw it there. `None` when only
    /// triggers read it in this window.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub at_escalation: Option<u64>,
}

/// How the rules read one counter of a built-in detector.
#[derive(Debug, Default)]
pub(super) struct Reading {
    /// The windows (`within:`) its conditions read it in, smallest first.
    windows: BTreeSet<u32>,
    /// The windows a route's condition reads it in.
    route_windows: BTreeSet<u32>,
    /// Whether a route's condition reads it in no window: its whole count.
    by_route: bool,
}

/// The counters of [`Counter::DETECTED`] that a `counter:` condition of a trigger or a
/// route of `rules` names (under `not:` too), in that order, with how they are read:
/// those coverage reports.
pub(super) fn detected(rules: &RuleSet) -> Vec<(Counter, Reading)> {
    fn walk(c: &Condition, by_route: bool, named: &mut [Option<Reading>; 3]) {
        match c {
            Condition::All(items) | Condition::Any(items) => {
                for item in items {
                    walk(item, by_route, named);
                }
            }
            Condition::Not(inner, _) => walk(inner, by_route, named),
            Condition::Counter {
                counter, within, ..
            } => {
                if let Some(i) = Counter::DETECTED.iter().position(|d| d == counter) {
                    let reading = named[i].get_or_insert_default();
                    reading.windows.extend(*within);
                    match within {
                        Some(w) if by_route => _ = reading.route_windows.insert(*w),
                        None => reading.by_route |= by_route,
                        Some(_) => {}
                    }
                }
            }
            _ => {}
        }
    }
    let mut named = [None, None, None];
    for trigger in &rules.triggers {
        walk(&trigger.when, false, &mut named);
    }
    for route in &rules.routes {
        walk(&route.when, true, &mut named);
    }
    (Counter::DETECTED.into_iter().zip(named))
        .filter_map(|(counter, reading)| Some((counter, reading?)))
        .collect()
}

/// The most of `at` (message indices, ascending) that fall within `within` messages in a
/// row: a window ending at one of them, as it holds the most ending there.
fn most_within(at: &[u32], within: u32) -> u64 {
    let mut first = 0;
    let mut most = 0;
    for (last, &index) in at.iter().enumerate() {
        // The window of `within` messages ending at message `index` starts at
        // `index + 1 - within`.
        while u64::from(at[first]) + u64::from(within) <= u64::from(index) {
            first += 1;
        }
        most = most.max(last + 1 - first);
    }
    most as u64
}

impl CounterCoverage {
    /// One at zero for each counter of a built-in detector that `rules` read
    /// ([`detected`]), in that order.
    pub(super) fn of(rules: &RuleSet) -> Vec<CounterCoverage> {
        (detected(rules).into_iter())
            .map(|(c, reading)| CounterCoverage {
                name: c.as_str().to_owned(),
                windows: (reading.windows.into_iter())
                    .map(|within| WindowMost {
                        within,
                        most: 0,
                        at_escalation: reading.route_windows.contains(&within).then_some(0),
                    })
                    .collect(),
                at_escalation: reading.by_route.then_some(0),
                ..CounterCoverage::default()
            })
            .collect()
    }

    /// Adds one conversation's count of it, `n`, counted at messages `at`, escalated
    /// at turn `escalated` (message `escalated - 1`) if it did.
    pub(super) fn add(&mut self, n: u32, at: &[u32], escalated: Option<usize>) {
        let n = u64::from(n);
        self.messages += n;
        self.conversations += u64::from(n > 0);
        self.most = self.most.max(n);
        // The messages counted up to the escalation point (message `turn - 1`) included.
        let then = escalated.map(|turn| at.partition_point(|&i| (i as usize) < turn));
        for w in &mut self.windows {
            w.most = w.most.max(most_within(at, w.within));
            if let (Some(most), Some(then), Some(turn)) = (&mut w.at_escalation, then, escalated) {
                // The window of `within` messages ending at message `turn - 1`.
                let start = (turn as u64).saturating_sub(u64::from(w.within));
                let inside = at[..then]
                    .iter()
                    .filter(|&&i| u64::from(i) >= start)
                    .count();
                *most = (*most).max(inside as u64);
            }
        }
        if let (Some(most), Some(then)) = (&mut self.at_escalation, then) {
            *most = (*most).max(then as u64);
        }
    }

    /// Folds in the same counter's counts over a later shard: the sums and the larger
    /// mosts, as one run over both would have counted (its windows are the same: the
    /// merge checks them first).
    pub(super) fn merge(&mut self, other: &CounterCoverage) {
        sum_into(&mut self.messages, other.messages);
        sum_into(&mut self.conversations, other.conversations);
        self.most = self.most.max(other.most);
        for (w, o) in self.windows.iter_mut().zip(&other.windows) {
            w.most = w.most.max(o.most);
            if let (Some(most), Some(other)) = (&mut w.at_escalation, o.at_escalation) {
                *most = (*most).max(other);
            }
        }
        if let (Some(most), Some(other)) = (&mut self.at_escalation, other.at_escalation) {
            *most = (*most).max(other);
        }
    }

    /// Whether `other` is the same counter read in the same windows, by a route or
    /// not: what a merge needs of two reports' counters.
    pub(super) fn same_reading(&self, other: &CounterCoverage) -> bool {
        let reading = |c: &CounterCoverage| {
            (c.windows.iter())
                .map(|w| (w.within, w.at_escalation.is_some()))
                .collect::<Vec<_>>()
        };
        self.name == other.name
            && reading(self) == reading(other)
            && self.at_escalation.is_some() == other.at_escalation.is_some()
    }

    /// The most in one as the reports write it: `2`, or with its windows' and what a
    /// route saw, `5 (1 within 8, 1 at an escalation)` or `5 (2 within 4, 1 within 4 at
    /// an escalation)`, so that a trigger needing 2 within 8 or a route needing 2 that
    /// never held is told at a glance.
    pub fn most_text(&self) -> String {
        let mut beside: Vec<String> = Vec::new();
        for w in &self.windows {
            beside.push(format!("{} within {}", w.most, w.within));
            beside.extend(
                (w.at_escalation).map(|n| format!("{n} within {} at an escalation", w.within)),
            );
        }
        beside.extend(self.at_escalation.map(|n| format!("{n} at an escalation")));
        if beside.is_empty() {
            return self.most.to_string();
        }
        format!("{} ({})", self.most, beside.join(", "))
    }

    /// Whether it counted no message: what the reports name as never counted.
    pub fn never_counted(&self) -> bool {
        self.messages == 0
    }
}

/// Adds one conversation's counts to `counters`, made by [`CounterCoverage::of`] for
/// the rules whose [`detected`] counters are `detected`.
pub(super) fn add(
    counters: &mut [CounterCoverage],
    detected: &[Counter],
    tally: &Tally,
    escalated: Option<usize>,
) {
    for (c, &counter) in counters.iter_mut().zip(detected) {
        if let Some(n) = tally.detected(counter) {
            c.add(n, tally.detected_at(counter), escalated);
        }
    }
}

impl super::CoverageReport {
    /// The counters the rules read that counted no message, by name: the detector does
    /// not know the wording of these transcripts, or they never had what it counts.
    pub fn counters_never_counted(&self) -> Vec<&str> {
        (self.counters.iter())
            .filter(|c| c.never_counted())
            .map(|c| c.name.as_str())
            .collect()
    }
}
