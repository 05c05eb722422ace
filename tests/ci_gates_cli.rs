//! What CI can trust: a bridge template that reads a field the export lacks,
//! unguarded, passed the documented CI recipe. `replay --fail-on bridge-error` fails on
//! it (exit 1), and `lint --columns-from` (which the recipes now run) reports it first.

use predicates::prelude::*;
use predicates::str::contains;

use crate::common::{handoff, write};

/// A VIP team whose bridge reads `customer.company`, which the export below lacks (also
/// `diff`'s bridge gate's head rules, `diff_gates_cli`).
pub(crate) const RULES: &str = r#"version: 1
signals:
  - { id: angry, phrases: [rip off] }
triggers:
  - { id: angry, reason: make this right, when: { message: { role: customer, signal: angry } } }
routes:
  - { id: vip, when: { meta: { field: plan, equals: VIP } }, team: vip }
default_route: { team: support }
teams:
  - id: vip
    name: VIP Care
    agent: Stefan
    bridge: "Hi, I'm {{ agent }}, your VIP care manager at {{ customer.company }}."
  - { id: support, name: Support, agent: Sam, bridge: "Hi, I'm {{ agent }}." }
"#;

pub(crate) const EXPORT: &str = "conversation_id,timestamp,role,text,plan
c1,2026-03-03T10:00:00Z,customer,what a rip off,VIP
c2,2026-03-03T10:00:00Z,customer,what a rip off,Free
c3,2026-03-03T10:00:00Z,customer,hello,VIP
c4,2026-03-03T11:00:00Z,customer,total rip off,VIP
";

#[test]
fn replay_fails_on_bridge_errors_when_asked() {
    let dir = tempfile::tempdir().unwrap();
    let rules = write(dir.path(), "rules.yaml", RULES);
    let export = write(dir.path(), "export.csv", EXPORT);
    let replay = |extra: &[&str]| {
        let mut cmd = handoff();
        cmd.arg("replay")
            .arg("-r")
            .arg(&rules)
            .arg(&export)
            .args(extra);
        cmd.assert()
    };
    // Without the gate the run succeeds, as before, and says so in its summary.
    replay(&[])
        .success()
        .stderr(contains("2 bridge messages could not be rendered"))
        .stderr(contains("gate failed").not());
    // With it, exit 1, the output still whole, and why on stderr, even with --quiet.
    let out = replay(&["--fail-on", "bridge-error", "-q", "-f", "jsonl"])
        .code(1)
        .stderr(
            "gate failed: 2 bridge messages could not be rendered (`bridge_error` in the output), with --fail-on bridge-error\n",
        )
        .get_output()
        .clone();
    let lines: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 4);
    let failed: Vec<&str> = lines
        .iter()
        .filter(|o| !o["bridge_error"].is_null())
        .map(|o| o["conversation_id"].as_str().unwrap())
        .collect();
    assert_eq!(failed, ["c1", "c4"]);

    // Rules whose bridges all render pass the gate.
    let fixed = write(
        dir.path(),
        "fixed.yaml",
        &RULES.replace(
            "{{ customer.company }}",
            "{{ customer.company | default('your company') }}",
        ),
    );
    handoff()
        .arg("replay")
        .arg("-r")
        .arg(&fixed)
        .arg(&export)
        .args(["--fail-on", "bridge-error", "-q"])
        .assert()
        .success()
        .stderr("");

    // Malformed rows (exit 2) outrank a failed gate (exit 1).
    let broken = write(
        dir.path(),
        "broken.csv",
        &format!("{EXPORT}c5,2026-03-03T12:00:00Z,customer\n"),
    );
    handoff()
        .arg("replay")
        .arg("-r")
        .arg(&rules)
        .arg(&broken)
        .args(["--fail-on", "bridge-error", "-q"])
        .assert()
        .code(2)
        .stderr(contains("gate failed: 2 bridge messages"));

    // A gate it does not have is a usage error that lists the ones it has.
    replay(&["--fail-on", "bridge-errors"])
        .code(2)
        .stderr(contains("possible values: bridge-error"));
}

/// The CI recipe's lint step reads the export's columns, so the same rules fail lint
/// (C003 at the template) before any replay.
#[test]
fn lint_with_the_exports_columns_catches_the_template_first() {
    let dir = tempfile::tempdir().unwrap();
    let rules = write(dir.path(), "rules.yaml", RULES);
    std::fs::create_dir(dir.path().join("fixtures")).unwrap();
    write(dir.path(), "fixtures/export.csv", EXPORT);
    handoff()
        .arg("lint")
        .arg(&rules)
        .assert()
        .success()
        .stdout(contains("no problems"));
    handoff()
        .arg("lint")
        .arg(&rules)
        .arg("--columns-from")
        .arg(dir.path().join("fixtures"))
        .args(["--format", "github"])
        .assert()
        .code(1)
        .stdout(contains("C003"))
        .stdout(contains("customer.company"));
}

