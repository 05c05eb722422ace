//! The rules schema's condition fields against the loader: each value left empty, taken
//! by the schema where the loader takes it. Days and time zones are in
//! `days_and_zones.rs`.

use super::super::rules_schema;

/// Whether the rule file with `condition` as a trigger's `when:` loads: `Err` with the
/// codes of its errors when not.
pub(super) fn loads(condition: &str) -> Result<(), Vec<&'static str>> {
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

/// Whether the rule file `text` loads: `Err` with the codes of its errors when not, and
/// the message of the first.
fn loads_file(text: &str) -> Result<(), (Vec<&'static str>, String)> {
    match crate::rules::parse_rule_set(vec![("r.yaml".into(), text.to_owned())]) {
        Ok(_) => Ok(()),
        Err(crate::rules::RuleSetError::Invalid { diagnostics, .. }) => Err((
            diagnostics.iter().filter_map(|d| d.code).collect(),
            diagnostics[0].message.clone(),
        )),
        Err(e) => panic!("{text}: {e}"),
    }
}

/// A value left empty (`within:`, `at_least: ~`, `tz: ~`, `role:`) is S003, whatever the
/// field: the team's decision (lint12), as `tz:` left empty silently meant UTC and
/// `role: ~` any role. The schema takes no `null` for any of them, and gives no
/// `"default": null`. Each field, both ways.
#[test]
fn a_condition_left_empty_is_refused_where_the_loader_refuses_it() {
    let schema: serde_json::Value = serde_json::from_str(&rules_schema()).unwrap();
    let defs = &schema["definitions"];
    // (definition, field, the condition with that field `~` or empty)
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
        (
            "RawMessageCondition",
            "role",
            "message: { role: ~, signal: s }",
        ),
        (
            "RawMessageCondition",
            "signal",
            "message: { signal: null, phrases: [a] }",
        ),
        ("RawSeenCondition", "role", "seen: { signal: s, role: }"),
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
        ("RawHoursCondition", "tz", "hours: { days: [mon], tz: }"),
    ];
    for (def, field, condition) in refused {
        let codes = loads(condition).expect_err(condition);
        assert_eq!(codes, ["S003"], "{condition}");
        let property = &defs[def]["properties"][field];
        assert!(property.is_object(), "{def}.{field}");
        assert!(!takes_null(property), "{def}.{field}: {property}");
        assert!(
            property.get("default").is_none(),
            "{def}.{field}: {property}"
        );
    }
    // Every optional field of every condition is in the list above.
    for def in [
        "RawCounterCondition",
        "RawSeenCondition",
        "RawMetaCondition",
        "RawMessageCondition",
        "RawHoursCondition",
    ] {
        let required = defs[def]["required"]
            .as_array()
            .cloned()
            .unwrap_or_default();
        for field in defs[def]["properties"].as_object().unwrap().keys() {
            let listed = refused.iter().any(|(d, f, _)| *d == def && f == field);
            let lists = ["phrases", "regex"].contains(&field.as_str());
            assert!(
                listed || lists || required.contains(&serde_json::json!(field)),
                "{def}.{field} is not checked"
            );
        }
    }
}

/// The other optional values of a rule file, left empty, are S003 at the value, with
/// what the key takes; the schema takes no `null` for them. `tz: ~` says the words of
/// the team's decision.
#[test]
fn every_optional_value_left_empty_is_refused_at_the_value() {
    let base = "version: 1\nsignals:\n  - id: s\n    phrases: [a]\ntriggers:\n  - id: t\n    when: { message: { signal: s } }\nteams:\n  - id: x\n    name: X\n";
    let schema: serde_json::Value = serde_json::from_str(&rules_schema()).unwrap();
    let defs = &schema["definitions"];
    for (def, field, text, expected) in [
        (
            "RawSignal",
            "description",
            base.replace("phrases: [a]", "phrases: [a]\n    description: ~"),
            "expected a description, found nothing",
        ),
        (
            "RawSignal",
            "builtin",
            base.replace("phrases: [a]", "phrases: [a]\n    builtin:"),
            "expected a built-in detector",
        ),
        (
            "RawTrigger",
            "description",
            base.replace("  - id: t\n", "  - id: t\n    description: null\n"),
            "expected a description",
        ),
        (
            "RawTrigger",
            "reason",
            base.replace("  - id: t\n", "  - id: t\n    reason:\n"),
            "expected a reason",
        ),
        (
            "RawTrigger",
            "severity",
            base.replace("  - id: t\n", "  - id: t\n    severity: ~\n"),
            "expected a severity: low, medium, high or critical, found nothing",
        ),
        (
            "RawTeam",
            "agent",
            format!("{base}    agent: ~\n"),
            "expected the name the agent signs with",
        ),
        (
            "RawTeam",
            "bridge",
            format!("{base}    bridge:\n"),
            "expected a bridge-message template",
        ),
        (
            "RawTeam",
            "bridge_template",
            format!("{base}    bridge_template: ~\n"),
            "expected the id of a template",
        ),
        (
            "RawTeam",
            "description",
            format!("{base}    description: ~\n"),
            "expected a description",
        ),
        (
            "RawRoute",
            "description",
            format!(
                "{base}routes:\n  - id: r\n    description: ~\n    when: {{ trigger: t }}\n    team: x\n"
            ),
            "expected a description",
        ),
        (
            "RawDefaultRoute",
            "description",
            format!("{base}default_route: {{ team: x, description: ~ }}\n"),
            "expected a description",
        ),
        (
            "RawRuleFile",
            "default_route",
            format!("{base}default_route: ~\n"),
            "expected a default route",
        ),
        (
            "RawHoursCondition",
            "tz",
            base.replace(
                "{ message: { signal: s } }",
                "{ hours: { days: [mon], tz: ~ } }",
            ),
            "expected a time zone name such as `Europe/London`, found nothing; leave the key out for the default",
        ),
    ] {
        let (codes, message) = loads_file(&text).expect_err(&text);
        assert_eq!(codes, ["S003"], "{text}");
        assert!(message.starts_with(expected), "{text}: {message}");
        assert!(
            message.ends_with("found nothing; leave the key out for the default"),
            "{message}"
        );
        let property = if def == "RawRuleFile" {
            &schema["properties"][field]
        } else {
            &defs[def]["properties"][field]
        };
        assert!(property.is_object(), "{def}.{field}");
        assert!(!takes_null(property), "{def}.{field}: {property}");
        assert!(property.get("default").is_none(), "{def}.{field}");
    }
    // Left out, each is the default, as before.
    assert_eq!(loads_file(base), Ok(()));
}
