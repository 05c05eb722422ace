//! Notes for summaries: a conversation up to a message → what the detectors saw in each
//! message (bot fallbacks, frustration, repeats) and the topics the rules' signals found,
//! without evaluating triggers.

use crate::summary::{MessageNote, Summary, summarize};
use crate::transcript::{Conversation, Role};

use super::Engine;
use super::matcher::{Hits, RepeatMemory, is_shouting};

impl Engine {
    /// Notes on the first `upto` messages, and the rule signals that matched in them
    /// (most messages first; built-in detectors are moods, not topics). Compile with
    /// `EngineOptions { notes: true }`, or the fallback, repeat and frustration notes
    /// are all false.
    pub fn notes(
        &self,
        conversation: &Conversation,
        upto: usize,
    ) -> (Vec<MessageNote>, Vec<String>) {
        let mut hits = Hits::default();
        let mut memory = RepeatMemory::default();
        let rules = &self.rules;
        let mut counts = vec![(0u32, usize::MAX); rules.signals.len()];
        let hidden = &self.matcher.hidden;
        let notes = conversation
            .messages
            .iter()
            .take(upto)
            .enumerate()
            .map(|(i, m)| {
                self.matcher.scan(&m.text, m.role, &mut hits, &mut memory);
                for s in hits.matched_signals() {
                    if let Some((count, first)) = counts.get_mut(s) {
                        *count += 1;
                        *first = (*first).min(i);
                    }
                }
                let hit = |s: Option<usize>| s.is_some_and(|s| hits.matched(s));
                let customer = m.role == Role::Customer;
                MessageNote {
                    fallback: m.role == Role::Bot && hit(hidden.fallback),
                    frustrated: customer && (hit(hidden.frustration) || is_shouting(&m.text)),
                    repeat: customer && hit(hidden.repeat),
                }
            })
            .collect();
        let mut topics: Vec<(usize, u32, usize)> = counts
            .iter()
            .enumerate()
            .filter(|(s, (count, _))| *count > 0 && rules.signals[*s].builtin.is_none())
            .map(|(s, &(count, first))| (s, count, first))
            .collect();
        topics.sort_by_key(|&(_, count, first)| (std::cmp::Reverse(count), first));
        let topics = topics
            .into_iter()
            .map(|(s, _, _)| rules.signals[s].id.clone())
            .collect();
        (notes, topics)
    }

    /// The summary of `conversation` up to message `upto` (the escalation turn, or all).
    pub fn summarize(&self, conversation: &Conversation, upto: usize) -> Summary {
        let upto = upto.min(conversation.messages.len());
        let (notes, topics) = self.notes(conversation, upto);
        summarize(&conversation.messages[..upto], &notes, topics)
    }
}
