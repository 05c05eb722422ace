//! The engine: a compiled rule set that evaluates one conversation at a time.
//!
//! Takes a validated [`RuleSet`] (compiled once: one phrase automaton, one regex set,
//! bridge templates) and a [`Conversation`]; gives its [`Outcome`]. Pure: no I/O, no
//! shared mutable state, so replay can run it on every core with one [`Scratch`] each.
//!
//! Semantics (also in the README):
//! - Messages are fed one at a time, in order. After each, every trigger's condition is
//!   evaluated on what is known so far: the latest message, signals seen in earlier
//!   messages, counters, customer metadata given by this message's row or earlier.
//! - The escalation point is the first message after which any trigger holds. Every
//!   trigger that holds there is reported (most severe first; the first is primary);
//!   later messages do not change the outcome.
//! - Routing is decided at the escalation point, with what is known then: routes in
//!   order, the first whose condition holds wins, else the default route.
//! - The first message by a human agent in the transcript is the actual handoff; the
//!   outcome compares the two.

mod align;
mod bridge;
pub(crate) use bridge::{GROUP_WRITTEN_WHOLE, NAME_A_FIELD};
pub(crate) use matcher::SCORE_SLACK;
mod compile;
mod coverage;
mod escalate;
mod eval;
mod gate;
mod matcher;
mod mood;
mod notes;
mod pair;
mod phrases;
mod trace;
mod words;

use crate::outcome::{Outcome, Tally, VersusActual};
use crate::rules::{MetaTest, RuleSet};
use crate::transcript::{Conversation, Role};

use bridge::Bridges;
use std::cell::Cell;

use eval::{Cx, MetaMemo, Node, State, WindowSpec};
use trace::{Observer, Quiet};

use crate::redact::Names;
pub use eval::meta_holds;
use matcher::{BotQuestions, Hits, Matcher, Plans, RepeatMemory, Roles};
pub use pair::Pair;

/// A rule set compiled for evaluation.
pub struct Engine {
    rules: RuleSet,
    matcher: Matcher,
    triggers: Vec<Node>,
    /// Per signal, the triggers that can only become true on a message it matches.
    gated: Vec<Vec<usize>>,
    /// Triggers that can become true on any message (counters, `not`).
    ungated: Vec<usize>,
    /// The same two for the first message.
    first_gated: Vec<Vec<usize>>,
    first_ungated: Vec<usize>,
    /// Triggers with a `meta:` condition: they may become true on the message a value
    /// first appears on.
    meta_triggers: Vec<usize>,
    routes: Vec<Node>,
    metas: Vec<(String, MetaTest)>,
    /// The windows (`within:`) of the triggers' and routes' conditions, one ring each in
    /// the state; empty for rules without.
    windows: Vec<WindowSpec>,
    bridges: Bridges,
    /// Per signal (hidden detectors included), the roles of the messages the rules
    /// consult it in. What a signal finds in another role cannot change an outcome: a
    /// `message` condition of another role is false whatever the signal, and `seen`
    /// counts only these roles' matches. So replay scans for just these ([`Plans`]).
    needs: Vec<Roles>,
    plans: Plans,
    /// Quote evidence with personal data masked (`--redact`).
    redact: bool,
    /// Whether a condition reads `bot_repeats`: only then is each bot message compared
    /// with the bot's message before it.
    bot_repeats: bool,
    /// The rule signals a summary's mood reads (`mood.rs`).
    mood: mood::MoodSignals,
    /// Per rule signal, whether a summary lists it as a topic ([`RuleSet::topics`]).
    topics: Vec<bool>,
}

/// Compile-time choices.
#[derive(Debug, Clone, Copy, Default)]
pub struct EngineOptions {
    /// Record what coverage needs: every phrase hit, triggers holding after the
    /// escalation point, and the built-in stuck-conversation detectors.
    pub coverage: bool,
    /// Compile the built-in fallback, repeat and frustration detectors for
    /// summaries ([`Engine::summarize`], handoff packets). Bridge templates that use
    /// `summary` turn this on by themselves.
    pub notes: bool,
    /// Quote evidence and traces with personal data masked in the context of the whole
    /// message (`--redact`): masked afterwards, a quote of part of a card number or an
    /// email address would show that part.
    pub redact: bool,
}

/// Why a valid rule set could not be compiled (a limit of the matching libraries).
#[derive(Debug, thiserror::Error)]
#[error("cannot compile the rules: {0}")]
pub struct CompileError(String);

/// Per-thread working memory, reused across conversations.
#[derive(Default)]
pub struct Scratch {
    hits: Hits,
    memory: RepeatMemory,
    /// The bot's latest question, for `bot_repeats`.
    questions: BotQuestions,
    state: State,
    metas: Vec<Cell<MetaMemo>>,
    fired: Vec<bool>,
    /// Triggers set in `fired` by the last message, to reset cheaply.
    fired_list: Vec<usize>,
    /// Per trigger, the message it was last evaluated for (with `generation`).
    stamp: Vec<u64>,
    generation: u64,
    /// The last conversation's scans, when a [`Pair`] shares them.
    log: matcher::ScanLog,
    /// With the scans, per message, whether `bot_repeats` counted it (when the engine
    /// that recorded them reads `bot_repeats`; empty otherwise): it depends on the
    /// messages alone, so the second engine of a [`Pair`] takes it as it is.
    asked_log: Vec<bool>,
    /// Under `--redact`, the customer's names of the last conversation, when it
    /// escalated: found for its evidence, and kept for its other output.
    names: Option<Names>,
    /// Under `--redact`, the masked text of the last conversation's messages up to its
    /// escalation, made for its summary ([`Engine::evaluate_and_summarize`]) and kept
    /// for its packet's transcript.
    masked: Vec<String>,
}

impl Scratch {
    /// The customer's names found while evaluating the last conversation (under
    /// [`EngineOptions::redact`], when it escalated), to redact the rest of its output
    /// without finding them again.
    pub fn take_names(&mut self) -> Option<Names> {
        self.names.take()
    }

    /// The masked text of the messages up to the escalation of the last conversation
    /// [`Engine::evaluate_and_summarize`] summarised under [`EngineOptions::redact`]
    /// (empty otherwise): its packet's transcript, masked once.
    pub fn take_masked_transcript(&mut self) -> Vec<String> {
        std::mem::take(&mut self.masked)
    }
}

/// Where a run gets each message's signal matches.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Scan {
    /// Scan every message.
    Fresh,
    /// Scan, and keep the results in the scratch's log.
    Record,
    /// Take the results from the log (recorded by an engine that scans alike), and scan
    /// only the messages past its end, continuing the recorder's repeat memory.
    Reuse,
}

impl Engine {
    pub fn rules(&self) -> &RuleSet {
        &self.rules
    }

    /// How to quote the words of `conversation`'s messages in evidence and traces.
    fn quoting(&self, conversation: &Conversation) -> eval::Quoting {
        if self.redact {
            eval::Quoting::Masked(Box::new(Names::of_conversation(conversation)))
        } else {
            eval::Quoting::AsWritten
        }
    }

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
    fn run<O: Observer>(
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
fn bot_before(conversation: &Conversation, index: usize) -> Option<&str> {
    let before = conversation.messages.get(index.checked_sub(1)?)?;
    (before.role == Role::Bot).then_some(before.text.as_str())
}

fn non_empty(s: &str) -> Option<String> {
    (!s.is_empty()).then(|| s.to_owned())
}

#[cfg(test)]
mod tests;
