//! `handoff diff` from the outside: a one-line rule change and the exact set of
//! conversations it changes; formats and gates. `--base-rev` is in
//! `diff_base_rev_cli.rs`, what counts as a change in `diff_changes_cli.rs`.

use std::path::Path;

use predicates::str::contains;

use crate::common::{handoff, jsonl, root, stdout_of};

/// A copy of the starter rules with one line changed.
pub(crate) fn changed_rules(dir: &Path, from: &str, to: &str) -> std::path::PathBuf {
    let rules = dir.join("rules");
    std::fs::create_dir_all(&rules).unwrap();
    for entry in std::fs::read_dir(root().join("rules")).unwrap() {
        let path = entry.unwrap().path();
        if path.is_file() {
            let text = std::fs::read_to_string(&path).unwrap();
            std::fs::write(
                rules.join(path.file_name().unwrap()),
                text.replacen(from, to, 1),
            )
            .unwrap();
        }
    }
    rules
}

#[test]
fn a_one_line_change_changes_exactly_the_conversations_it_should() {
    let dir = tempfile::tempdir().unwrap();
    // The default route now goes to the senior AEs: exactly the conversations that took
    // the default route change team, nothing else changes.
    let head = changed_rules(
        dir.path(),
        "default_route:\n  team: frontline",
        "default_route:\n  team: senior-ae",
    );
    let replay = stdout_of(handoff().args(["replay", "-q"]));
    let mut expected: Vec<String> = jsonl(&replay)
        .into_iter()
        .filter(|o| o["route"] == "default")
        .map(|o| o["conversation_id"].as_str().unwrap().to_owned())
        .collect();
    expected.sort();
    assert_eq!(expected.len(), 11);
    let out = stdout_of(
        handoff()
            .args(["diff", "--base", "rules", "--format", "json", "--head"])
            .arg(&head),
    );
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let mut changed: Vec<String> = v["changes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["conversation_id"].as_str().unwrap().to_owned())
        .collect();
    changed.sort();
    assert_eq!(changed, expected);
    assert_eq!(v["by_kind"]["team_changed"], 11);
    assert_eq!(v["by_kind"].as_object().unwrap().len(), 1);
    assert_eq!(
        v["team_flows"][0],
        serde_json::json!({"from": "frontline", "to": "senior-ae", "conversations": 11,
            "from_escalated": true, "to_escalated": true})
    );
}

#[test]
fn removing_a_phrase_stops_an_escalation() {
    let dir = tempfile::tempdir().unwrap();
    // c02's only cue is "discounts" (c06, the double charge, also asks for a refund).
    let head = changed_rules(dir.path(), "      - discounts\n", "");
    let out = stdout_of(
        handoff()
            .args(["diff", "--base", "rules", "--format", "json", "--head"])
            .arg(&head),
    );
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["changed"], 1);
    assert_eq!(v["changes"][0]["conversation_id"], "c02-student-discount");
    assert_eq!(
        v["changes"][0]["kinds"],
        serde_json::json!(["no_longer_escalated"])
    );
    // The two rule sets' signals differ, and each message is still scanned once.
    handoff()
        .args([
            "diff", "-v", "--base", "rules", "--format", "json", "--head",
        ])
        .arg(&head)
        .assert()
        .success()
        .stderr(contains("each message is scanned once for both rule sets"));
}

