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
use std::collections::HashMap;

/// `Deserialize` for an enum written as one of a few names: says which names, where the
/// derived one says "expected string key for externally tagged enum" for `{}` or `[]`.
macro_rules! by_name {
    ($ty:ident, $what:literal, { $($name:literal => $variant:ident),* $(,)? }) => {
        impl<'de> Deserialize<'de> for $ty {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                const NAMES: &[&str] = &[$($name),*];
                struct V;
                impl serde::de::Visitor<'_> for V {
                    type Value = $ty;
                    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                        write!(f, "{}: one of {}", $what, NAMES.join(", "))
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

/// `Deserialize` for an entry that is text or a `{ …, weight }` mapping.
macro_rules! text_or_weighted {
    ($entry:ident, $weighted:ident, $expecting:literal) => {
        impl<'de> Deserialize<'de> for $entry {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                struct V;
                impl<'de> serde::de::Visitor<'de> for V {
                    type Value = $entry;
                    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                        f.write_str($expecting)
                    }
                    fn visit_str<E>(self, v: &str) -> Result<$entry, E> {
                        Ok($entry::Plain(v.to_owned()))
                    }
                    fn visit_map<A: serde::de::MapAccess<'de>>(
                        self,
                        map: A,
                    ) -> Result<$entry, A::Error> {
                        $weighted::deserialize(serde::de::value::MapAccessDeserializer::new(map))
                            .map($entry::Weighted)
                    }
                }
                deserializer.deserialize_any(V)
            }
        }
    };
}

/// One rule file. A rule set is one or more of these, merged.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawRuleFile {
    /// Format version; must be 1.
    #[schemars(with = "u32")]
    pub version: Spanned<crate::yaml::Version>,
    #[serde(default)]
    pub signals: Vec<RawSignal>,
    #[serde(default)]
    pub triggers: Vec<RawTrigger>,
    #[serde(default)]
    pub routes: Vec<RawRoute>,
    #[serde(default)]
    #[schemars(with = "Option<RawDefaultRoute>")]
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
    #[serde(default)]
    pub(crate) default_route: Option<Spanned<RawDefaultRoute>>,
    #[serde(default)]
    pub(crate) teams: Vec<RawTeam>,
    #[serde(default)]
    pub(crate) templates: Vec<RawTemplate>,
}

/// A named, reusable text detector.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawSignal {
    #[schemars(with = "String")]
    pub id: Spanned<String>,
    #[serde(default)]
    pub description: Option<String>,
    /// A built-in detector this signal includes.
    #[serde(default)]
    #[schemars(with = "Option<Builtin>")]
    pub builtin: Option<Spanned<Builtin>>,
    #[serde(default)]
    #[schemars(with = "Vec<PhraseEntry>")]
    pub phrases: Vec<Spanned<PhraseEntry>>,
    #[serde(default)]
    #[schemars(with = "Vec<RegexEntry>")]
    pub regex: Vec<Spanned<RegexEntry>>,
    /// Sum of weights of distinct matched entries needed in one message (default 1,
    /// or the built-in detector's own threshold).
    #[serde(default)]
    #[schemars(with = "Option<f64>")]
    pub threshold: Option<Spanned<f64>>,
    /// Ignore a phrase match preceded by a negation ("not", "don't", "never") in the same
    /// clause. Default: on for the frustration and human-request built-ins, off otherwise.
    #[serde(default)]
    #[schemars(with = "Option<bool>")]
    pub negation: Option<Spanned<bool>>,
    /// (`builtin: frustration`, `human_request` or `bot_fallback`.) Phrases of the
    /// built-in lexicon this signal leaves out. To change a built-in phrase's weight
    /// instead, list it under `phrases:` with the weight (0 disables it).
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub exclude: Vec<Spanned<String>>,
    /// (`builtin: repeat`.) Distinct words a message needs to count as a repeat when
    /// sent a second time (default 4).
    #[serde(default)]
    #[schemars(with = "Option<u32>", range(min = 1))]
    pub min_words: Option<Spanned<u32>>,
    /// (`builtin: repeat`.) Distinct words other than pleasantries and function words
    /// ("ok", "thanks", "please", "the", "my", …) a message needs to count at all
    /// (default 2: "okay thanks so much" or "Yes, please book it now." sent twice is not a
    /// repeat).
    #[serde(default)]
    #[schemars(with = "Option<u32>")]
    pub min_content_words: Option<Spanned<u32>>,
    /// (`builtin: repeat`.) A message shorter than `min_words` counts when it is sent
    /// this many times (at least 2; default: never).
    #[serde(default)]
    #[schemars(with = "Option<u32>", range(min = 2))]
    pub times: Option<Spanned<u32>>,
    /// (`builtin: shouting`.) Letters a message needs to count as shouting (default 12).
    #[serde(default)]
    #[schemars(with = "Option<u32>", range(min = 1))]
    pub min_letters: Option<Spanned<u32>>,
    /// (`builtin: shouting`.) Share of its letters that must be capitals, above 0 and at
    /// most 1 (default 0.7).
    #[serde(default)]
    #[schemars(with = "Option<f64>", range(min = 0, max = 1))]
    pub min_share: Option<Spanned<f64>>,
}

