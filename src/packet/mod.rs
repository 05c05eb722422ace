//! Handoff packets: an escalated conversation, its outcome, its summary, the customer's
//! contact record and history → everything the human who takes over needs, so the
//! customer never repeats themself.
//!
//! Serialised as-is, [`Packet`] is the documented JSON contract (`docs/packets.md`):
//! version 1, fields in this order, `snake_case`. Adding a field is compatible; renaming
//! or removing one is not. [`markdown`] renders the same packet for a helpdesk side panel;
//! [`mod@line`] serialises it as a JSON line on the thread that built it, and [`files`]
//! renders a directory's two files of it there, its contact history added where it is
//! written; [`mod@write`] puts packets in a JSONL file or a directory, never leaving half
//! a file.

pub mod files;
mod json;
pub mod line;
pub mod markdown;
pub mod write;

use std::borrow::Cow;
use std::collections::HashMap;

use serde::ser::SerializeMap;
use serde::{Serialize, Serializer};

use crate::contacts::Contacts;
use crate::outcome::{Evidence, FiredTrigger, Outcome};
use crate::summary::Summary;
use crate::transcript::{Conversation, Metadata, Role, person};

/// Version of the packet JSON shape.
pub const VERSION: u32 = 1;

/// What the human who takes over an escalated conversation gets.
#[derive(Debug, Clone, Serialize)]
pub struct Packet {
    pub version: u32,
    pub conversation_id: String,
    pub escalation: Escalation,
    /// The primary trigger's reason.
    pub reason: Option<String>,
    /// Triggers that held at the escalation point, most severe first, with evidence.
    pub triggers: Vec<FiredTrigger>,
    pub route: Option<String>,
    pub team: Option<String>,
    pub team_name: Option<String>,
    pub customer: Customer,
    /// The record of the contacts file (`--contacts`) joined on, if any.
    pub contact: Option<Contact>,
    pub contact_history: ContactHistory,
    pub summary: Summary,
    /// The messages up to and including the escalation point.
    pub transcript: Vec<TranscriptMessage>,
    pub bridge_message: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bridge_error: Option<String>,
    /// The local times the route's `hours:` conditions saw, as replay's JSON has them:
    /// only when some decided the route, and last, so that the fields before it keep
    /// their place.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub route_hours: Vec<Evidence>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Escalation {
    /// 1-based number of the message after which the rules escalate.
    pub turn: usize,
    /// That message's timestamp, as written in the export.
    pub time: Option<String>,
    /// Messages in the whole conversation (the transcript stops at `turn`).
    pub messages: usize,
}

/// The customer, from the conversation's metadata (with joined contact fields).
#[derive(Debug, Clone, Serialize)]
pub struct Customer {
    pub name: Option<String>,
    pub first_name: Option<String>,
    pub company: Option<String>,
    pub email: Option<String>,
    pub tier: Option<String>,
    pub lead_score: Option<String>,
    /// Every metadata field, by normalised column name, in column order.
    pub fields: Fields,
}

/// Field → value pairs, serialised as a JSON object in their order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Fields(pub Vec<(String, String)>);

impl Serialize for Fields {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (k, v) in &self.0 {
            map.serialize_entry(k, v)?;
        }
        map.end()
    }
}

impl Fields {
    pub fn get(&self, field: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(k, _)| k == field)
            .map(|(_, v)| v.as_str())
    }
}

/// A contact record from the contacts file.
#[derive(Debug, Clone, Serialize)]
pub struct Contact {
    /// The join field (`email`, `customer_id`) and the value it matched.
    pub key: String,
    pub value: String,
    pub fields: Fields,
}

/// The same customer's earlier conversations in the replayed input.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct ContactHistory {
    /// The field that identifies the customer across conversations, if any was found.
    pub key: Option<String>,
    pub previous_conversations: u32,
    /// How many of those the rules escalated.
    pub previously_escalated: u32,
    pub last_conversation_id: Option<String>,
    /// When the last one started, as written in the export.
    pub last_conversation_time: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct TranscriptMessage {
    pub turn: usize,
    pub role: Role,
    pub time: Option<String>,
    pub text: String,
}

/// Metadata fields that mean the same across exports, most common name first.
const COMPANY: &[&str] = &[
    "company",
    "company_name",
    "account",
    "account_name",
    "organization",
    "organisation",
];
const TIER: &[&str] = &["tier", "account_tier", "plan", "segment"];
const LEAD_SCORE: &[&str] = &["lead_score", "score", "hubspot_score"];

fn first_of(metadata: &Metadata, names: &[&str]) -> Option<String> {
    names
        .iter()
        .find_map(|n| metadata.get(n))
        .map(str::to_owned)
}

impl Customer {
    pub fn from_metadata(metadata: &Metadata) -> Customer {
        // `first_name` as a bridge message's `customer.first_name` reads it.
        let name = person::full_name(metadata);
        Customer {
            first_name: person::first_name(metadata).map(str::to_owned),
            name: name.map(Cow::into_owned),
            company: first_of(metadata, COMPANY),
            email: person::email(metadata).map(str::to_owned),
            tier: first_of(metadata, TIER),
            lead_score: first_of(metadata, LEAD_SCORE),
            fields: Fields(
                metadata
                    .iter()
                    .map(|(k, v)| (k.to_owned(), v.to_owned()))
                    .collect(),
            ),
        }
    }
}

/// Builds packets: needs only the contacts, so it can work on any thread.
pub struct PacketBuilder<'c> {
    contacts: Option<&'c Contacts>,
}

