//! `hours:` conditions from the outside (review 15, item 6: "outside business hours →
//! night-shift" could not be written): replay routes by the escalation message's local
//! time, `explain` shows it, rule tests give messages times, lint and the schema take it.

use crate::common::{handoff, jsonl, stdout_of};

const RULES: &str = "tests/fixtures/hours/rules";
const TRANSCRIPTS: &str = "tests/fixtures/hours/transcripts.csv";

#[test]
fn replay_routes_by_the_escalation_message_local_time() {
    let out = stdout_of(handoff().args(["replay", "-r", RULES, "-f", "jsonl", TRANSCRIPTS]));
    let routes: Vec<(String, String)> = jsonl(&out)
        .iter()
        .map(|o| {
            (
                o["conversation_id"].as_str().unwrap().to_owned(),
                o["route"].as_str().unwrap_or("-").to_owned(),
            )
        })
        .collect();
    let expected = [
        ("day", "default"),
        ("evening", "night-shift"),
        ("weekend", "night-shift"),
        ("untimed", "default"),
    ];
    let expected: Vec<(String, String)> = expected
        .iter()
        .map(|(a, b)| ((*a).to_owned(), (*b).to_owned()))
        .collect();
    assert_eq!(routes, expected, "{out}");
}

#[test]
fn explain_shows_the_local_time_the_condition_saw() {
    let out = stdout_of(handoff().args(["explain", "-r", RULES, "-c", "evening", TRANSCRIPTS]));
    assert!(
        out.contains("hours 17:30–09:00 (Europe/London)")
            && out.contains("local time Mon 2026-06-01 17:45 (Europe/London)"),
        "{out}"
    );
    let out = stdout_of(handoff().args(["explain", "-r", RULES, "-c", "untimed", TRANSCRIPTS]));
    assert!(out.contains("message 1 has no timestamp"), "{out}");
}

/// The rule tests are copied beside a copy of the rules: under `tests/` of this
/// repository, a file with a top-level `tests:` is one `handoff test` warns it does not
/// read (`.yaml.txt` keeps it from looking like one).
#[test]
fn rule_tests_give_messages_times_and_lint_is_clean() {
    let dir = tempfile::tempdir().unwrap();
    let rules = dir.path().join("rules");
    std::fs::create_dir_all(rules.join("tests")).unwrap();
    let root = crate::common::root().join("tests/fixtures/hours");
    std::fs::copy(root.join("rules/rules.yaml"), rules.join("rules.yaml")).unwrap();
    std::fs::copy(
        root.join("ruletests/hours.yaml.txt"),
        rules.join("tests/hours.yaml"),
    )
    .unwrap();
    let out = stdout_of(handoff().args(["test", "-r"]).arg(&rules));
    assert!(out.contains("4 passed, 0 failed"), "{out}");
    stdout_of(handoff().args(["lint", "--deny-warnings", RULES]));
}

#[test]
fn a_bad_time_zone_is_an_error_at_its_value() {
    let dir = tempfile::tempdir().unwrap();
    let rules = crate::common::write(
        dir.path(),
        "r.yaml",
        "version: 1\ntriggers:\n  - id: t\n    when: { hours: { between: \"22:00-06:00\", tz: Europe/Lodnon } }\n",
    );
    let out = handoff().args(["lint"]).arg(&rules).assert().code(1);
    let text = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    assert!(
        text.contains("error[S008]: unknown time zone `Europe/Lodnon`")
            && text.contains("r.yaml:4:50"),
        "{text}"
    );
}

/// Weeknight shifts, `22:00-06:00` on `mon-fri`, counted for the day they start, as rota
/// tools count them: Saturday 02:00 is Friday's night, Monday 02:00 Sunday's.
const NIGHTS: &str = r#"version: 1
signals:
  - { id: person, builtin: human_request }
triggers:
  - id: asks-human
    when: { message: { role: customer, signal: person } }
routes:
  - id: weeknight
    when: { hours: { between: "22:00-06:00", days: [mon-fri], tz: Europe/London } }
    team: night
default_route: { team: day }
teams:
  - { id: day, name: Day, bridge: hi }
  - { id: night, name: Night, bridge: hi }
"#;

