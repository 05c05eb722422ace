//! Tracing: the same evaluation as replay, recording every condition's verdict and the
//! values it saw, for `explain` and failing rule tests.

use crate::rules::{Condition, Counter, RuleSet};
use crate::trace::{NodeTrace, RouteTrace, SignalScore, Standing, Step, Trace, TriggerTrace};
use crate::transcript::{Clock, Conversation, Role};

use super::eval::{Cx, Node, Quoting, quote};
use super::{Engine, Scratch};

/// Sees each step of an evaluation. Replay uses [`Quiet`]; monomorphised, it costs nothing.
pub(super) trait Observer {
    /// Evaluate every trigger after every message, not only those that can have changed
    /// (a trace shows them all).
    const EVALUATE_ALL: bool = false;

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
        Trace {
            conversation_id: conversation.id.clone(),
            steps: tracer.steps,
            routes: tracer.routes,
            outcome,
        }
    }
}

impl Observer for Tracer {
    const EVALUATE_ALL: bool = true;

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

/// Whether `node` holds after any message from `role`, whatever it says and whatever
/// came before (`Some(true)`), after none (`Some(false)`), or it depends (`None`): the
/// conditions on the latest message's role decide, all others may go either way.
fn can_hold_on(node: &Node, role: Role) -> Option<bool> {
    match node {
        Node::Message { role: Some(r), .. } if *r != role => Some(false),
        Node::Message { signal: None, .. } => Some(true),
        Node::All(items) | Node::Any(items) => {
            // Kleene's three-valued logic: `all` is false when one item is, `any` true
            // when one item is.
            let (decisive, rest) = match node {
                Node::All(_) => (false, true),
                _ => (true, false),
            };
            let verdicts: Vec<Option<bool>> = items.iter().map(|n| can_hold_on(n, role)).collect();
            if verdicts.contains(&Some(decisive)) {
                Some(decisive)
            } else if verdicts.iter().all(|v| *v == Some(rest)) {
                Some(rest)
            } else {
                None
            }
        }
        Node::Not(inner) => can_hold_on(inner, role).map(|holds| !holds),
        _ => None,
    }
}

/// Whether a signal `node` tests on the latest message found anything in it: a match,
/// a part of its threshold, or a match a negation cancelled.
fn touched(engine: &Engine, node: &Node, cx: &Cx<'_>, text: &str) -> bool {
    match node {
        Node::All(items) | Node::Any(items) => items.iter().any(|n| touched(engine, n, cx, text)),
        Node::Not(inner) => touched(engine, inner, cx, text),
        Node::Message {
            role,
            signal: Some(s),
        } => {
            role.is_none_or(|r| r == cx.role)
                && (cx.hits.score(*s) > 0.0 || !engine.matcher.negated(text, *s).is_empty())
        }
        _ => false,
    }
}

/// Whether `node` would hold with one more of every count it tests (a fallback, a
/// repeat, a message; not minutes): `bot_fallbacks ≥ 2` with one so far.
fn one_short(node: &Node, cx: &Cx<'_>) -> bool {
    match node {
        Node::All(items) => items.iter().all(|n| one_short(n, cx)),
        Node::Any(items) => items.iter().any(|n| one_short(n, cx)),
        Node::Not(inner) => !one_short(inner, cx),
        Node::Seen {
            signal,
            role,
            at_least,
        } => cx.state.seen(*signal, *role) + 1 >= *at_least,
        Node::Counter {
            counter,
            at_least,
            at_most,
        } if *counter != Counter::MinutesElapsed => cx.state.counter(*counter).is_some_and(|v| {
            at_least.is_none_or(|lo| v + 1.0 >= lo) && at_most.is_none_or(|hi| v + 1.0 <= hi)
        }),
        _ => cx.holds(node),
    }
}

/// The quotes of `signal`'s matches in `text`, message `index` of the conversation.
fn span_texts(
    cx: &Cx<'_>,
    quoting: &Quoting,
    text: &str,
    index: usize,
    signal: usize,
) -> Vec<String> {
    cx.hits
        .spans(signal)
        .iter()
        .filter(|s| text.get(s.start as usize..s.end as usize).is_some())
        .map(|s| quoting.quote(text, index, s.start as usize, s.end as usize))
        .collect()
}

/// The node's verdict, what it saw, and its children's traces.
fn node_trace(
    engine: &Engine,
    node: &Node,
    condition: &Condition,
    cx: &Cx<'_>,
    conversation: &Conversation,
    quoting: &Quoting,
) -> NodeTrace {
    let rules: &RuleSet = engine.rules();
    let holds = cx.holds(node);
    let children = match (node, condition) {
        (Node::All(nodes), Condition::All(conditions))
        | (Node::Any(nodes), Condition::Any(conditions)) => nodes
            .iter()
            .zip(conditions)
            .map(|(n, c)| node_trace(engine, n, c, cx, conversation, quoting))
            .collect(),
        (Node::Not(n), Condition::Not(c)) => {
            vec![node_trace(engine, n, c, cx, conversation, quoting)]
        }
        _ => Vec::new(),
    };
    let detail = match node {
        Node::Message { role, signal } => {
            let message = &conversation.messages[cx.state.index];
            if role.is_some_and(|r| r != cx.role) {
                format!("message {} is from {}", cx.state.turn(), cx.role)
            } else if let Some(s) = signal {
                let texts = span_texts(cx, quoting, &message.text, cx.state.index, *s);
                let score = cx.hits.score(*s);
                let threshold = rules.signals[*s].threshold;
                if cx.hits.matched(*s) {
                    format!("matched {}", quoted_list(&texts))
                } else {
                    // What a negation cancelled, so that a miss is not a mystery.
                    let cancelled = engine
                        .matcher
                        .negated(&message.text, *s)
                        .iter()
                        .map(|(phrase, negation)| {
                            format!("; “{}” cancelled by “{}”", quote(phrase), quote(negation))
                        })
                        .collect::<Vec<_>>()
                        .concat();
                    if score > 0.0 {
                        format!(
                            "near miss: score {score}, needs {threshold}, from {}{cancelled}",
                            quoted_list(&texts)
                        )
                    } else {
                        format!("no match{cancelled}")
                    }
                }
            } else {
                String::new()
            }
        }
        Node::Seen { signal, role, .. } => {
            let n = cx.state.seen(*signal, *role);
            format!("seen in {n} so far")
        }
        Node::Counter { counter, .. } => match cx.state.counter(*counter) {
            Some(v) => format!("{} = {}", counter.as_str(), (v * 10.0).round() / 10.0),
            None => format!("{}: no timestamps", counter.as_str()),
        },
        Node::Meta(i) => {
            let field = &engine.metas[*i].0;
            match conversation.metadata.get(field) {
                // Under `--redact`, as the packet's fields (a secret field whole).
                Some(v) => match quoting.names() {
                    Some(names) => {
                        format!(
                            "{field} = “{}”",
                            crate::redact::masked_field(field, v, names)
                        )
                    }
                    None => format!("{field} = “{v}”"),
                },
                None => format!("{field} is missing"),
            }
        }
        Node::Hours(hours) => match cx.state.time {
            Some(time) => {
                let message = &conversation.messages[cx.state.index];
                format!("local time {}{}", hours.local(time), read_in(message))
            }
            None => format!("message {} has no timestamp", cx.state.turn()),
        },
        Node::Trigger(t) => {
            if cx.fired.get(*t).copied().unwrap_or(false) {
                "fired".to_owned()
            } else {
                "did not fire".to_owned()
            }
        }
        Node::All(_) | Node::Any(_) | Node::Not(_) => String::new(),
    };
    NodeTrace {
        condition: condition.describe(rules),
        words: condition.describe_words(rules),
        holds,
        detail,
        children,
    }
}

/// What `explain` adds to the local time an `hours:` condition saw: the zone a timestamp
/// without an offset was read in, and why. An export of local times read as UTC is hours
/// off, so that is said to be assumed; one read in the mapping's `timestamp_tz` names
/// it, as the hours' own zone may be another; a rule test's is UTC by definition.
fn read_in(message: &crate::transcript::Message) -> String {
    let written = &message.time;
    match &message.clock {
        Clock::Written => String::new(),
        Clock::AssumedUtc => format!(
            "; `{written}` has no offset: assumed UTC (`timestamp_tz:` in the mapping names an export's zone)"
        ),
        Clock::ExportZone(zone) => {
            format!("; `{written}` has no offset: read in {zone} (the mapping's `timestamp_tz:`)")
        }
        Clock::RuleTestUtc => format!(
            "; `{written}` has no offset: read as UTC, as a rule test's times without one are"
        ),
        Clock::SaidUtc => {
            format!("; `{written}` has no offset: read as UTC, as `--say`'s times without one are")
        }
    }
}

fn quoted_list(texts: &[String]) -> String {
    texts
        .iter()
        .map(|t| format!("“{t}”"))
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn says(role: Role) -> Node {
        Node::Message {
            role: Some(role),
            signal: Some(0),
        }
    }

    /// Review: `explain` showed customer-only triggers failing on every bot message. A
    /// trigger that cannot hold after a message from a role, whatever it says, is the
    /// one whose conditions on the latest message's role decide it, in three-valued
    /// logic; counters and the rest may go either way.
    #[test]
    fn can_hold_on_decides_by_the_roles_alone() {
        let counter = Node::Counter {
            counter: Counter::BotFallbacks,
            at_least: Some(2.0),
            at_most: None,
        };
        let customer_or_loop = Node::Any(vec![says(Role::Customer), counter]);
        assert_eq!(can_hold_on(&customer_or_loop, Role::Bot), None);
        let customer_and = Node::All(vec![says(Role::Customer), customer_or_loop]);
        assert_eq!(can_hold_on(&customer_and, Role::Bot), Some(false));
        assert_eq!(can_hold_on(&customer_and, Role::Customer), None);
        let either = Node::Any(vec![says(Role::Customer), says(Role::Agent)]);
        assert_eq!(can_hold_on(&either, Role::Bot), Some(false));
        assert_eq!(can_hold_on(&either, Role::Agent), None);
        // `not` a customer's message holds after any bot's message.
        let not_customer = Node::Not(Box::new(says(Role::Customer)));
        assert_eq!(can_hold_on(&not_customer, Role::Bot), Some(true));
        let from_bot = Node::Message {
            role: Some(Role::Bot),
            signal: None,
        };
        assert_eq!(can_hold_on(&from_bot, Role::Bot), Some(true));
        assert_eq!(
            can_hold_on(&Node::Not(Box::new(from_bot)), Role::Bot),
            Some(false)
        );
    }
}
