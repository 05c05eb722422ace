//! The serde mirror of a rule-test file.
//!
//! ```yaml
//! version: 1
//! tests:
//!   - name: an enterprise discount request goes to a senior AE
//!     customer: { name: Alex Chen, tier: enterprise }
//!     messages:
//!       - customer: Is there a volume discount for 400 seats?
//!       - bot: Let me check.
//!     expect:
//!       turn: 1
//!       trigger: pricing-negotiation
//!       route: pricing
//!       team: senior-ae
//!       bridge_contains: dive deeper into pricing
//!   - name: opening hours do not escalate
//!     messages:
//!       - customer: What are your support hours?
//!     expect: { escalated: false }
//! ```
//!
//! What is read of a file the strict mirror refuses, key by key: `loose`.

mod loose;

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::Deserialize;

pub(crate) use self::loose::{
    KnownExpect, LooseCustomer, LooseExpect, LooseMessages, LooseName, RawCaseLoose,
    RawTestFileEntry,
};
use crate::yaml::{SchemaNonEmptyText as NonEmptyText, SchemaText as Text, Spanned};

/// A rule-test file. One with no case (`tests: []`, `tests:` with nothing after it, no
/// `tests:`, or no document at all: empty, only comments, `---`) is read, and `handoff
/// test` says it holds no case; the schema lets an editor show the same (no error).
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(transform = no_document_is_no_case)]
pub(crate) struct RawTestFile {
    #[schemars(with = "crate::yaml::Version")]
    pub(crate) version: Spanned<crate::yaml::Version>,
    /// The cases; `tests:` with nothing after it, or left out, holds none, as `tests: []`.
    #[serde(default, deserialize_with = "null_as_empty")]
    #[schemars(with = "Option<Vec<RawCase>>")]
    pub(crate) tests: Vec<RawCase>,
}

/// An empty document (no text, only comments, `---`, `~`) is a file with no case, as the
/// loader reads it: the schema takes it (`null`), as it takes `tests: []`.
fn no_document_is_no_case(schema: &mut schemars::Schema) {
    schema.insert("type".into(), serde_json::json!(["object", "null"]));
}

/// `tests:` with nothing after it is no case, as `tests: []` and an empty file are.
fn null_as_empty<'de, D, T>(d: D) -> Result<Vec<T>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: Deserialize<'de>,
{
    Ok(Option::<Vec<T>>::deserialize(d)?.unwrap_or_default())
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawCase {
    #[schemars(with = "NonEmptyText")]
    pub(crate) name: Spanned<String>,
    /// Customer metadata, by field name.
    #[serde(default)]
    #[schemars(with = "BTreeMap<String, crate::rules::schema::Scalar>")]
    pub(crate) customer: Customer,
    #[schemars(with = "Vec<RawMessage>", length(min = 1))]
    pub(crate) messages: Vec<Spanned<RawMessage>>,
    #[schemars(with = "RawExpect")]
    pub(crate) expect: Spanned<RawExpect>,
}

/// A case's `customer:`: its fields in the order written, each name with its place, so
/// that two names for one field (`Tier` and `tier`, which normalise alike) can be shown.
#[derive(Debug, Default)]
pub(crate) struct Customer(pub(crate) Vec<(Spanned<String>, crate::rules::schema::Scalar)>);

impl<'de> Deserialize<'de> for Customer {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Visit;
        impl<'de> serde::de::Visitor<'de> for Visit {
            type Value = Customer;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a mapping of field names to values")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<Customer, A::Error> {
                let mut fields = Vec::new();
                while let Some(entry) = map.next_entry()? {
                    fields.push(entry);
                }
                Ok(Customer(fields))
            }
        }
        d.deserialize_map(Visit)
    }
}

/// `- customer: text` (or `bot:`, `agent:`), with an optional `time:`.
#[derive(Debug, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
// Exactly one of `customer`, `bot` and `agent`, as the loader requires.
#[schemars(extend("oneOf" = [
    { "required": ["customer"] },
    { "required": ["bot"] },
    { "required": ["agent"] },
]))]
#[schemars(transform = crate::yaml::no_null_defaults)]
#[expect(
    clippy::option_option,
    reason = "a role left out (`None`) and a role without text (`Some(None)`) are two mistakes"
)]
pub(crate) struct RawMessage {
    // `Some(None)`: the key is given without text (`- customer:`), an error of its own.
    #[serde(default, deserialize_with = "given")]
    #[schemars(with = "Text")]
    pub(crate) customer: Option<Option<String>>,
    #[serde(default, deserialize_with = "given")]
    #[schemars(with = "Text")]
    pub(crate) bot: Option<Option<String>>,
    #[serde(default, deserialize_with = "given")]
    #[schemars(with = "Text")]
    pub(crate) agent: Option<Option<String>>,
    /// A timestamp as transcripts have them: RFC 3339, `2024-03-01 09:15:00` (UTC),
    /// `01.03.2024 09:15`, `1. März 2024 09:15`, a slashed date only one order makes real
    /// (`13/03/2024 9:15 AM`, `3/13/24 9:15 AM`) or Unix seconds (a number).
    #[serde(default, deserialize_with = "not_null")]
    #[schemars(with = "Text")]
    pub(crate) time: Option<Spanned<String>>,
}

