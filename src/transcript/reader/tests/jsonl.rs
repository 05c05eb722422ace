//! JSONL rows: objects flattened, a key written twice, lines that are no object or no
//! JSON, the id key missing, the key order kept, byte order marks and unnamed keys
//! inside a file.

use super::*;

/// A key written twice in one object kept the last value silently.
#[test]
fn a_jsonl_object_with_two_keys_for_a_field_is_a_malformed_row() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(
        dir.path(),
        "t.jsonl",
        concat!(
            "{\"conversation_id\":\"a\",\"role\":\"user\",\"text\":\"hi\",\"tier\":\"pro\"}\n",
            "{\"conversation_id\":\"a\",\"role\":\"user\",\"text\":\"hi\",\"text\":\"talk to a human\"}\n",
            "{\"conversation_id\":\"a\",\"role\":\"user\",\"text\":\"hi\",\"Tier\":\"pro\",\"tier\":\"free\"}\n",
        )
        .as_bytes(),
    );
    let (convs, report) = read(&[path]);
    assert_eq!(convs[0].messages.len(), 1);
    assert_eq!(report.skipped_rows, 2);
    assert_eq!(codes(&report), ["D001", "D001"], "no D005 for Tier/tier");
    assert!(
        report.diagnostics[0]
            .message
            .contains("key `text` appears twice")
    );
    assert_eq!(report.diagnostics[1].location.as_ref().unwrap().line, 3);
    assert!(
        report.diagnostics[1]
            .message
            .contains("keys `Tier` and `tier` both name the field `tier`")
    );
}

#[test]
fn jsonl_objects_flatten_and_stringify() {
    let dir = tempfile::tempdir().unwrap();
    let jsonl = concat!(
        "{\"conversation_id\": 42, \"role\": \"user\", \"text\": \"hi\", \"customer\": {\"tier\": \"pro\", \"seats\": 12}, \"vip\": true}\n",
        "\n",
        "not json\n",
        "[1, 2]\n",
        "{\"conversation_id\": 42, \"role\": \"assistant\", \"text\": \"hello\", \"timestamp\": 1709284500}\n",
    );
    let (convs, report) = read(&[write(dir.path(), "t.jsonl", jsonl.as_bytes())]);
    assert_eq!(convs[0].id, "42");
    assert_eq!(convs[0].messages.len(), 2);
    assert_eq!(convs[0].metadata.get("customer_tier"), Some("pro"));
    assert_eq!(convs[0].metadata.get("customer_seats"), Some("12"));
    assert_eq!(convs[0].metadata.get("vip"), Some("true"));
    assert!(convs[0].messages[1].timestamp.is_some());
    assert_eq!(codes(&report), ["D001", "D001"]);
    assert_eq!(report.diagnostics[0].location.as_ref().unwrap().line, 3);
    assert!(report.diagnostics[0].message.contains("not a JSON object"));
    assert!(report.diagnostics[1].message.contains("not a JSON object"));
}

/// `not json` was "invalid JSON: expected ident", serde's word for
/// what it made of `null`. A line that does not start with `{` is not an object, said in
/// words at its first character; a line that does keeps serde's message and column.
#[test]
fn a_jsonl_line_that_is_not_an_object_says_so_in_words() {
    let dir = tempfile::tempdir().unwrap();
    let jsonl = concat!(
        "{\"conversation_id\": \"a\", \"role\": \"customer\", \"text\": \"hi\"}\n",
        "not json\n",
        "  42\n",
        "{\"conversation_id\": \"a\", \"text\": \"hi\",}\n",
        "{\"conversation_id\": \"a\"\n",
    );
    let (convs, report) = read(&[write(dir.path(), "t.jsonl", jsonl.as_bytes())]);
    assert_eq!(convs[0].messages.len(), 1);
    assert_eq!(codes(&report), ["D001", "D001", "D001", "D001"]);
    let at = |i: usize| {
        let d = &report.diagnostics[i];
        let loc = d.location.as_ref().unwrap();
        (d.message.as_str(), loc.line, loc.column)
    };
    let not_object = "skipped malformed row: not a JSON object (a line must start with `{`)";
    assert_eq!(at(0), (not_object, 2, Some(1)));
    assert_eq!(
        at(1),
        (not_object, 3, Some(3)),
        "at the value, past the indent"
    );
    assert!(!report.diagnostics[0].message.contains("ident"));
    assert!(
        at(2).0.contains("invalid JSON: trailing comma"),
        "{:?}",
        at(2)
    );
    assert!(
        at(3)
            .0
            .contains("invalid JSON: EOF while parsing an object"),
        "{:?}",
        at(3)
    );
}

