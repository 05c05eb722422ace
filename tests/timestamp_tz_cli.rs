//! The zone of an export's times (`timestamp_tz:` of a mapping), from the outside: an
//! export of local times without an offset read in it, a bad zone refused at its value,
//! a rule test's times without one said to be UTC, `explain` naming the zone an export
//! was read in.

use crate::common::{handoff, jsonl, stderr_text, stdout_of, stdout_text};
use crate::hours_cli::{RULES, TRANSCRIPTS};

/// An export of London wall-clock times without an offset (Zendesk CSV, spreadsheets):
/// without `timestamp_tz` it is read as UTC, an hour off in summer, and `explain` says
/// so; with it, `hours:` sees the hour the customer wrote at.
#[test]
fn timestamp_tz_reads_an_export_of_local_times() {
    let dir = tempfile::tempdir().unwrap();
    // Monday 2026-06-01 17:15 in London: before 17:30, business hours.
    let transcripts = crate::common::write(
        dir.path(),
        "t.csv",
        "conversation_id,timestamp,role,text\nc1,2026-06-01 17:15:00,customer,can I talk to a real person\n",
    );
    let route = |extra: &[&str]| {
        let out = stdout_of(
            handoff()
                .args(["replay", "-f", "jsonl", "-r", RULES])
                .args(extra)
                .arg(&transcripts),
        );
        jsonl(&out)[0]["route"].as_str().unwrap().to_owned()
    };
    // Read as UTC, 17:15 is 18:15 in London: the night shift, wrongly.
    assert_eq!(route(&[]), "night-shift");
    let out = stdout_of(
        handoff()
            .args(["explain", "-c", "c1", "-r", RULES])
            .arg(&transcripts),
    );
    assert!(
        out.contains("local time Mon 2026-06-01 18:15 (Europe/London); `2026-06-01 17:15:00` has no offset: assumed UTC"),
        "{out}"
    );
    let mapping = crate::common::write(dir.path(), "map.yaml", "timestamp_tz: Europe/London\n");
    assert_eq!(route(&["--mapping", mapping.to_str().unwrap()]), "default");
    let out = stdout_of(
        handoff()
            .args(["explain", "-c", "c1", "-r", RULES, "--mapping"])
            .arg(&mapping)
            .arg(&transcripts),
    );
    assert!(
        out.contains("local time Mon 2026-06-01 17:15 (Europe/London)")
            && !out.contains("assumed UTC"),
        "{out}"
    );
    // The project file's `input:` does the same for every command.
    std::fs::write(
        dir.path().join(".handoff.yaml"),
        "input:\n  timestamp_tz: Europe/London\n",
    )
    .unwrap();
    let out = stdout_of(
        handoff()
            .current_dir(dir.path())
            .args(["replay", "-f", "jsonl", "-r"])
            .arg(crate::common::root().join(RULES))
            .arg(&transcripts),
    );
    assert_eq!(jsonl(&out)[0]["route"], "default", "{out}");
}

/// A bad `timestamp_tz` stops the command (exit 2) at its line and column, refused with
/// the words an `hours:` zone is.
#[test]
fn a_bad_timestamp_tz_is_an_error_at_its_value() {
    let dir = tempfile::tempdir().unwrap();
    let mapping = crate::common::write(
        dir.path(),
        "map.yaml",
        "columns: { timestamp: created_at }\ntimestamp_tz: localtime\n",
    );
    let out = handoff()
        .args(["replay", "-r", RULES, "--mapping"])
        .arg(&mapping)
        .arg(TRANSCRIPTS)
        .assert()
        .code(2);
    let text = stderr_text(&out);
    assert!(
        text.contains("map.yaml:2:15")
            && text.contains("`localtime` is the zone of the machine that runs handoff"),
        "{text}"
    );
}

/// A failing rule test's trace says what is true of its times: written without an offset,
/// they are UTC by the test format, not "assumed" for want of a mapping's `timestamp_tz:`
/// (which rule tests do not read), even with one in the project.
#[test]
fn a_rule_test_time_without_an_offset_is_said_to_be_utc() {
    let dir = tempfile::tempdir().unwrap();
    let rules = dir.path().join("rules");
    std::fs::create_dir_all(rules.join("tests")).unwrap();
    let root = crate::common::root().join("tests/fixtures/hours");
    std::fs::copy(root.join("rules/rules.yaml"), rules.join("rules.yaml")).unwrap();
    std::fs::write(
        dir.path().join(".handoff.yaml"),
        "input:\n  timestamp_tz: America/New_York\n",
    )
    .unwrap();
    // 16:45 UTC is 17:45 in London: the night shift, so expecting the default fails.
    std::fs::write(
        rules.join("tests/evening.yaml"),
        "version: 1\ntests:\n  - name: evening\n    messages:\n      - { customer: can I talk to a real person, time: \"2026-06-01 16:45:00\" }\n    expect: { route: default }\n",
    )
    .unwrap();
    let out = handoff()
        .current_dir(dir.path())
        .args(["test", "-r"])
        .arg(&rules)
        .assert()
        .code(1);
    let text = stdout_text(&out);
    assert!(
        text.contains("local time Mon 2026-06-01 17:45 (Europe/London); `2026-06-01 16:45:00` has no offset: read as UTC, as a rule test's times without one are"),
        "{text}"
    );
    assert!(
        !text.contains("assumed UTC") && !text.contains("timestamp_tz"),
        "{text}"
    );
}

/// `explain` of an export read in the mapping's `timestamp_tz:` names that zone beside
/// the local time an `hours:` condition saw, which may be in another zone: 12:15 in New
/// York is 17:15 in London.
#[test]
fn explain_names_the_zone_an_export_was_read_in() {
    let dir = tempfile::tempdir().unwrap();
    let transcripts = crate::common::write(
        dir.path(),
        "t.csv",
        "conversation_id,timestamp,role,text\nc1,2026-06-01 12:15:00,customer,can I talk to a real person\n",
    );
    let mapping = crate::common::write(dir.path(), "map.yaml", "timestamp_tz: America/New_York\n");
    let explain = |format: &str| {
        stdout_of(
            handoff()
                .args([
                    "explain",
                    "-c",
                    "c1",
                    "-f",
                    format,
                    "-r",
                    RULES,
                    "--mapping",
                ])
                .arg(&mapping)
                .arg(&transcripts),
        )
    };
    let said = "local time Mon 2026-06-01 17:15 (Europe/London); `2026-06-01 12:15:00` has no offset: read in America/New_York (the mapping's `timestamp_tz:`)";
    let out = explain("text");
    assert!(out.contains(said), "{out}");
    assert!(!out.contains("assumed UTC"), "{out}");
    let json: serde_json::Value = serde_json::from_str(&explain("json")).unwrap();
    assert!(json.to_string().contains(said), "{json}");
    // Written with an offset, the time needs no zone: none is named.
    let offset = crate::common::write(
        dir.path(),
        "o.csv",
        "conversation_id,timestamp,role,text\nc1,2026-06-01T16:15:00Z,customer,can I talk to a real person\n",
    );
    let out = stdout_of(
        handoff()
            .args(["explain", "-c", "c1", "-r", RULES, "--mapping"])
            .arg(&mapping)
            .arg(&offset),
    );
    assert!(
        out.contains("local time Mon 2026-06-01 17:15 (Europe/London)")
            && !out.contains("America/New_York"),
        "{out}"
    );
}
