//! Reading a labels file: flexible headers and values, every bad row reported with its
//! line (CRLF and blank lines counted), quotes not doubled or left open flagged, rows
//! that cannot mean one label refused.

use super::*;
use crate::coverage::labels::{Label, LabelEval};

#[test]
fn the_labels_file_reads_flexibly_and_rejects_bad_rows() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("labels.csv");
    std::fs::write(
        &path,
        "Ticket,Should Escalate,Team\na,yes,senior-ae\nb,no,\nc,,none\n",
    )
    .unwrap();
    let columns = labels::LabelColumns::from_pairs(&[
        "conversation_id=Ticket".to_owned(),
        "expected_escalated=Should Escalate".to_owned(),
        "expected_team=team".to_owned(),
    ])
    .unwrap();
    let l = labels::load(&path, &columns, TEAMS).unwrap();
    assert_eq!(l.total, 3);
    assert_eq!(
        l.get("a"),
        Some(&Label {
            escalated: Some(true),
            team: Some("senior-ae".into())
        })
    );
    assert_eq!(
        l.get("b"),
        Some(&Label {
            escalated: Some(false),
            team: None
        })
    );
    assert_eq!(l.get("c").unwrap().team.as_deref(), Some(labels::NO_TEAM));
    std::fs::write(&path, "conversation_id,expected_escalated\na,maybe\n").unwrap();
    let err = labels::load(&path, &labels::LabelColumns::default(), TEAMS)
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("labels.csv:2: `maybe` is not true/false"),
        "{err}"
    );
    std::fs::write(&path, "id,team\na,x\n").unwrap();
    let err = labels::load(&path, &labels::LabelColumns::default(), TEAMS)
        .unwrap_err()
        .to_string();
    assert!(err.contains("no `conversation_id` column"), "{err}");
}

/// Regression: a labels file reported only its first bad row. Every bad row is
/// reported with its line (up to `MAX_ROW_ERRORS`, then a count), a quote that nothing
/// closes among them, and the rows after it are still read.
#[test]
fn every_bad_row_of_a_labels_file_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("labels.csv");
    std::fs::write(
        &path,
        "conversation_id,expected_team,expected_escalated\n\
         a,nosuch,\n\
         b\n\
         c,frontline,maybe\n\
         d,frontline,true\n\
         d,frontline,true\n\
         \"e,x,y\n\
         f,frontline,false\n",
    )
    .unwrap();
    let err = labels::load(&path, &labels::LabelColumns::default(), TEAMS).unwrap_err();
    let labels::LabelError::Rows { errors, more, .. } = &err else {
        panic!("{err}");
    };
    let lines: Vec<u64> = errors.iter().map(|(line, _)| *line).collect();
    assert_eq!(lines, [2, 3, 4, 6, 7, 8]);
    assert_eq!(*more, 0);
    let text = err.to_string();
    assert!(text.starts_with("6 rows of "), "{text}");
    assert!(
        text.contains("labels.csv:4: `maybe` is not true/false"),
        "{text}"
    );
    assert!(
        text.contains("labels.csv:6: conversation `d` is labelled twice (first at line 5)"),
        "{text}"
    );
    assert!(
        text.contains("labels.csv:8: expected_team `frontline` contradicts"),
        "{text}"
    );

    let rows = (0..25)
        .map(|i| format!("c{i},nosuch,\n"))
        .collect::<Vec<_>>()
        .concat();
    std::fs::write(
        &path,
        format!("conversation_id,expected_team,expected_escalated\n{rows}"),
    )
    .unwrap();
    let err = labels::load(&path, &labels::LabelColumns::default(), TEAMS).unwrap_err();
    let labels::LabelError::Rows { errors, more, .. } = &err else {
        panic!("{err}");
    };
    assert_eq!((errors.len(), *more), (20, 5));
    assert!(err.to_string().ends_with("… and 5 more"), "{err}");
}

/// Regression: read through the csv crate, an error on line 4 of a CRLF file with a blank
/// line was reported on line 2.
#[test]
fn a_labels_error_names_its_line_in_crlf_files_and_after_blank_lines() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("labels.csv");
    let columns = labels::LabelColumns::default();
    let error = |bytes: &[u8]| {
        std::fs::write(&path, bytes).unwrap();
        labels::load(&path, &columns, TEAMS)
            .unwrap_err()
            .to_string()
    };
    let err =
        error(b"\xEF\xBB\xBFconversation_id,expected_escalated\r\nc1,true\r\n\r\nc2,maybe\r\n");
    assert!(
        err.contains("labels.csv:4: `maybe` is not true/false"),
        "{err}"
    );
    let err = error(b"conversation_id,expected_escalated\n\"c1\nc1\",yes\nc2,\xFF\n");
    assert!(
        err.contains("labels.csv:4: row is not valid UTF-8"),
        "{err}"
    );
    // A quote that nothing closes: an error at its line, not one ragged row (or, in the
    // last column, one label swallowing the rest of the file, silently).
    let err = error(b"conversation_id,expected_escalated\nc1,yes\r\nc2,\"no\nc3,yes\nc4,no\n");
    assert!(
        err.contains("labels.csv:3: the quoted field in column `expected_escalated` opens here and is never closed: it would swallow the 2 lines after it, to the end of the file: close the quote"),
        "{err}"
    );
    let err = error(b"");
    assert!(
        err.contains("labels.csv:1: the labels file is empty"),
        "{err}"
    );
}

