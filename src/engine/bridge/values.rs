//! The bridge context as a template engine value: the context's parts ([`super::Scope`]
//! gathers them) → what minijinja is given, every text value without the goal's mark
//! ([`super::goal_case::unmarked`]).

// serde's `serialize_with` wraps an `Option<&str>` field in a `&Option<&str>`.
#![allow(clippy::ref_option_ref)]

use std::borrow::Cow;
use std::collections::BTreeMap;

use serde::{Serialize, Serializer};

use super::goal_case;
use crate::summary::Summary;

/// Every text value of the context is serialised without the goal's mark
/// ([`goal_case::unmarked`]).
#[derive(Serialize)]
pub(in crate::engine) struct TriggerValues<'a> {
    #[serde(serialize_with = "text")]
    pub(in crate::engine) id: &'a str,
    /// `None` (undefined in a template) when the trigger has none.
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "optional")]
    pub(in crate::engine) description: Option<&'a str>,
    #[serde(serialize_with = "text")]
    pub(in crate::engine) severity: &'a str,
    #[serde(serialize_with = "text")]
    pub(in crate::engine) reason: &'a str,
}

#[derive(Serialize)]
pub(in crate::engine) struct ConversationValues<'a> {
    #[serde(serialize_with = "text")]
    pub(in crate::engine) id: &'a str,
    pub(in crate::engine) turn: usize,
    /// `None` (undefined in a template) when the message has no timestamp.
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "optional")]
    pub(in crate::engine) time: Option<&'a str>,
    pub(in crate::engine) messages: usize,
}

#[derive(Serialize)]
pub(super) struct TeamValues<'a> {
    #[serde(serialize_with = "text")]
    pub(super) id: &'a str,
    #[serde(serialize_with = "text")]
    pub(super) name: &'a str,
}

#[derive(Serialize)]
pub(super) struct Values<'a> {
    /// Unmarked by [`Scope::masked`](super::Scope::masked).
    pub(super) customer: BTreeMap<&'a str, Cow<'a, str>>,
    #[serde(serialize_with = "text")]
    pub(super) agent: &'a str,
    pub(super) team: TeamValues<'a>,
    #[serde(serialize_with = "text")]
    pub(super) reason: &'a str,
    pub(super) trigger: &'a TriggerValues<'a>,
    #[serde(serialize_with = "list")]
    pub(super) triggers: &'a [&'a str],
    #[serde(serialize_with = "text")]
    pub(super) route: &'a str,
    pub(super) conversation: &'a ConversationValues<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(super) summary: Option<SummaryValues<'a>>,
}

/// `summary` in a template: absent parts are undefined, so templates say `default(...)`.
#[derive(Serialize)]
pub(super) struct SummaryValues<'a> {
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "optional")]
    goal: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "optional")]
    fact: Option<&'a str>,
    #[serde(serialize_with = "list")]
    facts: Vec<&'a str>,
    #[serde(serialize_with = "list")]
    topics: &'a [String],
    #[serde(serialize_with = "list")]
    open_questions: &'a [String],
    #[serde(serialize_with = "text")]
    mood: &'a str,
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "optional")]
    last_customer_message: Option<&'a str>,
    #[serde(serialize_with = "list")]
    bullets: &'a [String],
}

impl<'a> SummaryValues<'a> {
    pub(super) fn new(s: &'a Summary) -> Self {
        SummaryValues {
            goal: s.goal.as_deref(),
            fact: s.facts.first().map(|f| f.text.as_str()),
            facts: s.facts.iter().map(|f| f.text.as_str()).collect(),
            topics: &s.topics,
            open_questions: &s.open_questions,
            mood: &s.mood.trajectory,
            last_customer_message: s.last_customer_message.as_deref(),
            bullets: &s.bullets,
        }
    }
}

/// Serialises a text value of the context [`goal_case::unmarked`] (`#[serde(serialize_with)]`).
fn text<S: Serializer>(value: &&str, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&goal_case::unmarked(value))
}

/// [`text`], of a value that may be absent (skipped when it is).
fn optional<S: Serializer>(value: &Option<&str>, s: S) -> Result<S::Ok, S::Error> {
    match value {
        Some(value) => s.serialize_some(&*goal_case::unmarked(value)),
        None => s.serialize_none(),
    }
}

/// [`text`], of each value of a list.
fn list<T: AsRef<str>, S: Serializer>(values: &[T], s: S) -> Result<S::Ok, S::Error> {
    s.collect_seq(values.iter().map(|v| goal_case::unmarked(v.as_ref())))
}
