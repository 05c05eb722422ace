//! Contacts: a CRM export (CSV, e.g. from HubSpot or Salesforce) → records by key, joined
//! onto conversations before the rules see them.
//!
//! The key (`--join-on`, e.g. `email` or `customer_id`) names a metadata field of the
//! transcripts and a column of the contacts file, both by normalised name; when they are
//! named differently, `--join-on customer_email=Email` (transcript field, then contacts
//! column). Keys compare trimmed and case-insensitively. A joined contact's fields become customer
//! metadata, visible to conditions, bridge templates and packets; where the transcript
//! has a value for the same field, the transcript's wins. Nothing is guessed: a key that
//! appears twice in the contacts file joins nothing (each repeat is reported with both
//! lines), and conversations without a key or without a record are counted and reported.

use std::collections::HashMap;
use std::fs::File;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::diag::{Diagnostic, Location};
use crate::transcript::{
    Conversation, Conversations, ReadError, Record, RecordReader, TextError, normalize_field, size,
    too_long_message, unclosed_message,
};

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
    /// A header row that cannot be one (a quote that nothing closes, past the limit of
    /// one row).
    #[error("{}:{line}: {message}", .path.display())]
    Header {
        path: PathBuf,
        line: u64,
        message: String,
    },
    #[error("{}:1: the contacts file has no `{key}` column to join on; the columns are: {}", .path.display(), .found.join(", "))]
    MissingKey {
        path: PathBuf,
        key: String,
        found: Vec<String>,
    },
}

/// A contacts file, loaded.
#[derive(Debug)]
pub struct Contacts {
    path: PathBuf,
    /// The key column of the contacts file, normalised.
    key: Arc<str>,
    /// The transcripts' metadata field holding the key, normalised.
    join_field: String,
    /// Normalised column names.
    fields: Vec<Arc<str>>,
    records: HashMap<String, Entry>,
    /// Problems found while loading (duplicate keys, malformed rows).
    pub diagnostics: Vec<Diagnostic>,
    skipped_rows: u64,
}

#[derive(Debug)]
enum Entry {
    Record {
        values: Vec<String>,
    },
    /// The key is on more than one row: joins nothing.
    Ambiguous,
}

/// What the contacts file says about one key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lookup<'a> {
    Found(&'a [String]),
    Ambiguous,
    Missing,
}

impl Contacts {
    /// Reads `path`, keyed by the column whose normalised name is `key`, to be joined on
    /// the transcripts' metadata field `join_field`.
    pub fn load(path: &Path, key: &str, join_field: &str) -> Result<Contacts, ContactsError> {
        let file = File::open(path).map_err(|e| ContactsError::Open(path.to_owned(), e))?;
        if file.metadata().is_ok_and(|m| m.is_dir()) {
            return Err(ContactsError::Open(
                path.to_owned(),
                std::io::Error::new(std::io::ErrorKind::IsADirectory, "is a directory"),
            ));
        }
        Self::read(path, key, join_field, file)
    }

