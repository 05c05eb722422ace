//! Files given as rules that are no rule files: a transcript export or another non-YAML
//! file is said to be one by its extension (not read as YAML), and a rule-test file
//! given to `lint` says to run `handoff test`.

use predicates::prelude::PredicateBooleanExt;
use predicates::str::contains;

use crate::common::{handoff, handoff_in, root, stderr_text, write};

const NOT_YAML: &str =
    "fixtures/transcripts.csv is not a rule file: rule files are YAML (.yaml, .yml)";

/// `lint fixtures/transcripts.csv` said "mapping values are not allowed" at line 84, with
/// help about quoting.
#[test]
fn a_transcript_given_as_rules_is_said_to_be_no_rule_file() {
    handoff_in(root())
        .args(["lint", "fixtures/transcripts.csv"])
        .assert()
        .code(1)
        .stdout(contains(format!("error[S001]: {NOT_YAML}")))
        // At the file, as other errors about a file are (no bare gutter line).
        .stdout(contains("--> fixtures/transcripts.csv:1\n"))
        .stdout(contains("\n |\n").not())
        .stdout(contains("a transcript export is what `replay`"))
        .stdout(contains("mapping values").not());
    handoff_in(root())
        .args([
            "replay",
            "-r",
            "fixtures/transcripts.csv",
            "fixtures/transcripts.csv",
        ])
        .assert()
        .code(2)
        .stderr(contains(NOT_YAML))
        .stderr(contains("mapping values").not());
}

/// Any extension but `.yaml`/`.yml` (in any case) is no rule file; a file without one is
/// still read as YAML.
#[test]
fn only_yaml_extensions_or_none_are_read_as_rules() {
    let dir = tempfile::tempdir().unwrap();
    let rules = "version: 1\nteams:\n  - id: t\n    bridge: Hi\ndefault_route: t\n";
    for (name, help) in [
        ("rules.md", "rename it to end in `.yaml`"),
        ("rules.yaml.bak", "rename it to end in `.yaml`"),
        ("rules.json", "a transcript export is what"),
    ] {
        write(dir.path(), name, rules);
        handoff_in(dir.path())
            .args(["lint", name])
            .assert()
            .code(1)
            .stdout(contains(format!("{name} is not a rule file")))
            .stdout(contains(help));
    }
    for name in ["rules", "rules.YML"] {
        write(dir.path(), name, rules);
        handoff_in(dir.path())
            .args(["lint", name])
            .assert()
            .stdout(contains("is not a rule file").not());
    }
}

/// `lint rules/tests` said a bare "unknown field `tests`", where `test` on a rule file
/// says which kind of file it is.
#[test]
fn a_rule_test_file_given_to_lint_says_to_run_handoff_test() {
    handoff_in(root())
        .args(["lint", "rules/tests"])
        .assert()
        .code(1)
        .stdout(contains("unknown field `tests`"))
        .stdout(contains(
            "this is a rule-test file's key: run `handoff test`",
        ));
}

/// A `tests:` key inside a rule (not at the top of the file) is a typo in that rule, not
/// a rule-test file: no advice to run `handoff test`.
#[test]
fn a_tests_key_inside_a_rule_is_no_rule_test_file() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "rules.yaml",
        "version: 1\ntriggers:\n  - id: t\n    tests: [a]\n    when: { message: { phrases: [refund] } }\ndefault_route: { team: t }\nteams:\n  - { id: t, name: T }\n",
    );
    handoff_in(dir.path())
        .args(["lint", "rules.yaml"])
        .assert()
        .code(1)
        .stdout(contains("unknown field `tests`"))
        .stdout(contains("rule-test file's key").not());
}

/// `handoff test fixtures/transcripts.csv` parsed the export as YAML: "mapping values
/// are not allowed" at line 84, with help about quoting. It is S001 at the file, as
/// `lint` says of one given as rules.
#[test]
fn a_transcript_given_as_rule_tests_is_said_to_be_no_rule_test_file() {
    let run = handoff_in(root())
        .args(["test", "fixtures/transcripts.csv"])
        .assert()
        .code(2);
    let err = String::from_utf8_lossy(&run.get_output().stderr).into_owned();
    assert!(
        err.starts_with(
            "error[S001]: fixtures/transcripts.csv is not a rule test file: rule test files are YAML (.yaml, .yml)\n --> fixtures/transcripts.csv:1\n  |\n  = help: give the rule tests as a YAML file or a directory of them (`handoff test rules/tests`)"
        ),
        "{err}"
    );
    assert!(!err.contains("mapping values"), "{err}");
    // A file of another name is told to rename it; one without an extension is YAML.
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        root().join("rules/tests/starter.yaml"),
        dir.path().join("tests"),
    )
    .unwrap();
    std::fs::write(dir.path().join("tests.bin"), b"\x7fELF\x02\x01\x01\0\0\0").unwrap();
    let run = handoff_in(dir.path())
        .args(["test", "-r"])
        .arg(root().join("rules"))
        .args(["tests", "tests.bin"])
        .assert()
        .code(2);
    let err = String::from_utf8_lossy(&run.get_output().stderr).into_owned();
    assert!(
        err.contains("error[S001]: tests.bin is not a rule test file"),
        "{err}"
    );
    assert!(err.contains("rename it to end in `.yaml`"), "{err}");
    assert!(!err.contains("not valid UTF-8"), "{err}");
    assert_eq!(err.matches("error[S001]").count(), 1, "{err}");
}

