//! Conditions in the rule file's serde mirror: the `RawCondition` tree shared by triggers
//! and routes, its leaves (message, seen, counter, meta) and the names and scalars they
//! take, as written, with spans. Whether the signals and fields they name exist is
//! `validate`'s to say.

use schemars::JsonSchema;
use serde::Deserialize;

use super::{PhraseEntry, RegexEntry, Spanned};
use crate::yaml::SchemaText as Text;

/// A condition tree, shared by triggers and routes.
#[derive(Debug, JsonSchema)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum RawCondition {
    /// Every sub-condition holds.
    All(#[schemars(with = "Vec<RawCondition>")] Vec<Spanned<RawCondition>>),
    /// At least one sub-condition holds.
    Any(#[schemars(with = "Vec<RawCondition>")] Vec<Spanned<RawCondition>>),
    /// The sub-condition does not hold.
    Not(#[schemars(with = "Box<RawCondition>")] Box<Spanned<RawCondition>>),
    /// The latest message has this role and matches this text detector.
    Message(RawMessageCondition),
    /// A signal has matched at least `at_least` messages so far (or among the last
    /// `within` messages).
    Seen(RawSeenCondition),
    /// A conversation counter is within bounds.
    Counter(RawCounterCondition),
    /// A customer metadata field passes a test.
    Meta(Box<RawMetaCondition>),
    /// The latest message was written within these local hours and days.
    Hours(RawHoursCondition),
    /// (Routes only.) This trigger fired at the escalation point.
    Trigger(#[schemars(with = "Text")] Spanned<String>),
}

/// The keys a condition may have, in the order the docs list them.
pub(crate) const CONDITIONS: &[&str] = &[
    "all", "any", "not", "message", "seen", "counter", "meta", "hours", "trigger",
];

// By hand rather than derived: the derived externally tagged enum says "expected string
// key for externally tagged enum" for `when: {}` and "expected end of mapping after enum
// variant value" for two keys.
impl<'de> Deserialize<'de> for RawCondition {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> serde::de::Visitor<'de> for V {
            type Value = RawCondition;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                write!(
                    f,
                    "a condition such as `message: {{ signal: ID }}`: a mapping with one of {}",
                    CONDITIONS.join(", ")
                )
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<RawCondition, E> {
                Err(E::unknown_variant(v, CONDITIONS))
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<RawCondition, A::Error> {
                use serde::de::Error as _;
                let Some(key) = map.next_key::<String>()? else {
                    return Err(A::Error::invalid_type(
                        serde::de::Unexpected::Other("an empty mapping"),
                        &self,
                    ));
                };
                let condition = match key.as_str() {
                    "all" => RawCondition::All(map.next_value()?),
                    "any" => RawCondition::Any(map.next_value()?),
                    "not" => RawCondition::Not(map.next_value()?),
                    "message" => RawCondition::Message(map.next_value()?),
                    "seen" => RawCondition::Seen(map.next_value()?),
                    "counter" => RawCondition::Counter(map.next_value()?),
                    "meta" => RawCondition::Meta(map.next_value()?),
                    "hours" => RawCondition::Hours(map.next_value()?),
                    "trigger" => RawCondition::Trigger(map.next_value()?),
                    other => return Err(A::Error::unknown_variant(other, CONDITIONS)),
                };
                if let Some(extra) = map.next_key::<String>()? {
                    return Err(A::Error::invalid_value(
                        serde::de::Unexpected::Other(&format!("`{key}` and `{extra}`")),
                        &ONE_CONDITION,
                    ));
                }
                Ok(condition)
            }
        }
        deserializer.deserialize_any(V)
    }
}

/// What a condition mapping of two keys is told it takes (`{ message: …, seen: … }`):
/// `recover` knows the error by it.
pub(crate) const ONE_CONDITION: &str =
    "one condition per mapping: combine conditions with `all:` or `any:`";

// No `null` in the schemas of the leaves: a value left empty (`within:`, `tz: ~`, `role:`)
// is S003, not the key left out (`json_schema`'s tests hold each field to the loader).
crate::yaml::given_fn!(role, "a role: customer, bot, agent or any");
crate::yaml::given_fn!(signal_id, "a signal id");
crate::yaml::given_fn!(
    value,
    "a value to compare with (text, a number, true or false)"
);
crate::yaml::given_fn!(values, "a list of values to compare with");
crate::yaml::given_fn!(regex, "a regex");
crate::yaml::given_fn!(between, "local times such as `09:00-17:00`");
crate::yaml::given_fn!(days, "weekdays such as `[mon-fri]`");
crate::yaml::given_fn!(tz, "a time zone name such as `Europe/London`");

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(transform = crate::yaml::no_null_defaults)]
pub struct RawMessageCondition {
    #[serde(default, deserialize_with = "role")]
    #[schemars(with = "RoleName")]
    pub role: Option<Spanned<RoleName>>,
    #[serde(default, deserialize_with = "signal_id")]
    #[schemars(with = "Text")]
    pub signal: Option<Spanned<String>>,
    // Written (`phrases: []` too), where it was written: an empty list is told from the
    // key left out, as it would make the condition hold for every message.
    #[serde(default, deserialize_with = "written")]
    #[schemars(with = "Vec<PhraseEntry>")]
    pub phrases: Option<Spanned<Vec<Spanned<PhraseEntry>>>>,
    #[serde(default, deserialize_with = "written")]
    #[schemars(with = "Vec<RegexEntry>")]
    pub regex: Option<Spanned<Vec<Spanned<RegexEntry>>>>,
}

/// A value that is there when its key is: `null` is the value's own error ("expected a
/// list, found nothing"), not the key left out.
fn written<'de, D: serde::Deserializer<'de>, T: Deserialize<'de>>(
    d: D,
) -> Result<Option<T>, D::Error> {
    T::deserialize(d).map(Some)
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(transform = crate::yaml::no_null_defaults)]
pub struct RawSeenCondition {
    #[schemars(with = "Text")]
    pub signal: Spanned<String>,
    #[serde(default, deserialize_with = "role")]
    #[schemars(with = "RoleName")]
    pub role: Option<Spanned<RoleName>>,
    #[serde(default, deserialize_with = "crate::yaml::unquoted")]
    #[schemars(with = "u32")]
    pub at_least: Option<Spanned<u32>>,
    /// Count only the last `within` messages of the conversation (every role's, the
    /// latest included); default: every message so far.
    #[serde(default, deserialize_with = "crate::yaml::unquoted")]
    #[schemars(with = "u32", range(min = 1))]
    pub within: Option<Spanned<u32>>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(transform = crate::yaml::no_null_defaults)]
