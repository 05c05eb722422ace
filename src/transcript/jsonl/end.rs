//! The end of a JSONL file: takes what its objects had (the keys each field, `meta.`
//! pair and ignored column is read from); gives the mapping error for one no object had,
//! as a CSV header without the column is one, or, for a column only `.handoff.yaml`
//! ignores, a warning (D009). A column a `meta.` pair reads that a joined contacts file
//! has may be missing.

use super::{FIELD_NAMES, JsonlSource, mapped_columns};
use crate::transcript::mapping::ColumnMapping;
use crate::transcript::reader::{JsonLook, ReadError, ReadReport};

impl JsonlSource {
    /// Whether some object had each field a row needs, and each ignored one that an
    /// export must have (one only `.handoff.yaml` ignores may be missing: a warning).
    pub(super) fn all_seen(&self, mapping: &ColumnMapping) -> bool {
        self.seen[..3].iter().all(|&s| s)
            && (self.seen[3] || !mapping.timestamp_required)
            && self
                .ignored
                .iter()
                .all(|(name, seen)| *seen || mapping.may_lack(name))
            && self
                .meta
                .iter()
                .all(|m| m.seen || mapping.meta_joined.iter().any(|c| *c == *m.column))
    }

    /// At the end of the file: a needed or ignored field no object had is a mapping
    /// error, but for an ignored one only `.handoff.yaml` names (a warning, D009).
    pub(super) fn finish(
        &mut self,
        mapping: &ColumnMapping,
        report: &mut ReadReport,
    ) -> Result<(), ReadError> {
        if self.objects == 0 {
            return Ok(());
        }
        if self.all_seen(mapping) {
            for (column, _) in self.ignored.iter().filter(|(_, seen)| !seen) {
                report.nothing_to_ignore(&self.path, mapping.as_written(column));
            }
            return Ok(());
        }
        let mut found: Vec<String> = self.found.iter().map(ToString::to_string).collect();
        found.sort();
        let path = self.path.clone();
        if let Some(slot) = (0..4).find(|&i| !self.seen[i] && (i < 3 || mapping.timestamp_required))
        {
            return Err(ReadError::MissingColumn {
                path,
                line: 1,
                field: FIELD_NAMES[slot].to_owned(),
                column: mapping.as_written(mapped_columns(mapping)[slot]).to_owned(),
                mapped: mapping.mapped_at(FIELD_NAMES[slot], &found).map(Box::new),
                found,
                looks: JsonLook::NotJson,
                jsonl: true,
                other_delimiter: None,
                sep_line: None,
            });
        }
        if let Some(meta) = self
            .meta
            .iter()
            .find(|m| !m.seen && !mapping.meta_joined.iter().any(|c| *c == *m.column))
        {
            return Err(ReadError::MissingColumn {
                path,
                line: 1,
                field: crate::transcript::mapping::meta_field(&meta.key),
                column: mapping.as_written(&meta.column).to_owned(),
                mapped: mapping
                    .mapped_at(&crate::transcript::mapping::meta_field(&meta.key), &found)
                    .map(Box::new),
                found,
                looks: JsonLook::NotJson,
                jsonl: true,
                other_delimiter: None,
                sep_line: None,
            });
        }
        let column = self
            .ignored
            .iter()
            .find(|(name, seen)| !seen && !mapping.may_lack(name))
            .map_or_else(String::new, |(name, _)| mapping.as_written(name).to_owned());
        Err(ReadError::IgnoredColumnMissing {
            path,
            column,
            found,
        })
    }
}
