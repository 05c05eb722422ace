//! `handoff test` pointing at its test files' mistakes and failures: where each is, and
//! every one in one run. Each test file shows one kind of mistake, run against the
//! starter rules. They are written here, not kept under `tests/`, where
//! `handoff test` would find them and warn that they are not read.

use crate::common::{
    handoff, invalid_rule_test_files, invalid_rule_tests, root, stdout_text, write,
};

/// `escalated-line.yaml`: two cases whose `escalated:` fails on purpose.
const ESCALATED_LINE: &str = "version: 1
tests:
  - name: a double charge should stay with the bot (wrong on purpose)
    messages:
      - customer: I was charged twice, I want a refund
    expect:
      escalated: false

  - name: a how-to question should escalate (wrong on purpose)
    messages:
      - customer: How do I add a teammate?
    expect:
      escalated: true
";

/// `hidden-errors.yaml`: a bad `time:` in one message, a typo in the next.
const HIDDEN_ERRORS: &str = "version: 1
tests:
  - name: two mistakes in one case
    messages:
      - customer: hi
        time: yesterday
      - custmer: hello
    expect: { escalated: false }
";

/// `handoff test -r <the starter rules> -f format t.yaml` in `dir`, which must exit 1.
fn failing(dir: &std::path::Path, format: &str) -> String {
    stdout_text(
        &handoff()
            .current_dir(dir)
            .arg("test")
            .arg("-r")
            .arg(root().join("rules"))
            .args(["-f", format, "t.yaml"])
            .assert()
            .code(1),
    )
}

/// A failing `escalated:` was reported at its case's `- name:` line
/// (human `at`, JUnit body) and without a `line` in JSON; every other key had its own.
#[test]
fn a_failing_escalated_points_at_its_key() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "t.yaml", ESCALATED_LINE);
    let human = failing(dir.path(), "human");
    for (case, line) in [("stay with the bot", 7), ("should escalate", 13)] {
        let at = format!("{case} (wrong on purpose)\n      at t.yaml:{line}\n");
        assert!(human.contains(&at), "{at}\n{human}");
    }
    let json: serde_json::Value = serde_json::from_str(&failing(dir.path(), "json")).unwrap();
    let found: Vec<_> = json["cases"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| (c["line"].clone(), c["failures"].clone()))
        .collect();
    assert_eq!(
        found,
        [
            (
                serde_json::json!(3),
                serde_json::json!([{"field": "escalated", "expected": false, "actual": true, "line": 7}])
            ),
            (
                serde_json::json!(9),
                serde_json::json!([{"field": "escalated", "expected": true, "actual": false, "line": 13}])
            ),
        ]
    );
    let junit = failing(dir.path(), "junit");
    for line in [7, 13] {
        let body = format!("type=\"expectation\">at t.yaml:{line}&#10;escalated: expected");
        assert!(junit.contains(&body), "{body}\n{junit}");
    }
}

/// Cases that expect an escalation only through their other keys
/// (no `escalated:`), which does not come. Each key that implies it is first in one case;
/// on one line, the first written.
const IMPLIED_ESCALATION: &str = "version: 1
tests:
  - name: a how-to question routed to billing (wrong on purpose)
    messages:
      - customer: How do I add a teammate?
    expect:
      route: billing
      trigger: billing-issue

  - name: a how-to question on one line (wrong on purpose)
    messages:
      - customer: How do I add a teammate?
    expect: { team: frontline, trigger: human-request }

  - name: a how-to question with a team (wrong on purpose)
    messages:
      - customer: How do I add a teammate?
    expect:
      team: finance
      turn: 1
";

/// A case expecting an escalation only implicitly was reported at its
/// `- name:` line when nothing escalated; it is at the first key that implied it, in
/// every format, with a help naming that key.
#[test]
fn a_failing_implied_escalation_points_at_the_key_that_implies_it() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "t.yaml", IMPLIED_ESCALATION);
    let human = failing(dir.path(), "human");
    for (case, line, key) in [
        ("routed to billing", 7, "route"),
        ("on one line", 13, "team"),
        ("with a team", 19, "team"),
    ] {
        let at = format!(
            "{case} (wrong on purpose)\n      at t.yaml:{line}\n      escalated: expected true, got false\n        \
             help: the case gives no `escalated:`; its `{key}:` expects an escalation\n"
        );
        assert!(human.contains(&at), "{at}\n{human}");
    }
    let json: serde_json::Value = serde_json::from_str(&failing(dir.path(), "json")).unwrap();
    let found: Vec<_> = json["cases"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| (c["line"].clone(), c["failures"][0]["line"].clone()))
        .collect();
    assert_eq!(
        found,
        [
            (serde_json::json!(3), serde_json::json!(7)),
            (serde_json::json!(10), serde_json::json!(13)),
            (serde_json::json!(15), serde_json::json!(19)),
        ]
    );
    let junit = failing(dir.path(), "junit");
    for line in [7, 13, 19] {
        let body = format!("type=\"expectation\">at t.yaml:{line}&#10;escalated: expected");
        assert!(junit.contains(&body), "{body}\n{junit}");
    }
}

