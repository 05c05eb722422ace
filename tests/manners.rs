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
            "handoff: rules from rules: 4 files, 24 signals, 8 triggers, 6 routes, 5 teams (read in",
        ))
        .stderr(contains("handoff: replaying with "))
        .stderr(predicate::str::is_match(r"handoff: done in \d+\.\d\d s\n$").unwrap());
    // coverage loaded its rules through a copy that said none of it.
    handoff()
        .args(["coverage", "--verbose"])
        .assert()
        .success()
        .stderr(contains(
            "handoff: rules from rules: 4 files, 24 signals, 8 triggers, 6 routes, 5 teams (read in",
        ));
    handoff()
        .args(["diff", "--base", "rules", "-v"])
        .assert()
        .success()
        .stderr(contains(
            "handoff: each message is scanned once for both rule sets",
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

/// The format people read was `text` for explain, `human` for lint and test and
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

/// `handoff test | head -1`: the reader goes away after one line, but the exit status is
/// the verdict CI reads. A failing case, a lint error and a failed `diff` gate must still
/// fail however much output came before the pipe closed (3,000 of each here: more than a
/// pipe holds), and the gate still says why on stderr. `replay` alone stops there, with 0.
#[test]
fn a_pipe_closed_early_does_not_turn_a_verdict_into_success() {
    use std::fmt::Write as _;

    use crate::common::{first_line_then_close, root, write};
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let rules = root().join("rules");

    let mut cases = String::from("version: 1\ntests:\n");
    for i in 0..3000 {
        writeln!(
            cases,
            "  - name: case {i}\n    messages:\n      - customer: I want to talk to a human\n      - bot: One moment\n    expect: {{ turn: 2 }}"
        )
        .unwrap();
    }
    let tests = write(d, "fail.yaml", &cases);
    let (_, out) = first_line_then_close([
        "test".as_ref(),
        "-r".as_ref(),
        rules.as_os_str(),
        tests.as_os_str(),
    ]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");

    let mut lint = String::from("version: 1\nsignals:\n");
    for i in 0..3000 {
        writeln!(lint, "  - {{ id: s{i}, phrases: [w{i}] }}").unwrap();
    }
    lint.push_str("triggers:\n  - { id: t, when: { all: [ { meta: { field: tier, equals: a } }, { meta: { field: tier, equals: b } } ] } }\n");
    std::fs::create_dir(d.join("lint")).unwrap();
    write(&d.join("lint"), "r.yaml", &lint);
    let (_, out) = first_line_then_close(["lint".as_ref(), d.join("lint").as_os_str()]);
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );

    let mut csv = String::from("conversation_id,timestamp,role,text\n");
    for i in 0..3000 {
        writeln!(
            csv,
            "c{i},2026-01-01T00:00:00Z,customer,I want to talk to a human"
        )
        .unwrap();
    }
    let transcripts = write(d, "big.csv", &csv);
    let head = d.join("head");
    std::fs::create_dir(&head).unwrap();
    for entry in std::fs::read_dir(&rules).unwrap() {
        let path = entry.unwrap().path();
        if path.is_file() {
            let text = std::fs::read_to_string(&path).unwrap();
            write(
                &head,
                path.file_name().unwrap().to_str().unwrap(),
                &text.replace("agent: Chris\n", "agent: Chrissy\n"),
            );
        }
    }
    let diff = |extra: &[&str]| {
        let mut args: Vec<std::ffi::OsString> = vec![
            "diff".into(),
            "--base".into(),
            rules.clone().into(),
            "--head".into(),
            head.clone().into(),
            "-f".into(),
            "json".into(),
            transcripts.clone().into(),
        ];
        args.extend(extra.iter().map(Into::into));
        first_line_then_close(args).1
    };
    let out = diff(&["--fail-on-change"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("gate failed: 3000 conversations changed, with --fail-on-change"),
        "{stderr}"
    );
    assert_eq!(diff(&[]).status.code(), Some(0));

    let (first, out) = first_line_then_close([
        "replay".as_ref(),
        "-q".as_ref(),
        "-f".as_ref(),
        "jsonl".as_ref(),
        transcripts.as_os_str(),
    ]);
    assert!(first.starts_with('{'), "{first}");
    assert_eq!(out.status.code(), Some(0));
}

/// `-j 4294967296` aborted on an allocation failure with a backtrace
/// (exit 134), `-j 100000000` took gigabytes and hung. Up to 1024 threads run.
#[test]
fn jobs_past_the_limit_are_a_usage_error() {
    for command in ["replay", "coverage", "diff"] {
        for jobs in ["1025", "4294967296", "many"] {
            handoff()
                .args([command, "-q", "--jobs", jobs])
                .assert()
                .code(2)
                .stderr(contains(
                    "expected a number of threads from 0 (one per core) to 1024",
                ));
        }
    }
    handoff()
        .args(["replay", "-q", "-j", "1024", "-f", "jsonl"])
        .assert()
        .success()
        .stdout(predicate::str::is_empty().not());
}
