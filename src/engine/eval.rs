//! Condition evaluation over the state of a conversation after each message.

use crate::outcome::Evidence;
use crate::rules::{Condition, Counter, MetaTest, RuleSet};
use std::cell::Cell;

use crate::transcript::{Conversation, Message, Metadata, Role};

use super::matcher::{Hidden, Hits, Roles, TextSpan, bit};

/// At most this many earlier matches are remembered per signal, for evidence.
const MAX_REMEMBERED: usize = 8;
/// Evidence quotes are cut at this many characters.
const MAX_QUOTE_CHARS: usize = 160;

/// A condition compiled for evaluation: same shape as [`Condition`], indices only.
#[derive(Debug, Clone)]
pub(super) enum Node {
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
    },
    Counter {
        counter: Counter,
        at_least: Option<f64>,
        at_most: Option<f64>,
    },
    /// Index into the engine's metadata tests, evaluated once per conversation.
    Meta(usize),
    Trigger(usize),
}

/// The signals of all `items` together, when each has some (`f` of every item is `Some`).
fn every(items: &[Node], f: fn(&Node) -> Option<Vec<usize>>) -> Option<Vec<usize>> {
    items
        .iter()
        .map(f)
        .collect::<Option<Vec<_>>>()
        .map(|v| v.concat())
}

impl Node {
    /// Compiles `condition`, appending its metadata tests to `metas`.
    pub(super) fn compile(condition: &Condition, metas: &mut Vec<(String, MetaTest)>) -> Node {
        match condition {
            Condition::All(items) => {
                Node::All(items.iter().map(|c| Node::compile(c, metas)).collect())
            }
            Condition::Any(items) => {
                Node::Any(items.iter().map(|c| Node::compile(c, metas)).collect())
            }
            Condition::Not(inner) => Node::Not(Box::new(Node::compile(inner, metas))),
            Condition::Message { role, signal, .. } => Node::Message {
                role: *role,
                signal: signal.map(|s| s.0),
            },
            Condition::Seen {
                signal,
                role,
                at_least,
                ..
            } => Node::Seen {
                signal: signal.0,
                role: *role,
                at_least: *at_least,
            },
            Condition::Counter {
                counter,
                at_least,
                at_most,
                ..
            } => Node::Counter {
                counter: *counter,
                at_least: *at_least,
                at_most: *at_most,
            },
            Condition::Meta { field, test, .. } => {
                metas.push((field.clone(), test.clone()));
                Node::Meta(metas.len() - 1)
            }
            Condition::Trigger { trigger, .. } => Node::Trigger(trigger.0),
        }
    }