/// `custmer:` in one message hid `time: yesterday` in another until
/// the typo was fixed. Both are reported in one run, and nothing more (the misspelt
/// message's missing role is the typo, not a second mistake).
#[test]
fn a_mistake_in_one_message_hides_none_of_another() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "t.yaml", HIDDEN_ERRORS);
    insta::assert_snapshot!("hidden_message_errors", invalid_rule_tests(dir.path()));
}

/// Two cases of one name in different files were accepted (S007 was
/// per file), so `--run` could not pick one and the reports showed two of one name.
#[test]
fn a_test_name_used_in_another_file_is_a_duplicate() {
    let dir = tempfile::tempdir().unwrap();
    let case = |name: &str| {
        format!(
            "version: 1\ntests:\n  - name: {name}\n    messages:\n      - customer: hi\n    expect: {{ escalated: false }}\n"
        )
    };
    write(dir.path(), "a.yaml", &case("a greeting stays with the bot"));
    write(
        dir.path(),
        "b.yaml",
        &(case("a greeting stays with the bot")
            + &case("another").replacen("version: 1\ntests:\n", "", 1)),
    );
    let stderr = invalid_rule_test_files(dir.path(), &["a.yaml", "b.yaml"]);
    assert!(
        stderr.contains(
            "error[S007]: duplicate test name `a greeting stays with the bot`\n --> b.yaml:3:11"
        ),
        "{stderr}"
    );
    assert!(stderr.contains("a.yaml:3:11"), "{stderr}");
    assert!(stderr.contains("first used here"), "{stderr}");
    assert!(
        stderr.contains("= help: names are the cases' identity in the reports and to `--run`, across every test file"),
        "{stderr}"
    );
    // Within one file, as before, without the help about files.
    write(
        dir.path(),
        "c.yaml",
        &(case("twice") + &case("twice").replacen("version: 1\ntests:\n", "", 1)),
    );
    let stderr = invalid_rule_test_files(dir.path(), &["c.yaml"]);
    assert!(
        stderr.contains("error[S007]: duplicate test name `twice`\n --> c.yaml:7:11"),
        "{stderr}"
    );
    assert!(!stderr.contains("across every test file"), "{stderr}");
}

/// A name shared with a case that has an unknown key showed only once the key was
/// fixed (the names were checked among the cases that parsed); names that differ only
/// in the spaces around them, which no report shows, were two.
#[test]
fn a_duplicate_name_shows_beside_an_unknown_key_and_spaces_do_not_tell_names_apart() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "m.yaml",
        "version: 1\ntests:\n  - name: dup name\n    mesages:\n      - customer: hi\n    expect: { escalated: true }\n  - name: dup name\n    messages:\n      - customer: hi\n    expect: { escalated: false }\n",
    );
    let stderr = invalid_rule_test_files(dir.path(), &["m.yaml"]);
    assert!(
        stderr.contains("error[S002]: unknown field `mesages`"),
        "{stderr}"
    );
    assert!(
        stderr.contains("error[S007]: duplicate test name `dup name`\n --> m.yaml:7:11"),
        "{stderr}"
    );
    assert!(stderr.contains("m.yaml:3:11"), "{stderr}");
    // The later case is the duplicate whichever of the two did not parse.
    write(
        dir.path(),
        "n.yaml",
        "version: 1\ntests:\n  - name: first\n    messages:\n      - customer: hi\n    expect: { escalated: false }\n  - name: first\n    mesages:\n      - customer: hi\n    expect: { escalated: false }\n",
    );
    let stderr = invalid_rule_test_files(dir.path(), &["n.yaml"]);
    assert!(
        stderr.contains("error[S007]: duplicate test name `first`\n --> n.yaml:7:11"),
        "{stderr}"
    );
    write(
        dir.path(),
        "s.yaml",
        "version: 1\ntests:\n  - name: same\n    messages:\n      - customer: hi\n    expect: { escalated: false }\n  - name: \"same \"\n    messages:\n      - customer: hi\n    expect: { escalated: false }\n",
    );
    let stderr = invalid_rule_test_files(dir.path(), &["s.yaml"]);
    assert!(
        stderr.contains("error[S007]: duplicate test name `same `\n --> s.yaml:7:11"),
        "{stderr}"
    );
    assert!(
        stderr.contains("= help: `same` and `same ` differ only in the spaces around them"),
        "{stderr}"
    );
}

