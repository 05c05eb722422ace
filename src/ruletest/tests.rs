use std::path::{Path, PathBuf};

use super::*;
use crate::rules::parse_rule_set;

const RULES: &str = r#"
version: 1
signals:
  - { id: pricing, phrases: [discount] }
  - { id: angry, phrases: [ridiculous] }
triggers:
  - { id: pricing, when: { message: { role: customer, signal: pricing } } }
  - { id: angry, severity: high, when: { message: { role: customer, signal: angry } } }
teams:
  - { id: sales, name: Sales, agent: Maya, bridge: "Hi {{ customer.first_name | default('there') }}, I'm {{ agent }}." }
  - { id: support, name: Support }
routes:
  - { id: deals, when: { trigger: pricing }, team: sales }
default_route: { team: support }
"#;

fn engine() -> Engine {
    Engine::compile(parse_rule_set(vec![(PathBuf::from("r.yaml"), RULES.into())]).unwrap()).unwrap()
}

fn suite(engine: &Engine, yaml: &str) -> Result<Suite, SuiteError> {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("t.yaml");
    std::fs::write(&path, yaml).unwrap();
    let result = load(std::slice::from_ref(&path), engine.rules(), &mut Vec::new());
    drop(dir);
    result
}

fn codes(e: SuiteError) -> Vec<(String, Vec<String>)> {
    match e {
        SuiteError::Invalid { diagnostics, .. } => diagnostics
            .into_iter()
            .map(|d| (d.code.unwrap_or("-").to_owned(), d.help))
            .collect(),
        e => panic!("{e}"),
    }
}

#[test]
fn cases_pass_and_fail_on_each_expectation() {
    let e = engine();
    let s = suite(
        &e,
        r"
version: 1
tests:
  - name: pricing
    customer: { name: Alex Chen }
    messages: [ { customer: hi }, { bot: hello }, { customer: any discount? } ]
    expect: { turn: 3, trigger: pricing, triggers: [pricing], route: deals, team: sales, bridge: 'Hi Alex, I''m Maya.' }
  - name: quiet
    messages: [ { customer: thanks } ]
    expect: { escalated: false }
  - name: wrong
    messages: [ { customer: a discount? ridiculous }, { bot: sorry } ]
    expect: { turn: 2, trigger: pricing, triggers: [pricing], route: default, team: support, bridge_contains: Hello }
",
    )
    .unwrap();
    let results = run(&s, &e, None);
    assert!(results[0].passed(), "{:?}", results[0].failures);
    assert!(results[1].passed(), "{:?}", results[1].failures);
    let fields: Vec<&str> = results[2].failures.iter().map(|m| m.field).collect();
    assert_eq!(
        fields,
        [
            "turn",
            "trigger",
            "triggers",
            "route",
            "team",
            "bridge_contains"
        ]
    );
    assert_eq!(results[2].failures[1].actual.to_string(), "`angry`");
    assert_eq!(
        results[2].failures[2].actual.to_string(),
        "[angry, pricing]"
    );
    // Machine output takes the values as they are (review: JSON had "`angry`").
    assert_eq!(
        serde_json::to_value(&results[2].failures[1]).unwrap(),
        serde_json::json!({"field": "trigger", "expected": "pricing", "actual": "angry", "line": 13})
    );
    assert_eq!(results[0].case.line, 4);
    // Only a failing case is traced, and its trace ends in the outcome it was judged on.
    assert!(results[0].trace.is_none() && results[1].trace.is_none());
    let trace = results[2].trace.as_ref().expect("a failing case is traced");
    assert_eq!(&trace.outcome, results[2].outcome());
}

#[test]
fn a_case_expecting_escalation_fails_on_escalated_only() {
    let e = engine();
    let s = suite(&e, "version: 1\ntests:\n  - name: x\n    messages: [ { customer: hello } ]\n    expect: { route: deals }\n").unwrap();
    let r = &run(&s, &e, None)[0];
    assert_eq!(
        r.failures,
        [Mismatch {
            field: "escalated",
            expected: Value::Bool(true),
            actual: Value::Bool(false),
            // At the `route:` that implies the escalation (errs 19, item 1).
            help: Some("the case gives no `escalated:`; its `route:` expects an escalation".into()),
            line: Some(5),
            differs_at: None,
        }]
    );
}

#[test]
fn run_filters_by_name() {
    let e = engine();
    let s = suite(
        &e,
        "version: 1\ntests:\n  - name: alpha\n    messages: [ { customer: x } ]\n    expect: { escalated: false }\n  - name: beta\n    messages: [ { customer: y } ]\n    expect: { escalated: false }\n",
    )
    .unwrap();
    let filter = regex::Regex::new("^b").unwrap();
    let results = run(&s, &e, Some(&filter));
    assert_eq!(results.len(), 1);
    assert_eq!(results[0].case.name, "beta");
}

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

