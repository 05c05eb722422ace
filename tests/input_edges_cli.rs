//! Edges of the inputs, from the outside: compressed contacts and labels files, CSV
//! headers with an unnamed or repeated column row, byte order marks inside a file, and
//! what a directory or stdin holds that cannot be read as a transcript.

use std::io::Write as _;

use predicates::prelude::*;

use predicates::str::contains;

use crate::common::{handoff, write};

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

/// Review: two exports joined with `cat` gave a conversation `conversation_id` (CSV) or
/// a lost line (JSONL, a byte order mark inside). Both read as meant now, said once,
/// counted in the summary, and the run passes.
#[test]
fn exports_joined_with_cat_read_as_meant() {
    let dir = tempfile::tempdir().unwrap();
    let one = "conversation_id,role,text\nc1,customer,hello\n";
    let two = "\u{feff}conversation_id,role,text\nc2,customer,I want to talk to a human\n";
    let csv = write(dir.path(), "joined.csv", &format!("{one}{two}"));
    let out = handoff()
        .args(["replay", "-f", "jsonl"])
        .arg(&csv)
        .assert()
        .success()
        .stderr(contains(
            "warning[D014]: row repeats the header: skipped, not read as a message",
        ))
        .stderr(contains("joined.csv:3"))
        .stderr(contains(
            "1 header row repeated inside a file, skipped (D014)",
        ));
    let ids: Vec<String> = crate::common::jsonl(&crate::common::stdout_text(&out))
        .iter()
        .map(|v| v["conversation_id"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(ids, ["c1", "c2"]);

    let line = |id: &str| {
        format!("\u{feff}{{\"conversation_id\":\"{id}\",\"role\":\"customer\",\"text\":\"hi\"}}\n")
    };
    let jsonl = write(
        dir.path(),
        "joined.jsonl",
        &format!("{}{}", line("a"), line("b")),
    );
    handoff()
        .args(["replay", "-f", "jsonl"])
        .arg(&jsonl)
        .assert()
        .success()
        .stdout(contains("\"conversation_id\":\"b\""))
        .stderr(contains(
            "warning[D015]: line starts with a UTF-8 byte order mark",
        ))
        .stderr(contains(
            "1 byte order mark past the start of a file, left out (D015)",
        ))
        .stderr(contains("malformed").not());
}
