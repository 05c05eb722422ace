//! The rules schema's condition fields against the loader: each value left empty, each
//! day and time zone, taken by the schema where the loader takes it.

use super::super::rules_schema;

/// The pattern of `definitions/<name>`, as the `regex` crate reads it: the patterns
/// of `Day` and `TimeZone` keep to the syntax it shares with JSON Schema's.
fn pattern_of(name: &str) -> regex::Regex {
    let schema: serde_json::Value = serde_json::from_str(&rules_schema()).unwrap();
    let definition = &schema["definitions"][name];
    assert_eq!(definition["type"], "string", "{definition}");
    regex::Regex::new(definition["pattern"].as_str().unwrap()).unwrap()
}

/// Audit: `days: [funday]` passed the schema, which took any text. It takes what
/// `parse_days` takes, no more: each name, short or long, in any case, alone or in
/// a range with any of the three dashes, spaces around.
#[test]
fn the_schema_takes_the_days_the_loader_takes() {
    use crate::rules::hours::{DAYS, LONG_DAYS, parse_days};
    let day = pattern_of("Day");
    let mut names: Vec<String> = Vec::new();
    for name in DAYS.iter().chain(&LONG_DAYS) {
        let capital = crate::rules::hours::capitalised(name);
        names.extend([(*name).to_owned(), name.to_ascii_uppercase(), capital]);
    }
    let mut candidates: Vec<String> = names.clone();
    for (i, a) in names.iter().enumerate().step_by(5) {
        for (j, b) in names.iter().enumerate().skip(i % 7).step_by(4) {
            let dash = ["-", "\u{2013}", "\u{2014}"][(i + j) % 3];
            candidates.extend([format!("{a}{dash}{b}"), format!(" {a} {dash} {b} ")]);
        }
    }
    candidates.extend(
        [
            "funday",
            "mo",
            "mond",
            "mondays",
            "mon-",
            "-fri",
            "mon-fri-sat",
            "mon,fri",
            "mon fri",
            "mon..fri",
            "mon/fri",
            "weekdays",
            "1",
            "",
            " ",
            "mon-funday",
            "tues",
            "thurs",
            "sat-",
            "mön",
            "\tsun\n",
        ]
        .map(str::to_owned),
    );
    for candidate in &candidates {
        assert_eq!(
            day.is_match(candidate),
            parse_days(candidate).is_ok(),
            "{candidate:?}"
        );
    }
    let schema: serde_json::Value = serde_json::from_str(&rules_schema()).unwrap();
    assert_eq!(
        schema["definitions"]["RawHoursCondition"]["properties"]["days"]["minItems"], 1,
        "`days: []` is S008"
    );
    assert_eq!(loads("hours: { days: [] }").unwrap_err(), ["S008"]);
    assert_eq!(loads("hours: { days: [funday] }").unwrap_err(), ["S008"]);
    assert_eq!(
        loads("hours: { days: [' Mon \u{2013} FRIDAY ', sun] }"),
        Ok(())
    );
}

/// Audit: `tz: Europe/Londn` passed the schema. A pattern cannot know the names of
/// the time zone database (see `SchemaTimeZone` for why they are not an `enum`): it
/// takes every name the loader takes, in any case, and every offset, and refuses what
/// is no name at all.
#[test]
fn the_schema_takes_the_time_zones_the_loader_takes_and_refuses_non_names() {
    use crate::rules::hours::parse_tz;
    let tz = pattern_of("TimeZone");
    let mut taken = 0;
    for name in jiff::tz::db().available() {
        let name = name.as_str();
        for written in [
            name.to_owned(),
            name.to_ascii_lowercase(),
            format!(" {name} "),
        ] {
            if parse_tz(&written).is_ok() {
                assert!(tz.is_match(&written), "{written:?}");
                taken += 1;
            }
        }
    }
    assert!(taken > 1000, "{taken} names");
    for offset in [
        "UTC", "utc", "Z", "+01:00", "-05:30", "+1:00", "+23:59", "-00:00",
    ] {
        assert!(parse_tz(offset).is_ok(), "{offset}");
        assert!(tz.is_match(offset), "{offset}");
    }
    for bad in [
        "Europe London",
        "London, UK",
        "Europe/",
        "/London",
        "Europe//London",
        "+5",
        "+24:00",
        "+01:60",
        "GMT+1:00",
        "1",
        "",
        "Paris (France)",
        "Europe/London;",
    ] {
        assert!(parse_tz(bad).is_err(), "{bad}");
        assert!(!tz.is_match(bad), "{bad}");
    }
    // What the pattern cannot tell: a name the database does not hold.
    assert!(tz.is_match("Europe/Londn"));
    assert_eq!(
        loads("hours: { days: [mon], tz: Europe/Londn }").unwrap_err(),
        ["S008"]
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
    let schema: serde_json::Value = serde_json::from_str(&rules_schema()).unwrap();
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