/// Both recipes lint with the fixtures' columns and gate a replay on bridge errors.
#[test]
fn the_ci_recipes_check_templates_against_the_export() {
    for recipe in ["docs/ci/github-actions.yml", "docs/ci/gitlab-ci.yml"] {
        let text = std::fs::read_to_string(crate::common::root().join(recipe)).unwrap();
        let lints: Vec<&str> = text
            .lines()
            .filter(|l| l.contains("handoff lint"))
            .collect();
        assert!(!lints.is_empty(), "{recipe}");
        for line in lints {
            assert!(line.contains("--columns-from fixtures"), "{recipe}: {line}");
        }
        assert!(
            text.lines()
                .any(|l| l.contains("handoff replay") && l.contains("--fail-on bridge-error")),
            "{recipe}: no replay gated on bridge errors"
        );
    }
}

/// What the columns cannot tell (docs/ci.md): a field the export has, empty in one
/// conversation. Lint with the columns is clean; the replay gate fails on it.
#[test]
fn an_empty_field_passes_lint_and_fails_the_replay_gate() {
    let dir = tempfile::tempdir().unwrap();
    let rules = write(dir.path(), "rules.yaml", RULES);
    let export = write(
        dir.path(),
        "export.csv",
        "conversation_id,timestamp,role,text,plan,company\nc1,2026-03-03T10:00:00Z,customer,rip off,VIP,\nc2,2026-03-03T10:00:00Z,customer,rip off,VIP,Acme\n",
    );
    handoff()
        .arg("lint")
        .arg(&rules)
        .arg("--columns-from")
        .arg(&export)
        .assert()
        .success();
    handoff()
        .arg("replay")
        .arg("-r")
        .arg(&rules)
        .arg(&export)
        .args(["--fail-on", "bridge-error", "-q"])
        .assert()
        .code(1)
        .stderr(contains(
            "gate failed: 1 bridge message could not be rendered",
        ));
}

/// An empty export (a truncated or failed download) passed every gate
/// ("0 of 0 conversations change", exit 0 under `--fail-on-change`), while `lint
/// --columns-from` calls the same file an error. A gated run that reads no conversation
/// exits 2 naming the file; without a gate the empty file stays the warning `D007`.
#[test]
fn an_empty_export_fails_every_gate_with_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    let empty = write(dir.path(), "empty.csv", "");
    let header_only = write(dir.path(), "header.csv", "conversation_id,role,text\n");
    let said = |gate: &str, file: &std::path::Path| {
        format!(
            "error: no conversations read from {}: an empty export cannot pass a gate ({gate})",
            file.display()
        )
    };
    for file in [&empty, &header_only] {
        for (args, gate) in [
            (
                &["diff", "--base", "rules", "--fail-on-change"][..],
                "--fail-on-change",
            ),
            (
                &[
                    "diff",
                    "--base",
                    "rules",
                    "--max-changed",
                    "5",
                    "-f",
                    "markdown",
                ],
                "--max-changed",
            ),
            (
                &["diff", "--base", "rules", "--fail-on", "bridge-error"],
                "--fail-on bridge-error",
            ),
            (
                &["coverage", "--max-default-share", "0.5", "-f", "markdown"],
                "--max-default-share",
            ),
            (
                &["coverage", "--fail-under-triggers", "80"],
                "--fail-under-triggers",
            ),
            (
                &["coverage", "--max-missed", "0", "-f", "html"],
                "--max-missed",
            ),
            (
                &["replay", "--fail-on", "bridge-error", "-q"],
                "--fail-on bridge-error",
            ),
        ] {
            let run = handoff().args(args).arg(file).assert().code(2);
            let out = run.get_output();
            let stderr = String::from_utf8_lossy(&out.stderr);
            assert!(stderr.contains("warning[D007]"), "{args:?}: {stderr}");
            assert!(stderr.contains(&said(gate, file)), "{args:?}: {stderr}");
            if args[0] != "replay" {
                assert!(
                    out.stdout.is_empty(),
                    "{args:?}: no report to read as a pass"
                );
            }
        }
    }
    // Without a gate, an empty export is the warning it was.
    for args in [
        &["diff", "--base", "rules"][..],
        &["coverage", "-q"],
        &["replay", "-q"],
    ] {
        handoff()
            .args(args)
            .arg(&empty)
            .assert()
            .success()
            .stderr(contains("warning[D007]: transcript file is empty"));
    }
    // One conversation read is something to judge: the gate passes.
    let one = write(
        dir.path(),
        "one.csv",
        "conversation_id,role,text\na,customer,hello\n",
    );
    handoff()
        .args(["diff", "--base", "rules", "--fail-on-change"])
        .arg(&one)
        .assert()
        .success();
}