    /// Signals one of which matches the latest message whenever this node holds.
    fn now(&self) -> Option<Vec<usize>> {
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
    /// any message). Counts of a signal only grow when it matches, metadata never
    /// changes, and an `all` or `any` only becomes true when one of its parts does.
    /// Counters and `not` can change on any message.
    pub(super) fn became(&self) -> Option<Vec<usize>> {
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
    pub(super) fn first(&self) -> Option<Vec<usize>> {
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
    pub(super) fn signals(&self, f: &mut dyn FnMut(usize, Option<Role>)) {
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
    pub(super) fn counters(&self, f: &mut dyn FnMut(Counter)) {
        match self {
            Node::All(items) | Node::Any(items) => items.iter().for_each(|n| n.counters(f)),
            Node::Not(inner) => inner.counters(f),
            Node::Counter { counter, .. } => f(*counter),
            _ => {}
        }
    }
}

/// What is known about a conversation after some of its messages.
#[derive(Debug, Default)]
pub(super) struct State {
    /// Index of the latest message (0-based); `turn()` is 1-based.
    pub(super) index: usize,
    by_role: [u32; 4],
    pub(super) fallbacks: u32,
    pub(super) repeats: u32,
    /// Customer messages the hidden frustration detector matched (coverage only).
    pub(super) frustrated: u32,
    first_time: Option<jiff::Timestamp>,
    last_time: Option<jiff::Timestamp>,
    /// Per signal, per role: messages matched so far.
    seen: Vec<[u32; 4]>,
    /// Per signal: (message index, span) of the first matches, for evidence.
    remembered: Vec<Vec<(usize, TextSpan)>>,
    /// Signals matched since the last reset: the only entries of `seen` and
    /// `remembered` a reset has to clear (a rule set may have thousands of signals, a
    /// conversation matches a few).
    touched: Vec<usize>,
}

impl State {
    pub(super) fn reset(&mut self, signals: usize) {
        self.index = 0;
        self.by_role = [0; 4];
        self.fallbacks = 0;
        self.repeats = 0;
        self.frustrated = 0;
        self.first_time = None;
        self.last_time = None;
        if self.seen.len() == signals {
            for &s in &self.touched {
                self.seen[s] = [0; 4];
                self.remembered[s].clear();
            }
        } else {
            self.seen.clear();
            self.seen.resize(signals, [0; 4]);
            self.remembered.resize_with(signals, Vec::new);
            for r in &mut self.remembered {
                r.clear();
            }
        }
        self.touched.clear();
    }

    /// Takes in message `index` and what the matcher found in it: of its rule signals,
    /// those the rules consult in its role (`needs`), whatever else a scan found.
    pub(super) fn advance(
        &mut self,
        index: usize,
        message: &Message,
        hits: &Hits,
        hidden: &Hidden,
        needs: &[Roles],
    ) {
        self.index = index;
        let role = message.role.index();
        self.by_role[role] += 1;
        if let Some(ts) = message.timestamp {
            self.first_time.get_or_insert(ts);
            self.last_time = Some(ts);
        }
        let consulted = |s: usize| needs.get(s).is_none_or(|r| r & bit(message.role) != 0);
        for s in hits.matched_signals().filter(|&s| consulted(s)) {
            if self.seen[s] == [0; 4] {
                self.touched.push(s);
            }
            self.seen[s][role] += 1;
            let remembered = &mut self.remembered[s];
            for span in hits.spans(s) {
                if remembered.len() < MAX_REMEMBERED {
                    remembered.push((index, *span));
                }
            }
        }
        let hit = |s: Option<usize>| s.is_some_and(|s| hits.matched(s));
        if message.role == Role::Bot && hit(hidden.fallback) {
            self.fallbacks += 1;
        }
        if message.role == Role::Customer && hit(hidden.repeat) {
            self.repeats += 1;
        }
        if message.role == Role::Customer && hit(hidden.frustration) {
            self.frustrated += 1;
        }
    }

    pub(super) fn turn(&self) -> usize {
        self.index + 1
    }

    pub(super) fn counter(&self, counter: Counter) -> Option<f64> {
        let v = match counter {
            Counter::Turn => self.turn() as f64,
            Counter::CustomerMessages => f64::from(self.by_role[Role::Customer.index()]),
            Counter::BotMessages => f64::from(self.by_role[Role::Bot.index()]),
            Counter::AgentMessages => f64::from(self.by_role[Role::Agent.index()]),
            Counter::BotFallbacks => f64::from(self.fallbacks),
            Counter::CustomerRepeats => f64::from(self.repeats),
            Counter::MinutesElapsed => {
                let (first, last) = (self.first_time?, self.last_time?);
                let seconds = last.as_second() - first.as_second();
                (seconds.max(0) as f64) / 60.0
            }
        };
        Some(v)
    }

    pub(super) fn seen(&self, signal: usize, role: Option<Role>) -> u32 {
        let counts = &self.seen[signal];
        match role {
            Some(r) => counts[r.index()],
            None => counts.iter().sum(),
        }
    }
}

/// Everything a condition can look at after one message.
pub(super) struct Cx<'a> {
    pub(super) state: &'a State,
    pub(super) hits: &'a Hits,
    pub(super) role: Role,
    /// Metadata test results of this conversation, computed when first needed
    /// (0 unknown, 1 false, 2 true): most tests are never reached.
    pub(super) metas: &'a [Cell<u8>],
    pub(super) meta_tests: &'a [(String, MetaTest)],
    pub(super) metadata: &'a Metadata,
    /// Which triggers fired (routes only).
    pub(super) fired: &'a [bool],
}

impl Cx<'_> {
    pub(super) fn holds(&self, node: &Node) -> bool {
        match node {
            Node::All(items) => items.iter().all(|n| self.holds(n)),
            Node::Any(items) => items.iter().any(|n| self.holds(n)),
            Node::Not(inner) => !self.holds(inner),
            Node::Message { role, signal } => {
                role.is_none_or(|r| r == self.role) && signal.is_none_or(|s| self.hits.matched(s))
            }
            Node::Seen {
                signal,
                role,
                at_least,
            } => self.state.seen(*signal, *role) >= *at_least,
            Node::Counter {
                counter,
                at_least,
                at_most,
            } => self.state.counter(*counter).is_some_and(|v| {
                at_least.is_none_or(|lo| v >= lo) && at_most.is_none_or(|hi| v <= hi)
            }),
            Node::Meta(i) => match self.metas[*i].get() {
                0 => {
                    let (field, test) = &self.meta_tests[*i];
                    let holds = meta_holds(test, self.metadata.get(field));
                    self.metas[*i].set(1 + u8::from(holds));
                    holds
                }
                known => known == 2,
            },
            Node::Trigger(i) => self.fired.get(*i).copied().unwrap_or(false),
        }
    }

    /// The evidence that `node` holds (call only when it does).
    pub(super) fn evidence(
        &self,
        node: &Node,
        rules: &RuleSet,
        metas: &[(String, MetaTest)],
        conversation: &Conversation,
        out: &mut Vec<Evidence>,
    ) {
        match node {
            Node::All(items) => {
                for n in items {
                    self.evidence(n, rules, metas, conversation, out);
                }
            }
            Node::Any(items) => {
                for n in items.iter().filter(|n| self.holds(n)) {
                    self.evidence(n, rules, metas, conversation, out);
                }
            }
            Node::Not(_) | Node::Trigger(_) => {}
            Node::Message { signal, .. } => {
                if let Some(s) = signal {
                    for span in self.hits.spans(*s) {
                        push_match(out, rules, conversation, *s, self.state.index, *span);
                    }
                }
            }
            Node::Seen {
                signal,
                role,
                at_least,
                ..
            } => {
                let wanted = (*at_least).max(1) as usize;
                let mut shown = 0;
                let mut last_message = None;
                for &(index, span) in &self.state.remembered[*signal] {
                    let message_role = conversation.messages[index].role;
                    if role.is_some_and(|r| r != message_role) {
                        continue;
                    }
                    if last_message != Some(index) {
                        if shown == wanted {
                            break;
                        }
                        shown += 1;
                        last_message = Some(index);
                    }
                    push_match(out, rules, conversation, *signal, index, span);
                }
            }
            Node::Counter { counter, .. } => {
                if let Some(value) = self.state.counter(*counter) {
                    let evidence = Evidence::Counter {
                        name: counter.as_str(),
                        value: (value * 10.0).round() / 10.0,
                    };
                    if !out.contains(&evidence) {
                        out.push(evidence);
                    }
                }
            }
            Node::Meta(i) => {
                let field = &metas[*i].0;
                let evidence = Evidence::Metadata {
                    field: field.clone(),
                    value: conversation.metadata.get(field).map(str::to_owned),
                };
                if !out.contains(&evidence) {
                    out.push(evidence);
                }
            }
        }
    }
}

fn push_match(
    out: &mut Vec<Evidence>,
    rules: &RuleSet,
    conversation: &Conversation,
    signal: usize,
    index: usize,
    span: TextSpan,
) {
    let message = &conversation.messages[index];
    let text = message
        .text
        .get(span.start as usize..span.end as usize)
        .unwrap_or_default();
    let evidence = Evidence::Match {
        turn: index + 1,
        role: message.role,
        signal: rules
            .signals
            .get(signal)
            .map_or_else(|| "builtin".to_owned(), |s| s.id.clone()),
        text: quote(text),
    };
    if !out.contains(&evidence) {
        out.push(evidence);
    }
}

/// One line, at most [`MAX_QUOTE_CHARS`] characters.
pub(super) fn quote(text: &str) -> String {
    // One pass, one allocation: evidence quotes whole messages (a repeat, a shout).
    let mut out = String::with_capacity(text.len().min(4 * MAX_QUOTE_CHARS));
    let mut chars = 0;
    for (i, word) in text.split_whitespace().enumerate() {
        for c in (i > 0).then_some(' ').into_iter().chain(word.chars()) {
            if chars == MAX_QUOTE_CHARS {
                out.push('…');
                return out;
            }
            out.push(c);
            chars += 1;
        }
    }
    out
}

/// Whether a metadata field's value (`None` when missing) passes a test.
pub fn meta_holds(test: &MetaTest, value: Option<&str>) -> bool {
    let value = value.map(str::trim).filter(|v| !v.is_empty());
    if let Some(exists) = test.exists
        && exists != value.is_some()
    {
        return false;
    }
    let needs_value = test.equals.is_some()
        || test.one_of.is_some()
        || test.matches.is_some()
        || [test.gt, test.gte, test.lt, test.lte]
            .iter()
            .any(Option::is_some);
    if !needs_value {
        return true;
    }
    let Some(value) = value else {
        return false;
    };
    if let Some(expected) = &test.equals
        && !same_text(expected, value)
    {
        return false;
    }
    if let Some(options) = &test.one_of
        && !options.iter().any(|o| same_text(o, value))
    {
        return false;
    }
    if let Some(regex) = &test.matches
        && !regex.is_match(value)
    {
        return false;
    }
    let bounds = [test.gt, test.gte, test.lt, test.lte];
    if bounds.iter().any(Option::is_some) {
        let Some(n) = parse_number(value) else {
            return false;
        };
        if test.gt.is_some_and(|b| n <= b)
            || test.gte.is_some_and(|b| n < b)
            || test.lt.is_some_and(|b| n >= b)
            || test.lte.is_some_and(|b| n > b)
        {
            return false;
        }
    }
    true
}

/// Case-insensitive comparison of trimmed text (Unicode-aware, ASCII fast path).
fn same_text(a: &str, b: &str) -> bool {
    let (a, b) = (a.trim(), b.trim());
    a.eq_ignore_ascii_case(b) || (!a.is_ascii() && a.to_lowercase() == b.to_lowercase())
}

/// Reads `1,200`, `1200.5`, `$900`, `85%` as numbers.
fn parse_number(value: &str) -> Option<f64> {
    let cleaned: String = value
        .trim()
        .trim_start_matches(['$', '€', '£'])
        .trim_end_matches('%')
        .chars()
        .filter(|c| *c != ',' && *c != '_' && !c.is_whitespace())
        .collect();
    cleaned.parse::<f64>().ok().filter(|n| n.is_finite())
}

#[cfg(test)]
mod tests;
