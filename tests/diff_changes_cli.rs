//! What `handoff diff` counts as a change: a trigger's reason or severity, a team's
//! name, other evidence at the same turn; under `--redact`, not a change only in masked
//! text.

use crate::common::handoff;
use crate::diff_cli::changed_rules;

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

/// Rule sets that differed only in a trigger's `reason` or `severity`, or a
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

/// A trigger added on the same signal beside one whose severity changed: the diff said
/// "triggers changed" only, in every format, and a reviewer missed a change of
/// priority. It says both, and each side's severity of the trigger both hold.
#[test]
fn a_severity_change_beside_an_added_trigger_is_still_shown() {
    let dir = tempfile::tempdir().unwrap();
    let base = r#"version: 1
triggers:
  - id: billing
    reason: billing
    severity: high
    when: { message: { role: customer, phrases: ["charged twice"] } }
teams:
  - { id: t, name: Team T }
default_route: { team: t }
"#;
    let head = base.replacen("severity: high", "severity: critical", 1).replacen(
        "teams:",
        "  - id: zzz-new\n    reason: new\n    severity: low\n    when: { message: { role: customer, phrases: [\"charged twice\"] } }\nteams:",
        1,
    );
    let base_path = crate::common::write(dir.path(), "base.yaml", base);
    let head_path = crate::common::write(dir.path(), "head.yaml", &head);
    let transcripts = crate::common::write(
        dir.path(),
        "t.csv",
        "conversation_id,role,text\nc1,customer,I was charged twice\n",
    );
    let diff = |format: &str| {
        let out = handoff()
            .args(["diff", "--base"])
            .arg(&base_path)
            .arg("--head")
            .arg(&head_path)
            .arg(&transcripts)
            .args(["-f", format])
            .assert()
            .success()
            .get_output()
            .stdout
            .clone();
        String::from_utf8(out).unwrap()
    };
    let v: serde_json::Value = serde_json::from_str(&diff("json")).unwrap();
    assert_eq!(
        v["changes"][0]["kinds"],
        serde_json::json!(["triggers_changed", "details_changed"]),
        "{v}"
    );
    let table = diff("table");
    assert!(table.contains("details changed: severity"), "{table}");
    let md = diff("markdown");
    let row = md.lines().find(|l| l.starts_with("| `c1` |")).unwrap();
    let cells: Vec<&str> = row.split(" | ").collect();
    assert!(cells[1].contains("severity: billing high"), "{row}");
    assert!(cells[2].contains("severity: billing critical"), "{row}");
}
