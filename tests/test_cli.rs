//! `handoff test` from the outside.

use predicates::str::contains;

use crate::common::{handoff, stdout_of, stdout_text, write};

const FAILING: &str = r"version: 1
tests:
  - name: passes
    messages: [ { customer: This is ridiculous } ]
    expect: { trigger: frustration, route: default }
  - name: enterprise frustration should go to the AE
    customer: { name: Rita, tier: pro }
    messages:
      - customer: My export keeps failing.
      - customer: This is ridiculous.
    expect: { route: enterprise-lead, team: senior-ae }
";

#[test]
fn the_starter_tests_pass() {
    handoff()
        .args(["test", "--require-tests"])
        .assert()
        .success()
        .stdout(contains("test result: ok."))
        .stdout(contains("every trigger and route has a positive test"));
}

/// Regression (review): `test -r DIR` read `./rules/tests` (the default for the default
/// rules), so it failed where there was none, or ran another pack's tests.
#[test]
fn the_tests_of_another_rules_directory_are_its_own() {
    let dir = tempfile::tempdir().unwrap();
    let pack = dir.path().join("my-rules");
    std::fs::create_dir_all(pack.join("tests")).unwrap();
    for file in ["signals.yaml", "triggers.yaml", "routes.yaml", "teams.yaml"] {
        std::fs::copy(format!("rules/{file}"), pack.join(file)).unwrap();
    }
    write(&pack.join("tests"), "t.yaml", FAILING);
    handoff()
        .current_dir(dir.path())
        .args(["test", "-r", "my-rules"])
        .assert()
        .code(1)
        .stdout(contains("test result: FAILED. 1 passed, 1 failed"));
}

#[test]
fn a_failing_case_exits_1_and_shows_why() {
    let dir = tempfile::tempdir().unwrap();
    let tests = write(dir.path(), "t.yaml", FAILING);
    handoff()
        .arg("test")
        .arg(&tests)
        .assert()
        .code(1)
        .stdout(contains("✓ passes"))
        .stdout(contains("✗ enterprise frustration should go to the AE"))
        .stdout(contains("route: expected `enterprise-lead`, got `default`"))
        .stdout(contains("✗ tier in [enterprise, strategic] — tier = “pro”"))
        .stdout(contains("test result: FAILED. 1 passed, 1 failed"));
}

#[test]
fn run_selects_cases() {
    let dir = tempfile::tempdir().unwrap();
    let tests = write(dir.path(), "t.yaml", FAILING);
    handoff()
        .args(["test", "--run", "^pass"])
        .arg(&tests)
        .assert()
        .success()
        .stdout(contains(
            "test result: ok. 1 passed, 0 failed, 1 filtered out by --run (2 cases in 1 file)",
        ));
    // Review: a focused run said `(1 case in 1 file)` of a file of 58, so it could be
    // taken for the whole suite; it says how many cases --run left out, as cargo does,
    // on stdout and (JSON) in the summary.
    let json = stdout_of(handoff().args(["test", "-f", "json", "--run", "pricing"]));
    let summary = &serde_json::from_str::<serde_json::Value>(&json).unwrap()["summary"];
    assert_eq!(
        (&summary["total"], &summary["filtered_out"]),
        (&serde_json::json!(1), &serde_json::json!(57))
    );
    handoff()
        .args(["test", "--run", "pricing"])
        .assert()
        .success()
        .stderr("")
        .stdout(contains(
            "test result: ok. 1 passed, 0 failed, 57 filtered out by --run (58 cases in 1 file)",
        ));
    handoff().args(["test"]).assert().success().stdout(contains(
        "test result: ok. 58 passed, 0 failed (58 cases in 1 file)",
    ));
    handoff()
        .args(["test", "--run", "nothing-matches"])
        .arg(&tests)
        .assert()
        .code(2)
        .stdout("")
        .stderr(contains(
            "error: --run `nothing-matches` matches none of the 2 test cases in 1 file",
        ));
    handoff()
        .args(["test", "--run", "("])
        .arg(&tests)
        .assert()
        .code(2)
        .stderr(contains("invalid --run regex"));
}

