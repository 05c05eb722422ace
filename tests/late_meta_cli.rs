//! Metadata on a later row (a tier the agent looked up, a CSAT score): `replay` and
//! `explain` see it from the message whose row gives it, not from the start.

use crate::common::{handoff, jsonl, stdout_of, write};

const RULES: &str = "version: 1
triggers:
  - id: ent
    when: { meta: { field: tier, equals: enterprise } }
default_route: { team: t }
teams: [ { id: t, name: T, bridge: hi } ]
";

const CSV: &str = "conversation_id,role,text,tier
a,customer,hi,
a,bot,hello,
a,agent,Hi I am Tom,
a,customer,thanks,enterprise
";

/// `replay -f jsonl` of `input` with `rules`: its output.
fn replay_jsonl(rules: &std::path::Path, input: &std::path::Path) -> String {
    stdout_of(
        handoff()
            .arg("replay")
            .arg("-r")
            .arg(rules)
            .arg(input)
            .args(["-f", "jsonl"]),
    )
}

/// `explain -r RULES INPUT args…`: its output.
fn explain(rules: &std::path::Path, input: &std::path::Path, args: &[&str]) -> String {
    stdout_of(
        handoff()
            .arg("explain")
            .arg("-r")
            .arg(rules)
            .arg(input)
            .args(args),
    )
}

#[test]
fn replay_escalates_on_the_row_that_gives_the_value_not_before() {
    let dir = tempfile::tempdir().unwrap();
    let rules = write(dir.path(), "rules.yaml", RULES);
    let csv = write(dir.path(), "t.csv", CSV);
    let out = replay_jsonl(&rules, &csv);
    let o = &jsonl(&out)[0];
    assert_eq!(o["escalation_turn"], 4, "{o}");
    assert_eq!(o["versus_actual"], "later", "{o}");
    assert_eq!(
        o["triggers"][0]["evidence"][0]["value"], "enterprise",
        "{o}"
    );
    // On the first row it is known from the start, as before.
    let first = write(
        dir.path(),
        "first.csv",
        "conversation_id,role,text,tier\na,customer,hi,enterprise\na,bot,hello,\n",
    );
    let out = replay_jsonl(&rules, &first);
    assert_eq!(jsonl(&out)[0]["escalation_turn"], 1, "{out}");
}

#[test]
fn jsonl_rows_are_read_the_same_way() {
    let dir = tempfile::tempdir().unwrap();
    let rules = write(dir.path(), "rules.yaml", RULES);
    let rows = r#"{"conversation_id":"a","role":"customer","text":"hi"}
{"conversation_id":"a","role":"bot","text":"hello","tier":"enterprise"}
"#;
    let input = write(dir.path(), "t.jsonl", rows);
    let out = replay_jsonl(&rules, &input);
    assert_eq!(jsonl(&out)[0]["escalation_turn"], 2, "{out}");
}

#[test]
fn explain_says_a_value_is_not_known_yet_and_where_it_appears() {
    let dir = tempfile::tempdir().unwrap();
    let rules = write(dir.path(), "rules.yaml", RULES);
    let csv = write(dir.path(), "t.csv", CSV);
    let out = explain(&rules, &csv, &["-c", "a", "--all"]);
    let first = out.split("── message 2").next().unwrap();
    assert!(
        first.contains("✗ ent: tier = enterprise — tier is not known yet: “enterprise” first appears with message 4"),
        "{out}"
    );
    let last = out.split("── message 4").nth(1).unwrap();
    assert!(
        last.contains("✓ ent: tier = enterprise — tier = “enterprise”"),
        "{out}"
    );
    assert!(last.contains("escalates after message 4"), "{out}");
}

#[test]
fn packets_written_after_the_conversation_show_every_value() {
    let dir = tempfile::tempdir().unwrap();
    let rules = write(
        dir.path(),
        "rules.yaml",
        "version: 1
signals:
  - { id: hi, phrases: [hi] }
triggers:
  - { id: hi, when: { message: { signal: hi } } }
default_route: { team: t }
teams: [ { id: t, name: T, bridge: 'tier {{ customer.tier | default(\"unknown\") }}' } ]
",
    );
    let csv = write(dir.path(), "t.csv", CSV);
    let packets = dir.path().join("p.jsonl");
    let out = stdout_of(
        handoff()
            .arg("replay")
            .arg("-r")
            .arg(&rules)
            .arg(&csv)
            .args(["-f", "jsonl", "--packets"])
            .arg(&packets),
    );
    let o = &jsonl(&out)[0];
    assert_eq!(
        (o["escalation_turn"].as_u64(), o["bridge_message"].as_str()),
        (Some(1), Some("tier unknown")),
        "{o}"
    );
    let packet = std::fs::read_to_string(&packets).unwrap();
    assert!(packet.contains("enterprise"), "{packet}");
}

/// A contact gives `tier: pro` from the first message (its key's row); the transcript's
/// third row gives `tier: enterprise`.
const CONTACT_THEN_ROW: &str = "conversation_id,role,text,email,tier
a,customer,hi,ana@example.com,
a,bot,hello,,
a,customer,thanks,,enterprise
";