    fn read(
        path: &Path,
        key: &str,
        join_field: &str,
        input: impl std::io::Read,
    ) -> Result<Contacts, ContactsError> {
        // handoff's own record reader: the csv crate's grammar, lines counted as it reads;
        // a quote that nothing closes costs its row, not the rows after it.
        let mut reader = RecordReader::new(input).recovering();
        let mut record = Record::default();
        let header = reader.read_text(&mut record).map_err(|e| match e {
            TextError::Unclosed {
                line,
                field,
                unclosed,
                limit,
            } => ContactsError::Header {
                path: path.to_owned(),
                line,
                message: format!(
                    "the header: {}",
                    unclosed_message(&format!("{field}"), unclosed, limit, false)
                ),
            },
            TextError::TooLong { line, limit } => ContactsError::Header {
                path: path.to_owned(),
                line,
                message: format!(
                    "the header is longer than {}, the limit for one row: is this a CSV file?",
                    size(limit)
                ),
            },
            e => read_error(path, e),
        })?;
        let fields: Vec<Arc<str>> = match header {
            Some((_, header)) => header
                .iter()
                .map(|h| Arc::from(normalize_field(h)))
                .collect(),
            None => Vec::new(),
        };
        let key = normalize_field(key);
        let Some(key_index) = fields.iter().position(|f| **f == *key) else {
            return Err(ContactsError::MissingKey {
                path: path.to_owned(),
                key,
                found: fields.iter().map(ToString::to_string).collect(),
            });
        };
        let mut contacts = Contacts {
            path: path.to_owned(),
            key: Arc::from(key),
            join_field: normalize_field(join_field),
            fields,
            records: HashMap::new(),
            diagnostics: Vec::new(),
            skipped_rows: 0,
        };
        let mut first_line: HashMap<String, u64> = HashMap::new();
        loop {
            let (line, text) = match reader.read_text(&mut record) {
                Ok(Some(row)) => row,
                Ok(None) => break,
                Err(TextError::Unclosed {
                    line,
                    field,
                    unclosed,
                    limit,
                }) => {
                    let column = contacts.fields.get(field - 1).map_or_else(
                        || format!("{field}, past the header's {}", contacts.fields.len()),
                        |name| format!("`{name}`"),
                    );
                    contacts.skip(
                        "D008",
                        line,
                        &unclosed_message(&column, unclosed, limit, true),
                    );
                    continue;
                }
                Err(TextError::TooLong { line, limit }) => {
                    contacts.skip("D001", line, &too_long_message("row", limit));
                    continue;
                }
                Err(e) => return Err(read_error(path, e)),
            };
            let here = Location::line(path, u32::try_from(line).unwrap_or(u32::MAX));
            if text.len() == 1 && text.get(0).is_empty() {
                continue;
            }
            if text.len() != contacts.fields.len() {
                contacts.skipped_rows += 1;
                contacts.diagnostics.push(
                    Diagnostic::warning(
                        "D001",
                        format!(
                            "skipped malformed contact row: it has {} fields, the header has {}",
                            text.len(),
                            contacts.fields.len()
                        ),
                    )
                    .at(here),
                );
                continue;
            }
            let id = normalize_key(text.get(key_index));
            if id.is_empty() {
                contacts.skipped_rows += 1;
                contacts.diagnostics.push(
                    Diagnostic::warning(
                        "D001",
                        format!("skipped contact row with an empty `{}`", contacts.key),
                    )
                    .at(here),
                );
                continue;
            }
            match first_line.get(&id) {
                Some(&first) => {
                    contacts.diagnostics.push(
                        Diagnostic::warning(
                            "D010",
                            format!(
                                "contact key `{id}` is on more than one row: conversations with it get no contact record"
                            ),
                        )
                        .at(here)
                        .related(
                            Location::line(path, u32::try_from(first).unwrap_or(u32::MAX)),
                            "first row with this key",
                        )
                        .help("deduplicate the export, or join on a column that is unique"),
                    );
                    contacts.records.insert(id, Entry::Ambiguous);
                }
                None => {
                    first_line.insert(id.clone(), line);
                    let values = text.iter().map(|v| v.trim().to_owned()).collect();
                    contacts.records.insert(id, Entry::Record { values });
                }
            }
        }
        Ok(contacts)
    }

    /// Skips the row on `line`, which cannot be read as one (a quote that nothing
    /// closes, past the limit of one row), with a warning saying why.
    fn skip(&mut self, code: &'static str, line: u64, why: &str) {
        self.skipped_rows += 1;
        let here = Location::line(&self.path, u32::try_from(line).unwrap_or(u32::MAX));
        let mut diagnostic =
            Diagnostic::warning(code, format!("skipped malformed contact row: {why}")).at(here);
        if code == "D008" {
            diagnostic = diagnostic.help(
                "close the quote, or double each quote inside a value (\"\"), as CSV writers do",
            );
        }
        self.diagnostics.push(diagnostic);
    }

    /// The key column of the contacts file, normalised (`email`, `customer_id`).
    pub fn key(&self) -> &str {
        &self.key
    }

