//! Triggers in the rule file's serde mirror: `RawTrigger` and its `Severity`, as written,
//! with spans. The trigger's condition is `conditions`'; resolving the ids it names is
//! `validate`'s.

use schemars::JsonSchema;
use serde::Deserialize;

use super::{RawCondition, Spanned};
use crate::yaml::SchemaText as Text;

crate::yaml::given_fn!(description, "a description");
crate::yaml::given_fn!(
    reason,
    "a reason, a phrase that reads after \"stepping in to …\""
);
crate::yaml::given_fn!(severity, "a severity: low, medium, high or critical");

/// An escalation trigger: when its condition holds after a message, the AI steps aside.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
// A value left empty (`reason: ~`) is S003, not the key left out: no `null` either.
#[schemars(transform = crate::yaml::no_null_defaults)]
pub struct RawTrigger {
    #[schemars(with = "crate::yaml::SchemaId")]
    pub id: Spanned<String>,
    #[serde(default, deserialize_with = "description")]
    #[schemars(with = "Text")]
    pub description: Option<String>,
    /// Why a human steps in, as a phrase that reads after "stepping in to …".
    #[serde(default, deserialize_with = "reason")]
    #[schemars(with = "Text")]
    pub reason: Option<String>,
    #[serde(default, deserialize_with = "severity")]
    #[schemars(with = "Severity")]
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