/// After a file that was no rule file, the summary said "… in 0 rule files": it counts
/// the files given that are not rule files apart.
#[test]
fn the_lint_summary_counts_files_that_are_not_rule_files() {
    let summary = |args: &[&str]| {
        let run = handoff_in(root()).arg("lint").args(args).assert().code(1);
        let out = String::from_utf8_lossy(&run.get_output().stdout).into_owned();
        out.lines().last().unwrap_or_default().to_owned()
    };
    assert_eq!(
        summary(&["fixtures/transcripts.csv"]),
        "lint: 1 error, 0 warnings in 1 file that is not a rule file"
    );
    assert_eq!(
        summary(&["rules", "fixtures/transcripts.csv"]),
        "lint: 1 error, 0 warnings in 4 rule files and 1 file that is not one"
    );
}

/// A rule-test file saved as UTF-16 was "not valid UTF-8 text" with a byte order mark,
/// and read as YAML, NULs and all, without one; `lint` says of a rule file that it is
/// UTF-16. Both say it now.
#[test]
fn a_utf16_rule_test_file_is_said_to_be_utf16() {
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(root().join("rules/tests/starter.yaml")).unwrap();
    for (name, bom) in [("bom.yaml", true), ("plain.yaml", false)] {
        let mut bytes: Vec<u8> = if bom { vec![0xff, 0xfe] } else { Vec::new() };
        bytes.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
        std::fs::write(dir.path().join(name), bytes).unwrap();
        let run = handoff_in(dir.path())
            .args(["test", "-r"])
            .arg(root().join("rules"))
            .arg(name)
            .assert()
            .code(2);
        let err = String::from_utf8_lossy(&run.get_output().stderr).into_owned();
        assert!(
            err.starts_with("error[S001]: the file is UTF-16, not UTF-8 text\n"),
            "{name}: {err}"
        );
        assert!(
            err.contains("save the rule test file as UTF-8"),
            "{name}: {err}"
        );
    }
}

/// `handoff test -r rules rules/triggers.yaml` was told to run `handoff test -r
/// rules/triggers.yaml`, which fails: the file's signals are in the files beside it. A
/// file of a rules directory is given with its directory.
#[test]
fn a_rule_file_of_a_directory_given_as_tests_is_told_to_give_the_directory() {
    let out = handoff()
        .args(["test", "-r", "rules", "rules/triggers.yaml"])
        .assert()
        .code(2);
    let stderr = stderr_text(&out);
    assert!(
        stderr.contains("rules/triggers.yaml is a rule file, not rule tests"),
        "{stderr}"
    );
    assert!(
        stderr.contains("`handoff test` runs the tests in rules/tests against these rules"),
        "{stderr}"
    );
    assert!(!stderr.contains("-r rules/triggers.yaml"), "{stderr}");
}

/// A binary rule file (or rule test file) without an extension was "the file is not
/// valid UTF-8 text" with "save the rule file as UTF-8": it says it is binary now, as a
/// binary transcript, contacts or labels file does.
#[test]
fn a_binary_file_given_as_rules_or_tests_is_said_to_be_binary() {
    let dir = tempfile::tempdir().unwrap();
    let mut elf = b"\x7fELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x03\0\x3e\0".to_vec();
    elf.extend(std::iter::repeat_n(0u8, 64));
    std::fs::write(dir.path().join("rules"), &elf).unwrap();
    let out = handoff_in(dir.path())
        .args(["lint", "rules"])
        .assert()
        .code(1);
    let stdout = String::from_utf8_lossy(&out.get_output().stdout).into_owned();
    assert!(
        stdout.contains("error[S001]: rules is not a text file (YAML): its first bytes are binary"),
        "{stdout}"
    );
    assert!(
        stdout.contains("= help: give the rule file itself, a YAML file"),
        "{stdout}"
    );
    assert!(!stdout.contains("UTF-8"), "{stdout}");
    std::fs::write(dir.path().join("tests"), &elf).unwrap();
    let out = handoff_in(dir.path())
        .arg("test")
        .arg("-r")
        .arg(root().join("rules"))
        .arg("tests")
        .assert()
        .code(2);
    let stderr = stderr_text(&out);
    assert!(
        stderr.contains("error[S001]: tests is not a text file (YAML): its first bytes are binary"),
        "{stderr}"
    );
    assert!(
        stderr.contains("= help: give the rule test file itself"),
        "{stderr}"
    );
}

/// `lint -f json` with a transcript export beside the rules counted it nowhere: the
/// human summary says "and 1 file that is not one", the JSON summary now too.
#[test]
fn lint_json_counts_the_files_that_are_not_rule_files() {
    let out = handoff()
        .current_dir(root())
        .args([
            "lint",
            "-f",
            "json",
            "rules/signals.yaml",
            "fixtures/transcripts.csv",
        ])
        .assert()
        .code(1);
    let v: serde_json::Value =
        serde_json::from_slice(&out.get_output().stdout).expect("a JSON document");
    assert_eq!(v["summary"]["not_rule_files"], 1, "{v}");
    assert_eq!(v["files"], serde_json::json!(["rules/signals.yaml"]), "{v}");
}