/// `{"text": 1e400}` on line 3 was "number out of range at line 1 column 66" next
/// to `file:3`: the inner "line 1" is the row's, not the file's.
#[test]
fn a_jsonl_syntax_error_is_at_the_row_line_and_its_column() {
    let dir = tempfile::tempdir().unwrap();
    let jsonl = "{\"conversation_id\": \"a\", \"role\": \"customer\", \"text\": \"hi\"}\n\n  {\"text\": 1.x}\n";
    let (_, report) = read(&[write(dir.path(), "t.jsonl", jsonl.as_bytes())]);
    assert_eq!(codes(&report), ["D001"]);
    let d = &report.diagnostics[0];
    assert!(
        d.message.ends_with("invalid JSON: invalid number"),
        "{}",
        d.message
    );
    let loc = d.location.as_ref().unwrap();
    assert_eq!(
        (loc.line, loc.column),
        (3, Some(14)),
        "the number, past the indent"
    );
}

#[test]
fn jsonl_without_the_id_key_is_a_mapping_error() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(
        dir.path(),
        "t.jsonl",
        b"{\"ticket\": 1, \"role\": \"user\", \"text\": \"hi\"}\n",
    );
    let (result, _) = read_with(ReaderBuilder::new(), &[path]);
    let err = result.unwrap_err().to_string();
    assert!(err.contains("no `conversation_id` key"), "{err}");
    assert!(err.contains("`role`, `text`, `ticket`"), "{err}");
}

/// JSONL metadata keeps the file's key order, as CSV metadata keeps the column order;
/// a key first given on a later row comes after.
#[test]
fn jsonl_metadata_keeps_the_key_order_of_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let jsonl = concat!(
        r#"{"conversation_id":"a","zeta":"1","role":"customer","text":"hi","alpha":"2","plan":{"b":"3","a":"4"}}"#,
        "\n",
        r#"{"alpha":"2","conversation_id":"a","role":"bot","text":"hello","mid":"5"}"#,
        "\n",
    );
    let (convs, report) = read(&[write(dir.path(), "t.jsonl", jsonl.as_bytes())]);
    assert!(report.diagnostics.is_empty(), "{:?}", report.diagnostics);
    let keys: Vec<&str> = convs[0].metadata.iter().map(|(k, _)| k).collect();
    assert_eq!(keys, ["zeta", "alpha", "plan_b", "plan_a", "mid"]);
}

/// A UTF-8 byte order mark starting a line past the first of a JSONL file (files
/// each saved with one, joined with `cat`) made the line a bare JSON parse error, its
/// message lost. It is left out, as at the start of a file, and said (D015), counted.
#[test]
fn a_byte_order_mark_inside_a_jsonl_file_is_left_out_and_said() {
    let dir = tempfile::tempdir().unwrap();
    let line = |id: &str| {
        format!("\u{feff}{{\"conversation_id\":\"{id}\",\"role\":\"customer\",\"text\":\"hi\"}}\n")
    };
    let jsonl = format!("{}{}{}", line("a"), line("b"), line("c"));
    let (convs, report) = read(&[write(dir.path(), "t.jsonl", jsonl.as_bytes())]);
    assert_eq!(
        convs.iter().map(|c| c.id.as_str()).collect::<Vec<_>>(),
        ["a", "b", "c"]
    );
    assert_eq!((report.skipped_rows, report.inner_boms), (0, 2));
    assert_eq!(codes(&report), ["D015"]);
    assert_eq!(
        report.diagnostics[0].location.as_ref().map(|l| l.line),
        Some(2)
    );
}

/// As a CSV header's unnamed column, a JSONL key without a name (`""`, `#`) was left out
/// without a word: said once per file, at the first line with one (D013).
#[test]
fn a_jsonl_key_without_a_name_is_said_once_per_file() {
    let dir = tempfile::tempdir().unwrap();
    let jsonl = "{\"conversation_id\":\"a\",\"role\":\"customer\",\"text\":\"hi\"}\n\
                 {\"conversation_id\":\"a\",\"role\":\"bot\",\"text\":\"yo\",\"#\":\"x\"}\n\
                 {\"conversation_id\":\"a\",\"role\":\"bot\",\"text\":\"yo\",\"\":\"y\"}\n";
    let (convs, report) = read(&[write(dir.path(), "t.jsonl", jsonl.as_bytes())]);
    assert_eq!(convs[0].messages.len(), 3);
    assert!(convs[0].metadata.is_empty());
    assert_eq!(codes(&report), ["D013"]);
    assert_eq!(
        report.diagnostics[0]
            .to_string()
            .replace(&format!("{}/", dir.path().display()), ""),
        "t.jsonl:2: warning[D013]: key `#` has no name (no letter or digit): its value is not read, as metadata or otherwise (said once per file)"
    );
}
