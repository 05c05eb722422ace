//! `handoff test` on test files it cannot use: none to run, rule files given as tests,
//! unknown keys, misplaced files, no `version:`, and invalid rules beside them.

use predicates::str::contains;

use crate::common::{ANGRY_RULES, handoff, handoff_in, stderr_text, stdout_text, write};
use crate::test_cli::FAILING;

/// A missing test file was "rules not found", an empty directory "no rule files";
/// an unmatched `--run` printed "test result: ok. 0 passed" before its error; a file
/// with `tests: []` was "0 files".
#[test]
fn nothing_to_test_is_said_plainly_and_before_any_result_line() {
    let dir = tempfile::tempdir().unwrap();
    let empty = dir.path().join("empty");
    std::fs::create_dir(&empty).unwrap();
    handoff()
        .arg("test")
        .arg(&empty)
        .assert()
        .code(2)
        .stderr(contains("no rule test files (*.yaml, *.yml) in directory"));
    let tests = write(dir.path(), "t.yaml", FAILING);
    handoff()
        .args(["test", "--run", "zzz"])
        .arg(&tests)
        .assert()
        .code(2)
        .stdout("")
        .stderr(contains(
            "error: --run `zzz` matches none of the 2 test cases in 1 file",
        ));
    let none = write(dir.path(), "none.yaml", "version: 1\ntests: []\n");
    handoff()
        .args(["test", "--run", "^pass"])
        .arg(&tests)
        .arg(&none)
        .assert()
        .success()
        .stdout(contains("1 filtered out by --run (2 cases in 2 files)"));
    // Files without a case are a finding about the suite, not a usage error, --run or not.
    for run in [&[][..], &["--run", "^pass"][..]] {
        handoff()
            .arg("test")
            .args(run)
            .arg(&none)
            .assert()
            .code(1)
            .stdout("")
            .stderr(contains("error: no test cases in 1 file"));
    }
    // An empty file was an S004 (exit 2, drawn `--> e0.yaml:1` without a gutter)
    // and `tests:` an S003 (exit 2), where `tests: []` is no case (exit 1): one rule for
    // the three, the files named.
    let empty = write(dir.path(), "e0.yaml", "");
    let null = write(dir.path(), "e2.yaml", "version: 1\ntests:\n");
    let out = handoff()
        .arg("test")
        .args([&empty, &none, &null])
        .assert()
        .code(1)
        .stdout("")
        .get_output()
        .clone();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.starts_with(&format!(
            "error: no test cases in 3 files: {}, {}, {}\n",
            empty.display(),
            none.display(),
            null.display()
        )),
        "{stderr}"
    );
    assert!(
        stderr.contains("= help: a rule test file holds `version: 1` and `tests:`"),
        "{stderr}"
    );
    // An empty document however written, and a file without `tests:`, as the schema
    // takes them (`---` was "expected a mapping", exit 2).
    for (name, text) in [("e3.yaml", "---\n"), ("e4.yaml", "version: 1\n")] {
        let file = write(dir.path(), name, text);
        handoff()
            .arg("test")
            .arg(&file)
            .assert()
            .code(1)
            .stdout("")
            .stderr(contains("error: no test cases in 1 file"));
    }
    let json = stdout_text(
        &handoff()
            .args(["test", "-f", "json"])
            .arg(&empty)
            .assert()
            .code(1),
    );
    let errors = &serde_json::from_str::<serde_json::Value>(&json).unwrap()["errors"];
    assert_eq!(
        errors[0]["message"],
        format!("no test cases in 1 file: {}", empty.display())
    );
    // The file the message names was `"file": null`.
    assert_eq!(errors[0]["file"], empty.display().to_string(), "{json}");
}

/// `handoff test rules` (the rules where their tests go) said only "unknown field
/// `signals`" for each rule file; then six errors, one per key of `rules.yaml`, each
/// with the same help. One error says what the path is and the command meant.
#[test]
fn rule_files_given_as_tests_say_where_tests_go() {
    let out = handoff().args(["test", "rules"]).assert().code(2);
    let stderr = stderr_text(&out);
    assert_eq!(stderr.matches("error[S002]").count(), 1, "{stderr}");
    assert!(
        stderr.contains("error[S002]: rules is a rules directory, not rule tests: "),
        "{stderr}"
    );
    assert!(
        stderr.contains("`handoff test` runs the tests in rules/tests against these rules"),
        "{stderr}"
    );
    assert!(stderr.contains("1 error in the rule tests"), "{stderr}");
    // A rule file of another name, beside a test file given: `-r` it, the tests kept.
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "mine.yaml", ANGRY_RULES);
    write(
        dir.path(),
        "t.yaml",
        "version: 1\ntests:\n  - name: angry\n    messages: [ { customer: ridiculous } ]\n    expect: { trigger: angry }\n",
    );
    std::fs::create_dir(dir.path().join("rules")).unwrap();
    write(&dir.path().join("rules"), "rules.yaml", ANGRY_RULES);
    let out = handoff_in(dir.path())
        .args(["test", "mine.yaml", "t.yaml", "-f", "json"])
        .assert()
        .code(2);
    let stderr = stderr_text(&out);
    assert_eq!(stderr.matches("error[S002]").count(), 1, "{stderr}");
    assert!(
        stderr.contains(
            "mine.yaml is a rule file, not rule tests: it has a rule file's `signals:`, `triggers:`, `teams:`, `default_route:` where rule tests have `tests:`"
        ),
        "{stderr}"
    );
    assert!(
        stderr.contains("`handoff test -r mine.yaml t.yaml` runs the tests given"),
        "{stderr}"
    );
    let errors = &serde_json::from_str::<serde_json::Value>(&stdout_text(&out)).unwrap()["errors"];
    assert_eq!(errors.as_array().map(Vec::len), Some(1), "{errors}");
}

