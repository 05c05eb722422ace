//! Signals in the rule file's serde mirror: `RawSignal`, its phrase and regex entries and
//! the names of the built-in detectors, as written, with spans. Checking them (weights,
//! regex syntax, settings that belong to another built-in) is `validate`'s.

use schemars::JsonSchema;
use serde::Deserialize;

use super::Spanned;
use super::triggers::description;
use crate::yaml::SchemaText as Text;

crate::yaml::given_fn!(
    builtin,
    "a built-in detector: frustration, shouting, human_request, repeat or bot_fallback"
);

/// A named, reusable text detector.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
// `threshold:` or `builtin: ~` with nothing after it is S003, not the key left out: no
// `null` either.
#[schemars(transform = crate::yaml::no_null_defaults)]
pub struct RawSignal {
    #[schemars(with = "crate::yaml::SchemaId")]
    pub id: Spanned<String>,
    #[serde(default, deserialize_with = "description")]
    #[schemars(with = "Text")]
    pub description: Option<String>,
    /// A built-in detector this signal includes.
    #[serde(default, deserialize_with = "builtin")]
    #[schemars(with = "Builtin")]
    pub builtin: Option<Spanned<Builtin>>,
    #[serde(default)]
    #[schemars(with = "Vec<PhraseEntry>")]
    pub phrases: Vec<Spanned<PhraseEntry>>,
    #[serde(default)]
    #[schemars(with = "Vec<RegexEntry>")]
    pub regex: Vec<Spanned<RegexEntry>>,
    /// Sum of weights of distinct matched entries needed in one message (default 1,
    /// or the built-in detector's own threshold).
    #[serde(default, deserialize_with = "crate::yaml::unquoted")]
    #[schemars(with = "f64")]
    pub threshold: Option<Spanned<f64>>,
    /// Ignore a phrase match preceded by a negation ("not", "don't", "never") in the same
    /// clause. Default: on for the frustration and human-request built-ins, off otherwise.
    #[serde(default, deserialize_with = "crate::yaml::unquoted_flag")]
    #[schemars(with = "bool")]
    pub negation: Option<Spanned<bool>>,
    /// Whether a handoff packet's summary lists the signal as a topic of the conversation
    /// when it matched. Default: yes for a signal of phrases or regexes that the
    /// conditions read as it is, no for a built-in detector (a mood) or one read only
    /// under `not:`. `false` for a signal that qualifies others ("cancel" beside giving
    /// up, the weather beside a complaint) and tells an agent nothing alone.
    #[serde(default, deserialize_with = "crate::yaml::unquoted_flag")]
    #[schemars(with = "bool")]
    pub topic: Option<Spanned<bool>>,
    /// (`builtin: frustration`, `human_request` or `bot_fallback`.) Phrases of the
    /// built-in lexicon this signal leaves out. To change a built-in phrase's weight
    /// instead, list it under `phrases:` with the weight (0 disables it).
    #[serde(default)]
    #[schemars(with = "Vec<Text>")]
    pub exclude: Vec<Spanned<String>>,
    /// (`builtin: repeat`.) Distinct words a message needs to count as a repeat when
    /// sent a second time (default 4).
    #[serde(default, deserialize_with = "crate::yaml::unquoted")]
    #[schemars(with = "u32", range(min = 1))]
    pub min_words: Option<Spanned<u32>>,
    /// (`builtin: repeat`.) Distinct words other than pleasantries and function words
    /// ("ok", "thanks", "please", "the", "my", …) a message needs to count at all
    /// (default 2: "okay thanks so much" or "Yes, please book it now." sent twice is not a
    /// repeat).
    #[serde(default, deserialize_with = "crate::yaml::unquoted")]
    #[schemars(with = "u32")]
    pub min_content_words: Option<Spanned<u32>>,
    /// (`builtin: repeat`.) A message shorter than `min_words` counts when it is sent
    /// this many times (at least 2; default: never).
    #[serde(default, deserialize_with = "crate::yaml::unquoted")]
    #[schemars(with = "u32", range(min = 2))]
    pub times: Option<Spanned<u32>>,
    /// (`builtin: shouting`.) Letters a message needs to count as shouting (default 12).
    #[serde(default, deserialize_with = "crate::yaml::unquoted")]
    #[schemars(with = "u32", range(min = 1))]
    pub min_letters: Option<Spanned<u32>>,
    /// (`builtin: shouting`.) Share of its letters that must be capitals, above 0 and at
    /// most 1 (default 0.7).
    #[serde(default, deserialize_with = "crate::yaml::unquoted")]
    #[schemars(with = "f64", range(min = 0, max = 1))]
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
    /// Every built-in detector.
    pub const ALL: [Builtin; 5] = [
        Builtin::Frustration,
        Builtin::Shouting,
        Builtin::HumanRequest,
        Builtin::Repeat,
        Builtin::BotFallback,
    ];

    /// The detector of this name, as a rule file writes it (`human_request`).
    pub fn named(name: &str) -> Option<Builtin> {
        Self::ALL.into_iter().find(|b| b.as_str() == name)
    }

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
    Plain(#[schemars(with = "Text")] String),
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
    #[schemars(with = "Text")]
    pub phrase: Spanned<String>,
    #[serde(deserialize_with = "crate::yaml::unquoted_spanned")]
    #[schemars(with = "f64")]
    pub weight: Spanned<f64>,
}

/// `- '\berr(or)?[ -]?\d{3}\b'` or `- { pattern: '...', weight: 2 }`.
#[derive(Debug, Clone, JsonSchema)]
#[serde(untagged)]
pub enum RegexEntry {
    Plain(#[schemars(with = "Text")] String),
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
    #[schemars(with = "Text")]
    pub pattern: Spanned<String>,
    #[serde(deserialize_with = "crate::yaml::unquoted_spanned")]
    #[schemars(with = "f64")]
    pub weight: Spanned<f64>,
}