#[test]
fn malformed_cases_are_errors() {
    let e = engine();
    let err = suite(
        &e,
        r"
version: 2
tests:
  - name: a
    messages: [ { customer: hi, bot: ho } ]
    expect: { escalated: false }
  - name: a
    messages: [ { customer: hi } ]
    expect: {}
  - name: c
    messages: [ { customer: hi } ]
    expect: { escalated: false, route: deals }
",
    )
    .unwrap_err();
    assert_eq!(codes_of(err), ["S005", "S008", "S007", "S008", "S008"]);
    // The misspelt `messages` (the help says it is required and missing), and the
    // `expect` the case lacks, at its start.
    let err = suite(&e, "version: 1\ntests:\n  - name: a\n    mesages: []\n").unwrap_err();
    let found = codes(err);
    assert_eq!(found[0], ("S004".to_owned(), vec![]));
    assert_eq!(found[1].0, "S002");
    assert_eq!(
        found[1].1.last().unwrap(),
        "`messages` is required, and missing"
    );
}

/// Regression (review): an unknown key (S002) anywhere in a test file hid every S008 of
/// it. Each case is read alone; a case with an unknown key is still checked for what its
/// other keys say; a syntax error stays the file's one error.
#[test]
fn an_unknown_key_hides_no_other_error() {
    let e = engine();
    let err = suite(
        &e,
        r"
version: 1
tests:
  - name: typo
    mesages: [ { customer: hi } ]
    expect: {}
  - name: says nothing
    messages: [ { customer: hi, bot: ho } ]
    expect: { escalated: false }
  - name: typo in expect
    messages: []
    expect: { escalted: false }
",
    )
    .unwrap_err();
    // The first case: its typo, and its `expect` saying nothing. The second: a message
    // with two roles. The third: no messages, and the typo inside `expect`, which makes
    // an "`expect` says nothing" meaningless (it is not reported).
    assert_eq!(codes_of(err), ["S002", "S008", "S008", "S008", "S002"]);
    let err = suite(
        &e,
        "versio: 1\ntests:\n  - name: a\n    messages: [ { customer: hi } ]\n    expect: {}\n",
    )
    .unwrap_err();
    // As in rule files: the misspelt key (its help says the `version` it leaves missing),
    // and the case.
    assert_eq!(codes_of(err), ["S002", "S008"]);
    let err = suite(&e, "version: 1\ntests:\n  - name: a\n    expect: {\n").unwrap_err();
    assert_eq!(codes_of(err), ["S001"]);
}

fn codes_of(e: SuiteError) -> Vec<String> {
    codes(e).into_iter().map(|(c, _)| c).collect()
}

#[test]
fn untested_triggers_and_routes() {
    let e = engine();
    let s = suite(
        &e,
        "version: 1\ntests:\n  - name: a\n    messages: [ { customer: discount } ]\n    expect: { trigger: pricing, route: deals }\n",
    )
    .unwrap();
    let (triggers, routes) = untested(&s, e.rules());
    assert_eq!(triggers, ["angry"]);
    assert_eq!(routes, ["default"]);
}

#[test]
fn the_starter_tests_pass() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let rules = crate::rules::load_rule_set(&root.join("rules")).unwrap();
    let e = Engine::compile(rules).unwrap();
    let s = load(&[root.join("rules/tests")], e.rules(), &mut Vec::new()).unwrap();
    let results = run(&s, &e, None);
    let failed: Vec<&str> = results
        .iter()
        .filter(|r| !r.passed())
        .map(|r| r.case.name.as_str())
        .collect();
    assert!(failed.is_empty(), "{failed:?}");
    assert!(results.len() >= 20);
    assert_eq!(untested(&s, e.rules()), (Vec::new(), Vec::new()));
}

/// QA: a list as a customer field said "data did not match any variant of untagged enum
/// Scalar", coded as a YAML syntax error.
#[test]
fn a_customer_field_that_is_not_one_value_is_a_wrong_type() {
    let err = suite(
        &engine(),
        "version: 1\ntests:\n  - name: x\n    customer: { tier: [a, b] }\n    messages:\n      - customer: hi\n    expect: { escalated: false }\n",
    )
    .unwrap_err();
    let SuiteError::Invalid { diagnostics, .. } = err else {
        panic!("invalid expected")
    };
    let d = &diagnostics[0];
    assert_eq!(d.code, Some("S003"));
    assert!(
        d.message
            .starts_with("expected a single value (text, a number, true or false)"),
        "{}",
        d.message
    );
    let loc = d.location.as_ref().unwrap();
    assert_eq!((loc.line, loc.column), (4, Some(23)));
}

