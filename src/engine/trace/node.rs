//! One condition's trace: a compiled [`Node`], the [`Condition`] it was compiled from
//! and the evaluation context after a message → its verdict, what it saw (the words
//! that matched, a counter's value, the local time an `hours:` condition read, and in
//! which zone), and its children's traces. Which triggers are traced is `trace.rs`'s.

use crate::rules::{Condition, RuleSet};
use crate::trace::NodeTrace;
use crate::transcript::{Clock, Conversation};

use super::super::Engine;
use super::super::eval::{Cx, Node, Quoting, quote};

/// The quotes of `signal`'s matches in `text`, message `index` of the conversation.
pub(super) fn span_texts(
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
pub(super) fn node_trace(
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
        (Node::Not(n), Condition::Not(c, _)) => {
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
                        .map(|c| {
                            let through = match &c.through {
                                Some((outer, true)) => format!(" (in “{}”)", quote(outer)),
                                Some((outer, false)) => {
                                    format!(" (overlapping “{}”)", quote(outer))
                                }
                                None => String::new(),
                            };
                            format!(
                                "; “{}” cancelled by “{}”{through}",
                                quote(&c.phrase),
                                quote(&c.negation)
                            )
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
        Node::Seen {
            signal,
            role,
            window,
            ..
        } => {
            let n = cx.state.seen(*signal, *role);
            // A part of the threshold in the latest message, said as `message:` says it.
            let score = cx.hits.score(*signal);
            let near =
                if score > 0.0 && !cx.hits.matched(*signal) && role.is_none_or(|r| r == cx.role) {
                    let message = &conversation.messages[cx.state.index];
                    let texts = span_texts(cx, quoting, &message.text, cx.state.index, *signal);
                    format!(
                        "; message {}: near miss: score {score}, needs {}, from {}",
                        cx.state.turn(),
                        rules.signals[*signal].threshold,
                        quoted_list(&texts)
                    )
                } else {
                    String::new()
                };
            match window {
                // A trace keeps every message a window holds: the count is exact.
                Some(w) => format!(
                    "seen in {} of {} ({n} so far){near}",
                    cx.state.in_window(*w, u32::MAX),
                    last(w.within)
                ),
                None => format!("seen in {n} so far{near}"),
            }
        }
        Node::Counter {
            counter, window, ..
        } => match (cx.state.counter(*counter), window) {
            (Some(v), Some(w)) => format!(
                "{} in {} ({v} in all)",
                cx.state.in_window(*w, u32::MAX),
                last(w.within)
            ),
            (Some(v), None) => format!("{} = {}", counter.as_str(), (v * 10.0).round() / 10.0),
            (None, _) => format!("{}: no timestamps", counter.as_str()),
        },
        Node::Meta(i) => {
            let field = &engine.metas[*i].0;
            // Under `--redact`, as the packet's fields (a secret field whole).
            let shown = |v: &'_ str| -> String {
                match quoting.names() {
                    Some(names) => crate::redact::masked_field(field, v, names).into(),
                    None => v.to_owned(),
                }
            };
            let metadata = &conversation.metadata;
            let index = cx.state.index;
            match (metadata.known_from(field), metadata.known_earlier(field)) {
                (Some((v, from)), _) if from <= index => format!("{field} = “{}”", shown(v)),
                // A contact's value, until a later row gives another.
                (Some((v, from)), Some((e, at))) if at <= index => format!(
                    "{field} = “{}” (“{}” from message {})",
                    shown(e),
                    shown(v),
                    from + 1
                ),
                (Some((v, from)), earlier) => {
                    let (v, from) = earlier.filter(|e| e.1 < from).unwrap_or((v, from));
                    format!(
                        "{field} is not known yet: “{}” first appears with message {}",
                        shown(v),
                        from + 1
                    )
                }
                (None, _) => format!("{field} is missing"),
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
            // The condition already reads "trigger `x` fired": the detail answers it, and
            // says where, not "fired" again.
            if cx.fired.get(*t).copied().unwrap_or(false) {
                format!("yes, at message {}", cx.state.turn())
            } else {
                "no".to_owned()
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

/// A window of `n` messages: `the last 6`, `the latest message`.
fn last(n: u32) -> String {
    if n == 1 {
        "the latest message".to_owned()
    } else {
        format!("the last {n}")
    }
}

fn quoted_list(texts: &[String]) -> String {
    texts
        .iter()
        .map(|t| format!("“{t}”"))
        .collect::<Vec<_>>()
        .join(", ")
}
