//! Terminal manners: `--help` of every command (snapshots), `--quiet`, `--verbose`.

use predicates::prelude::*;
use predicates::str::contains;

use crate::common::{handoff, stdout_of};

#[test]
fn every_command_has_stable_help_with_examples() {
    for command in [
        "explain",
        "test",
        "diff",
        "coverage",
        "init",
        "schema",
        "completions",
        "man",
    ] {
        let help = stdout_of(handoff().args([command, "--help"]));
        assert!(
            help.contains("\nExamples:\n"),
            "{command} --help has examples"
        );
        insta::assert_snapshot!(format!("{command}_help"), help);
    }
}

#[test]
fn quiet_leaves_results_and_errors_only() {
    handoff()
        .args(["replay", "--quiet", "--format", "jsonl"])
        .assert()
        .success()
        .stderr("");
    handoff()
        .args(["lint", "-q"])
        .assert()
        .success()
        .stdout("")
        .stderr("");
    let out = stdout_of(handoff().args(["-q", "test"]));
    assert!(!out.contains('✓'), "passing cases are left out: {out}");
    assert!(out.starts_with("test result: ok."), "{out}");
    // Errors are still said.
    handoff()
        .args(["replay", "-q", "no-such-file.csv"])
        .assert()
        .code(2)
        .stderr(contains("no-such-file.csv"));
}

#[test]
fn verbose_says_what_was_loaded_and_how_long_it_took() {
    handoff()
        .args(["replay", "--verbose", "--format", "jsonl"])
        .assert()
        .success()
        .stderr(contains(
            "handoff: rules from rules: 4 files, 8 signals, 7 triggers, 6 routes, 5 teams (read in",
        ))
        .stderr(contains("handoff: replaying with "))
        .stderr(predicate::str::is_match(r"handoff: done in \d+\.\d\d s\n$").unwrap());
    handoff()
        .args(["replay", "-q", "-v"])
        .assert()
        .code(2)
        .stderr(contains("cannot be used with"));
}
