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

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::Deserialize;

use crate::yaml::Spanned;

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawTestFile {
    #[schemars(with = "u32")]
    pub(crate) version: Spanned<crate::yaml::Version>,
    pub(crate) tests: Vec<RawCase>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawCase {
    #[schemars(with = "String")]
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
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
// Exactly one of `customer`, `bot` and `agent`, as the loader requires.
#[schemars(extend("oneOf" = [
    { "required": ["customer"] },
    { "required": ["bot"] },
    { "required": ["agent"] },
]))]
pub(crate) struct RawMessage {
    #[serde(default)]
    pub(crate) customer: Option<String>,
    #[serde(default)]
    pub(crate) bot: Option<String>,
    #[serde(default)]
    pub(crate) agent: Option<String>,
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub(crate) time: Option<Spanned<String>>,
}

#[derive(Debug, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawExpect {
    #[serde(default)]
    pub(crate) escalated: Option<bool>,
    /// The message after which the conversation escalates, counted from 1.
    #[serde(default)]
    #[schemars(with = "Option<u64>", range(min = 1))]
    pub(crate) turn: Option<Turn>,
    /// The primary trigger.
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub(crate) trigger: Option<Spanned<String>>,
    /// Exactly these triggers held at the escalation point (any order, each once).
    #[serde(default)]
    #[schemars(with = "Option<Vec<String>>", extend("uniqueItems" = true))]
    pub(crate) triggers: Option<Vec<Spanned<String>>>,
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub(crate) route: Option<Spanned<String>>,
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub(crate) team: Option<Spanned<String>>,
    /// The bridge message, exactly.
    #[serde(default)]
    pub(crate) bridge: Option<String>,
    /// A part of the bridge message, matched exactly (case and spaces included); not
    /// empty.
    #[serde(default)]
    #[schemars(with = "Option<String>", length(min = 1))]
    pub(crate) bridge_contains: Option<Spanned<String>>,
    /// `true`: the bridge message cannot be rendered for this customer, and the case
    /// means it. Without it, a bridge message that cannot be rendered fails the case.
    #[serde(default)]
    pub(crate) bridge_error: Option<bool>,
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

impl<'de> Deserialize<'de> for Turn {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Visit;
        impl serde::de::Visitor<'_> for Visit {
            type Value = Turn;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(TURN)
            }
            fn visit_i64<E: serde::de::Error>(self, n: i64) -> Result<Turn, E> {
                usize::try_from(n)
                    .ok()
                    .filter(|&n| n >= 1)
                    .map(Turn)
                    .ok_or_else(|| E::invalid_value(serde::de::Unexpected::Signed(n), &self))
            }
            fn visit_u64<E: serde::de::Error>(self, n: u64) -> Result<Turn, E> {
                usize::try_from(n)
                    .ok()
                    .filter(|&n| n >= 1)
                    .map(Turn)
                    .ok_or_else(|| E::invalid_value(serde::de::Unexpected::Unsigned(n), &self))
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Turn, E> {
                // As every number of rule and test files says it (`crate::yaml::unquoted`).
                let expected = if v.trim().parse::<f64>().is_ok() {
                    format!("{TURN}, unquoted (write {v}, not \"{v}\")")
                } else {
                    TURN.to_owned()
                };
                Err(E::invalid_type(
                    serde::de::Unexpected::Str(v),
                    &expected.as_str(),
                ))
            }
        }
        d.deserialize_any(Visit)
    }
}

/// A case that did not parse as a [`RawCase`], read again for what its known keys say
/// (`expect: {}` beside a misspelt `mesages:`). A key that is missing here was
/// misspelt, left out or holds an error of its own, and is not checked.
#[derive(Debug)]
pub(crate) struct RawCaseLoose {
    pub(crate) name: Spanned<String>,
    pub(crate) customer: Option<Customer>,
    pub(crate) messages: Option<Vec<Spanned<RawMessage>>>,
    pub(crate) expect: Option<Spanned<RawExpect>>,
}

/// A case's `customer:`, other keys ignored.
#[derive(Debug, Deserialize)]
pub(crate) struct LooseCustomer {
    pub(crate) name: Spanned<String>,
    pub(crate) customer: Customer,
}

/// A case's `messages`, other keys ignored.
#[derive(Debug, Deserialize)]
pub(crate) struct LooseMessages {
    pub(crate) name: Spanned<String>,
    pub(crate) messages: Vec<Spanned<RawMessage>>,
}

/// A case's `expect`, other keys ignored, and unknown keys of the `expect` too (each is
/// reported as unknown): what its known keys say is checked all the same.
#[derive(Debug, Deserialize)]
pub(crate) struct LooseExpect {
    pub(crate) name: Spanned<String>,
    pub(crate) expect: Spanned<KnownExpect>,
}

/// The keys of an `expect` that [`RawExpect`] has, read alone (a test holds the two to
/// the same fields).
#[derive(Debug, Default, Deserialize)]
pub(crate) struct KnownExpect {
    #[serde(default)]
    escalated: Option<bool>,
    #[serde(default)]
    turn: Option<Turn>,
    #[serde(default)]
    trigger: Option<Spanned<String>>,
    #[serde(default)]
    triggers: Option<Vec<Spanned<String>>>,
    #[serde(default)]
    route: Option<Spanned<String>>,
    #[serde(default)]
    team: Option<Spanned<String>>,
    #[serde(default)]
    bridge: Option<String>,
    #[serde(default)]
    bridge_contains: Option<Spanned<String>>,
    #[serde(default)]
    bridge_error: Option<bool>,
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

/// One top-level entry of a rule-test file, parsed alone when the whole did not parse.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawTestFileEntry {
    #[serde(default)]
    pub(crate) version: Option<Spanned<crate::yaml::Version>>,
    #[serde(default)]
    pub(crate) tests: Option<Vec<RawCase>>,
}