/// A quote inside a quoted label that is not doubled: kept as read, with a warning
/// (transcripts warned, labels did not).
#[test]
fn a_quote_inside_a_quoted_label_not_doubled_is_a_warning() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("labels.csv");
    std::fs::write(
        &path,
        "conversation_id,expected_team\n\"c\"1\",frontline\nc2,none\n",
    )
    .unwrap();
    let l = labels::load(&path, &labels::LabelColumns::default(), TEAMS).unwrap();
    assert_eq!(l.total, 2);
    let [d] = l.diagnostics.as_slice() else {
        panic!("one warning: {:?}", l.diagnostics);
    };
    assert_eq!(
        (d.code, d.message.as_str()),
        (
            Some("D008"),
            "a quote inside the quoted `conversation_id` field is not doubled: the field goes on after it"
        )
    );
}

/// Known problem: a quote closed only by a later stray quote swallowed the rows between
/// into one label, with no warning (transcripts warned, D008). Now a warning at the
/// row's line, and an error the row then makes says so too.
#[test]
fn a_quoted_label_holding_rows_is_flagged_as_a_probably_unclosed_quote() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("labels.csv");
    let columns = labels::LabelColumns::default();
    // The id swallows c2's row: a label for a conversation that is never found.
    std::fs::write(
        &path,
        "conversation_id,expected_team\n\"c1,senior-ae\nc2,frontline\nc3\",frontline\nc4,none\n",
    )
    .unwrap();
    let l = labels::load(&path, &columns, TEAMS).unwrap();
    assert_eq!(
        (l.total, l.get("c4").is_some()),
        (2, true),
        "the row is kept"
    );
    let [d] = l.diagnostics.as_slice() else {
        panic!("one warning: {:?}", l.diagnostics);
    };
    assert_eq!(
        (d.code, d.severity, d.message.as_str()),
        (
            Some("D008"),
            crate::diag::Severity::Warning,
            "a quoted field runs over 3 lines, 1 of which look like rows: is a quote unclosed?"
        )
    );
    let at = d.location.as_ref().unwrap();
    assert_eq!((at.path.as_path(), at.line), (path.as_path(), 2));
    assert_eq!(
        d.help,
        [
            "the rows inside column `conversation_id` are read as part of one label; close the quote, or double it (\"\") inside the value"
        ]
    );
    // The team swallows two rows: an unknown team, and the error says why it may be.
    std::fs::write(
        &path,
        "conversation_id,expected_team\nc0,none\nc1,\"senior-ae\nc2,frontline\nc3,\"frontline\n",
    )
    .unwrap();
    let err = labels::load(&path, &columns, TEAMS)
        .unwrap_err()
        .to_string();
    let unknown = format!(
        // The swallowed rows' line breaks escaped: the error stays one line.
        "{}:3: unknown team `senior-ae\\nc2,frontline\\nc3,frontline`",
        path.display()
    );
    assert!(err.starts_with(&unknown), "{err}");
    assert!(
        err.ends_with(
            "(a quoted field runs over 3 lines, 2 of which look like rows: is a quote unclosed?)"
        ),
        "{err}"
    );
    // A later row's error keeps the warnings of the rows before it.
    std::fs::write(
        &path,
        "conversation_id,expected_team\n\"c1,senior-ae\nc2,frontline\nc3\",frontline\nc4,nobody\n",
    )
    .unwrap();
    let err = labels::load(&path, &columns, TEAMS).unwrap_err();
    assert!(
        err.to_string().contains(":5: unknown team `nobody`"),
        "{err}"
    );
    assert_eq!(
        err.warnings().iter().map(|d| d.code).collect::<Vec<_>>(),
        [Some("D008")]
    );
    // A label over several lines that look like no row is neither.
    std::fs::write(&path, "conversation_id,expected_team\n\"c1\nc1\",none\n").unwrap();
    assert!(
        labels::load(&path, &columns, TEAMS)
            .unwrap()
            .diagnostics
            .is_empty()
    );
}

/// An unknown team counted as a miss, rows with the wrong number of fields and
/// contradictory labels were accepted, and blank labels were counted as labels.
#[test]
fn label_rows_that_cannot_mean_one_label_are_errors_and_blanks_are_counted() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("labels.csv");
    let columns = labels::LabelColumns::default();
    let header = "conversation_id,expected_team,expected_escalated\n";
    let error = |rows: &str| {
        std::fs::write(&path, format!("{header}{rows}")).unwrap();
        labels::load(&path, &columns, TEAMS)
            .unwrap_err()
            .to_string()
    };
    let err = error("a,frontline,true\nb,senior-ea,\n");
    assert!(
        err.contains("labels.csv:3: unknown team `senior-ea`; did you mean `senior-ae`? the rules have: senior-ae, frontline"),
        "{err}"
    );
    let err = error("a\n");
    assert!(
        err.contains("labels.csv:2: row has 1 field; the header has 3"),
        "{err}"
    );
    let err = error("a,frontline,true,x\n");
    assert!(err.contains("labels.csv:2: row has 4 fields"), "{err}");
    let err = error("a,frontline,false\n");
    assert!(
        err.contains(
            "labels.csv:2: expected_team `frontline` contradicts expected_escalated `false`"
        ),
        "{err}"
    );
    let err = error("a,none,yes\n");
    assert!(
        err.contains("labels.csv:2: expected_team `none` contradicts"),
        "{err}"
    );
    std::fs::write(
        &path,
        format!("{header}a,frontline,true\nb,,\nc,none,false\n"),
    )
    .unwrap();
    let l = labels::load(&path, &columns, TEAMS).unwrap();
    assert_eq!((l.total, l.blank), (3, 1));
    assert!(l.get("b").is_none(), "a blank row is not a label");
    let eval = LabelEval::new(&l);
    assert_eq!((eval.labels, eval.blank, eval.unmatched()), (3, 1, 2));
}
