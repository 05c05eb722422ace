//! A metadata column that varies within a conversation (`D005`): the row it varies at,
//! its values and the conversation → the note said once a column and the count of the
//! rest, into the [`ReadReport`]; under `--redact` the column is named as the packets key
//! it, its values not at all. Takes what `group.rs` finds; decides nothing of the
//! metadata kept.

use super::ReadReport;
use crate::diag::{Diagnostic, Location, Severity};

impl ReadReport {
    /// A column often varies per message (`turn`, `message_id`): say so once per column,
    /// count the rest. A column of times where the message has none (`untimed`) is most
    /// likely the export's time column under another name: the help says how to read it.
    /// Under `--redact` the column is named `shown`, as the packets key it (a header row
    /// of data names it by a customer's data: `[name] [name]`), and its values not at all.
    #[allow(clippy::too_many_arguments)]
    pub(in crate::transcript) fn metadata_conflict(
        &mut self,
        location: Location,
        id: &str,
        field: &str,
        shown: &str,
        kept: &str,
        other: &str,
        untimed: bool,
    ) {
        let field = if self.hide_values { shown } else { field };
        let count = self.metadata_conflicts.entry(field.to_owned()).or_default();
        *count += 1;
        if *count > 1 {
            return;
        }
        // A column named by data cannot be named in the help either.
        let named = if self.hide_values && crate::redact::holds_mask(field) {
            "the column (its name is not shown under --redact: the header row reads as data)"
                .to_owned()
        } else {
            format!("`{field}`")
        };
        let flag_name = if named.starts_with('`') {
            field
        } else {
            "NAME"
        };
        // As the tables show it (cli42): `a\nb` is one id everywhere.
        let id = crate::text::token(id);
        let message = if self.hide_values {
            format!(
                "column `{field}` varies within conversation `{id}` (the values are not shown under --redact); \
                 metadata keeps the first value (further rows like this are counted, not listed)"
            )
        } else {
            format!(
                "column `{field}` varies within conversation `{id}` (`{other}` here, `{kept}` earlier); \
                 metadata keeps the first value (further rows like this are counted, not listed)"
            )
        };
        let help = if untimed && is_time(kept) && is_time(other) {
            format!(
                "{named} holds times and the messages have none: if it is when each message was sent, read it with --map timestamp={flag_name}, or under `input: columns:` in .handoff.yaml"
            )
        } else {
            format!(
                "if {named} is per message, not customer data, leave it out with --ignore-column {flag_name}, or under `input: ignore_columns:` in .handoff.yaml"
            )
        };
        self.push(
            Diagnostic::new(Some("D005"), Severity::Note, message)
                .at(location)
                .help(help)
                .quoting(id)
                .quoting(field)
                .quoting(kept)
                .quoting(other),
        );
    }

    /// The name column `field` is shown by under `--redact`: `shown()`, asked once a
    /// column (a per-message column conflicts on every row).
    pub(in crate::transcript) fn shown_column(
        &mut self,
        field: &str,
        shown: impl FnOnce() -> String,
    ) -> String {
        if let Some(shown) = self.shown_columns.get(field) {
            return shown.clone();
        }
        let shown = shown();
        self.shown_columns.insert(field.to_owned(), shown.clone());
        shown
    }
}

/// A value a time column would hold: a date and time, or Unix seconds or milliseconds
/// (nine digits and more: a `turn` or a score is not a time).
fn is_time(value: &str) -> bool {
    let digits = value.bytes().all(|b| b.is_ascii_digit());
    (!digits || value.len() >= 9) && crate::transcript::parse_timestamp(value).is_some()
}
