//! The engine: a compiled rule set that evaluates one conversation at a time.
//!
//! Takes a validated [`RuleSet`] (compiled once: one phrase automaton, one regex set,
//! bridge templates) and a [`Conversation`]; gives its [`Outcome`]. Pure: no I/O, no
//! shared mutable state, so replay can run it on every core with one [`Scratch`] each.
//!
//! Semantics (also in the README):
//! - Messages are fed one at a time, in order. After each, every trigger's condition is
//!   evaluated on what is known so far: the latest message, signals seen in earlier
//!   messages, counters, customer metadata.
//! - The escalation point is the first message after which any trigger holds. Every
//!   trigger that holds there is reported (most severe first; the first is primary);
//!   later messages do not change the outcome.
//! - Routing is decided at the escalation point: routes in order, the first whose
//!   condition holds wins, else the default route.
//! - The first message by a human agent in the transcript is the actual handoff; the
//!   outcome compares the two.

mod bridge;
mod coverage;
mod eval;
mod gate;
mod matcher;
mod notes;
mod phrases;
mod trace;
mod words;

use crate::outcome::{Evidence, FiredTrigger, Outcome, Tally, VersusActual};
use crate::rules::{Builtin, Counter, DEFAULT_ROUTE_ID, MetaTest, RuleSet, TeamId, TriggerId};
use crate::transcript::{Conversation, Role};

use bridge::{BridgeContext, Bridges, ConversationValues, TriggerValues};
use std::cell::Cell;

use eval::{Cx, Node, State};
use trace::{Observer, Quiet};

pub use eval::meta_holds;
use matcher::{Hits, Matcher, RepeatMemory};

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
    routes: Vec<Node>,
    metas: Vec<(String, MetaTest)>,
    bridges: Bridges,
}

/// Compile-time choices.
#[derive(Debug, Clone, Copy, Default)]
pub struct EngineOptions {
    /// Record what coverage needs: every phrase hit, triggers holding after the
    /// escalation point, and the built-in stuck-conversation detectors.
    pub coverage: bool,
    /// Compile the built-in fallback, repeat and frustration detectors for
    /// [`Engine::notes`] and summaries (handoff packets). Bridge templates that use
    /// `summary` turn this on by themselves.
    pub notes: bool,
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
    state: State,
    metas: Vec<Cell<u8>>,
    fired: Vec<bool>,
    /// Triggers set in `fired` by the last message, to reset cheaply.
    fired_list: Vec<usize>,
    /// Per trigger, the message it was last evaluated for (with `generation`).
    stamp: Vec<u64>,
    generation: u64,
    /// The last conversation's scans, when a [`Pair`] shares them.
    log: matcher::ScanLog,
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

/// Two engines evaluating the same conversations, as `diff` does. When the two rule
/// sets have the same signals (a change to triggers, routes or teams), each message is
/// scanned once for both.
pub struct Pair<'a> {
    base: &'a Engine,
    head: &'a Engine,
    shared: bool,
}

impl<'a> Pair<'a> {
    pub fn new(base: &'a Engine, head: &'a Engine) -> Self {
        Pair {
            base,
            head,
            shared: base.matcher.scans_like(&head.matcher),
        }
    }

    /// Whether messages are scanned once for both engines.
    pub fn shares_scans(&self) -> bool {
        self.shared
    }

    /// The outcomes of `conversation` under the base and the head rules: exactly what
    /// [`Engine::evaluate`] gives for each.
    pub fn evaluate(
        &self,
        conversation: &Conversation,
        scratch: &mut Scratch,
    ) -> (Outcome, Outcome) {
        if !self.shared {
            return (
                self.base.evaluate(conversation, scratch),
                self.head.evaluate(conversation, scratch),
            );
        }
        let base = self
            .base
            .run(conversation, scratch, &mut Quiet, false, Scan::Record);
        let head = self
            .head
            .run(conversation, scratch, &mut Quiet, false, Scan::Reuse);
        (base, head)
    }
}

impl Engine {
    pub fn compile(rules: RuleSet) -> Result<Engine, CompileError> {
        Self::compile_with(rules, EngineOptions::default())
    }

