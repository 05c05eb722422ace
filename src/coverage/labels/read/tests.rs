//! Tests of reading a labels file that the other coverage tests do not reach: input that
//! fails part way.

use std::io::Read;
use std::path::Path;

use super::{LabelColumns, LabelError, load_from};

const TEAMS: &[&str] = &["senior-ae", "frontline"];

/// Gives `text`, then fails as a disk or a cut connection does.
struct FailsAfter<'a> {
    text: &'a [u8],
}

impl Read for FailsAfter<'_> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        if self.text.is_empty() {
            return Err(std::io::Error::other("the disk went away"));
        }
        let n = buf.len().min(self.text.len());
        buf[..n].copy_from_slice(&self.text[..n]);
        self.text = &self.text[n..];
        Ok(n)
    }
}

/// Regression: an I/O error part way through a labels file dropped the row errors found
/// before it (and the warnings): only "cannot read labels" was said. They come first
/// now, then the I/O error, which is still the error's source.
#[test]
fn an_io_error_keeps_the_row_errors_before_it() {
    let text = "conversation_id,expected_team,expected_escalated\n\
                a,nosuch,\n\
                b,frontline,maybe\n\
                c,\"ok \"quoted\" x\",\n\
                d,frontline,true\n";
    let input = FailsAfter {
        text: text.as_bytes(),
    };
    let path = Path::new("labels.csv");
    let err = load_from(input, path, &LabelColumns::default(), TEAMS).unwrap_err();
    let LabelError::Io {
        errors, warnings, ..
    } = &err
    else {
        panic!("{err}");
    };
    let lines: Vec<u64> = errors.iter().map(|(line, _)| *line).collect();
    assert_eq!(lines, [2, 3, 4]);
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    let text = err.to_string();
    assert!(
        text.starts_with("3 rows of labels.csv cannot be read as labels:"),
        "{text}"
    );
    assert!(
        text.contains("labels.csv:2: unknown team `nosuch`"),
        "{text}"
    );
    assert!(
        text.ends_with("\n  then cannot read labels from labels.csv at line 6"),
        "{text}"
    );
    let source = std::error::Error::source(&err).unwrap().to_string();
    assert_eq!(source, "the disk went away");
}

/// With nothing wrong before it, the I/O error reads as it did.
#[test]
fn an_io_error_alone_names_the_file() {
    let input = FailsAfter {
        text: b"conversation_id,expected_escalated\nc1,true\n",
    };
    let err = load_from(input, Path::new("l.csv"), &LabelColumns::default(), TEAMS).unwrap_err();
    assert!(matches!(err, LabelError::Io { .. }), "{err}");
    assert_eq!(err.to_string(), "cannot read labels from l.csv");
}

/// Two columns that normalise alike (`expected_team`, `Expected Team`) were
/// accepted silently, the first winning; transcripts refuse them. Now the same error.
#[test]
fn two_columns_of_one_name_are_an_error_naming_both() {
    let text = "conversation_id,expected_team,Expected Team\nc1,senior-ae,frontline\n";
    let err = load_from(
        text.as_bytes(),
        Path::new("l.csv"),
        &LabelColumns::default(),
        TEAMS,
    )
    .unwrap_err();
    assert!(matches!(err, LabelError::Row { line: 1, .. }), "{err}");
    assert_eq!(
        err.to_string(),
        "l.csv:1: columns 2 `expected_team` and 3 `Expected Team` of the header both read as `expected_team` (names are compared in lower case, other characters as `_`)\n  hint: rename or remove one of them: which of the two is meant cannot be told"
    );
}

/// A UTF-16 labels file without a byte order mark was read as columns
/// `c_o_n_v_e_r_s_a_t_i_o_n_i_d`…: it is said to be UTF-16 now.
#[test]
fn a_utf16_file_is_told_to_be_saved_as_utf8() {
    let bytes: Vec<u8> = "conversation_id,expected_team\nc1,frontline\n"
        .encode_utf16()
        .flat_map(u16::to_le_bytes)
        .collect();
    let err = load_from(
        &bytes[..],
        Path::new("l.csv"),
        &LabelColumns::default(),
        TEAMS,
    )
    .unwrap_err();
    assert_eq!(
        err.to_string(),
        "l.csv:1: this file is UTF-16, not UTF-8: save it as UTF-8 (in Excel, \"CSV UTF-8\"), or convert it with `iconv -f UTF-16 -t UTF-8`"
    );
}

