//! Routing in the rule file's serde mirror: routes, the default route, teams and the
//! templates they share, as written, with spans. Whether the teams and templates they
//! name exist, and whether the templates parse, is `validate`'s to say.

use std::collections::HashMap;

use schemars::JsonSchema;
use serde::Deserialize;

use super::{RawCondition, Spanned};
use crate::yaml::SchemaText as Text;

/// Ordered routing: the first route whose condition holds at the escalation point wins.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawRoute {
    #[schemars(with = "crate::yaml::SchemaId")]
    pub id: Spanned<String>,
    #[serde(default)]
    #[schemars(with = "Option<Text>")]
    pub description: Option<String>,
    #[schemars(with = "RawCondition")]
    pub when: Spanned<RawCondition>,
    #[schemars(with = "Text")]
    pub team: Spanned<String>,
}

/// Where an escalation goes when no route matches; its route id is `default`.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawDefaultRoute {
    #[schemars(with = "Text")]
    pub team: Spanned<String>,
    #[serde(default)]
    #[schemars(with = "Option<Text>")]
    pub description: Option<String>,
}

/// A human team that takes conversations over.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
// `bridge` and `bridge_template` both is S008: an editor says so too.
#[schemars(extend("not" = { "required": ["bridge", "bridge_template"] }))]
pub struct RawTeam {
    #[schemars(with = "crate::yaml::SchemaId")]
    pub id: Spanned<String>,
    /// Display name, e.g. "Senior Account Executives".
    #[schemars(with = "Text")]
    pub name: String,
    /// The name the human signs with; a placeholder when absent.
    #[serde(default)]
    #[schemars(with = "Option<Text>")]
    pub agent: Option<String>,
    /// Bridge-message template, inline.
    #[serde(default)]
    #[schemars(with = "Option<Text>")]
    pub bridge: Option<Spanned<String>>,
    /// Bridge-message template, by id from `templates:`.
    #[serde(default)]
    #[schemars(with = "Option<Text>")]
    pub bridge_template: Option<Spanned<String>>,
    /// Bridge-message templates by primary trigger id, inline; `bridge` for the others.
    #[serde(default)]
    #[schemars(with = "HashMap<String, Text>")]
    pub bridges: HashMap<Spanned<String>, Spanned<String>>,
    #[serde(default)]
    #[schemars(with = "Option<Text>")]
    pub description: Option<String>,
}

/// A named template that teams can share.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawTemplate {
    #[schemars(with = "crate::yaml::SchemaId")]
    pub id: Spanned<String>,
    #[schemars(with = "Text")]
    pub text: Spanned<String>,
}
