//! A CSV record as grouping reads it: takes a record and its file's columns; gives a
//! [`Row`] (the mapped fields, the metadata columns by runs of adjacent ones), and the
//! fields of a row that is not UTF-8, decoded.

use std::sync::Arc;

use super::CsvSource;
use crate::transcript::record::{Field, Row};
use crate::transcript::records::{Record, TextRecord};

/// Runs of consecutive numbers in ascending `indices`: (first, last, position of first).
pub(super) fn runs(indices: impl Iterator<Item = usize>) -> Vec<(usize, usize, usize)> {
    let mut runs: Vec<(usize, usize, usize)> = Vec::new();
    for (position, i) in indices.enumerate() {
        match runs.last_mut() {
            Some((_, last, _)) if *last + 1 == i => *last = i,
            _ => runs.push((i, i, position)),
        }
    }
    runs
}

/// The fields of a row that is not valid UTF-8, each decoded lossily (U+FFFD) but the
/// conversation id (column `id`), whose invalid bytes are written `\xNN` to keep ids
/// apart; laid out as a record's.
pub(super) fn lossy_fields(record: &Record, id: usize) -> (String, Vec<usize>) {
    let mut text = String::new();
    let mut ends = Vec::with_capacity(record.len());
    for (i, field) in record.iter().enumerate() {
        if i == id {
            text.push_str(&crate::transcript::escape_invalid_utf8(field, "\\"));
        } else {
            text.push_str(&String::from_utf8_lossy(field));
        }
        ends.push(text.len());
        // The layout of a record: one delimiter between fields.
        text.push(',');
    }
    (text, ends)
}

/// A data row of a CSV file, as grouping reads it: its fields, found by the columns
/// of its file's header.
pub(super) struct CsvRow<'a> {
    pub(super) source: &'a CsvSource,
    pub(super) fields: TextRecord<'a>,
    pub(super) line: u64,
}

impl CsvRow<'_> {
    fn get(&self, index: usize) -> &str {
        self.fields.get(index)
    }
}

impl Row for CsvRow<'_> {
    fn line(&self) -> u64 {
        self.line
    }

    fn field(&self, field: Field) -> &str {
        let c = &self.source.columns;
        match field {
            Field::ConversationId => self.get(c.id),
            Field::Role => self.get(c.role),
            Field::Text => self.get(c.text),
            Field::Timestamp => c.time.map_or("", |i| self.get(i)),
        }
    }

    fn for_each_meta(&self, f: &mut dyn FnMut(&Arc<str>, &str)) {
        for &(first, last, at) in &self.source.meta_runs {
            // Exports often put metadata on a conversation's first row only: a run of
            // empty columns is passed over at once.
            if self.fields.all_empty(first..=last) {
                continue;
            }
            for (index, name) in &self.source.meta[at..=at + (last - first)] {
                let value = self.get(*index);
                if !value.is_empty() {
                    f(name, value);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runs_of_adjacent_columns() {
        assert_eq!(runs([].into_iter()), vec![]);
        assert_eq!(runs([4].into_iter()), vec![(4, 4, 0)]);
        assert_eq!(
            runs([0, 4, 5, 6, 9, 10].into_iter()),
            vec![(0, 0, 0), (4, 6, 1), (9, 10, 4)]
        );
    }
}
