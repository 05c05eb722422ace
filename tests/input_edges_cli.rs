//! Edges of the inputs, from the outside: compressed contacts and labels files, CSV
//! headers with an unnamed or repeated column row, byte order marks inside a file, and
//! what a directory or stdin holds that cannot be read as a transcript.

use std::io::Write as _;

use predicates::str::contains;

use crate::common::handoff;

/// `text`, gzip-compressed.
fn gzip(text: &[u8]) -> Vec<u8> {
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(text).unwrap();
    gz.finish().unwrap()
}

/// Review: transcripts ending `.gz` were gunzipped, a contacts file or a labels file
/// was not (its header read as binary). Every file handoff reads rows from is now.
#[test]
fn contacts_and_labels_files_may_be_gzipped() {
    let dir = tempfile::tempdir().unwrap();
    let crm = dir.path().join("contacts.csv.gz");
    let plain = std::fs::read(crate::common::root().join("fixtures/crm/contacts.csv")).unwrap();
    std::fs::write(&crm, gzip(&plain)).unwrap();
    handoff()
        .args(["replay", "-f", "jsonl", "--contacts"])
        .arg(&crm)
        .assert()
        .success()
        .stderr(contains(
            "contacts: 5 of 33 conversations joined on `email`",
        ));

    let labels = dir.path().join("labels.csv.gz");
    std::fs::write(
        &labels,
        gzip(b"conversation_id,expected_team\nc01-enterprise-discount,senior-ae\nc09-not-frustrated,none\n"),
    )
    .unwrap();
    handoff()
        .args(["coverage", "--labels"])
        .arg(&labels)
        .assert()
        .success()
        .stdout(contains("labels: 2 labelled conversations found"))
        .stdout(contains(
            "escalation: precision 1.000, recall 1.000 (tp 1, fp 0, fn 0, tn 1)",
        ));
}
