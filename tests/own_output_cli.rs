//! handoff's own output given back to `replay` (cli39): `-f json`'s array and one
//! packet's `.json` got the generic JSON hints, where `-f jsonl`'s outcomes were told
//! for what they are; and those outcomes, no line of which has a `role`, printed a
//! `D001` a line before the error that explains the file. Each is told once. cli40:
//! the same output re-indented (`jq .`) or compacted (`jq -c`) is told the same.

use std::path::{Path, PathBuf};

use predicates::prelude::*;
use predicates::str::contains;

use crate::common::{ANGRY_RULES, handoff, stderr_text, stdout_of, write};

const OWN: &str = "hint: this looks like handoff's own output (";

fn rules_and_export(dir: &Path) -> (PathBuf, PathBuf) {
    let rules = write(dir, "rules.yaml", ANGRY_RULES);
    let csv = write(
        dir,
        "t.csv",
        "conversation_id,role,text\na,customer,this is ridiculous\nb,customer,hi\nc,customer,hello\n",
    );
    (rules, csv)
}

/// What `replay -q <args> --rules rules.yaml t.csv` writes in `dir`, with the rules.
fn replayed(dir: &Path, args: &[&str]) -> (PathBuf, String) {
    let (rules, csv) = rules_and_export(dir);
    let out = stdout_of(
        handoff()
            .args(["replay", "-q"])
            .args(args)
            .arg("--rules")
            .arg(&rules)
            .arg(&csv),
    );
    (rules, out)
}

/// `file` given back to `replay --rules rules`: it must fail (exit 2) with the hint
/// that it is handoff's own output, `what`, and not a generic JSON or header one.
fn told_as_own_output(rules: &Path, file: &Path, what: &str) {
    let assert = handoff()
        .args(["replay", "--rules"])
        .arg(rules)
        .arg(file)
        .assert()
        .code(2)
        .stderr(contains(format!("{OWN}{what}), not a transcript export")))
        .stderr(contains("this is JSON, not CSV").not())
        .stderr(contains("jq -c").not())
        .stderr(contains("twice").not());
    let err = stderr_text(&assert);
    assert_eq!(err.matches("error:").count(), 1, "{err}");
    // A JSON array's `[` read as a header is no column without a name to warn of.
    assert!(!err.contains("D013"), "{err}");
}

/// `json` re-indented as `jq .` writes it: a value a line, each object's keys in the
/// order written (`serde_json`'s own pretty printer here would sort them).
fn reindented(json: &str) -> String {
    let (mut out, mut depth, mut in_string, mut escaped) = (String::new(), 0usize, false, false);
    let newline = |out: &mut String, depth: usize| {
        out.push('\n');
        out.push_str(&"  ".repeat(depth));
    };
    for c in json.chars() {
        if in_string {
            out.push(c);
            match c {
                _ if escaped => escaped = false,
                '\\' => escaped = true,
                '"' => in_string = false,
                _ => {}
            }
            continue;
        }
        match c {
            '"' => {
                in_string = true;
                out.push(c);
            }
            '{' | '[' => {
                depth += 1;
                out.push(c);
                newline(&mut out, depth);
            }
            '}' | ']' => {
                depth = depth.saturating_sub(1);
                newline(&mut out, depth);
                out.push(c);
            }
            ',' => {
                out.push(c);
                newline(&mut out, depth);
            }
            ':' => out.push_str(": "),
            c if c.is_whitespace() => {}
            c => out.push(c),
        }
    }
    out.push('\n');
    out
}

#[test]
fn a_json_array_of_outcomes_is_told_as_handoffs_own_output() {
    let dir = tempfile::tempdir().unwrap();
    let (rules, out) = replayed(dir.path(), &["-f", "json"]);
    let array = "`replay -f json`'s outcomes, a JSON array";
    told_as_own_output(&rules, &write(dir.path(), "out.json", &out), array);
    // cli40: re-indented (`jq .`, keys in order or sorted), the generic JSON hint.
    let pretty = write(dir.path(), "pretty.json", &reindented(&out));
    told_as_own_output(&rules, &pretty, array);
    let value: serde_json::Value = serde_json::from_str(&out).unwrap();
    let sorted = serde_json::to_string_pretty(&value).unwrap();
    told_as_own_output(&rules, &write(dir.path(), "sorted.json", &sorted), array);
    // Compacted (`jq -c`), its objects' keys read as columns, each twice.
    let compact = serde_json::to_string(&value).unwrap();
    told_as_own_output(&rules, &write(dir.path(), "compact.json", &compact), array);
    // Its objects re-indented, not in an array (`jq '.[]'`): a JSON document read as
    // JSONL (its first character is `{`), told by its first keys, in order or sorted.
    let objects: String = out
        .lines()
        .filter(|line| line.trim_start().starts_with('{'))
        .map(|line| reindented(line.trim().trim_end_matches(',')))
        .collect();
    let written =
        "`replay`'s outcomes as JSON over many lines: `-f json`'s array, or its lines re-indented";
    told_as_own_output(
        &rules,
        &write(dir.path(), "objects.json", &objects),
        written,
    );
    let sorted: String = value
        .as_array()
        .unwrap()
        .iter()
        .map(|o| serde_json::to_string_pretty(o).unwrap() + "\n")
        .collect();
    told_as_own_output(&rules, &write(dir.path(), "sorted.jsonl", &sorted), written);
}

