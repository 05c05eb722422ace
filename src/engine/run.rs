//! The evaluation loop: an [`Engine`] and a [`Conversation`] → its [`Outcome`], message
//! by message (signals scanned or taken from a shared scan, counters advanced, the
//! triggers that can have become true evaluated, the escalation point and its routing
//! decided), with the [`Scratch`] the run reuses. The entries plain replay and coverage
//! call; `explain`, `test`, summaries and [`super::Pair`] run it with their own
//! observer and scan. What a rule set compiles to, and the scratch itself: `mod.rs`.

use super::eval::{self, Cx, MetaMemo};
use super::matcher::{self, Plans};
use super::trace::{Observer, Quiet};
use super::{Engine, Scratch, coverage};
use crate::outcome::{Outcome, Tally, VersusActual};
use crate::transcript::{Conversation, Role};
use std::cell::Cell;

/// Where a run gets each message's signal matches.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Scan {
    /// Scan every message.
    Fresh,
    /// Scan, and keep the results in the scratch's log.
    Record,
    /// Take the results from the log (recorded by an engine that scans alike), and scan
    /// only the messages past its end, continuing the recorder's repeat memory.
    Reuse,
}

impl Engine {
    /// Replays one conversation through the rules.
    pub fn evaluate(&self, conversation: &Conversation, scratch: &mut Scratch) -> Outcome {
        let plans = Some(&self.plans);
        self.run(conversation, scratch, &mut Quiet, false, Scan::Fresh, plans)
    }

    /// Replays one conversation to the end, past the escalation point, and counts what
    /// coverage needs. Compile with `EngineOptions { coverage: true }` for phrase hits and
    /// the stuck-conversation detectors.
    pub fn evaluate_coverage(
        &self,
        conversation: &Conversation,
        scratch: &mut Scratch,
    ) -> (Outcome, Tally) {
        let mut counter = coverage::Counter::default();
        // Every signal in every role: coverage counts what each finds.
        let outcome = self.run(conversation, scratch, &mut counter, true, Scan::Fresh, None);
        (outcome, counter.finish(&scratch.state))
    }

