//! How close a trigger came on a message, for `explain`'s standing of each trigger: a
//! compiled condition [`Node`] and the evaluation context → whether a message from a
//! role can make it hold at all, whether the message touched one of its signals,
//! whether it was one count short, and whether it would hold with the metadata values
//! later rows give. Verdicts themselves are the evaluator's.

use crate::rules::Counter;
use crate::transcript::Role;

use super::super::Engine;
use super::super::eval::{Cx, Node};

/// Whether `node` holds after any message from `role`, whatever it says and whatever
/// came before (`Some(true)`), after none (`Some(false)`), or it depends (`None`): the
/// conditions on the latest message's role decide, all others may go either way.
pub(super) fn can_hold_on(node: &Node, role: Role) -> Option<bool> {
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

/// Whether a signal `node` tests on the latest message (under `message:` or `seen:`)
/// found anything in it: a match, a part of its threshold, or a match a negation
/// cancelled. Under `all:`, a `not:` counts only beside a touched sibling: the starter's
/// "giving up, `not` with thanks" is no near miss on every "Got it, thanks!", while
/// "frustration, `not` about the weather" explains why "I hate the rain" did not hold.
pub(super) fn touched(engine: &Engine, node: &Node, cx: &Cx<'_>, text: &str) -> bool {
    match node {
        Node::All(items) if items.iter().any(|n| !matches!(n, Node::Not(_))) => (items.iter())
            .filter(|n| !matches!(n, Node::Not(_)))
            .any(|n| touched(engine, n, cx, text)),
        Node::All(items) | Node::Any(items) => items.iter().any(|n| touched(engine, n, cx, text)),
        Node::Not(inner) => touched(engine, inner, cx, text),
        // A `seen:` counts the latest message too: a part of its signal's threshold
        // there is as near a miss as under `message:`.
        Node::Message {
            role,
            signal: Some(s),
        }
        | Node::Seen {
            signal: s, role, ..
        } => {
            role.is_none_or(|r| r == cx.role)
                && (cx.hits.score(*s) > 0.0 || !engine.matcher.negated(text, *s).is_empty())
        }
        _ => false,
    }
}

/// Whether `node` would hold with one more of every count it tests (a fallback, a
/// repeat, a message; not minutes): `bot_fallbacks ≥ 2` with one so far.
pub(super) fn one_short(node: &Node, cx: &Cx<'_>) -> bool {
    match node {
        Node::All(items) => items.iter().all(|n| one_short(n, cx)),
        Node::Any(items) => items.iter().any(|n| one_short(n, cx)),
        Node::Not(inner) => !one_short(inner, cx),
        Node::Seen {
            signal,
            role,
            at_least,
            window,
        } => {
            let seen = match window {
                None => cx.state.seen(*signal, *role),
                Some(w) => cx.state.in_window(*w, *at_least),
            };
            seen + 1 >= *at_least
        }
        Node::Counter {
            counter,
            at_least,
            at_most,
            window,
        } if *counter != Counter::MinutesElapsed => cx.count(*counter, *window).is_some_and(|v| {
            at_least.is_none_or(|lo| v + 1.0 >= lo) && at_most.is_none_or(|hi| v + 1.0 <= hi)
        }),
        _ => cx.holds(node),
    }
}

/// Whether `node` would hold after this message if every metadata value it tests were
/// known now, a later row's too (hindsight): for a trigger that does not hold, all it
/// waits for is a value not known yet (`tier` is `enterprise` from message 4).
pub(super) fn in_hindsight(node: &Node, cx: &Cx<'_>) -> bool {
    match node {
        Node::All(items) => items.iter().all(|n| in_hindsight(n, cx)),
        Node::Any(items) => items.iter().any(|n| in_hindsight(n, cx)),
        Node::Not(inner) => !in_hindsight(inner, cx),
        Node::Meta(i) => cx.meta_in_hindsight(*i),
        _ => cx.holds(node),
    }
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

    /// `explain` showed customer-only triggers failing on every bot message. A
    /// trigger that cannot hold after a message from a role, whatever it says, is the
    /// one whose conditions on the latest message's role decide it, in three-valued
    /// logic; counters and the rest may go either way.
    #[test]
    fn can_hold_on_decides_by_the_roles_alone() {
        let counter = Node::Counter {
            counter: Counter::BotFallbacks,
            at_least: Some(2.0),
            at_most: None,
            window: None,
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
