//! `handoff replay --packets DEST`: where packets are written (a JSONL file, gzipped or
//! not, or a directory, parents created) and the destinations refused, said plainly. That
//! no half-written output is left is in `packets_staging_cli.rs`.

use predicates::str::contains;

use crate::common::{file_names, handoff, jsonl, packets_jsonl, write};

/// `--packets new/x/p.jsonl` failed with a bare "No such file or directory"
/// where `--packets new/x/p` (a directory) created its parents. Both create them now.
#[test]
fn missing_parent_directories_are_created_for_a_file_as_for_a_directory() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("new/x/p.jsonl");
    let directory = dir.path().join("other/y/p");
    for out in [&file, &directory] {
        handoff()
            .args(["replay", "-q", "-f", "jsonl", "--packets"])
            .arg(out)
            .assert()
            .success();
    }
    assert_eq!(jsonl(&std::fs::read_to_string(&file).unwrap()).len(), 24);
    assert_eq!(file_names(&dir.path().join("new/x")), ["p.jsonl"]);
    assert!(directory.join("c01-enterprise-discount.json").is_file());
    // A parent that is a file: the error names the packets' path.
    let blocked = dir.path().join("new/x/p.jsonl/q.jsonl");
    handoff()
        .args(["replay", "-q", "-f", "jsonl", "--packets"])
        .arg(&blocked)
        .assert()
        .code(2)
        .stderr(contains(format!(
            "cannot write packets to {}",
            blocked.display()
        )));
}

#[test]
fn an_unwritable_destination_is_an_error_and_leaves_nothing_behind() {
    let dir = tempfile::tempdir().unwrap();
    let blocker = write(dir.path(), "taken", "a file, not a directory");
    handoff()
        .args(["replay", "-q", "--packets"])
        .arg(blocker.join("packets"))
        .assert()
        .code(2)
        .stderr(contains("cannot write packets to"));
    // A .jsonl whose directory cannot be made (a file is in the way): no stray
    // temporary file either. (A directory that does not exist is created.)
    let missing = blocker.join("nope/packets.jsonl");
    handoff()
        .args(["replay", "-q", "--packets"])
        .arg(&missing)
        .assert()
        .code(2)
        .stderr(contains("cannot write packets to"));
    let left: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
    assert_eq!(left.len(), 1, "only the blocker: {left:?}");
}

/// Regression: `--packets -` made a directory named `-`, `P.JSONL` a
/// directory, and an existing file not ending in .jsonl failed with "File exists".
#[test]
fn stdout_a_capitalised_jsonl_and_an_existing_file_are_said_plainly() {
    let dir = tempfile::tempdir().unwrap();
    handoff()
        .current_dir(dir.path())
        .args(["replay", "-q", "-r"])
        .arg(std::env::current_dir().unwrap().join("rules"))
        .arg("--packets")
        .arg("-")
        .arg(std::env::current_dir().unwrap().join("fixtures"))
        .assert()
        .code(2)
        .stderr(contains("packets cannot go to stdout"));
    assert!(!dir.path().join("-").exists());
    let upper = dir.path().join("P.JSONL");
    handoff()
        .args(["replay", "-q", "--packets"])
        .arg(&upper)
        .assert()
        .success();
    assert!(upper.is_file(), "P.JSONL is one file");
    // (A name with a file's ending is refused before: `.txt` is not a packets file.)
    let taken = write(dir.path(), "packets", "a file");
    handoff()
        .args(["replay", "-q", "--packets"])
        .arg(&taken)
        .assert()
        .code(2)
        .stderr(contains("exists and is not a directory"));
}

/// `--packets out.jsonl.gz` and `out.ndjson` wrote a directory of
/// `.json` and `.md` files named like a file. They are JSONL now, the first gzipped.
#[test]
fn ndjson_and_gz_names_are_jsonl_files() {
    let (plain, _) = packets_jsonl(&[]);
    let dir = tempfile::tempdir().unwrap();
    for name in ["out.ndjson", "out.jsonl.gz", "OUT.NDJSON.GZ"] {
        let out = dir.path().join("sub").join(name);
        handoff()
            .args(["replay", "-q", "-f", "jsonl", "--packets"])
            .arg(&out)
            .assert()
            .success();
        assert!(out.is_file(), "{name} is a file, not a directory");
        let bytes = std::fs::read(&out).unwrap();
        let text = if name.to_ascii_lowercase().ends_with(".gz") {
            let mut text = String::new();
            std::io::Read::read_to_string(
                &mut flate2::read::GzDecoder::new(bytes.as_slice()),
                &mut text,
            )
            .unwrap();
            text
        } else {
            String::from_utf8(bytes).unwrap()
        };
        assert_eq!(jsonl(&text), plain, "{name}: the packets of a .jsonl file");
    }
    // No temporary file is left beside them.
    assert_eq!(
        file_names(&dir.path().join("sub")),
        ["OUT.NDJSON.GZ", "out.jsonl.gz", "out.ndjson"]
    );
}

