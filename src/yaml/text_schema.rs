//! For the JSON Schemas only: text as the YAML loaders read it. serde-saphyr reads a
//! number or `true`/`false` written bare where text is asked for as the text it is
//! written as (`phrases: [404]` is the phrase "404", `agent: 007` the agent "007"), so
//! the schemas must say so, or an editor flags what loads. Takes
//! nothing; gives [`SchemaText`], [`SchemaNonEmptyText`] and [`SchemaId`] (named `Text`,
//! `NonEmptyText` and `Id` in the schemas), for `#[schemars(with = …)]`, and
//! [`no_null_defaults`], for `#[schemars(transform = …)]`.

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

/// For the schema only: an id of a signal, trigger, route, team or template, as the
/// loader takes it (`S008` otherwise): letters, digits, `-`, `_` and `.`. A pattern over
/// ASCII only, as editors' regex engines may lack Unicode classes: letters past ASCII
/// pass, as they do in the loader, and so does other punctuation past ASCII, which the
/// loader refuses.
pub(crate) struct SchemaId;

impl JsonSchema for SchemaId {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Id".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "An id: letters, digits, `-`, `_` and `.`, no spaces; a number or true/false written bare is read as the text it is written as.",
            "type": ["string", "number", "boolean"],
            "pattern": "^[^\\u0000-\\u002c\\u002f\\u003a-\\u0040\\u005b-\\u005e\\u0060\\u007b-\\u007f]+$",
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

/// Leaves out of a schema the `"default": null` schemars gives each field of `Option`
/// type: a key left out is not checked, and `null` is no value of most of them.
pub(crate) fn no_null_defaults(schema: &mut schemars::Schema) {
    if let Some(serde_json::Value::Object(properties)) = schema.get_mut("properties") {
        for property in properties.values_mut() {
            if let Some(p) = property.as_object_mut()
                && p.get("default") == Some(&serde_json::Value::Null)
            {
                p.remove("default");
            }
        }
    }
}