#[test]
fn require_tests_fails_on_untested_triggers_and_routes() {
    let dir = tempfile::tempdir().unwrap();
    let tests = write(dir.path(), "t.yaml", FAILING);
    let untested = |run: &[&str]| {
        let out = handoff()
            .args(["test", "--require-tests"])
            .args(run)
            .arg(&tests)
            .assert()
            .code(1)
            .get_output()
            .clone();
        let stdout = String::from_utf8(out.stdout).unwrap();
        let at = stdout.find("\nwithout a positive test").unwrap();
        stdout[at..].to_owned()
    };
    let all = untested(&[]);
    assert!(
        all.starts_with("\nwithout a positive test (--require-tests):\n  triggers: legal-compliance, billing-issue, human-request"),
        "{all}"
    );
    // Review: with --run, which cases count as tests was not said. They are the cases
    // of the files read, run or not (the `enterprise-lead` route is tested by a case
    // --run leaves out), and the report says so.
    let selected = untested(&["--run", "^pass"]);
    assert_eq!(
        selected,
        all.replace(
            "(--require-tests):",
            "(--require-tests, in the 2 cases of the files read, --run or not):"
        )
    );
    assert!(!selected.contains("enterprise-lead"), "{selected}");
    handoff()
        .args(["test", "--require-tests", "--run", "pricing"])
        .assert()
        .success()
        .stdout(contains(
            "every trigger and route has a positive test in the 58 cases of the files read, --run or not",
        ));
}

#[test]
fn a_test_naming_an_unknown_trigger_exits_2() {
    let dir = tempfile::tempdir().unwrap();
    let tests = write(
        dir.path(),
        "t.yaml",
        "version: 1\ntests:\n  - name: x\n    messages: [ { customer: hi } ]\n    expect: { trigger: frustation }\n",
    );
    handoff()
        .arg("test")
        .arg(&tests)
        .assert()
        .code(2)
        .stderr(contains(
            "error[R002]: the test names trigger `frustation`, which the rules do not define",
        ))
        .stderr(contains("t.yaml:5:24"))
        .stderr(contains("did you mean `frustration`?"));
    handoff()
        .args(["test", "no/such/tests"])
        .assert()
        .code(2)
        .stderr(contains("rule tests not found at no/such/tests"));
}

/// QA: a missing test file was "rules not found", an empty directory "no rule files";
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
    // Review: an empty file was an S004 (exit 2, drawn `--> e0.yaml:1` without a gutter)
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
}

#[test]
fn json_and_junit() {
    let dir = tempfile::tempdir().unwrap();
    let tests = write(dir.path(), "t.yaml", FAILING);
    let json = String::from_utf8(
        handoff()
            .args(["test", "--format", "json"])
            .arg(&tests)
            .assert()
            .code(1)
            .get_output()
            .stdout
            .clone(),
    )
    .unwrap();
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["summary"]["failed"], 1);
    assert_eq!(v["cases"][1]["failures"][0]["field"], "route");
    let junit = stdout_of(handoff().args(["test", "--format", "junit"]));
    assert!(junit.contains("<testsuite name=\"rules/tests/starter.yaml\""));
    insta::assert_snapshot!("starter_junit", junit);
}

/// QA: the project file is checked whole by every command. `test` did not read it, and
/// `lint` alone refused an unknown check code, without saying where.
#[test]
fn every_command_refuses_a_bad_project_file_at_its_line() {
    let dir = tempfile::tempdir().unwrap();
    let root = crate::common::root();
    let rules = root.join("rules");
    let export = root.join("fixtures/transcripts.csv");
    let cases = [
        (
            "input:\n  colums: {}\n",
            ".handoff.yaml:2:3: invalid project file",
        ),
        (
            "lint:\n  allow: [Z999]\n",
            ".handoff.yaml:2:11: invalid project file: unknown check `Z999`",
        ),
        (
            "input:\n  columns: { text: body, nosuchfield: a }\n",
            ".handoff.yaml:2:26: invalid project file: unknown field `nosuchfield`",
        ),
        (
            "input:\n  roles:\n    customer: [u]\n    robot: [x]\n",
            ".handoff.yaml:4:5: invalid project file: unknown role `robot`",
        ),
    ];
    for (content, says) in cases {
        write(dir.path(), ".handoff.yaml", content);
        for args in [
            vec!["test", "-r"],
            vec!["lint"],
            vec!["replay", "-q", "-r"],
            vec!["coverage", "-r"],
        ] {
            let mut cmd = handoff();
            cmd.current_dir(dir.path()).args(&args).arg(&rules);
            if args[0] == "replay" || args[0] == "coverage" {
                cmd.arg(&export);
            }
            if args[0] == "test" {
                cmd.arg(rules.join("tests"));
            }
            cmd.assert().code(2).stderr(contains(says));
        }
    }
    std::fs::remove_file(dir.path().join(".handoff.yaml")).unwrap();
    std::fs::create_dir(dir.path().join(".handoff.yaml")).unwrap();
    handoff()
        .current_dir(dir.path())
        .arg("lint")
        .arg(&rules)
        .assert()
        .code(2)
        .stderr(contains(".handoff.yaml is a directory"));
}

