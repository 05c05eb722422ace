//! For the JSON Schema of `.handoff.yaml` only: its `input:` section as the loader reads
//! it. The loader (`transcript::mapping`) reads a number or `true`/`false` written bare
//! as the text it is written as (`columns: { role: 2 }` is the column `2`, `bot: [8,
//! true]` the role values "8" and "true"), so the schema must take them where text goes,
//! as the rules' schema does. Takes nothing; gives
//! [`MappingFileSchema`] (named `MappingFile` in the schema) for `#[schemars(with = …)]`.
//! A test keeps its fields and their descriptions those of the loader's type.

use std::collections::HashMap;

use crate::yaml::SchemaText;

/// How an export's columns and role values map onto transcripts.
#[derive(schemars::JsonSchema)]
#[schemars(rename = "MappingFile", deny_unknown_fields)]
#[schemars(transform = crate::yaml::no_null_defaults)]
#[allow(dead_code)] // Read by the schema generator only.
pub(super) struct MappingFileSchema {
    /// Transcript field (`conversation_id`, `timestamp`, `role`, `text`) → the export's
    /// column holding it.
    #[schemars(default, extend("default" = {}), with = "HashMap<String, SchemaText>")]
    columns: HashMap<String, String>,
    /// Metadata field (what rules' `meta:` conditions name, `plan`) → the export's column
    /// holding it (`customer_tier`), for a column named otherwise than the rules expect.
    #[schemars(default, extend("default" = {}), with = "HashMap<String, SchemaText>")]
    meta: HashMap<String, String>,
    /// Role (`customer`, `bot`, `agent`) → the export's values meaning it: one, or a
    /// list.
    #[schemars(default)]
    roles: HashMap<String, RoleValuesSchema>,
    /// Columns that are neither a field nor customer metadata, such as a per-message
    /// `turn` counter. Each must be in the export.
    #[schemars(default, extend("default" = []))]
    ignore_columns: Vec<SchemaText>,
    /// The time zone of timestamps the export writes without an offset (`2026-03-02
    /// 09:15:00`, local wall-clock time): an IANA name (`Europe/London`) or a fixed
    /// offset (`+01:00`); default UTC. Timestamps with an offset keep theirs.
    // A name, never a number (`timestamp_tz: 1` is no zone), nor `null` (an error, not
    // UTC): the pattern of an `hours:` condition's `tz` in the rules' schema.
    #[schemars(default, with = "crate::rules::schema::SchemaTimeZone")]
    timestamp_tz: Option<String>,
    /// How the export writes slashed dates: `day-first` (`13/05/2020`, 13 May) or
    /// `month-first` (`05/13/2020`). Without it, the order is learned from the first
    /// slashed date with a day above 12; one both orders read (`05/06/2020`) before it is
    /// unread (D003).
    // A word, never a number: text only, as `timestamp_tz`.
    #[schemars(default, with = "String")]
    date_order: Option<String>,
    /// What separates a CSV export's fields: `,`, `;`, `tab` or `|` (or `comma`,
    /// `semicolon`, `pipe`). Without it, each file's is the one its header line holds
    /// most of outside quotes, commas on a tie.
    // A word or a character, never a number: text only, as `date_order`.
    #[schemars(default, with = "String")]
    delimiter: Option<String>,
}

/// The export's values for one role: `customer: requester` or `customer: [requester,
/// end-user]`.
#[derive(schemars::JsonSchema)]
#[schemars(rename = "RoleValues", untagged)]
#[allow(dead_code)] // Read by the schema generator only.
enum RoleValuesSchema {
    One(SchemaText),
    Many(Vec<SchemaText>),
}

#[cfg(test)]
mod tests {
    use serde_json::Value;

    use crate::project::ProjectFile;

