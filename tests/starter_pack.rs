//! The starter rules (`rules/`) over the sample transcripts (`fixtures/`): every
//! conversation's expected outcome, written down by hand, then the whole output as a
//! snapshot so any change to wording or evidence shows up in review.

use serde_json::Value;

use crate::common::{handoff, jsonl, stdout_of};

/// (conversation, escalation turn, primary trigger, route, team); `None` = must not escalate.
type Expected = (
    &'static str,
    Option<(u64, &'static str, &'static str, &'static str)>,
);

const EXPECTED: &[Expected] = &[
    (
        "c01-enterprise-discount",
        Some((3, "pricing-negotiation", "pricing", "senior-ae")),
    ),
    (
        "c02-student-discount",
        Some((1, "pricing-negotiation", "self-serve-pricing", "frontline")),
    ),
    (
        "c03-sso-scim",
        Some((1, "technical-question", "technical", "sales-engineer")),
    ),
    ("c04-api-yes-no", None),
    (
        "c05-gdpr-dpa",
        Some((1, "legal-compliance", "legal", "legal")),
    ),
    (
        "c06-double-charge",
        Some((1, "billing-issue", "billing", "finance")),
    ),
    (
        "c07-frustrated-pro",
        Some((3, "frustration", "default", "frontline")),
    ),
    (
        "c08-frustrated-enterprise",
        Some((3, "frustration", "enterprise-lead", "senior-ae")),
    ),
    ("c09-not-frustrated", None),
    (
        "c10-asks-for-person",
        Some((1, "human-request", "default", "frontline")),
    ),
    (
        "c11-person-after-integration",
        Some((5, "human-request", "technical", "sales-engineer")),
    ),
    (
        "c12-bot-fallbacks",
        Some((4, "bot-loop", "default", "frontline")),
    ),
    (
        "c13-customer-repeats",
        Some((3, "bot-loop", "default", "frontline")),
    ),
    ("c14-opening-hours", None),
    ("c15-password-reset", None),
    ("c16-bot-mentions-discount", None),
    (
        "c17-multiline-renewal",
        Some((1, "pricing-negotiation", "pricing", "senior-ae")),
    ),
    (
        "c18-agent-already-joined",
        Some((5, "frustration", "default", "frontline")),
    ),
    (
        "c19-agent-after-rules",
        Some((1, "human-request", "default", "frontline")),
    ),
    (
        "c20-no-metadata",
        Some((1, "human-request", "default", "frontline")),
    ),
    (
        "c21-public-sector",
        Some((3, "frustration", "enterprise-lead", "senior-ae")),
    ),
    (
        "c22-hot-lead-loop",
        Some((4, "bot-loop", "enterprise-lead", "senior-ae")),
    ),
    (
        "c23-shouting",
        Some((1, "frustration", "default", "frontline")),
    ),
    (
        "c24-legal-threat",
        Some((3, "legal-compliance", "legal", "legal")),
    ),
    ("c25-happy", None),
    (
        "c26-curly-apostrophe",
        Some((3, "frustration", "default", "frontline")),
    ),
    (
        "c27-why-cant-i",
        Some((1, "human-request", "default", "frontline")),
    ),
    ("c28-no-human-needed", None),
    (
        "c29-error-code",
        Some((3, "technical-question", "technical", "sales-engineer")),
    ),
    (
        "c30-mild-cues-add-up",
        Some((7, "frustration", "default", "frontline")),
    ),
    ("c31-single-mild-cue", None),
    (
        "c32-late-stage-deal",
        Some((1, "human-request", "enterprise-lead", "senior-ae")),
    ),
    ("c33-agent-joined-quietly", None),
];

fn outcomes() -> Vec<Value> {
    jsonl(&stdout_of(
        handoff().args(["replay", "--format", "jsonl", "--quiet"]),
    ))
}

fn by_id<'a>(outcomes: &'a [Value], id: &str) -> &'a Value {
    outcomes
        .iter()
        .find(|o| o["conversation_id"] == id)
        .unwrap_or_else(|| panic!("no outcome for {id}"))
}

#[test]
fn every_fixture_conversation_has_its_expected_outcome() {
    let outcomes = outcomes();
    let ids: Vec<&str> = outcomes
        .iter()
        .map(|o| o["conversation_id"].as_str().unwrap())
        .collect();
    let expected_ids: Vec<&str> = EXPECTED.iter().map(|(id, _)| *id).collect();
    assert_eq!(ids, expected_ids, "every conversation, in input order");
    let mut wrong = Vec::new();
    for (id, expected) in EXPECTED {
        let o = by_id(&outcomes, id);
        let actual = o["escalated"].as_bool().unwrap().then(|| {
            (
                o["escalation_turn"].as_u64().unwrap(),
                o["triggers"][0]["id"].as_str().unwrap(),
                o["route"].as_str().unwrap(),
                o["team"].as_str().unwrap(),
            )
        });
        if actual != *expected {
            wrong.push(format!("{id}: expected {expected:?}, got {actual:?}"));
        }
    }
    assert!(wrong.is_empty(), "\n{}", wrong.join("\n"));
}

