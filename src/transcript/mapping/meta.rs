//! Metadata read from another column: `--map meta.plan=customer_tier`, or `meta: { plan:
//! customer_tier }` in a mapping file. Takes a metadata field name (what rules' `meta:`
//! conditions name) and the export's column; gives the name each column is read as.
//! One rule pack then serves two exports that name a column differently (`Plan`,
//! `customer_tier`). Reads no file; the readers rename as they read (`csv.rs`,
//! `jsonl.rs`).

use super::{ColumnMapping, MappingError};
use crate::text::shown;
use crate::transcript::normalize_field;

/// The prefix of a metadata field in `--map` (`meta.plan=Tier`).
const PREFIX: &str = "meta.";

/// `field` without [`PREFIX`] (in any case: `Meta.plan`), when it has it.
pub(super) fn meta_key(field: &str) -> Option<&str> {
    let field = field.trim();
    field
        .get(..PREFIX.len())
        .filter(|prefix| prefix.eq_ignore_ascii_case(PREFIX))
        .map(|_| &field[PREFIX.len()..])
}

/// How a metadata field is named in messages: `meta.plan`.
pub(crate) fn meta_field(key: &str) -> String {
    format!("{PREFIX}{key}")
}

impl ColumnMapping {
    /// Reads the metadata field `key` from `column`: the rules see `key`, the export
    /// has `column`. Given again (a later file, `--map`), the later column wins.
    pub fn set_meta(&mut self, key: &str, column: &str) -> Result<(), MappingError> {
        let name = normalize_field(key);
        if name.is_empty() {
            return Err(MappingError::Invalid(format!(
                "`{}` is no metadata field name: it has no letters or digits (e.g. meta.plan=customer_tier)",
                shown(&meta_field(key.trim()))
            )));
        }
        let field = meta_field(&name);
        let written = column.trim();
        let column = normalize_field(column);
        if column.is_empty() {
            return Err(MappingError::Invalid(format!(
                "column name for `{field}` is empty"
            )));
        }
        if self.ignore.contains(&column) {
            return Err(MappingError::Invalid(format!(
                "column `{column}` is ignored (--ignore-column, `ignore_columns:`): `{field}` cannot be read from it"
            )));
        }
        self.written.insert(column.clone(), written.to_owned());
        match self.meta.iter_mut().find(|(key, _)| *key == name) {
            Some((_, was)) => *was = column,
            None => self.meta.push((name, column)),
        }
        Ok(())
    }

    /// The metadata field `column` (normalised) is read as: its `meta.KEY`, else itself.
    pub fn meta_name<'a>(&'a self, column: &'a str) -> &'a str {
        self.meta
            .iter()
            .find(|(_, c)| c == column)
            .map_or(column, |(key, _)| key.as_str())
    }

    /// Whether the export's column `name` (normalised) cannot be metadata under its own
    /// name: `meta.NAME` is read from another column. Gives that column.
    pub fn shadowed_by(&self, name: &str) -> Option<&str> {
        if self.meta.iter().any(|(_, column)| column == name) {
            return None;
        }
        self.meta
            .iter()
            .find(|(key, _)| key == name)
            .map(|(_, column)| column.as_str())
    }

