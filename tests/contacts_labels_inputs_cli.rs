//! Contacts (`--contacts`) and labels (`--labels`) files are checked as transcripts
//! are, by the same code: a binary file is "not a text file", and a truncated gzip file
//! is said to be one, with how to test it.

use std::fmt::Write as _;

use crate::common::{gzip, handoff, stderr_text};

/// The start of an executable: NUL bytes among control bytes.
fn binary() -> Vec<u8> {
    let mut bytes = b"\x7fELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x03\0>\0\x01\0\0\0".to_vec();
    bytes.extend((0..2000u32).map(|i| (i * 7 % 251) as u8));
    bytes
}

/// The first 30 bytes of a gzip file of `rows`.
fn truncated_gzip(rows: &str) -> Vec<u8> {
    gzip(rows.as_bytes())[..30].to_vec()
}

/// A binary contacts file was "cannot read contacts file / caused by: the row is not
/// valid UTF-8"; a truncated one, "caused by: incomplete deflate stream".
#[test]
fn a_binary_or_truncated_contacts_file_is_said_as_a_transcript_is() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("crm.xlsx");
    std::fs::write(&path, binary()).unwrap();
    let packets = dir.path().join("packets");
    let run = |contacts: &std::path::Path| {
        stderr_text(
            &handoff()
                .args(["replay", "-q", "--packets"])
                .arg(&packets)
                .arg("--contacts")
                .arg(contacts)
                .assert()
                .code(2),
        )
    };
    assert_eq!(
        run(&path),
        format!(
            "error: {} is not a text file (CSV): its first bytes are binary\n  hint: give the contacts export itself, a CSV file (gzip-compressed or not); a spreadsheet (.xlsx) must be saved as CSV first\n",
            path.display()
        )
    );
    let mut rows = String::from("email,name\n");
    for i in 0..5000 {
        writeln!(rows, "c{i}@example.com,Customer {i}").unwrap();
    }
    let short = dir.path().join("crm.csv.gz");
    std::fs::write(&short, truncated_gzip(&rows)).unwrap();
    assert_eq!(
        run(&short),
        format!(
            "error: {0}: cannot read contacts file: the gzip file is truncated or corrupt (incomplete deflate stream)\n  hint: test it with `gzip -t {0}`; copy or export it again\n",
            short.display()
        )
    );
    assert!(!packets.exists(), "no packet written");
}

/// A binary labels file was "row is not valid UTF-8: save the labels file as UTF-8"; a
/// truncated one, "cannot read labels from … / caused by: incomplete deflate stream".
#[test]
fn a_binary_or_truncated_labels_file_is_said_as_a_transcript_is() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("labels.csv");
    std::fs::write(&path, binary()).unwrap();
    let run = |labels: &std::path::Path| {
        stderr_text(
            &handoff()
                .args(["coverage", "-q", "--labels"])
                .arg(labels)
                .assert()
                .code(2),
        )
    };
    assert_eq!(
        run(&path),
        format!(
            "error: {} is not a text file (CSV): its first bytes are binary\n  hint: give the labels file itself, a CSV file (gzip-compressed or not); a spreadsheet (.xlsx) must be saved as CSV first\n",
            path.display()
        )
    );
    let mut rows = String::from("conversation_id,expected_escalated\n");
    for i in 0..5000 {
        writeln!(rows, "c{i},true").unwrap();
    }
    let short = dir.path().join("labels.csv.gz");
    std::fs::write(&short, truncated_gzip(&rows)).unwrap();
    assert_eq!(
        run(&short),
        format!(
            "error: {0}: cannot read labels: the gzip file is truncated or corrupt (incomplete deflate stream)\n  hint: test it with `gzip -t {0}`; copy or export it again\n",
            short.display()
        )
    );
}

/// Review: a contact key on several rows was one `D010` for every row past its first
/// (a key on 50 rows, 49 warnings). It is one a key, with how many rows and their lines.
/// User report: it pointed at the second row and added a note naming the first, which
/// the message already lists: it points at the first, with no note.
#[test]
fn a_contact_key_on_several_rows_is_said_once_with_its_lines() {
    let dir = tempfile::tempdir().unwrap();
    let rules = crate::common::write(dir.path(), "rules.yaml", crate::common::ANGRY_RULES);
    let transcripts = crate::common::write(
        dir.path(),
        "t.csv",
        "conversation_id,email,role,text\nc1,a@x.io,customer,hi\n",
    );
    let mut crm =
        String::from("email,owner\na@x.io,Rita\nA@x.io,Sam\nb@x.io,Bo\na@x.io,Tom\nb@x.io,Ed\n");
    for i in 0..12 {
        writeln!(crm, "c@x.io,Owner {i}").unwrap();
    }
    let contacts = crate::common::write(dir.path(), "crm.csv", &crm);
    let stderr = stderr_text(
        &handoff()
            .args(["replay", "-q", "-r"])
            .arg(&rules)
            .arg(&transcripts)
            .arg("--contacts")
            .arg(&contacts)
            .assert()
            .success(),
    );
    assert_eq!(stderr.matches("warning[D010]").count(), 3, "{stderr}");
    assert!(
        stderr.contains("warning[D010]: contact key `a@x.io` is on 3 rows (lines 2, 3, 5): conversations with it get no contact record"),
        "{stderr}"
    );
    assert!(
        stderr.contains("contact key `b@x.io` is on 2 rows (lines 4, 6)"),
        "{stderr}"
    );
    assert!(
        stderr.contains("contact key `c@x.io` is on 12 rows (lines 7, 8, 9, 10, 11, 12, 13, 14, 15, 16 and 2 more)"),
        "{stderr}"
    );
    // At its first row; the message lists the others, so no note repeats it.
    assert!(
        stderr.contains(&format!("--> {}:2\n", contacts.display())),
        "{stderr}"
    );
    assert!(
        !stderr.contains(&format!("--> {}:3\n", contacts.display())),
        "{stderr}"
    );
    assert!(!stderr.contains("first row with this key"), "{stderr}");
}
