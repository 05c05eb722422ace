//! Metadata fields read from a column of another name (`--map meta.notes=password`, a
//! mapping file's or `.handoff.yaml`'s `meta:`): the mapping's `(field, column)` pairs
//! → the name a field is masked by under `--redact`, its own or, when its own marks
//! nothing, its column's. Masks nothing itself; `mod.rs` and `names.rs` ask it.
//!
//! The readers rename a mapped column to its field as they read, so the column's name
//! (`password`) is gone by the time a packet's fields are masked, and `notes` marks no
//! secret: the value came out unmasked. The pairs are kept for the process, set once by
//! the command line when it builds the mapping: the masking is asked in the engine, the
//! bridge and the readers, none of which is handed the mapping.

use std::borrow::Cow;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{PoisonError, RwLock};

use super::{field_mask, is_name_field};

/// Each mapped metadata field (normalised) with the column (normalised) it is read from.
static READ_FROM: RwLock<Vec<(String, String)>> = RwLock::new(Vec::new());
/// Whether [`READ_FROM`] holds a pair: without one (no `meta.` mapping, the common case)
/// a field is masked by its own name at the cost of one load, no lock.
static ANY: AtomicBool = AtomicBool::new(false);

/// Records that each metadata field of `pairs` (`(field, column)`, normalised, as
/// [`crate::transcript::ColumnMapping`]'s `meta` holds them) is read from its column, so
/// that a column named as a secret, an identifier or a name is masked as one under the
/// field's name too. Each call replaces what an earlier one recorded (a run in the same
/// process starts from its own mapping); a field given twice is read from its last column.
pub fn read_from_columns(pairs: &[(String, String)]) {
    let mut read_from = READ_FROM.write().unwrap_or_else(PoisonError::into_inner);
    read_from.clear();
    for (field, column) in pairs {
        match read_from.iter_mut().find(|(f, _)| f == field) {
            Some((_, was)) => column.clone_into(was),
            None => read_from.push((field.clone(), column.clone())),
        }
    }
    ANY.store(!read_from.is_empty(), Ordering::Release);
}

/// Whether `field`'s own name marks its value as one to mask: a name field's, or one
/// named as a secret or an identifier.
fn marks_itself(field: &str) -> bool {
    is_name_field(field) || field_mask(field).is_some()
}

/// The name metadata field `field` is masked by: its own when it marks its value as a
/// name, a secret or an identifier, or when it is read from no other column; else the
/// column's it is read from ([`read_from_columns`]: `notes` read from `password` is
/// masked as `password` is).
pub(super) fn masked_as(field: &str) -> Cow<'_, str> {
    if !ANY.load(Ordering::Acquire) {
        return Cow::Borrowed(field);
    }
    let read_from = READ_FROM.read().unwrap_or_else(PoisonError::into_inner);
    match read_from.iter().find(|(f, _)| f == field) {
        Some((_, column)) if !marks_itself(field) && marks_itself(column) => {
            Cow::Owned(column.clone())
        }
        _ => Cow::Borrowed(field),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Fields no other test names: the pairs are the process's.
    #[test]
    fn a_field_read_from_a_column_named_as_a_secret_is_masked_as_the_column() {
        read_from_columns(&[
            ("mapped_notes_r6".into(), "password".into()),
            ("mapped_tier_r6".into(), "customer_tier".into()),
            ("mapped_contact_r6".into(), "customer_name".into()),
            ("customer_pin".into(), "mapped_remarks_r6".into()),
        ]);
        assert_eq!(masked_as("mapped_notes_r6"), "password");
        assert_eq!(masked_as("mapped_contact_r6"), "customer_name");
        // A column that marks nothing leaves the field as it is.
        assert_eq!(masked_as("mapped_tier_r6"), "mapped_tier_r6");
        // A field that marks itself keeps its own name, whatever its column.
        assert_eq!(masked_as("customer_pin"), "customer_pin");
        assert_eq!(masked_as("mapped_unmapped_r6"), "mapped_unmapped_r6");
        // A later mapping replaces the earlier one whole.
        read_from_columns(&[("mapped_notes_r6".into(), "remarks".into())]);
        assert_eq!(masked_as("mapped_notes_r6"), "mapped_notes_r6");
        assert_eq!(masked_as("mapped_contact_r6"), "mapped_contact_r6");
        read_from_columns(&[]);
        assert!(!ANY.load(Ordering::Acquire));
    }
}