/// `replay -f jsonl` of [`CONTACT_THEN_ROW`] with `rules` and a contact of tier `pro`:
/// its one outcome, and the packets file's text.
fn replay_with_contact(rules: &str) -> (serde_json::Value, String) {
    let dir = tempfile::tempdir().unwrap();
    let rules = write(dir.path(), "rules.yaml", rules);
    let csv = write(dir.path(), "t.csv", CONTACT_THEN_ROW);
    let contacts = write(dir.path(), "crm.csv", "Email,Tier\nana@example.com,pro\n");
    let packets = dir.path().join("p.jsonl");
    let out = stdout_of(
        handoff()
            .arg("replay")
            .arg("-r")
            .arg(&rules)
            .arg(&csv)
            .arg("--contacts")
            .arg(&contacts)
            .args(["-f", "jsonl", "--packets"])
            .arg(&packets),
    );
    let packet = std::fs::read_to_string(&packets).unwrap();
    (jsonl(&out).remove(0), packet)
}

/// A contact's value of a field that a later row gives another value was
/// not used at all: the field was missing until that row. The contact's value holds
/// until then, the row's from it on.
#[test]
fn a_contacts_value_holds_until_a_later_row_gives_another() {
    let (o, packet) = replay_with_contact(
        "version: 1
triggers:
  - id: pro
    when: { meta: { field: tier, equals: pro } }
default_route: { team: t }
teams: [ { id: t, name: T, bridge: 'tier {{ customer.tier | default(\"unknown\") }}' } ]
",
    );
    assert_eq!(
        (o["escalation_turn"].as_u64(), o["bridge_message"].as_str()),
        (Some(1), Some("tier pro")),
        "{o}"
    );
    assert_eq!(o["triggers"][0]["evidence"][0]["value"], "pro", "{o}");
    // Written after the conversation, the packet has the transcript's value.
    let packet: serde_json::Value = serde_json::from_str(packet.trim()).unwrap();
    assert_eq!(
        packet["customer"]["fields"]["tier"], "enterprise",
        "{packet}"
    );

    // Routes see the contact's value before the row, the row's from it on.
    let rules = |when: &str| {
        format!(
            "version: 1
triggers:
  - {{ id: x, when: {when} }}
routes:
  - {{ id: pro-desk, when: {{ meta: {{ field: tier, equals: pro }} }}, team: p }}
default_route: {{ team: t }}
teams: [ {{ id: t, name: T, bridge: 't {{{{ customer.tier }}}}' }}, {{ id: p, name: P, bridge: 'p {{{{ customer.tier }}}}' }} ]
"
        )
    };
    let at_bot = rules("{ message: { role: bot } }");
    let at_enterprise = rules("{ meta: { field: tier, equals: enterprise } }");
    for (rules, turn, route, bridge) in [
        (&at_bot, 2, "pro-desk", "p pro"),
        (&at_enterprise, 3, "default", "t enterprise"),
    ] {
        let (o, _) = replay_with_contact(rules);
        assert_eq!(
            (
                o["escalation_turn"].as_u64(),
                o["route"].as_str(),
                o["bridge_message"].as_str()
            ),
            (Some(turn), Some(route), Some(bridge)),
            "{o}"
        );
    }
}

/// Without `--all`, a trigger whose only missing piece was a value a
/// later row gives was counted among those "nothing in this message came close to".
/// It is shown, with the line saying where the value appears; JSON's `standing` is
/// `not_known_yet`.
#[test]
fn explain_shows_a_trigger_waiting_for_a_later_value_without_all() {
    let dir = tempfile::tempdir().unwrap();
    let rules = write(dir.path(), "rules.yaml", RULES);
    let csv = write(dir.path(), "t.csv", CSV);
    let explain_as = |format: &str| explain(&rules, &csv, &["-c", "a", "--format", format]);
    let out = explain_as("text");
    let first = out.split("── message 2").next().unwrap();
    assert!(
        first.contains("  ✗ ent: tier = enterprise — tier is not known yet: “enterprise” first appears with message 4\n"),
        "{out}"
    );
    assert!(!out.contains("came close to"), "{out}");
    let json: serde_json::Value = serde_json::from_str(&explain_as("json")).unwrap();
    let standings: Vec<&str> = json["steps"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["triggers"][0]["standing"].as_str().unwrap())
        .collect();
    assert_eq!(
        standings,
        ["not_known_yet", "not_known_yet", "not_known_yet", "holds"]
    );
}

/// `explain` shows a contact's value until a later row gives another, and says which.
#[test]
fn explain_shows_a_contacts_value_and_the_rows_to_come() {
    let dir = tempfile::tempdir().unwrap();
    let rules = write(dir.path(), "rules.yaml", RULES);
    let csv = write(dir.path(), "t.csv", CONTACT_THEN_ROW);
    let contacts = write(dir.path(), "crm.csv", "Email,Tier\nana@example.com,pro\n");
    let out = explain(
        &rules,
        &csv,
        &["--contacts", &contacts.to_string_lossy(), "-c", "a"],
    );
    let second = out.split("── message 2").nth(1).unwrap();
    assert!(
        second.contains("✗ ent: tier = enterprise — tier = “pro” (“enterprise” from message 3)"),
        "{out}"
    );
    assert!(out.contains("escalates after message 3"), "{out}");
}
