//! `handoff coverage --labels` on labels that do not meet the replay: unmatched labels in
//! every format, labels matching no conversation, misses past the examples, rows of empty
//! cells (the evaluation itself: `coverage_labels_cli.rs`).

use std::path::Path;

use predicates::str::contains;

use crate::common::{exits_2_saying, handoff, stderr_text, stdout_of, write};

/// `handoff coverage FLAGS --labels LABELS`.
fn coverage(flags: &[&str], labels: &Path) -> assert_cmd::Command {
    let mut cmd = handoff();
    cmd.arg("coverage").args(flags).arg("--labels").arg(labels);
    cmd
}

/// The stdout of [`coverage`], which must succeed.
fn covered(flags: &[&str], labels: &Path) -> String {
    stdout_of(&mut coverage(flags, labels))
}

/// The stderr of [`coverage`], which must exit 2.
fn refused(flags: &[&str], labels: &Path) -> String {
    stderr_text(&exits_2_saying(&mut coverage(flags, labels), &[]))
}

/// Labels that matched no conversation were counted but never named,
/// and an id differing from a conversation's only by case was silently unmatched. Every
/// format names the first few (JSON all of them) and hints at the case difference.
#[test]
fn unmatched_labels_are_named_in_every_format() {
    let dir = tempfile::tempdir().unwrap();
    let gone = "gone-1,true\ngone-2,true\ngone-3,true\ngone-4,true\ngone-5,true\ngone-6,true\n";
    let text = format!(
        "conversation_id,expected_escalated\n C01-ENTERPRISE-DISCOUNT ,true\nc09-not-frustrated,false\n{gone}"
    );
    let labels = write(dir.path(), "labels.csv", &text);
    let run = |format: &str| covered(&["-f", format], &labels);
    let table = run("table");
    assert!(
        table.contains("(8 labels: 0 blank, 7 matched no conversation)\n"),
        "{table}"
    );
    assert!(
        table.contains("  matched no conversation: `C01-ENTERPRISE-DISCOUNT`, `gone-1`, `gone-2`, `gone-3`, `gone-4` and 2 more\n"),
        "{table}"
    );
    let hint = "label `C01-ENTERPRISE-DISCOUNT` differs only in case from conversation \
                `c01-enterprise-discount` (ids are matched exactly)";
    assert!(table.contains(&format!("  hint: {hint}\n")), "{table}");
    let md = run("markdown");
    assert!(
        md.contains("Labels that matched no conversation: `C01-ENTERPRISE-DISCOUNT`, `gone-1`, `gone-2`, `gone-3`, `gone-4` and 2 more."),
        "{md}"
    );
    assert!(md.contains(&format!("*Hint:* {hint}.")), "{md}");
    let html = run("html");
    assert!(
        html.contains("<p>Labels that matched no conversation: <code>C01-ENTERPRISE-DISCOUNT</code>, <code>gone-1</code>,"),
        "{html}"
    );
    assert!(
        html.contains(
            "differs only in case from conversation <code>c01-enterprise-discount</code>"
        ),
        "{html}"
    );
    let json: serde_json::Value = serde_json::from_str(&run("json")).unwrap();
    assert_eq!(
        json["labels"]["unmatched_ids"],
        serde_json::json!([
            "C01-ENTERPRISE-DISCOUNT",
            "gone-1",
            "gone-2",
            "gone-3",
            "gone-4",
            "gone-5",
            "gone-6"
        ])
    );
    assert_eq!(
        json["labels"]["case_mismatches"],
        serde_json::json!({"C01-ENTERPRISE-DISCOUNT": "c01-enterprise-discount"})
    );
    // Every label matched: no line, no key.
    let matched = write(
        dir.path(),
        "matched.csv",
        "conversation_id,expected_escalated\nc09-not-frustrated,false\n",
    );
    let out = covered(&[], &matched);
    assert!(!out.contains("matched no conversation:"), "{out}");
}