    pub fn compile_with(rules: RuleSet, options: EngineOptions) -> Result<Engine, CompileError> {
        let mut metas = Vec::new();
        let triggers: Vec<Node> = rules
            .triggers
            .iter()
            .map(|t| Node::compile(&t.when, &mut metas))
            .collect();
        let routes: Vec<Node> = rules
            .routes
            .iter()
            .map(|r| Node::compile(&r.when, &mut metas))
            .collect();
        let (mut fallbacks, mut repeats) = (false, false);
        for node in triggers.iter().chain(&routes) {
            node.counters(&mut |c| match c {
                Counter::BotFallbacks => fallbacks = true,
                Counter::CustomerRepeats => repeats = true,
                _ => {}
            });
        }
        let bridges = Bridges::compile(&rules).map_err(CompileError)?;
        let notes = options.notes || bridges.use_summary();
        let mut hidden = Vec::new();
        if fallbacks || options.coverage || notes {
            hidden.push(Builtin::BotFallback);
        }
        if repeats || options.coverage || notes {
            hidden.push(Builtin::Repeat);
        }
        if options.coverage || notes {
            hidden.push(Builtin::Frustration);
        }
        let matcher = Matcher::compile(&rules, &hidden, options.coverage).map_err(CompileError)?;
        let (gated, ungated) = gates(&triggers, matcher.signal_count(), Node::became);
        let (first_gated, first_ungated) = gates(&triggers, matcher.signal_count(), Node::first);
        Ok(Engine {
            rules,
            matcher,
            triggers,
            gated,
            ungated,
            first_gated,
            first_ungated,
            routes,
            metas,
            bridges,
        })
    }

    pub fn rules(&self) -> &RuleSet {
        &self.rules
    }

    /// Replays one conversation through the rules.
    pub fn evaluate(&self, conversation: &Conversation, scratch: &mut Scratch) -> Outcome {
        self.run(conversation, scratch, &mut Quiet, false, Scan::Fresh)
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
        let outcome = self.run(conversation, scratch, &mut counter, true, Scan::Fresh);
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
    ) -> Outcome {
        let Scratch {
            hits,
            memory,
            state,
            metas,
            fired,
            fired_list,
            stamp,
            generation,
            log,
        } = scratch;
        state.reset(self.matcher.signal_count());
        match scan {
            Scan::Fresh => memory.clear(),
            Scan::Record => {
                memory.clear();
                log.clear();
            }
            // The memory holds the recorder's messages: the ones the log has.
            Scan::Reuse => {}
        }
        metas.clear();
        metas.resize(self.metas.len(), Cell::new(0));
        fired.clear();
        fired.resize(self.triggers.len(), false);
        fired_list.clear();
        stamp.resize(self.triggers.len(), 0);

        let mut escalation = None;
        for (index, message) in conversation.messages.iter().enumerate() {
            if scan == Scan::Reuse && index < log.len() {
                hits.replay(log, index, self.matcher.signal_count());
            } else {
                self.matcher.scan(&message.text, message.role, hits, memory);
                if scan == Scan::Record {
                    hits.record(log);
                }
            }
            state.advance(index, message, hits, &self.matcher.hidden);
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
                let candidates = hits
                    .matched_signals()
                    .flat_map(|s| gated[s].iter())
                    .chain(ungated.iter());
                for &t in candidates {
                    if stamp[t] != stamp_now {
                        stamp[t] = stamp_now;
                        if cx.holds(&self.triggers[t]) {
                            fired[t] = true;
                            fired_list.push(t);
                        }
                    }
                }
                // Rule order, for reports and the primary trigger's tie-break.
                fired_list.sort_unstable();
            }
            let any = !fired_list.is_empty();
            observer.after_message(self, conversation, &cx, fired, any && escalation.is_none());
            if any && escalation.is_none() {
                escalation = Some(self.escalate(conversation, &cx, fired, observer));
                if !to_the_end {
                    break;
                }
            }
        }

        let actual = conversation
            .messages
            .iter()
            .position(|m| m.role == Role::Agent);
        let mut outcome = escalation.unwrap_or_else(|| Outcome {
            conversation_id: conversation.id.clone(),
            escalated: false,
            escalation_turn: None,
            escalation_time: None,
            reason: None,
            triggers: Vec::new(),
            route: None,
            team: None,
            team_name: None,
            bridge_message: None,
            bridge_error: None,
            actual_handoff_turn: None,
            actual_handoff_time: None,
            versus_actual: None,
            messages: 0,
        });
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

