//! Contacts: a CRM export (CSV, e.g. from HubSpot or Salesforce) → records by key, joined
//! onto conversations before the rules see them.
//!
//! The key (`--join-on`, e.g. `email` or `customer_id`) names a metadata field of the
//! transcripts and a column of the contacts file, both by normalised name; when they are
//! named differently, `--join-on customer_email=Email` (transcript field, then contacts
//! column). The transcript field is read through the column mapping: `conversation_id`
//! and the column the id is mapped from (`ticket_id` under `--map
//! conversation_id=ticket_id`) both mean the conversation's id. Keys compare trimmed and case-insensitively. A joined contact's fields (its columns,
//! read through the mapping's `meta.` pairs as a transcript's are) become customer
//! metadata, visible to conditions, bridge templates and packets; where the transcript
//! has a value for the same field, the transcript's wins. Nothing is guessed: a key that
//! appears twice in the contacts file joins nothing (each repeat is reported with both
//! lines), and conversations without a key or without a record are counted and reported.
//! Reading the file lives in `read.rs`, the join in `join.rs`.

mod join;
mod read;

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::diag::Diagnostic;
use crate::transcript::Conversation;
use crate::transcript::mapping::ColumnMapping;

pub use join::{JoinStats, Joined};

/// Why a contacts file cannot be used at all.
#[derive(Debug, thiserror::Error)]
pub enum ContactsError {
    #[error("cannot read contacts file {}", .0.display())]
    Open(PathBuf, #[source] std::io::Error),
    #[error("{}:{line}: cannot read contacts file", .path.display())]
    Read {
        path: PathBuf,
        line: u64,
        #[source]
        source: std::io::Error,
    },
    /// The gzip data ends early or is damaged, at `line` (0: at its start), as a
    /// transcript's is said; `words` the decoder's.
    #[error("{}", crate::transcript::damaged_gzip_message(.path, *.line, "contacts file", .words))]
    Gzip {
        path: PathBuf,
        line: u64,
        words: String,
    },
    /// A file whose first bytes are not text, as a transcript's is said.
    #[error("{}", crate::transcript::not_text_message(.0, "CSV", "contacts export"))]
    Binary(PathBuf),
    /// A header row that cannot be one (a quote that nothing closes, past the limit of
    /// one row).
    #[error("{}:{line}: {message}", .path.display())]
    Header {
        path: PathBuf,
        line: u64,
        message: String,
    },
    #[error(
        "{}:{line}: the contacts file has no `{key}` column to join on; the columns are: {}{}",
        .path.display(),
        crate::text::shown_names(.written),
        if crate::transcript::looks_like_rules(.path, .written) {
            "\n  hint: this looks like YAML rules, not a contacts export: give --contacts the CRM's CSV export".to_owned()
        } else {
            .sep_line.map_or_else(String::new, |(said, holds)| {
                format!("\n  hint: {}", crate::transcript::sep_line_hint(said, holds, false))
            })
        }
    )]
    MissingKey {
        path: PathBuf,
        /// The header's line.
        line: u64,
        key: String,
        /// The columns, normalised.
        found: Vec<String>,
        /// The header's cells as written, one for each of `found`: the columns the
        /// error lists, as the file names them (cli42: it listed `customer_e_mail` for
        /// `Customer E-mail`). A file without a header has a row of data there:
        /// `--redact` masks what they hold.
        written: Vec<String>,
        /// The delimiter Excel's `sep=` line said and the other one the header holds,
        /// when they differ (`sep=,` above `email;plan`): for the hint.
        sep_line: Option<(u8, u8)>,
    },
}

/// A contacts file, loaded.
#[derive(Debug)]
pub struct Contacts {
    path: PathBuf,
    /// The key column of the contacts file, normalised.
    key: Arc<str>,
    /// The transcripts' field holding the key, normalised, as given.
    join_field: String,
    /// That field as the user wrote it (`--join-on Email`), for messages.
    join_written: String,
    /// What that field is, through the column mapping.
    join_on: JoinOn,
    /// Normalised column names, but those without one (D013), each as the mapping reads
    /// it (`meta.plan=customer_tier`: `plan`): the fields of a record.
    fields: Vec<Arc<str>>,
    /// The columns (normalised) a `meta.` pair of the mapping renamed: the transcripts
    /// may lack them, as the contact gives the field.
    mapped_columns: Vec<String>,
    /// Whether a contact's names that the transcript's own hid are kept aside for
    /// `--redact` ([`Contacts::keeping_names`]).
    keep_names: bool,
    records: HashMap<String, Entry>,
    /// Problems found while loading (duplicate keys, malformed rows).
    pub diagnostics: Vec<Diagnostic>,
    skipped_rows: u64,
}

