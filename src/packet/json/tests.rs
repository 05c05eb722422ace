use proptest::prelude::*;
use serde::Deserialize;

use super::*;
use crate::outcome::strategy::{fired, route_hours, text};
use crate::packet::{Contact, ContactHistory, Escalation, TranscriptMessage};
use crate::summary::{Fact, FactKind, Mood, Summary};
use crate::transcript::Role;

fn fields() -> impl Strategy<Value = Fields> {
    proptest::collection::vec((text(), text()), 0..4).prop_map(Fields)
}

fn customer() -> impl Strategy<Value = Customer> {
    (
        proptest::collection::vec(proptest::option::of(text()), 6),
        fields(),
    )
        .prop_map(|(mut values, fields)| {
            let mut next = || values.remove(0);
            Customer {
                name: next(),
                first_name: next(),
                company: next(),
                email: next(),
                tier: next(),
                lead_score: next(),
                fields,
            }
        })
}

fn transcript() -> impl Strategy<Value = Vec<TranscriptMessage>> {
    proptest::collection::vec(
        (
            any::<usize>(),
            0..4usize,
            proptest::option::of(text()),
            text(),
        )
            .prop_map(|(turn, role, time, text)| TranscriptMessage {
                turn,
                role: Role::ALL[role],
                time,
                text,
            }),
        0..4,
    )
}

fn strings() -> impl Strategy<Value = Vec<String>> {
    proptest::collection::vec(text(), 0..3)
}

/// Every fact kind, in the order declared, from serde's derived `Deserialize` (a test
/// derive), which reads a unit variant by its index: asked for 0, 1, 2, … until it
/// fails, it gives them all, a kind added to `FactKind` too. A list written here by
/// hand went stale unseen when a kind was added.
fn fact_kinds() -> Vec<FactKind> {
    use serde::de::IntoDeserializer;
    use serde::de::value::Error;
    (0u32..1000)
        .map_while(|i| FactKind::deserialize(IntoDeserializer::<Error>::into_deserializer(i)).ok())
        .collect()
}

/// A fact kind's name in the packet is serde's, for every kind: [`kind_name`] has an
/// arm for each, but nothing made its words serde's.
#[test]
fn every_fact_kind_is_named_as_serde_names_it() {
    let kinds = fact_kinds();
    assert_eq!(kinds.first(), Some(&FactKind::Amount));
    assert_eq!(kinds.last(), Some(&FactKind::Place));
    for kind in kinds {
        let serde = serde_json::to_value(kind).unwrap();
        assert_eq!(serde.as_str(), Some(kind_name(kind)), "{kind:?}");
    }
}

fn fact() -> impl Strategy<Value = Fact> {
    (
        proptest::sample::select(fact_kinds()),
        text(),
        any::<usize>(),
        proptest::option::of(text()),
        proptest::option::of(text()),
    )
        .prop_map(|(kind, text, turn, key, value)| Fact {
            kind,
            text,
            turn,
            key,
            value,
        })
}

/// Arbitrary summaries, every field named.
fn summary() -> impl Strategy<Value = Summary> {
    (
        (
            proptest::option::of(text()),
            proptest::option::of(text()),
            strings(),
            proptest::collection::vec(fact(), 0..3),
            strings(),
            strings(),
        ),
        (
            any::<usize>(),
            (text(), any::<usize>(), any::<usize>()),
            proptest::option::of(text()),
            strings(),
        ),
    )
        .prop_map(
            |(
                (goal, goal_update, open_questions, facts, topics, bot_answers),
                (
                    bot_fallbacks,
                    (trajectory, frustrated_messages, customer_messages),
                    last,
                    bullets,
                ),
            )| Summary {
                goal,
                goal_update,
                open_questions,
                facts,
                topics,
                bot_answers,
                bot_fallbacks,
                mood: Mood {
                    trajectory,
                    frustrated_messages,
                    customer_messages,
                },
                last_customer_message: last,
                bullets,
            },
        )
}

/// Arbitrary packets: every field of [`Packet`] named, so that one added to it is
/// added here, and then to [`encode`].
fn packet() -> impl Strategy<Value = Packet> {
    (
        (
            any::<u32>(),
            text(),
            (any::<usize>(), proptest::option::of(text()), any::<usize>()),
            proptest::option::of(text()),
            proptest::collection::vec(fired(), 0..3),
            proptest::collection::vec(proptest::option::of(text()), 3),
        ),
        (
            customer(),
            proptest::option::of((text(), text(), fields())),
            summary(),
            transcript(),
            proptest::option::of(text()),
            proptest::option::of(text()),
            route_hours(),
        ),
    )
        .prop_map(
            |(
                (version, conversation_id, (turn, time, messages), reason, triggers, mut routing),
                (customer, contact, summary, transcript, bridge_message, bridge_error, route_hours),
            )| {
                let mut next = || routing.remove(0);
                Packet {
                    version,
                    conversation_id,
                    escalation: Escalation {
                        turn,
                        time,
                        messages,
                    },
                    reason,
                    triggers,
                    route: next(),
                    team: next(),
                    team_name: next(),
                    customer,
                    contact: contact.map(|(key, value, fields)| Contact { key, value, fields }),
                    contact_history: ContactHistory::default(),
                    summary,
                    transcript,
                    bridge_message,
                    bridge_error,
                    route_hours,
                }
            },
        )
}

proptest! {
    /// With its history's value put at the offset given, the line is what
    /// `serde_json::to_vec` writes for the packet.
    #[test]
    fn encodes_as_serde_json_does(packet in packet()) {
        let mut ours = Vec::new();
        let at = encode(&packet, &mut ours);
        let history = serde_json::to_vec(&packet.contact_history).unwrap();
        ours.splice(at..at, history);
        let theirs = serde_json::to_vec(&packet).unwrap();
        prop_assert_eq!(String::from_utf8(ours).unwrap(), String::from_utf8(theirs).unwrap());
    }
}