/// Labels none of which named a conversation of the input (an id column mapped wrong)
/// gave "0 labelled conversations found" and exit 0 without a word on stderr: a
/// warning now, with an id of each side, on stderr and in the JSON's diagnostics.
#[test]
fn labels_that_match_no_conversation_are_a_warning() {
    let dir = tempfile::tempdir().unwrap();
    let labels = write(
        dir.path(),
        "labels.csv",
        "conversation_id,file,expected_team\nc01-enterprise-discount,a.json,senior-ae\nc14-opening-hours,b.json,none\n",
    );
    let stderr = stderr_text(
        &coverage(&["--label-column", "conversation_id=file"], &labels)
            .assert()
            .success(),
    );
    assert!(
        stderr.contains(&format!(
            "warning: none of the 2 labels in {} names a conversation of the input: their ids (such as `a.json`) are not the input's (such as `c01-enterprise-discount`)",
            labels.display()
        )),
        "{stderr}"
    );
    assert!(
        stderr.contains("`--label-column conversation_id=COLUMN`"),
        "{stderr}"
    );
    let json = covered(
        &["-f", "json", "--label-column", "conversation_id=file"],
        &labels,
    );
    assert!(json.contains("none of the 2 labels in"), "{json}");
    // One label alone, said in the singular; under --redact the ids are masked.
    let one = write(
        dir.path(),
        "one.csv",
        "conversation_id,expected_team\nsam@acme.example,frontline\n",
    );
    coverage(&["--redact"], &one)
        .assert()
        .success()
        .stderr(contains(format!(
            "warning: the one label in {} names no conversation of the input: its id, `[email]`, is not the input's (such as `c01-enterprise-discount`)",
            one.display()
        )));
    // One label that matches: no warning.
    coverage(&[], &labels).assert().success().stderr(
        predicates::prelude::PredicateBooleanExt::not(contains("names a conversation")),
    );
}

/// The labels' misses ended "… 23 misses in all" where every gap says "… and N more";
/// they say both now.
#[test]
fn misses_past_the_examples_say_how_many_more() {
    let dir = tempfile::tempdir().unwrap();
    // Every conversation of the fixtures (their ids as replay gives them: some rows
    // hold line breaks), labelled for a team few go to.
    let jsonl = stdout_of(handoff().args(["replay", "-q", "-f", "jsonl"]));
    let mut rows = String::new();
    for line in jsonl.lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        rows.push_str(v["conversation_id"].as_str().unwrap());
        rows.push_str(",legal\n");
    }
    let labels = write(
        dir.path(),
        "labels.csv",
        &format!("conversation_id,expected_team\n{rows}"),
    );
    let out = covered(&[], &labels);
    let shown = out.matches("  miss: ").count() as u64;
    let line = out
        .lines()
        .find(|l| l.contains("misses in all"))
        .unwrap_or_else(|| panic!("{out}"));
    let total: u64 = line
        .split('(')
        .nth(1)
        .and_then(|t| t.split(' ').next())
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("{line}"));
    assert_eq!(
        line,
        format!("  … and {} more ({total} misses in all)", total - shown),
        "{out}"
    );
    let md = covered(&["-f", "markdown"], &labels);
    assert!(
        md.contains(&format!("more ({total} misses in all)")),
        "{md}"
    );
}

/// A spreadsheet's empty rows (`,` at the end of its export) were "empty conversation
/// id", exit 2: a row of empty cells holds nothing, and is skipped as an empty line is.
/// An empty id beside a label is still an error.
#[test]
fn a_row_of_empty_cells_is_skipped_as_an_empty_line() {
    let dir = tempfile::tempdir().unwrap();
    let labels = write(
        dir.path(),
        "labels.csv",
        "conversation_id,expected_team\r\nc01-enterprise-discount,senior-ae\r\n,\r\n , \r\n",
    );
    let out = covered(&[], &labels);
    assert!(
        out.contains(
            "labels: 1 labelled conversation found (1 label: 0 blank, 0 matched no conversation)"
        ),
        "{out}"
    );
    let bad = write(
        dir.path(),
        "bad.csv",
        "conversation_id,expected_team\nc01-enterprise-discount,senior-ae\n,legal\n",
    );
    exits_2_saying(
        &mut coverage(&[], &bad),
        &["bad.csv:3: empty conversation id"],
    );
}

/// cli43: a labels file without the needed columns listed its header normalised
/// (`ticket_#`, `team_name`), names the file does not have: they are listed as written,
/// and under `--redact` an email written as a column is still masked.
#[test]
fn a_missing_column_lists_the_columns_as_written() {
    let dir = tempfile::tempdir().unwrap();
    let labels = write(
        dir.path(),
        "labels.csv",
        "Ticket #,Team Name\nc01-enterprise-discount,senior-ae\n",
    );
    let err = refused(&[], &labels);
    assert!(
        err.contains("no `conversation_id` column; the columns are: `Ticket #`, `Team Name` ("),
        "{err}"
    );
    let labels = write(
        dir.path(),
        "labels.csv",
        "Conversation ID,Team Name\nc01-enterprise-discount,senior-ae\n",
    );
    let err = refused(&[], &labels);
    assert!(
        err.contains("the columns are: `Conversation ID`, `Team Name` (map one with"),
        "{err}"
    );
    let labels = write(
        dir.path(),
        "labels.csv",
        "ana@example.com,Team Name\nc01-enterprise-discount,senior-ae\n",
    );
    let err = refused(&["--redact"], &labels);
    assert!(err.contains("`Team Name`"), "{err}");
    assert!(!err.contains("ana@example.com"), "{err}");
}
