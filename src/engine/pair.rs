//! Two engines over the same conversations (`diff`): a base and a head engine and one
//! conversation → both outcomes, each message scanned once when their signals agree
//! (`diff` makes them agree first: `align.rs`).

use super::matcher::{Plans, Roles};
use super::trace::Quiet;
use super::{CompileError, Engine, Scan, Scratch};
use crate::outcome::Outcome;
use crate::transcript::Conversation;

/// Two engines evaluating the same conversations, as `diff` does. When the two rule
/// sets have the same signals (a change to triggers, routes or teams), each message is
/// scanned once for both.
pub struct Pair<'a> {
    base: &'a Engine,
    head: &'a Engine,
    shared: bool,
    /// When scans are shared and the two consult signals in other roles: the plans for
    /// the roles of both (else the base engine's serve).
    plans: Option<Plans>,
}

impl<'a> Pair<'a> {
    pub fn new(base: &'a Engine, head: &'a Engine) -> Result<Self, CompileError> {
        let shared = base.matcher.scans_like(&head.matcher);
        let plans = if shared && base.needs != head.needs {
            let both: Vec<Roles> = (base.needs.iter().zip(&head.needs))
                .map(|(b, h)| b | h)
                .collect();
            Some(base.matcher.plans(&both).map_err(CompileError)?)
        } else {
            None
        };
        Ok(Pair {
            base,
            head,
            shared,
            plans,
        })
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
        // The head takes the base's scans: both scan for what either consults.
        let plans = Some(self.plans.as_ref().unwrap_or(&self.base.plans));
        let base = (self.base).run(
            conversation,
            scratch,
            &mut Quiet,
            false,
            Scan::Record,
            plans,
        );
        let head = (self.head).run(conversation, scratch, &mut Quiet, false, Scan::Reuse, plans);
        (base, head)
    }
}