/// QA: `bridge: ""` failed with "bridge: expected , got …"; every value is quoted now
/// (and an empty `bridge` is an error since).
#[test]
fn bridge_mismatches_quote_both_values() {
    let e = engine();
    let s = suite(
        &e,
        "version: 1\ntests:\n  - name: x\n    messages: [ { customer: discount } ]\n    expect: { bridge: ' Hi', bridge_contains: zzz }\n",
    )
    .unwrap();
    let r = &run(&s, &e, None)[0];
    let shown: Vec<(&str, String, String)> = r
        .failures
        .iter()
        .map(|m| (m.field, m.expected.to_string(), m.actual.to_string()))
        .collect();
    let shown: Vec<(&str, &str, &str)> = shown
        .iter()
        .map(|(f, e, a)| (*f, e.as_str(), a.as_str()))
        .collect();
    assert_eq!(
        shown,
        [
            ("bridge", "` Hi`", "`Hi there, I'm Maya.`"),
            ("bridge_contains", "`zzz`", "`Hi there, I'm Maya.`")
        ]
    );
}

/// QA: `time: yesterday` was accepted silently (the message had no time).
#[test]
fn a_time_that_is_not_a_timestamp_is_an_error_at_its_place() {
    let err = suite(
        &engine(),
        "version: 1\ntests:\n  - name: x\n    messages:\n      - customer: hi\n        time: yesterday\n    expect: { escalated: false }\n",
    )
    .unwrap_err();
    let SuiteError::Invalid { diagnostics, .. } = err else {
        panic!("invalid expected")
    };
    let d = &diagnostics[0];
    assert_eq!(d.code, Some("S008"));
    assert_eq!(d.message, "time `yesterday` is not a date and time");
    assert!(d.help[0].contains("RFC 3339"), "{:?}", d.help);
    let loc = d.location.as_ref().unwrap();
    assert_eq!((loc.line, loc.column), (6, Some(15)));
    let ok = suite(
        &engine(),
        "version: 1\ntests:\n  - name: x\n    messages:\n      - customer: hi\n        time: 2024-03-01 09:15:00\n    expect: { escalated: false }\n",
    )
    .unwrap();
    assert!(ok.cases[0].conversation.messages[0].timestamp.is_some());
}

/// QA: an empty test file said "S001 unexpected end of input"; a file with `tests: []`
/// was not counted as read. Review: an empty file (then an S004, exit 2), `tests:`
/// (an S003 "expected a list", exit 2) and `tests: []` (no case, exit 1) were three
/// rules for one thing: each is a file read that holds no case (`test` says so, exit 1).
#[test]
fn an_empty_file_and_an_empty_or_null_list_are_files_without_cases() {
    for text in [
        "# nothing yet\n\n",
        "",
        "version: 1\ntests: []\n",
        "version: 1\ntests:\n",
        "version: 1\ntests: ~\n",
    ] {
        let s = suite(&engine(), text).unwrap();
        assert_eq!((s.cases.len(), s.files), (0, 1), "{text:?}");
    }
}

/// Review: the schema refused an empty document (`"type": "object"`, `version`
/// required), which the loader reads as a file with no case; `---` and `~` (empty
/// documents too) were "expected a mapping" (exit 2), and `version: 1` alone "missing
/// field `tests`", which the schema does not require. Each is a file with no case for
/// both: the schema takes `null`, and the loader what the schema takes.
#[test]
fn an_empty_document_is_a_file_without_cases_for_the_schema_and_the_loader() {
    for text in [
        "---\n",
        "~\n",
        "null\n",
        "--- # later\n...\n",
        "version: 1\n",
    ] {
        let s = suite(&engine(), text).unwrap();
        assert_eq!((s.cases.len(), s.files), (0, 1), "{text:?}");
    }
    let schema: serde_json::Value = serde_json::from_str(&tests_schema()).unwrap();
    assert_eq!(schema["type"], serde_json::json!(["object", "null"]));
    assert_eq!(schema["required"], serde_json::json!(["version"]));
    // What the schema still refuses, the loader does: a document that is not a mapping,
    // and a mapping without `version`.
    for text in ["- a\n", "tests: []\n"] {
        assert!(suite(&engine(), text).is_err(), "{text:?}");
    }
}

/// A rule-test file that was not UTF-8 was an I/O error with no line or column, where a
/// rule file gets S001 at the first bad byte.
#[test]
fn a_test_file_that_is_not_utf8_is_a_located_diagnostic() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("t.yaml");
    std::fs::write(&path, b"version: 1\ntests:\n  - name: caf\xe9\n").unwrap();
    let err = load(
        std::slice::from_ref(&path),
        engine().rules(),
        &mut Vec::new(),
    )
    .unwrap_err();
    let SuiteError::Invalid { diagnostics, .. } = err else {
        panic!("invalid expected: {err}")
    };
    let [d] = diagnostics.as_slice() else {
        panic!("{diagnostics:?}")
    };
    assert_eq!(d.code, Some("S001"));
    assert_eq!(d.message, "the file is not valid UTF-8 text");
    assert_eq!(d.help, ["save the rule test file as UTF-8"]);
    let loc = d.location.as_ref().unwrap();
    assert_eq!((loc.line, loc.column), (3, Some(14)));
}

