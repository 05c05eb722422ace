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
fn ragged_rows_and_rows_without_id_are_skipped_and_reported() {
    let dir = tempfile::tempdir().unwrap();
    let csv = format!("{HEADER}a,,customer,hi,pro\na,,customer\n,,customer,orphan,\na,,bot,ok,\n");
    let path = write(dir.path(), "t.csv", csv.as_bytes());
    let (convs, report) = read(&[path]);
    assert_eq!(convs[0].messages.len(), 2);
    assert_eq!(report.skipped_rows, 2);
    assert_eq!(codes(&report), ["D001", "D001"]);
    let first = &report.diagnostics[0];
    assert_eq!(first.location.as_ref().unwrap().line, 3);
    assert!(
        first.message.contains("row has 3 fields, the header has 5"),
        "{}",
        first.message
    );
    assert!(
        report.diagnostics[1]
            .message
            .contains("empty `conversation_id`")
    );
}

#[test]
fn invalid_utf8_is_decoded_lossily_and_counted() {
    let dir = tempfile::tempdir().unwrap();
    let mut csv = b"conversation_id,role,text\na,customer,caf".to_vec();
    csv.extend_from_slice(&[0xe9, b'\n']);
    let (convs, report) = read(&[write(dir.path(), "t.csv", &csv)]);
    assert_eq!(convs[0].messages[0].text, "caf\u{fffd}");
    assert_eq!(report.invalid_utf8_rows, 1);
    assert_eq!(codes(&report), ["D004"]);
}

#[test]
fn ids_that_differ_only_in_invalid_bytes_stay_two_conversations() {
    // Latin-1 `café` and `cafè`: decoded lossily both would be `caf\u{fffd}`, one
    // conversation; the id keeps each byte as `\xNN`, the text is decoded lossily.
    let dir = tempfile::tempdir().unwrap();
    let mut csv = b"conversation_id,role,text\ncaf\xe9,customer,caf\xe9\n".to_vec();
    csv.extend_from_slice(b"caf\xe8,customer,speak to a human\n");
    let mut jsonl =
        b"{\"conversation_id\": \"caf\xe9\", \"role\": \"customer\", \"text\": \"caf\xe9\"}\n"
            .to_vec();
    jsonl.extend_from_slice(
        b"{\"conversation_id\": \"caf\xe8\", \"role\": \"customer\", \"text\": \"hi\"}\n",
    );
    for (name, content) in [("t.csv", csv), ("t.jsonl", jsonl)] {
        let (convs, report) = read(&[write(dir.path(), name, &content)]);
        let ids: Vec<&str> = convs.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(ids, ["caf\\xE9", "caf\\xE8"], "{name}");
        assert_eq!(convs[0].messages[0].text, "caf\u{fffd}", "{name}");
        assert_eq!(report.invalid_utf8_rows, 2, "{name}");
        assert_eq!(codes(&report), ["D004"], "{name}");
    }
}

#[test]
fn a_missing_column_names_the_columns_found() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "t.csv", b"ticket_id,author,body\n1,user,hi\n");
    let (result, _) = read_with(ReaderBuilder::new(), &[path]);
    let err = result.unwrap_err().to_string();
    assert!(err.contains("no `conversation_id` column"), "{err}");
    assert!(err.contains("ticket_id, author, body"), "{err}");
    assert!(err.contains("--map conversation_id=<column>"), "{err}");
}

