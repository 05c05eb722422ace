//! The loose mirror of a rule-test file, for when the strict one ([`super::RawTestFile`])
//! refuses it: a case read again key by key for what its known keys say, and a file's
//! top-level entries read one at a time, so that one error does not hide the others.

use serde::Deserialize;

use super::{Customer, RawCase, RawExpect, RawMessage, Turn, flag, given, not_null};
use crate::yaml::Spanned;

/// A case that did not parse as a [`RawCase`], read again for what its known keys say
/// (`expect: {}` beside a misspelt `mesages:`). A key that is missing here was
/// misspelt, left out or holds an error of its own, and is not checked.
#[derive(Debug)]
pub(crate) struct RawCaseLoose {
    pub(crate) name: Spanned<String>,
    pub(crate) customer: Option<Customer>,
    pub(crate) messages: Option<Vec<Spanned<RawMessage>>>,
    /// The places in `messages` of those read only in part (an unknown key, or a value
    /// that does not read, each reported): the role they lack is no mistake of its own.
    pub(crate) partial: Vec<usize>,
    /// How many messages the case lists, read or not.
    pub(crate) message_count: Option<usize>,
    pub(crate) expect: Option<Spanned<RawExpect>>,
}

/// A case's name, other keys ignored.
#[derive(Debug, Deserialize)]
pub(crate) struct LooseName {
    pub(crate) name: Spanned<String>,
}

/// A case's `customer:`, other keys ignored.
#[derive(Debug, Deserialize)]
pub(crate) struct LooseCustomer {
    pub(crate) customer: Customer,
}

/// A case's `messages`, other keys ignored.
#[derive(Debug, Deserialize)]
pub(crate) struct LooseMessages {
    pub(crate) messages: Vec<Spanned<RawMessage>>,
}

/// A case's `expect`, other keys ignored, and unknown keys of the `expect` too (each is
/// reported as unknown): what its known keys say is checked all the same.
#[derive(Debug, Deserialize)]
pub(crate) struct LooseExpect {
    pub(crate) expect: Spanned<KnownExpect>,
}

/// The keys of an `expect` that [`RawExpect`] has, read alone (a test holds the two to
/// the same fields).
#[derive(Debug, Default, Deserialize)]
pub(crate) struct KnownExpect {
    #[serde(default, deserialize_with = "flag")]
    escalated: Option<Spanned<bool>>,
    #[serde(default, deserialize_with = "not_null")]
    turn: Option<Spanned<Turn>>,
    #[serde(default, deserialize_with = "not_null")]
    trigger: Option<Spanned<String>>,
    #[serde(default, deserialize_with = "not_null")]
    triggers: Option<Spanned<Vec<Spanned<String>>>>,
    #[serde(default, deserialize_with = "given")]
    route: Option<Spanned<Option<String>>>,
    #[serde(default, deserialize_with = "given")]
    team: Option<Spanned<Option<String>>>,
    #[serde(default, deserialize_with = "not_null")]
    bridge: Option<Spanned<String>>,
    #[serde(default, deserialize_with = "not_null")]
    bridge_contains: Option<Spanned<String>>,
    #[serde(default, deserialize_with = "flag")]
    bridge_error: Option<Spanned<bool>>,
}

impl KnownExpect {
    /// Whether any key is given.
    pub(crate) fn says_something(&self) -> bool {
        self.escalated.is_some()
            || self.turn.is_some()
            || self.trigger.is_some()
            || self.triggers.is_some()
            || self.route.is_some()
            || self.team.is_some()
            || self.bridge.is_some()
            || self.bridge_contains.is_some()
            || self.bridge_error.is_some()
    }
}

impl KnownExpect {
    /// These keys, and those of `other` that these lack (each key of an `expect` read
    /// alone gives one).
    pub(crate) fn or(self, other: KnownExpect) -> KnownExpect {
        KnownExpect {
            escalated: self.escalated.or(other.escalated),
            turn: self.turn.or(other.turn),
            trigger: self.trigger.or(other.trigger),
            triggers: self.triggers.or(other.triggers),
            route: self.route.or(other.route),
            team: self.team.or(other.team),
            bridge: self.bridge.or(other.bridge),
            bridge_contains: self.bridge_contains.or(other.bridge_contains),
            bridge_error: self.bridge_error.or(other.bridge_error),
        }
    }
}

impl From<KnownExpect> for RawExpect {
    fn from(e: KnownExpect) -> Self {
        RawExpect {
            escalated: e.escalated,
            turn: e.turn,
            trigger: e.trigger,
            triggers: e.triggers,
            route: e.route,
            team: e.team,
            bridge: e.bridge,
            bridge_contains: e.bridge_contains,
            bridge_error: e.bridge_error,
        }
    }
}

impl RawMessage {
    /// These keys, and those of `other` that these lack (each key of a message read
    /// alone gives one).
    pub(crate) fn or(self, other: RawMessage) -> RawMessage {
        RawMessage {
            customer: self.customer.or(other.customer),
            bot: self.bot.or(other.bot),
            agent: self.agent.or(other.agent),
            time: self.time.or(other.time),
        }
    }
}

/// One top-level entry of a rule-test file, parsed alone when the whole did not parse.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawTestFileEntry {
    #[serde(default)]
    pub(crate) version: Option<Spanned<crate::yaml::Version>>,
    #[serde(default)]
    pub(crate) tests: Option<Vec<RawCase>>,
}
