//! `handoff coverage --merge`: shards merged equal one run, whatever their line endings
//! and comments, and only with reports alike (labels or none).

use handoff::coverage::VERSION;
use predicates::prelude::PredicateBooleanExt;
use predicates::str::contains;

use crate::common::{handoff, stdout_of, write};

#[test]
fn merged_shards_equal_one_run() {
    let dir = tempfile::tempdir().unwrap();
    let all =
        std::fs::read_to_string(crate::common::root().join("fixtures/transcripts.csv")).unwrap();
    let mut lines = all.lines();
    let header = lines.next().unwrap();
    let rows: Vec<&str> = lines.collect();
    // Split at a conversation boundary (c16 starts a new conversation).
    let cut = rows.iter().position(|r| r.starts_with("c16-")).unwrap();
    let a = write(
        dir.path(),
        "a.csv",
        &format!("{header}\n{}\n", rows[..cut].join("\n")),
    );
    let b = write(
        dir.path(),
        "b.csv",
        &format!("{header}\n{}\n", rows[cut..].join("\n")),
    );
    let ja = write(
        dir.path(),
        "a.json",
        &stdout_of(handoff().args(["coverage", "-f", "json"]).arg(&a)),
    );
    let jb = write(
        dir.path(),
        "b.json",
        &stdout_of(handoff().args(["coverage", "-f", "json"]).arg(&b)),
    );
    let merged = stdout_of(
        handoff()
            .args(["coverage", "-f", "json", "--merge"])
            .arg(&ja)
            .arg(&jb),
    );
    let whole = stdout_of(handoff().args(["coverage", "-f", "json"]));
    // The same report but for the runs it counts: both shards', or the one run's.
    let without_shards = |json: &str| {
        let mut v: serde_json::Value = serde_json::from_str(json).unwrap();
        let shards = v["shards"].take();
        (v, shards.as_array().unwrap().len())
    };
    assert_eq!(without_shards(&merged), (without_shards(&whole).0, 2));
    // Every input is gunzipped when it is gzip data; a report kept compressed
    // (a CI artifact) too.
    let gz = dir.path().join("b.json.gz");
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    std::io::Write::write_all(&mut encoder, std::fs::read(&jb).unwrap().as_slice()).unwrap();
    std::fs::write(&gz, encoder.finish().unwrap()).unwrap();
    let merged_gz = stdout_of(
        handoff()
            .args(["coverage", "-f", "json", "--merge"])
            .arg(&ja)
            .arg(&gz),
    );
    assert_eq!(merged_gz, merged);
    let bad = write(dir.path(), "bad.json", "{}");
    handoff()
        .args(["coverage", "--merge"])
        .arg(&ja)
        .arg(&bad)
        .assert()
        .code(2)
        .stderr(contains("is not a handoff coverage JSON report"));
    // Regression: a report given twice counted twice; `-r` and transcripts
    // beside `--merge` were ignored silently.
    handoff()
        .args(["coverage", "--merge"])
        .arg(&ja)
        .arg(&ja)
        .assert()
        .code(2)
        .stderr(contains("is given twice to --merge"));
    let copy = dir.path().join("copy.json");
    std::fs::copy(&ja, &copy).unwrap();
    handoff()
        .args(["coverage", "--merge"])
        .arg(&ja)
        .arg(&copy)
        .assert()
        .code(2)
        .stderr(contains("counts the same runs as"));
    // A shard merged again with a merged report holding it counted twice.
    let jab = write(dir.path(), "ab.json", &merged);
    for (first, second, message) in [
        (&jab, &ja, "a.json is already counted in "),
        (&ja, &jab, "ab.json already counts "),
    ] {
        handoff()
            .args(["coverage", "--merge"])
            .arg(first)
            .arg(second)
            .assert()
            .code(2)
            .stderr(contains(message))
            .stderr(contains("its conversations would count twice"));
    }
    // A report of another version: said so, not "different rule sets".
    let old = write(
        dir.path(),
        "old.json",
        &std::fs::read_to_string(&ja).unwrap().replacen(
            &format!("\"version\": {VERSION}"),
            "\"version\": 3",
            1,
        ),
    );
    handoff()
        .args(["coverage", "--merge"])
        .arg(&old)
        .arg(&jb)
        .assert()
        .code(2)
        .stderr(contains(format!(
            "old.json was made by an older handoff (coverage report version 3; this one reads version {VERSION})"
        )));
    handoff()
        .args(["coverage", "-r", "rules", "--merge"])
        .arg(&ja)
        .assert()
        .code(2)
        .stderr(contains("cannot be used with"));
    // Flags that say how to read transcripts did nothing beside
    // `--merge`, which reads none, even a contacts file that does not exist.
    for flags in [
        &["--contacts", "/nonexistent"][..],
        &["--map", "foo=bar"],
        &["--unsorted"],
        &["--role", "x=robot"],
        &["--ignore-column", "turn"],
        &["--jobs", "2"],
        &["--on-error", "skip"],
        &["--input-format", "csv"],
    ] {
        handoff()
            .args(["coverage", "--merge"])
            .arg(&ja)
            .arg(&jb)
            .args(flags)
            .assert()
            .code(2)
            .stderr(contains(
                "the argument '--merge <JSON>...' cannot be used with",
            ))
            .stderr(contains(flags[0]));
    }
    // What applies to a merged report still goes with it.
    handoff()
        .args(["coverage", "--redact", "--max-missed", "1000", "--merge"])
        .arg(&ja)
        .arg(&jb)
        .assert()
        .success();
}

