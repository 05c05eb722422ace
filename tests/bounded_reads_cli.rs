//! Files read whole before their rows are read are bounded as rule files are: a mapping
//! file, `.handoff.yaml` and a coverage report to merge, given as a FIFO (or
//! `/dev/zero`), are read one byte past their limit, then refused; they were read whole,
//! forever for an endless stream.

#![cfg(unix)]

use std::io::Write;
use std::path::Path;

use crate::common::{ANGRY_RULES, fifo, handoff_in, stderr_text, write};

const EXPORT: &str = "conversation_id,role,text\nc1,customer,hi\n";

/// Writes `chunk` `times` times into the FIFO at `path` from a thread: whether it was
/// all read (a reader that stops early breaks the pipe).
fn feed(path: &Path, chunk: Vec<u8>, times: usize) -> std::thread::JoinHandle<bool> {
    let path = path.to_owned();
    std::thread::spawn(move || {
        let mut w = std::fs::OpenOptions::new().write(true).open(path).unwrap();
        (0..times).all(|_| w.write_all(&chunk).is_ok())
    })
}

const LIMIT: usize = 4 * 1024 * 1024;

/// The replay that reads the mapping file `map.yaml`.
const WITH_MAPPING: [&str; 6] = [
    "replay",
    "-r",
    "rules.yaml",
    "--mapping",
    "map.yaml",
    "t.csv",
];

/// Runs handoff with `args` in `dir`, and asserts it stops with exit 2 saying `said`,
/// and that the FIFO `writer` feeds was not read whole.
fn refused(dir: &Path, args: &[&str], said: &str, writer: std::thread::JoinHandle<bool>) {
    let err = stderr_text(&handoff_in(dir).args(args).assert().code(2));
    assert!(err.contains(said), "{said}\n{err}");
    assert!(!writer.join().unwrap(), "the FIFO was read whole");
}

/// `rules.yaml` and `t.csv` in a new directory.
fn replay_dir() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "rules.yaml", ANGRY_RULES);
    write(dir.path(), "t.csv", EXPORT);
    dir
}

#[test]
fn a_mapping_file_given_as_a_fifo_is_read_no_further_than_the_limit() {
    let dir = replay_dir();
    let map = fifo(dir.path(), "map.yaml");
    let writer = feed(&map, vec![b'#'; LIMIT], 3);
    refused(
        dir.path(),
        &WITH_MAPPING,
        &format!("mapping file map.yaml is over the limit of 4 MiB ({LIMIT} bytes)"),
        writer,
    );
    // Within the limit, read as a file is.
    let writer = feed(&map, b"columns: { text: text }\n".to_vec(), 1);
    handoff_in(dir.path()).args(WITH_MAPPING).assert().success();
    assert!(writer.join().unwrap());
}

#[test]
fn a_project_file_given_as_a_fifo_is_read_no_further_than_the_limit() {
    let dir = replay_dir();
    let project = fifo(dir.path(), ".handoff.yaml");
    let writer = feed(&project, vec![b'#'; LIMIT], 3);
    refused(
        dir.path(),
        &["replay", "-r", "rules.yaml", "t.csv"],
        &format!("project file .handoff.yaml is over the limit of 4 MiB ({LIMIT} bytes)"),
        writer,
    );
}

/// A report's limit is far above a rule file's (256 MiB of text): a stream past it is
/// refused, not read on.
#[test]
fn a_coverage_report_to_merge_given_as_a_fifo_is_read_no_further_than_the_limit() {
    let dir = tempfile::tempdir().unwrap();
    let report = fifo(dir.path(), "shard.json");
    let chunk = b"{\"version\": 5, ".repeat(64 * 1024);
    let times = 257 * 1024 * 1024 / chunk.len() + 1;
    let writer = feed(&report, chunk, times);
    refused(
        dir.path(),
        &["coverage", "--merge", "shard.json"],
        "coverage report shard.json is over the limit of 256 MiB (268435456 bytes)",
        writer,
    );
}
