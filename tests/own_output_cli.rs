//! handoff's own output given back to `replay` (cli39): `-f json`'s array and one
//! packet's `.json` got the generic JSON hints, where `-f jsonl`'s outcomes were told
//! for what they are; and those outcomes, no line of which has a `role`, printed a
//! `D001` a line before the error that explains the file. Each is told once.

use predicates::prelude::*;
use predicates::str::contains;

use crate::common::{ANGRY_RULES, handoff, stderr_text, stdout_of, write};

const OWN: &str = "hint: this looks like handoff's own output (";

fn rules_and_export(dir: &std::path::Path) -> (std::path::PathBuf, std::path::PathBuf) {
    let rules = write(dir, "rules.yaml", ANGRY_RULES);
    let csv = write(
        dir,
        "t.csv",
        "conversation_id,role,text\na,customer,this is ridiculous\nb,customer,hi\nc,customer,hello\n",
    );
    (rules, csv)
}

#[test]
fn a_json_array_of_outcomes_is_told_as_handoffs_own_output() {
    let dir = tempfile::tempdir().unwrap();
    let (rules, csv) = rules_and_export(dir.path());
    let out = stdout_of(
        handoff()
            .args(["replay", "-q", "-f", "json", "--rules"])
            .arg(&rules)
            .arg(&csv),
    );
    let file = write(dir.path(), "out.json", &out);
    handoff()
        .args(["replay", "--rules"])
        .arg(&rules)
        .arg(&file)
        .assert()
        .code(2)
        .stderr(contains(format!(
            "{OWN}`replay -f json`'s outcomes, a JSON array), not a transcript export"
        )))
        .stderr(contains("this is JSON, not CSV").not());
}

#[test]
fn a_packet_json_file_is_told_as_handoffs_own_output() {
    let dir = tempfile::tempdir().unwrap();
    let (rules, csv) = rules_and_export(dir.path());
    let packets = dir.path().join("packets");
    handoff()
        .args(["replay", "-q", "-f", "jsonl", "--rules"])
        .arg(&rules)
        .arg(&csv)
        .arg("--packets")
        .arg(&packets)
        .assert()
        .success();
    handoff()
        .args(["replay", "--rules"])
        .arg(&rules)
        .arg(packets.join("a.json"))
        .assert()
        .code(2)
        .stderr(contains(format!(
            "{OWN}a packet `replay --packets` wrote, one JSON document), not a transcript export"
        )))
        .stderr(contains("jq -c").not());
}

#[test]
fn outcomes_without_a_role_anywhere_are_said_once_not_a_d001_a_line() {
    let dir = tempfile::tempdir().unwrap();
    let (rules, csv) = rules_and_export(dir.path());
    let out = stdout_of(
        handoff()
            .args(["replay", "-q", "-f", "jsonl", "--rules"])
            .arg(&rules)
            .arg(&csv),
    );
    let file = write(dir.path(), "out.jsonl", &out);
    let assert = handoff()
        .args(["replay", "--rules"])
        .arg(&rules)
        .arg(&file)
        .assert()
        .code(2);
    let err = stderr_text(&assert);
    assert!(!err.contains("D001"), "{err}");
    assert_eq!(err.matches("error:").count(), 1, "{err}");
    assert!(err.contains("no `role` key"), "{err}");
    // A line without a role among lines with one is still said, in its place.
    let mixed = write(
        dir.path(),
        "mixed.jsonl",
        "{\"conversation_id\":\"a\",\"text\":\"hi\"}\n{\"conversation_id\":\"a\",\"role\":\"customer\",\"text\":\"hi\"}\n{\"conversation_id\":\"b\",\"text\":\"x\"}\n",
    );
    let assert = handoff()
        .args(["replay", "--on-error", "skip", "--rules"])
        .arg(&rules)
        .arg(&mixed)
        .assert()
        .success();
    let err = stderr_text(&assert);
    assert_eq!(err.matches("warning[D001]").count(), 2, "{err}");
    let first = err.find("mixed.jsonl:1").unwrap();
    let third = err.find("mixed.jsonl:3").unwrap();
    assert!(first < third, "{err}");
}

/// cli39 review: past 10,000 lines without a `role`, the error came with 200 `D001`s
/// and a wrong count of the rest ("9801 further diagnostics" for 20,000 lines). The
/// single error holds at any size; once an object has the key, the lines before it
/// are each malformed, counted truly.
#[test]
fn a_key_no_object_has_is_said_once_at_any_size() {
    const LINES: usize = 20_000;
    let dir = tempfile::tempdir().unwrap();
    let (rules, _) = rules_and_export(dir.path());
    let mut text = String::new();
    for i in 0..LINES {
        text += "{\"conversation_id\":\"c";
        text += &(i / 4).to_string();
        text += "\",\"text\":\"hello\"}\n";
    }
    let file = write(dir.path(), "big.jsonl", &text);
    let assert = handoff()
        .args(["replay", "--rules"])
        .arg(&rules)
        .arg(&file)
        .assert()
        .code(2);
    let err = stderr_text(&assert);
    assert!(!err.contains("D001"), "{err}");
    assert!(!err.contains("further diagnostic"), "{err}");
    assert_eq!(err.matches("error:").count(), 1, "{err}");
    assert!(err.contains("no `role` key"), "{err}");
    // One object with the key at the end: the 20,000 before it are each skipped,
    // the first 200 listed and the rest counted.
    text.push_str("{\"conversation_id\":\"z\",\"role\":\"customer\",\"text\":\"hi\"}\n");
    let file = write(dir.path(), "late.jsonl", &text);
    let assert = handoff()
        .args(["replay", "--on-error", "skip", "--rules"])
        .arg(&rules)
        .arg(&file)
        .assert()
        .success();
    let err = stderr_text(&assert);
    assert_eq!(err.matches("warning[D001]").count(), 200, "{err}");
    assert!(err.contains("late.jsonl:1\n"), "{err}");
    assert!(
        err.contains(&format!(
            "{} further diagnostics are not shown",
            LINES - 200
        )),
        "{err}"
    );
}
