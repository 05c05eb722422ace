//! Metadata fields read from a column of another name (`--map meta.notes=password`, a
//! mapping file's or `.handoff.yaml`'s `meta:`): the mapping's `(field, column)` pairs
//! → [`ReadFrom`], which gives the name a field is masked by under `--redact`, its own
//! or, when its own marks nothing, its column's. Masks nothing itself; `mod.rs` and
//! `names.rs` ask it.
//!
//! The readers rename a mapped column to its field as they read, so the column's name
//! (`password`) is gone by the time a packet's fields are masked, and `notes` marks no
//! secret: the value came out unmasked. The reader hands each conversation's metadata
//! the pairs of its mapping ([`crate::transcript::Metadata::read_from`]), and
//! [`super::Names`] takes them from there: no state is kept for the process, so two
//! runs in one process (tests) cannot see each other's mapping.

use std::borrow::Cow;
use std::sync::Arc;

use super::{field_mask, is_name_field};

/// Each mapped metadata field (normalised) with the column (normalised) it is read
/// from, each field once.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadFrom {
    pairs: Vec<(String, String)>,
}

impl ReadFrom {
    /// The metadata fields of `pairs` (`(field, column)`, normalised, as
    /// [`crate::transcript::ColumnMapping`]'s `meta` holds them), each read from its
    /// column, so that a column named as a secret, an identifier or a name is masked as
    /// one under the field's name too; a field given twice is read from its last column.
    /// `None` without a pair (no `meta.` mapping, the common case): each field is masked
    /// by its own name.
    pub fn of(pairs: &[(String, String)]) -> Option<Arc<ReadFrom>> {
        let mut read_from: Vec<(String, String)> = Vec::new();
        for (field, column) in pairs {
            match read_from.iter_mut().find(|(f, _)| f == field) {
                Some((_, was)) => column.clone_into(was),
                None => read_from.push((field.clone(), column.clone())),
            }
        }
        (!read_from.is_empty()).then(|| Arc::new(ReadFrom { pairs: read_from }))
    }
}

/// Whether `field`'s own name marks its value as one to mask: a name field's, or one
/// named as a secret or an identifier.
fn marks_itself(field: &str) -> bool {
    is_name_field(field) || field_mask(field).is_some()
}

/// The name metadata field `field` is masked by: its own when it marks its value as a
/// name, a secret or an identifier, or when `read_from` reads it from no other column;
/// else the column's it is read from (`notes` read from `password` is masked as
/// `password` is).
pub(super) fn masked_as<'f>(field: &'f str, read_from: Option<&ReadFrom>) -> Cow<'f, str> {
    let Some(read_from) = read_from else {
        return Cow::Borrowed(field);
    };
    match read_from.pairs.iter().find(|(f, _)| f == field) {
        Some((_, column)) if !marks_itself(field) && marks_itself(column) => {
            Cow::Owned(column.clone())
        }
        _ => Cow::Borrowed(field),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_field_read_from_a_column_named_as_a_secret_is_masked_as_the_column() {
        let read_from = ReadFrom::of(&[
            ("notes".into(), "password".into()),
            ("tier".into(), "customer_tier".into()),
            ("contact".into(), "customer_name".into()),
            ("customer_pin".into(), "remarks".into()),
        ])
        .unwrap();
        let masked = |field| masked_as(field, Some(&read_from)).into_owned();
        assert_eq!(masked("notes"), "password");
        assert_eq!(masked("contact"), "customer_name");
        // A column that marks nothing leaves the field as it is.
        assert_eq!(masked("tier"), "tier");
        // A field that marks itself keeps its own name, whatever its column.
        assert_eq!(masked("customer_pin"), "customer_pin");
        assert_eq!(masked("unmapped"), "unmapped");
        // Without pairs, every field is masked by its own name.
        assert_eq!(ReadFrom::of(&[]), None);
        assert_eq!(masked_as("notes", None), "notes");
    }

    /// A field given twice is read from its last column.
    #[test]
    fn a_field_given_twice_is_read_from_its_last_column() {
        let read_from = ReadFrom::of(&[
            ("notes".into(), "password".into()),
            ("notes".into(), "remarks".into()),
        ])
        .unwrap();
        assert_eq!(masked_as("notes", Some(&read_from)), "notes");
        let read_from = ReadFrom::of(&[
            ("notes".into(), "remarks".into()),
            ("notes".into(), "password".into()),
        ])
        .unwrap();
        assert_eq!(masked_as("notes", Some(&read_from)), "password");
    }

    /// Regression: the pairs were the process's (a global set by the command line): a
    /// second run in one process started from the first's, and two at once saw each
    /// other's. Each set of pairs now masks only what it is asked of.
    #[test]
    fn two_mappings_at_once_do_not_see_each_other() {
        let first = ReadFrom::of(&[("notes".into(), "password".into())]).unwrap();
        let second = ReadFrom::of(&[("notes".into(), "remarks".into())]).unwrap();
        assert_eq!(masked_as("notes", Some(&first)), "password");
        assert_eq!(masked_as("notes", Some(&second)), "notes");
        assert_eq!(masked_as("notes", Some(&first)), "password");
    }
}