/// The built-in detectors.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Builtin {
    /// Weighted lexicon of frustrated or angry language.
    Frustration,
    /// Mostly upper-case messages.
    Shouting,
    /// The customer explicitly asks for a person.
    HumanRequest,
    /// The customer sends (nearly) the same message again.
    Repeat,
    /// The bot says it did not understand or cannot help.
    BotFallback,
}

by_name!(Builtin, "a built-in detector", {
    "frustration" => Frustration,
    "shouting" => Shouting,
    "human_request" => HumanRequest,
    "repeat" => Repeat,
    "bot_fallback" => BotFallback,
});

impl Builtin {
    pub fn as_str(self) -> &'static str {
        match self {
            Builtin::Frustration => "frustration",
            Builtin::Shouting => "shouting",
            Builtin::HumanRequest => "human_request",
            Builtin::Repeat => "repeat",
            Builtin::BotFallback => "bot_fallback",
        }
    }
}

/// `- "too expensive"` or `- { phrase: "too expensive", weight: 2 }`.
#[derive(Debug, Clone, JsonSchema)]
#[serde(untagged)]
pub enum PhraseEntry {
    Plain(String),
    Weighted(WeightedPhrase),
}

// Untagged enums say "data did not match any variant of untagged enum PhraseEntry"
// whatever went wrong, and lose the location of a mistake inside the mapping: these
// visitors say what an entry is, and let `{ phrase, weight }` report its own fields.
text_or_weighted!(
    PhraseEntry,
    WeightedPhrase,
    "a phrase: a string, or { phrase, weight }"
);

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct WeightedPhrase {
    pub phrase: String,
    pub weight: f64,
}

/// `- '\berr(or)?[ -]?\d{3}\b'` or `- { pattern: '...', weight: 2 }`.
#[derive(Debug, Clone, JsonSchema)]
#[serde(untagged)]
pub enum RegexEntry {
    Plain(String),
    Weighted(WeightedRegex),
}

text_or_weighted!(
    RegexEntry,
    WeightedRegex,
    "a regex: a string, or { pattern, weight }"
);

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct WeightedRegex {
    pub pattern: String,
    pub weight: f64,
}

/// An escalation trigger: when its condition holds after a message, the AI steps aside.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawTrigger {
    #[schemars(with = "String")]
    pub id: Spanned<String>,
    #[serde(default)]
    pub description: Option<String>,
    /// Why a human steps in, as a phrase that reads after "stepping in to …".
    #[serde(default)]
    pub reason: Option<String>,
    #[serde(default)]
    #[schemars(with = "Option<Severity>")]
    pub severity: Option<Spanned<Severity>>,
    #[schemars(with = "RawCondition")]
    pub when: Spanned<RawCondition>,
}

/// How urgent a trigger is; the most severe trigger names the reason of an escalation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    Low,
    #[default]
    Medium,
    High,
    Critical,
}

by_name!(Severity, "a severity", {
    "low" => Low,
    "medium" => Medium,
    "high" => High,
    "critical" => Critical,
});

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Low => "low",
            Severity::Medium => "medium",
            Severity::High => "high",
            Severity::Critical => "critical",
        }
    }
}

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
    /// A signal has matched at least `at_least` messages so far.
    Seen(RawSeenCondition),
    /// A conversation counter is within bounds.
    Counter(RawCounterCondition),
    /// A customer metadata field passes a test.
    Meta(Box<RawMetaCondition>),
    /// (Routes only.) This trigger fired at the escalation point.
    Trigger(#[schemars(with = "String")] Spanned<String>),
}

