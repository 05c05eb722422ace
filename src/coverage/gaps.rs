//! The gaps of a coverage report: one conversation with its outcome and tally → missed
//! and late handoffs, stuck conversations nobody escalated, escalations that fell to the
//! default route or to none, escalations without a bridge message, each counted with its
//! first few examples; and the merge of two shards' gaps. Counts only; the tallies of
//! triggers, routes and signals are the report's.

use super::sum_into;
use std::borrow::Cow;
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
/// masking, which would no longer recognise it. Messages longer than this are masked
/// whole, then cut ([`masked_transcript`]); unmasked, they are cut so as to leave out
/// whole anything masking could recognise ([`held`]), for a merge under `--redact`.
const EXAMPLE_BYTES: usize = 4096;

/// A conversation is stuck on bot fallbacks when two of them fall within this many
/// messages (every role's, both fallbacks included): the bot failed twice with at most
/// two of its answers between, in a chat that takes turns. A fixed measure rather than
/// the rules' own `within:`, so that the gap says the same of any rule set (one with no
/// window, or a wider one, does not define away its own gaps); the starter `bot-loop`
/// rule counts the same window (`within: 8`), where two fallbacks far apart in a chat
/// that went well between were off-topic remarks answered, not a bot going in circles.
pub const STUCK_FALLBACK_WINDOW: usize = 8;