/// A labels file kept gzip-compressed was read as binary; it is gunzipped, as
/// transcripts are, by its magic bytes.
#[test]
fn a_gzipped_labels_file_reads_as_the_file_itself() {
    use std::io::Write as _;
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(b"conversation_id,expected_team\nc1,frontline\nc2,none\n")
        .unwrap();
    let bytes = gz.finish().unwrap();
    let labels = load_from(
        &bytes[..],
        Path::new("l.csv.gz"),
        &LabelColumns::default(),
        TEAMS,
    )
    .unwrap();
    assert_eq!(labels.total, 2);
    assert_eq!(
        labels.by_id["c1"].team.as_deref(),
        Some("frontline"),
        "{:?}",
        labels.by_id
    );
}

/// With blank lines before the header, its errors said line 1. They name the
/// header's own line.
#[test]
fn header_errors_name_the_headers_line() {
    let error = |text: &str| {
        load_from(
            text.as_bytes(),
            Path::new("labels.csv"),
            &LabelColumns::default(),
            TEAMS,
        )
        .unwrap_err()
        .to_string()
    };
    assert_eq!(
        error("\n\r\nconversation_id,expected_team,Expected Team\na,frontline,\n"),
        "labels.csv:3: columns 2 `expected_team` and 3 `Expected Team` of the header both read as `expected_team` (names are compared in lower case, other characters as `_`)\n  hint: rename or remove one of them: which of the two is meant cannot be told"
    );
    assert!(
        error("\n\nid,expected_team\na,frontline\n")
            .starts_with("labels.csv:3: no `conversation_id` column;"),
    );
    // It says how to map one (STAR's labels file has a `user_aggressive`).
    assert_eq!(
        error("\n\nconversation_id,user_aggressive\na,true\n"),
        "labels.csv:3: neither `expected_team` nor `expected_escalated` column; the columns \
         are: `conversation_id`, `user_aggressive` (map one with --label-column \
         expected_escalated=<column> for a column of yes or no, or expected_team=<column> for \
         one of team ids)"
    );
    // A column mapped by a flag that the file lacks read as a column it should have had.
    let mapped = load_from(
        "conversation_id,happy\na,true\n".as_bytes(),
        Path::new("labels.csv"),
        &LabelColumns::from_pairs(&["expected_escalated=nope".to_owned()]).unwrap(),
        TEAMS,
    )
    .unwrap_err()
    .to_string();
    assert!(
        mapped.starts_with(
            "labels.csv:1: neither `expected_team` nor `nope` (--label-column expected_escalated=nope) column;"
        ),
        "{mapped}"
    );
    // The id column too, and the help is not to give the flag already given.
    let id = load_from(
        "conversation_id,expected_team\na,frontline\n".as_bytes(),
        Path::new("labels.csv"),
        &LabelColumns::from_pairs(&["conversation_id=tix".to_owned()]).unwrap(),
        TEAMS,
    )
    .unwrap_err()
    .to_string();
    assert_eq!(
        id,
        "labels.csv:1: no `tix` (--label-column conversation_id=tix) column; the columns are: `conversation_id`, `expected_team` (give one of them with --label-column conversation_id=<column>)",
    );
}

/// A labels row starting with a byte order mark (files joined with `cat`) kept
/// it in the conversation id, which then matched no conversation. It is left out, and
/// said once (D015).
#[test]
fn a_byte_order_mark_starting_a_label_row_is_left_out_and_said() {
    let labels = load_from(
        "conversation_id,expected_escalated\na,true\n\u{feff}b,false\n".as_bytes(),
        Path::new("labels.csv"),
        &LabelColumns::default(),
        TEAMS,
    )
    .unwrap();
    assert_eq!(labels.get("b").and_then(|l| l.escalated), Some(false));
    let codes: Vec<_> = labels.diagnostics.iter().map(|d| d.code).collect();
    assert_eq!(codes, [Some("D015")]);
    assert!(
        labels.diagnostics[0]
            .to_string()
            .starts_with("labels.csv:3: warning[D015]"),
        "{}",
        labels.diagnostics[0]
    );
}

