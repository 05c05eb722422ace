//! Every mistake of a rule file or a rule test reported in one run, each at its place,
//! at any number.

use std::fmt::Write as _;

use crate::common::{handoff, write};

/// Regression: every diagnostic's line and column, and its drawing, were found by
/// reading the file from its start, so 5,000 unknown keys in one file took seconds
/// (quadratic). Each is still reported, where it is; the time is measured by hand (see
/// the CHANGELOG), not here.
#[test]
fn five_thousand_unknown_keys_are_five_thousand_diagnostics() {
    let dir = tempfile::tempdir().unwrap();
    let mut text = String::from("version: 1\nsignals:\n  - id: s\n    phrases: [hello]\n");
    for i in 0..5_000 {
        writeln!(text, "    zz{i}: 1").unwrap();
    }
    write(dir.path(), "r.yaml", &text);
    let out = handoff()
        .current_dir(dir.path())
        .args(["lint", "r.yaml"])
        .assert()
        .code(1)
        .get_output()
        .clone();
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert_eq!(
        stdout.matches("error[S002]: unknown field `zz").count(),
        5_000
    );
    assert!(stdout.contains(" --> r.yaml:5004:5\n"), "{stdout}");
    assert!(stdout.contains("5004 |     zz4999: 1\n"), "{stdout}");
}

/// The codes, lines and columns of `lint`'s errors for the rule file `text`.
fn errors_of(text: &str) -> Vec<(String, u64, u64)> {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "r.yaml", text);
    let out = handoff()
        .current_dir(dir.path())
        .args(["lint", "r.yaml", "--format", "json"])
        .assert()
        .code(1)
        .get_output()
        .clone();
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["severity"] == "error")
        .map(|d| {
            (
                d["code"].as_str().unwrap().to_owned(),
                d["line"].as_u64().unwrap(),
                d["column"].as_u64().unwrap(),
            )
        })
        .collect()
}

/// Regression: a key written twice in an item (a trigger's `when:`, a route's `team:`)
/// hid the item's other unknown keys, and a second duplicate, until it was fixed. Each
/// is reported.
#[test]
fn a_key_written_twice_in_an_item_hides_none_of_its_other_mistakes() {
    let errors = errors_of(
        "version: 1
signals:
  - id: angry
    phrases: [a]
triggers:
  - id: t
    when: { message: { signal: angry } }
    severty: high
    when: { message: { signal: angry } }
    reson: x
    descripton: y
routes:
  - id: r
    team: front
    when: { trigger: t, trigger: t }
    team: front
    tema: x
teams:
  - { id: front, name: Front }
",
    );
    let at = |code: &str, line, column| (code.to_owned(), line, column);
    assert_eq!(
        errors,
        [
            at("S002", 8, 5),
            at("S006", 9, 5),
            at("S002", 10, 5),
            at("S002", 11, 5),
            at("S006", 15, 25),
            at("S006", 16, 5),
            at("S002", 17, 5),
        ]
    );
}

/// Regression: a required field missing behind a misspelt key (`whn:` and no `when:`)
/// was reported as the unknown key alone, and one missing behind another mistake of its
/// item (`severity: 3`) not at all, until that was fixed. A misspelling of a missing field
/// says so (one mistake, as rustc says it); any other missing field is an error of its
/// own, at the start of its mapping.
#[test]
fn a_required_field_is_missing_behind_any_other_mistake() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "r.yaml",
        "versio: 1
signals:
  - id: angry
    phrases: [{ phrse: a, weight: 1 }]
triggers:
  - id: t
    whn: { seen: { signl: angry } }
  - id: u
    severity: 3
routes:
  - id: r
    wen: { trigger: t }
teams:
  - { id: front, name: Front }
",
    );
    let out = handoff()
        .current_dir(dir.path())
        .args(["lint", "r.yaml", "--format", "json"])
        .assert()
        .code(1)
        .get_output()
        .clone();
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let found: Vec<String> = json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["severity"] == "error")
        .map(|d| {
            let help: Vec<&str> = d["help"]
                .as_array()
                .unwrap()
                .iter()
                .map(|h| h.as_str().unwrap())
                .collect();
            format!(
                "{} {}:{} {} | {}",
                d["code"].as_str().unwrap(),
                d["line"],
                d["column"],
                d["message"].as_str().unwrap().split(',').next().unwrap(),
                help.join(" | ")
            )
        })
        .collect();
    let required = |f: &str| format!("did you mean `{f}`? | `{f}` is required, and missing");
    assert_eq!(
        found,
        [
            format!("S002 1:1 unknown field `versio` | {}", required("version")),
            format!("S002 4:17 unknown field `phrse` | {}", required("phrase")),
            format!("S002 7:5 unknown field `whn` | {}", required("when")),
            format!("S002 7:20 unknown field `signl` | {}", required("signal")),
            "S004 8:5 missing field `when` | ".to_owned(),
            "S003 9:15 expected a severity: low | ".to_owned(),
            "S004 11:5 missing field `team` | ".to_owned(),
            format!("S002 12:5 unknown field `wen` | {}", required("when")),
        ]
    );
}

