//! `handoff replay --packets`: what the packets hold, in JSONL and as a directory of
//! JSON and Markdown, and that they are the same whatever the threads. Contacts are in
//! `packets_contacts_cli.rs`, where packets are written in `packets_output_cli.rs`, and
//! that they are written whole in `packets_staging_cli.rs`.

use std::fmt::Write as _;

use crate::common::{file_names, handoff, jsonl, packets_jsonl, write};

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
