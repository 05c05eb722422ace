//! A contacts file's rows: a quote never closed, not doubled or closed by a later stray
//! one; a row not UTF-8, a UTF-16 file, a gzipped one; a byte order mark starting a
//! row.

use super::*;

/// A quote that nothing closes made one ragged row of the rest of the file, or, in
/// the last column, one contact holding every row after it, silently.
#[test]
fn a_quote_never_closed_skips_its_row_and_not_the_rows_after_it() {
    let c = contacts(
        "Email,Owner,Notes\r\na@example.com,\"Rita\r\nb@example.com,Sam,ok\r\nc@example.com,Al,big\r\nd@example.com,Di,\r\n",
    );
    assert_eq!(c.len(), 3, "b, c and d");
    assert_eq!(c.skipped_rows(), 1);
    let found: Vec<(Option<&str>, &str, u32)> = c
        .diagnostics
        .iter()
        .map(|d| {
            (
                d.code,
                d.message.as_str(),
                d.location.as_ref().unwrap().line,
            )
        })
        .collect();
    assert_eq!(
        found,
        [(
            Some("D008"),
            "skipped malformed contact row: the quoted field in column `owner` opens here and is never closed: it would swallow the 3 lines after it, to the end of the file, which are read as rows instead",
            2
        )],
    );
    let err = Contacts::read(
        Path::new("crm.csv"),
        "email",
        "email",
        &ColumnMapping::default(),
        &b"email,\"owner\na,b\n"[..],
    )
    .unwrap_err();
    assert_eq!(
        err.to_string(),
        "crm.csv:1: the header: the quoted field in column 2 opens here and is never closed: it would swallow the line after it, to the end of the file"
    );
}

/// A quote inside a quoted value that is not doubled: the row is kept as read, with a
/// warning naming the column (transcripts warned, contacts did not).
#[test]
fn a_quote_inside_a_quoted_value_not_doubled_is_a_warning() {
    let c = contacts("Email,Owner,Notes\na@example.com,Rita,\"says \"hi\" often\"\n");
    assert_eq!(c.len(), 1);
    let [d] = c.diagnostics.as_slice() else {
        panic!("one warning: {:?}", c.diagnostics);
    };
    assert_eq!(d.code, Some("D008"));
    assert_eq!(
        d.message,
        "a quote inside the quoted `notes` field is not doubled: the field goes on after it"
    );
}

/// Known problem: a quote closed only by a later stray quote swallowed the rows between
/// into one contact's value, with no warning (transcripts warned, D008).
#[test]
fn a_quoted_value_holding_rows_is_flagged_as_a_probably_unclosed_quote() {
    let c = contacts(
        "Email,Owner,Notes\r\na@example.com,Rita,\"call back\r\nb@example.com,Sam,ok\r\nc@example.com,Al,\"big\r\nd@example.com,Di,\r\n",
    );
    assert_eq!(c.len(), 2, "a (holding b and c) and d: the row is kept");
    assert_eq!(c.skipped_rows(), 0);
    let [d] = c.diagnostics.as_slice() else {
        panic!("one warning: {:?}", c.diagnostics);
    };
    assert_eq!(d.code, Some("D008"));
    assert_eq!(d.severity, crate::diag::Severity::Warning);
    assert_eq!(
        d.message,
        "a quoted field runs over 3 lines, 2 of which look like rows: is a quote unclosed?"
    );
    let at = d.location.as_ref().unwrap();
    assert_eq!((at.path.as_path(), at.line), (Path::new("crm.csv"), 2));
    assert_eq!(
        d.help,
        [
            "the rows inside column `notes` are read as part of one contact's value; close the quote, or double it (\"\") inside the value"
        ]
    );
    // Each such row is listed; a value over several lines that look like no row is not.
    let c = contacts(
        "Email,Owner,Notes\na@x.io,A,\"1\nb@x.io,B,2\"\nc@x.io,C,\"line one\nline two, done\"\nd@x.io,D,\"3\ne@x.io,E,4\"\n",
    );
    let lines: Vec<(Option<&str>, u32)> = c
        .diagnostics
        .iter()
        .map(|d| (d.code, d.location.as_ref().unwrap().line))
        .collect();
    assert_eq!(lines, [(Some("D008"), 2), (Some("D008"), 6)]);
}

