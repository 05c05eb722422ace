//! The summary in `replay --packets` on chats that misled it: a change of a later
//! request taken for the goal's update, small talk taken for the goal, a complaint taken
//! for an open question, pet names taken for people's names. Each beside a near miss
//! that must keep reading as it did.

use std::fmt::Write as _;

use crate::common::{handoff, jsonl, write};

/// Escalates at the customer's "get me a person", the last message of each chat.
const RULES: &str = "version: 1\ntriggers:\n  - { id: asked, when: { message: { role: customer, phrases: [get me a person] } } }\nteams:\n  - { id: support, name: Support, bridge: 'Hi.' }\ndefault_route: { team: support }\n";

const CHATS: &str = "conversation_id,timestamp,role,text
new-request,2026-03-01T09:00:00Z,customer,I would like to find a pizza place on the west side of town.
new-request,2026-03-01T09:01:00Z,bot,I found Mario's. Is there anything else I can do for you?
new-request,2026-03-01T09:02:00Z,customer,\"Yes, I want to check on the status of my ride.\"
new-request,2026-03-01T09:03:00Z,bot,Your driver is 10 minutes away.
new-request,2026-03-01T09:04:00Z,customer,I would like to change my driver to someone else. Get me a person.
correction,2026-03-01T10:00:00Z,customer,I want to make a reservation at the Old Town Inn from May 5th to 25th.
correction,2026-03-01T10:01:00Z,bot,Booked. Is there anything else I can do for you?
correction,2026-03-01T10:02:00Z,customer,I would like to change my reservation to 15th-16th of June. Get me a person.
small-talk,2026-03-01T11:00:00Z,customer,So I started a new pill and I feel a little dizzy.
small-talk,2026-03-01T11:01:00Z,bot,\"Could I get your name, please?\"
small-talk,2026-03-01T11:02:00Z,customer,\"Yeah, I'm Ben. Are you my granddaughter?\"
small-talk,2026-03-01T11:03:00Z,bot,\"No Sir, who is your doctor?\"
small-talk,2026-03-01T11:04:00Z,customer,Dr. Alexis! She's really nice.
small-talk,2026-03-01T11:05:00Z,bot,Take your medicine before you go to sleep.
small-talk,2026-03-01T11:06:00Z,customer,Get me a person.
complaint,2026-03-01T12:00:00Z,customer,\"Thanks Honey, why was I charged twice?\"
complaint,2026-03-01T12:01:00Z,bot,\"Sorry, I didn't understand that.\"
complaint,2026-03-01T12:02:00Z,customer,\"Listen Buddy, why are you calling me? Cheers Mate, I spoke to Mark Love.\"
complaint,2026-03-01T12:03:00Z,bot,\"Sorry, I didn't understand that.\"
complaint,2026-03-01T12:04:00Z,customer,Get me a person.
";

/// Regression for the four: each packet's goal, update, open questions and names.
#[test]
fn the_summary_reads_the_request_the_questions_and_the_names_a_human_needs() {
    let dir = tempfile::tempdir().unwrap();
    let rules = write(dir.path(), "rules.yaml", RULES);
    let input = write(dir.path(), "t.csv", CHATS);
    let out = dir.path().join("p.jsonl");
    handoff()
        .args(["replay", "-q", "--rules"])
        .arg(&rules)
        .arg("--packets")
        .arg(&out)
        .arg(&input)
        .assert()
        .success();
    let packets = jsonl(&std::fs::read_to_string(out).unwrap());
    assert_eq!(packets.len(), 4, "every chat escalates");
    let mut shown = String::new();
    for p in &packets {
        let s = &p["summary"];
        let names: Vec<&str> = s["facts"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|f| f["kind"] == "name")
            .map(|f| f["text"].as_str().unwrap())
            .collect();
        writeln!(
            shown,
            "{}\n  goal: {}\n  goal_update: {}\n  open: {}\n  names: {:?}\n  bullets:\n    {}",
            p["conversation_id"].as_str().unwrap(),
            s["goal"],
            s["goal_update"],
            s["open_questions"],
            names,
            s["bullets"]
                .as_array()
                .unwrap()
                .iter()
                .map(|b| b.as_str().unwrap())
                .collect::<Vec<_>>()
                .join("\n    "),
        )
        .unwrap();
    }
    insta::assert_snapshot!("packet_summary_heuristics", shown);
}