    /// The transcripts' field joined on the key, normalised.
    pub fn join_field(&self) -> &str {
        &self.join_field
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Rows of the contacts file that were skipped as malformed.
    pub fn skipped_rows(&self) -> u64 {
        self.skipped_rows
    }

    /// The columns of the contacts file, normalised.
    pub fn fields(&self) -> impl Iterator<Item = &str> {
        self.fields.iter().map(|f| &**f)
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
        let key = conversation.metadata.get(&self.join_field)?;
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

    /// Adds the contact's fields to the conversation's metadata (the transcript's own
    /// values win), and counts the outcome in `stats`.
    pub fn join(&self, conversation: &mut Conversation, stats: &mut JoinStats) {
        let Some(key) = conversation.metadata.get(&self.join_field) else {
            stats.no_key += 1;
            stats
                .no_key_example
                .get_or_insert_with(|| example(conversation));
            return;
        };
        match self.lookup(key) {
            Lookup::Found(values) => {
                stats.joined += 1;
                for (field, value) in self.fields.iter().zip(values) {
                    conversation.metadata.offer(field, value);
                }
            }
            Lookup::Ambiguous => stats.ambiguous += 1,
            Lookup::Missing => {
                stats.no_record += 1;
                if stats.no_record_example.is_none() {
                    let key = key.to_owned();
                    stats.no_record_example = Some((example(conversation), key));
                }
            }
        }
    }
}

/// Why reading a contacts file stopped: a read error, or a row that is not UTF-8 (the
/// other errors of [`RecordReader::read_text`] cost their row, and are not passed here).
fn read_error(path: &Path, e: TextError) -> ContactsError {
    let (line, source) = match e {
        TextError::Io { line, source } => (line, source),
        TextError::NotUtf8 { line } => (
            line,
            std::io::Error::new(
                std::io::ErrorKind::InvalidData,
                "the row is not valid UTF-8: save the contacts file as UTF-8",
            ),
        ),
        TextError::Unclosed { line, .. } | TextError::TooLong { line, .. } => (
            line,
            std::io::Error::new(std::io::ErrorKind::InvalidData, "the row cannot be read"),
        ),
    };
    ContactsError::Read {
        path: path.to_owned(),
        line,
        source,
    }
}

/// Keys compare trimmed and case-insensitively (`Ana@Example.com` is `ana@example.com`).
fn normalize_key(key: &str) -> String {
    key.trim().to_lowercase()
}

fn example(c: &Conversation) -> (String, Location) {
    let line = c.messages.first().map_or(0, |m| m.line);
    (
        c.id.clone(),
        Location::line(c.file.as_ref(), u32::try_from(line).unwrap_or(u32::MAX)),
    )
}

/// How the join went, over all conversations.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct JoinStats {
    pub joined: u64,
    /// Conversations without a value for the key field.
    pub no_key: u64,
    /// Conversations whose key the contacts file does not have.
    pub no_record: u64,
    /// Conversations whose key is on more than one contact row.
    pub ambiguous: u64,
    no_key_example: Option<(String, Location)>,
    no_record_example: Option<((String, Location), String)>,
}

impl JoinStats {
    /// The join's gaps as diagnostics (one per kind, with the first example).
    pub fn diagnostics(&self, contacts: &Contacts) -> Vec<Diagnostic> {
        let mut out = Vec::new();
        if let Some((id, at)) = &self.no_key_example {
            out.push(
                Diagnostic::warning(
                    "D011",
                    format!(
                        "{} {} no `{}` to join contacts on, e.g. `{id}`",
                        crate::text::count(self.no_key, "conversation"),
                        if self.no_key == 1 { "has" } else { "have" },
                        contacts.join_field()
                    ),
                )
                .at(at.clone())
                .help(format!(
                    "the transcripts need the `{}` column, or name theirs with --join-on FIELD=COLUMN",
                    contacts.join_field()
                )),
            );
        }
        if let Some(((id, at), key)) = &self.no_record_example {
            out.push(
                Diagnostic::warning(
                    "D011",
                    format!(
                        "{} {} no contact: {} `{}` is not in the contacts file, e.g. `{key}` in `{id}`",
                        crate::text::count(self.no_record, "conversation"),
                        if self.no_record == 1 { "has" } else { "have" },
                        if self.no_record == 1 { "its" } else { "their" },
                        contacts.join_field()
                    ),
                )
                .at(at.clone())
                .help(format!("{} holds no such contact", contacts.path().display())),
            );
        }
        out
    }
}

/// Conversations with their contacts joined on (when there are contacts), as they
/// stream past.
pub struct Joined<C> {
    inner: C,
    contacts: Option<Arc<Contacts>>,
    stats: JoinStats,
}

impl<C> Joined<C> {
    pub fn new(inner: C, contacts: Option<Arc<Contacts>>) -> Self {
        Joined {
            inner,
            contacts,
            stats: JoinStats::default(),
        }
    }

