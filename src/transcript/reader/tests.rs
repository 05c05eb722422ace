//! Reading transcripts: rows grouped into conversations with their metadata, line
//! numbers, roles, timestamps, gzip, formats sniffed, recycled messages; the helpers the
//! other files of tests/ share (malformed CSV rows, headers, JSONL, reappearing ids).

use std::fmt::Write as _;
use std::io::Write as _;
use std::path::{Path, PathBuf};

use super::*;
use crate::transcript::{GroupPolicy, Input, Role};

fn write(dir: &Path, name: &str, content: &[u8]) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, content).unwrap();
    path
}

fn read_with(
    builder: ReaderBuilder,
    paths: &[PathBuf],
) -> (Result<Vec<Conversation>, ReadError>, ReadReport) {
    let mut reader = builder.build(paths.iter().cloned().map(Input::Path).collect());
    let result: Result<Vec<_>, _> = reader.by_ref().collect();
    (result, reader.into_report())
}

fn read(paths: &[PathBuf]) -> (Vec<Conversation>, ReadReport) {
    let (result, report) = read_with(ReaderBuilder::new(), paths);
    (result.unwrap(), report)
}

fn codes(report: &ReadReport) -> Vec<&str> {
    report
        .diagnostics
        .iter()
        .map(|d| d.code.unwrap_or("-"))
        .collect()
}

const HEADER: &str = "conversation_id,timestamp,role,text,tier\n";

#[test]
fn rows_group_into_conversations_with_metadata() {
    let dir = tempfile::tempdir().unwrap();
    let csv = format!(
        "{HEADER}a,2024-01-01T10:00:00Z,customer,hello,pro\na,2024-01-01T10:01:00Z,bot,hi,\nb,,User,yo,\n"
    );
    let (convs, report) = read(&[write(dir.path(), "t.csv", csv.as_bytes())]);
    assert_eq!(convs.len(), 2);
    assert_eq!(convs[0].id, "a");
    assert_eq!(convs[0].messages.len(), 2);
    assert_eq!(convs[0].messages[1].role, Role::Bot);
    assert_eq!(convs[0].messages[1].line, 3);
    assert_eq!(convs[0].metadata.get("tier"), Some("pro"));
    assert!(convs[0].messages[0].timestamp.is_some());
    assert_eq!(
        convs[1].messages[0].role,
        Role::Customer,
        "roles are case-insensitive"
    );
    assert!(convs[1].metadata.is_empty());
    assert_eq!(
        (report.rows, report.messages, report.skipped_rows),
        (3, 3, 0)
    );
    assert!(report.diagnostics.is_empty(), "{:?}", report.diagnostics);
}

#[test]
fn quoted_newlines_crlf_and_a_bom_are_fine() {
    let dir = tempfile::tempdir().unwrap();
    let csv = "\u{feff}conversation_id,role,text\r\na,customer,\"line one\r\nline two, with \"\"quotes\"\"\"\r\na,bot,ok\r\n";
    let (convs, report) = read(&[write(dir.path(), "t.csv", csv.as_bytes())]);
    assert_eq!(
        convs[0].messages[0].text,
        "line one\r\nline two, with \"quotes\""
    );
    assert_eq!(
        convs[0].messages[1].line, 4,
        "lines count the quoted newline"
    );
    assert!(report.diagnostics.is_empty());
}

#[test]
fn line_numbers_survive_crlf_blank_lines_and_long_files() {
    use std::fmt::Write as _;
    let dir = tempfile::tempdir().unwrap();
    let mut csv = String::from("\u{feff}conversation_id,role,text\r\n\r\n");
    for i in 0..5000 {
        write!(csv, "c{i},customer,\"two\r\nlines\"\r\n").unwrap();
    }
    csv.push_str("x,customer\r\n");
    let (convs, report) = read(&[write(dir.path(), "t.csv", csv.as_bytes())]);
    assert_eq!(convs[0].messages[0].line, 3);
    assert_eq!(convs[4999].messages[0].line, 3 + 2 * 4999);
    assert_eq!(
        report.diagnostics[0].location.as_ref().unwrap().line,
        3 + 2 * 5000
    );
}

#[test]
fn unknown_roles_are_kept_and_reported_once() {
    let dir = tempfile::tempdir().unwrap();
    let csv = "conversation_id,role,text\na,system,x\na,system,y\na,,z\n";
    let (convs, report) = read(&[write(dir.path(), "t.csv", csv.as_bytes())]);
    assert_eq!(convs[0].messages.len(), 3);
    assert!(convs[0].messages.iter().all(|m| m.role == Role::Other));
    assert_eq!(report.unknown_roles.get("system"), Some(&2));
    assert_eq!(report.unknown_roles.get(""), Some(&1));
    assert_eq!(codes(&report), ["D002", "D002"]);
    assert_eq!(
        report.diagnostics[0].help,
        [
            "map it with --role system=bot (or customer, agent), or under `input: roles:` in .handoff.yaml"
        ]
    );
    assert_eq!(
        report.diagnostics[1].help,
        ["these rows have no role: fill in the role column of the export"]
    );
}