pub struct RawCounterCondition {
    #[schemars(with = "Counter")]
    pub name: Spanned<Counter>,
    #[serde(default, deserialize_with = "crate::yaml::unquoted")]
    #[schemars(with = "f64", range(max = 4_294_967_295.0))]
    pub at_least: Option<Spanned<f64>>,
    #[serde(default, deserialize_with = "crate::yaml::unquoted")]
    #[schemars(with = "f64", range(max = 4_294_967_295.0))]
    pub at_most: Option<Spanned<f64>>,
    /// Count only the last `within` messages of the conversation (every role's, the
    /// latest included); default: every message so far. For the counters that count
    /// messages: not `turn` or `minutes_elapsed`.
    #[serde(default, deserialize_with = "crate::yaml::unquoted")]
    #[schemars(with = "u32", range(min = 1))]
    pub within: Option<Spanned<u32>>,
}

/// What a counter condition counts, up to and including the latest message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Counter {
    /// The 1-based number of the latest message.
    Turn,
    CustomerMessages,
    BotMessages,
    AgentMessages,
    /// Bot messages the built-in `bot_fallback` detector matched.
    BotFallbacks,
    /// Customer messages the built-in `repeat` detector matched.
    CustomerRepeats,
    /// Bot messages asking again what the bot's message before them asked.
    BotRepeats,
    /// Minutes from the first timestamped message to the latest one.
    MinutesElapsed,
}

by_name!(Counter, "a counter", {
    "turn" => Turn,
    "customer_messages" => CustomerMessages,
    "bot_messages" => BotMessages,
    "agent_messages" => AgentMessages,
    "bot_fallbacks" => BotFallbacks,
    "customer_repeats" => CustomerRepeats,
    "bot_repeats" => BotRepeats,
    "minutes_elapsed" => MinutesElapsed,
});

impl Counter {
    /// Whether the counter counts messages, so that `within:` can count them in a window
    /// of the latest messages: not `turn` (a position) or `minutes_elapsed` (a time).
    pub fn windowed(self) -> bool {
        !matches!(self, Counter::Turn | Counter::MinutesElapsed)
    }

    /// The counters whose counts come from built-in detectors rather than from the
    /// messages' roles, times or order: what coverage reports counted, since a count
    /// that stays at 0 can be a detector that does not know the bot's wording.
    pub const DETECTED: [Counter; 3] = [
        Counter::BotFallbacks,
        Counter::CustomerRepeats,
        Counter::BotRepeats,
    ];

    /// The counters [`Counter::windowed`] says take `within:`, as a help line lists them.
    pub const WINDOWED: &'static str = "`customer_messages`, `bot_messages`, `agent_messages`, `bot_fallbacks`, `customer_repeats` and `bot_repeats`";

    pub fn as_str(self) -> &'static str {
        match self {
            Counter::Turn => "turn",
            Counter::CustomerMessages => "customer_messages",
            Counter::BotMessages => "bot_messages",
            Counter::AgentMessages => "agent_messages",
            Counter::BotFallbacks => "bot_fallbacks",
            Counter::CustomerRepeats => "customer_repeats",
            Counter::BotRepeats => "bot_repeats",
            Counter::MinutesElapsed => "minutes_elapsed",
        }
    }
}

