//! Malformed CSV rows: ragged, without an id, invalid UTF-8, quotes never closed,
//! closed late or not doubled, records past the limit, a header repeated inside a file,
//! a byte order mark starting a row; each skipped or kept, and said.

use super::*;

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

/// Regression: a quote inside a quoted field that was not doubled ended the
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

/// A stray quote in a row that then has too many fields was said twice, and the
/// first said "the row is kept as read" of a row skipped (D008, then D001): one D001 now,
/// saying the quote is why, and the quote not counted as a row kept.
#[test]
fn a_stray_quote_in_a_skipped_row_is_said_with_the_skip() {
    let dir = tempfile::tempdir().unwrap();
    let csv =
        format!("{HEADER}a,,customer,\"ok \"quoted\" text, I want a human\",\nb,,customer,hi,\n");
    let (convs, report) = read(&[write(dir.path(), "t.csv", csv.as_bytes())]);
    assert_eq!(convs.len(), 1);
    assert_eq!(codes(&report), ["D001"]);
    assert_eq!(
        report.diagnostics[0].message,
        "skipped malformed row: row has 6 fields, the header has 5: a quote inside the quoted `text` field is not doubled (\"\"), which ended the field early"
    );
    assert_eq!((report.skipped_rows, report.stray_quotes), (1, 0));
}

/// A header row inside a file (two exports joined with `cat`) became a message
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

/// A CSV row starting with a UTF-8 byte order mark (a file saved with one and
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

/// A spreadsheet's empty rows (`,,,,`, often at the end of its export) were malformed
/// rows without an id, and failed the run: a row of empty cells holds nothing and is
/// skipped as an empty line is. A row with any cell but its id is still malformed, and
/// so is a JSONL object with an empty id.
#[test]
fn a_row_of_empty_cells_is_an_empty_line_not_a_malformed_row() {
    let dir = tempfile::tempdir().unwrap();
    let csv = format!("{HEADER}a,,customer,hi,pro\n,,,,\n , , , , \na,,bot,ok,\n,,,,\n");
    let path = write(dir.path(), "t.csv", csv.as_bytes());
    let (convs, report) = read(&[path]);
    assert_eq!(convs.len(), 1);
    assert_eq!(convs[0].messages.len(), 2);
    assert_eq!(report.skipped_rows, 0);
    assert!(report.diagnostics.is_empty(), "{:?}", report.diagnostics);
    // Only the metadata cell written: malformed, as before.
    let csv = format!("{HEADER}a,,customer,hi,pro\n,,,,pro\n");
    let path = write(dir.path(), "u.csv", csv.as_bytes());
    let (_, report) = read(&[path]);
    assert_eq!(report.skipped_rows, 1);
    assert_eq!(codes(&report), ["D001"]);
    let jsonl = "{\"conversation_id\":\"a\",\"role\":\"customer\",\"text\":\"hi\"}\n{\"conversation_id\":\"\",\"role\":\"customer\",\"text\":\"lost\"}\n";
    let path = write(dir.path(), "t.jsonl", jsonl.as_bytes());
    let (convs, report) = read(&[path]);
    assert_eq!(convs.len(), 1);
    assert_eq!(report.skipped_rows, 1);
    assert_eq!(codes(&report), ["D001"]);
}