/// QA: `…,text,text` took the first `text` silently; `…,Tier,tier` looked like a
/// metadata field varying within the conversation.
#[test]
fn a_header_naming_a_column_twice_is_an_error_naming_both() {
    let dir = tempfile::tempdir().unwrap();
    let twice = write(
        dir.path(),
        "twice.csv",
        b"conversation_id,timestamp,role,text,text\nc1,,customer,hello,talk to a human\n",
    );
    let (result, _) = read_with(ReaderBuilder::new(), &[twice]);
    let err = result.unwrap_err().to_string();
    assert!(
        err.contains("twice.csv:1: the header has column `text` twice (columns 4 and 5)"),
        "{err}"
    );
    let alike = write(
        dir.path(),
        "alike.csv",
        b"\xEF\xBB\xBFconversation_id,role,text,Tier,tier\nc1,customer,hi,a,b\n",
    );
    let (result, _) = read_with(ReaderBuilder::new(), &[alike]);
    let err = result.unwrap_err().to_string();
    assert!(
        err.contains(
            "alike.csv:1: columns 4 `Tier` and 5 `tier` of the header both read as `tier`"
        ),
        "{err}"
    );
    // Unnamed columns (a trailing comma on every line) are not duplicates.
    let unnamed = write(
        dir.path(),
        "unnamed.csv",
        b"conversation_id,role,text,,\nc1,customer,hi,,\n",
    );
    let (convs, report) = read(&[unnamed]);
    assert_eq!((convs.len(), report.skipped_rows), (1, 0));
}

/// QA: a key written twice in one object kept the last value silently.
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
fn a_column_mapping_adapts_other_exports() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(
        dir.path(),
        "t.csv",
        b"Ticket ID,Author Type,Body,Created At,Plan\n7,end-user,hi,2024-01-01 10:00:00,Pro\n7,System,auto reply,,\n",
    );
    let mut mapping = ColumnMapping::default();
    for pair in [
        "conversation_id=ticket_id",
        "role=Author Type",
        "text=body",
        "timestamp=created_at",
    ] {
        mapping.set_pair(pair).unwrap();
    }
    mapping.roles.set_pair("system=bot").unwrap();
    let (result, report) = read_with(ReaderBuilder::new().mapping(mapping), &[path]);
    let convs = result.unwrap();
    assert_eq!(convs[0].id, "7");
    assert_eq!(convs[0].messages[0].role, Role::Customer);
    assert_eq!(convs[0].messages[1].role, Role::Bot);
    assert_eq!(convs[0].metadata.get("plan"), Some("Pro"));
    assert!(convs[0].messages[0].timestamp.is_some());
    assert!(report.diagnostics.is_empty());
}

#[test]
fn a_conversation_that_reappears_is_an_error_naming_both_places() {
    let dir = tempfile::tempdir().unwrap();
    let csv = "conversation_id,role,text\na,customer,1\nb,customer,2\na,customer,3\n";
    let path = write(dir.path(), "t.csv", csv.as_bytes());
    let (result, _) = read_with(ReaderBuilder::new(), std::slice::from_ref(&path));
    let err = result.unwrap_err().to_string();
    assert!(err.contains("t.csv:4: conversation `a` reappears"), "{err}");
    assert!(err.contains("t.csv:2)"), "{err}");
    assert!(err.contains("--unsorted"), "{err}");

    let (result, report) = read_with(
        ReaderBuilder::new().group_policy(GroupPolicy::InMemory),
        &[path],
    );
    let convs = result.unwrap();
    let ids: Vec<_> = convs
        .iter()
        .map(|c| (c.id.as_str(), c.messages.len()))
        .collect();
    assert_eq!(ids, [("a", 2), ("b", 1)]);
    assert_eq!(report.regrouped, 1);
}

/// Ids in order (numbered tickets, shorter first) are new without a look at the ids
/// finished (issue 7): the first id out of order still finds every earlier one, in
/// order or not, and ids in any other order are checked as ever.
#[test]
fn a_reappearing_id_is_found_whatever_the_order_of_the_ids_before_it() {
    let dir = tempfile::tempdir().unwrap();
    let error_of = |ids: &[String]| {
        let mut csv = String::from("conversation_id,role,text\n");
        for id in ids {
            csv.push_str(id);
            csv.push_str(",customer,hi\n");
        }
        let path = write(dir.path(), "t.csv", csv.as_bytes());
        let (result, _) = read_with(ReaderBuilder::new(), &[path]);
        result.err().map(|e| e.to_string())
    };
    let numbered: Vec<String> = (1..=3_000).map(|i| i.to_string()).collect();
    assert_eq!(error_of(&numbered), None, "in order, none reappears");
    for (ids, again, line) in [
        (numbered.clone(), "1", 3_002),
        (numbered.clone(), "10", 3_002),
        (vec!["9".into(), "10".into(), "11".into()], "10", 5),
        (vec!["c".into(), "b".into(), "a".into()], "b", 5),
        (vec!["a".into(), "c".into(), "b".into(), "d".into()], "b", 6),
    ] {
        let mut rows = ids.clone();
        rows.push(again.to_owned());
        let err = error_of(&rows).unwrap_or_else(|| panic!("{again} after {} ids", ids.len()));
        assert!(
            err.contains(&format!("t.csv:{line}: conversation `{again}` reappears")),
            "{err}"
        );
    }
}

