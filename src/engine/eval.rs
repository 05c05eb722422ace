//! Condition evaluation: a compiled condition ([`Node`], `node.rs`), the state of a
//! conversation after a message ([`State`], `state.rs`) and that message's matches →
//! whether the condition holds, and the evidence that it does. Metadata tests are in
//! `meta.rs`, windows (`within:`) in `window.rs`.

use crate::outcome::Evidence;
use crate::redact::{Names, masked_part};
use crate::rules::{Counter, MetaTest, RuleSet};
use std::cell::Cell;

use crate::transcript::{Conversation, Metadata, Role};

use super::matcher::{Hits, TextSpan};

/// At most this many earlier matches are remembered per signal, for evidence.
const MAX_REMEMBERED: usize = 8;
/// Evidence quotes are cut at this many characters.
const MAX_QUOTE_CHARS: usize = 160;

/// Everything a condition can look at after one message.
pub(super) struct Cx<'a> {
    pub(super) state: &'a State,
    pub(super) hits: &'a Hits,
    pub(super) role: Role,
    /// Metadata test results of this conversation, computed when first needed: most
    /// tests are never reached.
    pub(super) metas: &'a [Cell<MetaMemo>],
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
                window: None,
            } => self.state.seen(*signal, *role) >= *at_least,
            Node::Seen {
                at_least,
                window: Some(w),
                ..
            } => self.state.in_window(*w, *at_least) >= *at_least,
            Node::Counter {
                counter,
                at_least,
                at_most,
                window,
            } => self.count(*counter, *window).is_some_and(|v| {
                at_least.is_none_or(|lo| v >= lo) && at_most.is_none_or(|hi| v <= hi)
            }),
            Node::Meta(i) => self.meta(*i).holds_after(self.state.index),
            // A message without a time cannot be placed in the hours: as `minutes_elapsed`
            // without timestamps, the condition does not hold.
            Node::Hours(hours) => self.state.time.is_some_and(|t| hours.holds(t)),
            Node::Trigger(i) => self.fired.get(*i).copied().unwrap_or(false),
        }
    }

    /// A counter's value: its count so far, or in its window as far as deciding its
    /// bounds needs (see [`State::in_window`]).
    #[inline]
    pub(super) fn count(&self, counter: Counter, window: Option<Window>) -> Option<f64> {
        match window {
            None => self.state.counter(counter),
            Some(w) => Some(f64::from(self.state.in_window(w, w.keep))),
        }
    }

    /// Metadata test `i`'s results for this conversation, worked out when first needed.
    #[inline]
    fn meta(&self, i: usize) -> MetaMemo {
        let mut memo = self.metas[i].get();
        if !memo.done {
            let (field, test) = &self.meta_tests[i];
            let metadata = self.metadata;
            memo = MetaMemo::new(
                test,
                metadata.known_from(field),
                metadata.known_earlier(field),
            );
            self.metas[i].set(memo);
        }
        memo
    }

    /// Whether metadata test `i` holds on its field's value whenever that appears (a
    /// later row's: hindsight), for `explain` to tell a trigger that waits only for a
    /// value not known yet.
    pub(super) fn meta_in_hindsight(&self, i: usize) -> bool {
        self.meta(i).with
    }

    /// The evidence that `node` holds (call only when it does).
    pub(super) fn evidence(
        &self,
        node: &Node,
        rules: &RuleSet,
        metas: &[(String, MetaTest)],
        conversation: &Conversation,
        quoting: &Quoting,
        out: &mut Vec<Evidence>,
    ) {
        match node {
            Node::All(items) => {
                for n in items {
                    self.evidence(n, rules, metas, conversation, quoting, out);
                }
            }
            Node::Any(items) => {
                for n in items.iter().filter(|n| self.holds(n)) {
                    self.evidence(n, rules, metas, conversation, quoting, out);
                }
            }
            Node::Not(_) | Node::Trigger(_) => {}
            Node::Hours(hours) => {
                let Some(time) = self.state.time else { return };
                let placed = hours.place(time);
                let local = placed.local;
                let evidence = Evidence::Hours {
                    turn: self.state.index + 1,
                    local_time: format!(
                        "{}T{:02}:{:02}",
                        local.date(),
                        local.hour(),
                        local.minute()
                    ),
                    weekday: crate::rules::hours::DAYS[placed.weekday()],
                    tz: hours.tz_name.clone(),
                    shift_day: crate::rules::hours::DAYS[placed.shift.unwrap_or(placed.weekday())],
                };
                if !out.contains(&evidence) {
                    out.push(evidence);
                }
            }
            Node::Message { signal, .. } => {
                if let Some(s) = signal {
                    for span in self.hits.spans(*s) {
                        push_match(
                            out,
                            rules,
                            conversation,
                            quoting,
                            *s,
                            self.state.index,
                            *span,
                        );
                    }
                }
            }
            Node::Seen {
                signal,
                at_least,
                window: Some(w),
                ..
            } => {
                // The latest matches in the window, as many as it takes, oldest first.
                let mut latest: Vec<(usize, TextSpan)> =
                    self.state.window_messages(*w, (*at_least).max(1)).collect();
                latest.reverse();
                for (index, span) in latest {
                    push_match(out, rules, conversation, quoting, *signal, index, span);
                }
            }
            Node::Seen {
                signal,
                role,
                at_least,
                window: None,
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
                    push_match(out, rules, conversation, quoting, *signal, index, span);
                }
            }
            Node::Counter {
                counter, window, ..
            } => {
                if let Some(value) = self.count(*counter, *window) {
                    let evidence = Evidence::Counter {
                        name: counter.as_str(),
                        value: (value * 10.0).round() / 10.0,
                        within: window.map(|w| w.within),
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
                    value: conversation
                        .metadata
                        .known_at(field, self.state.index)
                        .map(str::to_owned),
                };
                if !out.contains(&evidence) {
                    out.push(evidence);
                }
            }
        }
    }
}

