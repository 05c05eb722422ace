//! Tracing: the same evaluation as replay, recording every condition's verdict and the
//! values it saw, for `explain` and failing rule tests.
//!
//! Takes an engine and a conversation; gives its [`Trace`]. A condition's own trace is
//! `node.rs`'s, how close a trigger came `standing.rs`'s.

mod node;
mod standing;

use crate::rules::Counter;
use crate::trace::{
    Answered, Earlier, RouteTrace, SignalScore, Standing, Step, Trace, TriggerTrace, Uncounted,
};
use crate::transcript::{Conversation, Role};

use super::eval::{Cx, Quoting};
use super::matcher::{BotQuestions, Excuse, Matcher};
use super::{Engine, Scratch};
use node::{node_trace, span_texts};
use standing::{can_hold_on, in_hindsight, one_short, touched};

/// Sees each step of an evaluation. Replay uses [`Quiet`]; monomorphised, it costs nothing.
pub(super) trait Observer {
    /// Evaluate every trigger after every message, not only those that can have changed
    /// (a trace shows them all).
    const EVALUATE_ALL: bool = false;
    /// Keep every message a window (`within:`) can hold, for exact counts in it (a
    /// trace shows them), not only the few that decide its condition.
    const EXACT_WINDOWS: bool = false;

    fn after_message(
        &mut self,
        engine: &Engine,
        conversation: &Conversation,
        cx: &Cx<'_>,
        fired: &[bool],
        escalating: bool,
    );
    fn at_routing(
        &mut self,
        engine: &Engine,
        conversation: &Conversation,
        cx: &Cx<'_>,
        chosen: Option<usize>,
    );
}

pub(super) struct Quiet;

