//! The serde mirror of a rule file (format v1), before any validation.
//!
//! Takes nothing but YAML shapes; gives `RawRuleFile` with the span of every value a
//! diagnostic may need to point at. Unknown fields are rejected here (with the list of
//! valid ones); everything that needs more than one field or file to decide — references,
//! duplicate ids, regex syntax — is checked in `validate`.
//!
//! Conditions are externally tagged enums (`all:`, `message:`, …): serde-saphyr keeps spans
//! through those, and loses them through untagged or internally tagged ones. The enums and
//! the text-or-mapping entries are read by hand-written visitors, so a wrong shape says
//! what was expected ("a phrase: a string, or { phrase, weight }") rather than naming a
//! Rust type.

use schemars::JsonSchema;
use serde::Deserialize;

pub use crate::yaml::Spanned;

/// `Deserialize` for an enum written as one of a few names: says which names, where the
/// derived one says "expected string key for externally tagged enum" for `{}` or `[]`;
/// a value of another type is "expected a severity: low, medium, high or critical, found
/// the number 3", as the name left out is (`given_fn!`) and a wrong name's list reads.
macro_rules! by_name {
    ($ty:ident, $what:literal, { $($name:literal => $variant:ident),* $(,)? }) => {
        impl $ty {
            /// The names it is written as, in the order the docs list them.
            pub(crate) const NAMES: &'static [&'static str] = &[$($name),*];
        }

        impl<'de> Deserialize<'de> for $ty {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                const NAMES: &[&str] = $ty::NAMES;
                struct V;
                impl serde::de::Visitor<'_> for V {
                    type Value = $ty;
                    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                        write!(f, "{}: {}", $what, crate::rules::load::or_list(NAMES))
                    }
                    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<$ty, E> {
                        match v {
                            $($name => Ok($ty::$variant),)*
                            _ => Err(E::unknown_variant(v, NAMES)),
                        }
                    }
                }
                deserializer.deserialize_any(V)
            }
        }
    };
}

/// `Deserialize` for an entry that is text or a `{ …, weight }` mapping. A number or
/// `true` is text as written (`phrases: [404]` is the phrase "404", not an error).
macro_rules! text_or_weighted {
    ($entry:ident, $weighted:ident, $expecting:literal) => {
        impl<'de> crate::yaml::Takes<'de> for $entry {
            const EXPECTING: &'static str = $expecting;
            fn map<A: serde::de::MapAccess<'de>>(map: A) -> Result<$entry, A::Error> {
                $weighted::deserialize(serde::de::value::MapAccessDeserializer::new(map))
                    .map($entry::Weighted)
            }
        }

        impl<'de> Deserialize<'de> for $entry {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                Ok(match crate::yaml::read_written::<D, Self>(deserializer)? {
                    crate::yaml::Value::Scalar(written) => $entry::Plain(written.text),
                    crate::yaml::Value::Other(entry) => entry,
                })
            }
        }
    };
}

// Declared after the macros, which the modules use: a `macro_rules!` is in scope only
// below its definition.
mod conditions;
mod hours;
mod routes;
mod signals;
mod triggers;

pub(crate) use conditions::{CONDITIONS, ONE_CONDITION};
pub use conditions::{
    Counter, RawCondition, RawCounterCondition, RawHoursCondition, RawMessageCondition,
    RawMetaCondition, RawSeenCondition, RoleName, Scalar,
};
pub(crate) use hours::SchemaTimeZone;
pub use routes::{RawDefaultRoute, RawRoute, RawTeam, RawTemplate};
pub use signals::{Builtin, PhraseEntry, RawSignal, RegexEntry, WeightedPhrase, WeightedRegex};
pub use triggers::{RawTrigger, Severity};

crate::yaml::given_fn!(
    default_route,
    "a default route, a mapping such as `default_route: { team: support }`"
);

/// One rule file. A rule set is one or more of these, merged.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
// `default_route: ~` is S003, not the key left out: no `null` either.
#[schemars(transform = crate::yaml::no_null_defaults)]
pub struct RawRuleFile {
    /// Format version; must be 1.
    #[schemars(with = "crate::yaml::Version")]
    pub version: Spanned<crate::yaml::Version>,
    #[serde(default)]
    pub signals: Vec<RawSignal>,
    #[serde(default)]
    pub triggers: Vec<RawTrigger>,
    #[serde(default)]
    pub routes: Vec<RawRoute>,
    #[serde(default, deserialize_with = "default_route")]
    #[schemars(with = "RawDefaultRoute")]
    pub default_route: Option<Spanned<RawDefaultRoute>>,
    #[serde(default)]
    pub teams: Vec<RawTeam>,
    #[serde(default)]
    pub templates: Vec<RawTemplate>,
}

/// One top-level entry of a rule file, parsed on its own when the file does not parse
/// whole (see `recover`): the fields of [`RawRuleFile`] in the same order, so an unknown
/// key lists the same valid ones, and none of them required.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawRuleFileEntry {
    #[serde(default)]
    pub(crate) version: Option<Spanned<crate::yaml::Version>>,
    #[serde(default)]
    pub(crate) signals: Vec<RawSignal>,
    #[serde(default)]
    pub(crate) triggers: Vec<RawTrigger>,
    #[serde(default)]
    pub(crate) routes: Vec<RawRoute>,
    #[serde(default, deserialize_with = "default_route")]
    pub(crate) default_route: Option<Spanned<RawDefaultRoute>>,
    #[serde(default)]
    pub(crate) teams: Vec<RawTeam>,
    #[serde(default)]
    pub(crate) templates: Vec<RawTemplate>,
}
