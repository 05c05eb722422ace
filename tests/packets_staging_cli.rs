//! `handoff replay --packets DEST` writes whole or not at all: staged output and the
//! temporary files of killed runs, the directory's lock, reruns into one directory, a
//! closed stdout and runs that fail on malformed rows.

use std::fmt::Write as _;

use predicates::str::contains;

use crate::common::{file_names, handoff, jsonl, write};

/// A `replay --packets OUT.jsonl` interrupted by Ctrl-C left its
/// `.OUT.jsonl.PID.tmp` behind for good, one more per interrupted run. The next run
/// removes those whose process is gone, as a directory's staging directories are; a
/// running process's, and other files', stay.
#[cfg(target_os = "linux")]
/// A killed run's temporary file is removed by the next run, whatever process id it
/// names (process 1 always runs: the system may give a killed run's id to another
/// process); a live run's, which it holds locked as it writes, stays.
#[test]
fn a_killed_runs_temporary_jsonl_is_removed_by_the_next_run() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("p.jsonl");
    let stale = write(dir.path(), ".p.jsonl.99999999.tmp", "{\"half\":");
    let reused = write(dir.path(), ".p.jsonl.1.tmp", "{");
    let live = write(dir.path(), ".p.jsonl.12345.tmp", "{");
    let held = std::fs::File::open(&live).unwrap();
    held.try_lock().unwrap();
    let other = write(dir.path(), ".q.jsonl.99999999.tmp", "{");
    handoff()
        .args(["replay", "-q", "-f", "jsonl", "--packets"])
        .arg(&file)
        .assert()
        .success();
    assert!(!stale.exists(), "the killed run's file is removed");
    assert!(!reused.exists(), "whatever its process id");
    assert!(live.exists() && other.exists());
    assert_eq!(
        file_names(dir.path()),
        [".p.jsonl.12345.tmp", ".q.jsonl.99999999.tmp", "p.jsonl"]
    );
}

/// Regression: two runs into one directory started at the same instant both found no
/// other run's staging directory, and both wrote. A run holds the directory's lock while
/// it writes (here the test holds it): another is refused (exit 2) and says why, and
/// finds it free once the holder is done, however it ended.
#[test]
fn a_directory_another_run_is_writing_into_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("packets");
    std::fs::create_dir(&out).unwrap();
    let lock = write(&out, ".handoff-packets.lock", "4242\n");
    let held = std::fs::File::open(&lock).unwrap();
    held.try_lock().unwrap();
    let replay = || {
        handoff()
            .args(["replay", "-q", "-f", "jsonl", "--packets"])
            .arg(&out)
            .assert()
    };
    replay().code(2).stderr(contains(
        "another `replay --packets` run (process 4242) is writing into this directory; wait for it to finish or give another directory",
    ));
    assert_eq!(file_names(&out), [".handoff-packets.lock"]);
    drop(held);
    replay().success();
    assert_eq!(file_names(&out).len(), 49, "the lock file removed");
    assert!(!out.join(".handoff-packets.lock").exists());
}

/// A second run into the same directory left the first run's packets next to its
/// own, silently. The manifest lets it clear them; anything else there is refused.
#[test]
fn a_rerun_into_the_same_directory_replaces_the_packets_and_refuses_foreign_files() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("packets");
    let replay = |input: &std::path::Path| {
        handoff()
            .args(["replay", "-q", "-f", "jsonl", "--packets"])
            .arg(&out)
            .arg(input)
            .assert()
    };
    replay(std::path::Path::new("fixtures/transcripts.csv")).success();
    assert_eq!(file_names(&out).len(), 49);
    let all = std::fs::read_to_string("fixtures/transcripts.csv").unwrap();
    let one: String = all
        .lines()
        .filter(|l| l.starts_with("conversation_id,") || l.starts_with("c01-"))
        .fold(String::new(), |mut s, l| {
            writeln!(s, "{l}").unwrap();
            s
        });
    let one = write(dir.path(), "one.csv", &one);
    replay(&one).success();
    assert_eq!(
        file_names(&out),
        [
            ".handoff-packets",
            "c01-enterprise-discount.json",
            "c01-enterprise-discount.md"
        ],
        "only this run's packets"
    );
    write(&out, "notes.txt", "mine");
    replay(&one).code(2).stderr(contains(
        "the directory holds `notes.txt`, which an earlier `replay --packets` did not write",
    ));
    assert!(
        out.join("c01-enterprise-discount.json").exists(),
        "nothing removed"
    );
    let fresh = dir.path().join("fresh");
    std::fs::create_dir(&fresh).unwrap();
    write(&fresh, "notes.txt", "mine");
    handoff()
        .args(["replay", "-q", "--packets"])
        .arg(&fresh)
        .assert()
        .code(2)
        .stderr(contains("give a new or empty directory"));
}

