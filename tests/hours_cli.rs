//! `hours:` conditions from the outside ("outside business hours →
//! night-shift" could not be written): replay routes by the escalation message's local
//! time, `explain` shows it, rule tests give messages times, lint and the schema take it.
//! The zone of an export's own times (`timestamp_tz:`) is in `timestamp_tz_cli.rs`.

use crate::common::{handoff, jsonl, stdout_of, stdout_text};

pub(crate) const RULES: &str = "tests/fixtures/hours/rules";
pub(crate) const TRANSCRIPTS: &str = "tests/fixtures/hours/transcripts.csv";

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

/// A misspelt name had no "did you mean", as a misspelt severity or builtin has.
#[test]
fn a_bad_time_zone_is_an_error_at_its_value() {
    let dir = tempfile::tempdir().unwrap();
    let rules = crate::common::write(
        dir.path(),
        "r.yaml",
        "version: 1\ntriggers:\n  - id: t\n    when: { hours: { between: \"22:00-06:00\", tz: Europe/Lodnon } }\n",
    );
    let out = handoff().args(["lint"]).arg(&rules).assert().code(1);
    let text = stdout_text(&out);
    assert!(
        text.contains(
            "error[S008]: unknown time zone `Europe/Lodnon`: did you mean `Europe/London`?"
        ) && text.contains("r.yaml:4:50"),
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

/// A trigger fired by `hours:` said nothing of it in its evidence; the JSON has
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
    let text = stdout_text(&out);
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