impl Observer for Quiet {
    fn after_message(&mut self, _: &Engine, _: &Conversation, _: &Cx<'_>, _: &[bool], _: bool) {}
    fn at_routing(&mut self, _: &Engine, _: &Conversation, _: &Cx<'_>, _: Option<usize>) {}
}

struct Tracer {
    steps: Vec<Step>,
    routes: Vec<RouteTrace>,
    quoting: Quoting,
}

impl Engine {
    /// Evaluates one conversation and records why every trigger and route did or did
    /// not hold. Slower than [`Engine::evaluate`]; for one conversation at a time.
    pub fn trace(&self, conversation: &Conversation) -> Trace {
        let mut tracer = Tracer {
            steps: Vec::new(),
            routes: Vec::new(),
            quoting: self.quoting(conversation),
        };
        let outcome = self.run(
            conversation,
            &mut Scratch::default(),
            &mut tracer,
            false,
            super::Scan::Fresh,
            // Every signal in every role: `explain` shows all a message matched.
            None,
        );
        let mut steps = tracer.steps;
        let rules = self.rules();
        for (step, excused) in steps.iter_mut().zip(self.matcher.excused(conversation)) {
            // The repeat signals that matched without the exceptions and not with them.
            for (s, why) in excused {
                // Past the rules' signals: the hidden repeat detector, which only the
                // `customer_repeats` counter reads, named by it.
                let id = (rules.signals.get(s))
                    .map_or(Counter::CustomerRepeats.as_str(), |s| s.id.as_str());
                if step.signals.iter().any(|g| g.matched && g.signal == id) {
                    continue;
                }
                match why {
                    Excuse::Thanks => step.thanks_again.push(id.to_owned()),
                    Excuse::Asked => step.asked_again.push(id.to_owned()),
                }
            }
        }
        // Which earlier message a repeat repeats: `repeats` when a signal counted it,
        // `repeat_not_counted` when one would have but for an exception (both when two
        // signals differ).
        let quoting = self.quoting(conversation);
        for (i, step) in steps.iter_mut().enumerate() {
            let repeat = |g: &SignalScore| {
                g.matched
                    && (rules.signals.iter())
                        .find(|s| s.id == g.signal)
                        .is_some_and(|s| s.builtin == Some(crate::rules::Builtin::Repeat))
            };
            let counted = step.signals.iter().any(repeat);
            let excused = !step.asked_again.is_empty() || !step.thanks_again.is_empty();
            if step.role != Role::Customer || !(counted || excused) {
                continue;
            }
            let which =
                Matcher::repeats_which(conversation, i).map(|j| earlier(conversation, j, &quoting));
            if excused {
                step.repeat_not_counted.clone_from(&which);
            }
            if counted {
                step.repeats = which;
            }
        }
        if self.bot_repeats {
            asks_again(conversation, &mut steps, &quoting);
        }
        Trace {
            conversation_id: conversation.id.clone(),
            steps,
            routes: tracer.routes,
            outcome,
        }
    }
}

/// For each bot message `bot_repeats` counts, the bot's message before it, whose
/// question it asks again: the customer's messages and the bot's read as
/// [`Engine::evaluate`] reads them.
fn asks_again(conversation: &Conversation, steps: &mut [Step], quoting: &Quoting) {
    let mut questions = BotQuestions::default();
    let mut last_bot = None;
    for ((i, message), step) in conversation.messages.iter().enumerate().zip(steps) {
        if message.role == Role::Bot {
            if questions.asked_again(&conversation.messages, i) {
                step.asks_again = last_bot.map(|j| earlier(conversation, j, quoting));
            }
            last_bot = Some(i);
        }
    }
}

/// Characters of an earlier message `explain` quotes beside a repeat or a fallback.
const SHORT_QUOTE: usize = 60;

/// Message `index` of `conversation` by its number and a short quote (masked as every
/// quote is under `--redact`).
fn earlier(conversation: &Conversation, index: usize, quoting: &Quoting) -> Earlier {
    let text = &conversation.messages[index].text;
    let mut text = quoting.quote(text, index, 0, text.len());
    if text.chars().count() > SHORT_QUOTE {
        text.truncate(crate::text::clip::cut(&text, SHORT_QUOTE));
        text.push('…');
    }
    Earlier {
        turn: index + 1,
        text,
    }
}

/// A bot fallback that `bot_fallbacks` did not count, as the engine decides it (the
/// customer's message before it asked small talk, only thanked, or remarked on the bot's
/// finished answer), or `None`.
fn fallback_not_counted(
    engine: &Engine,
    conversation: &Conversation,
    cx: &Cx<'_>,
    quoting: &Quoting,
) -> Option<Uncounted> {
    let index = cx.state.index;
    let fallback = engine.matcher.hidden.fallback?;
    if conversation.messages[index].role != Role::Bot || !cx.hits.matched(fallback) {
        return None;
    }
    let (j, customer) = (conversation.messages[..index].iter().enumerate())
        .rev()
        .find(|(_, m)| m.role == Role::Customer)?;
    let why = if crate::summary::asks_small_talk(&customer.text) {
        Answered::SmallTalk
    } else if super::matcher::is_thanks(&customer.text) {
        Answered::Thanks
    } else if super::matcher::is_remark(&customer.text, super::bot_before(conversation, j)) {
        Answered::Remark
    } else {
        return None;
    };
    Some(Uncounted {
        answers: earlier(conversation, j, quoting),
        why,
    })
}

impl Observer for Tracer {
    const EVALUATE_ALL: bool = true;
    const EXACT_WINDOWS: bool = true;

    fn after_message(
        &mut self,
        engine: &Engine,
        conversation: &Conversation,
        cx: &Cx<'_>,
        fired: &[bool],
        escalating: bool,
    ) {
        let rules = engine.rules();
        let index = cx.state.index;
        let message = &conversation.messages[index];
        let signals = (0..rules.signals.len())
            .filter(|&s| cx.hits.score(s) > 0.0)
            .map(|s| SignalScore {
                signal: rules.signals[s].id.clone(),
                score: cx.hits.score(s),
                threshold: rules.signals[s].threshold,
                matched: cx.hits.matched(s),
                texts: span_texts(cx, &self.quoting, &message.text, index, s),
            })
            .collect();
        let triggers = rules
            .triggers
            .iter()
            .zip(&engine.triggers)
            .zip(fired)
            .map(|((trigger, node), holds)| {
                let can_hold: Vec<Role> = Role::ALL
                    .into_iter()
                    .filter(|&r| can_hold_on(node, r) != Some(false))
                    .collect();
                let standing = if *holds {
                    Standing::Holds
                } else if !can_hold.contains(&cx.role) {
                    Standing::OtherRole
                } else if in_hindsight(node, cx) {
                    Standing::NotKnownYet
                } else if touched(engine, node, cx, &message.text) || one_short(node, cx) {
                    Standing::NearMiss
                } else {
                    Standing::NotClose
                };
                TriggerTrace {
                    id: trigger.id.clone(),
                    holds: *holds,
                    standing,
                    only_on: match can_hold[..] {
                        [role] => Some(role),
                        _ => None,
                    },
                    condition: node_trace(
                        engine,
                        node,
                        &trigger.when,
                        cx,
                        conversation,
                        &self.quoting,
                    ),
                }
            })
            .collect();
        self.steps.push(Step {
            turn: index + 1,
            role: message.role,
            time: (!message.time.is_empty()).then(|| message.time.clone()),
            text: self
                .quoting
                .quote(&message.text, index, 0, message.text.len()),
            signals,
            triggers,
            escalation: escalating,
            asked_again: Vec::new(),
            thanks_again: Vec::new(),
            repeat_not_counted: None,
            repeats: None,
            asks_again: None,
            fallback_not_counted: fallback_not_counted(engine, conversation, cx, &self.quoting),
        });
    }

    fn at_routing(
        &mut self,
        engine: &Engine,
        conversation: &Conversation,
        cx: &Cx<'_>,
        chosen: Option<usize>,
    ) {
        let rules = engine.rules();
        for (i, (route, node)) in rules.routes.iter().zip(&engine.routes).enumerate() {
            let condition = node_trace(engine, node, &route.when, cx, conversation, &self.quoting);
            self.routes.push(RouteTrace {
                id: route.id.clone(),
                team: rules.team(route.team).id.clone(),
                holds: condition.holds,
                chosen: chosen == Some(i),
                condition: Some(condition),
            });
        }
        if let Some(default) = &rules.default_route {
            self.routes.push(RouteTrace {
                id: crate::rules::DEFAULT_ROUTE_ID.to_owned(),
                team: rules.team(default.team).id.clone(),
                holds: true,
                chosen: chosen.is_none(),
                condition: None,
            });
        }
    }
}
