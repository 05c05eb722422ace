//! `handoff replay` from the outside: every format, threads, a closed pipe, colour, the
//! project file, tuned detectors, times and descriptions missing. Its inputs and their
//! mistakes (exit 2) are in `replay_inputs_cli.rs`, messages without spaces in
//! `replay_spaceless_cli.rs`, the fallbacks `bot-loop` counts in `replay_fallbacks_cli.rs`.

use predicates::prelude::*;
use predicates::str::contains;

use crate::common::{ANGRY_RULES, handoff, jsonl, stdout_of, write};

#[test]
fn the_default_run_is_the_starter_rules_over_the_fixtures() {
    let assert = handoff().arg("replay").assert().success();
    let out = assert.get_output();
    let lines = jsonl(std::str::from_utf8(&out.stdout).unwrap());
    assert_eq!(lines.len(), 33, "jsonl when stdout is not a terminal");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("replayed 33 conversations"), "{stderr}");
    assert!(stderr.contains("escalated 24 of 33 (72.7%)"), "{stderr}");
    assert!(stderr.contains("by trigger: frustration 7"), "{stderr}");
    assert!(
        stderr.contains("by team:    frontline 12, senior-ae 6"),
        "{stderr}"
    );
    // Review: `fixtures/generate.py` beside the transcripts was said on every default
    // run ("left out 1 file …"); a script is not data a user may have meant.
    for unsaid in ["generate.py", "left out", "note:", "warning:"] {
        assert!(!stderr.contains(unsaid), "{unsaid}: {stderr}");
    }
}

#[test]
fn table_format() {
    let out = stdout_of(handoff().args(["replay", "-f", "table", "-q"]));
    assert!(out.starts_with('┌'), "{out}");
    assert!(out.contains("c01-enterprise-discount"));
    assert!(out.contains("→ senior-ae"));
    assert!(out.contains("not escalated"));
}

#[test]
fn json_format_is_one_array() {
    let out = stdout_of(handoff().args(["replay", "-f", "json", "-q"]));
    let value: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(value.as_array().unwrap().len(), 33);
}

#[test]
fn csv_format_has_a_header_and_a_row_per_conversation() {
    let out = stdout_of(handoff().args(["replay", "-f", "csv", "-q"]));
    let mut reader = csv::Reader::from_reader(out.as_bytes());
    assert_eq!(&reader.headers().unwrap()[0], "conversation_id");
    assert_eq!(reader.records().count(), 33);
}

#[test]
fn only_escalated_or_not() {
    let escalated = stdout_of(handoff().args(["replay", "--only", "escalated", "-q"]));
    let not = stdout_of(handoff().args(["replay", "--only", "not-escalated", "-q"]));
    assert_eq!(jsonl(&escalated).len(), 24);
    assert_eq!(jsonl(&not).len(), 9);
    assert!(jsonl(&not).iter().all(|o| o["escalated"] == false));
}

#[test]
fn output_is_the_same_whatever_the_number_of_threads() {
    let one = stdout_of(handoff().args(["replay", "-q", "--jobs", "1"]));
    let four = stdout_of(handoff().args(["replay", "-q", "--jobs", "4"]));
    assert_eq!(one, four);
    // `--jobs 0` was accepted without a word; it is the default, one per core.
    let out = handoff()
        .args(["replay", "-v", "--jobs", "0"])
        .assert()
        .success();
    let stderr = String::from_utf8_lossy(&out.get_output().stderr).into_owned();
    assert!(
        stderr.contains("replaying with ") && !stderr.contains("replaying with 0 threads"),
        "{stderr}"
    );
    assert_eq!(String::from_utf8_lossy(&out.get_output().stdout), one);
}

