//! Files given as rules that are no rule files: a transcript export or another non-YAML
//! file is said to be one by its extension (not read as YAML), and a rule-test file
//! given to `lint` says to run `handoff test`.

use predicates::prelude::PredicateBooleanExt;
use predicates::str::contains;

use crate::common::{handoff_in, root, write};

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
