//! `handoff coverage --merge` refusing shards: labels beside none, labels mapped otherwise
//! or of other values, binary, truncated or non-UTF-8 reports (merging: `coverage_merge_cli.rs`).

use predicates::prelude::PredicateBooleanExt;
use predicates::str::contains;

use crate::common::{handoff, stdout_of, write};
use crate::coverage_merge_cli::{fixture_report, fixture_shards, shard_report};

/// A shard's report made with `--labels` merged with one made without
/// it gave the labelled shard's precision and recall as the whole's, exit 0. Refused (exit
/// 2) in either order, naming the report made without labels.
#[test]
fn a_report_with_labels_does_not_merge_with_one_without() {
    let dir = tempfile::tempdir().unwrap();
    let labels = write(
        dir.path(),
        "labels.csv",
        "conversation_id,expected_team\nc01-enterprise-discount,senior-ae\nc20-no-metadata,none\n",
    );
    let (a, b) = fixture_shards(dir.path());
    let labelled = write(
        dir.path(),
        "labelled.json",
        &stdout_of(
            handoff()
                .args(["coverage", "-f", "json", "--labels"])
                .arg(&labels)
                .arg(&a),
        ),
    );
    let plain = shard_report(dir.path(), "plain.json", &b);
    for (first, second) in [(&labelled, &plain), (&plain, &labelled)] {
        handoff()
            .args(["coverage", "--merge"])
            .arg(first)
            .arg(second)
            .assert()
            .code(2)
            .stdout("")
            .stderr(contains(format!(
                "{} was made without --labels, {} with them: the label evaluation would leave \
                 out the conversations of {}",
                plain.display(),
                labelled.display(),
                plain.display()
            )));
    }
}

/// Two shards' reports of one labels file mapped with other `--label-column`s were
/// refused as "different label files (2 and 2 labels)", and the refusal did not name
/// the report merged into: each side's labels and blanks are given, and both reports.
#[test]
fn labels_mapped_otherwise_are_refused_saying_what_differs() {
    let dir = tempfile::tempdir().unwrap();
    let labels = write(
        dir.path(),
        "labels.csv",
        "conversation_id,expected_team,other\nc01-enterprise-discount,senior-ae,\nc20-no-metadata,none,frontline\n",
    );
    let report = |name: &str, column: &str, shard: &str| {
        let all = std::fs::read_to_string(crate::common::root().join("fixtures/transcripts.csv"))
            .unwrap();
        let (header, rows) = all.split_once('\n').unwrap();
        let cut = rows.find("\nc16-").unwrap() + 1;
        let part = if shard == "a" {
            &rows[..cut]
        } else {
            &rows[cut..]
        };
        let csv = write(
            dir.path(),
            &format!("{shard}.csv"),
            &format!("{header}\n{part}"),
        );
        write(
            dir.path(),
            name,
            &stdout_of(
                handoff()
                    .args([
                        "coverage",
                        "-f",
                        "json",
                        "--label-column",
                        column,
                        "--labels",
                    ])
                    .arg(&labels)
                    .arg(&csv),
            ),
        )
    };
    let a = report("a.json", "expected_team=expected_team", "a");
    let b = report("b.json", "expected_team=other", "b");
    handoff()
        .args(["coverage", "--merge"])
        .arg(&a)
        .arg(&b)
        .assert()
        .code(2)
        .stderr(contains(format!(
            "cannot merge {} into {}",
            b.display(),
            a.display()
        )))
        .stderr(contains(
            "the reports evaluate different labels (2 labels, 0 blank, against 2, 1 blank): another labels file, or the same mapped with other --label-column",
        ));
}

