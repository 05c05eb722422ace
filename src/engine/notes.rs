//! Notes for summaries: a conversation up to a message, and the triggers that fired
//! there → what the detectors saw in each message (bot fallbacks, frustration, repeats)
//! and the topics the rules' signals found, without evaluating triggers.

use crate::outcome::{FiredTrigger, Outcome};
use crate::redact::{Names, drop_masked_facts, masked_message};
use crate::summary::{MessageNote, Summary, summarize, summarize_masking};
use crate::transcript::{Conversation, Message, Role};

use super::matcher::{Hits, RepeatMemory, ScanLog, Shouting, is_shouting};
use super::{Engine, Scan, Scratch};

impl Engine {
    /// Notes on the first `upto` messages, and the rule signals that matched in them
    /// (most messages first; those [`crate::rules::RuleSet::topics`] says are topics:
    /// not built-in detectors, which are moods, nor signals the rules read only under
    /// `not:`, nor a `topic: false` one), taking each
    /// message's matches from `log` (this engine's recorded scan of the conversation) as
    /// far as it goes and scanning the rest. Compile with `EngineOptions { notes: true }`,
    /// or the fallback, repeat and built-in frustration notes are all false.
    ///
    /// A customer message is frustrated when the built-in frustration lexicon says so,
    /// when one of the rules' own frustration signals matched it (`mood.rs`: with the
    /// rules' phrases, weights and negation), when `fired` (the triggers that held at the
    /// escalation point) quotes such a signal's match in it (the mood agrees with the
    /// evidence), or when it is in capitals (built-in or a rule's shouting signal) with a
    /// cue of frustration in it too: capitals alone are no mood.
    fn notes(
        &self,
        conversation: &Conversation,
        upto: usize,
        log: &ScanLog,
        fired: &[FiredTrigger],
    ) -> (Vec<MessageNote>, Vec<String>) {
        let mut hits = Hits::default();
        let mut memory = RepeatMemory::default();
        let rules = &self.rules;
        let mut counts = vec![(0u32, usize::MAX); rules.signals.len()];
        let hidden = &self.matcher.hidden;
        let quoted = self.mood.quoted_turns(rules, fired);
        let notes = conversation
            .messages
            .iter()
            .take(upto)
            .enumerate()
            .map(|(i, m)| {
                if i < log.len() {
                    hits.replay(log, i, self.matcher.signal_count());
                } else {
                    // The log ended at the escalation: the repeat memory starts here
                    // (never, when the log holds every message up to `upto`).
                    let everything = self.matcher.everything();
                    let bot_before = super::bot_before(conversation, i);
                    (self.matcher).scan(
                        &m.text,
                        m.role,
                        bot_before,
                        everything,
                        &mut hits,
                        &mut memory,
                    );
                }
                for s in hits.matched_signals() {
                    if let Some((count, first)) = counts.get_mut(s) {
                        *count += 1;
                        *first = (*first).min(i);
                    }
                }
                let hit = |s: Option<usize>| s.is_some_and(|s| hits.matched(s));
                let customer = m.role == Role::Customer;
                // Capitals count with a cue of frustration beside them, not alone.
                let shouted = || {
                    (is_shouting(&m.text, Shouting::default())
                        || hits.matched_signals().any(|s| self.mood.shouting(s)))
                        && self.mood.cue(hidden.frustration, |s| hits.score(s))
                };
                MessageNote {
                    fallback: m.role == Role::Bot && hit(hidden.fallback),
                    frustrated: customer
                        && (hit(hidden.frustration)
                            || hits.matched_signals().any(|s| self.mood.alone(s))
                            || quoted.binary_search(&i).is_ok()
                            || shouted()),
                    repeat: customer && hit(hidden.repeat),
                }
            })
            .collect();
        let mut topics: Vec<(usize, u32, usize)> = counts
            .iter()
            .enumerate()
            .filter(|(s, (count, _))| *count > 0 && self.topics[*s])
            .map(|(s, &(count, first))| (s, count, first))
            .collect();
        topics.sort_by_key(|&(_, count, first)| (std::cmp::Reverse(count), first));
        let mut topics: Vec<String> = topics
            .into_iter()
            .map(|(s, _, _)| rules.signals[s].topic().to_owned())
            .collect();
        // A trigger's inline signal and a signal of the same name are one topic.
        let mut seen = std::collections::HashSet::new();
        topics.retain(|t| seen.insert(t.clone()));
        (notes, topics)
    }