/// Review: `handoff test rules` (the rules where their tests go) said only "unknown field
/// `signals`" for each rule file.
#[test]
fn rule_files_given_as_tests_say_where_tests_go() {
    handoff()
        .args(["test", "rules"])
        .assert()
        .code(2)
        .stderr(contains(
            "this is a rule file's key: rule tests are files of `tests:` (in the rules' tests/); give the rules with -r",
        ));
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

/// Regression: `.handoff.yaml` reported its first YAML error only (an unknown key, a
/// wrong type), and the checks of its sections waited for it. Every mistake is reported
/// at once, each at its line and column, as rule files do.
#[test]
fn every_mistake_of_the_project_file_is_reported_at_once() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        ".handoff.yaml",
        "input:
  columns: { txt: body }
  roles: 3
  ignore_colums: [turn]
lint:
  alow: [L002]
  deny: [Z999]
  deny_warnings: maybe
lnt: {}
",
    );
    let out = handoff()
        .current_dir(dir.path())
        .arg("lint")
        .arg(crate::common::root().join("rules"))
        .assert()
        .code(2)
        .get_output()
        .clone();
    insta::assert_snapshot!(
        "every_mistake_of_the_project_file",
        String::from_utf8(out.stderr).unwrap()
    );
}

/// Review: the same test file given twice (as itself and in its directory, or by another
/// path) ran twice: "92 cases in 2 files", and each JUnit testcase twice.
#[test]
fn a_test_file_given_twice_runs_once() {
    handoff()
        .args([
            "test",
            "rules/tests",
            "rules/tests/starter.yaml",
            "rules/../rules/tests/starter.yaml",
        ])
        .assert()
        .success()
        .stdout(contains("(58 cases in 1 file)"));
    let junit = stdout_of(handoff().args([
        "test",
        "-f",
        "junit",
        "rules/tests/starter.yaml",
        "rules/tests",
    ]));
    assert_eq!(junit.matches("<testcase ").count(), 58, "{junit}");
}

/// Review: a failing case's routes marked the default route `✓ … (the default route)`
/// when another route was chosen (`explain` has `· … (the default route, not needed)`),
/// and left out the routes that do not hold without a word.
#[test]
fn a_failing_case_marks_routes_as_explain_does_and_says_which_it_leaves_out() {
    let dir = tempfile::tempdir().unwrap();
    let tests = write(
        dir.path(),
        "t.yaml",
        "version: 1
tests:
  - name: a pro discount should go to the AE
    customer: { name: Rita, tier: pro }
    messages:
      - customer: Is there a volume discount if we sign for three years?
    expect: { route: enterprise-lead }
",
    );
    let out = handoff().arg("test").arg(&tests).assert().code(1);
    let stdout = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    for line in [
        "        ✓ pricing → senior-ae   ◀ chosen: trigger `pricing-negotiation` fired — fired\n",
        "        ✗ enterprise-lead → senior-ae: any of\n",
        "        · default → frontline (the default route, not needed)\n",
        "        … 4 other routes do not hold: legal, billing, self-serve-pricing, technical\n",
    ] {
        assert!(stdout.contains(line), "no {line:?} in\n{stdout}");
    }
    assert!(!stdout.contains("✓ default"), "{stdout}");
    // Chosen, the default route reads as in `explain` too.
    handoff()
        .arg("test")
        .arg(write(dir.path(), "f.yaml", FAILING))
        .assert()
        .code(1)
        .stdout(contains(
            "        ✓ default → frontline   ◀ chosen: no route above held\n",
        ));
}

