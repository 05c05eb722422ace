//! Conditions compiled: a rule's [`Condition`] → a [`Node`] of indices, and what can be
//! known of it before evaluating (the signals it reads, in which roles; the signals one
//! of which a message must match for it to become true), and its windows (`within:`).

use crate::rules::hours::Hours;
use crate::rules::{Condition, Counter, MetaTest};
use crate::transcript::Role;

use super::window::{Counted, Window, WindowSpec};

/// A condition compiled for evaluation: same shape as [`Condition`], indices only.
#[derive(Debug, Clone)]
pub(crate) enum Node {
    All(Vec<Node>),
    Any(Vec<Node>),
    Not(Box<Node>),
    Message {
        role: Option<Role>,
        signal: Option<usize>,
    },
    Seen {
        signal: usize,
        role: Option<Role>,
        at_least: u32,
        /// With `within:`, counted among the last messages only.
        window: Option<Window>,
    },
    Counter {
        counter: Counter,
        at_least: Option<f64>,
        at_most: Option<f64>,
        /// With `within:`, counted among the last messages only.
        window: Option<Window>,
    },
    /// Index into the engine's metadata tests, evaluated once per conversation (on the
    /// value, and on none for the messages before the value appears).
    Meta(usize),
    /// The latest message's local time is within these hours.
    Hours(Box<Hours>),
    Trigger(usize),
}

/// Adds `spec` to the engine's windows; where a condition finds it.
fn window(windows: &mut Vec<WindowSpec>, spec: WindowSpec) -> Window {
    windows.push(spec);
    Window {
        slot: u32::try_from(windows.len() - 1).unwrap_or(u32::MAX),
        within: spec.within,
        keep: spec.keep,
    }
}

/// The signals of all `items` together, when each has some (`f` of every item is `Some`).
pub(super) fn every(items: &[Node], f: fn(&Node) -> Option<Vec<usize>>) -> Option<Vec<usize>> {
    items
        .iter()
        .map(f)
        .collect::<Option<Vec<_>>>()
        .map(|v| v.concat())
}

impl Node {
    /// Compiles `condition`, appending its metadata tests to `metas` and its windows to
    /// `windows`.
    pub(crate) fn compile(
        condition: &Condition,
        metas: &mut Vec<(String, MetaTest)>,
        windows: &mut Vec<WindowSpec>,
    ) -> Node {
        match condition {
            Condition::All(items) => Node::All(
                items
                    .iter()
                    .map(|c| Node::compile(c, metas, windows))
                    .collect(),
            ),
            Condition::Any(items) => Node::Any(
                items
                    .iter()
                    .map(|c| Node::compile(c, metas, windows))
                    .collect(),
            ),
            Condition::Not(inner, _) => Node::Not(Box::new(Node::compile(inner, metas, windows))),
            Condition::Message { role, signal, .. } => Node::Message {
                role: *role,
                signal: signal.map(|s| s.0),
            },
            Condition::Seen {
                signal,
                role,
                at_least,
                within,
                ..
            } => {
                let counted = Counted::Signal {
                    signal: signal.0,
                    role: *role,
                };
                let bound = Some(f64::from(*at_least));
                Node::Seen {
                    signal: signal.0,
                    role: *role,
                    at_least: *at_least,
                    window: within
                        .map(|n| window(windows, WindowSpec::new(counted, n, bound, None))),
                }
            }
            Condition::Counter {
                counter,
                at_least,
                at_most,
                within,
                ..
            } => Node::Counter {
                counter: *counter,
                at_least: *at_least,
                at_most: *at_most,
                // Validation refuses a window on `turn` and `minutes_elapsed`.
                window: within.zip(Counted::counter(*counter)).map(|(n, counted)| {
                    window(windows, WindowSpec::new(counted, n, *at_least, *at_most))
                }),
            },
            Condition::Meta { field, test, .. } => {
                metas.push((field.clone(), test.clone()));
                Node::Meta(metas.len() - 1)
            }
            Condition::Hours { hours, .. } => Node::Hours(hours.clone()),
            Condition::Trigger { trigger, .. } => Node::Trigger(trigger.0),
        }
    }

