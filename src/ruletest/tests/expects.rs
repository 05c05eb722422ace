//! Expectations that could never hold or name what the rules do not define: errors when the file is read, not failures at run time.

use super::*;

#[test]
fn names_that_the_rules_do_not_define_are_errors_with_suggestions() {
    let e = engine();
    let err = suite(
        &e,
        "version: 1\ntests:\n  - name: x\n    messages: [ { customer: hi } ]\n    expect: { trigger: pricng, route: deal, team: sale }\n",
    )
    .unwrap_err();
    assert_eq!(
        codes(err),
        [
            (
                "R002".to_owned(),
                vec!["did you mean `pricing`?".to_owned()]
            ),
            ("R006".to_owned(), vec!["did you mean `deals`?".to_owned()]),
            ("R003".to_owned(), vec!["did you mean `sales`?".to_owned()]),
        ]
    );
}

/// `bridge_contains: ""` passed every case (every message contains it), and a
/// trigger listed twice in `triggers:` was taken as a set of one. Both are errors at
/// their place, in a case that parses and in one that does not.
#[test]
fn an_empty_bridge_contains_and_a_trigger_listed_twice_are_errors() {
    let e = engine();
    for extra in ["", ", zz: 1"] {
        let yaml = format!(
            "version: 1\ntests:\n  - name: a\n    messages: [ {{ customer: discount }} ]\n    expect: {{ triggers: [pricing, angry, pricing, nope, nope], bridge_contains: '  '{extra} }}\n"
        );
        let Err(SuiteError::Invalid { diagnostics, .. }) = suite(&e, &yaml) else {
            panic!("passed: {yaml}");
        };
        let found: Vec<(&str, u32, Option<u32>, &str)> = diagnostics
            .iter()
            .map(|d| {
                let at = d.location.as_ref().unwrap();
                (d.code.unwrap(), at.line, at.column, d.message.as_str())
            })
            .collect();
        let mut expected = vec![
            (
                "S007",
                5,
                Some(42),
                "trigger `pricing` is listed twice in `triggers`",
            ),
            (
                "R002",
                5,
                Some(51),
                "the test names trigger `nope`, which the rules do not define",
            ),
            (
                "S007",
                5,
                Some(57),
                "trigger `nope` is listed twice in `triggers`",
            ),
            (
                "S008",
                5,
                Some(81),
                "`bridge_contains` has no text to look for (it is empty or only spaces): it checks nothing",
            ),
        ];
        if !extra.is_empty() {
            expected.push(("S002", 5, Some(87), "unknown field `zz`, expected one of escalated, turn, trigger, triggers, route, team, bridge, bridge_contains, bridge_error"));
        }
        assert_eq!(found, expected, "{yaml}");
        // The first listing is shown beside the second.
        let related = &diagnostics[0].related[0];
        assert_eq!((related.0.line, related.0.column), (5, Some(26)));
    }
    // A part of the message is matched as written: case counts.
    let s = suite(
        &e,
        "version: 1\ntests:\n  - name: a\n    customer: { name: Alex }\n    messages: [ { customer: discount } ]\n    expect: { bridge_contains: \"i'm maya\" }\n",
    )
    .unwrap();
    let results = run(&s, &e, None);
    assert_eq!(results[0].failures[0].field, "bridge_contains");
}

/// `route: null` was read as the key left out, so a case that said "goes to no
/// team" passed whatever the route was. `null` in `route` and `team` now means an
/// unrouted escalation, as the output contract writes one; where the rules have a
/// default route, no escalation is unrouted and the case is an error.
#[test]
fn route_and_team_null_expect_an_unrouted_escalation() {
    let no_default = RULES.replace("default_route: { team: support }\n", "");
    let e = Engine::compile(parse_rule_set(vec![(PathBuf::from("r.yaml"), no_default)]).unwrap())
        .unwrap();
    let yaml = "version: 1\ntests:\n  - name: unrouted\n    messages: [ { customer: ridiculous } ]\n    expect: { route: null, team: ~ }\n  - name: routed\n    messages: [ { customer: discount } ]\n    expect: { route: null, team: }\n";
    let s = suite(&e, yaml).unwrap();
    let results = run(&s, &e, None);
    assert!(results[0].passed(), "{:?}", results[0].failures);
    assert_eq!(
        results[1].failures,
        [
            Mismatch {
                field: "route",
                expected: Value::Nothing,
                actual: Value::Text("deals".into()),
                help: None,
                line: Some(8),
                differs_at: None,
            },
            Mismatch {
                field: "team",
                expected: Value::Nothing,
                actual: Value::Text("sales".into()),
                help: None,
                line: Some(8),
                differs_at: None,
            }
        ]
    );
    assert_eq!(
        serde_json::to_value(&results[1].failures[0]).unwrap(),
        serde_json::json!({"field": "route", "expected": null, "actual": "deals", "line": 8})
    );
    // A null route tests no route for --require-tests.
    assert_eq!(untested(&s, e.rules()).1, ["deals"]);
    // With a default route, every escalation is routed: the case could never pass.
    let Err(SuiteError::Invalid { diagnostics, .. }) = suite(&engine(), yaml) else {
        panic!("route: null passed beside a default route");
    };
    let found: Vec<_> = diagnostics
        .iter()
        .map(|d| {
            let at = d.location.as_ref().unwrap();
            (d.code.unwrap(), at.line, at.column, d.message.as_str())
        })
        .collect();
    assert_eq!(
        found,
        [
            (
                "S008",
                5,
                Some(22),
                "`route: null` expects an unrouted escalation, but the rules have a default route: every escalation is routed"
            ),
            (
                "S008",
                5,
                Some(34),
                "`team: null` expects an unrouted escalation, but the rules have a default route: every escalation is routed"
            ),
            (
                "S008",
                8,
                Some(22),
                "`route: null` expects an unrouted escalation, but the rules have a default route: every escalation is routed"
            ),
            (
                "S008",
                8,
                Some(32),
                "`team: null` expects an unrouted escalation, but the rules have a default route: every escalation is routed"
            ),
        ]
    );
}