/// Review: `test -v` said what rules it loaded and how long it took, but not which tests
/// it read, how many ran, or on how many threads (the global `-v` promises all three).
#[test]
fn verbose_says_what_tests_were_loaded_and_run() {
    let out = handoff()
        .args(["test", "-v", "--run", "legal"])
        .assert()
        .success();
    let stderr = String::from_utf8(out.get_output().stderr.clone()).unwrap();
    for part in [
        "handoff: rules from rules: 4 files, ",
        "handoff: rule tests from rules/tests: 1 file, 58 test cases (read in ",
        "handoff: ran 9 test cases on 1 thread in ",
        "handoff: done in ",
    ] {
        assert!(stderr.contains(part), "no {part:?} in\n{stderr}");
    }
}

/// Review: `test --require-tests -f junit` (or `-f json`) exited 1 with `failures="0"` in
/// the XML and nothing on stderr. Each untested trigger and route is a failing JUnit
/// testcase, and every format but the human one (whose report ends with it) says the
/// one-line result on stderr, failing cases or not.
#[test]
fn require_tests_and_failures_show_in_junit_json_and_on_stderr() {
    let dir = tempfile::tempdir().unwrap();
    let tests = write(dir.path(), "t.yaml", FAILING);
    let line = "test result: FAILED. 1 passed, 1 failed (2 cases in 1 file); 6 triggers and 5 routes untested\n";
    let out = handoff()
        .args(["test", "--require-tests", "-f", "junit"])
        .arg(&tests)
        .assert()
        .code(1)
        .stderr(line);
    let junit = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    assert!(
        junit.contains("<testsuites name=\"handoff rule tests\" tests=\"13\" failures=\"12\""),
        "{junit}"
    );
    assert!(junit.contains("<testcase name=\"require-tests: trigger legal-compliance\""));
    assert!(junit.contains("<testcase name=\"require-tests: route legal\""));
    assert_eq!(junit.matches("<failure ").count(), 12);
    let out = handoff()
        .args(["test", "--require-tests", "-f", "json", "--quiet"])
        .arg(&tests)
        .assert()
        .code(1)
        .stderr(line);
    let json: serde_json::Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    assert_eq!(json["untested"]["triggers"].as_array().unwrap().len(), 6);
    assert_eq!(json["untested"]["routes"].as_array().unwrap().len(), 5);
    // Failing cases alone, in JSON and JUnit alike; a passing run says it unless --quiet.
    for format in ["json", "junit"] {
        handoff()
            .args(["test", "-f", format])
            .arg(&tests)
            .assert()
            .code(1)
            .stderr("test result: FAILED. 1 passed, 1 failed (2 cases in 1 file)\n");
        handoff()
            .args(["test", "--require-tests", "-f", format])
            .assert()
            .success()
            .stderr("test result: ok. 58 passed, 0 failed (58 cases in 1 file)\n");
        handoff()
            .args(["test", "-q", "-f", format])
            .assert()
            .success()
            .stderr("");
    }
    // The human report ends with the same line, on stdout.
    handoff()
        .args(["test", "--require-tests"])
        .arg(&tests)
        .assert()
        .code(1)
        .stdout(contains(line))
        .stderr("");
}

