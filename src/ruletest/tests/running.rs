//! Running cases: each expectation passing and failing, the filter, what no case tests, the starter tests, names and bridge messages compared as the rules write them.

use super::*;

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
    // Machine output takes the values as they are (JSON had "`angry`").
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
fn a_case_expecting_escalation_fails_on_escalated_and_each_key() {
    let e = engine();
    let s = suite(&e, "version: 1\ntests:\n  - name: x\n    messages: [ { customer: hello } ]\n    expect: { route: deals }\n").unwrap();
    let r = &run(&s, &e, None)[0];
    assert_eq!(
        r.failures,
        [
            Mismatch {
                field: "escalated",
                expected: Value::Bool(true),
                actual: Value::Bool(false),
                // At the `route:` that implies the escalation.
                help: Some(
                    "the case gives no `escalated:`; its `route:` expects an escalation".into()
                ),
                line: Some(5),
                differs_at: None,
            },
            Mismatch {
                field: "route",
                expected: Value::Text("deals".into()),
                actual: Value::Nothing,
                help: None,
                line: Some(5),
                differs_at: None,
            }
        ]
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

/// Rule scalars were typed by YAML 1.2 and lost how they were written: `in: [1.0]`
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

/// A case passed while its escalation's bridge message could not be rendered
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
    let error = "no message (error: undefined variable `customer.first_name` (team `sales`'s bridge, template line 1); this conversation has no `customer.first_name`)";
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
