//! A packet → its compact JSON line, written field by field into the bytes
//! `serde_json::to_vec` gives for it (property-tested), but for its contact history's
//! value, which [`super::line::PacketLine`] adds where the packets are written.
//!
//! serde's generic path escaped every key and string a byte at a time through the
//! formatter: a seventh of `replay --packets`' instructions went to the packets' JSON.
//! Encoded here with the outcome's encoder's pieces ([`crate::report::json`]). A field
//! added to [`Packet`] or to the summary must be added to [`encode`] too:
//! `tests::encodes_as_serde_json_does` fails until it is (its arbitrary packets and
//! summaries name every field).

use super::{Customer, Fields, Packet};
use crate::report::json::{array, evidence_items, number, optional_string, string, triggers};
use crate::summary::{FactKind, Summary};

/// Appends `packet` as one line of compact JSON, without the value of its
/// `contact_history`; gives the offset in `out` where that value goes.
pub(super) fn encode(packet: &Packet, out: &mut Vec<u8>) -> usize {
    out.extend_from_slice(b"{\"version\":");
    number(out, packet.version as usize);
    out.extend_from_slice(b",\"conversation_id\":");
    string(out, &packet.conversation_id);
    out.extend_from_slice(b",\"escalation\":{\"turn\":");
    number(out, packet.escalation.turn);
    out.extend_from_slice(b",\"time\":");
    optional_string(out, packet.escalation.time.as_deref());
    out.extend_from_slice(b",\"messages\":");
    number(out, packet.escalation.messages);
    out.extend_from_slice(b"},\"reason\":");
    optional_string(out, packet.reason.as_deref());
    out.extend_from_slice(b",\"triggers\":");
    triggers(out, &packet.triggers);
    out.extend_from_slice(b",\"route\":");
    optional_string(out, packet.route.as_deref());
    out.extend_from_slice(b",\"team\":");
    optional_string(out, packet.team.as_deref());
    out.extend_from_slice(b",\"team_name\":");
    optional_string(out, packet.team_name.as_deref());
    out.extend_from_slice(b",\"customer\":");
    customer(out, &packet.customer);
    out.extend_from_slice(b",\"contact\":");
    match &packet.contact {
        Some(contact) => {
            out.extend_from_slice(b"{\"key\":");
            string(out, &contact.key);
            out.extend_from_slice(b",\"value\":");
            string(out, &contact.value);
            out.extend_from_slice(b",\"fields\":");
            fields(out, &contact.fields);
            out.push(b'}');
        }
        None => out.extend_from_slice(b"null"),
    }
    out.extend_from_slice(b",\"contact_history\":");
    let history = out.len();
    out.extend_from_slice(b",\"summary\":");
    summary(out, &packet.summary);
    out.extend_from_slice(b",\"transcript\":");
    array(out, &packet.transcript, |out, message| {
        out.extend_from_slice(b"{\"turn\":");
        number(out, message.turn);
        out.extend_from_slice(b",\"role\":");
        string(out, message.role.as_str());
        out.extend_from_slice(b",\"time\":");
        optional_string(out, message.time.as_deref());
        out.extend_from_slice(b",\"text\":");
        string(out, &message.text);
        out.push(b'}');
    });
    out.extend_from_slice(b",\"bridge_message\":");
    optional_string(out, packet.bridge_message.as_deref());
    if let Some(error) = &packet.bridge_error {
        out.extend_from_slice(b",\"bridge_error\":");
        string(out, error);
    }
    if !packet.route_hours.is_empty() {
        out.extend_from_slice(b",\"route_hours\":[");
        evidence_items(out, &packet.route_hours);
        out.push(b']');
    }
    out.push(b'}');
    history
}

fn customer(out: &mut Vec<u8>, customer: &Customer) {
    out.extend_from_slice(b"{\"name\":");
    optional_string(out, customer.name.as_deref());
    out.extend_from_slice(b",\"first_name\":");
    optional_string(out, customer.first_name.as_deref());
    out.extend_from_slice(b",\"company\":");
    optional_string(out, customer.company.as_deref());
    out.extend_from_slice(b",\"email\":");
    optional_string(out, customer.email.as_deref());
    out.extend_from_slice(b",\"tier\":");
    optional_string(out, customer.tier.as_deref());
    out.extend_from_slice(b",\"lead_score\":");
    optional_string(out, customer.lead_score.as_deref());
    out.extend_from_slice(b",\"fields\":");
    fields(out, &customer.fields);
    out.push(b'}');
}

fn summary(out: &mut Vec<u8>, summary: &Summary) {
    out.extend_from_slice(b"{\"goal\":");
    optional_string(out, summary.goal.as_deref());
    out.extend_from_slice(b",\"goal_update\":");
    optional_string(out, summary.goal_update.as_deref());
    out.extend_from_slice(b",\"open_questions\":");
    strings(out, &summary.open_questions);
    out.extend_from_slice(b",\"facts\":");
    array(out, &summary.facts, |out, fact| {
        out.extend_from_slice(b"{\"kind\":");
        string(out, kind_name(fact.kind));
        out.extend_from_slice(b",\"text\":");
        string(out, &fact.text);
        out.extend_from_slice(b",\"turn\":");
        number(out, fact.turn);
        if let Some(key) = &fact.key {
            out.extend_from_slice(b",\"key\":");
            string(out, key);
        }
        if let Some(value) = &fact.value {
            out.extend_from_slice(b",\"value\":");
            string(out, value);
        }
        out.push(b'}');
    });
    out.extend_from_slice(b",\"topics\":");
    strings(out, &summary.topics);
    out.extend_from_slice(b",\"bot_answers\":");
    strings(out, &summary.bot_answers);
    out.extend_from_slice(b",\"bot_fallbacks\":");
    number(out, summary.bot_fallbacks);
    out.extend_from_slice(b",\"mood\":{\"trajectory\":");
    string(out, &summary.mood.trajectory);
    out.extend_from_slice(b",\"frustrated_messages\":");
    number(out, summary.mood.frustrated_messages);
    out.extend_from_slice(b",\"customer_messages\":");
    number(out, summary.mood.customer_messages);
    out.extend_from_slice(b"},\"last_customer_message\":");
    optional_string(out, summary.last_customer_message.as_deref());
    out.extend_from_slice(b",\"bullets\":");
    strings(out, &summary.bullets);
    out.push(b'}');
}

/// A fact's kind as serde names it (`snake_case`).
fn kind_name(kind: FactKind) -> &'static str {
    match kind {
        FactKind::Amount => "amount",
        FactKind::Quantity => "quantity",
        FactKind::Plan => "plan",
        FactKind::ErrorCode => "error_code",
        FactKind::Reference => "reference",
        FactKind::Date => "date",
        FactKind::Name => "name",
        FactKind::Place => "place",
    }
}

fn strings(out: &mut Vec<u8>, items: &[String]) {
    array(out, items, |out, item| string(out, item));
}

/// Metadata fields as an object, in their order (as [`Fields`]' `Serialize`).
fn fields(out: &mut Vec<u8>, fields: &Fields) {
    out.push(b'{');
    for (i, (key, value)) in fields.0.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        string(out, key);
        out.push(b':');
        string(out, value);
    }
    out.push(b'}');
}

#[cfg(test)]
mod tests;