#[test]
fn the_conversations_before_a_reappearing_id_are_all_given_and_its_row_is_not_read() {
    let dir = tempfile::tempdir().unwrap();
    let csv = "conversation_id,role,text\na,customer,1\nb,customer,2\nb,customer,3\na,robot,4\n";
    let path = write(dir.path(), "t.csv", csv.as_bytes());
    let mut reader = ReaderBuilder::new().build(vec![Input::Path(path)]);
    let mut given = Vec::new();
    let mut error = None;
    for item in reader.by_ref() {
        match item {
            Ok(c) => given.push((c.id.clone(), c.messages.len())),
            Err(e) => error = Some(e.to_string()),
        }
    }
    // `b` is complete when `a` comes back: it is given before the error, not dropped.
    assert_eq!(given, [("a".to_owned(), 1), ("b".to_owned(), 2)]);
    assert!(
        error
            .unwrap()
            .contains("t.csv:5: conversation `a` reappears")
    );
    // Reading stops at the row: it is no message, and its unknown role goes unreported.
    let report = reader.into_report();
    assert_eq!(report.messages, 3);
    assert!(
        report.unknown_roles.is_empty(),
        "{:?}",
        report.unknown_roles
    );
}

#[test]
fn a_reappearing_id_names_the_file_its_earlier_rows_end_in() {
    let dir = tempfile::tempdir().unwrap();
    let one = write(
        dir.path(),
        "1.csv",
        b"conversation_id,role,text\na,customer,1\n",
    );
    let two = write(
        dir.path(),
        "2.csv",
        b"conversation_id,role,text\nb,customer,2\na,customer,3\n",
    );
    let (result, _) = read_with(ReaderBuilder::new(), &[one, two]);
    let err = result.unwrap_err().to_string();
    assert!(err.contains("2.csv:3: conversation `a` reappears"), "{err}");
    assert!(err.contains("its earlier rows end at "), "{err}");
    assert!(err.contains("1.csv:2)"), "{err}");
}

#[test]
fn a_column_only_the_project_file_ignores_is_said_missing_once_for_many_files() {
    let dir = tempfile::tempdir().unwrap();
    let mut mapping = ColumnMapping::default();
    mapping.ignore = vec!["turn".into(), "message_id".into()];
    mapping.ignore_optional = mapping.ignore.clone();
    let mut paths = Vec::new();
    for i in 0..3 {
        paths.push(write(
            dir.path(),
            &format!("{i}.csv"),
            format!("conversation_id,role,text,turn\nc{i},customer,hi,1\n").as_bytes(),
        ));
    }
    paths.push(write(
        dir.path(),
        "3.jsonl",
        b"{\"conversation_id\":\"c3\",\"role\":\"customer\",\"text\":\"hi\"}\n",
    ));
    let (result, report) = read_with(ReaderBuilder::new().mapping(mapping.clone()), &paths);
    assert_eq!(result.unwrap().len(), 4);
    // A directory of exports without the column must not fill the diagnostics' list.
    assert_eq!(codes(&report), ["D009", "D009"], "{:?}", report.diagnostics);
    assert_eq!(report.ignored_columns_absent["message_id"], 4);
    assert_eq!(report.ignored_columns_absent["turn"], 1);
    // Required (named for the run), a missing one is the error, before any warning.
    mapping.ignore_optional = vec!["turn".into()];
    let (result, report) = read_with(ReaderBuilder::new().mapping(mapping), &paths[..1]);
    assert!(matches!(
        result,
        Err(ReadError::IgnoredColumnMissing { .. })
    ));
    assert!(report.diagnostics.is_empty(), "{:?}", report.diagnostics);
}

