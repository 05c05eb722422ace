//! Routing in the rule file's serde mirror: routes, the default route, teams and the
//! templates they share, as written, with spans. Whether the teams and templates they
//! name exist, and whether the templates parse, is `validate`'s to say.

use std::collections::HashMap;

use schemars::JsonSchema;
use serde::Deserialize;

use super::triggers::description;
use super::{RawCondition, Spanned};
use crate::yaml::SchemaText as Text;

crate::yaml::given_fn!(agent, "the name the agent signs with");
crate::yaml::given_fn!(bridge, "a bridge-message template");
crate::yaml::given_fn!(template_id, "the id of a template from `templates:`");

/// Ordered routing: the first route whose condition holds at the escalation point wins.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
// A value left empty (`description: ~`) is S003, not the key left out: no `null` either.
#[schemars(transform = crate::yaml::no_null_defaults)]
pub struct RawRoute {
    #[schemars(with = "crate::yaml::SchemaId")]
    pub id: Spanned<String>,
    #[serde(default, deserialize_with = "description")]
    #[schemars(with = "Text")]
    pub description: Option<String>,
    #[schemars(with = "RawCondition")]
    pub when: Spanned<RawCondition>,
    #[schemars(with = "Text")]
    pub team: Spanned<String>,
}

/// Where an escalation goes when no route matches; its route id is `default`.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(transform = crate::yaml::no_null_defaults)]
pub struct RawDefaultRoute {
    #[schemars(with = "Text")]
    pub team: Spanned<String>,
    #[serde(default, deserialize_with = "description")]
    #[schemars(with = "Text")]
    pub description: Option<String>,
}

/// A human team that takes conversations over.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
// `bridge` and `bridge_template` both is S008: an editor says so too.
#[schemars(extend("not" = { "required": ["bridge", "bridge_template"] }))]
#[schemars(transform = crate::yaml::no_null_defaults)]
pub struct RawTeam {
    #[schemars(with = "crate::yaml::SchemaId")]
    pub id: Spanned<String>,
    /// Display name, e.g. "Senior Account Executives".
    #[schemars(with = "Text")]
    pub name: String,
    /// The name the human signs with; a placeholder when absent.
    #[serde(default, deserialize_with = "agent")]
    #[schemars(with = "Text")]
    pub agent: Option<String>,
    /// Bridge-message template, inline.
    #[serde(default, deserialize_with = "bridge")]
    #[schemars(with = "Text")]
    pub bridge: Option<Spanned<String>>,
    /// Bridge-message template, by id from `templates:`.
    #[serde(default, deserialize_with = "template_id")]
    #[schemars(with = "Text")]
    pub bridge_template: Option<Spanned<String>>,
    /// Bridge-message templates by primary trigger id, inline; `bridge` for the others.
    #[serde(default)]
    #[schemars(with = "HashMap<String, Text>")]
    pub bridges: HashMap<Spanned<String>, Spanned<String>>,
    #[serde(default, deserialize_with = "description")]
    #[schemars(with = "Text")]
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