    pub fn inner(&self) -> &C {
        &self.inner
    }

    pub fn contacts(&self) -> Option<&Arc<Contacts>> {
        self.contacts.as_ref()
    }

    /// The inner stream back, with the contacts file's problems and the join's gaps.
    pub fn finish(self) -> (C, JoinStats, Vec<Diagnostic>) {
        let diagnostics = match &self.contacts {
            Some(contacts) => {
                let mut d = contacts.diagnostics.clone();
                d.extend(self.stats.diagnostics(contacts));
                d
            }
            None => Vec::new(),
        };
        (self.inner, self.stats, diagnostics)
    }
}

impl<C: Conversations> Iterator for Joined<C> {
    type Item = Result<Conversation, ReadError>;

    fn next(&mut self) -> Option<Self::Item> {
        let mut item = self.inner.next()?;
        if let (Some(contacts), Ok(conversation)) = (&self.contacts, &mut item) {
            contacts.join(conversation, &mut self.stats);
        }
        Some(item)
    }
}

impl<C: Conversations> Conversations for Joined<C> {
    fn recycle(&mut self, spent: Conversation) {
        self.inner.recycle(spent);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::transcript::{Message, Metadata, Role};

    fn contacts(csv: &str) -> Contacts {
        Contacts::read(Path::new("crm.csv"), "Email", "email", csv.as_bytes()).unwrap()
    }

    fn conversation(id: &str, meta: &[(&str, &str)]) -> Conversation {
        let mut metadata = Metadata::default();
        for (k, v) in meta {
            metadata.insert(k, v);
        }
        Conversation {
            id: id.into(),
            messages: vec![Message {
                role: Role::Customer,
                text: "hi".into(),
                time: String::new(),
                timestamp: None,
                line: 7,
            }],
            metadata,
            file: Arc::new(PathBuf::from("t.csv")),
        }
    }

    const CRM: &str = "Email,Owner,Lifecycle Stage,ARR\r\n\
        ana@example.com,Rita,customer,120000\r\n\
        bo@example.com,Sam,lead,\r\n\
        dup@example.com,A,lead,1\r\n\
        DUP@example.com ,B,lead,2\r\n\
        broken,row\r\n\
        ,Nobody,lead,0\r\n";

    #[test]
    fn duplicate_keys_and_bad_rows_are_reported_with_their_lines() {
        let c = contacts(CRM);
        assert_eq!(c.key(), "email");
        assert_eq!(c.len(), 2, "ana and bo; dup is ambiguous");
        let found: Vec<(Option<&str>, String, u32)> = c
            .diagnostics
            .iter()
            .map(|d| (d.code, d.message.clone(), d.location.as_ref().unwrap().line))
            .collect();
        assert_eq!(found[0].0, Some("D010"));
        assert_eq!(found[0].2, 5, "the repeat");
        assert_eq!(c.diagnostics[0].related[0].0.line, 4, "the first row");
        assert_eq!((found[1].0, found[1].2), (Some("D001"), 6));
        assert_eq!((found[2].0, found[2].2), (Some("D001"), 7));
        assert_eq!(c.lookup("dup@example.com"), Lookup::Ambiguous);
    }

    /// A quote that nothing closes made one ragged row of the rest of the file, or, in
    /// the last column, one contact holding every row after it, silently.
    #[test]
    fn a_quote_never_closed_skips_its_row_and_not_the_rows_after_it() {
        let c = contacts(
            "Email,Owner,Notes\r\na@example.com,\"Rita\r\nb@example.com,Sam,ok\r\nc@example.com,Al,big\r\nd@example.com,Di,\r\n",
        );
        assert_eq!(c.len(), 3, "b, c and d");
        assert_eq!(c.skipped_rows(), 1);
        let found: Vec<(Option<&str>, &str, u32)> = c
            .diagnostics
            .iter()
            .map(|d| {
                (
                    d.code,
                    d.message.as_str(),
                    d.location.as_ref().unwrap().line,
                )
            })
            .collect();
        assert_eq!(
            found,
            [(
                Some("D008"),
                "skipped malformed contact row: the quoted field in column `owner` opens here and is never closed: it would swallow the 3 lines after it, to the end of the file, which are read as rows instead",
                2
            )],
        );
        let err = Contacts::read(
            Path::new("crm.csv"),
            "email",
            "email",
            &b"email,\"owner\na,b\n"[..],
        )
        .unwrap_err();
        assert_eq!(
            err.to_string(),
            "crm.csv:1: the header: the quoted field in column 2 opens here and is never closed: it would swallow the line after it, to the end of the file"
        );
    }

    #[test]
    fn a_row_that_is_not_utf8_is_an_error_naming_its_line() {
        let input: &[u8] = b"email,owner\r\n\r\na@example.com,A\r\nb@example.com,\xFF\r\n";
        let err = Contacts::read(Path::new("crm.csv"), "email", "email", input).unwrap_err();
        assert_eq!(
            err.to_string(),
            "crm.csv:4: cannot read contacts file",
            "{err:?}"
        );
    }

    #[test]
    fn a_join_adds_fields_without_overriding_the_transcript() {
        let c = contacts(CRM);
        let mut stats = JoinStats::default();
        let mut ana = conversation("c1", &[("email", " Ana@Example.com"), ("owner", "Zed")]);
        c.join(&mut ana, &mut stats);
        assert_eq!(ana.metadata.get("lifecycle_stage"), Some("customer"));
        assert_eq!(ana.metadata.get("arr"), Some("120000"));
        assert_eq!(
            ana.metadata.get("owner"),
            Some("Zed"),
            "the transcript's value wins"
        );
        let mut bo = conversation("c2", &[("email", "bo@example.com")]);
        c.join(&mut bo, &mut stats);
        assert_eq!(bo.metadata.get("arr"), None, "empty values add nothing");
        let record: Vec<_> = c.record_of(&bo).unwrap().collect();
        assert_eq!(
            record,
            [
                ("email", "bo@example.com"),
                ("owner", "Sam"),
                ("lifecycle_stage", "lead")
            ]
        );
        for (id, meta) in [
            ("c3", vec![]),
            ("c4", vec![("email", "nobody@example.com")]),
            ("c5", vec![("email", "dup@example.com")]),
        ] {
            c.join(&mut conversation(id, &meta), &mut stats);
        }
        assert_eq!(
            (stats.joined, stats.no_key, stats.no_record, stats.ambiguous),
            (2, 1, 1, 1)
        );
        let d = stats.diagnostics(&c);
        assert_eq!(d.len(), 2);
        assert!(
            d[0].message.contains("1 conversation has no `email`"),
            "{}",
            d[0].message
        );
        assert!(
            d[1].message.contains("`nobody@example.com` in `c4`"),
            "{}",
            d[1].message
        );
        assert_eq!(d[1].location.as_ref().unwrap().line, 7);
    }

    #[test]
    fn the_transcript_field_and_the_contacts_column_can_differ() {
        let c = Contacts::read(
            Path::new("crm.csv"),
            "Email",
            "Customer Email",
            CRM.as_bytes(),
        )
        .unwrap();
        let mut stats = JoinStats::default();
        let mut ana = conversation("c1", &[("customer_email", "ana@example.com")]);
        c.join(&mut ana, &mut stats);
        assert_eq!(ana.metadata.get("owner"), Some("Rita"));
        assert_eq!(stats.joined, 1);
    }

    #[test]
    fn a_missing_key_column_lists_the_columns() {
        let err = Contacts::read(
            Path::new("crm.csv"),
            "customer_id",
            "customer_id",
            CRM.as_bytes(),
        )
        .unwrap_err();
        assert_eq!(
            err.to_string(),
            "crm.csv:1: the contacts file has no `customer_id` column to join on; the columns are: email, owner, lifecycle_stage, arr"
        );
    }
}