/// A key given as `null` (`route: null`, or `route:` with nothing after it) is
/// `Some(None)`, not the key left out: serde reads both as `None` otherwise.
fn given<'de, D, T>(d: D) -> Result<Option<T>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: Deserialize<'de>,
{
    T::deserialize(d).map(Some)
}

/// A key that is given must have a value: `turn: null` (or `turn:`) is an error, not the
/// key left out, which would check nothing while reading as a check.
fn not_null<'de, D, T>(d: D) -> Result<Option<T>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: Deserialize<'de>,
{
    Option::<T>::deserialize(d)?.map(Some).ok_or_else(|| {
        serde::de::Error::invalid_type(
            serde::de::Unexpected::Option,
            &"a value (leave the key out not to check it)",
        )
    })
}

/// [`not_null`] for a boolean written as one (`escalated: "false"` is refused, as the
/// schema refuses it).
fn flag<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<Spanned<bool>>, D::Error> {
    let flag: Option<Spanned<crate::yaml::Flag>> = not_null(d)?;
    Ok(flag.map(|s| Spanned {
        value: s.value.0,
        referenced: s.referenced,
    }))
}

/// Every key may be left out (not checked); none may be `null` but `route` and `team`,
/// where `null` means an unrouted escalation, as the output contract writes it.
#[derive(Debug, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(transform = crate::yaml::no_null_defaults)]
pub(crate) struct RawExpect {
    #[serde(default, deserialize_with = "flag")]
    #[schemars(with = "bool")]
    pub(crate) escalated: Option<Spanned<bool>>,
    /// The message after which the conversation escalates, counted from 1.
    #[serde(default, deserialize_with = "not_null")]
    #[schemars(with = "u64", range(min = 1))]
    pub(crate) turn: Option<Spanned<Turn>>,
    /// The primary trigger.
    #[serde(default, deserialize_with = "not_null")]
    #[schemars(with = "Text")]
    pub(crate) trigger: Option<Spanned<String>>,
    /// Exactly these triggers held at the escalation point (any order, each once; at
    /// least one, as an escalation always has a trigger).
    #[serde(default, deserialize_with = "not_null")]
    #[schemars(with = "Vec<Text>", length(min = 1), extend("uniqueItems" = true))]
    pub(crate) triggers: Option<Spanned<Vec<Spanned<String>>>>,
    /// The route chosen; `null`: none (an unrouted escalation, which only rules without
    /// a default route give).
    #[serde(default, deserialize_with = "given")]
    #[schemars(with = "Option<Text>")]
    pub(crate) route: Option<Spanned<Option<String>>>,
    /// The team of the route chosen; `null`: none (an unrouted escalation).
    #[serde(default, deserialize_with = "given")]
    #[schemars(with = "Option<Text>")]
    pub(crate) team: Option<Spanned<Option<String>>>,
    /// The bridge message, exactly; not empty.
    #[serde(default, deserialize_with = "not_null")]
    #[schemars(with = "NonEmptyText")]
    pub(crate) bridge: Option<Spanned<String>>,
    /// A part of the bridge message, matched exactly (case and spaces included); not
    /// empty.
    #[serde(default, deserialize_with = "not_null")]
    #[schemars(with = "NonEmptyText")]
    pub(crate) bridge_contains: Option<Spanned<String>>,
    /// `true`: the bridge message cannot be rendered for this customer, and the case
    /// means it. Without it, a bridge message that cannot be rendered fails the case.
    #[serde(default, deserialize_with = "flag")]
    #[schemars(with = "bool")]
    pub(crate) bridge_error: Option<Spanned<bool>>,
}

/// An `expect`'s `turn`: a whole number from 1 (a message's place in the case), written
/// as one, as the schema says (`"type": "integer"`): serde-saphyr reads a quoted `"3"` as
/// a number where one is asked for, so any value is asked for and text refused. Read as
/// any whole number and refused below 1 here, so `turn: -1` and `turn: 0` are told the
/// same thing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Turn(pub(crate) usize);

/// What a `turn` must be, in the words of its errors.
const TURN: &str = "a whole number ≥ 1 (messages count from 1)";

/// A turn is a number written as one, read as every number of rule and test files is
/// (`crate::yaml::unquoted`), from 1.
impl crate::yaml::Numeric for Turn {
    const WHAT: &'static str = TURN;
    fn from_u64(n: u64) -> Option<Turn> {
        usize::try_from(n).ok().filter(|&n| n >= 1).map(Turn)
    }
    fn from_i64(n: i64) -> Option<Turn> {
        usize::try_from(n).ok().filter(|&n| n >= 1).map(Turn)
    }
    fn from_f64(_: f64) -> Option<Turn> {
        None
    }
}

impl<'de> Deserialize<'de> for Turn {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::yaml::unquoted_value(d)
    }
}
