//! A JSONL object as a row: its flattened entries and where the mapped fields are →
//! why it cannot be a message (a needed field missing or not a value, two keys for one
//! field), and the [`Row`] the grouper reads. Reading the lines is `jsonl.rs`'s.

use std::sync::Arc;

use super::flat::{Entry, Kind, raw_keys};
use super::{FIELD_NAMES, mapped_columns};
use crate::transcript::mapping::ColumnMapping;
use crate::transcript::record::{Field, Row};

/// A column a metadata field is read from (`meta.plan=customer_tier`), interned.
pub(super) struct MetaColumn {
    /// The column (`customer_tier`).
    pub(super) column: Arc<str>,
    /// The field it is read as (`plan`).
    pub(super) key: Arc<str>,
    /// Whether some object of the file had the column.
    pub(super) seen: bool,
}

pub(super) struct JsonRow {
    pub(super) line: u64,
    pub(super) fields: Vec<Entry>,
    /// Index in `fields` of conversation id, role, text, timestamp.
    pub(super) mapped: [Option<usize>; 4],
}

impl JsonRow {
    /// Why the row cannot be a message, if it cannot: a needed field missing or not a
    /// value. (Two keys for one field are [`JsonRow::duplicate`].)
    pub(super) fn problem(&self, mapping: &ColumnMapping) -> Option<String> {
        let columns = mapped_columns(mapping);
        let needed = |slot: usize| slot < 3 || mapping.timestamp_required;
        let missing: Vec<String> = (0..4)
            .filter(|&slot| needed(slot) && self.mapped[slot].is_none())
            .map(|slot| describe(columns[slot], FIELD_NAMES[slot]))
            .collect();
        if !missing.is_empty() {
            return Some(format!("no {} key", missing.join(" or ")));
        }
        for (slot, index) in self.mapped.iter().enumerate() {
            if let Some(field) = index.map(|i| &self.fields[i])
                && field.kind != Kind::Value
            {
                let kind = if field.kind == Kind::Array {
                    "an array"
                } else {
                    "an object"
                };
                return Some(format!(
                    "{} is {kind}, not a string, number or boolean",
                    describe(columns[slot], FIELD_NAMES[slot])
                ));
            }
        }
        None
    }

    /// Marks the fields of ignored columns (not mapped ones), and which columns the row
    /// has.
    pub(super) fn ignore(&mut self, ignored: &mut [(Arc<str>, bool)]) {
        for (i, field) in self.fields.iter_mut().enumerate() {
            if let Some((_, seen)) = ignored
                .iter_mut()
                .find(|(name, _)| Arc::ptr_eq(name, &field.name))
            {
                *seen = true;
                if field.kind != Kind::Object && !self.mapped.contains(&Some(i)) {
                    field.kind = Kind::Ignored;
                }
            }
        }
    }

    /// Names each field read as metadata from another key (`meta.plan=customer_tier`)
    /// for its metadata field, and says which such keys the row has. Names are interned:
    /// `customer_tier` becomes the one `plan`, which [`JsonRow::duplicate`] then finds
    /// beside a key `Plan`.
    pub(super) fn rename(&mut self, meta: &mut [MetaColumn]) {
        for (i, field) in self.fields.iter_mut().enumerate() {
            if let Some(meta) = meta
                .iter_mut()
                .find(|m| Arc::ptr_eq(&m.column, &field.name))
            {
                meta.seen = true;
                if matches!(field.kind, Kind::Value | Kind::Array)
                    && !self.mapped.contains(&Some(i))
                {
                    field.name = Arc::clone(&meta.key);
                }
            }
        }
    }

    /// A name two fields share, if any (names are interned: equal names are one `Arc`).
    /// Ignored columns may repeat: neither is read.
    pub(super) fn duplicate(&self) -> Option<&str> {
        /// Beyond this many fields, a set instead of comparing every pair.
        const PAIRWISE: usize = 48;
        let read = |f: &&Entry| f.kind != Kind::Ignored;
        if self.fields.len() <= PAIRWISE {
            self.fields
                .iter()
                .enumerate()
                .find(|&(i, a)| {
                    read(&a)
                        && self.fields[..i]
                            .iter()
                            .filter(read)
                            .any(|b| Arc::ptr_eq(&a.name, &b.name))
                })
                .map(|(_, a)| &*a.name)
        } else {
            let mut set = std::collections::HashSet::with_capacity(self.fields.len());
            self.fields
                .iter()
                .filter(read)
                .find(|f| !set.insert(Arc::as_ptr(&f.name)))
                .map(|f| &*f.name)
        }
    }
}

/// Says which keys of the object on `line` both name the field `name`.
pub(super) fn duplicate_message(line: &str, name: &str) -> String {
    let keys = raw_keys(line, name);
    match keys.as_slice() {
        [a, b, ..] if a == b => format!("key `{a}` appears twice"),
        [a, b, ..] => format!("keys `{a}` and `{b}` both name the field `{name}`"),
        _ => format!("two keys name the field `{name}`"),
    }
}

/// Says which keys of the object on `line` both name the metadata field `name`, which
/// is read from the key `column` (`meta.plan=customer_tier`): `Plan` beside
/// `customer_tier`, say.
pub(super) fn duplicate_meta_message(line: &str, name: &str, column: &str) -> String {
    let mut keys = raw_keys(line, name);
    keys.extend(raw_keys(line, column));
    let which = match keys.as_slice() {
        [a, b, ..] => format!("keys `{a}` and `{b}` both name"),
        _ => "two keys name".to_owned(),
    };
    format!("{which} the field `{name}` (`meta.{name}` is read from `{column}`)")
}

/// `` `body` (the text) `` when a field is mapped to another column, else `` `text` ``.
fn describe(column: &str, field: &str) -> String {
    if column == field {
        format!("`{column}`")
    } else {
        format!("`{column}` (the {field})")
    }
}

impl Row for JsonRow {
    fn line(&self) -> u64 {
        self.line
    }

    fn field(&self, field: Field) -> &str {
        let slot = match field {
            Field::ConversationId => 0,
            Field::Role => 1,
            Field::Text => 2,
            Field::Timestamp => 3,
        };
        self.mapped[slot].map_or("", |i| self.fields[i].value.as_str())
    }

    fn for_each_meta(&self, f: &mut dyn FnMut(&Arc<str>, &str)) {
        for (i, field) in self.fields.iter().enumerate() {
            if matches!(field.kind, Kind::Value | Kind::Array) && !self.mapped.contains(&Some(i)) {
                f(&field.name, &field.value);
            }
        }
    }
}
