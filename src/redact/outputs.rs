//! The output types `--redact` masks: each type that carries text (evidence, outcomes,
//! diagnostics, packets, summaries, traces, coverage examples) → the same with its texts
//! masked ([`Redact`]), a name field's value masked whole. Walks; what is masked in a text
//! is `mod.rs`'s. Errors and diagnostics are in `outputs/errors.rs`, packets and
//! summaries in `outputs/packet.rs`, coverage examples in `outputs/examples.rs`.

use super::in_place;
use super::names::Names;
use crate::outcome::{Evidence, Outcome};
use crate::rules::Words;
use crate::trace::{NodeTrace, Trace};

mod errors;
mod examples;
mod packet;

pub use examples::names_in_examples;
pub use packet::drop_masked_facts;

fn in_option(text: &mut Option<String>, names: &Names) {
    if let Some(t) = text {
        in_place(t, names);
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