/// Shards of the same rules checked out with CRLF line endings, or with a comment
/// added, did not merge ("different rule sets"); rules that mean something else still
/// do not.
#[test]
fn shards_of_the_same_rules_merge_whatever_their_line_endings_and_comments() {
    let dir = tempfile::tempdir().unwrap();
    let crlf = dir.path().join("crlf");
    let changed = dir.path().join("changed");
    for d in [&crlf, &changed] {
        std::fs::create_dir(d).unwrap();
    }
    for entry in std::fs::read_dir(crate::common::root().join("rules")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "yaml") {
            let text = std::fs::read_to_string(&path).unwrap();
            let name = path.file_name().unwrap();
            let noted = format!("# a note\n{}", text.replace('\n', "\r\n"));
            std::fs::write(crlf.join(name), noted).unwrap();
            std::fs::write(
                changed.join(name),
                text.replace("name: Customer Support", "name: Support"),
            )
            .unwrap();
        }
    }
    let all =
        std::fs::read_to_string(crate::common::root().join("fixtures/transcripts.csv")).unwrap();
    let cut = all.find("\nc16-").unwrap() + 1;
    let header = &all[..=all.find('\n').unwrap()];
    write(dir.path(), "1.csv", &all[..cut]);
    write(dir.path(), "2.csv", &format!("{header}{}", &all[cut..]));
    let shard = |rules: &std::path::Path, file: &str, out: &str| {
        write(
            dir.path(),
            out,
            &stdout_of(
                handoff()
                    .args(["coverage", "-f", "json", "-r"])
                    .arg(rules)
                    .arg(dir.path().join(file)),
            ),
        )
    };
    let a = shard(&crate::common::root().join("rules"), "1.csv", "a.json");
    let b = shard(&crlf, "2.csv", "b.json");
    let c = shard(&changed, "2.csv", "c.json");
    handoff()
        .args(["coverage", "--merge"])
        .arg(&a)
        .arg(&b)
        .assert()
        .success();
    handoff()
        .args(["coverage", "--merge"])
        .arg(&a)
        .arg(&c)
        .assert()
        .code(2)
        .stderr(contains("the reports are of different rule sets"));
}

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
    let plain = write(
        dir.path(),
        "plain.json",
        &stdout_of(handoff().args(["coverage", "-f", "json"]).arg(&b)),
    );
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

/// The shipped transcripts cut in two shards before `c16-` (`a.csv`, `b.csv` in `dir`),
/// each with the header.
pub(crate) fn fixture_shards(dir: &std::path::Path) -> (std::path::PathBuf, std::path::PathBuf) {
    let all =
        std::fs::read_to_string(crate::common::root().join("fixtures/transcripts.csv")).unwrap();
    let (header, rows) = all.split_once('\n').unwrap();
    let cut = rows.find("\nc16-").unwrap() + 1;
    (
        write(dir, "a.csv", &format!("{header}\n{}", &rows[..cut])),
        write(dir, "b.csv", &format!("{header}\n{}", &rows[cut..])),
    )
}

/// The JSON coverage report of the starter rules over the sample transcripts.
fn fixture_report() -> String {
    stdout_of(handoff().args([
        "coverage",
        "-r",
        "rules",
        "-f",
        "json",
        "fixtures/transcripts.csv",
    ]))
}

/// A report edited after handoff wrote it (`escalated` raised) merged into shares over
/// 100 % (a default-route share of 3195 %): its counts are checked as it is read, and
/// the first that cannot be is named with the file.
#[test]
fn a_report_that_does_not_add_up_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let report = fixture_report();
    assert!(report.contains("\"escalated\": 24,"), "{report}");
    let edited = write(
        dir.path(),
        "edited.json",
        &report.replace("\"escalated\": 24,", "\"escalated\": 800,"),
    );
    let stderr = crate::common::stderr_text(
        &handoff()
            .args(["coverage", "--merge"])
            .arg(&edited)
            .assert()
            .code(2),
    );
    assert!(
        stderr.contains(&format!(
            "{} does not add up: the `matrix` counts 24 escalations and `escalated` 800; it is not the report handoff wrote (edited or damaged since): run coverage on its shard again",
            edited.display()
        )),
        "{stderr}"
    );
}