#[test]
fn json_that_is_not_handoffs_own_is_still_told_as_json() {
    let dir = tempfile::tempdir().unwrap();
    let (rules, _) = rules_and_export(dir.path());
    // An export's messages as a JSON array, compacted and re-indented: JSON, not
    // handoff's output, and not a header with a column twice.
    let messages = r#"[{"conversation_id":"a","speaker":"customer","body":"hi"},{"conversation_id":"a","speaker":"bot","body":"hello"}]"#;
    for (name, text) in [
        ("compact.json", messages.to_owned()),
        ("pretty.json", reindented(messages)),
    ] {
        let file = write(dir.path(), name, &text);
        let assert = handoff()
            .args(["replay", "--rules"])
            .arg(&rules)
            .arg(&file)
            .assert()
            .code(2)
            .stderr(contains("hint: this is JSON, not CSV"))
            .stderr(contains("own output").not())
            .stderr(contains("twice").not());
        let err = stderr_text(&assert);
        assert!(!err.contains("D013"), "{err}");
    }
    // A CSV header with a column twice is still told so.
    let twice = write(
        dir.path(),
        "twice.csv",
        "conversation_id,role,text,text\na,customer,hi,x\n",
    );
    handoff()
        .args(["replay", "--rules"])
        .arg(&rules)
        .arg(&twice)
        .assert()
        .code(2)
        .stderr(contains("the header has column `text` twice"));
}

#[test]
fn a_packet_json_file_is_told_as_handoffs_own_output() {
    let dir = tempfile::tempdir().unwrap();
    let packets = dir.path().join("packets");
    let packets_arg = packets.to_str().unwrap();
    let (rules, _) = replayed(dir.path(), &["-f", "jsonl", "--packets", packets_arg]);
    let one = "`replay --packets`' packets, as JSON over many lines";
    told_as_own_output(&rules, &packets.join("a.json"), one);
    // Re-indented, it is told the same; read as CSV (named so), too.
    let text = std::fs::read_to_string(packets.join("a.json")).unwrap();
    let four = reindented(&text).replace("\n  ", "\n    ");
    told_as_own_output(&rules, &write(dir.path(), "four.json", &four), one);
    // cli40 review: many packets re-indented were told "a packet …, one JSON document".
    let many = reindented(&text).repeat(3);
    told_as_own_output(&rules, &write(dir.path(), "many.json", &many), one);
    let as_csv = write(dir.path(), "packet.csv", &text);
    told_as_own_output(&rules, &as_csv, "a packet `replay --packets` wrote");
}

/// cli41: a packet with its keys sorted (`jq -S .`) was told to be written "one object
/// a line", the generic JSON advice: the few lines read showed none of `version`,
/// `conversation_id` and `escalation`. Sorted, its first keys tell it; compacted
/// (`jq -c .`, `jq -S -c .`), a packet a line, it is told as such too.
#[test]
fn a_packet_sorted_or_compacted_by_jq_is_told_as_handoffs_own_output() {
    let dir = tempfile::tempdir().unwrap();
    let packets = dir.path().join("packets");
    let packets_arg = packets.to_str().unwrap();
    let (rules, _) = replayed(dir.path(), &["-f", "jsonl", "--packets", packets_arg]);
    let text = std::fs::read_to_string(packets.join("a.json")).unwrap();
    let value: serde_json::Value = serde_json::from_str(&text).unwrap();
    // serde_json's own printer sorts the keys, as `jq -S` does.
    let sorted = serde_json::to_string_pretty(&value).unwrap();
    assert!(sorted.starts_with("{\n  \"bridge_message\": "), "{sorted}");
    let many = "`replay --packets`' packets, as JSON over many lines";
    told_as_own_output(&rules, &write(dir.path(), "sorted.json", &sorted), many);
    // One whose bridge message failed: sorted, `bridge_error` comes first (review).
    let mut failed = value.clone();
    failed["bridge_error"] = serde_json::json!("undefined value: `customer.company`");
    let sorted = serde_json::to_string_pretty(&failed).unwrap();
    assert!(sorted.starts_with("{\n  \"bridge_error\": "), "{sorted}");
    told_as_own_output(&rules, &write(dir.path(), "failed.json", &sorted), many);
    let line = "`replay --packets`, a packet a line";
    let compact = format!("{value}\n");
    for (name, text) in [("c.json", &compact), ("c.jsonl", &compact.repeat(2))] {
        told_as_own_output(&rules, &write(dir.path(), name, text), line);
    }
}

#[test]
fn outcomes_without_a_role_anywhere_are_said_once_not_a_d001_a_line() {
    let dir = tempfile::tempdir().unwrap();
    let (rules, out) = replayed(dir.path(), &["-f", "jsonl"]);
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