/// Transcripts read `user` and `assistant` as customer and bot, but a rule test's
/// `- user:` and a condition's `role: user` were an unknown field or variant with no
/// hint: each says how the role is written there.
#[test]
fn a_role_named_as_transcripts_name_it_is_told_its_name() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "t.yaml",
        "version: 1\ntests:\n  - name: refund\n    messages:\n      - user: I want a refund\n      - assistant: Sure\n    expect: { escalated: false }\n",
    );
    let stderr = invalid_rule_tests(dir.path());
    assert!(
        stderr.contains("help: `user` is written `customer` here, where the roles are named customer, bot and agent (a transcript's `user` is read as `customer`)"),
        "{stderr}"
    );
    assert!(
        stderr.contains("help: `assistant` is written `bot` here"),
        "{stderr}"
    );
    let rules = write(
        dir.path(),
        "rules.yaml",
        "version: 1\ntriggers:\n  - { id: refund, when: { message: { role: user, phrases: [refund] } } }\ndefault_route: { team: t }\nteams:\n  - { id: t, name: T }\n",
    );
    handoff()
        .arg("lint")
        .arg(&rules)
        .assert()
        .code(1)
        .stdout(predicates::str::contains(
            "help: `user` is written `customer` here",
        ));
}

/// A team's display name (`name: Senior Account Executives`) expected as `team:` was
/// R003 "which the rules do not define", with no word of the team it names.
#[test]
fn a_teams_display_name_expected_as_its_team_is_told_its_id() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "t.yaml",
        "version: 1\ntests:\n  - name: discount\n    messages: [ { customer: Is there a volume discount? } ]\n    expect: { team: Senior Account Executives }\n",
    );
    let stderr = invalid_rule_tests(dir.path());
    assert!(
        stderr.contains("error[R003]: the test names team `Senior Account Executives`, which the rules do not define")
            && stderr.contains("help: `Senior Account Executives` is the name of team `senior-ae`: tests name a team by its id (`team: senior-ae`)"),
        "{stderr}"
    );
}

/// Rule files are bounded (4 MiB each, SECURITY.md) as untrusted input; rule-test
/// files, from the same pull requests, were read whatever their size.
#[test]
fn a_rule_test_file_over_the_rule_file_limit_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let limit = 4 * 1024 * 1024;
    let mut text = String::from("version: 1\ntests: []\n");
    text.push_str(&"#".repeat(limit + 1 - text.len()));
    write(dir.path(), "t.yaml", &text);
    let stderr = invalid_rule_tests(dir.path());
    assert!(
        stderr.contains(&format!(
            "rule test file t.yaml is over the limit of 4 MiB ({limit} bytes)"
        )),
        "{stderr}"
    );
    // At the limit, it is read (and has no case: exit 1).
    text.pop();
    write(dir.path(), "t.yaml", &text);
    handoff()
        .current_dir(dir.path())
        .arg("test")
        .arg("-r")
        .arg(root().join("rules"))
        .arg("t.yaml")
        .assert()
        .code(1);
}

/// Test files over the rule set's 16 MiB together were said to be those "in t4.yaml",
/// the last file given, as if it held them all: it is said of the files given.
#[test]
fn rule_test_files_over_the_limit_together_are_said_of_all_given() {
    let dir = tempfile::tempdir().unwrap();
    let mut text = String::from("version: 1\ntests: []\n");
    text.push_str(&"#".repeat(3_600_000 - text.len()));
    let names = ["t0.yaml", "t1.yaml", "t2.yaml", "t3.yaml", "t4.yaml"];
    for name in names {
        write(dir.path(), name, &text);
    }
    let stderr = invalid_rule_test_files(dir.path(), &names);
    assert!(
        stderr.contains(&format!(
            "5 rule test files given are {} bytes together; the limit is {}",
            5 * 3_600_000,
            16 * 1024 * 1024
        )),
        "{stderr}"
    );
    assert!(!stderr.contains("in t4.yaml"), "{stderr}");
}
