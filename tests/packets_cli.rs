//! `handoff replay --packets` and `--contacts`: packets in JSONL and as a directory, the
//! contacts join and its gaps, contact history, and no half-written output.

use std::fmt::Write as _;

use predicates::str::contains;

use crate::common::{file_names, handoff, jsonl, write};

fn packets_jsonl(args: &[&str]) -> (Vec<serde_json::Value>, String) {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("packets.jsonl");
    let assert = handoff()
        .args(["replay", "-f", "jsonl", "--packets"])
        .arg(&out)
        .args(args)
        .assert()
        .success();
    let stderr = String::from_utf8_lossy(&assert.get_output().stderr).into_owned();
    let text = std::fs::read_to_string(&out).unwrap();
    (jsonl(&text), stderr)
}

#[test]
fn every_escalated_conversation_gets_a_packet() {
    let (packets, stderr) = packets_jsonl(&["--contacts", "fixtures/crm/contacts.csv"]);
    assert_eq!(packets.len(), 24, "one per escalated conversation");
    assert!(stderr.contains("wrote 24 packets to"), "{stderr}");
    assert!(
        stderr.contains("contacts: 5 of 33 conversations joined on `email` (27 without a key, 1 not in fixtures/crm/contacts.csv, 0 ambiguous)"),
        "{stderr}"
    );
    // The gaps are reported with a place to look, once per kind.
    assert!(
        stderr.contains("warning[D011]: 1 conversation has no contact: its `email` is not in the contacts file, e.g. `jamie@uni.example` in `c02-student-discount`"),
        "{stderr}"
    );
    assert!(
        stderr.contains("--> fixtures/transcripts.csv:6"),
        "{stderr}"
    );
    let c01 = packets
        .iter()
        .find(|p| p["conversation_id"] == "c01-enterprise-discount")
        .unwrap();
    assert_eq!(c01["escalation"]["turn"], 3);
    assert_eq!(c01["contact"]["fields"]["contact_owner"], "Rita Gomez");
    assert_eq!(c01["transcript"].as_array().unwrap().len(), 3);
}

#[test]
fn a_directory_gets_json_and_markdown_per_conversation() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("packets");
    handoff()
        .args(["replay", "-q", "-f", "jsonl", "--packets"])
        .arg(&out)
        .args(["--contacts", "fixtures/crm/contacts.csv"])
        .assert()
        .success();
    let names = file_names(&out);
    assert_eq!(names.len(), 49, "{names:?}");
    assert!(
        names
            .iter()
            .all(|n| !n.starts_with('.') || n == ".handoff-packets"),
        "no temporary files left, only the manifest: {names:?}"
    );
    // The JSON shape, fields in their documented order.
    let json = std::fs::read_to_string(out.join("c01-enterprise-discount.json")).unwrap();
    insta::assert_snapshot!("packet_c01_json", json);
    let markdown = std::fs::read_to_string(out.join("c08-frustrated-enterprise.md")).unwrap();
    insta::assert_snapshot!("packet_c08_markdown", markdown);
}

/// Review: `--packets new/x/p.jsonl` failed with a bare "No such file or directory"
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

/// Review: a `replay --packets OUT.jsonl` interrupted by Ctrl-C left its
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