/// Each customer's conversations so far, for the contact history of the next ones: fed
/// every conversation, in input order.
pub struct Histories {
    /// The field that identifies a customer across conversations.
    key: Option<String>,
    seen: HashMap<String, Seen>,
}

#[derive(Debug, Default)]
struct Seen {
    conversations: u32,
    escalated: u32,
    /// The most recent conversation: by start time, or by input order when a start
    /// time is missing.
    last_id: String,
    last_time: String,
    last_start: Option<jiff::Timestamp>,
}

impl Histories {
    /// `key`: the field identifying a customer (the contacts' join field when there are
    /// contacts); without one, the first of `customer_id` and `email` a conversation has.
    pub fn new(key: Option<&str>) -> Self {
        Histories {
            key: key.map(str::to_owned),
            seen: HashMap::new(),
        }
    }

    fn customer_key<'a>(&self, metadata: &'a Metadata) -> Option<(String, &'a str)> {
        match &self.key {
            Some(key) => metadata.get(key).map(|v| (key.clone(), v)),
            None => ["customer_id", "email"]
                .iter()
                .find_map(|k| metadata.get(k).map(|v| ((*k).to_owned(), v))),
        }
    }

    /// Notes a conversation for later conversations' history, and returns this one's
    /// history (its earlier conversations). Call for every conversation, in input order.
    pub fn record(&mut self, conversation: &Conversation, outcome: &Outcome) -> ContactHistory {
        let Some((field, value)) = self.customer_key(&conversation.metadata) else {
            return ContactHistory::default();
        };
        let seen = self.seen.entry(value.trim().to_lowercase()).or_default();
        let history = ContactHistory {
            key: Some(field),
            previous_conversations: seen.conversations,
            previously_escalated: seen.escalated,
            last_conversation_id: (seen.conversations > 0).then(|| seen.last_id.clone()),
            last_conversation_time: (seen.conversations > 0 && !seen.last_time.is_empty())
                .then(|| seen.last_time.clone()),
        };
        let first = conversation.messages.first();
        let start = first.and_then(|m| m.timestamp);
        // An export sorted by conversation id need not be sorted by time: an earlier
        // conversation that started later stays the most recent.
        let more_recent = match (seen.last_start, start) {
            (Some(last), Some(start)) => start >= last,
            _ => true,
        };
        if seen.conversations == 0 || more_recent {
            seen.last_id.clone_from(&conversation.id);
            seen.last_start = start;
            match first {
                Some(first) => seen.last_time.clone_from(&first.time),
                None => seen.last_time.clear(),
            }
        }
        seen.conversations += 1;
        seen.escalated += u32::from(outcome.escalated);
        history
    }
}

impl<'c> PacketBuilder<'c> {
    pub fn new(contacts: Option<&'c Contacts>) -> Self {
        PacketBuilder { contacts }
    }

    /// The packet of an escalated conversation (`None` when it did not escalate), with
    /// its contact history empty: [`Histories::record`] gives that, in input order.
    pub fn packet(
        &self,
        conversation: &Conversation,
        outcome: &Outcome,
        summary: Summary,
    ) -> Option<Packet> {
        let turn = outcome.escalation_turn?;
        let contact = self.contacts.and_then(|contacts| {
            let value = contacts.key_of(conversation)?;
            let fields = contacts.record_of(conversation)?;
            Some(Contact {
                key: contacts.key().to_owned(),
                value: value.to_owned(),
                fields: Fields(fields.map(|(k, v)| (k.to_owned(), v.to_owned())).collect()),
            })
        });
        Some(Packet {
            version: VERSION,
            conversation_id: conversation.id.clone(),
            escalation: Escalation {
                turn,
                time: outcome.escalation_time.clone(),
                messages: conversation.messages.len(),
            },
            reason: outcome.reason.clone(),
            triggers: outcome.triggers.clone(),
            route: outcome.route.clone(),
            team: outcome.team.clone(),
            team_name: outcome.team_name.clone(),
            customer: Customer::from_metadata(&conversation.metadata),
            contact,
            contact_history: ContactHistory::default(),
            summary,
            transcript: conversation
                .messages
                .iter()
                .take(turn)
                .enumerate()
                .map(|(i, m)| TranscriptMessage {
                    turn: i + 1,
                    role: m.role,
                    time: (!m.time.is_empty()).then(|| m.time.clone()),
                    text: m.text.clone(),
                })
                .collect(),
            bridge_message: outcome.bridge_message.clone(),
            bridge_error: outcome.bridge_error.clone(),
            route_hours: outcome.route_hours.clone(),
        })
    }
}

#[cfg(test)]
mod tests;

#[cfg(test)]
impl Packet {
    /// A packet with nothing but an id and these customer fields, for tests.
    pub(crate) fn sample(id: &str, fields: &[(&str, &str)]) -> Packet {
        Packet {
            version: 1,
            conversation_id: id.into(),
            escalation: Escalation {
                turn: 1,
                time: None,
                messages: 1,
            },
            reason: None,
            triggers: Vec::new(),
            route: None,
            team: None,
            team_name: None,
            customer: Customer {
                name: None,
                first_name: None,
                company: None,
                email: None,
                tier: None,
                lead_score: None,
                fields: Fields(
                    fields
                        .iter()
                        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
                        .collect(),
                ),
            },
            contact: None,
            contact_history: ContactHistory::default(),
            summary: crate::summary::Summary::default(),
            transcript: Vec::new(),
            bridge_message: None,
            bridge_error: None,
            route_hours: Vec::new(),
        }
    }
}
