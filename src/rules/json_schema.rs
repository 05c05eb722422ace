//! JSON Schema of the rule format, generated from the serde mirror (`schema.rs`), for
//! editors: with `# yaml-language-server: $schema=…` at the top of a rule file, VS Code
//! and other YAML-language-server editors validate and complete rules as they are typed.
//! Committed as `schema/rules.schema.json` (a test keeps it current).

use schemars::JsonSchema;
use schemars::generate::SchemaSettings;

use super::schema::RawRuleFile;

/// The schema of one rule file, as pretty JSON (draft-07, which the YAML language server
/// supports best).
pub fn rules_schema() -> String {
    schema_for::<RawRuleFile>(
        "handoff rule file (format v1)",
        "Signals, triggers, routes and teams that decide when a chatbot hands a conversation to a human. See the README's rule format reference.",
    )
}

/// The schema of `T` with a title and a description, as pretty JSON.
pub(crate) fn schema_for<T: JsonSchema>(title: &str, description: &str) -> String {
    let mut schema = SchemaSettings::draft07()
        .into_generator()
        .into_root_schema_for::<T>();
    schema.insert("title".into(), title.into());
    schema.insert("description".into(), description.into());
    let mut text = serde_json::to_string_pretty(&schema).unwrap_or_default();
    text.push('\n');
    text
}

#[cfg(test)]
mod tests;
