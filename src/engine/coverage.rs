//! Counting for coverage: which triggers held after any message, which phrases and
//! regexes counted, what the stuck-conversation detectors saw.

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
            frustrated_messages: state.frustrated,
            ended_frustrated: state.frustrated_last,
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
        let rule_signals = engine.rules().signals.len();
        for s in cx.hits.matched_signals().filter(|&s| s < rule_signals) {
            *self.signals.entry(s).or_default() += 1;
        }
    }

    fn at_routing(&mut self, _: &Engine, _: &Conversation, _: &Cx<'_>, _: Option<usize>) {}
}