#[derive(Debug)]
enum Entry {
    Record {
        /// One for each of [`Contacts::fields`], trimmed.
        values: Vec<String>,
    },
    /// The key is on more than one row: joins nothing.
    Ambiguous,
}

/// What the transcripts' join field is, read through the column mapping.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum JoinOn {
    /// The conversation's id: `conversation_id`, or the column it is mapped from.
    Id,
    /// A field of each message (`timestamp`, `role`, `text`, or the column it is mapped
    /// from), which no conversation has as customer metadata: joins nothing.
    Message(&'static str),
    /// A metadata field of that name.
    Metadata,
}

impl JoinOn {
    /// What `field` (normalised) names under `mapping`: a field's name and the column
    /// it is read from both mean that field, as `--map` says.
    fn of(field: &str, mapping: &ColumnMapping) -> Self {
        match mapping
            .fields()
            .into_iter()
            .find(|&(name, column)| field == name || field == column)
        {
            Some(("conversation_id", _)) => JoinOn::Id,
            Some((name, _)) => JoinOn::Message(name),
            None => JoinOn::Metadata,
        }
    }
}

/// What the contacts file says about one key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lookup<'a> {
    Found(&'a [String]),
    Ambiguous,
    Missing,
}

impl Contacts {
    /// Under `--redact`: the join keeps a contact's names that the transcript's own values
    /// hide ([`crate::transcript::Metadata::set_aside`]: the CRM's "Alexandra Whitfield"
    /// where the transcript says "Al W"), so that they are masked too. Without it the
    /// join does nothing more than offer the fields.
    #[must_use]
    pub fn keeping_names(mut self, keep: bool) -> Self {
        self.keep_names = keep;
        self
    }

    /// The key column of the contacts file, normalised (`email`, `customer_id`).
    pub fn key(&self) -> &str {
        &self.key
    }

    /// The transcripts' field joined on the key, normalised.
    pub fn join_field(&self) -> &str {
        &self.join_field
    }

    /// The transcripts' join field as the user wrote it (`--join-on Email`).
    pub fn join_written(&self) -> &str {
        &self.join_written
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Rows of the contacts file that were skipped as malformed.
    pub fn skipped_rows(&self) -> u64 {
        self.skipped_rows
    }

    /// The fields of a record: the columns of the contacts file, normalised, each as the
    /// mapping reads it (`meta.plan=customer_tier`: `plan`).
    pub fn fields(&self) -> impl Iterator<Item = &str> {
        self.fields.iter().map(|f| &**f)
    }

    /// The columns (normalised) a `meta.` pair of the mapping read as another field.
    pub fn mapped_columns(&self) -> &[String] {
        &self.mapped_columns
    }

    /// Contacts with a usable (unique) key.
    pub fn len(&self) -> usize {
        self.records
            .values()
            .filter(|e| matches!(e, Entry::Record { .. }))
            .count()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn lookup(&self, key: &str) -> Lookup<'_> {
        match self.records.get(&normalize_key(key)) {
            Some(Entry::Record { values }) => Lookup::Found(values),
            Some(Entry::Ambiguous) => Lookup::Ambiguous,
            None => Lookup::Missing,
        }
    }

    /// The contact of `conversation`, as (field, value) pairs without empty values.
    pub fn record_of<'a>(
        &'a self,
        conversation: &Conversation,
    ) -> Option<impl Iterator<Item = (&'a str, &'a str)>> {
        let key = self.key_of(conversation)?;
        match self.lookup(key) {
            Lookup::Found(values) => Some(
                self.fields
                    .iter()
                    .zip(values)
                    .filter(|(_, v)| !v.is_empty())
                    .map(|(f, v)| (&**f, v.as_str())),
            ),
            Lookup::Ambiguous | Lookup::Missing => None,
        }
    }
}

/// Keys compare trimmed and case-insensitively (`Ana@Example.com` is `ana@example.com`).
fn normalize_key(key: &str) -> String {
    key.trim().to_lowercase()
}

#[cfg(test)]
mod tests;
