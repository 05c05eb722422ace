//! The gaps of a coverage report: one conversation with its outcome and tally → missed
//! and late handoffs, stuck conversations nobody escalated, escalations that fell to the
//! default route, each counted with its first few examples; and the merge of two shards'
//! gaps. Counts only; the tallies of triggers, routes and signals are the report's.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::MAX_EXAMPLES;
use crate::outcome::{Outcome, Tally, VersusActual};
use crate::rules::DEFAULT_ROUTE_ID;
use crate::transcript::Conversation;

/// Messages kept of an example conversation, and characters per message.
const EXAMPLE_MESSAGES: usize = 40;
const EXAMPLE_CHARS: usize = 280;
/// Bytes of a message an example holds (and a JSON report writes) until it is cut to
/// [`EXAMPLE_CHARS`] characters for a table, markdown or HTML ([`Example::clip`]): after
/// `--redact` has masked it, so that no card number or address is cut in two before
/// masking, which would no longer recognise it. A mask shrinks what it masks at most
/// about sevenfold (an IBAN of 42 characters becomes `[iban]`), so the characters kept
/// come from the first 2 KiB, unless a message is mostly long email addresses.
const EXAMPLE_BYTES: usize = 4096;

/// Gaps in the data: where humans took over without the rules, or should have.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Gaps {
    /// A human agent took over, and no rule escalated.
    pub missed_handoffs: Gap,
    /// The rules escalate only after the human took over.
    pub late_escalations: Gap,
    /// How many messages late → conversations.
    pub late_by: BTreeMap<usize, u64>,
    /// Bot fallbacks, a repeating customer or frustration, and no escalation.
    pub stuck_not_escalated: Gap,
    /// Escalations that fell to the default route.
    pub default_route: Gap,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Gap {
    pub count: u64,
    pub examples: Vec<Example>,
}

/// An example conversation for a gap, with enough of its transcript to judge it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Example {
    pub conversation_id: String,
    pub detail: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub transcript: Vec<ExampleMessage>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExampleMessage {
    pub role: String,
    pub text: String,
}

impl Example {
    /// Cuts each message to [`EXAMPLE_CHARS`] characters, with `…` when cut, after
    /// masking.
    pub(super) fn clip(&mut self) {
        for message in &mut self.transcript {
            if message.text.chars().count() > EXAMPLE_CHARS {
                message
                    .text
                    .truncate(crate::text::clip::cut(&message.text, EXAMPLE_CHARS));
                message.text.push('…');
            }
        }
    }
}

impl Gap {
    pub(super) fn add(&mut self, example: impl FnOnce() -> Example) {
        self.count += 1;
        if self.examples.len() < MAX_EXAMPLES {
            self.examples.push(example());
        }
    }

    pub(super) fn merge(&mut self, other: &Gap) {
        self.count += other.count;
        let room = MAX_EXAMPLES.saturating_sub(self.examples.len());
        self.examples
            .extend(other.examples.iter().take(room).cloned());
    }
}

impl Gaps {
    /// Adds one conversation's gaps, if it has any.
    pub(super) fn add(&mut self, conversation: &Conversation, outcome: &Outcome, tally: &Tally) {
        match outcome.versus_actual {
            Some(VersusActual::Missed) => {
                let turn = outcome.actual_handoff_turn.unwrap_or_default();
                self.missed_handoffs.add(example(conversation, || {
                    format!("a human took over at message {turn}; no rule escalated")
                }));
            }
            Some(VersusActual::Later) => {
                let (e, a) = (
                    outcome.escalation_turn.unwrap_or_default(),
                    outcome.actual_handoff_turn.unwrap_or_default(),
                );
                let late = (e + 1).saturating_sub(a);
                *self.late_by.entry(late).or_default() += 1;
                self.late_escalations.add(example(conversation, || {
                    format!(
                        "a human took over at message {a}; the rules escalate after message {e}, {late} message{} late",
                        if late == 1 { "" } else { "s" }
                    )
                }));
            }
            _ => {}
        }
        let (looping, repeating, frustrated) = (
            tally.bot_fallbacks >= 2,
            tally.customer_repeats >= 1,
            tally.frustrated_messages >= 1,
        );
        if !outcome.escalated && (looping || repeating || frustrated) {
            self.stuck_not_escalated.add(example(conversation, || {
                let mut why = Vec::new();
                if looping {
                    why.push(format!("{} bot fallbacks", tally.bot_fallbacks));
                }
                if repeating {
                    why.push(format!(
                        "the customer repeated themself {}×",
                        tally.customer_repeats
                    ));
                }
                if frustrated {
                    why.push(format!(
                        "{} frustrated customer message{}",
                        tally.frustrated_messages,
                        if tally.frustrated_messages == 1 {
                            ""
                        } else {
                            "s"
                        }
                    ));
                }
                format!("{}; never escalated", why.join(", "))
            }));
        }
        if outcome.route.as_deref() == Some(DEFAULT_ROUTE_ID) {
            let trigger = outcome.primary_trigger().unwrap_or("-");
            self.default_route.add(example(conversation, || {
                format!("escalated by `{trigger}`; no specific route matched")
            }));
        }
    }

    /// Merges the gaps of a later shard of the input into these.
    pub(super) fn merge(&mut self, other: &Gaps) {
        for (late, n) in &other.late_by {
            *self.late_by.entry(*late).or_default() += n;
        }
        self.missed_handoffs.merge(&other.missed_handoffs);
        self.late_escalations.merge(&other.late_escalations);
        self.stuck_not_escalated.merge(&other.stuck_not_escalated);
        self.default_route.merge(&other.default_route);
    }
}

/// A gap's example, made only when it is kept (the first few of a gap): its words and the
/// transcript are not written for the rest.
fn example<'a>(
    conversation: &'a Conversation,
    detail: impl FnOnce() -> String + 'a,
) -> impl FnOnce() -> Example + 'a {
    move || Example {
        conversation_id: conversation.id.clone(),
        detail: detail(),
        transcript: transcript(conversation),
    }
}

pub(super) fn transcript(conversation: &Conversation) -> Vec<ExampleMessage> {
    conversation
        .messages
        .iter()
        .take(EXAMPLE_MESSAGES)
        .map(|m| {
            let mut end = m.text.len().min(EXAMPLE_BYTES);
            while !m.text.is_char_boundary(end) {
                end -= 1;
            }
            let text = m.text[..end].to_owned();
            ExampleMessage {
                role: m.role.to_string(),
                text,
            }
        })
        .collect()
}
