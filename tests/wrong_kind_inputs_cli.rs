//! Inputs that are not what they are read as, each one error (exit 2) that says what the
//! file is and what to do: a CSV export read as JSONL, a binary file, a truncated gzip
//! file, and the default `fixtures/` missing when no FILES are given.

use std::fmt::Write as _;

use predicates::prelude::*;
use predicates::str::contains;

use crate::common::{ANGRY_RULES, gzip, handoff, handoff_in, stderr_text, stdout_text, write};

const CSV: &str =
    "conversation_id,turn,role,text\na,1,customer,hi\nb,1,customer,this is ridiculous\n";

/// A CSV export in a file named `.jsonl` gave a D001 warning for each of its rows (200
/// shown, the rest counted), replayed nothing, and advised leaving out a flag nobody
/// gave. It is one error, naming the file's name as what chose JSONL.
#[test]
fn a_csv_export_named_jsonl_is_one_error_naming_the_extension() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "export.jsonl", &CSV.repeat(300));
    let run = handoff()
        .args(["replay", "--ignore-column", "turn"])
        .arg(&path)
        .assert()
        .code(2);
    let err = stderr_text(&run);
    assert_eq!(
        err,
        format!(
            "error: {}:1: this looks like CSV, not JSONL: line 1 reads as a CSV header (`conversation_id`, `turn`, `role`, `text`) and line 2 is no JSON object either\n  hint: the file's name `.jsonl` chose JSONL: read it as CSV with --input-format csv, or rename it to end in `.csv`\n",
            path.display()
        )
    );
    assert_eq!(stdout_text(&run), "");
    // The advice it gives works.
    handoff()
        .args(["replay", "-q", "--ignore-column", "turn", "--unsorted"])
        .args(["--input-format", "csv"])
        .arg(&path)
        .assert()
        .success();
}

/// `lint --columns-from` said only "no line is a JSON object" of the same file.
#[test]
fn lint_columns_from_a_csv_export_named_jsonl_says_it_is_csv() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("export.jsonl.gz");
    std::fs::write(&path, gzip(CSV.as_bytes())).unwrap();
    handoff()
        .args(["lint", "--columns-from"])
        .arg(&path)
        .assert()
        .code(2)
        .stderr(contains(
            "this looks like CSV, not JSONL: line 1 reads as a CSV header (`conversation_id`, `turn`, `role`, `text`)",
        ))
        .stderr(contains("the file's name `.jsonl.gz` chose JSONL"))
        .stderr(contains("rename it to end in `.csv.gz`"))
        .stderr(contains("no line is a JSON object").not());
}

/// A header with no row after it is CSV too; a line like one above JSON objects is a
/// title line, one malformed row, with the advice in words of the file's name.
#[test]
fn a_header_alone_is_csv_and_one_above_objects_is_a_title_line() {
    let dir = tempfile::tempdir().unwrap();
    let alone = write(dir.path(), "alone.ndjson", "conversation_id,role,text\n\n");
    handoff()
        .arg("replay")
        .arg(&alone)
        .assert()
        .code(2)
        .stderr(contains(
            "alone.ndjson:1: this looks like CSV, not JSONL: line 1 reads as a CSV header (`conversation_id`, `role`, `text`) and no line follows it",
        ));
    let titled = write(
        dir.path(),
        "titled.jsonl",
        "Export, March\n{\"conversation_id\": \"a\", \"role\": \"customer\", \"text\": \"hi\"}\n",
    );
    let run = handoff()
        .args(["replay", "-q", "--on-error", "skip"])
        .arg(&titled)
        .assert()
        .success();
    let err = stderr_text(&run);
    assert!(err.contains("titled.jsonl:1:1"), "{err}");
    assert!(
        err.contains("help: a line of comma-separated names above the JSON objects: a title or a header, which JSONL has none of; delete it (the objects after it are read)"),
        "{err}"
    );
    // Reading it as CSV would spoil the objects: no such advice.
    assert!(!err.contains("--input-format"), "{err}");
    assert!(!err.contains("rename"), "{err}");
    assert_eq!(stdout_text(&run).lines().count(), 1);
}

/// Bytes from a fixed seed: `n` of them, each of the 256 values alike often, and no NUL
/// when `nul` is false (the share of control bytes alone tells those apart).
fn noise(n: usize, nul: bool) -> Vec<u8> {
    let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut out = Vec::with_capacity(n);
    while out.len() < n {
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        let byte = (state >> 56) as u8;
        if nul || byte != 0 {
            out.push(byte);
        }
    }
    out
}