/// Two labels files of as many rows and blanks but other labels merged: only the
/// counts were compared, although README says reports of different label files are
/// refused. A fingerprint of the labels tells them apart; the same labels in another
/// row order are the same.
#[test]
fn labels_of_as_many_rows_but_other_values_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let one = write(
        dir.path(),
        "one.csv",
        "conversation_id,expected_team\nc01-enterprise-discount,senior-ae\nc20-no-metadata,none\n",
    );
    let other = write(
        dir.path(),
        "other.csv",
        "conversation_id,expected_team\nc01-enterprise-discount,none\nc20-no-metadata,none\n",
    );
    let reordered = write(
        dir.path(),
        "reordered.csv",
        "conversation_id,expected_team\r\nc20-no-metadata,\"none\"\r\nc01-enterprise-discount,senior-ae\r\n",
    );
    let (a_csv, b_csv) = fixture_shards(dir.path());
    let report = |name: &str, labels: &std::path::Path, csv: &std::path::Path| {
        write(
            dir.path(),
            name,
            &stdout_of(
                handoff()
                    .args(["coverage", "-f", "json", "--labels"])
                    .arg(labels)
                    .arg(csv),
            ),
        )
    };
    let a = report("a.json", &one, &a_csv);
    let b = report("b.json", &other, &b_csv);
    let stderr = crate::common::stderr_text(
        &handoff()
            .args(["coverage", "--merge"])
            .arg(&a)
            .arg(&b)
            .assert()
            .code(2),
    );
    assert!(
        stderr.contains(&format!(
            "cannot merge {} into {}",
            b.display(),
            a.display()
        )),
        "{stderr}"
    );
    assert!(
        stderr.contains("the reports evaluate different labels (fingerprints "),
        "{stderr}"
    );
    assert!(
        stderr.contains(
            ", though of as many rows and blanks): another labels file, or the same mapped with other --label-column"
        ),
        "{stderr}"
    );
    // The same labels, rows reordered, quoted and with CRLF: one labels file.
    let b = report("b2.json", &reordered, &b_csv);
    handoff()
        .args(["coverage", "--merge"])
        .arg(&a)
        .arg(&b)
        .assert()
        .success();
}

/// `--merge` read its reports without the checks every other input gets: a binary file
/// was "stream did not contain valid UTF-8", a gzip report cut short "incomplete
/// deflate stream".
#[test]
fn a_binary_or_truncated_report_is_said_to_be_one() {
    let dir = tempfile::tempdir().unwrap();
    let mut elf = b"\x7fELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x03\0\x3e\0".to_vec();
    elf.extend(std::iter::repeat_n(0u8, 64));
    std::fs::write(dir.path().join("report.json"), &elf).unwrap();
    handoff()
        .current_dir(dir.path())
        .args(["coverage", "--merge", "report.json"])
        .assert()
        .code(2)
        .stderr(contains(
            "report.json is not a text file (JSON): its first bytes are binary",
        ))
        .stderr(contains(
            "hint: give the report `handoff coverage -f json` wrote",
        ));
    let report = fixture_report();
    let gz = crate::common::gzip(report.as_bytes());
    std::fs::write(dir.path().join("cut.json.gz"), &gz[..gz.len() / 2]).unwrap();
    handoff()
        .current_dir(dir.path())
        .args(["coverage", "--merge", "cut.json.gz"])
        .assert()
        .code(2)
        .stderr(contains(
            "cut.json.gz: cannot read coverage report: the gzip file is truncated or corrupt",
        ))
        .stderr(contains("hint: test it with `gzip -t cut.json.gz`"));
}

/// A report with a byte that is not UTF-8 was "stream did not contain valid UTF-8",
/// without the file or the place: both are said, as a transcript's bad bytes are.
#[test]
fn a_report_not_utf8_is_said_at_its_file_line_and_byte() {
    let dir = tempfile::tempdir().unwrap();
    let report = fixture_report();
    // A Latin-1 `é` on the second line, in a string.
    let second = report.find('\n').unwrap() + 1;
    let mut bytes = report.as_bytes().to_vec();
    let quote = second + report[second..].find('"').unwrap();
    bytes.insert(quote + 1, 0xE9);
    std::fs::write(dir.path().join("latin1.json"), &bytes).unwrap();
    let column = report[second..=quote].chars().count() + 1;
    handoff()
        .current_dir(dir.path())
        .args(["coverage", "--merge", "latin1.json"])
        .assert()
        .code(2)
        .stderr(contains(format!(
            "latin1.json:2:{column}: not valid UTF-8 text: byte 0xE9 at byte offset {} is not UTF-8",
            quote + 1
        )))
        .stderr(contains("stream did not contain valid UTF-8").not());
    // Gzip-compressed: the place in the text it holds.
    std::fs::write(
        dir.path().join("latin1.json.gz"),
        crate::common::gzip(&bytes),
    )
    .unwrap();
    handoff()
        .current_dir(dir.path())
        .args(["coverage", "--merge", "latin1.json.gz"])
        .assert()
        .code(2)
        .stderr(contains(format!(
            "latin1.json.gz:2:{column}: not valid UTF-8 text"
        )));
}