/// What the known keys of an `expect` with an unknown one say is read with the same
/// fields as the `expect` itself.
#[test]
fn the_known_keys_of_an_expect_are_its_fields() {
    use crate::yaml::fields_of;
    assert_eq!(
        fields_of::<schema::KnownExpect>(),
        fields_of::<schema::RawExpect>()
    );
}

/// Review: `turn: -1` said "expected a whole number ≥ 0", and `turn: 0` was then refused
/// ("counts messages from 1"); the schema had `minimum: 0`. Both say ≥ 1, as the schema
/// does, which also wants a message in a case and one role in a message.
#[test]
fn a_turn_counts_from_1_in_the_message_and_the_schema() {
    let e = engine();
    for turn in ["-1", "0"] {
        let yaml = format!(
            "version: 1\ntests:\n  - name: a\n    messages: [ {{ customer: hi }} ]\n    expect: {{ turn: {turn} }}\n"
        );
        let Err(SuiteError::Invalid { diagnostics, .. }) = suite(&e, &yaml) else {
            panic!("turn: {turn} passed");
        };
        assert_eq!(diagnostics.len(), 1, "{diagnostics:?}");
        assert_eq!(
            diagnostics[0].message,
            format!("expected a whole number ≥ 1 (messages count from 1), found the number {turn}")
        );
        // QA: it was placed at the key `turn`, not at the value.
        let at = diagnostics[0].location.as_ref().unwrap();
        assert_eq!((at.line, at.column), (5, Some(21)), "turn: {turn}");
    }
    // Review: a quoted `turn: "3"` was read as 3, though the schema says integer; it is
    // refused as `version: "1"` is, at its value, whether the case parses or not.
    for bad in ["", ", zz: 1"] {
        let yaml = format!(
            "version: 1\ntests:\n  - name: a\n    messages: [ {{ customer: hi }} ]\n    expect: {{ turn: \"1\"{bad} }}\n"
        );
        let Err(SuiteError::Invalid { diagnostics, .. }) = suite(&e, &yaml) else {
            panic!("turn: \"1\" passed");
        };
        let turn = diagnostics.iter().find(|d| d.code == Some("S003")).unwrap();
        assert_eq!(
            turn.message,
            "expected a whole number ≥ 1 (messages count from 1), unquoted (write 1, not \"1\"), found the text \"1\"",
        );
        let at = turn.location.as_ref().unwrap();
        assert_eq!((at.line, at.column), (5, Some(21)));
    }
    let schema: serde_json::Value = serde_json::from_str(&tests_schema()).unwrap();
    let defs = &schema["definitions"];
    assert_eq!(
        defs["RawExpect"]["properties"]["turn"]["type"],
        serde_json::json!("integer")
    );
    assert_eq!(defs["RawExpect"]["properties"]["turn"]["minimum"], 1);
    assert_eq!(defs["RawCase"]["properties"]["messages"]["minItems"], 1);
    assert_eq!(
        defs["RawMessage"]["oneOf"],
        serde_json::json!([
            { "required": ["customer"] },
            { "required": ["bot"] },
            { "required": ["agent"] },
        ])
    );
}

/// Review: a case passed while its escalation's bridge message could not be rendered
/// (`bridge_message: null`, a `bridge_error`): in production the human would join with
/// nothing to say. The error fails the case, with how to fix it, unless the case says
/// `bridge_error: true`, which fails when the message renders.
#[test]
fn a_bridge_message_that_cannot_be_rendered_fails_the_case_unless_expected() {
    let rules = RULES.replace(
        "{{ customer.first_name | default('there') }}",
        "{{ customer.first_name }}",
    );
    let e =
        Engine::compile(parse_rule_set(vec![(PathBuf::from("r.yaml"), rules)]).unwrap()).unwrap();
    let s = suite(
        &e,
        "version: 1
tests:
  - name: unexpected
    messages: [ { customer: discount } ]
    expect: { team: sales }
  - name: expected
    messages: [ { customer: discount } ]
    expect: { team: sales, bridge_error: true }
  - name: expected but rendered
    customer: { name: Alex Chen }
    messages: [ { customer: discount } ]
    expect: { team: sales, bridge_error: true }
  - name: said on the bridge expectation
    messages: [ { customer: discount } ]
    expect: { bridge_contains: Maya }
",
    )
    .unwrap();
    let results = run(&s, &e, None);
    let failures: Vec<Vec<(&str, String, String, bool)>> = results
        .iter()
        .map(|r| {
            r.failures
                .iter()
                .map(|m| {
                    (
                        m.field,
                        m.expected.to_string(),
                        m.actual.to_string(),
                        m.help.is_some(),
                    )
                })
                .collect()
        })
        .collect();
    let error = "no message (error: undefined value (template line 1); this conversation has no `customer.first_name`)";
    assert_eq!(
        failures,
        [
            vec![("bridge_error", "false".into(), error.into(), true)],
            vec![],
            vec![("bridge_error", "true".into(), "false".into(), false)],
            vec![("bridge_contains", "`Maya`".into(), error.into(), true)],
        ]
    );
    assert!(
        results[0].failures[0]
            .help
            .as_deref()
            .unwrap()
            .contains("`default(...)` or `is defined`")
    );
    // A case cannot expect both an error and a message.
    let err = suite(
        &e,
        "version: 1\ntests:\n  - name: x\n    messages: [ { customer: discount } ]\n    expect: { bridge: Hi, bridge_error: true }\n",
    )
    .unwrap_err();
    assert_eq!(codes_of(err), ["S008"]);
}