    /// Builds the escalated outcome at the current message: triggers with evidence,
    /// route, team and bridge message.
    fn escalate<O: Observer>(
        &self,
        conversation: &Conversation,
        cx: &Cx<'_>,
        fired: &[bool],
        observer: &mut O,
    ) -> Outcome {
        let rules = &self.rules;
        let turn = cx.state.turn();
        let mut ids: Vec<usize> = (0..fired.len()).filter(|&i| fired[i]).collect();
        // Most severe first; ties keep rule order (stable sort).
        ids.sort_by_key(|&i| std::cmp::Reverse(rules.triggers[i].severity));
        let triggers: Vec<FiredTrigger> = ids
            .iter()
            .map(|&i| {
                let mut evidence: Vec<Evidence> = Vec::new();
                cx.evidence(
                    &self.triggers[i],
                    rules,
                    &self.metas,
                    conversation,
                    &mut evidence,
                );
                FiredTrigger {
                    id: rules.triggers[i].id.clone(),
                    severity: rules.triggers[i].severity.as_str(),
                    turn,
                    evidence,
                }
            })
            .collect();
        let primary_id = TriggerId(ids[0]);
        let primary = rules.trigger(primary_id);

        let route_cx = Cx { fired, ..*cx };
        let chosen = self.routes.iter().position(|node| route_cx.holds(node));
        observer.at_routing(self, conversation, &route_cx, chosen);
        let route = chosen
            .map(|r| (rules.routes[r].id.as_str(), rules.routes[r].team))
            .or_else(|| {
                rules
                    .default_route
                    .as_ref()
                    .map(|d| (DEFAULT_ROUTE_ID, d.team))
            });

        let message = &conversation.messages[cx.state.index];
        let (bridge_message, bridge_error) = match route {
            Some((route_id, team)) => {
                match self.render_bridge(
                    conversation,
                    team,
                    primary_id,
                    &triggers,
                    route_id,
                    turn,
                    &message.time,
                ) {
                    Ok(text) => (text, None),
                    Err(e) => (None, Some(e)),
                }
            }
            None => (None, None),
        };
        Outcome {
            conversation_id: conversation.id.clone(),
            escalated: true,
            escalation_turn: Some(turn),
            escalation_time: non_empty(&message.time),
            reason: Some(primary.reason.clone()),
            triggers,
            route: route.map(|(id, _)| id.to_owned()),
            team: route.map(|(_, t)| rules.team(t).id.clone()),
            team_name: route.map(|(_, t)| rules.team(t).name.clone()),
            bridge_message,
            bridge_error,
            actual_handoff_turn: None,
            actual_handoff_time: None,
            versus_actual: None,
            messages: 0,
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn render_bridge(
        &self,
        conversation: &Conversation,
        team: TeamId,
        primary_id: TriggerId,
        triggers: &[FiredTrigger],
        route: &str,
        turn: usize,
        time: &str,
    ) -> Result<Option<String>, String> {
        let primary = self.rules.trigger(primary_id);
        let summary = self
            .bridges
            .wants_summary(team, primary_id)
            .then(|| self.summarize(conversation, turn));
        let ctx = BridgeContext {
            team,
            metadata: &conversation.metadata,
            reason: &primary.reason,
            trigger: TriggerValues {
                id: &primary.id,
                description: primary.description.as_deref().unwrap_or_default(),
                severity: primary.severity.as_str(),
                reason: &primary.reason,
            },
            triggers: triggers.iter().map(|t| t.id.as_str()).collect(),
            route,
            conversation: ConversationValues {
                id: &conversation.id,
                turn,
                time,
                messages: conversation.messages.len(),
            },
            summary: summary.as_ref(),
        };
        self.bridges.render(&self.rules, primary_id, &ctx)
    }
}

/// For each signal, the triggers `gate` says can only hold (or become true) on a message
/// it matches; and the triggers with no such signal.
fn gates(
    triggers: &[Node],
    signals: usize,
    gate: fn(&Node) -> Option<Vec<usize>>,
) -> (Vec<Vec<usize>>, Vec<usize>) {
    let mut gated = vec![Vec::new(); signals];
    let mut ungated = Vec::new();
    for (t, node) in triggers.iter().enumerate() {
        match gate(node) {
            Some(mut signals) => {
                signals.sort_unstable();
                signals.dedup();
                for s in signals {
                    gated[s].push(t);
                }
            }
            None => ungated.push(t),
        }
    }
    (gated, ungated)
}

fn non_empty(s: &str) -> Option<String> {
    (!s.is_empty()).then(|| s.to_owned())
}

#[cfg(test)]
mod tests;