#[test]
fn every_starter_trigger_route_and_team_is_exercised() {
    let outcomes = outcomes();
    let fired: Vec<&str> = outcomes
        .iter()
        .flat_map(|o| o["triggers"].as_array().unwrap())
        .map(|t| t["id"].as_str().unwrap())
        .collect();
    for trigger in [
        "frustration",
        "human-request",
        "bot-loop",
        "pricing-negotiation",
        "technical-question",
        "legal-compliance",
        "billing-issue",
    ] {
        assert!(fired.contains(&trigger), "no fixture fires {trigger}");
    }
    let routes: Vec<&str> = outcomes
        .iter()
        .filter_map(|o| o["route"].as_str())
        .collect();
    for route in [
        "legal",
        "billing",
        "self-serve-pricing",
        "pricing",
        "technical",
        "enterprise-lead",
        "default",
    ] {
        assert!(routes.contains(&route), "no fixture takes route {route}");
    }
    let teams: Vec<&str> = outcomes.iter().filter_map(|o| o["team"].as_str()).collect();
    for team in [
        "senior-ae",
        "sales-engineer",
        "finance",
        "legal",
        "frontline",
    ] {
        assert!(teams.contains(&team), "no fixture reaches team {team}");
    }
}

#[test]
fn bridge_messages_name_the_customer_the_human_and_the_reason() {
    let outcomes = outcomes();
    assert_eq!(
        by_id(&outcomes, "c01-enterprise-discount")["bridge_message"],
        "Hi Alex, I'm Maya, a senior account executive, stepping in to dive deeper into pricing. \
         I've read our chat so far and have the Acme Corp account in front of me."
    );
    let no_meta = by_id(&outcomes, "c20-no-metadata")["bridge_message"]
        .as_str()
        .unwrap();
    assert!(no_meta.starts_with("Hi there, I'm Chris"), "{no_meta}");
    let frustrated = by_id(&outcomes, "c07-frustrated-pro")["bridge_message"]
        .as_str()
        .unwrap();
    assert!(
        frustrated.contains("I'm sorry this has been frustrating"),
        "{frustrated}"
    );
    for o in outcomes.iter().filter(|o| o["escalated"] == true) {
        assert!(o["bridge_message"].is_string(), "{o}");
        assert!(o.get("bridge_error").is_none(), "{o}");
    }
}

#[test]
fn evidence_is_the_customers_words() {
    let outcomes = outcomes();
    let evidence = |id: &str| by_id(&outcomes, id)["triggers"][0]["evidence"].clone();
    assert_eq!(
        evidence("c17-multiline-renewal")[0]["text"],
        "Can you do better"
    );
    assert_eq!(
        evidence("c26-curly-apostrophe")[0]["text"],
        "this doesn\u{2019}t make sense"
    );
    assert_eq!(
        evidence("c12-bot-fallbacks")[0],
        serde_json::json!({"type": "counter", "name": "bot_fallbacks", "value": 2.0, "within": 8})
    );
    let legal = by_id(&outcomes, "c24-legal-threat");
    assert_eq!(
        legal["triggers"][1]["id"], "frustration",
        "every trigger that held is listed"
    );
}

#[test]
fn actual_handoffs_are_compared() {
    let outcomes = outcomes();
    let later = by_id(&outcomes, "c18-agent-already-joined");
    assert_eq!(
        (
            later["actual_handoff_turn"].as_u64(),
            later["versus_actual"].as_str()
        ),
        (Some(4), Some("later"))
    );
    let missed = by_id(&outcomes, "c33-agent-joined-quietly");
    assert_eq!(
        (
            missed["actual_handoff_turn"].as_u64(),
            missed["versus_actual"].as_str()
        ),
        (Some(4), Some("missed"))
    );
    let earlier = by_id(&outcomes, "c19-agent-after-rules");
    assert_eq!(
        (
            earlier["actual_handoff_turn"].as_u64(),
            earlier["versus_actual"].as_str()
        ),
        (Some(3), Some("earlier"))
    );
}

#[test]
fn full_output_snapshot() {
    let text = stdout_of(handoff().args(["replay", "--format", "jsonl", "--quiet"]));
    let pretty: Vec<Value> = jsonl(&text);
    insta::assert_json_snapshot!(pretty);
}