/// Local hours and weekdays of the latest message's timestamp.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(transform = crate::yaml::no_null_defaults)]
pub struct RawHoursCondition {
    /// Local times `HH:MM-HH:MM`, start included, end not (`22:00-06:00` crosses
    /// midnight); default: the whole day.
    #[serde(default, deserialize_with = "between")]
    #[schemars(with = "String")]
    pub between: Option<Spanned<String>>,
    /// Weekdays: `mon` … `sun`, or ranges such as `mon-fri`; default: every day. A
    /// range past midnight counts for the day it starts (Saturday 02:00 is in Friday's
    /// `22:00-06:00`).
    #[serde(default, deserialize_with = "days")]
    #[schemars(with = "Vec<super::hours::SchemaDay>", length(min = 1))]
    pub days: Option<Spanned<Vec<Spanned<String>>>>,
    /// An IANA time zone name (`Europe/London`) or a fixed offset (`+01:00`); default UTC.
    #[serde(default, deserialize_with = "tz")]
    #[schemars(with = "super::hours::SchemaTimeZone")]
    pub tz: Option<Spanned<String>>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(transform = crate::yaml::no_null_defaults)]
pub struct RawMetaCondition {
    #[schemars(with = "Text")]
    pub field: Spanned<String>,
    #[serde(default, deserialize_with = "value")]
    #[schemars(with = "Scalar")]
    pub equals: Option<Spanned<Scalar>>,
    #[serde(default, rename = "in", deserialize_with = "values")]
    #[schemars(with = "Vec<Scalar>")]
    pub in_: Option<Spanned<Vec<Scalar>>>,
    #[serde(default, deserialize_with = "crate::yaml::unquoted")]
    #[schemars(with = "f64")]
    pub gt: Option<Spanned<f64>>,
    #[serde(default, deserialize_with = "crate::yaml::unquoted")]
    #[schemars(with = "f64")]
    pub gte: Option<Spanned<f64>>,
    #[serde(default, deserialize_with = "crate::yaml::unquoted")]
    #[schemars(with = "f64")]
    pub lt: Option<Spanned<f64>>,
    #[serde(default, deserialize_with = "crate::yaml::unquoted")]
    #[schemars(with = "f64")]
    pub lte: Option<Spanned<f64>>,
    #[serde(default, deserialize_with = "crate::yaml::unquoted_flag")]
    #[schemars(with = "bool")]
    pub exists: Option<Spanned<bool>>,
    #[serde(default, deserialize_with = "regex")]
    #[schemars(with = "Text")]
    pub matches: Option<Spanned<String>>,
}

/// A value a `meta` test compares with (`equals`, `in`), or a rule test's metadata
/// value: its text as written (`0x10`, `1.0`, not 16 and 1), and whether it was written as
/// a number (unquoted), which compares numerically with a value that reads as one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Scalar {
    pub text: String,
    pub number: bool,
    /// Written as a YAML boolean, `true` or `false` unquoted: compared with a metadata
    /// value as the boolean it writes (`Yes`, `1`, `TRUE`: `text::parse_flag`).
    pub boolean: bool,
}

impl crate::yaml::Takes<'_> for Scalar {
    const EXPECTING: &'static str = "a single value (text, a number, true or false)";
}

impl<'de> Deserialize<'de> for Scalar {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Ok(match crate::yaml::read_written::<D, Self>(deserializer)? {
            crate::yaml::Value::Scalar(written) => Scalar {
                number: written.kind == crate::yaml::Kind::Number,
                boolean: written.kind == crate::yaml::Kind::Bool,
                text: written.text,
            },
            crate::yaml::Value::Other(scalar) => scalar,
        })
    }
}

impl Scalar {
    /// The text as written: `0x10`, `1.0`, `true`.
    pub fn to_text(&self) -> String {
        self.text.clone()
    }

    /// The number it was written as (`1.0`, `1_000`), read as metadata values are; `None`
    /// for text, and for numbers in other notations (`0x10`), compared as their text.
    pub fn number(&self) -> Option<f64> {
        if self.number {
            crate::text::parse_number(&self.text)
        } else {
            None
        }
    }
}

/// A YAML scalar: text, a number (compared as a number with a value that reads as one,
/// else as written), true or false.
// What the JSON Schemas say a `Scalar` is; never built.
#[derive(JsonSchema)]
#[schemars(rename = "Scalar")]
#[serde(untagged)]
#[allow(dead_code)]
enum ScalarSchema {
    Bool(bool),
    Int(i64),
    Float(f64),
    Text(String),
}

impl JsonSchema for Scalar {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        ScalarSchema::schema_name()
    }

    fn schema_id() -> std::borrow::Cow<'static, str> {
        ScalarSchema::schema_id()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        ScalarSchema::json_schema(generator)
    }
}

/// A role as rules name it: `any` matches every role.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum RoleName {
    Customer,
    Bot,
    Agent,
    Any,
}

by_name!(RoleName, "a role", {
    "customer" => Customer,
    "bot" => Bot,
    "agent" => Agent,
    "any" => Any,
});