    /// Whether an `hours:` condition is in the tree: only then does an escalation keep
    /// the local times its route saw (`Outcome::route_hours`), which costs the route's
    /// evidence.
    pub(crate) fn has_hours(&self) -> bool {
        match self {
            Node::Hours(_) => true,
            Node::All(items) | Node::Any(items) => items.iter().any(Node::has_hours),
            Node::Not(inner) => inner.has_hours(),
            _ => false,
        }
    }

    /// Whether a `meta:` condition is in the tree: it may change on the message its
    /// field's value first appears on.
    pub(crate) fn has_meta(&self) -> bool {
        match self {
            Node::Meta(_) => true,
            Node::All(items) | Node::Any(items) => items.iter().any(Node::has_meta),
            Node::Not(inner) => inner.has_meta(),
            _ => false,
        }
    }

    /// Signals one of which matches the latest message whenever this node holds.
    pub(super) fn now(&self) -> Option<Vec<usize>> {
        match self {
            Node::Message {
                signal: Some(s), ..
            } => Some(vec![*s]),
            // A conjunction holds only where its most selective conjunct does.
            Node::All(items) => items.iter().filter_map(Node::now).min_by_key(Vec::len),
            Node::Any(items) => every(items, Node::now),
            _ => None,
        }
    }

    /// Signals one of which matches the latest message whenever this node *becomes*
    /// true after the first message (`Some(vec![])`: it never does; `None`: it may on
    /// any message). Counts of a signal only grow when it matches (a count in a window
    /// shrinks as the window moves on, but grows only then too), metadata changes only
    /// on the message a value first appears on (the engine evaluates the triggers with
    /// `meta:` there too), and an `all` or `any` only becomes true when one of its parts
    /// does. Counters and `not` can change on any message.
    pub(crate) fn became(&self) -> Option<Vec<usize>> {
        if let Some(now) = self.now() {
            return Some(now);
        }
        match self {
            Node::Seen { signal, .. } => Some(vec![*signal]),
            Node::Meta(_) => Some(Vec::new()),
            Node::All(items) | Node::Any(items) => every(items, Node::became),
            _ => None,
        }
    }

    /// Signals one of which matches the first message whenever this node holds after
    /// it (`None`: it may hold without any).
    pub(crate) fn first(&self) -> Option<Vec<usize>> {
        match self {
            Node::Message {
                signal: Some(s), ..
            } => Some(vec![*s]),
            Node::Seen {
                signal, at_least, ..
            } if *at_least >= 1 => Some(vec![*signal]),
            Node::All(items) => items.iter().filter_map(Node::first).min_by_key(Vec::len),
            Node::Any(items) => every(items, Node::first),
            _ => None,
        }
    }

    /// Visits every signal this node reads in a message, with the role it asks for
    /// (`None`: any role).
    pub(crate) fn signals(&self, f: &mut dyn FnMut(usize, Option<Role>)) {
        match self {
            Node::All(items) | Node::Any(items) => items.iter().for_each(|n| n.signals(f)),
            Node::Not(inner) => inner.signals(f),
            Node::Message {
                signal: Some(s),
                role,
            } => f(*s, *role),
            Node::Seen { signal, role, .. } => f(*signal, *role),
            _ => {}
        }
    }

    /// Visits every counter this node uses.
    pub(crate) fn counters(&self, f: &mut dyn FnMut(Counter)) {
        match self {
            Node::All(items) | Node::Any(items) => items.iter().for_each(|n| n.counters(f)),
            Node::Not(inner) => inner.counters(f),
            Node::Counter { counter, .. } => f(*counter),
            _ => {}
        }
    }
}
