use std::path::PathBuf;
use std::sync::Arc;

use super::*;
use crate::outcome::Evidence;
use crate::transcript::Message;

fn conversation(id: &str, meta: &[(&str, &str)], texts: &[(&str, &str)]) -> Conversation {
    let mut metadata = Metadata::default();
    for (k, v) in meta {
        metadata.insert(k, v);
    }
    Conversation {
        id: id.into(),
        messages: texts
            .iter()
            .enumerate()
            .map(|(i, (time, text))| Message {
                role: if i % 2 == 0 {
                    Role::Customer
                } else {
                    Role::Bot
                },
                text: (*text).into(),
                time: (*time).into(),
                timestamp: time.parse().ok(),
                clock: crate::transcript::Clock::Written,
                line: i as u64 + 2,
            })
            .collect(),
        metadata,
        file: Arc::new(PathBuf::from("t.csv")),
    }
}

fn outcome(id: &str, turn: Option<usize>) -> Outcome {
    Outcome {
        conversation_id: id.into(),
        escalated: turn.is_some(),
        escalation_turn: turn,
        escalation_time: turn.map(|_| "t2".into()),
        reason: turn.map(|_| "sort out the billing problem".into()),
        triggers: turn
            .map(|turn| {
                vec![FiredTrigger {
                    id: "billing-issue".into(),
                    severity: "high",
                    turn,
                    evidence: vec![Evidence::Match {
                        turn,
                        role: Role::Customer,
                        signal: "billing".into(),
                        text: "charged twice".into(),
                    }],
                }]
            })
            .unwrap_or_default(),
        route: turn.map(|_| "billing".into()),
        team: turn.map(|_| "finance".into()),
        team_name: turn.map(|_| "Billing & Finance".into()),
        bridge_message: turn.map(|_| "Hi Ana, I'm Sam.".into()),
        bridge_error: None,
        route_hours: Vec::new(),
        actual_handoff_turn: None,
        actual_handoff_time: None,
        versus_actual: None,
        messages: 3,
    }
}

#[test]
fn customer_fields_are_found_under_their_common_names() {
    let mut m = Metadata::default();
    for (k, v) in [
        ("Customer Name", "Ana Lima"),
        ("Account", "Lima & Co"),
        ("Email Address", "ana@example.com"),
        ("Plan", "pro"),
        ("Score", "71"),
        ("Region", "EU"),
    ] {
        m.insert(k, v);
    }
    let c = Customer::from_metadata(&m);
    assert_eq!(c.name.as_deref(), Some("Ana Lima"));
    assert_eq!(c.first_name.as_deref(), Some("Ana"));
    assert_eq!(c.company.as_deref(), Some("Lima & Co"));
    assert_eq!(c.email.as_deref(), Some("ana@example.com"));
    assert_eq!(c.tier.as_deref(), Some("pro"));
    assert_eq!(c.lead_score.as_deref(), Some("71"));
    assert_eq!(c.fields.get("region"), Some("EU"));
    assert_eq!(c.fields.0.len(), 6, "every field, named ones included");
}

/// A Zendesk-style export's `Requester Name` and `Requester Email` were not
/// the customer's, so every bridge said "Hi there" and the packet had no name or email.
#[test]
fn a_helpdesk_requester_is_the_customer() {
    for (name_column, email_column) in [
        ("Requester Name", "Requester Email"),
        ("Requester", "Contact Email"),
        ("Client Name", "Client Email"),
    ] {
        let mut m = Metadata::default();
        m.insert(name_column, "Ana Lima");
        m.insert(email_column, "ana@example.com");
        let c = Customer::from_metadata(&m);
        assert_eq!(c.name.as_deref(), Some("Ana Lima"), "{name_column}");
        assert_eq!(c.first_name.as_deref(), Some("Ana"), "{name_column}");
        assert_eq!(
            c.email.as_deref(),
            Some("ana@example.com"),
            "{email_column}"
        );
    }
}

#[test]
fn the_name_and_first_name_are_read_as_bridge_messages_read_them() {
    // With `first_name` and `last_name` columns, the bridge said "Hi Alexandra"
    // while the packet had no name at all.
    let mut m = Metadata::default();
    m.insert("First Name", "Alexandra");
    m.insert("last_name", "Chen");
    let c = Customer::from_metadata(&m);
    assert_eq!(c.name.as_deref(), Some("Alexandra Chen"));
    assert_eq!(c.first_name.as_deref(), Some("Alexandra"));
    // A title is passed over; an email address is no name to greet.
    for (name, first) in [("Mr. John Smith", Some("John")), ("bob@x.example", None)] {
        let mut m = Metadata::default();
        m.insert("name", name);
        assert_eq!(
            Customer::from_metadata(&m).first_name.as_deref(),
            first,
            "{name}"
        );
    }
}