/// Review: `bridge_contains: ""` passed every case (every message contains it), and a
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

/// Review: `Tier:` and `tier:` in one case's `customer:` were merged silently (the first
/// value kept), though they normalise to one field: an error at the second, the first
/// shown, as a key written twice is; in a case that parses and in one that does not.
#[test]
fn customer_fields_that_normalise_alike_are_an_error_at_the_second() {
    let e = engine();
    for extra in ["messages", "mesages"] {
        let yaml = format!(
            "version: 1\ntests:\n  - name: a\n    customer:\n      Tier: pro\n      name: Alex\n      TIER: free\n    {extra}: [ {{ customer: hi }} ]\n    expect: {{ escalated: false }}\n"
        );
        let Err(SuiteError::Invalid { diagnostics, .. }) = suite(&e, &yaml) else {
            panic!("passed: {yaml}");
        };
        let d = &diagnostics[0];
        assert_eq!(d.code, Some("S006"));
        assert_eq!(
            d.message,
            "customer field `TIER` is `Tier` written again: both name the field `tier`"
        );
        let at = d.location.as_ref().unwrap();
        assert_eq!((at.line, at.column), (7, Some(7)));
        assert_eq!((d.related[0].0.line, d.related[0].0.column), (5, Some(7)));
        assert_eq!(diagnostics.len(), if extra == "messages" { 1 } else { 2 });
    }
    // Other fields are kept, in the order written.
    let s = suite(
        &e,
        "version: 1\ntests:\n  - name: a\n    customer: { Lead Score: 90, name: Alex }\n    messages: [ { customer: hi } ]\n    expect: { escalated: false }\n",
    )
    .unwrap();
    let fields: Vec<(&str, &str)> = s.cases[0].conversation.metadata.iter().collect();
    assert_eq!(fields, [("lead_score", "90"), ("name", "Alex")]);
}

/// QA: rule scalars were typed by YAML 1.2 and lost how they were written: `in: [1.0]`
/// matched a value `1` but not `1.0`, `equals: 0x10` matched `16`, `phrases: [404]` was an
/// error. A value written as a number equals a value that reads as the same number; any
/// other is its text as written (`0x10`, `"1.0"`); a phrase `404` is the text "404"; a rule
/// test's metadata value `1.0` is the text "1.0".
#[test]
fn rule_values_compare_as_written() {
    let rules = r#"
version: 1
triggers:
  - id: t
    when:
      all:
        - message: { role: customer, phrases: [404, true] }
        - meta: { field: plan, in: [1.0] }
        - meta: { field: code, equals: 0x10 }
        - not: { meta: { field: tier, equals: "2.0" } }
teams: [ { id: f, name: F } ]
default_route: { team: f }
"#;
    let e = Engine::compile(parse_rule_set(vec![(PathBuf::from("r.yaml"), rules.into())]).unwrap())
        .unwrap();
    let case = |name: &str, customer: &str, text: &str| {
        format!(
            "  - name: {name}\n    customer: {{ {customer} }}\n    messages: [ {{ customer: {text} }} ]\n    expect: {{ turn: 1, trigger: t }}\n"
        )
    };
    let yaml = [
        "version: 1\ntests:\n".to_owned(),
        case("as written", "plan: 1.0, code: 0x10", "error 404"),
        case(
            "numerically",
            "plan: \"1,00\", code: 0X10, tier: 2",
            "error 404",
        ),
        case("one", "plan: 1, code: 0x10", "it is true"),
        case("hex is text", "plan: 1, code: 16", "error 404"),
        case("not a number", "plan: one, code: 0x10", "error 404"),
        case(
            "quoted is text",
            "plan: 1, code: 0x10, tier: 2.0",
            "error 404",
        ),
        case("no phrase", "plan: 1, code: 0x10", "error 405"),
    ]
    .concat();
    let s = suite(&e, &yaml).unwrap();
    let passed: Vec<(&str, bool)> = run(&s, &e, None)
        .iter()
        .map(|r| (r.case.name.as_str(), r.passed()))
        .collect();
    assert_eq!(
        passed,
        [
            ("as written", true),
            ("numerically", true),
            ("one", true),
            ("hex is text", false),
            ("not a number", false),
            ("quoted is text", false),
            ("no phrase", false),
        ]
    );
}

