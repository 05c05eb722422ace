//! `diff` on a signal whose packets' topic changed: named on stderr, in the JSON
//! (`topic_changes`) and in the Markdown comment.

use crate::common::{handoff, stderr_text, stdout_of};
use crate::diff_cli::changed_rules;

const NOTE: &str = "signal `leaving` is no topic of packets' summaries with the base rules and a topic with the head rules; packets that match it also list it";

/// Flipping a signal's `topic:` changed 18 STAR packets' topics and `diff` said
/// nothing: outcomes carry no packets, so no conversation changes, and the diff names
/// the rule-set change on stderr.
#[test]
fn a_flipped_topic_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let head = flipped(dir.path());
    let stderr = stderr_text(
        &handoff()
            .args(["diff", "--base", "rules", "--format", "json", "--head"])
            .arg(&head)
            .assert()
            .success(),
    );
    assert!(stderr.contains(&format!("note: {NOTE}")), "{stderr}");
    assert_eq!(stderr.matches("note: signal").count(), 1, "{stderr}");
    // A note: -q silences it.
    let quiet = stderr_text(
        &handoff()
            .args(["diff", "--base", "rules", "-q", "--head"])
            .arg(&head)
            .assert()
            .success(),
    );
    assert!(!quiet.contains("note: signal"), "{quiet}");
    // The same rules: no note.
    let same = stderr_text(
        &handoff()
            .args(["diff", "--base", "rules", "--head", "rules", "-q"])
            .assert()
            .success(),
    );
    assert!(!same.contains("note: signal"), "{same}");
}

/// rules43: the note was on stderr only, so a pull-request comment (`-f markdown`) and
/// a CI job reading the JSON never saw a flipped topic. Both carry it now, `-q` or not.
#[test]
fn a_flipped_topic_is_in_the_markdown_and_the_json() {
    let dir = tempfile::tempdir().unwrap();
    let head = flipped(dir.path());
    let md = stdout_of(
        handoff()
            .args([
                "diff", "--base", "rules", "-q", "--format", "markdown", "--head",
            ])
            .arg(&head),
    );
    assert!(md.contains(&format!("- {NOTE}\n")), "{md}");
    assert!(md.contains("No conversation changes outcome."), "{md}");
    let json: serde_json::Value = serde_json::from_str(&stdout_of(
        handoff()
            .args([
                "diff", "--base", "rules", "-q", "--format", "json", "--head",
            ])
            .arg(&head),
    ))
    .unwrap();
    assert_eq!(
        json["topic_changes"],
        serde_json::json!([{"signal": "leaving", "base": false, "head": true}])
    );
    let same: serde_json::Value = serde_json::from_str(&stdout_of(
        handoff().args(["diff", "--base", "rules", "--head", "rules", "-f", "json"]),
    ))
    .unwrap();
    assert_eq!(same["topic_changes"], serde_json::json!([]));
}

fn flipped(dir: &std::path::Path) -> std::path::PathBuf {
    changed_rules(
        dir,
        "    topic: false\n    phrases:\n      - cancel\n",
        "    topic: true\n    phrases:\n      - cancel\n",
    )
}
