//! The secrets a conversation's summary keeps out (`summary::secret_spans`: a password
//! given in reply, a code sent by text, a security answer, one said again), masked as
//! secrets in their messages too: under `--redact` a packet's summary said `[secret]`
//! where its transcript, `explain` and the coverage examples showed the password itself
//! ("Seahorse42 Seahorse43 neither works"). Read once a conversation, with its names.

use super::Names;
use super::codes::Loose;
use crate::text::spans::Holders;
use crate::transcript::Conversation;

impl Names {
    /// Adds the secrets `conversation`'s summary finds, each message's where it stands
    /// in the message (and in the same text later), as the answers to a security
    /// question are (`answers.rs`).
    pub(super) fn add_summary_secrets(&mut self, conversation: &Conversation) {
        let Some(spans) = crate::summary::secret_spans(&conversation.messages) else {
            return;
        };
        for (i, (message, mut spans)) in conversation.messages.iter().zip(spans).enumerate() {
            if spans.is_empty() {
                continue;
            }
            // Those the patterns mask already ("My PIN is 1234") are not kept again.
            // Each looked up, not tried against every one the patterns found: a long
            // message of codes gives thousands of both.
            let found = Holders::new(crate::redact::secret_spans(&message.text));
            spans.retain(|&(start, end)| !found.hold(start, end));
            // Kept once: not again where the codes said loosely, or the same text
            // before, mask them all already (a long message of codes, repeated, would
            // be copied again).
            let known = (self.codes.iter()).any(|loose| loose.covers(&message.text, i, &spans));
            if !spans.is_empty() && !known {
                self.codes
                    .push(Loose::answers(message.text.clone(), spans, i));
            }
        }
    }
}