#[test]
fn history_counts_the_same_customers_earlier_conversations() {
    let mut b = Histories::new(None);
    let ana = [("email", "ana@example.com")];
    let first = conversation("c1", &ana, &[("2026-01-01T10:00:00Z", "hi")]);
    let other = conversation("c2", &[("email", "bo@example.com")], &[("t", "hi")]);
    let second = conversation("c3", &[("email", " ANA@example.com")], &[("t3", "again")]);
    let none = conversation("c4", &[], &[("t", "who am i")]);
    assert_eq!(
        b.record(&first, &outcome("c1", Some(1)))
            .previous_conversations,
        0
    );
    b.record(&other, &outcome("c2", None));
    let h = b.record(&second, &outcome("c3", None));
    assert_eq!(
        h,
        ContactHistory {
            key: Some("email".into()),
            previous_conversations: 1,
            previously_escalated: 1,
            last_conversation_id: Some("c1".into()),
            last_conversation_time: Some("2026-01-01T10:00:00Z".into()),
        }
    );
    assert_eq!(
        b.record(&none, &outcome("c4", None)),
        ContactHistory::default()
    );
}

/// An export sorted by conversation id need not be sorted by time: the most recent
/// earlier conversation is the one that started last, not the one read last.
#[test]
fn the_last_conversation_is_the_most_recent_not_the_last_read() {
    let mut h = Histories::new(None);
    let ana = [("customer_id", "42")];
    let later = conversation("a1", &ana, &[("2026-03-05T09:00:00Z", "hi")]);
    let earlier = conversation("a2", &ana, &[("2026-03-01T09:00:00Z", "hi")]);
    let undated = conversation("a3", &ana, &[("yesterday", "hi")]);
    let now = conversation("a4", &ana, &[("2026-03-09T09:00:00Z", "hi")]);
    h.record(&later, &outcome("a1", None));
    let last = |h: &ContactHistory| {
        (
            h.previous_conversations,
            h.last_conversation_id.clone().unwrap_or_default(),
        )
    };
    assert_eq!(
        last(&h.record(&earlier, &outcome("a2", None))),
        (1, "a1".into())
    );
    assert_eq!(
        last(&h.record(&undated, &outcome("a3", None))),
        (2, "a1".into()),
        "a2 started before a1"
    );
    // Without a start time to compare, input order decides.
    let history = h.record(&now, &outcome("a4", None));
    assert_eq!(last(&history), (3, "a3".into()));
    assert_eq!(history.last_conversation_time.as_deref(), Some("yesterday"));
}

#[test]
fn a_packet_holds_the_transcript_up_to_the_escalation_and_only_when_escalated() {
    let b = PacketBuilder::new(None);
    let c = conversation(
        "c1",
        &[("name", "Ana Lima")],
        &[
            ("t1", "hello"),
            ("t2", "you charged me twice"),
            ("t3", "still there?"),
        ],
    );
    assert!(
        b.packet(&c, &outcome("c1", None), Summary::default())
            .is_none()
    );
    let p = b
        .packet(&c, &outcome("c1", Some(2)), Summary::default())
        .unwrap();
    assert_eq!(p.transcript.len(), 2);
    assert_eq!(p.transcript[1].text, "you charged me twice");
    assert_eq!((p.escalation.turn, p.escalation.messages), (2, 3));
    assert_eq!(p.customer.first_name.as_deref(), Some("Ana"));
    assert!(p.contact.is_none());
}

#[test]
fn markdown_puts_the_summary_first_and_escapes_what_customers_typed() {
    let b = PacketBuilder::new(None);
    let c = conversation(
        "c1",
        &[("name", "Ana Lima"), ("tier", "pro"), ("region", "EU")],
        &[
            ("t1", "# not a heading <b>"),
            ("t2", "you *charged* me twice | again"),
        ],
    );
    let summary = Summary {
        bullets: vec!["Goal: a refund".into()],
        ..Summary::default()
    };
    let p = b.packet(&c, &outcome("c1", Some(2)), summary).unwrap();
    let md = markdown::render(&p);
    let summary_at = md.find("## Summary").unwrap();
    let facts_at = md.find("## Facts").unwrap();
    let transcript_at = md.find("## Transcript").unwrap();
    assert!(summary_at < facts_at && facts_at < transcript_at, "{md}");
    assert!(md.starts_with("# Ana Lima → Billing & Finance\n"), "{md}");
    assert!(md.contains("- Goal: a refund"));
    assert!(md.contains("| Other fields | region: EU |"), "{md}");
    assert!(md.contains("> Hi Ana, I'm Sam."));
    assert!(md.contains("\\# not a heading \\<b\\>"), "{md}");
    assert!(
        md.contains("**2. bot** · t2 ⚑  \n"),
        "the evidence turn is flagged: {md}"
    );
    assert!(md.contains("you \\*charged\\* me twice \\| again"), "{md}");
}