#[test]
fn the_role_hint_guesses_the_role_and_quotes_for_the_shell() {
    let hint = super::role_hint;
    assert!(
        hint("Answer Bot").starts_with("map it with --role 'Answer Bot=bot' (or customer, agent)")
    );
    assert!(hint("Support-Team").starts_with("map it with --role Support-Team=agent"));
    assert!(hint("Requester's").starts_with("map it with --role 'Requester'\\''s=customer'"));
}

#[test]
fn bad_timestamps_out_of_order_times_and_metadata_conflicts_are_noted() {
    let dir = tempfile::tempdir().unwrap();
    let csv = format!(
        "{HEADER}a,yesterday,customer,x,pro\na,2024-01-01T10:00:00Z,bot,y,enterprise\na,2024-01-01T09:00:00Z,customer,z,\n"
    );
    let (convs, report) = read(&[write(dir.path(), "t.csv", csv.as_bytes())]);
    assert_eq!(convs[0].metadata.get("tier"), Some("pro"));
    // An unparseable value was shown as `escalation_time`: it is no time.
    assert_eq!(convs[0].messages[0].time, "");
    assert_eq!(convs[0].messages[0].timestamp, None);
    assert_eq!((report.bad_timestamps, report.out_of_order), (1, 1));
    assert_eq!(report.metadata_conflicts.get("tier"), Some(&1));
    assert_eq!(codes(&report), ["D003", "D005", "D006"]);
}

#[test]
fn empty_and_header_only_files() {
    let dir = tempfile::tempdir().unwrap();
    let empty = write(dir.path(), "empty.csv", b"");
    let header = write(dir.path(), "header.csv", HEADER.as_bytes());
    let empty_jsonl = write(dir.path(), "empty.jsonl", b"");
    let blank_csv = write(dir.path(), "blank.csv", b"\n\r\n\n");
    let blank_jsonl = write(dir.path(), "blank.jsonl", b"\n \r\n\t\n");
    let (convs, report) = read(&[empty, header, empty_jsonl, blank_csv, blank_jsonl]);
    assert!(convs.is_empty());
    assert_eq!(codes(&report), ["D007", "D007", "D007", "D007", "D007"]);
    assert_eq!(report.diagnostics[4].message, "transcript file is empty");
    assert_eq!(report.rows, 0);
    assert_eq!(
        report.diagnostics[1].message,
        "transcript file has a header and no rows"
    );
    assert_eq!(report.files.len(), 5);
}

#[test]
fn gzip_is_recognised_by_content() {
    let dir = tempfile::tempdir().unwrap();
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(b"conversation_id,role,text\na,customer,hi\n")
        .unwrap();
    let bytes = gz.finish().unwrap();
    let (convs, _) = read(&[write(dir.path(), "t.csv.gz", &bytes)]);
    assert_eq!(convs[0].messages[0].text, "hi");
}

#[test]
fn a_truncated_gzip_is_an_error_not_a_short_read() {
    let dir = tempfile::tempdir().unwrap();
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    for i in 0..2000 {
        writeln!(gz, "c{i},customer,message number {i}").unwrap();
    }
    let bytes = gz.finish().unwrap();
    let mut data = b"".to_vec();
    data.extend_from_slice(&bytes[..bytes.len() / 2]);
    let path = write(dir.path(), "t.csv.gz", &data);
    let mapping_header = ReaderBuilder::new();
    let (result, _) = read_with(mapping_header, &[path]);
    assert!(result.is_err());
}

#[test]
fn format_is_sniffed_when_the_name_does_not_say() {
    let dir = tempfile::tempdir().unwrap();
    let jsonl = write(
        dir.path(),
        "export",
        b"{\"conversation_id\":\"a\",\"role\":\"user\",\"text\":\"hi\"}\n",
    );
    let csv = write(
        dir.path(),
        "export2",
        b"conversation_id,role,text\nb,user,hi\n",
    );
    let (convs, _) = read(&[jsonl, csv]);
    assert_eq!(convs.len(), 2);
}

