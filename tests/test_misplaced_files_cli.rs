//! `handoff test` on files where tests are not: rule files given as tests, a rule-test
//! file among the rule files, and test files where they are not read.

use predicates::str::contains;

use crate::common::{ANGRY_RULES, handoff, handoff_in, stderr_text, stdout_text, write};

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

/// A rule file with a key written twice, given as tests, was not told to be rules: its
/// top-level keys were read as a type, which a duplicate refuses, and each key was an
/// unknown field of rule tests. It is one error saying it is rules, and the duplicate's
/// own error beside it.
#[test]
fn a_rule_file_with_a_key_written_twice_given_as_tests_is_told_to_be_rules() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "r.yaml",
        "version: 1\nsignals: []\ntriggers: []\nsignals: []\nteams: [{ id: a, name: A }]\n",
    );
    let stderr = crate::common::invalid_rule_test_files(dir.path(), &["r.yaml"]);
    assert_eq!(stderr.matches("error[S002]").count(), 1, "{stderr}");
    assert!(
        stderr.contains(
            "error[S002]: r.yaml is a rule file, not rule tests: it has a rule file's `signals:`, `triggers:`, `teams:` where rule tests have `tests:`"
        ),
        "{stderr}"
    );
    assert!(
        stderr.contains("error[S006]: duplicate mapping key: signals\n --> r.yaml:4:1"),
        "{stderr}"
    );
    assert!(stderr.contains("2 errors in the rule tests"), "{stderr}");
    assert!(!stderr.contains("unknown field"), "{stderr}");
}