#[test]
fn gates_and_markdown() {
    let dir = tempfile::tempdir().unwrap();
    let head = changed_rules(
        dir.path(),
        "default_route:\n  team: frontline",
        "default_route:\n  team: senior-ae",
    );
    handoff()
        .args(["diff", "--base", "rules", "--fail-on-change", "--head"])
        .arg(&head)
        .assert()
        .code(1);
    handoff()
        .args(["diff", "--base", "rules", "--max-changed", "11", "--head"])
        .arg(&head)
        .assert()
        .success();
    handoff()
        .args(["diff", "--base", "rules", "--max-changed", "10", "--head"])
        .arg(&head)
        .assert()
        .code(1);
    handoff()
        .args([
            "diff",
            "--base",
            "rules",
            "--head",
            "rules",
            "--fail-on-change",
        ])
        .assert()
        .success()
        .stdout(contains("0 of 33 conversations change"));
    let md = stdout_of(
        handoff()
            .args([
                "diff",
                "--base",
                "rules",
                "--format",
                "markdown",
                "--examples",
                "3",
                "--head",
            ])
            .arg(&head),
    )
    .replace(&head.display().to_string(), "[HEAD]");
    insta::assert_snapshot!("diff_markdown", md);
    let table = stdout_of(
        handoff()
            .args(["diff", "--base", "rules", "--examples", "2", "--head"])
            .arg(&head),
    );
    assert!(
        table.contains("showing 2 of 11 changed conversations"),
        "{table}"
    );
    // `--examples 0` printed an empty table header in the Markdown's folded section of
    // each kind ("… and 3 more"), and nothing at all in the table: the summary alone,
    // saying so, in both.
    for (format, said) in [
        (
            "table",
            "11 changed conversations, none shown (--examples 0; --format json lists all)",
        ),
        (
            "markdown",
            "11 changed conversations, none shown (`--examples 0`; `--format json` lists all).",
        ),
    ] {
        let out = stdout_of(
            handoff()
                .args([
                    "diff",
                    "--base",
                    "rules",
                    "--examples",
                    "0",
                    "-f",
                    format,
                    "--head",
                ])
                .arg(&head),
        );
        assert!(out.contains(said), "{out}");
        assert!(!out.contains("<details>"), "{out}");
        assert!(!out.contains("conversation │"), "{out}");
    }
}

/// A failed gate exited 1 with nothing on stderr, in every format, and the
/// Markdown comment did not say the check failed.
#[test]
fn a_failed_gate_says_why_on_stderr_and_in_markdown() {
    let dir = tempfile::tempdir().unwrap();
    let head = changed_rules(
        dir.path(),
        "default_route:\n  team: frontline",
        "default_route:\n  team: senior-ae",
    );
    let diff = |args: &[&str]| {
        handoff()
            .args(["diff", "--base", "rules", "--head"])
            .arg(&head)
            .args(args)
            .assert()
    };
    let over = "gate failed: 11 conversations changed, over --max-changed 10\n";
    let any = "gate failed: 11 conversations changed, with --fail-on-change\n";
    for format in ["table", "json", "markdown"] {
        diff(&["-f", format, "--max-changed", "10"])
            .code(1)
            .stderr(over);
        diff(&["-f", format, "--fail-on-change"])
            .code(1)
            .stderr(any);
        diff(&["-f", format, "--fail-on-change", "--max-changed", "3"])
            .code(1)
            .stderr(format!("{any}{}", over.replace(" 10", " 3")));
        diff(&["-f", format, "--max-changed", "11"])
            .success()
            .stderr("");
    }
    let md = diff(&["-f", "markdown", "--max-changed", "10"])
        .code(1)
        .get_output()
        .stdout
        .clone();
    let md = String::from_utf8(md).unwrap();
    let lines: Vec<&str> = md.lines().take(3).collect();
    assert_eq!(
        lines[1..],
        [
            "",
            "**Gate failed:** 11 conversations changed, over --max-changed 10."
        ],
        "{md}"
    );
    let passed = stdout_of(
        handoff()
            .args([
                "diff",
                "--base",
                "rules",
                "-f",
                "markdown",
                "--max-changed",
                "11",
                "--head",
            ])
            .arg(&head),
    );
    assert!(!passed.contains("Gate failed"), "{passed}");
}

#[test]
fn invalid_base_rules_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    let base = changed_rules(dir.path(), "signal: legal }", "signal: legl }");
    handoff()
        .args(["diff", "--base"])
        .arg(&base)
        .assert()
        .code(2)
        .stderr(contains("error[R001]: unknown signal `legl`"));
    // The error named only --base.
    handoff().args(["diff"]).assert().code(2).stderr(contains(
        "give the base rules with --base PATH or --base-rev REV",
    ));
}

