//! The packet and its summary under `--redact`: a summary → its parts masked and its
//! bullets written again, facts a redacted summary does not list dropped; a packet → its
//! evidence, customer, contact record, fields and transcript masked, each repeated value
//! of its fields masked once. Walks; what is masked in a text is `mod.rs`'s.

use super::{Redact, in_option, mask_field};
use crate::packet::{Fields, Packet};
use crate::redact::names::Names;
use crate::redact::{NAME_MASK, in_place, message_in_place};
use crate::summary::{self, FactKind, Summary};

impl Redact for Summary {
    /// Masks every part, then writes the bullets again from the masked parts. Facts of
    /// kind `name` are dropped: a capitalised word cannot be told from a person's name;
    /// so are a `date` taken from a reply to a question for the date of birth, and a
    /// fact that holds a mask once masked: it would say only that something was masked.
    fn redact_with(&mut self, names: &Names) {
        in_option(&mut self.goal, names);
        in_option(&mut self.goal_update, names);
        self.open_questions
            .iter_mut()
            .for_each(|t| in_place(t, names));
        self.facts.retain(|fact| {
            fact.kind != FactKind::Name
                && !(fact.kind == FactKind::Date && names.answers_dob(fact.turn.saturating_sub(1)))
        });
        for fact in &mut self.facts {
            in_place(&mut fact.text, names);
            in_option(&mut fact.value, names);
        }
        self.bot_answers.iter_mut().for_each(|t| in_place(t, names));
        in_option(&mut self.last_customer_message, names);
        drop_masked_facts(self, names);
    }
}

/// The facts a redacted summary does not list dropped from `summary` (its parts masked
/// already, or made from masked messages), and its bullets written again: those of kind
/// `name`, a `date` taken from a reply to a question for the date of birth, and those
/// that hold a mask.
pub fn drop_masked_facts(summary: &mut Summary, names: &Names) {
    summary.facts.retain(|fact| {
        fact.kind != FactKind::Name
            && !(fact.kind == FactKind::Date && names.answers_dob(fact.turn.saturating_sub(1)))
            && !crate::redact::holds_mask(&fact.text)
    });
    summary.bullets = summary::bullets(summary);
}

/// Metadata and contact fields: a name field's value is the name, whole (the "W" of
/// "Al W", which no word of the names covers), as soon as the customer has a name; a
/// field whose name marks it as a secret or an identifier (`password`, `phone`, `dob`)
/// is masked whole with its mask.
impl Redact for Fields {
    fn redact_with(&mut self, names: &Names) {
        self.redact_remembering(&mut Masked::new(names));
    }
}

impl Fields {
    fn redact_remembering(&mut self, masked: &mut Masked<'_>) {
        // A header row of data keyed the fields by a customer's data: keys and values
        // masked as its cells (`header.rs`).
        crate::redact::header::mask_data_keys(&mut self.0, masked.names);
        for (field, value) in &mut self.0 {
            if !mask_field(field, value, masked.names) {
                masked.in_place(value);
            }
        }
    }
}

/// [`in_place`] for the short values a packet repeats (the customer's `company` and
/// `email` are metadata fields too, and a contact record may hold them again): each
/// distinct value masked once.
struct Masked<'n> {
    names: &'n Names,
    /// Each value masked so far, and what it became.
    seen: Vec<(String, String)>,
}

impl<'n> Masked<'n> {
    fn new(names: &'n Names) -> Self {
        Masked {
            names,
            seen: Vec::new(),
        }
    }

    fn in_place(&mut self, text: &mut String) {
        if let Some((_, masked)) = self.seen.iter().find(|(value, _)| value == text) {
            masked.clone_into(text);
            return;
        }
        let value = text.clone();
        in_place(text, self.names);
        self.seen.push((value, text.clone()));
    }
}

impl Redact for Packet {
    fn redact_with(&mut self, names: &Names) {
        self.redact_but_transcript(names);
        for message in &mut self.transcript {
            message_in_place(&mut message.text, message.turn.saturating_sub(1), names);
        }
    }
}

impl Packet {
    /// [`Redact::redact_with`] for the packet of a conversation the engine evaluated and
    /// summarised under `--redact` ([`crate::engine::Engine::evaluate_and_summarize`]),
    /// built from its outcome once [`Redact::redact_with`] masked it: the outcome's parts
    /// (evidence, bridge message) and the summary are masked already, and so are the
    /// transcript's texts (`masked`, one a message, as the engine masked them for the
    /// summary). Masks what the packet adds (the customer, the contact record), and
    /// takes the rest as it is instead of masking it again.
    pub fn redact_added(&mut self, names: &Names, masked: Vec<String>) {
        self.redact_customer(names);
        if masked.len() == self.transcript.len() {
            for (message, text) in self.transcript.iter_mut().zip(masked) {
                message.text = text;
            }
        } else {
            for message in &mut self.transcript {
                message_in_place(&mut message.text, message.turn.saturating_sub(1), names);
            }
        }
    }

    fn redact_but_transcript(&mut self, names: &Names) {
        for evidence in self.triggers.iter_mut().flat_map(|t| &mut t.evidence) {
            evidence.redact_with(names);
        }
        self.redact_customer(names);
        self.summary.redact_with(names);
        in_option(&mut self.bridge_message, names);
        in_option(&mut self.bridge_error, names);
    }

    /// The customer and the contact record.
    fn redact_customer(&mut self, names: &Names) {
        let customer = &mut self.customer;
        // The name fields are the name, whole, once the customer has one.
        for field in [&mut customer.name, &mut customer.first_name] {
            if field.is_some() && !names.is_empty() {
                *field = Some(NAME_MASK.to_owned());
            } else {
                in_option(field, names);
            }
        }
        let mut masked = Masked::new(names);
        for field in [
            &mut customer.company,
            &mut customer.email,
            &mut customer.tier,
            &mut customer.lead_score,
        ]
        .into_iter()
        .flatten()
        {
            masked.in_place(field);
        }
        customer.fields.redact_remembering(&mut masked);
        if let Some(contact) = &mut self.contact {
            masked.in_place(&mut contact.value);
            contact.fields.redact_remembering(&mut masked);
        }
    }
}