/// QA: a customer field named `"---"` normalised to the empty name and was kept.
#[test]
fn a_customer_field_without_letters_or_digits_is_an_error_at_its_name() {
    let yaml = "version: 1\ntests:\n  - name: a\n    customer: { \"---\": x }\n    messages: [ { customer: hi } ]\n    expect: { escalated: false }\n";
    let Err(SuiteError::Invalid { diagnostics, .. }) = suite(&engine(), yaml) else {
        panic!("accepted");
    };
    assert_eq!(diagnostics.len(), 1, "{diagnostics:?}");
    assert_eq!(diagnostics[0].code, Some("S008"));
    assert_eq!(
        diagnostics[0].message,
        "customer field `---` names no field: a field name needs a letter or digit"
    );
    let at = diagnostics[0].location.as_ref().unwrap();
    assert_eq!((at.line, at.column), (4, Some(17)));
}

/// Review: `route: null` was read as the key left out, so a case that said "goes to no
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

/// Review: any other key of an `expect` given as `null` (or with nothing after it) was
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
        // `["string", "null"]`, or text or null (`anyOf`), as ids are (review 17, item 9).
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

/// Review: `- customer:` (no text) was "a message has exactly one of `customer:`, `bot:`
/// or `agent:`", which it has; an empty text, on purpose, is written `""`.
#[test]
fn a_message_without_text_says_so() {
    let e = engine();
    let Err(SuiteError::Invalid { diagnostics, .. }) = suite(
        &e,
        "version: 1\ntests:\n  - name: a\n    messages:\n      - customer:\n      - {}\n      - { bot: hi, agent: hello }\n    expect: { escalated: false }\n",
    ) else {
        panic!("a message without text passed");
    };
    let found: Vec<_> = diagnostics
        .iter()
        .map(|d| (d.location.as_ref().unwrap().line, d.message.as_str()))
        .collect();
    assert_eq!(
        found,
        [
            (5, "the message has no text: `customer:` is empty"),
            (
                6,
                "a message has exactly one of `customer:`, `bot:` or `agent:`, not none"
            ),
            (
                7,
                "a message has exactly one of `customer:`, `bot:` or `agent:`, not several"
            ),
        ]
    );
    assert_eq!(
        diagnostics[0].help,
        [
            "write the message after `customer:`; `customer: \"\"` for a message that is empty on purpose"
        ]
    );
    let s = suite(
        &e,
        "version: 1\ntests:\n  - name: a\n    messages: [ { customer: \"\" } ]\n    expect: { escalated: false }\n",
    )
    .unwrap();
    assert_eq!(s.cases[0].conversation.messages[0].text, "");
}

/// Review: the schema an editor validates with refused what the loader reads (a message
/// `- customer: 12345`, Unix seconds in `time:`), and allowed `null` where the loader
/// read it as nothing. Text is any scalar in both; the loader reads it as written.
#[test]
fn the_schema_and_the_loader_agree_on_text() {
    let e = engine();
    let s = suite(
        &e,
        "version: 1\ntests:\n  - name: 42\n    messages:\n      - customer: 12345\n        time: 1709284500\n      - bot: 1.50\n      - customer: true\n    expect: { escalated: false }\n",
    )
    .unwrap();
    let case = &s.cases[0];
    assert_eq!(case.name, "42");
    let texts: Vec<&str> = case
        .conversation
        .messages
        .iter()
        .map(|m| m.text.as_str())
        .collect();
    assert_eq!(texts, ["12345", "1.50", "true"]);
    assert!(case.conversation.messages[0].timestamp.is_some());
    let schema: serde_json::Value = serde_json::from_str(&tests_schema()).unwrap();
    let defs = &schema["definitions"];
    let text = serde_json::json!(["string", "number", "boolean"]);
    assert_eq!(defs["Text"]["type"], text);
    assert_eq!(defs["NonEmptyText"]["type"], text);
    for key in ["customer", "bot", "agent", "time"] {
        let p = &defs["RawMessage"]["properties"][key];
        let r = p.get("$ref").unwrap_or(&p["allOf"][0]["$ref"]);
        assert_eq!(r, "#/definitions/Text", "{key}");
    }
}

/// Review: a blank name passed and printed as nothing; `triggers: []`, `bridge: ""` and
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

