//! Coverage examples under `--redact`: a coverage report and the conversation whose
//! examples were just added to it → the report with those examples masked with that
//! conversation's names ([`names_in_examples`]), and a report's examples masked again
//! with given names ([`Redact`]). Walks; what is masked in a text is `redact/mod.rs`'s.

use std::borrow::Cow;

use super::super::names::Names;
use super::super::{in_place, message_in_place};
use super::Redact;
use crate::coverage::{CoverageReport, Example, masked_transcript};
use crate::transcript::Conversation;

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

/// Masks the report's examples of `conversation` with its names, as they are added:
/// the report outlives the conversations, and with them their customers' names. Each
/// message is masked whole, from the conversation, then cut to what an example holds: a
/// code said loosely after a PIN, or a name given in reply, is known by its whole
/// message, and would show in a part of it. The names are read only for a conversation
/// that gave an example: most give none, and reading every conversation's names was a
/// quarter of `coverage --redact`.
pub fn names_in_examples(report: &mut CoverageReport, conversation: &Conversation) {
    if !report
        .examples_mut()
        .any(|e| e.conversation_id == conversation.id)
    {
        return;
    }
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
    let names = &Names::of_conversation(conversation);
    let transcript = masked_transcript(conversation, |i, text| {
        super::super::masked_message(text, i, names)
    });
    for example in examples {
        in_place(&mut example.detail, names);
        example.transcript.clone_from(&transcript);
    }
}
