//! `handoff test` reports: JSON and JUnit, `--require-tests`, and the document still
//! written when the run cannot happen.

use predicates::str::contains;

use crate::common::{handoff, starter_cases, stdout_of, stdout_text, write};
use crate::test_cli::FAILING;

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
        // Before the result line, which ends the report.
        let at = stdout.find("\nwithout a positive test").unwrap();
        let end = stdout.rfind("\ntest result: FAILED.").unwrap();
        assert!(!stdout[end + 1..].trim_end().contains('\n'), "{stdout}");
        stdout[at..end].to_owned()
    };
    let all = untested(&[]);
    assert!(
        all.starts_with("\nwithout a positive test (--require-tests):\n  triggers: legal-compliance, billing-issue, human-request"),
        "{all}"
    );
    // With --run, which cases count as tests was not said. They are the cases
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
        .stdout(contains(format!(
            "every trigger and route has a positive test in the {} cases of the files read, --run or not",
            starter_cases()
        )));
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
    // The form, not the starter's cases one by one: a snapshot of them broke with every
    // starter test added. Every case is a testcase, none failed, and the counts say so.
    let n = starter_cases();
    assert!(junit.starts_with(&format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"handoff rule tests\" tests=\"{n}\" failures=\"0\" errors=\"0\">\n  <testsuite name=\"rules/tests/starter.yaml\" tests=\"{n}\" failures=\"0\" errors=\"0\">\n    <testcase name=\"a DPA request for a GDPR review goes to legal\" classname=\"rules/tests/starter.yaml\" file=\"rules/tests/starter.yaml\" line=\"9\"/>\n"
    )), "{junit}");
    assert_eq!(
        junit.matches("\n    <testcase name=\"").count(),
        n,
        "{junit}"
    );
    assert_eq!(
        junit
            .matches(
                " classname=\"rules/tests/starter.yaml\" file=\"rules/tests/starter.yaml\" line=\""
            )
            .count(),
        n
    );
    assert!(!junit.contains("<failure"), "{junit}");
    assert!(
        junit.trim_end().ends_with("  </testsuite>\n</testsuites>"),
        "{junit}"
    );
}

/// `test --require-tests -f junit` (or `-f json`) exited 1 with `failures="0"` in
/// the XML and nothing on stderr. Each untested trigger and route is a failing JUnit
/// testcase, and every format but the human one (whose report ends with it) says the
/// one-line result on stderr, failing cases or not.
#[test]
fn require_tests_and_failures_show_in_junit_json_and_on_stderr() {
    let dir = tempfile::tempdir().unwrap();
    let tests = write(dir.path(), "t.yaml", FAILING);
    let line = "test result: FAILED. 1 passed, 1 failed (2 cases in 1 file); 7 triggers and 5 routes untested\n";
    let out = handoff()
        .args(["test", "--require-tests", "-f", "junit"])
        .arg(&tests)
        .assert()
        .code(1)
        .stderr(line);
    let junit = stdout_text(&out);
    assert!(
        junit.contains("<testsuites name=\"handoff rule tests\" tests=\"14\" failures=\"13\""),
        "{junit}"
    );
    assert!(junit.contains("<testcase name=\"require-tests: trigger legal-compliance\""));
    assert!(junit.contains("<testcase name=\"require-tests: route legal\""));
    assert_eq!(junit.matches("<failure ").count(), 13);
    let out = handoff()
        .args(["test", "--require-tests", "-f", "json", "--quiet"])
        .arg(&tests)
        .assert()
        .code(1)
        .stderr(line);
    let json: serde_json::Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    assert_eq!(json["untested"]["triggers"].as_array().unwrap().len(), 7);
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
            .stderr(format!(
                "test result: ok. {0} passed, 0 failed ({0} cases in 1 file)\n",
                starter_cases()
            ));
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

/// On exit 2 (invalid test files or rules, a `--run` that matches nothing)
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
        stdout_text(&out)
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
            .starts_with(&format!(
                "--run `zzz` matches none of the {} test cases in 1 file",
                starter_cases()
            )),
        "{json}"
    );
    // Test files without a case (exit 1) too.
    let none = write(dir.path(), "none.yaml", "version: 1\ntests: []\n");
    let junit = run(&["-f", "junit", none.to_str().unwrap()], 1);
    assert!(
        junit.contains(&format!(
            "<error message=\"no test cases in {}\" type=\"error\">",
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