#[test]
fn a_row_that_is_not_utf8_is_an_error_naming_its_line() {
    let input: &[u8] = b"email,owner\r\n\r\na@example.com,A\r\nb@example.com,\xFF\r\n";
    let err = Contacts::read(
        Path::new("crm.csv"),
        "email",
        "email",
        &ColumnMapping::default(),
        input,
    )
    .unwrap_err();
    assert_eq!(
        err.to_string(),
        "crm.csv:4: cannot read contacts file",
        "{err:?}"
    );
}

/// A UTF-16 contacts file without a byte order mark is valid UTF-8, and was read
/// as columns `e_m_a_i_l`…; with one, "not valid UTF-8". Both say UTF-16 now.
#[test]
fn a_utf16_file_is_told_to_be_saved_as_utf8() {
    for bom in ["", "\u{feff}"] {
        let text = format!("{bom}email,owner\na@x.io,Rita\n");
        let bytes: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
        let err = Contacts::read(
            Path::new("crm.csv"),
            "email",
            "email",
            &ColumnMapping::default(),
            &bytes[..],
        )
        .unwrap_err();
        assert_eq!(
            err.to_string(),
            format!("crm.csv:1: {}", crate::transcript::UTF16_ADVICE)
        );
    }
}

/// A contacts file kept gzip-compressed (`crm.csv.gz`) had its bytes read as a
/// header; it is gunzipped, as transcripts are, by its magic bytes.
#[test]
fn a_gzipped_contacts_file_reads_as_the_file_itself() {
    use std::io::Write as _;
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(CRM.as_bytes()).unwrap();
    let bytes = gz.finish().unwrap();
    let c = Contacts::read(
        Path::new("crm.csv.gz"),
        "Email",
        "email",
        &ColumnMapping::default(),
        &bytes[..],
    )
    .unwrap();
    let plain = contacts(CRM);
    assert_eq!(c.len(), plain.len());
    assert_eq!(
        c.fields().collect::<Vec<_>>(),
        plain.fields().collect::<Vec<_>>()
    );
    assert_eq!(
        c.lookup("ana@example.com"),
        Lookup::Found(&[
            "ana@example.com".into(),
            "Rita".into(),
            "customer".into(),
            "120000".into()
        ])
    );
    assert_eq!(c.diagnostics.len(), plain.diagnostics.len());
    // Cut short: an error naming the file, not a short read.
    let err = Contacts::read(
        Path::new("crm.csv.gz"),
        "Email",
        "email",
        &ColumnMapping::default(),
        &bytes[..bytes.len() - 12],
    )
    .unwrap_err();
    assert!(err.to_string().starts_with("crm.csv.gz:"), "{err}");
}

/// A contacts row starting with a byte order mark (CRM exports joined with
/// `cat`) kept it in its key, which then matched no conversation. It is left out, and
/// said once (D015).
#[test]
fn a_byte_order_mark_starting_a_contact_row_is_left_out_and_said() {
    let c =
        contacts("\u{feff}Email,Owner\n\u{feff}ana@example.com,Rita\n\u{feff}bo@example.com,Bo\n");
    assert!(matches!(c.lookup("ana@example.com"), Lookup::Found(_)));
    assert!(matches!(c.lookup("bo@example.com"), Lookup::Found(_)));
    let codes: Vec<_> = c.diagnostics.iter().map(|d| d.code).collect();
    assert_eq!(codes, [Some("D015")]);
    assert!(
        c.diagnostics[0]
            .to_string()
            .starts_with("crm.csv:2: warning[D015]: line starts with a UTF-8 byte order mark"),
        "{}",
        c.diagnostics[0]
    );
}