#[test]
fn a_closed_pipe_ends_quietly_with_success() {
    use std::fmt::Write as _;
    let dir = tempfile::tempdir().unwrap();
    let mut csv = String::from("conversation_id,role,text\n");
    for i in 0..20_000 {
        writeln!(csv, "c{i},customer,this is ridiculous number {i}").unwrap();
    }
    let path = write(dir.path(), "big.csv", &csv);
    let (first, out) = crate::common::first_line_then_close([
        std::ffi::OsStr::new("replay"),
        "-q".as_ref(),
        path.as_os_str(),
    ]);
    assert!(first.contains("\"conversation_id\":\"c0\""));
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn help_is_stable() {
    let help = stdout_of(handoff().arg("--help"));
    insta::assert_snapshot!("help", help);
    let replay_help = stdout_of(handoff().args(["replay", "--help"]));
    insta::assert_snapshot!("replay_help", replay_help);
}

#[test]
fn colour_only_when_asked() {
    let dir = tempfile::tempdir().unwrap();
    let rules = write(
        dir.path(),
        "rules.yaml",
        "version: 1\nsignals: [{ id: x }]\n",
    );
    let plain = handoff()
        .arg("replay")
        .arg("--rules")
        .arg(&rules)
        .assert()
        .code(2);
    assert!(!String::from_utf8_lossy(&plain.get_output().stderr).contains('\u{1b}'));
    let coloured = handoff()
        .args(["replay", "--color", "always", "--rules"])
        .arg(&rules)
        .assert()
        .code(2);
    assert!(String::from_utf8_lossy(&coloured.get_output().stderr).contains('\u{1b}'));
    let predicate = predicate::str::contains("detects nothing");
    assert!(predicate.eval(&String::from_utf8_lossy(&coloured.get_output().stderr)));
}

#[test]
fn the_project_file_maps_an_export_for_every_command() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "rules.yaml", ANGRY_RULES);
    write(
        dir.path(),
        "export.csv",
        "Ticket ID,Author Type,Body\nT1,Requester,this is ridiculous\nT1,Answer Bot,sorry\n",
    );
    // Without a mapping the export cannot be read, and the hint says where a mapping goes.
    handoff()
        .current_dir(dir.path())
        .args(["replay", "-r", "rules.yaml", "export.csv"])
        .assert()
        .code(2)
        .stderr(contains("no `conversation_id` column"))
        .stderr(contains("or under `input: columns:` in .handoff.yaml"));
    write(
        dir.path(),
        ".handoff.yaml",
        "input:\n  columns:\n    conversation_id: Ticket ID\n    role: Author Type\n    text: Body\n  roles:\n    bot: [Answer Bot]\nlint:\n  deny_warnings: true\n",
    );
    let out = stdout_of(handoff().current_dir(dir.path()).args([
        "replay",
        "-q",
        "-r",
        "rules.yaml",
        "-f",
        "jsonl",
        "export.csv",
    ]));
    assert!(
        out.contains(r#""conversation_id":"T1","escalated":true"#),
        "{out}"
    );
    handoff()
        .current_dir(dir.path())
        .args(["coverage", "-r", "rules.yaml", "export.csv"])
        .assert()
        .success()
        .stderr(contains("unknown role").not());
    // Flags go on top of the file.
    handoff()
        .current_dir(dir.path())
        .args([
            "replay",
            "-r",
            "rules.yaml",
            "--map",
            "text=Nope",
            "export.csv",
        ])
        .assert()
        .code(2)
        .stderr(contains(
            "no `Nope` column (mapped to text by `--map text=Nope`)",
        ));
    // A mistake anywhere in the file is an error for every command, at its line.
    write(
        dir.path(),
        ".handoff.yaml",
        "input:\n  columns:\n    text: Body\nlnt:\n  deny_warnings: true\n",
    );
    handoff()
        .current_dir(dir.path())
        .args(["replay", "-r", "rules.yaml", "export.csv"])
        .assert()
        .code(2)
        .stderr(contains(".handoff.yaml:4:1: invalid project file"))
        .stderr(contains("lnt"));
}

/// The built-in detectors' settings, end to end: a re-weighted built-in phrase, a short
/// answer sent three times, a pleasantry sent twice.
#[test]
fn tuned_built_in_detectors_replay() {
    let dir = tempfile::tempdir().unwrap();
    let rules = write(
        dir.path(),
        "rules.yaml",
        r"version: 1
signals:
  - id: frustration
    builtin: frustration
    phrases: [{ phrase: ridiculous, weight: 1 }]
  - { id: looping, builtin: repeat, times: 3 }
triggers:
  - { id: frustrated, when: { message: { role: customer, signal: frustration } } }
  - { id: looping, when: { message: { role: customer, signal: looping } } }
",
    );
    let transcript = write(
        dir.path(),
        "t.csv",
        "conversation_id,role,text
a,customer,That price is ridiculous.
a,customer,Okay thanks so much
a,customer,okay thanks so much!
b,customer,Forbes and Murray
b,bot,Where to?
b,customer,Forbes and Murray
b,bot,Where to?
b,customer,forbes and murray
",
    );
    let out = stdout_of(
        handoff()
            .args(["replay", "-q", "-f", "jsonl", "--rules"])
            .arg(&rules)
            .arg(&transcript),
    );
    let outcomes = jsonl(&out);
    assert_eq!(outcomes[0]["escalated"], false, "{}", outcomes[0]);
    assert_eq!(outcomes[1]["escalation_turn"], 5, "{}", outcomes[1]);
    assert_eq!(outcomes[1]["triggers"][0]["id"], "looping");
}

