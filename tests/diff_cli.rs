//! `handoff diff` from the outside: a one-line rule change and the exact set of
//! conversations it changes; `--base-rev`; formats and gates.

use std::path::Path;

use predicates::prelude::*;
use predicates::str::contains;

use crate::common::{git, handoff, jsonl, root, stdout_of};

/// A copy of the starter rules with one line changed.
fn changed_rules(dir: &Path, from: &str, to: &str) -> std::path::PathBuf {
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
fn under_redact_a_change_only_in_masked_text_is_no_change_in_any_format() {
    // The bridge message now shouts the first name: a change, unless names are masked.
    let dir = tempfile::tempdir().unwrap();
    let head = changed_rules(
        dir.path(),
        "Hi {{ customer.first_name | default(\"there\") }}",
        "Hi {{ customer.first_name | default(\"there\") | upper }}",
    );
    let diff = |args: &[&str]| {
        handoff()
            .args(["diff", "--base", "rules", "--head"])
            .arg(&head)
            .args(args)
            .assert()
    };
    let json = |args: &[&str]| -> serde_json::Value {
        let out = diff(args).get_output().stdout.clone();
        serde_json::from_slice(&out).unwrap()
    };
    let plain = json(&["-f", "json"]);
    assert!(plain["changed"].as_u64().unwrap() > 0, "{plain}");
    assert_eq!(plain["by_kind"]["bridge_changed"], plain["changed"]);
    let masked = json(&["-f", "json", "--redact"]);
    assert_eq!(masked["changed"], 0, "{masked}");
    assert_eq!(masked["changes"], serde_json::json!([]));
    for format in ["json", "table"] {
        diff(&["-f", format, "--redact", "--fail-on-change"]).success();
        diff(&["-f", format, "--fail-on-change"]).code(1);
    }
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
}

/// Review: a failed gate exited 1 with nothing on stderr, in every format, and the
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

/// Review: rule sets that differed only in a trigger's `reason` or `severity`, or a
/// team's `name`, gave "0 of 1 conversation change" and passed `--fail-on-change`,
/// yet `replay` printed other `reason`, `triggers[].severity` and `team_name`; another
/// phrase matching at the same turn (other evidence) was as invisible.
#[test]
fn a_change_of_reason_severity_team_name_or_evidence_is_a_change() {
    let dir = tempfile::tempdir().unwrap();
    let base = r#"version: 1
triggers:
  - id: person
    reason: help you
    severity: high
    when: { message: { role: customer, phrases: ["real person"] } }
teams:
  - { id: t, name: Team T }
default_route: { team: t }
"#;
    let base_path = crate::common::write(dir.path(), "base.yaml", base);
    let transcripts = crate::common::write(
        dir.path(),
        "t.csv",
        "conversation_id,role,text\nc1,customer,a real person please\nc2,customer,hello\n",
    );
    let cases = [
        (
            "reason",
            "reason: help you\n",
            "reason: help you now\n",
            "reason: “help you”",
            "reason: “help you now”",
        ),
        (
            "severity",
            "severity: high",
            "severity: critical",
            "severity: person high",
            "severity: person critical",
        ),
        (
            "team name",
            "name: Team T",
            "name: Team Tee",
            "team name: Team T",
            "team name: Team Tee",
        ),
        (
            "evidence",
            "[\"real person\"]",
            "[\"real person\", please]",
            "person: “real person” (turn 1)",
            "person: “real person” (turn 1), “please” (turn 1)",
        ),
    ];
    for (what, from, to, base_shows, head_shows) in cases {
        assert!(base.contains(from), "{from}");
        let head = crate::common::write(dir.path(), "head.yaml", &base.replacen(from, to, 1));
        let diff = |args: &[&str]| {
            handoff()
                .args(["diff", "--base"])
                .arg(&base_path)
                .arg("--head")
                .arg(&head)
                .arg(&transcripts)
                .args(args)
                .assert()
        };
        let out = diff(&["-f", "json"]).success().get_output().stdout.clone();
        let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
        assert_eq!(v["changed"], 1, "{what}: {v}");
        assert_eq!(
            v["by_kind"],
            serde_json::json!({"details_changed": 1}),
            "{what}"
        );
        assert_eq!(
            v["changes"][0]["kinds"],
            serde_json::json!(["details_changed"])
        );
        diff(&["--fail-on-change"]).code(1);
        let table = String::from_utf8(diff(&["-f", "table"]).success().get_output().stdout.clone())
            .unwrap();
        assert!(
            table.contains(&format!("details changed: {what}")),
            "{table}"
        );
        let md = String::from_utf8(
            diff(&["-f", "markdown"])
                .success()
                .get_output()
                .stdout
                .clone(),
        )
        .unwrap();
        assert!(
            md.contains("<details><summary>details changed (1)</summary>"),
            "{md}"
        );
        let row = md.lines().find(|l| l.starts_with("| `c1` |")).unwrap();
        let cells: Vec<&str> = row.split(" | ").collect();
        assert!(cells[1].contains(base_shows), "{what}: {row}");
        assert!(cells[2].contains(head_shows), "{what}: {row}");
        assert!(!cells[1].contains(head_shows), "{what}: {row}");
    }
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
    // Review: the error named only --base.
    handoff().args(["diff"]).assert().code(2).stderr(contains(
        "give the base rules with --base PATH or --base-rev REV",
    ));
}

#[test]
fn base_rev_reads_the_rules_from_git() {
    let dir = tempfile::tempdir().unwrap();
    let repo = dir.path();
    let rules = changed_rules(repo, "", "");
    std::fs::create_dir(repo.join("fixtures")).unwrap();
    std::fs::copy(
        root().join("fixtures/transcripts.csv"),
        repo.join("fixtures/transcripts.csv"),
    )
    .unwrap();
    git(repo, &["init", "-q"]);
    git(repo, &["add", "."]);
    git(repo, &["commit", "-qm", "rules"]);
    let routes = rules.join("routes.yaml");
    let text = std::fs::read_to_string(&routes).unwrap();
    std::fs::write(
        &routes,
        text.replace(
            "default_route:\n  team: frontline",
            "default_route:\n  team: legal",
        ),
    )
    .unwrap();
    let out = handoff()
        .current_dir(repo)
        .args(["diff", "--base-rev", "HEAD", "--format", "json"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(v["base"], "rules@HEAD");
    assert_eq!(v["changed"], 11);
    // Review: under it, "caused by: git rev-parse … failed: " with nothing after.
    handoff()
        .current_dir(repo)
        .args(["diff", "--base-rev", "nope"])
        .assert()
        .code(2)
        .stderr(format!(
            "error: unknown git revision `nope` in {}: no commit of that name\n",
            repo.canonicalize().unwrap().display()
        ));
}

/// Review: rules moved since the base revision could not be diffed with --base-rev;
/// `--base-path` names where they were.
#[test]
fn base_path_reads_moved_rules_from_git() {
    let dir = tempfile::tempdir().unwrap();
    let repo = dir.path();
    changed_rules(repo, "", "");
    std::fs::create_dir(repo.join("sub")).unwrap();
    git(repo, &["init", "-q"]);
    git(repo, &["add", "."]);
    git(repo, &["commit", "-qm", "rules"]);
    git(repo, &["mv", "rules", "escalation"]);
    let routes = repo.join("escalation/routes.yaml");
    let text = std::fs::read_to_string(&routes).unwrap();
    std::fs::write(
        &routes,
        text.replace(
            "default_route:\n  team: frontline",
            "default_route:\n  team: legal",
        ),
    )
    .unwrap();
    let transcripts = root().join("fixtures/transcripts.csv");
    let diff = |cwd: &Path, args: &[&str]| {
        handoff()
            .current_dir(cwd)
            .args(["diff", "-f", "json"])
            .args(args)
            .arg(&transcripts)
            .assert()
    };
    diff(repo, &["--base-rev", "HEAD", "--head", "escalation"])
        .code(2)
        .stderr(contains(
            "escalation does not exist at git revision `HEAD` (moved or renamed since? \
             --base-path gives its path there)",
        ));
    for (cwd, base, head) in [
        (repo.to_path_buf(), "rules", "escalation"),
        (repo.join("sub"), "../rules", "../escalation"),
        (
            repo.join("sub"),
            &*repo.join("rules").display().to_string(),
            "../escalation",
        ),
    ] {
        let out = diff(
            &cwd,
            &["--base-rev", "HEAD", "--base-path", base, "--head", head],
        )
        .success()
        .get_output()
        .stdout
        .clone();
        let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
        assert_eq!(v["base"], format!("{base}@HEAD"));
        assert_eq!(v["changed"], 11, "{base} from {}", cwd.display());
    }
    diff(
        repo,
        &[
            "--base-rev",
            "HEAD",
            "--base-path",
            "gone",
            "--head",
            "escalation",
        ],
    )
    .code(2)
    .stderr(contains("gone does not exist at git revision `HEAD`\n"));
    diff(repo, &["--base", "rules", "--base-path", "rules"])
        .code(2)
        .stderr(contains(
            "error: `--base-path rules` needs `--base-rev REV`: it is where the base rules were at that git revision",
        ))
        .stderr(contains(
            "`--base rules` reads the base rules from that path as it is now, so leave `--base-path` out",
        ));
}

/// Review: `handoff diff --base-path P` without `--base-rev` got clap's "the following
/// required arguments were not provided: <--base <PATH>|--base-rev <REV>>", which does
/// not say what `--base-path` is for; it says so now, before any rules are read (exit 2).
#[test]
fn base_path_without_base_rev_says_what_it_needs() {
    let dir = tempfile::tempdir().unwrap();
    handoff()
        .current_dir(dir.path())
        .args(["diff", "--base-path", "old-rules"])
        .assert()
        .code(2)
        .stderr(
            "error: `--base-path old-rules` needs `--base-rev REV`: it is where the base rules \
             were at that git revision, when they have moved or been renamed since \
             (`--base-rev origin/main --base-path old-rules`); for rules that are not in git, \
             give `--base PATH`\n",
        );
    handoff()
        .current_dir(dir.path())
        .arg("diff")
        .assert()
        .code(2)
        .stderr("error: give the base rules with --base PATH or --base-rev REV\n");
}

/// QA: `--head` given as an absolute path, through `..` from a subdirectory, or through
/// a symlink named a path that git could not find (`HEAD:.//tmp/…`); outside a
/// repository the error blamed the revision.
#[test]
fn base_rev_finds_the_head_path_however_it_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let repo = dir.path().join("repo");
    let rules = changed_rules(&repo, "", "");
    std::fs::create_dir(repo.join("sub")).unwrap();
    git(&repo, &["init", "-q"]);
    git(&repo, &["add", "."]);
    git(&repo, &["commit", "-qm", "rules"]);
    let transcripts = root().join("fixtures/transcripts.csv");
    let unchanged = |cwd: &Path, head: &Path| {
        handoff()
            .current_dir(cwd)
            .args(["diff", "--base-rev", "HEAD", "--head"])
            .arg(head)
            .arg(&transcripts)
            .assert()
            .success()
            .stdout(contains("0 of 33 conversations change"));
    };
    unchanged(&repo, &rules);
    unchanged(&repo.join("sub"), Path::new("../rules"));
    #[cfg(unix)]
    {
        let link = dir.path().join("link");
        std::os::unix::fs::symlink(&rules, &link).unwrap();
        unchanged(dir.path(), &link);
    }
    let outside = dir.path().join("outside");
    changed_rules(&outside, "", "");
    handoff()
        .current_dir(&outside)
        .args(["diff", "--base-rev", "HEAD"])
        .arg(&transcripts)
        .assert()
        .code(2)
        .stderr(contains("rules is not in a git repository"))
        .stderr(contains("unknown git revision").not());
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