/// Random bytes were told "the header is one column separated by semicolons"; an
/// executable's first bytes were listed as its columns, with advice to map one.
#[test]
fn a_binary_file_is_said_to_be_no_text_file() {
    let dir = tempfile::tempdir().unwrap();
    let mut elf = b"\x7fELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x03\0>\0\x01\0\0\0".to_vec();
    elf.extend(noise(276, true));
    for (name, bytes) in [
        ("elf.csv", elf),
        ("random.csv", noise(5000, true)),
        ("no-nul.csv", noise(5000, false)),
        ("random.jsonl", noise(5000, false)),
    ] {
        let path = dir.path().join(name);
        std::fs::write(&path, &bytes).unwrap();
        let run = handoff().arg("replay").arg(&path).assert().code(2);
        let err = stderr_text(&run);
        assert!(
            err.starts_with(&format!(
                "error: {} is not a text file (CSV or JSONL): its first bytes are binary\n  hint: ",
                path.display()
            )),
            "{name}: {err}"
        );
        assert!(
            !err.contains("--map") && !err.contains("separated by"),
            "{name}: {err}"
        );
        assert_eq!(stdout_text(&run), "", "{name}");
    }
    // Gzipped, or on stdin, as well.
    handoff()
        .args(["replay", "-"])
        .write_stdin(gzip(&noise(3000, true)))
        .assert()
        .code(2)
        .stderr(contains("<stdin> is not a text file (CSV or JSONL)"));
}

/// A row in another encoding than UTF-8 is no binary file: the file is read, the row
/// said (D004) and kept, as before.
#[test]
fn a_csv_with_a_latin1_row_is_still_read() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("t.csv");
    std::fs::write(
        &path,
        b"conversation_id,role,text\na,customer,caf\xe9 ridiculous\nb,customer,hi\n",
    )
    .unwrap();
    let run = handoff()
        .args(["replay", "-q", "-f", "jsonl"])
        .arg(&path)
        .assert()
        .success();
    assert_eq!(stdout_text(&run).lines().count(), 2);
    assert!(stderr_text(&run).contains("warning[D004]"));
}

/// A truncated gzip file was "t.csv.gz:0: cannot read transcript / caused by:
/// incomplete deflate stream": no line 0, and the gzip file said to be truncated.
#[test]
fn a_truncated_gzip_file_is_said_to_be_one_without_line_zero() {
    let dir = tempfile::tempdir().unwrap();
    let mut csv = String::from("conversation_id,role,text\n");
    for i in 0..5000 {
        writeln!(csv, "c{i},customer,hello there").unwrap();
    }
    let full = gzip(csv.as_bytes());
    let short = dir.path().join("short.csv.gz");
    std::fs::write(&short, &full[..30]).unwrap();
    let err = stderr_text(&handoff().arg("replay").arg(&short).assert().code(2));
    assert_eq!(
        err,
        format!(
            "error: {0}: cannot read transcript: the gzip file is truncated or corrupt (incomplete deflate stream)\n  hint: test it with `gzip -t {0}`; copy or export it again\n",
            short.display()
        )
    );
    // Cut further on: the line reached is named.
    let half = dir.path().join("half.csv.gz");
    std::fs::write(&half, &full[..full.len() / 2]).unwrap();
    let err = stderr_text(&handoff().arg("replay").arg(&half).assert().code(2));
    let at = format!("error: {}:", half.display());
    let rest = err
        .split_once(&at)
        .map(|(_, rest)| rest)
        .unwrap_or_default();
    let line: String = rest.chars().take_while(char::is_ascii_digit).collect();
    assert!(line.parse::<u64>().is_ok_and(|n| n > 1), "{err}");
    assert!(
        rest.contains(": cannot read transcript: the gzip file is truncated or corrupt"),
        "{err}"
    );
}

/// Without FILES, `replay`, `coverage`, `diff` and `explain` read fixtures/; where there
/// was none they said only "cannot open transcript fixtures".
#[test]
fn a_missing_default_transcript_directory_is_told_how_to_give_one() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("rules")).unwrap();
    write(&dir.path().join("rules"), "rules.yaml", ANGRY_RULES);
    let hint = "hint: without FILES, transcripts are read from fixtures/ in the current directory: give your export's path";
    for args in [
        &["replay"][..],
        &["coverage"],
        &["diff", "--base", "rules"],
        &["explain", "-c", "x"],
    ] {
        handoff_in(dir.path())
            .args(args)
            .assert()
            .code(2)
            .stderr(contains(
                "error: cannot open transcript fixtures\n  caused by: ",
            ))
            .stderr(contains(hint));
    }
    // A path given is not second-guessed.
    handoff_in(dir.path())
        .args(["replay", "march.csv"])
        .assert()
        .code(2)
        .stderr(contains("cannot open transcript march.csv"))
        .stderr(contains("without FILES").not());
}