/// A goal that opens with an introduction, and one whose first clause is said of the
/// name, read the same with `--redact` as without (redacted summaries read the
/// masked message, "I'm [name] [name] and …", and kept the introduction).
#[test]
fn the_goal_is_the_same_with_and_without_redact() {
    let dir = tempfile::tempdir().unwrap();
    let rules = write(dir.path(), "rules.yaml", RULES);
    let input = write(
        dir.path(),
        "t.csv",
        "conversation_id,timestamp,role,text
intro,2026-03-01T09:00:00Z,customer,\"Hi, I'm Angela Smith and I need to cancel my booking\"
intro,2026-03-01T09:01:00Z,customer,Get me a person.
misspelled,2026-03-01T10:00:00Z,customer,\"my name is misspelled, can you fix it on my ticket?\"
misspelled,2026-03-01T10:01:00Z,customer,Get me a person.
",
    );
    let goals = |redact: bool| {
        let out = dir.path().join(format!("p-{redact}.jsonl"));
        let mut cmd = handoff();
        cmd.args(["replay", "-q", "--rules"]).arg(&rules);
        if redact {
            cmd.arg("--redact");
        }
        cmd.arg("--packets")
            .arg(&out)
            .arg(&input)
            .assert()
            .success();
        let packets = jsonl(&std::fs::read_to_string(out).unwrap());
        (packets.iter())
            .map(|p| p["summary"]["goal"].as_str().unwrap_or_default().to_owned())
            .collect::<Vec<_>>()
    };
    let plain = goals(false);
    assert_eq!(
        plain,
        [
            "I need to cancel my booking",
            "My name is misspelled, can you fix it on my ticket?"
        ]
    );
    assert_eq!(goals(true), plain);
}

/// Regression (session 43): under `--redact` "Can M. Dubois call me?" was cut at "M."
/// (the open question "[name] call me?"), a card number must stay masked and no
/// reference, a request pointing back at the event before it is the goal with it, and
/// an initial after a masked first name stays out of the goal.
#[test]
fn an_initial_before_a_masked_name_and_a_request_pointing_back_read_whole() {
    let dir = tempfile::tempdir().unwrap();
    let rules = write(dir.path(), "rules.yaml", RULES);
    let input = write(
        dir.path(),
        "t.csv",
        "conversation_id,timestamp,role,text
initial,2026-03-01T09:00:00Z,customer,\"My card 4111 1111 1111 1111 was refused. Can M. Dubois call me?\"
initial,2026-03-01T09:01:00Z,bot,\"Sorry, I didn't understand that.\"
initial,2026-03-01T09:02:00Z,customer,Get me a person.
refund,2026-03-01T10:00:00Z,customer,I noticed my card was charged twice. Can you refund it?
refund,2026-03-01T10:01:00Z,bot,\"Sorry, I didn't understand that.\"
refund,2026-03-01T10:02:00Z,customer,Get me a person.
maria,2026-03-01T11:00:00Z,customer,\"Hi, I'm Maria G. Refund my last order please.\"
maria,2026-03-01T11:01:00Z,bot,\"Sorry, I didn't understand that.\"
maria,2026-03-01T11:02:00Z,customer,Get me a person.
",
    );
    let out = dir.path().join("p.jsonl");
    handoff()
        .args(["replay", "-q", "--redact", "--rules"])
        .arg(&rules)
        .arg("--packets")
        .arg(&out)
        .arg(&input)
        .assert()
        .success();
    let text = std::fs::read_to_string(&out).unwrap();
    assert!(!text.contains("4111"), "the card number is masked: {text}");
    let packets = jsonl(&text);
    let summary = |id: &str| {
        packets
            .iter()
            .find(|p| p["conversation_id"] == id)
            .map(|p| p["summary"].clone())
            .unwrap()
    };
    let initial = summary("initial");
    assert_eq!(initial["open_questions"][0], "Can M. [name] call me?");
    assert!(
        initial["facts"]
            .as_array()
            .unwrap()
            .iter()
            .all(|f| f["kind"] != "reference"),
        "{initial}"
    );
    assert_eq!(
        summary("refund")["goal"],
        "I noticed my card was charged twice. Can you refund it?"
    );
    // The initial after a masked first name ends its sentence (review of session 43:
    // the goal was "I'm [name] G. Refund …", the initial kept).
    assert_eq!(summary("maria")["goal"], "Refund my last order please.");
}