/// A rule-test file copied into `rules/` was told to "run `handoff test` on it, and give
/// it the rules with -r", which loads `rules/` whole and fails the same way: every
/// command that reads the rules says to move it into `rules/tests/`.
#[test]
fn a_rule_test_file_among_the_rule_files_is_told_to_move_into_tests() {
    let dir = tempfile::tempdir().unwrap();
    let rules = dir.path().join("rules");
    std::fs::create_dir(&rules).unwrap();
    write(&rules, "rules.yaml", ANGRY_RULES);
    write(
        &rules,
        "tests.yaml",
        "version: 1\ntests:\n  - name: angry\n    messages: [ { customer: ridiculous } ]\n    expect: { trigger: angry }\n",
    );
    let moved = "move it into rules/tests/ (`mv rules/tests.yaml rules/tests/tests.yaml`)";
    for args in [
        &["test"][..],
        &["test", "rules/tests.yaml", "-r", "rules"],
        &["replay", "-r", "rules"],
    ] {
        let out = handoff_in(dir.path()).args(args).assert().code(2);
        let stderr = stderr_text(&out);
        assert!(stderr.contains(moved), "{args:?}: {stderr}");
        assert!(
            !stderr.contains("run `handoff test` on it"),
            "{args:?}: {stderr}"
        );
    }
    handoff_in(dir.path())
        .args(["lint", "rules"])
        .assert()
        .code(1)
        .stdout(contains(moved));
}

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
        crate::common::invalid_rule_tests(dir.path())
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

/// A test file in `rules/tests/sub/` or in `./tests/` beside `rules/` was not read,
/// and nothing said so: "no rule test files" with no hint, or fewer cases than written.
/// Where tests are looked for is said, and the files that look like rule tests but are
/// not read are named, as an error's help when nothing is read, else as a warning.
#[test]
fn misplaced_test_files_are_pointed_at() {
    let dir = tempfile::tempdir().unwrap();
    let rules = dir.path().join("rules");
    std::fs::create_dir_all(rules.join("tests/sub")).unwrap();
    std::fs::create_dir_all(dir.path().join("tests")).unwrap();
    for file in ["signals.yaml", "triggers.yaml", "routes.yaml", "teams.yaml"] {
        std::fs::copy(format!("rules/{file}"), rules.join(file)).unwrap();
    }
    // Each its own name: one name in two files read together is S007.
    let case = |name: &str| {
        format!(
            "version: 1\ntests:\n  - name: {name}\n    messages: [ {{ customer: hi }} ]\n    expect: {{ escalated: false }}\n"
        )
    };
    write(&rules.join("tests/sub"), "a.yaml", &case("quiet a"));
    write(&dir.path().join("tests"), "b.yaml", &case("quiet b"));
    write(
        &dir.path().join("tests"),
        "other.yaml",
        "name: not a rule test\n",
    );
    let run = |args: &[&str]| {
        handoff()
            .current_dir(dir.path())
            .arg("test")
            .args(args)
            .assert()
    };
    run(&[]).code(2).stdout("").stderr(
        "error: no rule test files (*.yaml, *.yml) in directory rules/tests\n |\n \
         = help: 2 files look like rule tests (a top-level `tests:`) but are not read: rules/tests/sub/a.yaml, tests/b.yaml\n \
         = help: without paths, `handoff test` reads the *.yaml and *.yml files directly in rules/tests (the tests/ beside the rules given with -r), not in its subdirectories: move them into rules/tests, or give them as paths (`handoff test rules/tests/sub/a.yaml tests/b.yaml`)\n\n",
    );
    let out = run(&["-f", "json"]).code(2).get_output().clone();
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        json["errors"][0]["help"][0],
        "2 files look like rule tests (a top-level `tests:`) but are not read: rules/tests/sub/a.yaml, tests/b.yaml"
    );
    // Some tests read, others not: they run, and a warning names the others.
    write(&rules.join("tests"), "read.yaml", &case("quiet"));
    run(&[])
        .success()
        .stdout(contains("(1 case in 1 file)"))
        .stderr(contains(
            "warning: 2 files look like rule tests (a top-level `tests:`) but are not read: rules/tests/sub/a.yaml, tests/b.yaml",
        ))
        .stderr(contains(
            "or give them as paths (`handoff test rules/tests rules/tests/sub/a.yaml tests/b.yaml`)",
        ));
    // Given as paths, they are read, and nothing is said.
    run(&["rules/tests", "rules/tests/sub/a.yaml", "tests/b.yaml"])
        .success()
        .stdout(contains("(3 cases in 3 files)"))
        .stderr("");
    // A directory given: its subdirectories are not read either.
    run(&["rules/tests"]).success().stderr(contains(
        "warning: 1 file looks like rule tests (a top-level `tests:`) but is not read: rules/tests/sub/a.yaml",
    ));
    // No tests anywhere: where they are looked for.
    std::fs::remove_dir_all(rules.join("tests")).unwrap();
    std::fs::remove_dir_all(dir.path().join("tests")).unwrap();
    run(&[]).code(2).stderr(contains(
        "error: rule tests not found at rules/tests\n |\n = help: without paths, `handoff test` reads the *.yaml and *.yml files directly in rules/tests",
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