/// Without a default route the conversations it took still escalate, to no team: the
/// flow says "(unrouted)" in every format (it said "(not escalated)", which JSON could not
/// tell apart), and the JSON counts come in the documented order.
#[test]
fn escalations_routed_nowhere_flow_to_unrouted() {
    let dir = tempfile::tempdir().unwrap();
    let head = changed_rules(
        dir.path(),
        "default_route:\n  team: frontline\n  description: Everything else goes to the support team\n",
        "",
    );
    let diff = |format: &str| {
        stdout_of(
            handoff()
                .args(["diff", "--base", "rules", "--head"])
                .arg(&head)
                .args(["-f", format, "fixtures"]),
        )
    };
    let table = diff("table");
    assert!(
        table.contains("team flows: frontline → (unrouted) 11\n"),
        "{table}"
    );
    // The rows say it in the same word.
    assert!(!table.contains("(no team)"), "{table}");
    let markdown = diff("markdown");
    assert!(
        markdown.contains("| frontline | (unrouted) | 11 |"),
        "{markdown}"
    );
    let json: serde_json::Value = serde_json::from_str(&diff("json")).unwrap();
    assert_eq!(
        json["team_flows"],
        serde_json::json!([{"from": "frontline", "to": null, "conversations": 11,
            "from_escalated": true, "to_escalated": true}])
    );
    let text = diff("json");
    let keys: Vec<usize> = [
        "\"version\"",
        "\"changes\"",
        "\"base\"",
        "\"head\"",
        "\"conversations\"",
        "\"changed\"",
        "\"by_kind\"",
        "\"team_flows\"",
        "\"by_team\"",
    ]
    .iter()
    .map(|k| {
        text.find(&format!("\n  {k}:"))
            .unwrap_or_else(|| panic!("{k} in {text}"))
    })
    .collect();
    assert!(keys.is_sorted(), "documented order: {keys:?}");
}

/// `diff` alone took no `-r/--rules`, which every other command takes: `handoff diff
/// --base rules -r rules-v2` got clap's "to pass '-r' as a value, use '-- -r'". Both
/// are the head rules, as `--head` is.
#[test]
fn rules_flag_gives_the_head_rules() {
    let dir = tempfile::tempdir().unwrap();
    let head = changed_rules(
        dir.path(),
        "default_route:\n  team: frontline",
        "default_route:\n  team: senior-ae",
    );
    let by_head = stdout_of(
        handoff()
            .args(["diff", "--base", "rules", "-f", "json", "--head"])
            .arg(&head),
    );
    assert!(by_head.contains("\"team_changed\": 11"), "{by_head}");
    for flag in ["-r", "--rules"] {
        let out = stdout_of(
            handoff()
                .args(["diff", "--base", "rules", "-f", "json", flag])
                .arg(&head),
        );
        assert_eq!(out, by_head, "{flag}");
    }
}

/// The summary's counts by kind added up to more than the conversations that changed
/// (a reason changed is a bridge message and a detail changed) with no word of why.
#[test]
fn kinds_that_overlap_say_so() {
    let dir = tempfile::tempdir().unwrap();
    let head = changed_rules(
        dir.path(),
        "reason: help with your legal and compliance questions",
        "reason: talk about your legal questions",
    );
    let table = stdout_of(
        handoff()
            .args(["diff", "--base", "rules", "--head"])
            .arg(&head),
    );
    assert!(
        table.contains(
            "  (a conversation counts under each kind of change it has, so these add up to more)"
        ),
        "{table}"
    );
    let md = stdout_of(
        handoff()
            .args(["diff", "--base", "rules", "-f", "markdown", "--head"])
            .arg(&head),
    );
    assert!(
        md.contains("<sub>A conversation counts under each kind of change it has, so these add up to more.</sub>"),
        "{md}"
    );
    // A change of one kind each: no note.
    let team = changed_rules(
        dir.path(),
        "default_route:\n  team: frontline",
        "default_route:\n  team: senior-ae",
    );
    let table = stdout_of(
        handoff()
            .args(["diff", "--base", "rules", "--head"])
            .arg(&team),
    );
    assert!(!table.contains("counts under each kind"), "{table}");
}