    /// The summary of `conversation` up to message `upto` (the escalation turn, or all),
    /// `fired` the triggers that held there (their evidence marks the mood; empty for
    /// none); it needs the detectors of `EngineOptions { notes: true }`.
    pub fn summarize(
        &self,
        conversation: &Conversation,
        upto: usize,
        fired: &[FiredTrigger],
    ) -> Summary {
        self.summarize_from(conversation, upto, &ScanLog::default(), None, None, fired)
    }

    /// [`Engine::summarize`], with the customer's names when they are known already.
    pub(super) fn summarize_with(
        &self,
        conversation: &Conversation,
        upto: usize,
        names: Option<&Names>,
        fired: &[FiredTrigger],
    ) -> Summary {
        self.summarize_from(conversation, upto, &ScanLog::default(), names, None, fired)
    }

    /// Under `--redact` ([`super::EngineOptions::redact`]) the summary is made from the
    /// messages masked whole: its facts and lines are parts of messages, and a part of
    /// a card number ("account number 4111") passes no check once cut from it. It lists
    /// no `name` facts then, as a redacted packet's does not. The masked texts go to
    /// `keep`, when given.
    fn summarize_from(
        &self,
        conversation: &Conversation,
        upto: usize,
        log: &ScanLog,
        known: Option<&Names>,
        keep: Option<&mut Vec<String>>,
        fired: &[FiredTrigger],
    ) -> Summary {
        let upto = upto.min(conversation.messages.len());
        let (notes, topics) = self.notes(conversation, upto, log, fired);
        let messages = &conversation.messages[..upto];
        if !self.redact {
            return summarize(messages, &notes, topics);
        }
        let found;
        let names = match known {
            Some(names) => names,
            None => {
                found = Names::of_conversation(conversation);
                &found
            }
        };
        let masked: Vec<Message> = messages
            .iter()
            .enumerate()
            .map(|(i, m)| Message {
                role: m.role,
                text: masked_message(&m.text, i, names).into_owned(),
                time: m.time.clone(),
                timestamp: m.timestamp,
                clock: crate::transcript::Clock::Written,
                line: m.line,
            })
            .collect();
        // As a packet's summary is redacted (its `name` facts dropped), so that a bridge
        // message's `summary.*` says what the packet says; the bullets are written from
        // the masked parts. Its parts are not masked again: the messages were masked whole,
        // and masking a masked text changes nothing.
        let (mut summary, secrets) = summarize_masking(&masked, &notes, topics);
        drop_masked_facts(&mut summary, names);
        if let Some(keep) = keep {
            // With what the summary found secret in the masked texts masked too: the
            // transcript shows none it hides ([`Names`] holds those it finds in the
            // texts as written; reading them masked, it may find more).
            let masked = secrets.unwrap_or(masked);
            keep.extend(masked.into_iter().map(|m| m.text));
        }
        summary
    }

    /// [`Engine::evaluate`], and the summary up to the escalation when the conversation
    /// escalates (for its packet): the summary's notes come from the evaluation's own
    /// scan of each message instead of a second one.
    pub fn evaluate_and_summarize(
        &self,
        conversation: &Conversation,
        scratch: &mut Scratch,
    ) -> (Outcome, Option<Summary>) {
        let outcome = self.run(
            conversation,
            scratch,
            &mut super::Quiet,
            false,
            Scan::Record,
            // Every signal in every role: a summary's topics are whatever matched.
            None,
        );
        let Scratch {
            log, names, masked, ..
        } = scratch;
        let summary = outcome.escalation_turn.map(|turn| {
            let fired = &outcome.triggers;
            self.summarize_from(conversation, turn, log, names.as_ref(), Some(masked), fired)
        });
        (outcome, summary)
    }
}
