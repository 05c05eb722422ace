//! The JSON Schemas: current, and saying what the loaders say (ids, text written as a
//! number, versions, unknown fields); `loader` holds the schema's condition fields to the
//! loader one by one.

use std::path::Path;

mod days_and_zones;
mod loader;

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

/// An editor passed what the loader refuses. Ids follow the loader's rule
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

/// The loader reads a number or `true` written where text belongs
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
            // The `hours:` fields: `days`' items, `between` and `tz`.
            "/definitions/Day",
            "/definitions/RawHoursCondition/properties/between",
            // Beside a boolean, a whole number and a number.
            "/definitions/Scalar/anyOf/3",
            "/definitions/TimeZone",
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
    let tests: serde_json::Value = serde_json::from_str(&crate::ruletest::tests_schema()).unwrap();
    for field in ["trigger", "triggers", "route", "team"] {
        let p = &tests["definitions"]["RawExpect"]["properties"][field];
        assert!(refers(p), "expect.{field}: {p}");
    }
}

/// Both schemas gave `version` as any whole number ≥ 0, so an editor took
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
