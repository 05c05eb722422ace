//! Counting for coverage: which triggers held after any message, which phrases and
//! regexes counted, what the stuck-conversation detectors and the counters of built-in
//! detectors saw, which routes held at the escalation point.

use std::collections::BTreeMap;

use crate::outcome::Tally;
use crate::transcript::Conversation;

use super::Engine;
use super::eval::{Cx, State};
use super::trace::Observer;

#[derive(Default)]
pub(super) struct Counter {
    held: Vec<bool>,
    entries: BTreeMap<u32, u32>,
    negated: BTreeMap<u32, u32>,
    inside: BTreeMap<u32, u32>,
    signals: BTreeMap<usize, u32>,
    routes_held: Vec<usize>,
    /// The messages (by index) each counter of [`crate::rules::Counter::DETECTED`]
    /// counted, and its count after the message before.
    detected_at: [Vec<u32>; 3],
    detected: [u32; 3],
}

impl Counter {
    pub(super) fn finish(self, state: &State) -> Tally {
        Tally {
            held: self
                .held
                .iter()
                .enumerate()
                .filter(|(_, h)| **h)
                .map(|(i, _)| i)
                .collect(),
            entries: self.entries.into_iter().collect(),
            negated_entries: self.negated.into_iter().collect(),
            inside_entries: self.inside.into_iter().collect(),
            signals: self.signals.into_iter().collect(),
            bot_fallbacks: state.fallbacks,
            closest_fallbacks: state.closest_fallbacks,
            customer_repeats: state.repeats,
            bot_repeats: state.bot_repeats,
            frustrated_messages: state.frustrated,
            ended_frustrated: state.frustrated_last,
            routes_held: self.routes_held,
            detected_at: self.detected_at,
        }
    }
}

impl Observer for Counter {
    fn after_message(
        &mut self,
        engine: &Engine,
        _: &Conversation,
        cx: &Cx<'_>,
        fired: &[bool],
        _: bool,
    ) {
        self.held.resize(fired.len(), false);
        for (held, fired) in self.held.iter_mut().zip(fired) {
            *held |= *fired;
        }
        for &entry in &cx.hits.entries {
            *self.entries.entry(entry).or_default() += 1;
        }
        for &entry in &cx.hits.negated {
            *self.negated.entry(entry).or_default() += 1;
        }
        for &entry in &cx.hits.inside {
            *self.inside.entry(entry).or_default() += 1;
        }
        // In `Counter::DETECTED`'s order; a message counts once at most toward each.
        let now = [cx.state.fallbacks, cx.state.repeats, cx.state.bot_repeats];
        for ((at, before), now) in self.detected_at.iter_mut().zip(&mut self.detected).zip(now) {
            if now > *before {
                at.push(u32::try_from(cx.state.index).unwrap_or(u32::MAX));
            }
            *before = now;
        }
        let rule_signals = engine.rules().signals.len();
        for s in cx.hits.matched_signals().filter(|&s| s < rule_signals) {
            *self.signals.entry(s).or_default() += 1;
        }
    }

    /// The route taken and the later ones that held too (those before it did not: the
    /// first that holds is taken), for coverage to say which routes an earlier one
    /// shadowed. Evaluated for coverage only, once per escalated conversation.
    fn at_routing(
        &mut self,
        engine: &Engine,
        _: &Conversation,
        cx: &Cx<'_>,
        chosen: Option<usize>,
    ) {
        self.routes_held.clear();
        if let Some(chosen) = chosen {
            self.routes_held.push(chosen);
            let later = engine.routes.iter().enumerate().skip(chosen + 1);
            (self.routes_held).extend(later.filter(|(_, node)| cx.holds(node)).map(|(r, _)| r));
        }
    }
}
