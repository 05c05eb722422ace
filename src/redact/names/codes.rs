//! Codes said loosely in a conversation: its messages → the codes each says of as
//! another ("And 5678 is my old one") after one given in an earlier message, kept with
//! the customer's names by the message's text, to be masked as `[secret]` there.

use super::Names;
use crate::redact::kinds::{gives_code, loose_codes};
use crate::transcript::{Conversation, Role};

/// Whether a code was given in the customer's messages so far, read once each, and
/// only when a later one says a code loosely.
#[derive(Default)]
pub(super) struct Codes {
    /// How many messages were read.
    read: usize,
    given: bool,
}

impl Codes {
    /// The codes said loosely in message `i` of `conversation` (the customer's), into
    /// `out`, if one of the customer's messages before it gave a code.
    pub(super) fn said_loosely(
        &mut self,
        conversation: &Conversation,
        i: usize,
        out: &mut Vec<(String, Vec<(usize, usize)>)>,
    ) {
        let text = &conversation.messages[i].text;
        // The same text says the same codes: kept once (a copy of the text for each
        // code, or each repeat, would take memory as the square of a long message).
        if out.iter().any(|(said, _)| said == text) {
            return;
        }
        let loose = loose_codes(text);
        if loose.is_empty() {
            return;
        }
        while !self.given && self.read < i {
            let message = &conversation.messages[self.read];
            self.given = message.role == Role::Customer && gives_code(&message.text);
            self.read += 1;
        }
        if self.given {
            out.push((text.clone(), loose));
        }
    }
}

impl Names {
    /// Whether these names mask nothing: no name, and no code said loosely.
    pub(in crate::redact) fn masks_nothing(&self) -> bool {
        self.is_empty() && self.codes.is_empty()
    }

    /// Where the codes said loosely after one given earlier in the conversation are in
    /// `text` (one of its messages): comparing the texts stops at their lengths but for
    /// the message itself.
    pub(in crate::redact) fn code_spans<'n>(
        &'n self,
        text: &'n str,
    ) -> impl Iterator<Item = (usize, usize)> + 'n {
        self.codes
            .iter()
            .filter(move |(message, _)| message == text)
            .flat_map(|(_, spans)| spans.iter().copied())
    }
}
