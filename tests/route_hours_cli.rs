//! `route_hours` in the JSON: the local time an `hours:` route saw was in
//! `diff`'s table only; `replay`'s JSON and JSONL and `diff`'s JSON now carry it, only
//! for an escalation whose route an `hours:` condition decided (as `bridge_error` is
//! only there when there is one).

use crate::common::{handoff, jsonl, stdout_of, write};

const RULES: &str = "tests/fixtures/hours/rules";
const TRANSCRIPTS: &str = "tests/fixtures/hours/transcripts.csv";

/// `{"type":"hours",…}` as the route's condition saw it.
fn hours(turn: u64, local_time: &str, weekday: &str, shift_day: &str) -> serde_json::Value {
    serde_json::json!({
        "type": "hours",
        "turn": turn,
        "local_time": local_time,
        "weekday": weekday,
        "tz": "Europe/London",
        "shift_day": shift_day,
    })
}

#[test]
fn replay_json_carries_the_local_time_an_hours_route_saw() {
    let expected = [
        ("day", None),
        // Monday 17:45 in London: the evening condition held (not the weekend one).
        (
            "evening",
            Some(vec![hours(2, "2026-06-01T17:45", "mon", "mon")]),
        ),
        (
            "weekend",
            Some(vec![hours(1, "2026-06-06T12:00", "sat", "sat")]),
        ),
        ("untimed", None),
    ];
    let lines = jsonl(&stdout_of(handoff().args([
        "replay",
        "-r",
        RULES,
        "-f",
        "jsonl",
        TRANSCRIPTS,
    ])));
    let array: serde_json::Value = serde_json::from_str(&stdout_of(handoff().args([
        "replay",
        "-r",
        RULES,
        "-f",
        "json",
        TRANSCRIPTS,
    ])))
    .unwrap();
    assert_eq!(array.as_array().unwrap(), &lines);
    for (o, (id, route_hours)) in lines.iter().zip(expected) {
        assert_eq!(o["conversation_id"], id);
        match route_hours {
            Some(items) => assert_eq!(o["route_hours"], serde_json::Value::Array(items), "{o}"),
            // Absent, not `[]` or null: the default route had no `hours:` to see.
            None => assert!(o.get("route_hours").is_none(), "{o}"),
        }
    }
    // Placed after the bridge fields, before the actual handoff's (in the text: a
    // parsed object's keys are sorted).
    let evening = stdout_of(handoff().args(["replay", "-r", RULES, "-f", "jsonl", TRANSCRIPTS]));
    let evening = evening.lines().nth(1).unwrap();
    assert!(
        evening.contains(
            r#""team_name":"Night Shift","bridge_message":"Hi, I'm Sam from Night Shift.","route_hours":[{"type":"hours","turn":2,"#
        ) && evening.contains(r#""shift_day":"mon"}],"actual_handoff_turn":null"#),
        "{evening}"
    );
}

#[test]
fn diff_json_carries_each_sides_route_hours() {
    let dir = tempfile::tempdir().unwrap();
    let rules = std::fs::read_to_string(format!("{RULES}/rules.yaml")).unwrap();
    let start = rules.find("routes:").unwrap();
    let end = rules.find("default_route:").unwrap();
    let base = write(
        dir.path(),
        "base.yaml",
        &format!("{}{}", &rules[..start], &rules[end..]),
    );
    let json: serde_json::Value = serde_json::from_str(&stdout_of(
        handoff()
            .args(["diff", "-f", "json", "--head", RULES, "--base"])
            .arg(&base)
            .arg(TRANSCRIPTS),
    ))
    .unwrap();
    let changes = json["changes"].as_array().unwrap();
    let ids: Vec<&str> = changes
        .iter()
        .map(|c| c["conversation_id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["evening", "weekend"]);
    assert!(changes[0]["base"].get("route_hours").is_none(), "{json}");
    assert_eq!(
        changes[0]["head"]["route_hours"],
        serde_json::json!([hours(2, "2026-06-01T17:45", "mon", "mon")])
    );
    assert_eq!(
        changes[1]["head"]["route_hours"],
        serde_json::json!([hours(1, "2026-06-06T12:00", "sat", "sat")])
    );
}

/// `route_hours` was in the JSON but not in `replay`'s CSV: it is the CSV's last column
/// (the others keep their order, a contract), empty where no `hours:` condition decided
/// the route.
#[test]
fn replay_csv_carries_route_hours_as_its_last_column() {
    let out = stdout_of(handoff().args(["replay", "-r", RULES, "-f", "csv", TRANSCRIPTS]));
    let mut reader = csv::Reader::from_reader(out.as_bytes());
    let header: Vec<String> = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_owned)
        .collect();
    assert_eq!(
        header,
        [
            "conversation_id",
            "escalated",
            "escalation_turn",
            "escalation_time",
            "reason",
            "triggers",
            "evidence",
            "route",
            "team",
            "team_name",
            "bridge_message",
            "bridge_error",
            "actual_handoff_turn",
            "actual_handoff_time",
            "versus_actual",
            "messages",
            "route_hours",
        ]
    );
    let rows: Vec<(String, String)> = reader
        .records()
        .map(|r| {
            let r = r.unwrap();
            (r[0].to_owned(), r[16].to_owned())
        })
        .collect();
    assert_eq!(
        rows,
        [
            ("day".to_owned(), String::new()),
            (
                "evening".to_owned(),
                "Mon 2026-06-01 17:45 Europe/London (turn 2)".to_owned()
            ),
            (
                "weekend".to_owned(),
                "Sat 2026-06-06 12:00 Europe/London (turn 1)".to_owned()
            ),
            ("untimed".to_owned(), String::new()),
        ]
    );
}

/// Packets did not carry `route_hours`: a packet's JSON has it last, as `replay`'s JSON
/// has it (only when an `hours:` condition decided the route), and its Markdown says the
/// local time beside the route.
#[test]
fn packets_carry_the_local_time_an_hours_route_saw() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("packets");
    handoff()
        .args(["replay", "-q", "-r", RULES, "--packets"])
        .arg(&out)
        .arg(TRANSCRIPTS)
        .assert()
        .success();
    let text = |id: &str| std::fs::read_to_string(out.join(format!("{id}.json"))).unwrap();
    let packet = |id: &str| -> serde_json::Value { serde_json::from_str(&text(id)).unwrap() };
    let evening = packet("evening");
    assert_eq!(
        evening["route_hours"],
        serde_json::json!([hours(2, "2026-06-01T17:45", "mon", "mon")])
    );
    // Last (in the text: a parsed object's keys are sorted).
    let raw = text("evening");
    let at = raw.find("\n  \"route_hours\": [").unwrap();
    assert!(raw.find("\n  \"bridge_message\"").unwrap() < at, "{raw}");
    assert!(raw[at..].ends_with("}\n  ]\n}\n"), "{raw}");
    assert_eq!(
        packet("weekend")["route_hours"],
        serde_json::json!([hours(1, "2026-06-06T12:00", "sat", "sat")])
    );
    let day = packet("day");
    assert!(day.get("route_hours").is_none(), "{day}");
    let markdown = std::fs::read_to_string(out.join("evening.md")).unwrap();
    assert!(
        markdown.contains(
            "| Route | night-shift → night-shift (hours: Mon 2026-06-01 17:45 Europe/London) |"
        ),
        "{markdown}"
    );
    let markdown = std::fs::read_to_string(out.join("day.md")).unwrap();
    assert!(
        markdown.contains("| Route | default → frontline |"),
        "{markdown}"
    );
}