    /// The evaluation loop; `observer` sees every step (a no-op for plain replay, the
    /// tracer for `explain` and `test`).
    pub(super) fn run<O: Observer>(
        &self,
        conversation: &Conversation,
        scratch: &mut Scratch,
        observer: &mut O,
        to_the_end: bool,
        scan: Scan,
        plans: Option<&Plans>,
    ) -> Outcome {
        let Scratch {
            hits,
            memory,
            questions,
            state,
            metas,
            fired,
            fired_list,
            stamp,
            generation,
            log,
            asked_log,
            names,
            masked,
        } = scratch;
        *names = None;
        masked.clear();
        state.reset(self.matcher.signal_count());
        state.reset_windows(&self.windows, O::EXACT_WINDOWS);
        match scan {
            Scan::Fresh => memory.clear(),
            Scan::Record => {
                memory.clear();
                log.clear();
                asked_log.clear();
            }
            // The memory holds the recorder's messages: the ones the log has.
            Scan::Reuse => {}
        }
        // Asked of every run, shared scans too: what the log does not hold is asked again.
        questions.clear();
        metas.clear();
        metas.resize(self.metas.len(), Cell::new(MetaMemo::default()));
        fired.clear();
        fired.resize(self.triggers.len(), false);
        fired_list.clear();
        stamp.resize(self.triggers.len(), 0);

        let mut escalation = None;
        // The next message on whose row a metadata value first appears: `meta:`
        // conditions may become true there, whatever signals it matches.
        let mut arrival = conversation.metadata.next_arrival(0);
        // The latest customer message's index: what a bot fallback answers.
        let mut last_customer = None;
        for (index, message) in conversation.messages.iter().enumerate() {
            if scan == Scan::Reuse && index < log.len() {
                hits.replay(log, index, self.matcher.signal_count());
            } else {
                let plan = plans.map_or(self.matcher.everything(), |p| p.get(message.role));
                let bot_before = bot_before(conversation, index);
                self.matcher
                    .scan(&message.text, message.role, bot_before, plan, hits, memory);
                if scan == Scan::Record {
                    hits.record(log);
                }
            }
            // A fallback that answers small talk, thanks or a remark on the bot's finished
            // answer is no failure at the task (asked only of a fallback, which is rare).
            let answers_small_talk = || {
                last_customer.is_some_and(|c: usize| {
                    let text = &conversation.messages[c].text;
                    crate::summary::asks_small_talk(text)
                        || matcher::is_thanks(text)
                        || matcher::is_remark(text, bot_before(conversation, c))
                })
            };
            let asked_again = self.bot_repeats
                && message.role == Role::Bot
                && match asked_log.get(index) {
                    Some(&asked) if scan == Scan::Reuse => {
                        questions.passed(index);
                        asked
                    }
                    _ => questions.asked_again(&conversation.messages, index),
                };
            if self.bot_repeats && scan == Scan::Record {
                asked_log.push(asked_again);
            }
            state.advance(
                index,
                message,
                hits,
                &self.matcher.hidden,
                &self.needs,
                &self.windows,
                answers_small_talk,
                asked_again,
            );
            if message.role == Role::Customer {
                last_customer = Some(index);
            }
            let cx = Cx {
                state,
                hits,
                role: message.role,
                metas,
                meta_tests: &self.metas,
                metadata: &conversation.metadata,
                fired: &[],
            };
            for &t in fired_list.iter() {
                fired[t] = false;
            }
            fired_list.clear();
            if O::EVALUATE_ALL {
                for (t, node) in self.triggers.iter().enumerate() {
                    if cx.holds(node) {
                        fired[t] = true;
                        fired_list.push(t);
                    }
                }
            } else {
                // Only the triggers that can have become true on this message: those
                // gated by a signal it matched, and the ungated ones. A trigger true
                // before would have escalated before.
                *generation += 1;
                let stamp_now = *generation;
                let (gated, ungated) = if index == 0 {
                    (&self.first_gated, &self.first_ungated)
                } else {
                    (&self.gated, &self.ungated)
                };
                let mut consider = |t: usize| {
                    if stamp[t] != stamp_now {
                        stamp[t] = stamp_now;
                        if cx.holds(&self.triggers[t]) {
                            fired[t] = true;
                            fired_list.push(t);
                        }
                    }
                };
                for &t in hits
                    .matched_signals()
                    .flat_map(|s| gated[s].iter())
                    .chain(ungated.iter())
                {
                    consider(t);
                }
                // A metadata value first given on this message's row: its `meta:`
                // conditions may become true here, whatever signals it matched. (Apart,
                // not chained above: a third iterator in that chain cost every message.)
                if arrival == Some(index) {
                    arrival = conversation.metadata.next_arrival(index);
                    for &t in &self.meta_triggers {
                        consider(t);
                    }
                }
                // Rule order, for reports and the primary trigger's tie-break.
                fired_list.sort_unstable();
            }
            let any = !fired_list.is_empty();
            observer.after_message(self, conversation, &cx, fired, any && escalation.is_none());
            if any && escalation.is_none() {
                let quoting = self.quoting(conversation);
                escalation = Some(self.escalate(conversation, &cx, fired, &quoting, observer));
                if let eval::Quoting::Masked(found) = quoting {
                    *names = Some(*found);
                }
                if !to_the_end {
                    break;
                }
            }
        }

        let actual = conversation
            .messages
            .iter()
            .position(|m| m.role == Role::Agent);
        let mut outcome =
            escalation.unwrap_or_else(|| Outcome::not_escalated(conversation.id.clone(), 0));
        outcome.messages = conversation.messages.len();
        if let Some(a) = actual {
            outcome.actual_handoff_turn = Some(a + 1);
            outcome.actual_handoff_time = non_empty(&conversation.messages[a].time);
            // The rules are on time when they escalate right after the message that
            // preceded the human's first message.
            outcome.versus_actual = Some(match outcome.escalation_turn {
                None => VersusActual::Missed,
                Some(e) if e < a => VersusActual::Earlier,
                Some(e) if e == a => VersusActual::Same,
                Some(_) => VersusActual::Later,
            });
        }
        outcome
    }
}

/// The text of the message before message `index` when the bot wrote it: what the
/// repeat detector asks whether it asked for the customer's message again.
pub(super) fn bot_before(conversation: &Conversation, index: usize) -> Option<&str> {
    let before = conversation.messages.get(index.checked_sub(1)?)?;
    (before.role == Role::Bot).then_some(before.text.as_str())
}

pub(super) fn non_empty(s: &str) -> Option<String> {
    (!s.is_empty()).then(|| s.to_owned())
}
