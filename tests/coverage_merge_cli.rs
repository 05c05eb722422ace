//! `handoff coverage --merge`: shards merged equal one run, whatever their line endings
//! and comments; a report that does not add up is refused (other refusals:
//! `coverage_merge_refusals_cli.rs`).

use handoff::coverage::VERSION;
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
    let ja = shard_report(dir.path(), "a.json", &a);
    let jb = shard_report(dir.path(), "b.json", &b);
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

/// The JSON coverage report of one shard, `coverage -f json CSV`, as handoff writes it.
pub(crate) fn shard_json(csv: &std::path::Path) -> String {
    stdout_of(handoff().args(["coverage", "-f", "json"]).arg(csv))
}

/// [`shard_json`] saved as `name` in `dir`.
pub(crate) fn shard_report(
    dir: &std::path::Path,
    name: &str,
    csv: &std::path::Path,
) -> std::path::PathBuf {
    write(dir, name, &shard_json(csv))
}

/// The JSON coverage report of the starter rules over the sample transcripts.
pub(crate) fn fixture_report() -> String {
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

/// Two reports whose counts were edited past what adds up in 64 bits merged without
/// overflowing (a debug build panicked: `attempt to add with overflow`), but into a
/// total stuck at 18446744073709551615, exit 0: refused now, as other edits are.
#[test]
fn counts_edited_past_64_bits_are_refused_not_added_up() {
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = fixture_shards(dir.path());
    for what in ["messages", "conversations"] {
        let huge = |name: &str, csv: &std::path::Path| {
            let mut report: serde_json::Value = serde_json::from_str(&shard_json(csv)).unwrap();
            report[what] = 10_000_000_000_000_000_000u64.into();
            write(dir.path(), name, &report.to_string())
        };
        let (a, b) = (huge("a.json", &a), huge("b.json", &b));
        let out = handoff()
            .args(["coverage", "-f", "json", "--merge"])
            .arg(&a)
            .arg(&b)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{what}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            stderr.contains(&format!(
                "the reports count more {what} together than 18446744073709551615"
            )),
            "{stderr}"
        );
        assert!(out.stdout.is_empty(), "{what}");
    }
}

/// A counter of a detector edited past what a run can count (`most` over its messages)
/// is refused as the other counts are; shards merged sum the counters' messages and
/// conversations and keep the larger most (the sample's c12 falls back twice).
#[test]
fn counters_that_do_not_add_up_are_refused_and_merged_ones_are_one_run_s() {
    let dir = tempfile::tempdir().unwrap();
    let mut report: serde_json::Value = serde_json::from_str(&fixture_report()).unwrap();
    let whole = report["counters"].clone();
    assert_eq!(
        whole[0],
        serde_json::json!({"name": "bot_fallbacks", "messages": 7, "conversations": 5, "most": 2, "windows": [{"within": 8, "most": 2}]})
    );
    report["counters"][0]["most"] = 8.into();
    let edited = write(dir.path(), "edited.json", &report.to_string());
    handoff()
        .args(["coverage", "--merge"])
        .arg(&edited)
        .assert()
        .code(2)
        .stderr(contains(
            "edited.json does not add up: `counters[bot_fallbacks].most` (8) is more than `counters[bot_fallbacks].messages` (7);",
        ));
    let (a, b) = fixture_shards(dir.path());
    let (ja, jb) = (
        shard_report(dir.path(), "a.json", &a),
        shard_report(dir.path(), "b.json", &b),
    );
    let merged: serde_json::Value = serde_json::from_str(&stdout_of(
        handoff()
            .args(["coverage", "-f", "json", "--merge"])
            .arg(&ja)
            .arg(&jb),
    ))
    .unwrap();
    assert_eq!(merged["counters"], whole);
}
