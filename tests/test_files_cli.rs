//! `handoff test` on test files it cannot use: unknown keys, no `version:`, and
//! invalid rules beside them.

use crate::common::{handoff, invalid_rule_tests, write};

/// Regression: a case with an unknown key reported only that one: a second in its
/// `expect` (or in a message, or another `expect` key) waited for the next run. Each is
/// reported, at its line and column, with a "did you mean"; and the known keys of an
/// `expect` with an unknown one are checked too (the trigger `nosuch`).
#[test]
fn every_unknown_key_of_a_case_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "t.yaml",
        "version: 1
tests:
  - name: one
    mesages:
      - customer: hi
    expect:
      escalatd: true
      rout: billing
      trigger: nosuch
  - name: two
    messages:
      - customer: hi
        tme: 2024-03-01T09:15:00Z
    expect: { escalated: false, tem: x }
",
    );
    insta::assert_snapshot!(
        "every_unknown_key_of_a_case",
        invalid_rule_tests(dir.path())
    );
}

/// With invalid rules, only the rules' errors were shown; the test files' own
/// mistakes came one run later. Both are reported at once (exit 2); the names a case
/// gives are not checked against rules that did not load.
#[test]
fn invalid_rules_hide_no_mistake_of_the_test_files() {
    let dir = tempfile::tempdir().unwrap();
    let rules = dir.path().join("rules");
    std::fs::create_dir_all(rules.join("tests")).unwrap();
    for file in ["signals.yaml", "triggers.yaml", "routes.yaml", "teams.yaml"] {
        let text = std::fs::read_to_string(format!("rules/{file}")).unwrap();
        std::fs::write(
            rules.join(file),
            text.replace("team: finance", "team: financ"),
        )
        .unwrap();
    }
    write(
        &rules.join("tests"),
        "t.yaml",
        "version: 1\ntests:\n  - name: x\n    messages: []\n    expect: { trigger: no-such-trigger }\n  - name: y\n    mesages: [ { customer: hi } ]\n    expect: { turn: \"2\" }\n",
    );
    let out = handoff()
        .current_dir(dir.path())
        .arg("test")
        .assert()
        .code(2)
        .stdout("")
        .get_output()
        .clone();
    let stderr = String::from_utf8(out.stderr).unwrap();
    let codes: Vec<&str> = stderr
        .lines()
        .filter_map(|l| l.strip_prefix("error["))
        .map(|l| &l[..4])
        .collect();
    assert_eq!(codes, ["R003", "S008", "S002", "S003"], "{stderr}");
    assert!(stderr.contains("rules/tests/t.yaml:3:11"), "{stderr}");
    assert!(!stderr.contains("no-such-trigger"), "{stderr}");
    assert!(
        stderr.ends_with(
            "error: cannot run the rule tests, whose files have 3 errors of their own\n  caused by: invalid rules in rules\n  caused by: 1 error in the rules\n"
        ),
        "{stderr}"
    );
    let out = handoff()
        .current_dir(dir.path())
        .args(["test", "-f", "json"])
        .assert()
        .code(2)
        .get_output()
        .clone();
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let errors: Vec<(&str, &str)> = json["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| (e["code"].as_str().unwrap(), e["file"].as_str().unwrap()))
        .collect();
    assert_eq!(
        errors,
        [
            ("R003", "rules/routes.yaml"),
            ("S008", "rules/tests/t.yaml"),
            ("S002", "rules/tests/t.yaml"),
            ("S003", "rules/tests/t.yaml"),
        ]
    );
    // Test files that are fine: the rules' errors alone, as before.
    write(
        &rules.join("tests"),
        "t.yaml",
        "version: 1\ntests:\n  - name: x\n    messages: [ { customer: hi } ]\n    expect: { escalated: false }\n",
    );
    handoff()
        .current_dir(dir.path())
        .arg("test")
        .assert()
        .code(2)
        .stderr(predicates::str::ends_with(
            "error: invalid rules in rules\n  caused by: 1 error in the rules\n",
        ));
}

/// A rule test file without `version:` was told "every rule file starts with
/// `version: 1`", in the words of the rules.
#[test]
fn a_test_file_without_a_version_is_told_to_start_with_one() {
    let dir = tempfile::tempdir().unwrap();
    let file = write(
        dir.path(),
        "t.yaml",
        "tests:\n  - name: a\n    messages: [{customer: hi}]\n    expect: { escalated: false }\n",
    );
    let out = handoff().arg("test").arg(&file).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains("error[S004]: missing field `version`"),
        "{stderr}"
    );
    assert!(
        stderr.contains("help: start the file with `version: 1`"),
        "{stderr}"
    );
    assert!(!stderr.contains("rule file"), "{stderr}");
}

/// `messages: hi` was told "write `messages: [hi]`", which is the next error, and that
/// error came with a false "test `s` has no messages" (S008) beside it: the list has a
/// message, one that does not read. The help writes a message; S008 is for a list
/// that is empty.
#[test]
fn a_message_written_bare_is_helped_to_a_message_and_not_told_missing() {
    let dir = tempfile::tempdir().unwrap();
    let test = |body: &str| {
        write(
            dir.path(),
            "t.yaml",
            &format!(
                "version: 1\ntests:\n  - name: s\n    messages: {body}\n    expect: {{ escalated: false }}\n"
            ),
        );
        invalid_rule_tests(dir.path())
    };
    let bare = test("hi");
    assert!(
        bare.contains("help: `messages` takes a list of messages, each `ROLE: TEXT`: write `messages: [{ customer: hi }]`, or each on its own line as `- customer: …`"),
        "{bare}"
    );
    let listed = test("[hi]");
    assert!(
        listed.contains("error[S003]: expected a mapping"),
        "{listed}"
    );
    assert!(!listed.contains("S008"), "{listed}");
    // Empty is still no messages.
    assert!(test("[]").contains("error[S008]: test `s` has no messages"));
    // The help's own suggestion reads.
    let path = write(
        dir.path(),
        "t.yaml",
        "version: 1\ntests:\n  - name: s\n    messages: [{ customer: hi }]\n    expect: { escalated: false }\n",
    );
    handoff()
        .args(["test", "-r", "rules"])
        .arg(&path)
        .assert()
        .success();
}
