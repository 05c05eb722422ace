//! The output types `--redact` masks: each type that carries text (evidence, outcomes,
//! diagnostics, packets, summaries, traces, coverage examples) → the same with its texts
//! masked ([`Redact`]), a name field's value masked whole. Walks; what is masked in a text
//! is `mod.rs`'s.

use std::borrow::Cow;

use super::names::Names;
use super::{NAME_MASK, in_place, message_in_place};

mod examples;
use crate::contacts::ContactsError;
use crate::coverage::labels::LabelError;
use crate::diag::Diagnostic;
use crate::outcome::{Evidence, Outcome};
use crate::packet::{Fields, Packet};
use crate::rules::Words;
use crate::summary::{self, FactKind, Summary};
use crate::trace::{NodeTrace, Trace};
use crate::transcript::{ReadError, ReadReport};
pub use examples::names_in_examples;

fn in_option(text: &mut Option<String>, names: &Names) {
    if let Some(t) = text {
        in_place(t, names);
    }
}

/// Types whose text may carry personal data.
pub trait Redact {
    /// Masks personal data, and the words of `names` (the customer's names).
    fn redact_with(&mut self, names: &Names);

    /// Masks personal data, not knowing whose names to look for.
    fn redact(&mut self) {
        self.redact_with(&Names::default());
    }
}

impl Redact for Evidence {
    fn redact_with(&mut self, names: &Names) {
        match self {
            Evidence::Match { text, .. } => in_place(text, names),
            Evidence::Metadata { field, value } => {
                in_option(value, names);
                // A name field's value is the name, whole ("W" for "Whitfield"); a secret
                // field's is the secret, whole.
                if let Some(value) = value {
                    mask_field(field, value, names);
                }
            }
            Evidence::Counter { .. } | Evidence::Hours { .. } => {}
        }
    }
}

impl Redact for Outcome {
    fn redact_with(&mut self, names: &Names) {
        for evidence in self.triggers.iter_mut().flat_map(|t| &mut t.evidence) {
            evidence.redact_with(names);
        }
        in_option(&mut self.bridge_message, names);
        in_option(&mut self.bridge_error, names);
    }
}

/// A diagnostic quotes what it found (a contact key, a role cell): stderr goes into CI
/// logs as reports do.
impl Redact for Diagnostic {
    fn redact_with(&mut self, names: &Names) {
        in_place(&mut self.message, names);
        in_option(&mut self.label, names);
        for (_, label) in &mut self.related {
            in_place(label, names);
        }
        for help in &mut self.help {
            in_place(help, names);
        }
        // Masked as the texts are, so that each still finds itself in them.
        for value in &mut self.quoted {
            in_place(value, names);
        }
    }
}

/// Why a labels file could not be used: its row errors quote the cells they found (a
/// team, a true/false value, a conversation id), and a misplaced column may hold an
/// email or a phone number; so may the warnings of the rows before.
impl Redact for LabelError {
    fn redact_with(&mut self, names: &Names) {
        match self {
            LabelError::Row {
                message,
                header,
                warnings,
                ..
            } => {
                // The columns listed by their normalised names, `ana_example_com` for
                // an email: each whose cell masks is shown as its cell masked.
                let listed = |name: &str, cell: &str| match super::masked_header_cell(cell, names) {
                    masked if masked != cell => masked.into_owned(),
                    _ => name.to_owned(),
                };
                let (plain, shown): (Vec<&str>, Vec<String>) = header
                    .iter()
                    .map(|(name, cell)| (name.as_str(), listed(name, cell)))
                    .unzip();
                if !header.is_empty() {
                    *message = message.replacen(&plain.join(", "), &shown.join(", "), 1);
                }
                in_place(message, names);
                for warning in warnings.iter_mut() {
                    warning.redact_with(names);
                }
            }
            LabelError::Rows {
                errors, warnings, ..
            }
            | LabelError::Io {
                errors, warnings, ..
            } => {
                for (_, message) in errors {
                    in_place(message, names);
                }
                for warning in warnings.iter_mut() {
                    warning.redact_with(names);
                }
            }
            LabelError::Invalid(message) => in_place(message, names),
        }
    }
}

/// Why reading stopped: a missing column's error lists the header's cells, which are a
/// row of data in a file without a header ("the columns are: c1, customer, my card …").
impl Redact for ReadError {
    fn redact_with(&mut self, names: &Names) {
        if let ReadError::MissingColumn { found, .. }
        | ReadError::IgnoredColumnMissing { found, .. } = self
        {
            for cell in found.iter_mut() {
                if let Cow::Owned(masked) = super::masked_header_cell(cell, names) {
                    *cell = masked;
                }
            }
        }
    }
}

/// Why a contacts file cannot be used: a missing key column's error lists the header's
/// columns, a row of data in a file without one; each is shown as its cell masks
/// (`[email]`, not `ana_example_com`: the names are normalised).
impl Redact for ContactsError {
    fn redact_with(&mut self, names: &Names) {
        match self {
            ContactsError::MissingKey { found, written, .. } => {
                for (name, cell) in found.iter_mut().zip(written.iter_mut()) {
                    if let Cow::Owned(masked) = super::masked_header_cell(cell, names) {
                        name.clone_from(&masked);
                        *cell = masked;
                    }
                }
            }
            ContactsError::Header { message, .. } => in_place(message, names),
            ContactsError::Open(..) | ContactsError::Read { .. } => {}
        }
    }
}

/// What reading saw: its diagnostics (the role values the summary lists are not shown
/// under `--redact` at all: `ReadReport::hide_values`).
impl Redact for ReadReport {
    fn redact_with(&mut self, names: &Names) {
        for diagnostic in &mut self.diagnostics {
            diagnostic.redact_with(names);
        }
    }
}

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
            && !super::holds_mask(&fact.text)
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
        super::header::mask_data_keys(&mut self.0, masked.names);
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

/// Masks `value` (of metadata field `field`) whole when the field is a name field and
/// the customer has a name, or its name marks it as a secret or an identifier
/// ([`super::field_mask`]); says whether it did. An empty value stays empty.
fn mask_field(field: &str, value: &mut String, names: &Names) -> bool {
    let Some(mask) = super::whole_field_mask(field, value, names) else {
        return false;
    };
    mask.clone_into(value);
    true
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

impl Redact for NodeTrace {
    fn redact_with(&mut self, names: &Names) {
        in_place(&mut self.detail, names);
        in_place(&mut self.condition, names);
        for words in &mut self.words {
            match words {
                Words::Text(t) | Words::Id(t) => in_place(t, names),
            }
        }
        self.children.iter_mut().for_each(|c| c.redact_with(names));
    }
}

impl Redact for Trace {
    fn redact_with(&mut self, names: &Names) {
        for step in &mut self.steps {
            in_place(&mut step.text, names);
            for signal in &mut step.signals {
                signal.texts.iter_mut().for_each(|t| in_place(t, names));
            }
            for trigger in &mut step.triggers {
                trigger.condition.redact_with(names);
            }
        }
        for route in &mut self.routes {
            if let Some(condition) = &mut route.condition {
                condition.redact_with(names);
            }
        }
        self.outcome.redact_with(names);
    }
}