/// `handoff replay --packets p.jsonl big.csv | head -1` exited 0 and wrote no
/// packets (a directory got some of them): stdout closing ended the run. With packets,
/// stdout is a preview: the packets are written in full, and the exit code is the run's
/// (2 for a malformed row, unless `--on-error skip`).
#[test]
fn a_closed_stdout_does_not_cut_the_packets_short() {
    let dir = tempfile::tempdir().unwrap();
    // Far more output than the pipe and the output buffer hold: stdout closes mid-run.
    let mut csv = String::from("conversation_id,timestamp,role,text\n");
    for i in 0..6_000 {
        let text = if i % 3 == 0 {
            "this is useless"
        } else {
            "hello"
        };
        writeln!(csv, "c{i:04},2026-03-01T09:00:00Z,customer,{text}").unwrap();
    }
    csv.push_str("ragged,row\n");
    let transcripts = write(dir.path(), "t.csv", &csv);
    // (A run that fails on the ragged row writes no packets: `--on-error skip`.)
    for (out, format, on_error, code) in [("p.jsonl", "jsonl", "skip", 0), ("p", "json", "skip", 0)]
    {
        let out = dir.path().join(out);
        let (first, done) = crate::common::first_line_then_close([
            "replay".as_ref(),
            "-f".as_ref(),
            std::ffi::OsStr::new(format),
            "--on-error".as_ref(),
            on_error.as_ref(),
            "--packets".as_ref(),
            out.as_os_str(),
            transcripts.as_os_str(),
        ]);
        let stderr = String::from_utf8_lossy(&done.stderr);
        assert!(!first.is_empty());
        assert_eq!(done.status.code(), Some(code), "{format}: {stderr}");
        assert!(
            stderr.contains("wrote 2000 packets to"),
            "{format}: {stderr}"
        );
        let written = if format == "jsonl" {
            jsonl(&std::fs::read_to_string(&out).unwrap()).len()
        } else {
            file_names(&out)
                .iter()
                .filter(|n| n.ends_with(".json"))
                .count()
        };
        assert_eq!(written, 2000, "{format}");
    }
}

#[test]
fn a_run_that_fails_on_malformed_rows_leaves_the_earlier_packets_as_they_were() {
    let dir = tempfile::tempdir().unwrap();
    let good = dir.path().join("good.jsonl");
    let bad = dir.path().join("bad.jsonl");
    std::fs::write(
        &good,
        "{\"conversation_id\":\"a\",\"role\":\"customer\",\"text\":\"speak to a human\"}\n",
    )
    .unwrap();
    std::fs::write(
        &bad,
        "{\"conversation_id\":\"j1\",\"role\":\"customer\",\"text\":\"speak to a human\"}\nnot json\n",
    )
    .unwrap();
    for out in ["p.jsonl", "p"] {
        let out = dir.path().join(out);
        handoff()
            .args(["replay", "-q", "--packets"])
            .arg(&out)
            .arg(&good)
            .assert()
            .success();
        let listing = |path: &std::path::Path| -> Vec<String> {
            if path.is_dir() {
                file_names(path)
            } else {
                vec![std::fs::read_to_string(path).unwrap()]
            }
        };
        let before = listing(&out);
        assert!(before.concat().contains('a'), "{before:?}");
        handoff()
            .args(["replay", "-q", "--packets"])
            .arg(&out)
            .arg(&bad)
            .assert()
            .code(2)
            .stderr(contains("packets not written to"))
            .stderr(contains("--on-error skip"));
        assert_eq!(listing(&out), before, "{}", out.display());
        // Accepting the loss writes them.
        handoff()
            .args(["replay", "-q", "--on-error", "skip", "--packets"])
            .arg(&out)
            .arg(&bad)
            .assert()
            .success();
        assert_ne!(listing(&out), before, "{}", out.display());
    }
    // Nothing of the failed runs is left behind: no temporary file, no staging directory.
    assert_eq!(
        file_names(dir.path()),
        ["bad.jsonl", "good.jsonl", "p", "p.jsonl"]
    );
}

/// A run that failed on a malformed row said the packets were not
/// written, yet left the (empty) directory it had created. It leaves no directory it
/// made now, and one that was there stays.
#[test]
fn a_failed_run_leaves_no_directory_it_created() {
    let dir = tempfile::tempdir().unwrap();
    let bad = write(
        dir.path(),
        "bad.csv",
        "conversation_id,role,text\nc1,customer,speak to a human\n,customer,no id\n",
    );
    for out in ["pk", "new/a/pk", "new/b/p.jsonl", "new/c/p.jsonl.gz"] {
        handoff()
            .args(["replay", "-q", "--packets"])
            .arg(dir.path().join(out))
            .arg(&bad)
            .assert()
            .code(2)
            .stderr(contains("packets not written to"));
    }
    assert_eq!(file_names(dir.path()), ["bad.csv"]);
    // A directory that was there is left, empty as it was.
    std::fs::create_dir(dir.path().join("kept")).unwrap();
    handoff()
        .args(["replay", "-q", "--packets"])
        .arg(dir.path().join("kept/pk"))
        .arg(&bad)
        .assert()
        .code(2);
    assert!(file_names(&dir.path().join("kept")).is_empty());
    assert_eq!(file_names(dir.path()), ["bad.csv", "kept"]);
}
