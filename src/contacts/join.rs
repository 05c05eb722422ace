//! The join: contacts and a conversation → the conversation with its contact's fields as
//! customer metadata (the transcript's own values win, from their rows on), counted in
//! [`JoinStats`]; and
//! [`Joined`], which joins each conversation of a stream as it passes.

use std::sync::Arc;

use super::{Contacts, JoinOn, Lookup};
use crate::diag::{Diagnostic, Location};
use crate::transcript::{Conversation, Conversations, FileFields, ReadError};

impl Contacts {
    /// Adds the contact's fields to the conversation's metadata (the transcript's own
    /// values win, from their rows on: before a later row's, the contact's holds; the
    /// contact's names they hide are kept aside when [`Contacts::keeping_names`]), and
    /// counts the outcome in `stats`.
    pub fn join(&self, conversation: &mut Conversation, stats: &mut JoinStats) {
        let Some(key) = self.key_of(conversation) else {
            stats.no_key += 1;
            stats
                .no_key_example
                .get_or_insert_with(|| example(conversation));
            return;
        };
        // The contact is known from the message whose row gives its key (the start, for
        // the conversation's id or a key on its first row): a key an agent's row gives
        // later is no hindsight for the messages before it.
        let from = match self.join_on {
            JoinOn::Metadata => conversation
                .metadata
                .known_from(&self.join_field)
                .map_or(0, |(_, from)| from),
            JoinOn::Id | JoinOn::Message(_) => 0,
        };
        match self.lookup(key) {
            Lookup::Found(values) => {
                stats.joined += 1;
                for (field, value) in self.fields.iter().zip(values) {
                    let hidden = conversation.metadata.offer_at(field, value, from).is_some();
                    let read_from = conversation.metadata.read_from().map(AsRef::as_ref);
                    if hidden && self.keep_names && crate::redact::is_masked_field(field, read_from)
                    {
                        conversation.metadata.set_aside(field, value);
                    }
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

impl Contacts {
    /// The conversation's key: its id when joined on the id (`conversation_id`, or the
    /// column the mapping reads it from: no metadata field), else its value of the join
    /// field; `None` when it has none.
    pub fn key_of<'a>(&self, conversation: &'a Conversation) -> Option<&'a str> {
        match self.join_on {
            JoinOn::Id => Some(&conversation.id),
            JoinOn::Message(_) => None,
            JoinOn::Metadata => conversation.metadata.get(&self.join_field),
        }
    }
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
    /// The join's gaps as diagnostics (one per kind, with the first example). `fields`:
    /// the metadata fields each transcript file had, when known, to say whether a join
    /// field no conversation has a value in is missing or empty, and in which files.
    pub fn diagnostics(
        &self,
        contacts: &Contacts,
        fields: Option<&[FileFields]>,
    ) -> Vec<Diagnostic> {
        let mut out = Vec::new();
        if let Some((id, at)) = &self.no_key_example {
            out.push(self.no_key_warning(contacts, fields, id, at));
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
                .help(format!("{} holds no such contact", contacts.path().display()))
                .quoting(id)
                .quoting(key),
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

    /// The inner stream back, with the contacts file's problems and the join's gaps
    /// (`fields`: the metadata fields the transcripts had, when known).
    pub fn finish(self, fields: Option<&[FileFields]>) -> (C, JoinStats, Vec<Diagnostic>) {
        let diagnostics = match &self.contacts {
            Some(contacts) => {
                let mut d = contacts.diagnostics.clone();
                d.extend(self.stats.diagnostics(contacts, fields));
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

    fn swap_pool(&mut self, pool: &mut crate::transcript::Pool) {
        self.inner.swap_pool(pool);
    }
}

impl JoinStats {
    /// D011 for the conversations without a key, `id` at `at` the first of them.
    fn no_key_warning(
        &self,
        contacts: &Contacts,
        fields: Option<&[FileFields]>,
        id: &str,
        at: &Location,
    ) -> Diagnostic {
        let field = contacts.join_field();
        // Which files have the column, and which lack it.
        let (with, without): (Vec<&FileFields>, Vec<&FileFields>) = fields
            .unwrap_or_default()
            .iter()
            .partition(|f| f.names.contains_key(field));
        let shown = contacts.join_shown(fields);
        let all = crate::text::count(self.no_key, "conversation");
        let file_at = |f: &FileFields| Location::line(&f.path, 1);
        let warning = |message: String| Diagnostic::warning("D011", message).quoting(id);
        // Some conversation had a key: the column is there, empty on these.
        if self.joined + self.no_record + self.ambiguous > 0 {
            let help = if without.is_empty() {
                format!(
                    "the transcripts have the {shown} column, but it is empty on every row of these conversations; fill it in the export, or join on a field they have with --join-on TRANSCRIPT_FIELD=CONTACTS_COLUMN"
                )
            } else {
                format!(
                    "{} no such column, so {} conversations cannot be joined; add the column to {}, or join on a field every file has with --join-on TRANSCRIPT_FIELD=CONTACTS_COLUMN",
                    files_verb(&without, "has", "have"),
                    if without.len() == 1 { "its" } else { "their" },
                    if without.len() == 1 { "it" } else { "them" },
                )
            };
            let mut warning = warning(format!(
                "{all} {} no value in {shown}, so no contact is joined to {}, e.g. `{id}`",
                if self.no_key == 1 { "has" } else { "have" },
                if self.no_key == 1 { "it" } else { "them" },
            ))
            .at(at.clone())
            .help(help);
            // The files without the column, but the one the example is in already.
            for f in without.iter().filter(|f| f.path != at.path).take(3) {
                warning = warning.related(file_at(f), "no such column in this file");
            }
            return warning;
        }
        if let JoinOn::Message(what) = contacts.join_on {
            return warning(format!(
                "no conversation can be joined on {shown}: it is read as each message's {what}, not as customer metadata"
            ))
            .at(at.clone())
            .help("join on a customer field, such as `email` or `customer_id` (--join-on TRANSCRIPT_FIELD=CONTACTS_COLUMN when the contacts file names it differently)");
        }
        let fill = "fill it in the export, or join on a field they have values in with --join-on TRANSCRIPT_FIELD=CONTACTS_COLUMN";
        let name = "name the transcripts' field with --join-on TRANSCRIPT_FIELD=CONTACTS_COLUMN";
        match (fields.is_some(), with.first(), without.first()) {
            // Every file has the column: empty on every row.
            (true, Some(_), None) => warning(format!(
                "no conversation has a value in {shown} to join contacts on: the column is empty on every row ({all}), e.g. `{id}`"
            ))
            .at(at.clone())
            .help(format!(
                "the transcripts have the {shown} column, but it is empty on every row; {fill}"
            )),
            // Some files lack it, the others have it empty.
            (true, Some(first_with), Some(first_without)) => warning(format!(
                "no conversation has a value in {shown} to join contacts on ({all}): {} no such column, and {} {} it empty on every row",
                files_verb(&without, "has", "have"),
                files(&with),
                if with.len() == 1 { "has" } else { "have" },
            ))
            .at(file_at(first_without))
            .related(
                file_at(first_with),
                format!("`{}` is here, empty on every row", spelled(first_with, field)),
            )
            .help(format!(
                "add the column to the files without it and {fill}"
            )),
            // No file has it.
            (true, None, _) => warning(format!(
                "no conversation can be joined on {shown}: the transcripts have no such column ({all}), e.g. `{id}`"
            ))
            .at(at.clone())
            .help(format!(
                "no transcript file has a column named {shown} (a CSV header's, or a JSONL key); {name}"
            )),
            (false, ..) => warning(format!(
                "no conversation has a value in {shown} to join contacts on ({all} in all), e.g. `{id}`"
            ))
            .at(at.clone())
            .help(format!(
                "the transcripts have no {shown} column, or it is empty on every row; {name}"
            )),
        }
    }
}

impl Contacts {
    /// The transcripts' join field as they write it, in backticks: `` `Email` `` when
    /// the files that have it agree, the first file's spelling and the others' when they
    /// differ (`` `Email` (also written `email` in b.csv) ``), and as the user wrote it
    /// when no file has it. The
    /// summary line and D011 both say it so.
    pub fn join_shown(&self, fields: Option<&[FileFields]>) -> String {
        let field = self.join_field();
        let mut spellings: Vec<(&str, &FileFields)> = Vec::new();
        for f in fields.unwrap_or_default() {
            if let Some(name) = f.names.get(field)
                && !spellings.iter().any(|(s, _)| *s == name.as_str())
            {
                spellings.push((name, f));
            }
        }
        match spellings.as_slice() {
            [] => {
                let written = self.join_written();
                format!("`{}`", if written.is_empty() { field } else { written })
            }
            [(name, _)] => format!("`{name}`"),
            // The first file's spelling, then how the others write it: a list of each
            // file's read as a list of files that lack a value (a review found it so).
            [(first, _), others @ ..] => format!(
                "`{first}` (also written {})",
                others
                    .iter()
                    .map(|(name, f)| format!("`{name}` in {}", f.path.display()))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        }
    }
}

/// The join field as file `f` writes it.
fn spelled<'a>(f: &'a FileFields, field: &'a str) -> &'a str {
    f.names.get(field).map_or(field, String::as_str)
}

/// Files named, up to 3, then counted: `a.csv, b.csv and 2 more`.
fn files(list: &[&FileFields]) -> String {
    let mut named: Vec<String> = list
        .iter()
        .take(3)
        .map(|f| f.path.display().to_string())
        .collect();
    if list.len() > 3 {
        named.push(format!("{} more", list.len() - 3));
    }
    match named.split_last() {
        Some((final_one, rest)) if !rest.is_empty() => {
            format!("{} and {final_one}", rest.join(", "))
        }
        _ => named.concat(),
    }
}

/// [`files`] with a verb agreeing with their number.
fn files_verb(list: &[&FileFields], one: &str, many: &str) -> String {
    format!(
        "{} {}",
        files(list),
        if list.len() == 1 { one } else { many }
    )
}