/// A name with a file's ending that packets are not written as
/// (`.json`, `.gz`, `.csv`, …) is refused, saying what to write, and nothing is made.
#[test]
fn a_file_like_name_that_is_not_jsonl_is_refused_with_what_to_write() {
    let dir = tempfile::tempdir().unwrap();
    for (name, why) in [
        (
            "out.json",
            "a `.json` file holds one JSON value, not a packet per conversation",
        ),
        ("out.json.gz", "packets are not written as `.json.gz`"),
        ("out.gz", "packets are not written as `.gz`"),
        ("out.CSV", "packets are not written as `.CSV`"),
        ("out.md", "packets are not written as `.md`"),
        ("out.txt", "packets are not written as `.txt`"),
    ] {
        let out = dir.path().join("new").join(name);
        let base = dir.path().join("new").join("out").display().to_string();
        handoff()
            .args(["replay", "-q", "--packets"])
            .arg(&out)
            .assert()
            .code(2)
            .stderr(contains(format!("cannot write packets to {}", out.display())))
            .stderr(contains(why))
            .stderr(contains(format!(
                "write `{base}.jsonl` for one packet a line, `{base}.jsonl.gz` for the same compressed, or `{base}/` for a directory"
            )));
    }
    assert!(file_names(dir.path()).is_empty(), "nothing created");
    // A trailing `/` says it is a directory, whatever its name.
    let out = dir.path().join("out.txt");
    handoff()
        .args(["replay", "-q", "--packets"])
        .arg(format!("{}/", out.display()))
        .assert()
        .success();
    assert_eq!(file_names(&out).len(), 49);
}

/// Under a regular file, `--packets` said "File exists (os error
/// 17)" for a `.jsonl` file and "Not a directory (os error 20)" for a directory. Both
/// name the file now.
#[test]
fn a_file_on_the_way_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let notes = write(dir.path(), "notes.txt", "mine");
    for under in ["out.jsonl", "out.jsonl.gz", "sub/dir", "dir"] {
        let out = notes.join(under);
        handoff()
            .args(["replay", "-q", "--packets"])
            .arg(&out)
            .assert()
            .code(2)
            .stderr(contains(format!(
                "cannot write packets to {}\n  caused by: `{}` is a file, not a directory",
                out.display(),
                notes.display()
            )));
    }
    assert_eq!(std::fs::read_to_string(&notes).unwrap(), "mine");
}

/// A conversation `con` wrote `p/con.json`: a name Windows opens as the console. Such
/// names get a `_` after the device's name and a hash, as other changed ids do.
#[test]
fn packet_names_avoid_the_names_windows_keeps_for_devices() {
    let dir = tempfile::tempdir().unwrap();
    let transcript = write(
        dir.path(),
        "t.csv",
        "conversation_id,role,text
con,customer,I want to talk to a real person
NUL.txt,customer,I want to talk to a real person
console,customer,I want to talk to a real person
",
    );
    let packets = dir.path().join("p");
    handoff()
        .args(["replay", "-q", "-f", "jsonl", "--packets"])
        .arg(&packets)
        .arg(&transcript)
        .assert()
        .success();
    let names = file_names(&packets);
    assert_eq!(
        names.len(),
        7,
        "a .json and a .md each, and the marker: {names:?}"
    );
    assert!(names.contains(&"console.json".to_owned()), "{names:?}");
    for name in &names {
        // Windows reads what comes before the first dot (`con.json` is `CON`).
        let base = name.split('.').next().unwrap().to_ascii_lowercase();
        assert!(!["con", "nul"].contains(&base.as_str()), "{names:?}");
    }
    assert!(names.iter().any(|n| n.starts_with("con_-")), "{names:?}");
    assert!(
        names.iter().any(|n| n.starts_with("NUL_.txt-")),
        "{names:?}"
    );
}