/// Any other key of an `expect` given as `null` (or with nothing after it) was
/// read as left out: a check that checks nothing. It is an error at its value, whether
/// the case parses otherwise or not, and a message's `time:` too.
#[test]
fn null_is_no_value_of_the_other_keys() {
    let e = engine();
    for other in ["", ", zz: 1"] {
        let yaml = format!(
            "version: 1\ntests:\n  - name: a\n    messages:\n      - customer: hi\n        time: ~\n    expect: {{ escalated: ~, turn: null, trigger: null, triggers: null, bridge: null, bridge_contains: null, bridge_error: null{other} }}\n"
        );
        let Err(SuiteError::Invalid { diagnostics, .. }) = suite(&e, &yaml) else {
            panic!("nulls passed");
        };
        let nulls: Vec<_> = diagnostics
            .iter()
            .filter(|d| d.code == Some("S003"))
            .map(|d| {
                assert_eq!(
                    d.message,
                    "expected a value (leave the key out not to check it), found nothing (`~` or an empty value)"
                );
                let at = d.location.as_ref().unwrap();
                (at.line, at.column.unwrap())
            })
            .collect();
        assert_eq!(
            nulls,
            [
                (6, 15),
                (7, 26),
                (7, 35),
                (7, 50),
                (7, 66),
                (7, 80),
                (7, 103),
                (7, 123)
            ],
            "{other}"
        );
    }
    // The schema says so: only `route` and `team` may be null.
    let schema: serde_json::Value = serde_json::from_str(&tests_schema()).unwrap();
    let defs = &schema["definitions"];
    for (key, p) in defs["RawExpect"]["properties"].as_object().unwrap() {
        // `["string", "null"]`, or text or null (`anyOf`), as ids are.
        let nullable = p["type"]
            .as_array()
            .is_some_and(|t| t.contains(&serde_json::json!("null")))
            || p["anyOf"]
                .as_array()
                .is_some_and(|a| a.contains(&serde_json::json!({ "type": "null" })));
        assert_eq!(nullable, ["route", "team"].contains(&key.as_str()), "{key}");
        assert!(p.get("default").is_none(), "{key}: {p}");
    }
}

/// A blank name passed and printed as nothing; `triggers: []`, `bridge: ""` and
/// a `turn` past the last message were only found failing at run time, though they can
/// never pass. Each is an error at its place, when the file is read.
#[test]
fn cases_that_cannot_pass_or_mean_nothing_are_errors() {
    let e = engine();
    let yaml = r#"version: 1
tests:
  - name: ""
    messages: [{customer: hi}]
    expect: { escalated: false }
  - name: "   "
    messages: [{customer: hi}]
    expect: { escalated: false }
  - name: empty triggers list
    messages: [{customer: ridiculous}]
    expect: { triggers: [] }
  - name: empty exact bridge
    messages: [{customer: ridiculous}]
    expect: { bridge: " " }
  - name: turn beyond the messages
    messages: [{customer: ridiculous}, {bot: sorry}]
    expect: { turn: 3 }
  - name: turn at the last message
    messages: [{customer: hi}, {customer: ridiculous}]
    expect: { turn: 2 }
  - name: "  "
    zz: 1
    messages: [{customer: ridiculous}]
    expect: { turn: 2 }
"#;
    let Err(SuiteError::Invalid { diagnostics, .. }) = suite(&e, yaml) else {
        panic!("passed");
    };
    let found: Vec<_> = diagnostics
        .iter()
        .map(|d| {
            let at = d.location.as_ref().unwrap();
            (
                d.code.unwrap(),
                at.line,
                at.column.unwrap(),
                d.message.as_str(),
            )
        })
        .collect();
    let blank = "the test name is empty or only spaces: the report would show nothing for it";
    assert_eq!(
        found,
        [
            ("S008", 3, 11, blank),
            ("S008", 6, 11, blank),
            (
                "S008",
                11,
                25,
                "`triggers` is empty: an escalation always has at least one trigger, so the case could never pass"
            ),
            (
                "S008",
                14,
                23,
                "`bridge` is empty or only spaces: it expects the human to open with nothing to say"
            ),
            (
                "S008",
                17,
                21,
                "`turn: 3` is past the case's last message: it has 2 messages, so the case could never pass"
            ),
            ("S008", 21, 11, blank),
            (
                "S002",
                22,
                5,
                "unknown field `zz`, expected one of name, customer, messages, expect"
            ),
            (
                "S008",
                24,
                21,
                "`turn: 2` is past the case's last message: it has 1 message, so the case could never pass"
            ),
        ]
    );
}
