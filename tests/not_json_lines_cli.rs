//! A file read as JSONL that is not JSON lines at all (prose, a JSON document over many
//! lines) is one error naming the file, its first line and what chose JSONL; a JSONL
//! file with a few bad lines among good ones keeps a `D001` for each.

use std::fmt::Write as _;

use crate::common::{handoff, stderr_text, stdout_text, write};

const OBJECT: &str = "{\"conversation_id\": \"a\", \"role\": \"customer\", \"text\": \"hi\"}";

/// Notes of prose, some with commas, `n` lines.
fn prose(n: usize) -> String {
    let mut text = String::new();
    for i in 0..n {
        writeln!(
            text,
            "Call {i}: the customer asked about pricing, and we promised a follow-up."
        )
        .unwrap();
    }
    text
}

/// 300 lines of prose in a `.jsonl` file gave 200 D001 warnings and a note of 100 more.
#[test]
fn a_jsonl_file_of_prose_is_one_error_naming_the_extension() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "notes.jsonl", &prose(300));
    let run = handoff().arg("replay").arg(&path).assert().code(2);
    assert_eq!(
        stderr_text(&run),
        format!(
            "error: {}:1: this is not JSON lines (JSONL): none of its first 5 lines is a JSON object: line 1 does not start with `{{`\n  hint: the file's name `.jsonl` chose JSONL, one JSON object a line: give the transcript export itself; if this file is a CSV export, give --input-format csv to read it as CSV\n",
            path.display()
        )
    );
    assert_eq!(stdout_text(&run), "");
}

/// The flag is named when it chose, and a file shorter than five lines, none of them an
/// object, is said whole; its blank lines are not counted.
#[test]
fn a_short_file_read_as_jsonl_by_the_flag_names_the_flag() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "notes.txt", "\nhello\n\nworld\n");
    let err = stderr_text(
        &handoff()
            .args(["replay", "--input-format", "jsonl"])
            .arg(&path)
            .assert()
            .code(2),
    );
    assert_eq!(
        err,
        format!(
            "error: {}:2: this is not JSON lines (JSONL): none of its 2 lines that are not blank is a JSON object: line 2 does not start with `{{`\n  hint: --input-format jsonl chose JSONL, one JSON object a line: give the transcript export itself; if this file is a CSV export, leave --input-format out, or give csv to read it as CSV\n",
            path.display()
        )
    );
}

/// A JSON document written over many lines, sniffed as JSONL by its `{`.
#[test]
fn a_pretty_printed_json_document_is_told_to_be_written_one_object_a_line() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(
        dir.path(),
        "export",
        "{\n  \"conversation_id\": \"a\",\n  \"role\": \"customer\",\n  \"text\": \"hi\"\n}\n",
    );
    let err = stderr_text(&handoff().arg("replay").arg(&path).assert().code(2));
    assert!(
        err.starts_with(&format!(
            "error: {}:1: this is not JSON lines (JSONL): none of its first 5 lines is a JSON object: line 1 is invalid JSON (EOF while parsing an object)\n  hint: its first character `{{` chose JSONL",
        path.display()
        )),
        "{err}"
    );
    assert!(err.contains("`jq -c '.[]'"), "{err}");
    assert_eq!(err.lines().count(), 2, "{err}");
}

/// Bad lines before the first object, and among the objects: each its own `D001`, in
/// the order of the file, and the objects read.
#[test]
fn a_few_bad_lines_among_objects_are_each_a_malformed_row() {
    let dir = tempfile::tempdir().unwrap();
    let text = format!("{}{OBJECT}\n{}{OBJECT}\n", prose(4), prose(7));
    let path = write(dir.path(), "mixed.jsonl", &text);
    let run = handoff()
        .args(["replay", "-q", "--on-error", "skip"])
        .arg(&path)
        .assert()
        .success();
    let err = stderr_text(&run);
    assert!(!err.contains("not JSON lines"), "{err}");
    let lines: Vec<String> = err
        .lines()
        .filter_map(|l| l.trim_start().strip_prefix("--> "))
        .map(ToOwned::to_owned)
        .collect();
    let expected: Vec<String> = (1..=4)
        .chain(6..=12)
        .map(|n| format!("{}:{n}:1", path.display()))
        .collect();
    assert_eq!(lines, expected, "{err}");
    assert_eq!(err.matches("warning[D001]").count(), 11, "{err}");
    assert_eq!(stdout_text(&run).lines().count(), 1);
}