#[test]
fn a_conversation_may_continue_into_the_next_file() {
    let dir = tempfile::tempdir().unwrap();
    let a = write(
        dir.path(),
        "1.csv",
        b"conversation_id,role,text\nx,customer,1\ny,customer,2\n",
    );
    let b = write(
        dir.path(),
        "2.jsonl",
        b"{\"conversation_id\":\"y\",\"role\":\"bot\",\"text\":\"3\"}\n",
    );
    let (convs, _) = read(&[a, b]);
    assert_eq!(convs.len(), 2);
    assert_eq!(convs[1].messages.len(), 2);
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
    // Review: an unparseable value was shown as `escalation_time`: it is no time.
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

/// A quote that nothing closes would swallow the rest of the file: its row is skipped
/// and counted, and the lines after it are read as rows.
#[test]
fn a_quote_never_closed_skips_its_row_and_not_the_rows_after_it() {
    let dir = tempfile::tempdir().unwrap();
    let csv = format!(
        "{HEADER}a,,customer,\"I need a discount\nb,,customer,this is ridiculous,\nc,,customer,bye,\n"
    );
    let (convs, report) = read(&[write(dir.path(), "t.csv", csv.as_bytes())]);
    let ids: Vec<&str> = convs.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(ids, ["b", "c"]);
    assert_eq!(codes(&report), ["D008"]);
    assert_eq!(report.diagnostics[0].location.as_ref().unwrap().line, 2);
    assert_eq!(
        report.diagnostics[0].message,
        "skipped malformed row: the quoted field in column `text` opens here and is never closed: it would swallow the 2 lines after it, to the end of the file, which are read as rows instead"
    );
    assert_eq!(
        (report.rows, report.skipped_rows, report.messages),
        (3, 1, 2)
    );
    // The line named is the quote's, also when an earlier field of the row spans lines.
    let csv = format!("{HEADER}a,\"2026-03-01\n09:00\",customer,\"hi\nb,,customer,yo,\n");
    let (convs, report) = read(&[write(dir.path(), "later.csv", csv.as_bytes())]);
    assert_eq!(convs.len(), 1);
    assert_eq!(report.diagnostics[0].location.as_ref().unwrap().line, 3);
    assert!(report.diagnostics[0].message.contains("the line after it"));
    // On the last line: nothing swallowed, the row is still cut short.
    let csv = format!("{HEADER}a,,customer,hi,\nb,,customer,\"talk to");
    let (convs, report) = read(&[write(dir.path(), "last.csv", csv.as_bytes())]);
    assert_eq!(convs.len(), 1);
    assert!(
        report.diagnostics[0]
            .message
            .contains("on the file's last line")
    );
    assert_eq!(report.skipped_rows, 1);
}

/// A quote that a later stray quote closes cannot be told from a long message: a
/// warning, when its lines look like rows, and the row is kept.
#[test]
fn a_quoted_field_holding_rows_is_flagged_as_a_probably_unclosed_quote() {
    let dir = tempfile::tempdir().unwrap();
    let csv = format!(
        "{HEADER}a,,customer,\"I need a discount\nb,,customer,this is ridiculous,\nc,,customer,\"bye\n"
    );
    let (convs, report) = read(&[write(dir.path(), "t.csv", csv.as_bytes())]);
    assert!(
        convs.is_empty(),
        "the quote swallowed b and c, and the row is ragged"
    );
    assert_eq!(codes(&report), ["D008", "D001"]);
    assert_eq!(report.diagnostics[0].location.as_ref().unwrap().line, 2);
    // In the last column the row keeps its width: only D008 tells.
    let last = "conversation_id,role,text\na,customer,\"I need a discount\nb,customer,this is ridiculous\nc,customer,\"bye\n";
    let (convs, report) = read(&[write(dir.path(), "last.csv", last.as_bytes())]);
    assert_eq!(convs.len(), 1);
    assert_eq!(codes(&report), ["D008"]);
    assert!(
        report.diagnostics[0].message.contains("look like rows"),
        "{}",
        report.diagnostics[0].message
    );
    assert_eq!(report.skipped_rows, 0);
    // A message written over several lines is not flagged.
    let fine = format!("{HEADER}a,,customer,\"line one\nline two, with a comma\",\n");
    let (_, report) = read(&[write(dir.path(), "ok.csv", fine.as_bytes())]);
    assert!(report.diagnostics.is_empty(), "{:?}", report.diagnostics);
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

/// Review 17 (item 12): `not json` was "invalid JSON: expected ident", serde's word for
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

/// QA: `{"text": 1e400}` on line 3 was "number out of range at line 1 column 66" next
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
    assert!(err.contains("no `conversation_id` column"), "{err}");
    assert!(err.contains("role, text, ticket"), "{err}");
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

/// A record past the limit of one was held whole, to the end of the file: it is a
/// malformed row, at the line it starts on (an open quote's, for D008), counted, and the
/// rows after it are read. JSONL lines the same.
#[test]
fn a_record_past_the_limit_is_a_malformed_row_and_the_rows_after_it_are_read() {
    let dir = tempfile::tempdir().unwrap();
    let long = "x".repeat(100);
    let csv = format!(
        "{HEADER}a,,customer,hi,\nb,,customer,\"I need {long}\nc,,customer,{long},\nd,,customer,bye,\n"
    );
    let jsonl = format!(
        "{{\"conversation_id\":\"e\",\"role\":\"customer\",\"text\":\"hi\"}}\n\n{{\"conversation_id\":\"f\",\"role\":\"customer\",\"text\":\"{long}\"}}\n{{\"conversation_id\":\"g\",\"role\":\"customer\",\"text\":\"bye\"}}\n"
    );
    let paths = [
        write(dir.path(), "t.csv", csv.as_bytes()),
        write(dir.path(), "t.jsonl", jsonl.as_bytes()),
    ];
    let (result, report) = read_with(ReaderBuilder::new().record_limit(64), &paths);
    let ids: Vec<String> = result.unwrap().into_iter().map(|c| c.id).collect();
    assert_eq!(ids, ["a", "d", "e", "g"]);
    assert_eq!(codes(&report), ["D008", "D001", "D001"]);
    let at = |i: usize| report.diagnostics[i].location.as_ref().unwrap().line;
    assert_eq!((at(0), at(1), at(2)), (3, 4, 3));
    assert_eq!(
        report.diagnostics[0].message,
        "skipped malformed row: the quoted field in column `text` opens here and is not closed within 64 bytes, the limit for one row: the quote is never closed, or the field is longer than a row may be; the lines after this one are read as rows"
    );
    assert_eq!(
        report.diagnostics[1].message,
        "skipped malformed row: the row is longer than 64 bytes, the limit for one row: not a message (a broken export, or not a transcript?); reading goes on at the next line"
    );
    assert!(
        report.diagnostics[2]
            .message
            .contains("the line is longer than 64 bytes")
    );
    assert_eq!((report.rows, report.skipped_rows), (7, 3));
    // A header that is too long, or opens a quote nothing closes, is no header.
    let header = write(dir.path(), "h.csv", format!("id,{long}\na,b\n").as_bytes());
    let (result, _) = read_with(ReaderBuilder::new().record_limit(64), &[header]);
    let err = result.unwrap_err().to_string();
    assert!(err.ends_with("h.csv:1: the header is longer than 64 bytes, the limit for one row: is this a CSV transcript?"), "{err}");
    let header = write(dir.path(), "q.csv", b"conversation_id,\"role\ntext\na,b\n");
    let (result, _) = read_with(ReaderBuilder::new(), &[header]);
    let err = result.unwrap_err().to_string();
    assert!(
        err.ends_with("q.csv:1: the header's column 2 opens a quote that is never closed"),
        "{err}"
    );
}

/// Regression (review): a quote inside a quoted field that was not doubled ended the
/// quote, and the field read on (`ok quoted" text"`) with no word of it. It is kept as
/// read, with a warning naming the column and what the field reads; further ones are
/// counted.
#[test]
fn a_quote_inside_a_quoted_field_not_doubled_is_a_warning() {
    let dir = tempfile::tempdir().unwrap();
    let csv = format!(
        "{HEADER}a,,customer,\"ok \"quoted\" text\",\nb,,customer,\"fine \"\"doubled\"\"\",\nc,,bot,\"again \"here\"\",\n"
    );
    let (convs, report) = read(&[write(dir.path(), "t.csv", csv.as_bytes())]);
    assert_eq!(convs.len(), 3);
    assert_eq!(convs[0].messages[0].text, "ok quoted\" text\"");
    assert_eq!(convs[1].messages[0].text, "fine \"doubled\"");
    assert_eq!(codes(&report), ["D008"]);
    assert_eq!(report.diagnostics[0].location.as_ref().unwrap().line, 2);
    assert_eq!(
        report.diagnostics[0].message,
        "a quote inside the quoted `text` field is not doubled: the field goes on after it (it reads `ok quoted\" text\"`) (further ones are counted, not listed)"
    );
    assert_eq!(report.stray_quotes, 2);
}

#[test]
fn a_varying_column_of_times_where_messages_have_none_is_offered_as_the_timestamp() {
    let dir = tempfile::tempdir().unwrap();
    let help = |csv: &str| {
        let (_, report) = read(&[write(dir.path(), "t.csv", csv.as_bytes())]);
        let d005 = report.diagnostics.iter().find(|d| d.code == Some("D005"));
        d005.expect("a D005 note").help.join("\n")
    };
    // The export's time column under another name, not mapped: read it as the timestamp.
    let unmapped = help(
        "conversation_id,role,text,created_at\na,customer,x,2024-01-01 10:00:00\na,bot,y,2024-01-01 10:01:00\n",
    );
    assert!(
        unmapped.contains("--map timestamp=created_at"),
        "{unmapped}"
    );
    // Unix seconds too; but a per-message counter is no time, whatever the messages have.
    let unix =
        help("conversation_id,role,text,sent\na,customer,x,1709284500\na,bot,y,1709284560\n");
    assert!(unix.contains("--map timestamp=sent"), "{unix}");
    let turn = help("conversation_id,role,text,turn\na,customer,x,1\na,bot,y,2\n");
    assert!(turn.contains("--ignore-column turn"), "{turn}");
    // Messages with their own time: a second time column is per-message data.
    let timed = help(
        "conversation_id,timestamp,role,text,updated_at\na,2024-01-01T10:00:00Z,customer,x,2024-01-02 10:00:00\na,2024-01-01T10:01:00Z,bot,y,2024-01-03 10:00:00\n",
    );
    assert!(timed.contains("--ignore-column updated_at"), "{timed}");
}

/// Review: `conversation_id,,text` dropped its unnamed column without a word. Said once
/// per file, at the header, with each column's position; the rows are read as before.
#[test]
fn unnamed_header_columns_are_a_warning_naming_their_positions() {
    let dir = tempfile::tempdir().unwrap();
    let csv = "conversation_id,,role,text,#\na,enterprise,customer,hi,x\n";
    let (convs, report) = read(&[write(dir.path(), "t.csv", csv.as_bytes())]);
    assert_eq!(convs.len(), 1);
    assert!(convs[0].metadata.is_empty(), "{:?}", convs[0].metadata);
    assert_eq!(codes(&report), ["D013"]);
    assert_eq!(
        report.diagnostics[0]
            .to_string()
            .replace(&format!("{}/", dir.path().display()), ""),
        "t.csv:1: warning[D013]: columns 2 and 5 `#` of the header have no name (no letter or digit): their values are not read, as metadata or otherwise"
    );
    let (_, report) = read(&[write(
        dir.path(),
        "u.csv",
        format!("{HEADER}a,,customer,hi,pro\n").as_bytes(),
    )]);
    assert!(report.diagnostics.is_empty(), "{:?}", report.diagnostics);
}

/// Review: a header row inside a file (two exports joined with `cat`) became a message
/// of conversation `conversation_id` from an unknown role `role`. It is skipped now,
/// the first listed (D014), all counted; it is no data row.
#[test]
fn a_header_repeated_inside_a_file_is_skipped_and_counted() {
    let dir = tempfile::tempdir().unwrap();
    let csv = format!(
        "{HEADER}a,,customer,hi,pro\n\u{feff}{HEADER}b,,customer,yo,\n{HEADER}conversation_id,,role,text,enterprise\nc,,customer,hey,\n"
    );
    let (convs, report) = read(&[write(dir.path(), "t.csv", csv.as_bytes())]);
    let ids: Vec<&str> = convs.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(ids, ["a", "b", "c"]);
    assert_eq!(
        report.repeated_headers, 3,
        "the last is another export's header"
    );
    assert_eq!((report.rows, report.skipped_rows), (3, 0));
    assert!(
        report.unknown_roles.is_empty(),
        "{:?}",
        report.unknown_roles
    );
    assert_eq!(codes(&report), ["D014"]);
    assert_eq!(
        report.diagnostics[0]
            .to_string()
            .replace(&format!("{}/", dir.path().display()), ""),
        "t.csv:3: warning[D014]: row repeats the header: skipped, not read as a message (further ones are counted, not listed)"
    );
    // Another export's header: its other columns are said to differ.
    let csv = format!("{HEADER}a,,customer,hi,pro\nconversation_id,created,role,text,plan\n");
    let (_, report) = read(&[write(dir.path(), "u.csv", csv.as_bytes())]);
    assert_eq!(report.repeated_headers, 1);
    assert!(
        report.diagnostics[0]
            .message
            .starts_with("row is a header of other columns"),
        "{}",
        report.diagnostics[0]
    );
    // A file of a header twice has a header and no rows.
    let (convs, report) = read(&[write(
        dir.path(),
        "v.csv",
        format!("{HEADER}{HEADER}").as_bytes(),
    )]);
    assert!(convs.is_empty());
    assert_eq!(codes(&report), ["D014", "D007"]);
}

/// Review: a UTF-8 byte order mark starting a line past the first of a JSONL file (files
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

/// Review: a CSV row starting with a UTF-8 byte order mark (a file saved with one and
/// no header, joined with `cat`) kept the mark in its conversation id: `\u{feff}b`, a
/// conversation of its own that no label or contact matches. It is left out, as at the
/// start of a file, before a quoted field too, and said (D015), counted, as in JSONL.
#[test]
fn a_byte_order_mark_starting_a_csv_row_is_left_out_and_said() {
    let dir = tempfile::tempdir().unwrap();
    let csv = format!(
        "\u{feff}{HEADER}a,,customer,hi,pro\n\u{feff}b,,customer,yo,\n\u{feff}\"c\",,customer,hey,\n"
    );
    let (convs, report) = read(&[write(dir.path(), "t.csv", csv.as_bytes())]);
    assert_eq!(
        convs.iter().map(|c| c.id.as_str()).collect::<Vec<_>>(),
        ["a", "b", "c"]
    );
    assert_eq!((report.skipped_rows, report.inner_boms), (0, 2));
    assert_eq!(codes(&report), ["D015"]);
    assert_eq!(
        report.diagnostics[0]
            .to_string()
            .replace(&format!("{}/", dir.path().display()), ""),
        "t.csv:3: warning[D015]: line starts with a UTF-8 byte order mark, which belongs at the start of a file: left out, as there (further ones are counted, not listed)"
    );
    // Where the role comes first, the role is read, not an unknown role.
    let csv = "role,conversation_id,text\ncustomer,a,hi\n\u{feff}customer,b,yo\n";
    let (convs, report) = read(&[write(dir.path(), "u.csv", csv.as_bytes())]);
    assert_eq!(convs[1].messages[0].role, Role::Customer);
    assert!(report.unknown_roles.is_empty());
    assert_eq!(codes(&report), ["D015"]);
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