#[test]
fn recycled_conversations_leave_nothing_behind_in_the_next_ones() {
    use crate::transcript::Conversations as _;
    use std::fmt::Write as _;
    let dir = tempfile::tempdir().unwrap();
    // Long then short texts, metadata then none, a timestamp then none: whatever a
    // recycled message or conversation held must not show in the next.
    let mut csv = String::from(HEADER);
    for i in 0..300 {
        let (time, tier) = if i % 2 == 0 {
            ("2024-01-01T10:00:00Z", "pro")
        } else {
            ("", "")
        };
        let text = "x".repeat(if i % 3 == 0 { 200 } else { 1 });
        for j in 0..=(i % 4) {
            writeln!(csv, "c{i},{time},customer,{text} {j},{tier}").unwrap();
        }
    }
    let path = write(dir.path(), "t.csv", csv.as_bytes());
    let (fresh, _) = read(std::slice::from_ref(&path));
    let mut reader = ReaderBuilder::new().build(vec![Input::Path(path)]);
    let mut recycled = Vec::new();
    while let Some(c) = reader.next() {
        let c = c.unwrap();
        recycled.push(c.clone());
        reader.recycle(c);
    }
    assert_eq!(recycled.len(), 300);
    assert_eq!(recycled, fresh);
}

#[test]
fn bytes_in_memory_read_like_a_file_of_that_name() {
    let bytes: std::sync::Arc<[u8]> = std::sync::Arc::from(
        &b"{\"conversation_id\":\"a\",\"role\":\"customer\",\"text\":\"hi\"}\n"[..],
    );
    let mut reader = ReaderBuilder::new().build(vec![Input::Memory {
        name: PathBuf::from("chat.jsonl"),
        bytes,
    }]);
    let convs: Vec<Conversation> = reader.by_ref().collect::<Result<_, _>>().unwrap();
    assert_eq!(convs.len(), 1);
    assert_eq!(convs[0].messages[0].text, "hi");
    assert_eq!(convs[0].file.as_path(), Path::new("chat.jsonl"));
    assert_eq!(reader.report().files, [PathBuf::from("chat.jsonl")]);
}

#[test]
fn many_role_values_map_alike_before_and_after_the_remembered_few() {
    // More distinct values than the reader remembers, each twice, unknown ones between.
    let values = [
        "customer",
        "User",
        "bot",
        "AI",
        "agent",
        "Human Agent",
        "rep",
        "client",
        "lead",
        "chatbot",
        "system",
        "operator",
        "visitor",
    ];
    let expected = |v: &str| match v {
        "customer" | "User" | "client" | "lead" | "visitor" => Role::Customer,
        "bot" | "AI" | "chatbot" => Role::Bot,
        "agent" | "Human Agent" | "rep" | "operator" => Role::Agent,
        _ => Role::Other,
    };
    let mut csv = HEADER.to_owned();
    for round in 0..2 {
        for v in values {
            writeln!(csv, "c,,{v},hello {round},").unwrap();
        }
    }
    let dir = tempfile::tempdir().unwrap();
    let (convs, report) = read(&[write(dir.path(), "t.csv", csv.as_bytes())]);
    let roles: Vec<Role> = convs[0].messages.iter().map(|m| m.role).collect();
    let want: Vec<Role> = values.iter().chain(&values).map(|v| expected(v)).collect();
    assert_eq!(roles, want);
    assert_eq!(report.unknown_roles.get("system"), Some(&2));
    assert_eq!(report.unknown_roles.len(), 1);
}

#[test]
fn rows_read_with_a_lent_pool_reuse_the_messages_recycled_into_it() {
    use crate::transcript::{Conversations, Pool};
    let dir = tempfile::tempdir().unwrap();
    let csv = format!("{HEADER}a,,customer,one,\nb,,customer,two,\nc,,customer,three,\n");
    let path = write(dir.path(), "t.csv", csv.as_bytes());
    let mut reader = ReaderBuilder::new().build(vec![Input::Path(path)]);
    let mut a = reader.next().unwrap().unwrap();
    // A capacity no row of this file would give: the mark of a's message.
    a.messages[0].text.reserve_exact(1000);
    let mark = a.messages[0].text.capacity();
    let mut pool = Pool::default();
    pool.recycle(a);
    reader.swap_pool(&mut pool);
    // b's row was read with a's (it ended a); c's row, read now, takes the lent message.
    let b = reader.next().unwrap().unwrap();
    reader.swap_pool(&mut pool);
    let c = reader.next().unwrap().unwrap();
    assert_eq!(b.messages[0].text, "two");
    assert_eq!(c.messages[0].text, "three");
    assert_ne!(b.messages[0].text.capacity(), mark);
    assert_eq!(c.messages[0].text.capacity(), mark);
}

mod any_bytes;
mod csv_rows;
mod headers;
mod jsonl;
mod reappearing;