/// A contradiction quoted `yes` as `true`; the cells are quoted as
/// written, under the columns' mapped names.
#[test]
fn a_contradiction_quotes_the_cells_as_written() {
    let load = |text: &str, columns: &LabelColumns| {
        load_from(text.as_bytes(), Path::new("l.csv"), columns, TEAMS)
            .unwrap_err()
            .to_string()
    };
    assert_eq!(
        load(
            "conversation_id,expected_team,expected_escalated\nc1,-,Yes\n",
            &LabelColumns::default()
        ),
        "l.csv:2: expected_team `-` contradicts expected_escalated `Yes`: a conversation that must escalate needs a team (or an empty expected_team)"
    );
    assert_eq!(
        load(
            "conversation_id,expected_team,expected_escalated\nc1,frontline,n\n",
            &LabelColumns::default()
        ),
        "l.csv:2: expected_team `frontline` contradicts expected_escalated `n`: a conversation that must not escalate has no team"
    );
}

/// An empty labels file listed its (no) columns; it is said to be
/// empty. A header without rows loads, with a warning that there is nothing to evaluate.
#[test]
fn an_empty_labels_file_is_said_to_be_empty_and_a_header_alone_is_a_warning() {
    for text in ["", "\n\n"] {
        let err = load_from(
            text.as_bytes(),
            Path::new("l.csv"),
            &LabelColumns::default(),
            TEAMS,
        )
        .unwrap_err();
        assert_eq!(
            err.to_string(),
            "l.csv:1: the labels file is empty: write a header (`conversation_id` and `expected_team` and/or `expected_escalated`) and a row per labelled conversation"
        );
    }
    let labels = load_from(
        "\nconversation_id,expected_team\n".as_bytes(),
        Path::new("l.csv"),
        &LabelColumns::default(),
        TEAMS,
    )
    .unwrap();
    assert_eq!(labels.total, 0);
    assert_eq!(labels.diagnostics.len(), 1);
    assert!(
        labels.diagnostics[0]
            .to_string()
            .starts_with("l.csv:2: warning[D007]: labels file has a header and no rows"),
        "{}",
        labels.diagnostics[0]
    );
}

/// The fingerprint `--merge` compares: what the labels say, not how the file is written.
#[test]
fn the_fingerprint_is_of_the_labels_not_the_file() {
    let read = |text: &str| {
        load_from(
            text.as_bytes(),
            Path::new("labels.csv"),
            &LabelColumns::default(),
            TEAMS,
        )
        .unwrap()
        .fingerprint()
    };
    let one = read("conversation_id,expected_team\na,senior-ae\nb,none\nc,\n");
    assert_eq!(one.len(), 16);
    // Rows in another order, quoted, CRLF: the same labels.
    assert_eq!(
        one,
        read("conversation_id,expected_team\r\nc,\r\n\"b\",none\r\na,\"senior-ae\"\r\n")
    );
    // Another team, another id, a label written as a blank: as many rows, other labels.
    for other in [
        "conversation_id,expected_team\na,frontline\nb,none\nc,\n",
        "conversation_id,expected_team\nA,senior-ae\nb,none\nc,\n",
        "conversation_id,expected_team\na,senior-ae\nb,\nc,none\n",
    ] {
        assert_ne!(one, read(other), "{other}");
    }
    // A true/false column that says what the teams say: the same labels.
    assert_eq!(
        one,
        read(
            "conversation_id,expected_team,expected_escalated\na,senior-ae,true\nb,none,false\nc,,\n"
        )
    );
    assert_eq!(
        one,
        read("conversation_id,expected_team,expected_escalated\na,senior-ae,\nb,none,\nc,,\n")
    );
    // Escalated or not, against the same team: other labels.
    assert_ne!(
        read("conversation_id,expected_escalated\na,true\n"),
        read("conversation_id,expected_escalated\na,false\n")
    );
}
