//! Codes said loosely in a conversation: its messages → the codes each says of as
//! another ("And 5678 is my old one") after one given in an earlier message, kept with
//! the customer's names by the message's text and the message they are codes from, to be
//! masked as `[secret]` there and in the same text later, not in the same text before the
//! code was given.

use super::Names;
use crate::redact::kinds::{gives_code, loose_codes};
use crate::transcript::{Conversation, Role};

/// The codes said loosely in one text of a conversation, once a code was given.
#[derive(Debug, Clone)]
pub(super) struct Loose {
    /// The message's text.
    text: String,
    /// Where its codes are in it.
    spans: Vec<(usize, usize)>,
    /// The first message, by its index in the conversation, it is a code in: the same
    /// text before it, before any code was given, says no code.
    from: usize,
    /// Whether the same text is in a message of the customer's before `from`: masked
    /// without knowing which message it is, it cannot be told from that one, so only
    /// masking that knows masks it ([`Names::code_spans_at`]).
    said_before: bool,
}

impl Loose {
    /// The answers to a security question in `text`, the reply that is message `from`
    /// (`answers.rs`): masked as secrets there and in the same text later.
    pub(super) fn answers(text: String, spans: Vec<(usize, usize)>, from: usize) -> Loose {
        Loose {
            text,
            spans,
            from,
            said_before: false,
        }
    }

    /// Whether it masks each of `spans` in `text`, message `index`: the same text, from
    /// that message or one before it, with those spans among its own.
    pub(super) fn covers(&self, text: &str, index: usize, spans: &[(usize, usize)]) -> bool {
        self.from <= index
            && self.text == text
            && if self.spans.is_sorted() {
                spans
                    .iter()
                    .all(|span| self.spans.binary_search(span).is_ok())
            } else {
                spans.iter().all(|span| self.spans.contains(span))
            }
    }

    #[cfg(test)]
    pub(super) fn codes(&self) -> usize {
        self.spans.len()
    }
}

/// Whether a code was given in the customer's messages so far, read once each, and
/// only when a later one says a code loosely.
#[derive(Default)]
pub(super) struct Codes {
    /// How many messages were read.
    read: usize,
    given: bool,
    /// The texts that said codes loosely before one was given (each once): a code said
    /// in the same words later cannot be told from them by its text.
    before: Vec<String>,
}

impl Codes {
    /// The codes said loosely in message `i` of `conversation` (the customer's), into
    /// `out`, if one of the customer's messages before it gave a code.
    pub(super) fn said_loosely(
        &mut self,
        conversation: &Conversation,
        i: usize,
        out: &mut Vec<Loose>,
    ) {
        let text = &conversation.messages[i].text;
        // The same text says the same codes: kept once (a copy of the text for each
        // code, or each repeat, would take memory as the square of a long message).
        if out.iter().any(|loose| loose.text == *text) {
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
            out.push(Loose {
                text: text.clone(),
                spans: loose,
                from: i,
                said_before: self.before.contains(text),
            });
        } else if !self.before.contains(text) {
            self.before.push(text.clone());
        }
    }
}

impl Names {
    /// Where the codes said loosely after one given earlier in the conversation are in
    /// `text`, not knowing which message it is: those of a text that said no code before
    /// one was given. Comparing the texts stops at their lengths but for the message
    /// itself.
    pub(in crate::redact) fn code_spans<'n>(
        &'n self,
        text: &'n str,
    ) -> impl Iterator<Item = (usize, usize)> + 'n {
        self.codes
            .iter()
            .filter(move |loose| !loose.said_before && loose.text == text)
            .flat_map(|loose| loose.spans.iter().copied())
    }

    /// Where the codes said loosely after one given earlier in the conversation are in
    /// `text`, message `index` of the conversation: none before the code was given, even
    /// in the same words.
    pub(in crate::redact) fn code_spans_at<'n>(
        &'n self,
        text: &'n str,
        index: usize,
    ) -> impl Iterator<Item = (usize, usize)> + 'n {
        self.codes
            .iter()
            .filter(move |loose| loose.from <= index && loose.text == text)
            .flat_map(|loose| loose.spans.iter().copied())
    }
}