#[test]
fn a_shift_past_midnight_counts_for_the_day_it_starts() {
    let dir = tempfile::tempdir().unwrap();
    let rules = crate::common::write(dir.path(), "rules.yaml", NIGHTS);
    let ask = "can I talk to a real person";
    let transcripts = crate::common::write(
        dir.path(),
        "t.csv",
        &format!(
            "conversation_id,timestamp,role,text\n\
             fri-22,2026-03-06T22:00:00Z,customer,{ask}\n\
             sat-02,2026-03-07T02:00:00Z,customer,{ask}\n\
             sat-06,2026-03-07T06:00:00Z,customer,{ask}\n\
             mon-02,2026-03-09T02:00:00Z,customer,{ask}\n\
             mon-22,2026-03-09T22:00:00Z,customer,{ask}\n"
        ),
    );
    let out = stdout_of(
        handoff()
            .args(["replay", "-f", "jsonl", "-r"])
            .arg(&rules)
            .arg(&transcripts),
    );
    let routes: Vec<String> = jsonl(&out)
        .iter()
        .map(|o| format!("{} {}", o["conversation_id"], o["route"]))
        .collect();
    assert_eq!(
        routes,
        [
            r#""fri-22" "weeknight""#,
            r#""sat-02" "weeknight""#,
            r#""sat-06" "default""#,
            r#""mon-02" "default""#,
            r#""mon-22" "weeknight""#,
        ],
        "{out}"
    );
    let out = stdout_of(
        handoff()
            .args(["explain", "-c", "sat-02", "-r"])
            .arg(&rules)
            .arg(&transcripts),
    );
    assert!(
        out.contains("local time Sat 2026-03-07 02:00 (Europe/London), in Fri's 22:00–06:00 shift"),
        "{out}"
    );
    let out = stdout_of(
        handoff()
            .args(["explain", "-c", "mon-02", "-r"])
            .arg(&rules)
            .arg(&transcripts),
    );
    assert!(
        out.contains("local time Mon 2026-03-09 02:00 (Europe/London), in Sun's 22:00–06:00 shift"),
        "{out}"
    );
}

/// Review: a trigger fired by `hours:` said nothing of it in its evidence; the JSON has
/// the local time the condition saw, in its zone, and the shift's day.
#[test]
fn an_hours_trigger_has_its_local_time_in_the_json_evidence() {
    let dir = tempfile::tempdir().unwrap();
    let rules = crate::common::write(
        dir.path(),
        "rules.yaml",
        "version: 1\ntriggers:\n  - id: weeknight\n    when:\n      all:\n        - message: { role: customer }\n        - hours: { between: \"22:00-06:00\", days: [mon-fri], tz: America/New_York }\ndefault_route: { team: night }\nteams:\n  - { id: night, name: Night, bridge: hi }\n",
    );
    // Saturday 2026-03-07 07:00 UTC is 02:00 in New York (EST), in Friday's shift.
    let transcripts = crate::common::write(
        dir.path(),
        "t.csv",
        "conversation_id,timestamp,role,text\nc1,2026-03-07T07:00:00Z,customer,hello?\n",
    );
    let out = stdout_of(
        handoff()
            .args(["replay", "-f", "jsonl", "-r"])
            .arg(&rules)
            .arg(&transcripts),
    );
    let outcome = &jsonl(&out)[0];
    assert_eq!(
        outcome["triggers"][0]["evidence"],
        serde_json::json!([{
            "type": "hours",
            "turn": 1,
            "local_time": "2026-03-07T02:00",
            "weekday": "sat",
            "tz": "America/New_York",
            "shift_day": "fri"
        }]),
        "{out}"
    );
    let out = stdout_of(
        handoff()
            .args(["replay", "-f", "csv", "-r"])
            .arg(&rules)
            .arg(&transcripts),
    );
    assert!(
        out.contains("weeknight: Sat 2026-03-07 02:00 America/New_York, Fri's shift (turn 1)"),
        "{out}"
    );
}

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
    let text = String::from_utf8(out.get_output().stderr.clone()).unwrap();
    assert!(
        text.contains("map.yaml:2:15")
            && text.contains("`localtime` is the zone of the machine that runs handoff"),
        "{text}"
    );
}

/// `lint --columns-from` an export whose time column is not mapped: each `hours:` and
/// `minutes_elapsed` is C004 at its place; mapped, it is clean.
#[test]
fn lint_warns_of_rules_reading_times_an_export_does_not_have() {
    let dir = tempfile::tempdir().unwrap();
    let export = crate::common::write(
        dir.path(),
        "export.csv",
        "conversation_id,created_at,role,text\nc1,2026-06-01 17:15:00,customer,hi\n",
    );
    let out = handoff()
        .args(["lint", "--deny-warnings", "--columns-from"])
        .arg(&export)
        .arg(RULES)
        .assert()
        .code(1);
    let text = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    assert!(
        text.contains("warning[C004]: `hours:` in route `night-shift` reads message times, but")
            && text.contains("rules.yaml:14:11")
            && text.contains("rules.yaml:15:11")
            && text.contains("`--map timestamp=<column>`"),
        "{text}"
    );
    let out = stdout_of(
        handoff()
            .args([
                "lint",
                "--deny-warnings",
                "--map",
                "timestamp=created_at",
                "--columns-from",
            ])
            .arg(&export)
            .arg(RULES),
    );
    assert!(!out.contains("C004"), "{out}");
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
    let text = String::from_utf8(out.get_output().stdout.clone()).unwrap();
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