#[test]
fn contact_fields_are_visible_to_routes_and_templates() {
    let dir = tempfile::tempdir().unwrap();
    let rules = write(
        dir.path(),
        "rules.yaml",
        r#"version: 1
triggers:
  - { id: angry, when: { message: { role: customer, phrases: [unacceptable, useless] } } }
routes:
  - id: owned
    when: { meta: { field: contact_owner, exists: true } }
    team: owner
teams:
  - { id: owner, name: Account owner, bridge: "Hi, {{ customer.contact_owner }} here ({{ customer.lifecycle_stage }})." }
  - { id: support, name: Support, bridge: "Hi, support here." }
default_route: { team: support }
"#,
    );
    let out = handoff()
        .args([
            "replay",
            "-q",
            "-f",
            "jsonl",
            "--only",
            "escalated",
            "--rules",
        ])
        .arg(&rules)
        .args(["--contacts", "fixtures/crm/contacts.csv"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let outcomes = jsonl(std::str::from_utf8(&out).unwrap());
    let c08 = outcomes
        .iter()
        .find(|o| o["conversation_id"] == "c08-frustrated-enterprise")
        .unwrap();
    assert_eq!(c08["route"], "owned");
    assert_eq!(c08["bridge_message"], "Hi, Dev Patel here (customer).");
    assert!(
        outcomes
            .iter()
            .any(|o| o["route"] == "default" && o["team"] == "support"),
        "conversations without a contact fall through"
    );
}

#[test]
fn duplicate_keys_join_nothing_and_are_reported_with_both_lines() {
    let dir = tempfile::tempdir().unwrap();
    let contacts = write(
        dir.path(),
        "contacts.csv",
        "email,contact_owner\nsofia@globex.example,Dev\nSOFIA@globex.example ,Ana\nalex@acme.example,Rita\n",
    );
    let (packets, stderr) = packets_jsonl(&["--contacts", contacts.to_str().unwrap()]);
    assert!(
        stderr
            .contains("warning[D010]: contact key `sofia@globex.example` is on more than one row"),
        "{stderr}"
    );
    assert!(stderr.contains("contacts.csv:3"), "the repeat: {stderr}");
    assert!(stderr.contains("contacts.csv:2"), "the first row: {stderr}");
    assert!(stderr.contains("1 ambiguous"), "{stderr}");
    let sofia = packets
        .iter()
        .find(|p| p["conversation_id"] == "c08-frustrated-enterprise")
        .unwrap();
    assert!(sofia["contact"].is_null(), "not guessed");
    let alex = packets
        .iter()
        .find(|p| p["conversation_id"] == "c01-enterprise-discount")
        .unwrap();
    assert_eq!(alex["contact"]["fields"]["contact_owner"], "Rita");
}

#[test]
fn join_on_names_the_transcript_field_and_the_contacts_column() {
    let dir = tempfile::tempdir().unwrap();
    let contacts = write(
        dir.path(),
        "contacts.csv",
        "Customer E-mail,Owner\nalex@acme.example,Rita\n",
    );
    let (packets, _) = packets_jsonl(&[
        "--contacts",
        contacts.to_str().unwrap(),
        "--join-on",
        "email=Customer E-mail",
    ]);
    let alex = packets
        .iter()
        .find(|p| p["conversation_id"] == "c01-enterprise-discount")
        .unwrap();
    assert_eq!(alex["contact"]["fields"]["owner"], "Rita");
    handoff()
        .args(["replay", "--contacts"])
        .arg(&contacts)
        .assert()
        .code(2)
        .stderr(contains(
            "contacts.csv:1: the contacts file has no `email` column to join on; the columns are: customer_e_mail, owner",
        ));
}

#[test]
fn history_counts_the_customers_earlier_conversations() {
    let dir = tempfile::tempdir().unwrap();
    let transcripts = write(
        dir.path(),
        "t.csv",
        "conversation_id,timestamp,role,text,email\n\
         a1,2026-03-01T09:00:00Z,customer,this is useless,ana@example.com\n\
         b1,2026-03-01T10:00:00Z,customer,hello,bo@example.com\n\
         a2,2026-03-02T09:00:00Z,customer,hi there,Ana@Example.com\n\
         a3,2026-03-03T09:00:00Z,customer,useless again,ana@example.com\n",
    );
    let (packets, _) = packets_jsonl(&[transcripts.to_str().unwrap()]);
    assert_eq!(packets.len(), 2, "a1 and a3 escalate");
    assert_eq!(
        packets[1]["contact_history"],
        serde_json::json!({
            "key": "email",
            "previous_conversations": 2,
            "previously_escalated": 1,
            "last_conversation_id": "a2",
            "last_conversation_time": "2026-03-02T09:00:00Z"
        })
    );
}

/// Packets are built on the worker threads, their history on the main thread in input
/// order: with many batches in flight, the packets are those of one thread, byte for byte.
#[test]
fn packets_and_their_history_are_the_same_whatever_the_threads() {
    let dir = tempfile::tempdir().unwrap();
    let mut csv = String::from("conversation_id,timestamp,role,text,email\n");
    for i in 0..2_000 {
        let text = if i % 3 == 0 {
            "this is useless"
        } else {
            "hello"
        };
        let user = i % 7;
        writeln!(
            csv,
            "c{i:04},2026-03-01T09:00:00Z,customer,{text},user{user}@example.com"
        )
        .unwrap();
    }
    let transcripts = write(dir.path(), "t.csv", &csv);
    // Packets to `out` (a JSONL file or a directory) with `jobs` threads.
    let replay = |jobs: &str, out: &std::path::Path| {
        handoff()
            .args([
                "replay",
                "-q",
                "--redact",
                "-f",
                "jsonl",
                "--jobs",
                jobs,
                "--packets",
            ])
            .arg(out)
            .arg(&transcripts)
            .assert()
            .success();
    };
    let run = |jobs: &str| {
        let out = dir.path().join(format!("packets-{jobs}.jsonl"));
        replay(jobs, &out);
        std::fs::read_to_string(&out).unwrap()
    };
    let one = run("1");
    assert_eq!(run("3"), one);
    let packets = jsonl(&one);
    assert_eq!(packets.len(), 667, "every third conversation escalates");
    // c1998 is user3's: 285 conversations before it (3, 10, …, 1991), of which those
    // divisible by 3 escalated (3, 24, …, 1977): 95.
    let last = packets.last().unwrap();
    assert_eq!(last["conversation_id"], "c1998");
    assert_eq!(
        last["contact_history"],
        serde_json::json!({
            "key": "email",
            "previous_conversations": 285,
            "previously_escalated": 95,
            "last_conversation_id": "c1991",
            "last_conversation_time": "2026-03-01T09:00:00Z"
        })
    );
    // A directory gets whole packets, their history added the same way.
    let packets_dir = dir.path().join("packets");
    replay("3", &packets_dir);
    let file = std::fs::read_to_string(packets_dir.join("c1998.json")).unwrap();
    let packet: serde_json::Value = serde_json::from_str(&file).unwrap();
    assert_eq!(packet, *last);
}

/// QA: a second run into the same directory left the first run's packets next to its
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

/// Regression (review): `--packets -` made a directory named `-`, `P.JSONL` a
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

#[test]
fn the_documented_example_is_what_replay_writes() {
    let doc = std::fs::read_to_string(crate::common::root().join("docs/packets.md")).unwrap();
    let example = doc
        .split("```json\n")
        .nth(1)
        .and_then(|s| s.split("```").next())
        .expect("docs/packets.md has a JSON example");
    let dir = tempfile::tempdir().unwrap();
    handoff()
        .args(["replay", "-q", "-f", "jsonl", "--packets"])
        .arg(dir.path())
        .args(["--contacts", "fixtures/crm/contacts.csv"])
        .assert()
        .success();
    let written = std::fs::read_to_string(dir.path().join("c01-enterprise-discount.json")).unwrap();
    assert_eq!(example, written, "docs/packets.md is out of date");
}

/// QA: `handoff replay --packets p.jsonl big.csv | head -1` exited 0 and wrote no
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

/// Review 14, item 12: `--packets out.jsonl.gz` and `out.ndjson` wrote a directory of
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

/// Review 14, item 12: a name with a file's ending that packets are not written as
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

/// Review 14, item 13: under a regular file, `--packets` said "File exists (os error
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

/// Review 14, item 14: a run that failed on a malformed row said the packets were not
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