/// Review: `escalated: "no"` was serde-saphyr's "invalid boolean (strict mode expects
/// true/false)"; it is said as other wrong values are, with what was found and what to
/// write.
#[test]
fn a_boolean_written_as_text_says_what_was_found() {
    let e = engine();
    for (value, found, meant) in [
        ("\"no\"", "the text \"no\"", "false"),
        ("yes", "the text \"yes\"", "true"),
        ("'off'", "the text \"off\"", "false"),
        ("1", "the number 1", "true"),
    ] {
        let yaml = format!(
            "version: 1\ntests:\n  - name: a\n    messages: [{{customer: hi}}]\n    expect: {{ escalated: {value} }}\n"
        );
        let Err(SuiteError::Invalid { diagnostics, .. }) = suite(&e, &yaml) else {
            panic!("escalated: {value} passed");
        };
        let d = &diagnostics[0];
        assert_eq!(
            (d.code, d.message.as_str()),
            (
                Some("S003"),
                format!("expected true or false, found {found}").as_str()
            )
        );
        assert_eq!(
            d.help,
            [format!(
                "write `{meant}`, unquoted: handoff's YAML files follow YAML 1.2, where only `true` and `false` are booleans (`yes`, `no`, `on`, `off`, `1` and `0` are not)"
            )]
        );
        let at = d.location.as_ref().unwrap();
        assert_eq!((at.line, at.column), (5, Some(26)));
    }
    // A boolean in quotes was read as one, which the schema refuses.
    let yaml = "version: 1\ntests:\n  - name: a\n    messages: [{customer: hi}]\n    expect: { escalated: \"false\" }\n";
    let Err(SuiteError::Invalid { diagnostics, .. }) = suite(&e, yaml) else {
        panic!("escalated: \"false\" passed");
    };
    assert_eq!(
        diagnostics[0].message,
        "expected true or false, unquoted (write false, not \"false\"), found the text \"false\""
    );
    assert_eq!(diagnostics[0].help.len(), 1);
}

/// Review: a failing `bridge:` showed two long strings and no place where they differ,
/// at the case's line. Each mismatch has the line of its key, and an exact text the
/// character where it first differs.
#[test]
fn a_mismatch_has_its_key_s_line_and_where_texts_differ() {
    assert_eq!(differs_at("abc", "abd"), 3);
    assert_eq!(differs_at("ab ", "ab"), 3);
    assert_eq!(differs_at("ab", "ab"), 3);
    assert_eq!(differs_at("é x", "é  x"), 3);
    let e = engine();
    let s = suite(
        &e,
        "version: 1\ntests:\n  - name: x\n    messages: [ { customer: discount } ]\n    expect:\n      route: deals\n      bridge: \"Hi there, I'm Maya. \"\n      bridge_contains: Hello\n",
    )
    .unwrap();
    let r = &run(&s, &e, None)[0];
    let found: Vec<_> = r
        .failures
        .iter()
        .map(|m| (m.field, m.line, m.differs_at))
        .collect();
    assert_eq!(
        found,
        [
            ("bridge", Some(7), Some(20)),
            ("bridge_contains", Some(8), None)
        ]
    );
    assert_eq!(
        serde_json::to_value(&r.failures[0]).unwrap(),
        serde_json::json!({"field": "bridge", "expected": "Hi there, I'm Maya. ", "actual": "Hi there, I'm Maya.", "line": 7, "differs_at": 20})
    );
}

/// Review: a case with a malformed message (two roles, no text, a bad time) was
/// reported for it, and its `customer` and `expect` not checked at all: a trigger the
/// rules lack, a route misspelt, a `turn` past the messages went unnoticed until the
/// message was fixed. Nor were the names of an `expect` with a wrong value (`turn: 0`)
/// or an unknown key. Every problem of a case is reported, in file order.
#[test]
fn a_malformed_message_hides_no_problem_of_its_case() {
    let err = suite(
        &engine(),
        r"
version: 1
tests:
  - name: two roles
    customer: { Tier: pro, tier: free }
    messages:
      - { customer: hi, bot: ho }
    expect: { trigger: angri, turn: 2 }
  - name: no text
    messages:
      - customer:
    expect: { route: dealz }
  - name: a bad time and a wrong turn
    messages:
      - { customer: hi, time: yesterday }
    expect: { trigger: pricin, turn: 0, team: salez }
  - name: an unknown key
    messages:
      - { customer: hi, role: x }
      - { bot: ho }
    expect: { turns: 1, turn: 3, trigger: angri }
  - name: only a wrong value
    messages:
      - { customer: hi }
    expect: { escalated: maybe }
",
    )
    .unwrap_err();
    let SuiteError::Invalid { diagnostics, .. } = err else {
        panic!("invalid")
    };
    let found: Vec<(&str, u32)> = diagnostics
        .iter()
        .map(|d| (d.code.unwrap_or("-"), d.location.as_ref().unwrap().line))
        .collect();
    assert_eq!(
        found,
        [
            ("S006", 5),
            ("S008", 7),
            ("R002", 8),
            ("S008", 8),
            ("S008", 11),
            ("R006", 12),
            ("S008", 15),
            ("R002", 16),
            ("S003", 16),
            ("R003", 16),
            ("S002", 19),
            ("S002", 21),
            ("S008", 21),
            ("R002", 21),
            ("S003", 25),
        ]
    );
    assert!(
        diagnostics[12]
            .message
            .starts_with("`turn: 3` is past the case's last message: it has 2 messages"),
        "{}",
        diagnostics[12].message
    );
}