/// The keys a condition may have, in the order the docs list them.
const CONDITIONS: &[&str] = &[
    "all", "any", "not", "message", "seen", "counter", "meta", "trigger",
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
                    "trigger" => RawCondition::Trigger(map.next_value()?),
                    other => return Err(A::Error::unknown_variant(other, CONDITIONS)),
                };
                if let Some(extra) = map.next_key::<String>()? {
                    return Err(A::Error::invalid_value(
                        serde::de::Unexpected::Other(&format!("`{key}` and `{extra}`")),
                        &"one condition per mapping: combine conditions with `all:` or `any:`",
                    ));
                }
                Ok(condition)
            }
        }
        deserializer.deserialize_any(V)
    }
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawMessageCondition {
    #[serde(default)]
    #[schemars(with = "Option<RoleName>")]
    pub role: Option<Spanned<RoleName>>,
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub signal: Option<Spanned<String>>,
    #[serde(default)]
    #[schemars(with = "Vec<PhraseEntry>")]
    pub phrases: Vec<Spanned<PhraseEntry>>,
    #[serde(default)]
    #[schemars(with = "Vec<RegexEntry>")]
    pub regex: Vec<Spanned<RegexEntry>>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawSeenCondition {
    #[schemars(with = "String")]
    pub signal: Spanned<String>,
    #[serde(default)]
    #[schemars(with = "Option<RoleName>")]
    pub role: Option<Spanned<RoleName>>,
    #[serde(default)]
    #[schemars(with = "Option<u32>")]
    pub at_least: Option<Spanned<u32>>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawCounterCondition {
    #[schemars(with = "Counter")]
    pub name: Spanned<Counter>,
    #[serde(default)]
    #[schemars(with = "Option<f64>")]
    pub at_least: Option<Spanned<f64>>,
    #[serde(default)]
    #[schemars(with = "Option<f64>")]
    pub at_most: Option<Spanned<f64>>,
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
    "minutes_elapsed" => MinutesElapsed,
});

impl Counter {
    pub fn as_str(self) -> &'static str {
        match self {
            Counter::Turn => "turn",
            Counter::CustomerMessages => "customer_messages",
            Counter::BotMessages => "bot_messages",
            Counter::AgentMessages => "agent_messages",
            Counter::BotFallbacks => "bot_fallbacks",
            Counter::CustomerRepeats => "customer_repeats",
            Counter::MinutesElapsed => "minutes_elapsed",
        }
    }
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawMetaCondition {
    #[schemars(with = "String")]
    pub field: Spanned<String>,
    #[serde(default)]
    #[schemars(with = "Option<Scalar>")]
    pub equals: Option<Spanned<Scalar>>,
    #[serde(default, rename = "in")]
    #[schemars(with = "Option<Vec<Scalar>>")]
    pub in_: Option<Spanned<Vec<Scalar>>>,
    #[serde(default)]
    #[schemars(with = "Option<f64>")]
    pub gt: Option<Spanned<f64>>,
    #[serde(default)]
    #[schemars(with = "Option<f64>")]
    pub gte: Option<Spanned<f64>>,
    #[serde(default)]
    #[schemars(with = "Option<f64>")]
    pub lt: Option<Spanned<f64>>,
    #[serde(default)]
    #[schemars(with = "Option<f64>")]
    pub lte: Option<Spanned<f64>>,
    #[serde(default)]
    #[schemars(with = "Option<bool>")]
    pub exists: Option<Spanned<bool>>,
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub matches: Option<Spanned<String>>,
}

/// A YAML scalar compared as text: `enterprise`, `500`, `true`.
#[derive(Debug, Clone, JsonSchema)]
#[serde(untagged)]
pub enum Scalar {
    Bool(bool),
    Int(i64),
    Float(f64),
    Text(String),
}

impl<'de> Deserialize<'de> for Scalar {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct V;
        impl serde::de::Visitor<'_> for V {
            type Value = Scalar;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a single value (text, a number, true or false), not a list or mapping")
            }
            fn visit_bool<E>(self, v: bool) -> Result<Scalar, E> {
                Ok(Scalar::Bool(v))
            }
            fn visit_i64<E>(self, v: i64) -> Result<Scalar, E> {
                Ok(Scalar::Int(v))
            }
            fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<Scalar, E> {
                Ok(i64::try_from(v).map_or(Scalar::Text(v.to_string()), Scalar::Int))
            }
            fn visit_f64<E>(self, v: f64) -> Result<Scalar, E> {
                Ok(Scalar::Float(v))
            }
            fn visit_str<E>(self, v: &str) -> Result<Scalar, E> {
                Ok(Scalar::Text(v.to_owned()))
            }
        }
        deserializer.deserialize_any(V)
    }
}

impl Scalar {
    pub fn to_text(&self) -> String {
        match self {
            Scalar::Bool(b) => b.to_string(),
            Scalar::Int(i) => i.to_string(),
            Scalar::Float(f) => f.to_string(),
            Scalar::Text(s) => s.clone(),
        }
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

/// Ordered routing: the first route whose condition holds at the escalation point wins.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawRoute {
    #[schemars(with = "String")]
    pub id: Spanned<String>,
    #[serde(default)]
    pub description: Option<String>,
    #[schemars(with = "RawCondition")]
    pub when: Spanned<RawCondition>,
    #[schemars(with = "String")]
    pub team: Spanned<String>,
}

/// Where an escalation goes when no route matches; its route id is `default`.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawDefaultRoute {
    #[schemars(with = "String")]
    pub team: Spanned<String>,
    #[serde(default)]
    pub description: Option<String>,
}

/// A human team that takes conversations over.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawTeam {
    #[schemars(with = "String")]
    pub id: Spanned<String>,
    /// Display name, e.g. "Senior Account Executives".
    pub name: String,
    /// The name the human signs with; a placeholder when absent.
    #[serde(default)]
    pub agent: Option<String>,
    /// Bridge-message template, inline.
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub bridge: Option<Spanned<String>>,
    /// Bridge-message template, by id from `templates:`.
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub bridge_template: Option<Spanned<String>>,
    /// Bridge-message templates by primary trigger id, inline; `bridge` for the others.
    #[serde(default)]
    #[schemars(with = "HashMap<String, String>")]
    pub bridges: HashMap<Spanned<String>, Spanned<String>>,
    #[serde(default)]
    pub description: Option<String>,
}

/// A named template that teams can share.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawTemplate {
    #[schemars(with = "String")]
    pub id: Spanned<String>,
    #[schemars(with = "String")]
    pub text: Spanned<String>,
}
