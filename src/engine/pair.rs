//! Two engines over the same conversations (`diff`): a base and a head engine and one
//! conversation → both outcomes, each message scanned once when their signals agree.

use super::trace::Quiet;
use super::{Engine, Scan, Scratch};
use crate::outcome::Outcome;
use crate::transcript::Conversation;

/// Two engines evaluating the same conversations, as `diff` does. When the two rule
/// sets have the same signals (a change to triggers, routes or teams), each message is
/// scanned once for both.
pub struct Pair<'a> {
    base: &'a Engine,
    head: &'a Engine,
    shared: bool,
}

impl<'a> Pair<'a> {
    pub fn new(base: &'a Engine, head: &'a Engine) -> Self {
        Pair {
            base,
            head,
            shared: base.matcher.scans_like(&head.matcher),
        }
    }

    /// Whether messages are scanned once for both engines.
    pub fn shares_scans(&self) -> bool {
        self.shared
    }

    /// The outcomes of `conversation` under the base and the head rules: exactly what
    /// [`Engine::evaluate`] gives for each.
    pub fn evaluate(
        &self,
        conversation: &Conversation,
        scratch: &mut Scratch,
    ) -> (Outcome, Outcome) {
        if !self.shared {
            return (
                self.base.evaluate(conversation, scratch),
                self.head.evaluate(conversation, scratch),
            );
        }
        let base = self
            .base
            .run(conversation, scratch, &mut Quiet, false, Scan::Record);
        let head = self
            .head
            .run(conversation, scratch, &mut Quiet, false, Scan::Reuse);
        (base, head)
    }
}
