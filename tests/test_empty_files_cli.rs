//! `handoff test` with nothing to run: test files without a case (empty, `tests:`,
//! `tests: []`, no `tests:`), each named, and a `--run` that selects none.

use predicates::str::contains;

use crate::common::{handoff, stderr_text, stdout_text, write};
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
            .stderr(contains(format!(
                "error: no test cases in {}",
                none.display()
            )));
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
    // One error per file, in the order given, each naming its file; the help once.
    let named: Vec<&str> = stderr
        .lines()
        .filter(|l| l.starts_with("error: "))
        .collect();
    let want: Vec<String> = [&empty, &none, &null]
        .iter()
        .map(|f| format!("error: no test cases in {}", f.display()))
        .collect();
    assert_eq!(named, want, "{stderr}");
    assert_eq!(
        stderr
            .matches("= help: a rule test file holds `version: 1` and `tests:`")
            .count(),
        1,
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
            .stderr(contains(format!(
                "error: no test cases in {}",
                file.display()
            )));
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
        format!("no test cases in {}", empty.display())
    );
    // The file the message names was `"file": null`.
    assert_eq!(errors[0]["file"], empty.display().to_string(), "{json}");
}

/// With several test files without a case, JSON had one error whose `"file"` was null,
/// the files named in its message only: each is an error at its file now, in JSON and
/// JUnit alike.
#[test]
fn each_test_file_without_a_case_is_an_error_at_its_file() {
    let dir = tempfile::tempdir().unwrap();
    let files = [
        write(dir.path(), "a.yaml", ""),
        write(dir.path(), "b.yaml", "# only a comment\n"),
        write(dir.path(), "c.yaml", "version: 1\ntests: []\n"),
    ];
    let json = stdout_text(
        &handoff()
            .args(["test", "-f", "json"])
            .args(&files)
            .assert()
            .code(1),
    );
    let json: serde_json::Value = serde_json::from_str(&json).unwrap();
    let errors = json["errors"].as_array().unwrap();
    assert_eq!(errors.len(), 3, "{json}");
    for (error, file) in errors.iter().zip(&files) {
        assert_eq!(error["file"], file.display().to_string(), "{json}");
        assert_eq!(error["line"], 1, "{json}");
        assert_eq!(
            error["message"],
            format!("no test cases in {}", file.display())
        );
    }
    let junit = stdout_text(
        &handoff()
            .args(["test", "-f", "junit"])
            .args(&files)
            .assert()
            .code(1),
    );
    for file in &files {
        assert!(
            junit.contains(&format!("no test cases in {}", file.display())),
            "{junit}"
        );
    }
}

/// A file without a case beside files with some passed without a word: a test file
/// emptied by a bad merge went unseen in CI. It is a warning naming the file; the
/// other files' cases run.
#[test]
fn a_test_file_without_a_case_beside_others_is_a_warning() {
    let dir = tempfile::tempdir().unwrap();
    let tests = write(dir.path(), "t.yaml", FAILING);
    let none = write(dir.path(), "none.yaml", "version: 1\ntests: []\n");
    let blank = write(dir.path(), "blank.yaml", "# cases to come\n");
    let stderr = stderr_text(
        &handoff()
            .args(["test", "--run", "^pass"])
            .arg(&tests)
            .arg(&none)
            .arg(&blank)
            .assert()
            .success()
            .stdout(contains("1 filtered out by --run (2 cases in 3 files)")),
    );
    for file in [&none, &blank] {
        assert!(
            stderr.contains(&format!(
                "warning[R008]: no test cases in {}: it tests nothing\n --> {}:1",
                file.display(),
                file.display()
            )),
            "{stderr}"
        );
    }
    assert!(!stderr.contains(&tests.display().to_string()), "{stderr}");
}

/// The warning of a file without a case went to stderr only: `test -f json`, the report
/// a CI keeps, had no trace of it. The document's `diagnostics` has it, as `lint -f
/// json` writes one.
#[test]
fn a_caseless_file_is_in_the_json_report_too() {
    let dir = tempfile::tempdir().unwrap();
    let tests = write(dir.path(), "t.yaml", FAILING);
    let none = write(dir.path(), "none.yaml", "version: 1\ntests: []\n");
    let json = crate::common::stdout_of(
        handoff()
            .args(["test", "-f", "json", "--run", "^pass"])
            .arg(&tests)
            .arg(&none),
    );
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let said = v["diagnostics"].as_array().unwrap();
    assert_eq!(said.len(), 1, "{json}");
    assert_eq!(said[0]["severity"], "warning");
    assert_eq!(said[0]["code"], "R008");
    assert_eq!(
        said[0]["message"],
        format!("no test cases in {}: it tests nothing", none.display())
    );
    assert_eq!(
        said[0]["file"],
        none.display().to_string().replace('\\', "/")
    );
    assert_eq!(said[0]["line"], 1);
    assert_eq!(v["summary"]["passed"], 1, "{json}");
    // A run that says nothing has an empty list.
    let json = crate::common::stdout_of(
        handoff()
            .args(["test", "-f", "json", "--run", "^pass"])
            .arg(&tests),
    );
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["diagnostics"], serde_json::json!([]), "{json}");
}

/// JUnit, the report most CIs render, had none of it: the caseless file is a suite of
/// no testcase whose `<system-err>` says the warning, code and all.
#[test]
fn a_caseless_file_is_in_the_junit_report_too() {
    let dir = tempfile::tempdir().unwrap();
    let tests = write(dir.path(), "t.yaml", FAILING);
    let none = write(dir.path(), "none.yaml", "version: 1\ntests: []\n");
    let xml = crate::common::stdout_of(
        handoff()
            .args(["test", "-f", "junit", "--run", "^pass"])
            .arg(&tests)
            .arg(&none),
    );
    let shown = none.display().to_string().replace('\\', "/");
    assert!(
        xml.contains(&format!(
            "<testsuite name=\"{shown}\" tests=\"0\" failures=\"0\" errors=\"0\">\n    <system-err>warning[R008]: no test cases in {}: it tests nothing",
            none.display()
        )),
        "{xml}"
    );
    assert!(
        xml.contains("<testsuites name=\"handoff rule tests\" tests=\"1\" failures=\"0\""),
        "{xml}"
    );
}

/// A run that could not happen (`--run` matching no case) wrote its error document
/// without the warnings stderr said before it: the caseless file's R008 is in JUnit's
/// `<system-err>` and JSON's `diagnostics` there too.
#[test]
fn a_run_that_cannot_happen_carries_the_warnings_said_before_it() {
    let dir = tempfile::tempdir().unwrap();
    let tests = write(dir.path(), "t.yaml", FAILING);
    let none = write(dir.path(), "none.yaml", "version: 1\ntests: []\n");
    let run = |format: &str| {
        crate::common::stdout_text(
            &handoff()
                .args(["test", "-f", format, "--run", "^zzz"])
                .arg(&tests)
                .arg(&none)
                .assert()
                .code(2),
        )
    };
    let xml = run("junit");
    assert!(
        xml.contains(&format!(
            "<system-err>warning[R008]: no test cases in {}: it tests nothing",
            none.display()
        )),
        "{xml}"
    );
    assert!(xml.contains("matches none of the"), "{xml}");
    let v: serde_json::Value = serde_json::from_str(&run("json")).unwrap();
    assert_eq!(v["diagnostics"][0]["code"], "R008", "{v}");
    assert_eq!(v["errors"].as_array().map(Vec::len), Some(1), "{v}");
}