/// A timestamp that does not parse (D003: the message has no time) was still
/// shown as `escalation_time` (and as the agent's `actual_handoff_time`): null in JSON
/// and JSONL, empty in CSV, no time under the turn in the table; and in a packet.
#[test]
fn an_unparseable_timestamp_is_shown_as_no_time_in_every_format() {
    let dir = tempfile::tempdir().unwrap();
    let t = write(
        dir.path(),
        "t.csv",
        "conversation_id,timestamp,role,text\n\
         c1,yesterday-ish,customer,I want to talk to a human now\n\
         c1,later on,agent,Hi I'm here\n",
    );
    let t = t.to_str().unwrap();
    let run = |format: &str| {
        let out = handoff()
            .args(["replay", "-q", "-f", format, t])
            .assert()
            .success()
            .get_output()
            .clone();
        String::from_utf8(out.stdout).unwrap()
    };
    for format in ["json", "jsonl", "csv", "table"] {
        let out = run(format);
        assert!(
            !out.contains("yesterday-ish") && !out.contains("later on"),
            "{format}: {out}"
        );
    }
    let line = &jsonl(&run("jsonl"))[0];
    assert_eq!(line["escalation_turn"], 1);
    assert!(line["escalation_time"].is_null(), "{line}");
    assert_eq!(line["actual_handoff_turn"], 2);
    assert!(line["actual_handoff_time"].is_null(), "{line}");
    let json: serde_json::Value = serde_json::from_str(&run("json")).unwrap();
    assert!(json[0]["escalation_time"].is_null(), "{json}");
    let csv = run("csv");
    let row = csv.lines().nth(1).unwrap();
    assert!(row.starts_with("c1,true,1,,"), "{csv}");
    let packets = dir.path().join("packets");
    handoff()
        .args(["replay", "-q", "-f", "jsonl", "--packets"])
        .arg(&packets)
        .arg(t)
        .assert()
        .success();
    for entry in std::fs::read_dir(&packets).unwrap() {
        let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        assert!(
            !text.contains("yesterday-ish") && !text.contains("later on"),
            "{text}"
        );
    }
}

/// `trigger.description` of a trigger without one and
/// `conversation.time` of an export without timestamps rendered as empty strings
/// ("About  for pro at "); they are undefined, the render fails as `bridge_error`, and
/// `lint` warns of both (T011) before any replay.
#[test]
fn an_absent_description_or_time_is_a_bridge_error_and_a_lint_warning() {
    let dir = tempfile::tempdir().unwrap();
    let rules = write(
        dir.path(),
        "r.yaml",
        "version: 1\nsignals:\n  - { id: a, phrases: [refund] }\ntriggers:\n  - { id: t, when: { message: { role: customer, signal: a } } }\n\
         default_route: { team: s }\nteams:\n  - id: s\n    name: S\n    bridge: \"About {{ trigger.description }} for {{ customer.tier }} at {{ conversation.time }}\"\n",
    );
    let export = write(
        dir.path(),
        "nots.csv",
        "conversation_id,role,text,tier\nq1,customer,I want a refund,pro\n",
    );
    let out = stdout_of(
        handoff()
            .arg("replay")
            .arg("-r")
            .arg(&rules)
            .args(["-f", "jsonl", "-q"])
            .arg(&export),
    );
    let line = &jsonl(&out)[0];
    assert_eq!(line["bridge_message"], serde_json::Value::Null, "{line}");
    assert_eq!(
        line["bridge_error"],
        "undefined variable `trigger.description` (team `s`'s bridge, template line 1); \
         this conversation has no `trigger.description` (trigger `t` has none) or \
         `conversation.time` (the message has no timestamp)"
    );
    handoff()
        .arg("lint")
        .arg(&rules)
        .assert()
        .success()
        .stdout(contains("warning[T011]: team `s`'s bridge message uses `trigger.description` unguarded, which is undefined: trigger `t` has no description"))
        .stdout(contains("warning[T011]: team `s`'s bridge message uses `conversation.time` unguarded"));
}
