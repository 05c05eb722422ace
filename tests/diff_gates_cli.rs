//! `handoff diff --fail-on bridge-error`: a diff whose head rules'
//! escalations got no bridge message showed them (`bridge_broken`, a ⚠, JSON
//! `head_bridge_errors`) and exited 0. The gate fails it, as it fails `replay`, and says
//! so on stderr and in the Markdown comment, as `--fail-on-change` and `--max-changed` do.

use predicates::prelude::*;
use predicates::str::contains;

use crate::ci_gates_cli::{EXPORT, RULES as BROKEN};
use crate::common::{handoff, stdout_text, write};

const GATE: &str = "2 bridge messages of the head rules could not be rendered (`bridge_error` of `head` in the JSON), with --fail-on bridge-error";

/// The rules whose VIP bridge renders without a company.
fn fixed() -> String {
    BROKEN.replace(
        "{{ customer.company }}",
        "{{ customer.company | default('your company') }}",
    )
}

#[test]
fn diff_fails_on_the_head_rules_bridge_errors_when_asked() {
    let dir = tempfile::tempdir().unwrap();
    let base = write(dir.path(), "base.yaml", &fixed());
    let head = write(dir.path(), "head.yaml", BROKEN);
    let export = write(dir.path(), "export.csv", EXPORT);
    let diff = |head: &std::path::Path, extra: &[&str]| {
        let mut cmd = handoff();
        cmd.args(["diff", "--base"])
            .arg(&base)
            .arg("--head")
            .arg(head)
            .arg(&export)
            .args(extra);
        cmd.assert()
    };
    // Without the gate, as before: shown, exit 0.
    diff(&head, &["-f", "table"])
        .success()
        .stdout(contains(
            "⚠ 2 escalations would get no bridge message with the head rules",
        ))
        .stderr(contains("gate failed").not());
    for format in ["table", "json", "markdown"] {
        diff(&head, &["-f", format, "--fail-on", "bridge-error"])
            .code(1)
            .stderr(format!("gate failed: {GATE}\n"));
    }
    // The Markdown comment says it under its heading, its backticks as code, nothing
    // escaped; the JSON is whole, with its counts.
    let md = stdout_text(&diff(&head, &["-f", "markdown", "--fail-on", "bridge-error"]).code(1));
    let lines: Vec<&str> = md.lines().take(3).collect();
    assert_eq!(lines[2], format!("**Gate failed:** {GATE}."), "{md}");
    let json = stdout_text(&diff(&head, &["-f", "json", "--fail-on", "bridge-error"]).code(1));
    let json: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(json["head_bridge_errors"], 2);
    assert_eq!(json["by_kind"]["bridge_broken"], 2);
    // With the other gates, each said, in order.
    diff(
        &head,
        &["--fail-on", "bridge-error", "--max-changed", "1", "-q"],
    )
    .code(1)
    .stderr(format!(
        "gate failed: 2 conversations changed, over --max-changed 1\ngate failed: {GATE}\n"
    ));
    // Head rules whose bridges all render pass it (the change is then the base's fault,
    // which is not the head's to answer for).
    let head_fixed = write(dir.path(), "head-fixed.yaml", &fixed());
    diff(&head_fixed, &["--fail-on", "bridge-error"])
        .success()
        .stderr("");
    // A value it does not have is a usage error that lists the ones it has.
    diff(&head, &["--fail-on", "bridge-errors"])
        .code(2)
        .stderr(contains("possible values: bridge-error"));
}

/// "Exit 1 when any head escalation has a bridge error", as `replay --rules HEAD
/// --fail-on bridge-error` would: also when the base rules could not render them either
/// and nothing changes, which the diff lists no example of, so the gate says so.
#[test]
fn unchanged_bridge_errors_of_the_head_rules_fail_the_gate_too() {
    let dir = tempfile::tempdir().unwrap();
    let rules = write(dir.path(), "rules.yaml", BROKEN);
    let export = write(dir.path(), "export.csv", EXPORT);
    let out = handoff()
        .args(["diff", "-f", "markdown", "--fail-on", "bridge-error", "--base"])
        .arg(&rules)
        .arg("--head")
        .arg(&rules)
        .arg(&export)
        .assert()
        .code(1)
        .stderr(
            "gate failed: 2 bridge messages of the head rules could not be rendered (`bridge_error` of `head` in the JSON); not listed: 2 in unchanged conversations (the base rules could not render them either), with --fail-on bridge-error\n",
        )
        .get_output()
        .stdout
        .clone();
    let md = String::from_utf8(out).unwrap();
    assert!(md.contains("No conversation changes outcome."), "{md}");
    assert!(
        md.contains("; not listed: 2 in unchanged conversations (the base rules could not render them either), with --fail-on bridge-error.\n"),
        "{md}"
    );
}

/// As every gate: an empty export cannot pass it (exit 2, naming it); malformed rows
/// (exit 2) outrank it, said all the same.
#[test]
fn the_bridge_error_gate_needs_conversations_and_yields_to_malformed_rows() {
    let dir = tempfile::tempdir().unwrap();
    let base = write(dir.path(), "base.yaml", &fixed());
    let head = write(dir.path(), "head.yaml", BROKEN);
    let empty = write(
        dir.path(),
        "empty.csv",
        "conversation_id,timestamp,role,text\n",
    );
    handoff()
        .args(["diff", "--fail-on", "bridge-error", "--base"])
        .arg(&base)
        .arg("--head")
        .arg(&head)
        .arg(&empty)
        .assert()
        .code(2)
        .stdout("")
        .stderr(contains(format!(
            "error: no conversations read from {}: an empty export cannot pass a gate (--fail-on bridge-error)",
            empty.display()
        )));
    let broken = write(
        dir.path(),
        "broken.csv",
        &format!("{EXPORT}c5,2026-03-03T12:00:00Z,customer\n"),
    );
    handoff()
        .args(["diff", "-q", "--fail-on", "bridge-error", "--base"])
        .arg(&base)
        .arg("--head")
        .arg(&head)
        .arg(&broken)
        .assert()
        .code(2)
        .stderr(contains(format!("gate failed: {GATE}")));
}
