//! The output types `--redact` masks: each type that carries text (evidence, outcomes,
//! diagnostics, packets, summaries, traces, coverage examples) → the same with its texts
//! masked ([`Redact`]), a name field's value masked whole. Walks; what is masked in a text
//! is `mod.rs`'s. Errors and diagnostics are in `outputs/errors.rs`, packets and
//! summaries in `outputs/packet.rs`.

use std::borrow::Cow;

use super::names::Names;
use super::{in_place, message_in_place};
use crate::coverage::{CoverageReport, Example, masked_transcript};
use crate::outcome::{Evidence, Outcome};
use crate::rules::Words;
use crate::trace::{NodeTrace, Trace};
use crate::transcript::Conversation;

mod errors;
mod packet;

pub use packet::drop_masked_facts;

fn in_option(text: &mut Option<String>, names: &Names) {
    if let Some(t) = text {
        in_place(t, names);
    }
}

/// Masks `value` (of metadata field `field`) whole when the field is a name field and
/// the customer has a name, or its name marks it as a secret or an identifier
/// ([`super::field_mask`]); says whether it did. An empty value stays empty.
fn mask_field(field: &str, value: &mut String, names: &Names) -> bool {
    let Some(mask) = super::whole_field_mask(field, value, names) else {
        return false;
    };
    mask.clone_into(value);
    true
}

/// Types whose text may carry personal data.
pub trait Redact {
    /// Masks personal data, and the words of `names` (the customer's names).
    fn redact_with(&mut self, names: &Names);

    /// Masks personal data, not knowing whose names to look for.
    fn redact(&mut self) {
        self.redact_with(&Names::default());
    }
}

impl Redact for Evidence {
    fn redact_with(&mut self, names: &Names) {
        match self {
            Evidence::Match { text, .. } => in_place(text, names),
            Evidence::Metadata { field, value } => {
                in_option(value, names);
                // A name field's value is the name, whole ("W" for "Whitfield"); a secret
                // field's is the secret, whole.
                if let Some(value) = value {
                    mask_field(field, value, names);
                }
            }
            Evidence::Counter { .. } | Evidence::Hours { .. } => {}
        }
    }
}

impl Redact for Outcome {
    fn redact_with(&mut self, names: &Names) {
        for evidence in self.triggers.iter_mut().flat_map(|t| &mut t.evidence) {
            evidence.redact_with(names);
        }
        in_option(&mut self.bridge_message, names);
        in_option(&mut self.bridge_error, names);
    }
}

impl Redact for NodeTrace {
    fn redact_with(&mut self, names: &Names) {
        in_place(&mut self.detail, names);
        in_place(&mut self.condition, names);
        for words in &mut self.words {
            match words {
                Words::Text(t) | Words::Id(t) => in_place(t, names),
            }
        }
        self.children.iter_mut().for_each(|c| c.redact_with(names));
    }
}

impl Redact for Trace {
    fn redact_with(&mut self, names: &Names) {
        for step in &mut self.steps {
            in_place(&mut step.text, names);
            for signal in &mut step.signals {
                signal.texts.iter_mut().for_each(|t| in_place(t, names));
            }
            for trigger in &mut step.triggers {
                trigger.condition.redact_with(names);
            }
        }
        for route in &mut self.routes {
            if let Some(condition) = &mut route.condition {
                condition.redact_with(names);
            }
        }
        self.outcome.redact_with(names);
    }
}

/// An example's transcript is the conversation's first messages, in order.
impl Redact for Example {
    fn redact_with(&mut self, names: &Names) {
        in_place(&mut self.detail, names);
        for (i, message) in self.transcript.iter_mut().enumerate() {
            message_in_place(&mut message.text, i, names);
        }
    }
}

impl Redact for CoverageReport {
    fn redact_with(&mut self, names: &Names) {
        self.examples_mut()
            .for_each(|example| example.redact_with(names));
    }
}

/// Masks the report's examples of `conversation` with its `names`, as they are added:
/// the report outlives the conversations, and with them their customers' names. Each
/// message is masked whole, from the conversation, then cut to what an example holds: a
/// code said loosely after a PIN, or a name given in reply, is known by its whole
/// message, and would show in a part of it.
pub fn names_in_examples(report: &mut CoverageReport, conversation: &Conversation, names: &Names) {
    // The examples just added: of this conversation's id, not yet masked (another
    // conversation of the same id, in another file, was masked with its own names).
    let unmasked = masked_transcript(conversation, |_, text| Cow::Borrowed(text));
    let mut examples = report
        .examples_mut()
        .filter(|e| e.conversation_id == conversation.id && e.transcript == unmasked)
        .peekable();
    if examples.peek().is_none() {
        return;
    }
    let transcript = masked_transcript(conversation, |i, text| {
        super::masked_message(text, i, names)
    });
    for example in examples {
        in_place(&mut example.detail, names);
        example.transcript.clone_from(&transcript);
    }
}