/// Regression: in a rule-test case, serde's first error hid the case's other wrong
/// values: a wrong `turn:` behind an unknown key in a message, behind a wrong
/// `escalated:`, behind a bad message; a second wrong `customer:` value behind the first.
/// Each key of a case that does not parse is read alone, and each wrong value reported.
#[test]
fn every_wrong_value_of_a_rule_test_case_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "t.yaml",
        r#"version: 1
tests:
  - name: one
    messages:
      - customer: hi
        tme: 2024-03-01T09:15:00Z
    expect: { turn: "three" }
  - name: two
    messages: [ { customer: hi } ]
    expect: { escalated: maybe, turn: three }
  - name: three
    messages:
      - customer: [a]
      - bot: { b: 1 }
    expect: { turn: x }
  - name: four
    customer: { tier: [a], size: { b: 1 } }
    messages: [ { customer: hi } ]
    expect: { escalated: false }
"#,
    );
    let stderr = crate::common::invalid_rule_tests(dir.path());
    let found: Vec<(&str, &str)> = stderr
        .lines()
        .filter_map(|l| l.strip_prefix("error["))
        .zip(
            stderr
                .lines()
                .filter_map(|l| l.trim().strip_prefix("--> t.yaml:")),
        )
        .map(|(error, at)| (&error[..4], at))
        .collect();
    assert_eq!(
        found,
        [
            ("S002", "6:9"),
            ("S003", "7:21"),
            ("S003", "10:26"),
            ("S003", "10:39"),
            ("S003", "13:19"),
            ("S003", "14:14"),
            ("S003", "15:21"),
            ("S003", "17:23"),
            ("S003", "17:34"),
        ],
        "{stderr}"
    );
}

/// A key written twice in a rule-test case, or in a value of it, is one `S006` where it
/// is written again (the values read key by key do not say it again in other words).
#[test]
fn a_key_written_twice_in_a_case_is_one_error() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "t.yaml",
        "version: 1
tests:
  - name: one
    zz: 1
    messages: [ { customer: hi, customer: ho } ]
    expect: { turn: 1, turn: 2 }
",
    );
    let stderr = crate::common::invalid_rule_tests(dir.path());
    let errors: Vec<&str> = stderr.lines().filter(|l| l.starts_with("error[")).collect();
    assert_eq!(
        errors,
        [
            "error[S002]: unknown field `zz`, expected one of name, customer, messages, expect",
            "error[S006]: duplicate mapping key: customer",
            "error[S006]: duplicate mapping key: turn",
        ],
        "{stderr}"
    );
}

/// A rule item with two wrong values was reported one value per run (serde stops
/// at the first). Each key of an item that does not parse is read alone, and so is each
/// key of its conditions and `{ phrase, weight }` entries, in items, in a section written
/// as a flow list and in the default route: every wrong value is reported in one run,
/// each once, at its place.
#[test]
fn every_wrong_value_of_an_item_is_reported_in_one_run() {
    let errors = errors_of(
        "version: 1
signals:
  - id: pricing
    phrases: [discount, { phrase: deal, weight: heavy }]
    threshold: lots
    negation: maybe
triggers:
  - id: t
    severity: huge
    description: [a, b]
    when:
      all:
        - message: { role: robot, signal: pricing }
        - not: { counter: { name: turn, at_least: many, at_most: few } }
routes:
  - id: r
    when: { trigger: t }
    team: [x]
    zz: 1
    description: { a: 1 }
default_route: { team: [front], description: [d] }
teams: [{ id: front, name: [F], agent: { a: 1 } }]
",
    );
    let at = |code: &str, line, column| (code.to_owned(), line, column);
    assert_eq!(
        errors,
        [
            at("S003", 4, 49),
            at("S003", 5, 16),
            at("S003", 6, 15),
            at("S002", 9, 15),
            at("S003", 10, 18),
            at("S002", 13, 28),
            at("S003", 14, 51),
            at("S003", 14, 66),
            at("S003", 18, 11),
            at("S002", 19, 5),
            at("S003", 20, 18),
            at("S003", 21, 24),
            at("S003", 21, 46),
            at("S003", 22, 28),
            at("S003", 22, 40),
        ]
    );
}