/// Review: a failing `bridge:` written as a block scalar (`>-`, `|`) pointed at its
/// first line, where a plain one points (with `differs_at`) at the difference: it now
/// points at the line of the scalar where the texts first differ, folded or literal.
#[test]
fn a_failing_block_scalar_bridge_points_at_the_line_that_differs() {
    let e = engine();
    let s = suite(
        &e,
        r"version: 1
tests:
  - name: folded
    messages: [ { customer: discount } ]
    expect:
      bridge: >-
        Hi
        there,
        I'm Mara.
  - name: literal
    messages: [ { customer: discount } ]
    expect:
      bridge: |-
        Hi there,
        I'm Maya.
  - name: plain
    messages: [ { customer: discount } ]
    expect: { bridge: Hi there! }
",
    )
    .unwrap();
    let lines: Vec<(Option<usize>, Option<u32>)> = run(&s, &e, None)
        .iter()
        .map(|r| (r.failures[0].differs_at, r.failures[0].line))
        .collect();
    // Against "Hi there, I'm Maya.": the folded scalar differs on its third line (`r`
    // for `y`); the literal's line break after `there,` ends line 14; the plain scalar
    // is on its key's line.
    assert_eq!(
        lines,
        [
            (Some(17), Some(9)),
            (Some(10), Some(14)),
            (Some(9), Some(18))
        ]
    );
}

/// Review 15, item 9: `bridge: |` keeps a final line break, so the case could never
/// pass, with no word of why, and the summary line broke in two at it.
#[test]
fn an_expected_bridge_ending_in_a_line_break_says_to_use_a_chomping_indicator() {
    let e = engine();
    let s = suite(
        &e,
        "version: 1\ntests:\n  - name: x\n    messages: [ { customer: discount } ]\n    expect:\n      bridge: |\n        Hi there, I'm Maya.\n",
    )
    .unwrap();
    let r = &run(&s, &e, None)[0];
    let m = &r.failures[0];
    assert_eq!(m.field, "bridge");
    assert_eq!(
        m.help.as_deref(),
        Some(
            "the expected text ends in a line break, which a bridge message never does: use `|-` or `>-` instead of `|` or `>`"
        )
    );
    assert_eq!(
        format!("{}", m.expected),
        "`Hi there, I'm Maya.\\n`",
        "on one line"
    );
    // JSON keeps the text as it is.
    assert_eq!(
        serde_json::to_value(&m.expected).unwrap(),
        "Hi there, I'm Maya.\n"
    );
}

/// Review 17, item 3: a failing `escalated:` was left at its case's line (human `at`,
/// JSON, JUnit), where every other key had its own: the loop that gave each mismatch its
/// key's line was past the early return of an `escalated` mismatch.
#[test]
fn a_failing_escalated_has_its_key_s_line() {
    let e = engine();
    let s = suite(
        &e,
        "version: 1\ntests:\n  - name: stays\n    messages:\n      - customer: discount\n    expect:\n      escalated: false\n\n  - name: escalates\n    messages:\n      - customer: hello\n    expect:\n      escalated: true\n",
    )
    .unwrap();
    let found: Vec<_> = run(&s, &e, None)
        .iter()
        .map(|r| {
            (
                r.case.line,
                r.failures.iter().map(|m| (m.field, m.line)).collect(),
            )
        })
        .collect::<Vec<(u32, Vec<_>)>>();
    assert_eq!(
        found,
        [
            (3, vec![("escalated", Some(7))]),
            (9, vec![("escalated", Some(13))])
        ]
    );
}

/// Review 17, item 5: an unknown key in one message (`custmer:`) made the case's messages
/// unreadable together, so another message's `time: yesterday` (and a message that is
/// no mapping) came out only once the typo was fixed. Each message is read alone; the
/// role a message lacks because its key is misspelt is no second error.
#[test]
fn a_mistake_in_one_message_hides_none_of_another() {
    let err = suite(
        &engine(),
        "version: 1\ntests:\n  - name: a\n    messages:\n      - customer: hi\n        time: yesterday\n      - custmer: hello\n        time: tomorrow\n      - hello\n      - { customer: hi, bot: ho }\n      - {}\n    expect: { escalated: false }\n",
    )
    .unwrap_err();
    let SuiteError::Invalid { diagnostics, .. } = err else {
        panic!("invalid")
    };
    let found: Vec<(&str, u32, &str)> = diagnostics
        .iter()
        .map(|d| {
            let at = d.location.as_ref().unwrap();
            (d.code.unwrap_or("-"), at.line, d.message.as_str())
        })
        .collect();
    assert_eq!(
        found,
        [
            ("S008", 6, "time `yesterday` is not a date and time"),
            (
                "S002",
                7,
                "unknown field `custmer`, expected one of customer, bot, agent, time"
            ),
            ("S008", 8, "time `tomorrow` is not a date and time"),
            ("S003", 9, "expected a mapping (`key: value`)"),
            (
                "S008",
                10,
                "a message has exactly one of `customer:`, `bot:` or `agent:`, not several"
            ),
            (
                "S008",
                11,
                "a message has exactly one of `customer:`, `bot:` or `agent:`, not none"
            ),
        ]
    );
}