/// Gaps in the data: where humans took over without the rules, or should have.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Gaps {
    /// A human agent took over, and no rule escalated.
    pub missed_handoffs: Gap,
    /// The rules escalate only after the human took over.
    pub late_escalations: Gap,
    /// How many messages late → conversations.
    pub late_by: BTreeMap<usize, u64>,
    /// Bot fallbacks close together (two within [`STUCK_FALLBACK_WINDOW`] messages), a
    /// repeating customer or frustration, and no escalation.
    pub stuck_not_escalated: Gap,
    /// Escalations that fell to the default route.
    pub default_route: Gap,
    /// Escalations no route took, in rules without a default route: no team takes them.
    /// (Added within version 1: absent from reports made before.)
    #[serde(default)]
    pub unrouted: Gap,
    /// Escalations whose bridge message could not be rendered (a template reading a
    /// field the conversation lacks): the human would open with nothing. (Added within
    /// version 1: `None` in a report made before, which did not count them, and in a
    /// merge with one.)
    #[serde(default)]
    pub bridge_errors: Option<Gap>,
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
    /// masking, and never inside a mask (`[secret]`: a message of no spaces is cut
    /// inside a word).
    pub(super) fn clip(&mut self) {
        for message in &mut self.transcript {
            if message.text.chars().count() > EXAMPLE_CHARS {
                let end = crate::text::clip::cut(&message.text, EXAMPLE_CHARS);
                message.text.truncate(end);
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
        sum_into(&mut self.count, other.count);
        let room = MAX_EXAMPLES.saturating_sub(self.examples.len());
        self.examples
            .extend(other.examples.iter().take(room).cloned());
    }
}

impl Default for Gaps {
    fn default() -> Self {
        Gaps {
            missed_handoffs: Gap::default(),
            late_escalations: Gap::default(),
            late_by: BTreeMap::new(),
            stuck_not_escalated: Gap::default(),
            default_route: Gap::default(),
            unrouted: Gap::default(),
            // A new report counts them (none yet).
            bridge_errors: Some(Gap::default()),
        }
    }
}

impl Gaps {
    /// A report made before the unrouted gap was listed has their count all the same
    /// (`unrouted`, beside the gaps): taken as the gap's, without examples, so that a
    /// merge does not say fewer than its routes table.
    pub(crate) fn count_unrouted(&mut self, unrouted: u64) {
        self.unrouted.count = self.unrouted.count.max(unrouted);
    }

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
        // One frustrated message in a conversation that ended well ("these ridiculous
        // shoes … thanks so much") is no sign of being stuck: two are, or the last one.
        // Two fallbacks far apart, in a chat that went well between, are no loop either.
        let (looping, repeating, frustrated) = (
            tally
                .closest_fallbacks
                .is_some_and(|apart| apart < STUCK_FALLBACK_WINDOW),
            tally.customer_repeats >= 1,
            tally.frustrated_messages >= 2 || tally.ended_frustrated,
        );
        if !outcome.escalated && (looping || repeating || frustrated) {
            self.stuck_not_escalated.add(example(conversation, || {
                let mut why = Vec::new();
                if let Some(apart) = tally.closest_fallbacks.filter(|_| looping) {
                    let closest = if tally.bot_fallbacks == 2 {
                        ""
                    } else {
                        "the closest "
                    };
                    why.push(format!(
                        "{} bot fallbacks, {closest}{apart} messages apart",
                        tally.bot_fallbacks
                    ));
                }
                if repeating {
                    why.push(format!(
                        "the customer repeated themself {}×",
                        tally.customer_repeats
                    ));
                }
                if frustrated {
                    let last = match (tally.ended_frustrated, tally.frustrated_messages) {
                        (false, _) => "",
                        (true, 1) => ", the last",
                        (true, _) => ", the last among them",
                    };
                    let messages = crate::text::count(
                        tally.frustrated_messages,
                        "frustrated customer message",
                    );
                    why.push(format!("{messages}{last}"));
                }
                format!("{}; never escalated", why.join(", "))
            }));
        }
        let trigger = outcome.primary_trigger().unwrap_or("-");
        if outcome.route.as_deref() == Some(DEFAULT_ROUTE_ID) {
            self.default_route.add(example(conversation, || {
                format!("escalated by `{trigger}`; no specific route matched")
            }));
        } else if outcome.escalated && outcome.route.is_none() {
            self.unrouted.add(example(conversation, || {
                format!("escalated by `{trigger}`; no route matched, and there is no default route")
            }));
        }
        if let Some(error) = &outcome.bridge_error {
            let team = outcome.team.as_deref().unwrap_or("-");
            self.bridge_errors
                .get_or_insert_default()
                .add(example(conversation, || {
                    format!("escalated to `{team}`; no bridge message: {error}")
                }));
        }
    }

    /// Merges the gaps of a later shard of the input into these.
    pub(super) fn merge(&mut self, other: &Gaps) {
        for (late, n) in &other.late_by {
            sum_into(self.late_by.entry(*late).or_default(), *n);
        }
        self.missed_handoffs.merge(&other.missed_handoffs);
        self.late_escalations.merge(&other.late_escalations);
        self.stuck_not_escalated.merge(&other.stuck_not_escalated);
        self.default_route.merge(&other.default_route);
        self.unrouted.merge(&other.unrouted);
        // Counted only if every report counted them.
        match (&mut self.bridge_errors, &other.bridge_errors) {
            (Some(gap), Some(other)) => gap.merge(other),
            (mine, _) => *mine = None,
        }
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

/// Where a message longer than [`EXAMPLE_BYTES`] is cut for an example (`None`: it is
/// held whole): after a whole word, and before any words that end it holding a digit, an
/// `@` or four capitals. Without `--redact` this cut comes before masking (a report
/// merged with `--merge --redact`), and what masking recognises only whole (a card or
/// phone number in groups, an IBAN with its bank code, an address) is left out whole
/// rather than shown in part.
fn held(text: &str) -> Option<usize> {
    if text.len() <= EXAMPLE_BYTES {
        return None;
    }
    let mut end = EXAMPLE_BYTES;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    // The last whole word: unless the cut falls between words, the one it falls in goes.
    let mut end = if text[end..].starts_with(char::is_whitespace) {
        end
    } else {
        text[..end].rfind(char::is_whitespace).unwrap_or(0)
    };
    loop {
        let kept = text[..end].trim_end();
        let start = kept
            .char_indices()
            .rev()
            .find(|(_, c)| c.is_whitespace())
            .map_or(0, |(i, c)| i + c.len_utf8());
        let word = &kept[start..];
        let maskable = word.bytes().any(|b| b.is_ascii_digit() || b == b'@')
            || (word.len() == 4 && word.bytes().all(|b| b.is_ascii_uppercase()));
        if word.is_empty() || !maskable {
            return Some(kept.len());
        }
        end = start;
    }
}

pub(super) fn transcript(conversation: &Conversation) -> Vec<ExampleMessage> {
    masked_transcript(conversation, |_, text| Cow::Borrowed(text))
}

/// The messages an example of `conversation` holds, each masked whole by `mask` (given
/// its index in the conversation and its text) before it is held to `EXAMPLE_BYTES` (4 KiB):
/// what masking finds by the whole message (a code said loosely after a PIN given
/// earlier, found by its message's text; a name given in reply) is not in a part of it.
pub fn masked_transcript<'c>(
    conversation: &'c Conversation,
    mask: impl Fn(usize, &'c str) -> Cow<'c, str>,
) -> Vec<ExampleMessage> {
    conversation
        .messages
        .iter()
        .take(EXAMPLE_MESSAGES)
        .enumerate()
        .map(|(i, m)| {
            let masked = mask(i, &m.text);
            let text = match held(&masked) {
                Some(end) => format!("{}…", &masked[..end]),
                None => masked.into_owned(),
            };
            ExampleMessage {
                role: m.role.to_string(),
                text,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::{EXAMPLE_BYTES, EXAMPLE_CHARS, Example, ExampleMessage, held};

    /// A message of no spaces is cut inside a word, but never inside a mask: the cut
    /// that would fall in `[secret]` falls before it, and none is moved for brackets
    /// that are no mask.
    #[test]
    fn a_message_is_clipped_outside_its_masks() {
        let clipped = |text: String| {
            let mut example = Example {
                transcript: vec![ExampleMessage {
                    role: "customer".into(),
                    text,
                }],
                ..Example::default()
            };
            example.clip();
            example.transcript.remove(0).text
        };
        for before in EXAMPLE_CHARS - 7..=EXAMPLE_CHARS {
            let text = format!("{}[secret]{}", "x".repeat(before), "y".repeat(300));
            let cut = clipped(text);
            assert_eq!(cut, format!("{}…", "x".repeat(before)), "{before}");
        }
        let text = format!(
            "{}[secret]{}",
            "x".repeat(EXAMPLE_CHARS - 8),
            "y".repeat(300)
        );
        assert!(clipped(text).ends_with("x[secret]…"));
        let text = format!(
            "{}[notamask]{}",
            "x".repeat(EXAMPLE_CHARS - 3),
            "y".repeat(300)
        );
        assert_eq!(clipped(text).chars().count(), EXAMPLE_CHARS + 1);
    }

    /// Words of `filler` up to about `at` bytes, then `tail`.
    fn message(at: usize, tail: &str) -> String {
        let mut text = String::new();
        while text.len() < at {
            text.push_str("word ");
        }
        text + tail
    }

    #[test]
    fn a_long_message_is_held_to_whole_words_and_no_part_of_a_number() {
        assert_eq!(held("short"), None);
        let card = message(EXAMPLE_BYTES - 8, "4111 1111 1111 1111 thanks");
        let end = held(&card).unwrap();
        assert!(card[..end].ends_with("word"), "{}", &card[end - 20..end]);
        let mail = message(EXAMPLE_BYTES - 5, "ana.lima@example.com and more");
        assert!(mail[..held(&mail).unwrap()].ends_with("word"));
        let iban = message(EXAMPLE_BYTES - 12, "GB29 NWBK 6016 1331 9268 19 ok");
        assert!(iban[..held(&iban).unwrap()].ends_with("word"));
        let words = message(EXAMPLE_BYTES + 100, "");
        let end = held(&words).unwrap();
        assert!(end <= EXAMPLE_BYTES && words[..end].ends_with("word"));
        // One token longer than the limit is left out whole.
        assert_eq!(held(&"x".repeat(EXAMPLE_BYTES + 1)), Some(0));
        // Whitespace past ASCII does not trip the cut.
        let nbsp = message(EXAMPLE_BYTES - 3, "12\u{a0}34\u{a0}5678 end");
        let end = held(&nbsp).unwrap();
        assert!(nbsp[..end].ends_with("word"));
    }
}