    /// Whether `value` is valid against `schema`, for the draft-07 keywords the project
    /// file's schema uses (`$ref` into `definitions`, `type`, `anyOf`, `allOf`, `enum`,
    /// `pattern`, `properties`, `additionalProperties`, `required`, `items`).
    fn valid(root: &Value, schema: &Value, value: &Value) -> bool {
        let Some(schema) = schema.as_object() else {
            return schema.as_bool().unwrap_or(true);
        };
        if let Some(Value::String(r)) = schema.get("$ref") {
            let name = r.trim_start_matches("#/definitions/");
            return valid(root, &root["definitions"][name], value);
        }
        let type_ok = |t: &Value| match t.as_str().unwrap_or_default() {
            "string" => value.is_string(),
            "number" => value.is_number(),
            "integer" => value.is_i64() || value.is_u64(),
            "boolean" => value.is_boolean(),
            "null" => value.is_null(),
            "array" => value.is_array(),
            "object" => value.is_object(),
            other => panic!("type {other}"),
        };
        if let (Some(Value::String(pattern)), Value::String(text)) = (schema.get("pattern"), value)
            && !regex::Regex::new(pattern).unwrap().is_match(text)
        {
            return false;
        }
        let all = |key: &str| schema.get(key).and_then(Value::as_array);
        let props = schema.get("properties").and_then(Value::as_object);
        match schema.get("type") {
            Some(Value::Array(ts)) if !ts.iter().any(type_ok) => return false,
            Some(t @ Value::String(_)) if !type_ok(t) => return false,
            _ => {}
        }
        if all("anyOf").is_some_and(|s| !s.iter().any(|s| valid(root, s, value)))
            || all("allOf").is_some_and(|s| !s.iter().all(|s| valid(root, s, value)))
            || all("enum").is_some_and(|e| !e.contains(value))
        {
            return false;
        }
        if let Value::Array(items) = value
            && let Some(each) = schema.get("items")
            && !items.iter().all(|item| valid(root, each, item))
        {
            return false;
        }
        let Value::Object(map) = value else {
            return true;
        };
        let required = all("required").into_iter().flatten();
        if required
            .filter_map(Value::as_str)
            .any(|k| !map.contains_key(k))
        {
            return false;
        }
        map.iter()
            .all(|(key, v)| match props.and_then(|p| p.get(key)) {
                Some(s) => valid(root, s, v),
                None => schema
                    .get("additionalProperties")
                    .is_none_or(|s| valid(root, s, v)),
            })
    }

    /// The loader reads a number or `true` written as a column name or
    /// a role value as that text (`columns: { role: 2 }`, `bot: [8, true]`), and the
    /// schema once flagged them, as the rules' schema did too. The
    /// schema and the loader agree on each file: what one takes, the other takes.
    #[test]
    fn the_config_schema_and_the_loader_agree() {
        let schema: Value = serde_json::from_str(&crate::project::config_schema()).unwrap();
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(".handoff.yaml");
        for (yaml, ok) in [
            (
                "input:\n  columns: { role: 2, text: 1.5, conversation_id: true }\n",
                true,
            ),
            (
                "input:\n  meta: { plan: 7, tier: false }\n  ignore_columns: [3, true, turn]\n",
                true,
            ),
            (
                "input:\n  roles: { customer: 7, bot: [8, true], agent: human }\n",
                true,
            ),
            (
                "input:\n  timestamp_tz: Europe/London\nlint: { allow: [L002], deny_warnings: true }\n",
                true,
            ),
            ("# nothing yet\n", true),
            ("input:\n  roles: { bot: { a: b } }\n", false),
            ("input:\n  columns: { text: [a] }\n", false),
            ("input:\n  ignore_columns: turn\n", false),
            ("input:\n  timestamp_tz: 1\n", false),
            // The pattern of the rules' `tz` (lint12): a zone name, an offset, `UTC`.
            ("input:\n  timestamp_tz: ' +05:30 '\n", true),
            ("input:\n  timestamp_tz: Europe London\n", false),
            ("input:\n  timestamp_tz: GMT+1:00\n", false),
            // Left empty, an error (not UTC), as the rules' `tz: ~` is.
            ("input:\n  timestamp_tz: ~\n", false),
            ("input:\n  date_order:\n", false),
            ("input:\n  delimiter: \";\"\n", true),
            ("input:\n  delimiter:\n", false),
            ("input:\n  colums: { text: body }\n", false),
            ("lint: { deny_warnings: \"true\" }\n", false),
        ] {
            let value: Value = serde_saphyr::from_str(yaml).unwrap();
            let value = if value.is_null() {
                serde_json::json!({})
            } else {
                value
            };
            assert_eq!(valid(&schema, &schema, &value), ok, "schema: {yaml}");
            std::fs::write(&path, yaml).unwrap();
            assert_eq!(ProjectFile::read(&path).is_ok(), ok, "loader: {yaml}");
        }
    }

    /// The schema-only type keeps the loader's fields, their descriptions and defaults:
    /// only what each value's type takes differs.
    #[test]
    fn the_schema_s_input_section_is_the_loader_s() {
        let generate = |schema: schemars::Schema| {
            let mut value = serde_json::to_value(schema).unwrap();
            let props = value["properties"].as_object_mut().unwrap();
            for p in props.values_mut() {
                let p = p.as_object_mut().unwrap();
                p.retain(|key, _| key == "description" || key == "default");
            }
            value.as_object_mut().unwrap().remove("definitions");
            value.as_object_mut().unwrap().remove("$defs");
            value
        };
        let loader = generate(schemars::schema_for!(
            crate::transcript::mapping::MappingFile
        ));
        let ours = generate(schemars::schema_for!(super::MappingFileSchema));
        assert_eq!(ours, loader);
        assert_eq!(ours["properties"].as_object().unwrap().len(), 7);
    }
}