    /// The mapped fields, then each `meta.KEY`, with the column (normalised) each is
    /// read from: no two may share one.
    pub(super) fn every_read(&self) -> Vec<(String, &str)> {
        let fields = self.fields().map(|(f, c)| (f.to_owned(), c));
        fields
            .into_iter()
            .chain(self.meta.iter().map(|(k, c)| (meta_field(k), c.as_str())))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_meta_field_is_named_with_its_prefix_in_any_case() {
        assert_eq!(meta_key("meta.plan"), Some("plan"));
        assert_eq!(meta_key(" Meta.Plan Tier"), Some("Plan Tier"));
        assert_eq!(meta_key("meta."), Some(""));
        assert_eq!(meta_key("metaplan"), None);
        assert_eq!(meta_key("plan"), None);
        assert_eq!(meta_key("mé"), None);
    }

    #[test]
    fn meta_pairs_rename_columns_and_refuse_what_cannot_be_read() {
        let mut m = ColumnMapping::default();
        m.set_pair("meta.Plan=Customer Tier").unwrap();
        assert_eq!(m.meta, [("plan".to_owned(), "customer_tier".to_owned())]);
        assert_eq!(m.meta_name("customer_tier"), "plan");
        assert_eq!(m.meta_name("region"), "region");
        assert_eq!(m.as_written("customer_tier"), "Customer Tier");
        // A column named as the field is not metadata `plan` too.
        assert_eq!(m.shadowed_by("plan"), Some("customer_tier"));
        assert_eq!(m.shadowed_by("region"), None);
        // Given again: the later column.
        m.set_pair("meta.plan=tier").unwrap();
        assert_eq!(m.meta, [("plan".to_owned(), "tier".to_owned())]);
        // Two fields swapped: neither column is in the other's way.
        m.set_pair("meta.tier=plan").unwrap();
        assert_eq!(m.shadowed_by("plan"), None);
        assert_eq!(m.shadowed_by("tier"), None);
        assert_eq!(m.meta_name("plan"), "tier");

        let err = |pair: &str, m: &mut ColumnMapping| m.set_pair(pair).unwrap_err().to_string();
        assert_eq!(
            err("meta.=x", &mut m),
            "`meta.` is no metadata field name: it has no letters or digits (e.g. meta.plan=customer_tier)"
        );
        assert_eq!(
            err("meta.plan= ", &mut m),
            "column name for `meta.plan` is empty"
        );
        m.ignore_column("turn").unwrap();
        assert_eq!(
            err("meta.plan=Turn", &mut m),
            "column `turn` is ignored (--ignore-column, `ignore_columns:`): `meta.plan` cannot be read from it"
        );
        // And the other way round: a column a metadata field is read from is not ignored.
        assert_eq!(
            m.ignore_column("Tier").unwrap_err().to_string(),
            "column `tier` is where `meta.plan` is read from: it cannot be ignored"
        );
    }

    /// `--map plan=Tier` was refused without a word on how a metadata field is mapped.
    #[test]
    fn a_metadata_name_given_as_a_field_says_how_to_map_it() {
        let err = ColumnMapping::default()
            .set_pair("plan=Tier")
            .unwrap_err()
            .to_string();
        assert_eq!(
            err,
            "unknown field `plan` in mapping; expected one of: `conversation_id`, `timestamp`, `role`, `text`; a metadata field is `meta.plan=<column>` with --map, or `plan: <column>` under `meta:` in a mapping file"
        );
        // A field's name cut short may be that field or a metadata field: both said.
        let err = ColumnMapping::default()
            .set_pair("time=created")
            .unwrap_err()
            .to_string();
        assert!(
            err.ends_with(
                "; did you mean `timestamp`? (or, if `time` is not that: a metadata field is `meta.time=<column>` with --map, or `time: <column>` under `meta:` in a mapping file)"
            ),
            "{err}"
        );
    }

    #[test]
    fn a_metadata_field_shares_its_column_with_no_other() {
        let mut m = ColumnMapping::default();
        m.set_pair("meta.plan=body").unwrap();
        m.set_pair("text=body").unwrap();
        assert_eq!(
            m.check_distinct().unwrap_err().to_string(),
            "`text` (`--map text=body`) and `meta.plan` (`--map meta.plan=body`) are both read from column `body`; each field needs a column of its own"
        );
        let mut m = ColumnMapping::default();
        m.set_pair("meta.plan=tier").unwrap();
        m.set_pair("meta.level=Tier").unwrap();
        assert_eq!(
            m.check_distinct().unwrap_err().to_string(),
            "`meta.plan` (`--map meta.plan=tier`) and `meta.level` (`--map meta.level=Tier`) are both read from column `tier`; each field needs a column of its own"
        );
        let mut m = ColumnMapping::default();
        m.set_pair("meta.plan=tier").unwrap();
        m.check_distinct().unwrap();
    }
}
