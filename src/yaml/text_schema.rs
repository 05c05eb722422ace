//! For the JSON Schemas only: text as the YAML loaders read it. serde-saphyr reads a
//! number or `true`/`false` written bare where text is asked for as the text it is
//! written as (`phrases: [404]` is the phrase "404", `agent: 007` the agent "007"), so
//! the schemas must say so, or an editor flags what loads (review 17, item 9). Takes
//! nothing; gives [`SchemaText`] and [`SchemaNonEmptyText`] (named `Text` and `NonEmptyText` in
//! the schemas), for `#[schemars(with = …)]`.

use schemars::JsonSchema;

/// For the schema only: text, as the loader reads it. A number or `true`/`false` written
/// bare is text too (`- customer: 12345` is the message "12345", `time: 1709284500` Unix
/// seconds), so an editor must not flag it; `null` is not text.
pub(crate) struct SchemaText;

impl JsonSchema for SchemaText {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Text".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "Text; a number or true/false written bare is read as the text it is written as.",
            "type": ["string", "number", "boolean"],
        })
    }
}

/// For the schema only: [`SchemaText`] with something in it, not empty nor only spaces.
pub(crate) struct SchemaNonEmptyText;

impl JsonSchema for SchemaNonEmptyText {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "NonEmptyText".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "Text that is not empty nor only spaces; a number or true/false written bare is read as the text it is written as.",
            "type": ["string", "number", "boolean"],
            "pattern": "\\S",
        })
    }
}
