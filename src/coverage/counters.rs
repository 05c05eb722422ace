//! The counters of built-in detectors the rules read (`bot_fallbacks`,
//! `customer_repeats`, `bot_repeats`): each conversation's [`Tally`] → what each counted
//! over the whole input (messages, conversations with one at least, the most in one),
//! merged across shards. Why a trigger on one never fires: the detector counted nothing
//! in the export (its wording is not recognised: a gap in the rules), or counted but
//! never up to the bound.

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
}

/// The counters of [`Counter::DETECTED`] that a `counter:` condition of a trigger or a
/// route of `rules` names (under `not:` too), in that order: those coverage reports.
pub(super) fn detected(rules: &RuleSet) -> Vec<Counter> {
    fn walk(c: &Condition, named: &mut [bool; 3]) {
        match c {
            Condition::All(items) | Condition::Any(items) => {
                for item in items {
                    walk(item, named);
                }
            }
            Condition::Not(inner, _) => walk(inner, named),
            Condition::Counter { counter, .. } => {
                if let Some(i) = Counter::DETECTED.iter().position(|d| d == counter) {
                    named[i] = true;
                }
            }
            _ => {}
        }
    }
    let mut named = [false; 3];
    let conditions =
        (rules.triggers.iter().map(|t| &t.when)).chain(rules.routes.iter().map(|r| &r.when));
    for condition in conditions {
        walk(condition, &mut named);
    }
    (Counter::DETECTED.into_iter().zip(named))
        .filter_map(|(counter, named)| named.then_some(counter))
        .collect()
}

impl CounterCoverage {
    /// One at zero for each counter of a built-in detector that `rules` read
    /// ([`detected`]), in that order.
    pub(super) fn of(rules: &RuleSet) -> Vec<CounterCoverage> {
        (detected(rules).into_iter())
            .map(|c| CounterCoverage {
                name: c.as_str().to_owned(),
                ..CounterCoverage::default()
            })
            .collect()
    }

    /// Adds one conversation's count of it, `n`.
    pub(super) fn add(&mut self, n: u32) {
        let n = u64::from(n);
        self.messages += n;
        self.conversations += u64::from(n > 0);
        self.most = self.most.max(n);
    }

    /// Folds in the same counter's counts over a later shard: the sums and the larger
    /// most, as one run over both would have counted.
    pub(super) fn merge(&mut self, other: &CounterCoverage) {
        sum_into(&mut self.messages, other.messages);
        sum_into(&mut self.conversations, other.conversations);
        self.most = self.most.max(other.most);
    }

    /// Whether it counted no message: what the reports name as never counted.
    pub fn never_counted(&self) -> bool {
        self.messages == 0
    }
}

/// Adds one conversation's counts to `counters`, made by [`CounterCoverage::of`] for
/// the rules whose [`detected`] counters are `detected`.
pub(super) fn add(counters: &mut [CounterCoverage], detected: &[Counter], tally: &Tally) {
    for (c, &counter) in counters.iter_mut().zip(detected) {
        if let Some(n) = tally.detected(counter) {
            c.add(n);
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
