//! The engine: a compiled rule set that evaluates one conversation at a time.
//!
//! Takes a validated [`RuleSet`] (compiled once: one phrase automaton, one regex set,
//! bridge templates) and a [`Conversation`]; gives its
//! [`Outcome`](crate::outcome::Outcome). Pure: no I/O, no shared mutable state, so
//! replay can run it on every core with one [`Scratch`] each.
//! Here: the compiled [`Engine`], its options and the per-thread [`Scratch`]; the
//! evaluation loop that feeds a conversation through them is `run.rs`.
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
mod run;
mod trace;
mod words;

use crate::rules::{MetaTest, RuleSet};
use crate::transcript::Conversation;

use bridge::Bridges;
use std::cell::Cell;

use eval::{MetaMemo, Node, State, WindowSpec};
use trace::Quiet;

use crate::redact::Names;
pub use eval::meta_holds;
use matcher::{BotQuestions, Hits, Matcher, Plans, RepeatMemory, Roles};
pub use pair::Pair;
use run::{Scan, bot_before, non_empty};
// The engine's tests take these from here with `use super::*`, as they did before the
// evaluation loop moved to `run.rs`.
#[cfg(test)]
use crate::{
    outcome::{Outcome, VersusActual},
    transcript::Role,
};

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
}

#[cfg(test)]
mod tests;