/// Review: on exit 2 (invalid test files or rules, a `--run` that matches nothing)
/// `-f junit` and `-f json` wrote nothing, so `> junit.xml` left a 0-byte file that CI's
/// JUnit readers refuse. Each writes a document with the errors: a JUnit `<error>`
/// testcase per error, JSON's `errors` (its version unchanged).
#[test]
fn a_run_that_cannot_happen_still_writes_a_junit_or_json_document() {
    let dir = tempfile::tempdir().unwrap();
    let invalid = write(
        dir.path(),
        "t.yaml",
        "version: 1\ntests:\n  - name: x\n    messages: [ { customer: hi } ]\n    expect: { trigger: frustation }\n  - name: y\n    messages: []\n    expect: { escalated: false }\n",
    );
    let run = |args: &[&str], code: i32| {
        let out = handoff().arg("test").args(args).assert().code(code);
        String::from_utf8(out.get_output().stdout.clone()).unwrap()
    };
    let path = invalid.to_str().unwrap();

    let junit = run(&["-f", "junit", path], 2);
    assert!(junit.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"));
    assert!(
        junit.contains(
            "<testsuites name=\"handoff rule tests\" tests=\"2\" failures=\"0\" errors=\"2\">"
        ),
        "{junit}"
    );
    assert!(junit.contains("line=\"5\">\n      <error message=\"the test names trigger `frustation`, which the rules do not define\" type=\"R002\">"), "{junit}");
    assert!(
        junit.contains("help: did you mean `frustration`?</error>"),
        "{junit}"
    );
    assert!(
        junit.contains("<error message=\"test `y` has no messages\" type=\"S008\">"),
        "{junit}"
    );
    assert!(junit.ends_with("</testsuites>\n"));

    let json: serde_json::Value = serde_json::from_str(&run(&["-f", "json", path], 2)).unwrap();
    assert_eq!(json["version"], 1);
    assert_eq!(json["cases"], serde_json::json!([]));
    assert_eq!(json["errors"][0]["code"], "R002");
    assert_eq!(json["errors"][0]["line"], 5);
    assert_eq!(json["errors"][0]["column"], 24);
    assert_eq!(json["errors"][0]["help"][0], "did you mean `frustration`?");
    assert_eq!(json["errors"][1]["code"], "S008");

    // Invalid rules: their diagnostics.
    let rules = dir.path().join("rules");
    std::fs::create_dir(&rules).unwrap();
    for file in ["signals.yaml", "triggers.yaml", "routes.yaml", "teams.yaml"] {
        let text = std::fs::read_to_string(format!("rules/{file}")).unwrap();
        std::fs::write(
            rules.join(file),
            text.replace("team: finance", "team: financ"),
        )
        .unwrap();
    }
    let junit = run(
        &["-f", "junit", "-r", rules.to_str().unwrap(), "rules/tests"],
        2,
    );
    assert!(
        junit.contains("<error message=\"unknown team `financ`\" type=\"R003\">"),
        "{junit}"
    );

    // An error of no file (a --run that matches nothing): its message, whole.
    let json: serde_json::Value =
        serde_json::from_str(&run(&["-f", "json", "--run", "zzz"], 2)).unwrap();
    assert_eq!(json["errors"][0]["code"], serde_json::Value::Null);
    assert!(
        json["errors"][0]["message"]
            .as_str()
            .unwrap()
            .starts_with("--run `zzz` matches none of the 58 test cases in 1 file"),
        "{json}"
    );
    // Test files without a case (exit 1) too.
    let none = write(dir.path(), "none.yaml", "version: 1\ntests: []\n");
    let junit = run(&["-f", "junit", none.to_str().unwrap()], 1);
    assert!(
        junit.contains(&format!(
            "<error message=\"no test cases in 1 file: {}\" type=\"error\">",
            none.display()
        )),
        "{junit}"
    );
    // The human format keeps its errors on stderr only.
    assert_eq!(run(&[path], 2), "");
    // A run that happened has no errors.
    let json: serde_json::Value = serde_json::from_str(&run(&["-f", "json"], 0)).unwrap();
    assert_eq!(json["errors"], serde_json::json!([]));
}

/// Review: with invalid rules, only the rules' errors were shown; the test files' own
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

/// Review: a test file in `rules/tests/sub/` or in `./tests/` beside `rules/` was not read,
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

/// Review: a failing `bridge:` printed two ~170-character strings on one line, with no
/// mark where they differ (a trailing space cannot be seen), `at` the case's line. The
/// report is `at` the failing key, and shows both texts from shortly before their first
/// difference, whitespace visible, with a caret under it; JUnit says the character.
#[test]
fn an_exact_text_mismatch_shows_where_it_differs() {
    let dir = tempfile::tempdir().unwrap();
    let tests = write(
        dir.path(),
        "exact.yaml",
        "version: 1\ntests:\n  - name: trailing space\n    messages:\n      - customer: I want to talk to a human\n    expect:\n      bridge: \"Hi there, I'm Chris from customer support. I'm stepping in to help you personally, as you asked; I've read our chat so far, so you won't need to repeat anything. \"\n",
    );
    let out = stdout_text(&handoff().arg("test").arg(&tests).assert().code(1));
    let expected = format!(
        "      at {}:7\n      bridge: expected `Hi there, I'm Chris from customer support. I'm stepping in to help you personally, as you asked; I've read our chat so far, so you won't need to repeat anything. `, got `Hi there, I'm Chris from customer support. I'm stepping in to help you personally, as you asked; I've read our chat so far, so you won't need to repeat anything.`
        first difference at character 162:
          expected …won't␣need␣to␣repeat␣anything.␣⟨end⟩
          got      …won't␣need␣to␣repeat␣anything.⟨end⟩
                                                  ^
",
        tests.display()
    );
    assert!(out.contains(&expected), "{out}");
    let junit = stdout_text(
        &handoff()
            .args(["test", "-f", "junit"])
            .arg(&tests)
            .assert()
            .code(1),
    );
    assert!(
        junit.contains("repeat anything.` (first difference at character 162)"),
        "{junit}"
    );
}

/// Review: a case expected to escalate that did not was traced after its last message,
/// often the bot's reply, where every trigger says only "message N is from bot"; a case
/// escalating later than its `turn:` was traced only where it escalated. The first is
/// traced at its last customer message (with near misses, as `explain` shows them), the
/// second at the expected turn too.
#[test]
fn a_failure_is_traced_where_the_case_expected_it() {
    let dir = tempfile::tempdir().unwrap();
    let tests = write(
        dir.path(),
        "why.yaml",
        "version: 1
tests:
  - name: should escalate on refund
    messages:
      - customer: I want my money back
      - bot: ok
    expect: { trigger: billing-issue, route: billing }
  - name: should escalate at once
    messages:
      - customer: this is so annoying
      - bot: sorry
      - customer: this is ridiculous and useless
    expect: { turn: 1, trigger: frustration }
",
    );
    let out = stdout_text(&handoff().arg("test").arg(&tests).assert().code(1));
    assert!(
        out.contains(
            "      escalated: expected true, got false
        help: the case gives no `escalated:`; its `trigger:` expects an escalation
      why, after message 1 (customer: “I want my money back”):
        ✗ billing-issue: any of
            ✗ latest message from customer matches `billing` — no match
            ✗ latest message from customer matches `billing-charge` — no match
  ✗ should escalate at once
"
        ),
        "{out}"
    );
    assert!(!out.contains("is from bot"), "{out}");
    assert!(
        out.contains(
            "      turn: expected 1, got 3
      why, after message 1 (customer: “this is so annoying”):
        signals: frustration ✗ (score 1, needs 2: “annoying”) · frustration-cue ✓ (score 1, needs 1: “annoying”)
        ✗ frustration: any of
            ✗ latest message from customer matches `frustration` — near miss: score 1, needs 2, from “annoying”
"
        ),
        "{out}"
    );
    assert!(
        out.contains("      why, after message 3 (customer: “this is ridiculous and useless”):\n"),
        "{out}"
    );
}

/// Review: a rule test file without `version:` was told "every rule file starts with
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

/// Review 15, item 9: `bridge: |` keeps a final line break, so the case always failed,
/// with no help, and the one-line summary (and JUnit's `message` attribute) broke in two.
#[test]
fn an_expected_bridge_ending_in_a_line_break_is_explained_on_one_line() {
    let dir = tempfile::tempdir().unwrap();
    let tests = write(
        dir.path(),
        "t.yaml",
        "version: 1
tests:
  - name: block bridge
    customer: { name: Rita, tier: pro }
    messages:
      - customer: Is there a volume discount if we sign for three years?
    expect:
      bridge: |
        Hi Rita.
",
    );
    handoff()
        .arg("test")
        .arg(&tests)
        .assert()
        .code(1)
        .stdout(contains("      bridge: expected `Hi Rita.\\n`, got `Hi Rita, I'm"))
        .stdout(contains(
            "        help: the expected text ends in a line break, which a bridge message never does: use `|-` or `>-` instead of `|` or `>`",
        ));
    let junit = handoff()
        .args(["test", "-f", "junit"])
        .arg(&tests)
        .assert()
        .code(1);
    let junit = stdout_text(&junit);
    let message = junit
        .split("<failure message=\"")
        .nth(1)
        .and_then(|m| m.split('"').next())
        .unwrap();
    assert!(
        message.starts_with("bridge: expected `Hi Rita.\\n`, got"),
        "{message}"
    );
    assert!(!message.contains("&#10;"), "{message}");
}
