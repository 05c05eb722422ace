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
            "handoff: rules from rules: 4 files, 11 signals, 7 triggers, 6 routes, 5 teams (read in",
        ))
        .stderr(contains("handoff: replaying with "))
        .stderr(predicate::str::is_match(r"handoff: done in \d+\.\d\d s\n$").unwrap());
    handoff()
        .args(["diff", "--base", "rules", "-v"])
        .assert()
        .success()
        .stderr(contains(
            "handoff: the two rule sets have the same signals: each message is scanned once",
        ));
    handoff()
        .args(["replay", "-q", "-v"])
        .assert()
        .code(2)
        .stderr(contains("cannot be used with"));
}

#[test]
fn colour_follows_the_flag_then_no_color_then_clicolor_force() {
    let dir = tempfile::tempdir().unwrap();
    let rules = crate::common::write(dir.path(), "bad.yaml", "version: 1\nsignals: [\n");
    let lint = |envs: &[(&str, &str)], args: &[&str]| {
        let mut cmd = handoff();
        cmd.env_remove("NO_COLOR")
            .arg("lint")
            .arg(&rules)
            .args(args);
        for (k, v) in envs {
            cmd.env(k, v);
        }
        let out = cmd.assert().code(1).get_output().clone();
        String::from_utf8(out.stdout).unwrap().contains("\u{1b}[")
    };
    // Piped (as in every test), nothing is coloured unless forced.
    assert!(!lint(&[], &[]), "piped: no colour");
    assert!(
        lint(&[("CLICOLOR_FORCE", "1")], &[]),
        "CLICOLOR_FORCE colours"
    );
    assert!(
        !lint(&[("CLICOLOR_FORCE", "1"), ("NO_COLOR", "1")], &[]),
        "NO_COLOR wins over CLICOLOR_FORCE"
    );
    assert!(
        lint(&[("NO_COLOR", "1")], &["--color", "always"]),
        "the flag wins"
    );
    assert!(
        !lint(&[("CLICOLOR_FORCE", "1")], &["--color", "never"]),
        "the flag wins"
    );
}

/// Review: the format people read was `text` for explain, `human` for lint and test and
/// `table` for replay, diff and coverage; each command takes the three names.
#[test]
fn every_command_takes_each_name_of_its_format_for_people() {
    for name in ["table", "human", "text"] {
        for args in [
            &["replay", "-q"][..],
            &["lint"],
            &["test", "-q"],
            &["coverage"],
            &["diff", "--base", "rules", "--head", "rules"],
            &["explain", "-c", "c01-enterprise-discount"],
        ] {
            let out = handoff().args(args).args(["-f", name]).output().unwrap();
            assert_eq!(
                out.status.code(),
                Some(0),
                "{args:?} -f {name}: {}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
    }
}

#[test]
fn md_is_markdown_for_every_command_that_writes_markdown() {
    for args in [
        &["coverage", "-q", "-f"][..],
        &["diff", "-q", "--base", "rules", "--head", "rules", "-f"][..],
        &["explain", "-c", "c01-enterprise-discount", "-f"][..],
    ] {
        let md = stdout_of(handoff().args(args).arg("md"));
        let markdown = stdout_of(handoff().args(args).arg("markdown"));
        assert_eq!(md, markdown, "{args:?}");
    }
}
