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
mod tests {
    use std::path::Path;

    /// The committed schemas are what the types generate; `UPDATE_SCHEMA=1 cargo test
    /// schemas_are_current` rewrites them.
    #[test]
    fn schemas_are_current() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("schema");
        for (file, text) in [
            ("rules.schema.json", super::rules_schema()),
            ("tests.schema.json", crate::ruletest::tests_schema()),
            ("config.schema.json", crate::project::config_schema()),
        ] {
            let path = root.join(file);
            if std::env::var_os("UPDATE_SCHEMA").is_some() {
                std::fs::write(&path, &text).unwrap();
            }
            let committed = std::fs::read_to_string(&path).unwrap_or_default();
            assert!(
                committed == text,
                "schema/{file} is out of date: run `UPDATE_SCHEMA=1 cargo test schemas_are_current`"
            );
        }
    }

    /// Audit 10: an editor passed what the loader refuses. Ids follow the loader's rule
    /// (for ASCII), a value the loader reads as "found nothing" is no `null` in the
    /// schema, and a team with both bridge keys is refused.
    #[test]
    fn the_schema_refuses_what_the_loader_refuses() {
        let schema: serde_json::Value = serde_json::from_str(&super::rules_schema()).unwrap();
        let defs = &schema["definitions"];
        // The pattern, in the regex crate's syntax (`\\u0000` → `\\x{0000}`).
        let id = |text: &str| {
            let source = defs["Id"]["pattern"].as_str().unwrap();
            let (mut pattern, mut left) = (String::new(), source);
            while let Some(at) = left.find("\\u") {
                pattern.push_str(&left[..at]);
                pattern.push_str("\\x{");
                pattern.push_str(&left[at + 2..at + 6]);
                pattern.push('}');
                left = &left[at + 6..];
            }
            pattern.push_str(left);
            regex::Regex::new(&pattern).unwrap().is_match(text)
        };
        for ok in ["frustration", "bot-loop", "v2.pricing_eu", "Ümlaut", "404"] {
            assert!(id(ok), "{ok}");
        }
        for bad in [
            "my signal",
            "",
            "a/b",
            "a:b",
            "a,b",
            "(x)",
            "tab\there",
            "a!",
        ] {
            assert!(!id(bad), "{bad}");
        }
        let signal = &defs["RawSignal"]["properties"];
        for (field, ty) in [
            ("threshold", "number"),
            ("negation", "boolean"),
            ("min_words", "integer"),
        ] {
            assert_eq!(signal[field]["type"], ty, "{field}");
            assert!(signal[field].get("default").is_none(), "{field}");
        }
        assert_eq!(
            defs["RawTeam"]["not"]["required"],
            serde_json::json!(["bridge", "bridge_template"])
        );
    }

    /// Whether the rule file with `condition` as a trigger's `when:` loads: `Err` with the
    /// codes of its errors when not.
    fn loads(condition: &str) -> Result<(), Vec<&'static str>> {
        let text = format!(
            "version: 1\nsignals:\n  - id: s\n    phrases: [a]\ntriggers:\n  - id: t\n    when: {{ {condition} }}\n"
        );
        match crate::rules::parse_rule_set(vec![("r.yaml".into(), text)]) {
            Ok(_) => Ok(()),
            Err(crate::rules::RuleSetError::Invalid { diagnostics, .. }) => {
                Err(diagnostics.iter().filter_map(|d| d.code).collect())
            }
            Err(e) => panic!("{condition}: {e}"),
        }
    }

    /// Whether a property's schema takes `null`: as one of its types, or as a branch.
    fn takes_null(property: &serde_json::Value) -> bool {
        let null = serde_json::json!("null");
        property["type"] == null
            || property["type"]
                .as_array()
                .is_some_and(|types| types.contains(&null))
            || ["anyOf", "oneOf"].iter().any(|key| {
                property[key]
                    .as_array()
                    .is_some_and(|branches| branches.iter().any(takes_null))
            })
    }

    /// A condition's value left empty (`within:`, `at_least: ~`) is S003 where the loader
    /// reads a number or a flag, and the schema took `null` there; where the loader reads
    /// `~` as the key left out (`role`, `tz` …), it loads, and the schema takes it. Each
    /// field, both ways; and no `"default": null` on any of them.
    #[test]
    fn a_condition_left_empty_is_refused_where_the_loader_refuses_it() {
        let schema: serde_json::Value = serde_json::from_str(&super::rules_schema()).unwrap();
        let defs = &schema["definitions"];
        // (definition, field, the condition with that field `~`, the loader's S003)
        let refused = [
            (
                "RawCounterCondition",
                "at_least",
                "counter: { name: turn, at_least: ~ }",
            ),
            (
                "RawCounterCondition",
                "at_most",
                "counter: { name: turn, at_most: }",
            ),
            (
                "RawCounterCondition",
                "within",
                "counter: { name: bot_fallbacks, at_least: 2, within: ~ }",
            ),
            (
                "RawSeenCondition",
                "at_least",
                "seen: { signal: s, at_least: ~ }",
            ),
            (
                "RawSeenCondition",
                "within",
                "seen: { signal: s, within: ~ }",
            ),
            ("RawMetaCondition", "gt", "meta: { field: x, gt: ~ }"),
            ("RawMetaCondition", "gte", "meta: { field: x, gte: ~ }"),
            ("RawMetaCondition", "lt", "meta: { field: x, lt: }"),
            ("RawMetaCondition", "lte", "meta: { field: x, lte: ~ }"),
            (
                "RawMetaCondition",
                "exists",
                "meta: { field: x, exists: ~ }",
            ),
        ];
        for (def, field, condition) in refused {
            let codes = loads(condition).expect_err(condition);
            assert!(codes.contains(&"S003"), "{condition}: {codes:?}");
            let property = &defs[def]["properties"][field];
            assert!(property.is_object(), "{def}.{field}");
            assert!(!takes_null(property), "{def}.{field}: {property}");
        }
        let taken = [
            (
                "RawMessageCondition",
                "role",
                "message: { role: ~, signal: s }",
            ),
            (
                "RawMessageCondition",
                "signal",
                "message: { signal: ~, phrases: [a] }",
            ),
            ("RawSeenCondition", "role", "seen: { signal: s, role: ~ }"),
            (
                "RawMetaCondition",
                "equals",
                "meta: { field: x, equals: ~, exists: true }",
            ),
            (
                "RawMetaCondition",
                "in",
                "meta: { field: x, in: ~, exists: true }",
            ),
            (
                "RawMetaCondition",
                "matches",
                "meta: { field: x, matches: ~, exists: true }",
            ),
            (
                "RawHoursCondition",
                "between",
                "hours: { between: ~, days: [mon] }",
            ),
            (
                "RawHoursCondition",
                "days",
                "hours: { between: '09:00-17:00', days: ~ }",
            ),
            ("RawHoursCondition", "tz", "hours: { days: [mon], tz: ~ }"),
        ];
        for (def, field, condition) in taken {
            assert_eq!(loads(condition), Ok(()), "{condition}");
            let property = &defs[def]["properties"][field];
            assert!(takes_null(property), "{def}.{field}: {property}");
        }
        for (def, field, _) in refused.iter().chain(&taken) {
            let property = &defs[def]["properties"][field];
            assert!(
                property.get("default").is_none(),
                "{def}.{field}: {property}"
            );
        }
    }

    #[test]
    fn the_schema_refuses_unknown_fields_and_knows_conditions() {
        let schema: serde_json::Value = serde_json::from_str(&super::rules_schema()).unwrap();
        assert_eq!(schema["additionalProperties"], false);
        let defs = &schema["definitions"];
        for name in [
            "RawSignal",
            "RawTrigger",
            "RawRoute",
            "RawTeam",
            "RawCondition",
        ] {
            assert!(defs.get(name).is_some(), "no definition for {name}");
        }
        let conditions = serde_json::to_string(&defs["RawCondition"]).unwrap();
        for key in [
            "all", "any", "not", "message", "seen", "counter", "meta", "trigger",
        ] {
            assert!(
                conditions.contains(&format!("\"{key}\"")),
                "condition `{key}`"
            );
        }
    }

    /// Review 17 (item 9): the loader reads a number or `true` written where text belongs
    /// as that text (`phrases: [404]`, `agent: 007`, `reason: true`), and the schema
    /// flagged them. Every text field is `Text` (string, number or boolean), but for the
    /// names of a closed list (`const`, `enum`) and the `hours:` fields, where no number
    /// is ever right (`between: 9` loads as text and is S008).
    #[test]
    fn the_rules_schema_takes_numbers_and_booleans_where_text_belongs() {
        fn strings_only(node: &serde_json::Value, path: &str, found: &mut Vec<String>) {
            match node {
                serde_json::Value::Object(map) => {
                    let string = match map.get("type") {
                        Some(serde_json::Value::String(t)) => t == "string",
                        Some(serde_json::Value::Array(ts)) => {
                            ts.iter().any(|t| t == "string") && !ts.iter().any(|t| t == "number")
                        }
                        _ => false,
                    };
                    if string && !map.contains_key("const") && !map.contains_key("enum") {
                        found.push(path.to_owned());
                    }
                    for (key, value) in map {
                        strings_only(value, &format!("{path}/{key}"), found);
                    }
                }
                serde_json::Value::Array(items) => {
                    for (i, value) in items.iter().enumerate() {
                        strings_only(value, &format!("{path}/{i}"), found);
                    }
                }
                _ => {}
            }
        }
        let schema: serde_json::Value = serde_json::from_str(&super::rules_schema()).unwrap();
        let mut found = Vec::new();
        strings_only(&schema, "", &mut found);
        assert_eq!(
            found,
            [
                "/definitions/RawHoursCondition/properties/between",
                "/definitions/RawHoursCondition/properties/days/items",
                "/definitions/RawHoursCondition/properties/tz",
                // Beside a boolean, a whole number and a number.
                "/definitions/Scalar/anyOf/3",
            ]
        );
        let defs = &schema["definitions"];
        assert_eq!(
            defs["Text"]["type"],
            serde_json::json!(["string", "number", "boolean"])
        );
        let text = serde_json::json!({ "$ref": "#/definitions/Text" });
        let refers = |p: &serde_json::Value| {
            p == &text
                || p["allOf"][0] == text
                || p["anyOf"][0] == text
                || p["items"] == text
                || p["additionalProperties"] == text
        };
        // Ids too, through `Id`, which has the same types.
        assert_eq!(defs["Id"]["type"], defs["Text"]["type"]);
        assert_eq!(
            defs["RawSignal"]["properties"]["id"],
            serde_json::json!({ "$ref": "#/definitions/Id" })
        );
        for (def, field) in [
            ("RawSignal", "description"),
            ("RawSignal", "exclude"),
            ("RawTrigger", "reason"),
            ("RawRoute", "team"),
            ("RawTeam", "name"),
            ("RawTeam", "agent"),
            ("RawTeam", "bridge"),
            ("RawTeam", "bridges"),
            ("RawTemplate", "text"),
            ("WeightedPhrase", "phrase"),
            ("RawMetaCondition", "field"),
        ] {
            let p = &defs[def]["properties"][field];
            assert!(refers(p), "{def}.{field}: {p}");
        }
        assert_eq!(defs["PhraseEntry"]["anyOf"][0], text);
        assert_eq!(defs["RegexEntry"]["anyOf"][0], text);
        // A rule test names them as written: `team: 99` is the team `99`.
        let tests: serde_json::Value =
            serde_json::from_str(&crate::ruletest::tests_schema()).unwrap();
        for field in ["trigger", "triggers", "route", "team"] {
            let p = &tests["definitions"]["RawExpect"]["properties"][field];
            assert!(refers(p), "expect.{field}: {p}");
        }
    }

    /// Review: both schemas gave `version` as any whole number ≥ 0, so an editor took
    /// `version: 2`, which loading refuses (S005). The one version there is, is the only
    /// value they take.
    #[test]
    fn the_schemas_take_version_1_only() {
        for text in [super::rules_schema(), crate::ruletest::tests_schema()] {
            let schema: serde_json::Value = serde_json::from_str(&text).unwrap();
            let version = &schema["properties"]["version"];
            assert_eq!(version["const"], 1, "{version}");
            assert_eq!(version["type"], "integer", "{version}");
            assert!(version.get("minimum").is_none(), "{version}");
        }
    }
}