/// A metadata test's results for one conversation: on the field's value, on the value
/// it had before (a contact's, until a later row gives another), and before any value
/// is known (on none), and the messages they are known from. Worked out once; after
/// each message one comparison (two before a value is known) says which holds.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct MetaMemo {
    done: bool,
    with: bool,
    /// The result on the earlier value, from `earlier_from` on; `without`, from `from`
    /// on (never used), when there is none.
    earlier: bool,
    without: bool,
    from: u32,
    earlier_from: u32,
}

impl MetaMemo {
    /// The results of `test` on `value`, known from a message (see
    /// [`Metadata::known_from`]), and on the `earlier` value it had until then (see
    /// [`Metadata::known_earlier`]).
    fn new(
        test: &MetaTest,
        value: Option<(&str, usize)>,
        earlier: Option<(&str, usize)>,
    ) -> MetaMemo {
        let with = meta_holds(test, value.map(|(v, _)| v));
        let from = value.map_or(0, |(_, from)| from);
        let without = if from > 0 {
            meta_holds(test, None)
        } else {
            with
        };
        let (earlier, earlier_from) = match earlier {
            Some((v, at)) if at < from => (meta_holds(test, Some(v)), at),
            _ => (without, from),
        };
        let index = |i: usize| u32::try_from(i).unwrap_or(u32::MAX);
        MetaMemo {
            done: true,
            with,
            earlier,
            without,
            from: index(from),
            earlier_from: index(earlier_from),
        }
    }

    /// Whether the test holds after message `index`.
    fn holds_after(self, index: usize) -> bool {
        if index >= self.from as usize {
            self.with
        } else if index >= self.earlier_from as usize {
            self.earlier
        } else {
            self.without
        }
    }
}

fn push_match(
    out: &mut Vec<Evidence>,
    rules: &RuleSet,
    conversation: &Conversation,
    quoting: &Quoting,
    signal: usize,
    index: usize,
    span: TextSpan,
) {
    let message = &conversation.messages[index];
    let evidence = Evidence::Match {
        turn: index + 1,
        role: message.role,
        signal: rules
            .signals
            .get(signal)
            .map_or_else(|| "builtin".to_owned(), |s| s.id.clone()),
        text: quoting.quote(&message.text, index, span.start as usize, span.end as usize),
    };
    if !out.contains(&evidence) {
        out.push(evidence);
    }
}

/// How evidence and traces quote a message's words: as written, or (`--redact`) with
/// personal data masked in the whole message first ([`masked_part`]), so that a match of
/// part of a card number or an email address reads `[card]` or `[email]`, not the part.
/// The names boxed: a conversation's [`Names`] are large beside nothing.
pub(super) enum Quoting {
    AsWritten,
    Masked(Box<Names>),
}

impl Quoting {
    /// The customer's names it masks, under `--redact`.
    pub(super) fn names(&self) -> Option<&Names> {
        match self {
            Quoting::AsWritten => None,
            Quoting::Masked(names) => Some(&**names),
        }
    }

    /// The quote of `message[start..end]`, message `index` of the conversation.
    pub(super) fn quote(&self, message: &str, index: usize, start: usize, end: usize) -> String {
        match self {
            Quoting::AsWritten => quote(message.get(start..end).unwrap_or_default()),
            Quoting::Masked(names) => quote(&masked_part(message, index, start, end, names)),
        }
    }
}

/// One line, at most [`MAX_QUOTE_CHARS`] characters, with `…` when cut; cut as
/// [`crate::text::clip::cut`] says (after a whole word where that keeps enough).
pub(super) fn quote(text: &str) -> String {
    // Most quotes are short and one line already: a copy.
    if text.len() <= MAX_QUOTE_CHARS && crate::text::clip::is_one_line(text) {
        return text.to_owned();
    }
    // One pass, one allocation: evidence quotes whole messages (a repeat, a shout). The
    // words joined by single spaces, as far as a mask's length past the limit: enough to
    // tell where to cut, and whether the cut falls inside a mask (`[secret]`).
    let past = MAX_QUOTE_CHARS + crate::redact::longest_mask();
    let mut out = String::with_capacity(text.len().min(4 * MAX_QUOTE_CHARS));
    let mut chars = 0;
    for word in text.split_whitespace() {
        if chars >= past {
            break;
        }
        if !out.is_empty() {
            out.push(' ');
            chars += 1;
        }
        let room = past.saturating_sub(chars);
        if word.is_ascii() {
            let taken = word.len().min(room);
            out.push_str(&word[..taken]);
            chars += taken;
        } else {
            for c in word.chars().take(room) {
                out.push(c);
                chars += 1;
            }
        }
    }
    if chars > MAX_QUOTE_CHARS {
        out.truncate(crate::text::clip::cut(&out, MAX_QUOTE_CHARS));
        out.push('…');
    }
    out
}

mod meta;
mod node;
mod state;
#[cfg(test)]
mod tests;
mod window;

pub use meta::meta_holds;
pub(super) use node::Node;
pub(super) use state::State;
use window::Window;
pub(super) use window::WindowSpec;
