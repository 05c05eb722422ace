//! The join: contacts and a conversation → the conversation with its contact's fields as
//! customer metadata (the transcript's own values win, from their rows on), counted in
//! [`JoinStats`]; and
//! [`Joined`], which joins each conversation of a stream as it passes.

use std::collections::BTreeSet;
use std::sync::Arc;

use super::{Contacts, JoinOn, Lookup};
use crate::diag::{Diagnostic, Location};
use crate::transcript::{Conversation, Conversations, ReadError};

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
    /// the metadata fields the transcripts had, when known, to say whether a join field
    /// no conversation has a value in is missing or empty.
    pub fn diagnostics(
        &self,
        contacts: &Contacts,
        fields: Option<&BTreeSet<String>>,
    ) -> Vec<Diagnostic> {
        let mut out = Vec::new();
        if let Some((id, at)) = &self.no_key_example {
            let field = contacts.join_field();
            // Some conversation had a key: the column is there, empty on these.
            let column_is_there = self.joined + self.no_record + self.ambiguous > 0;
            let (message, help) = if column_is_there {
                (
                    format!(
                        "{} {} an empty `{field}`, so no contact is joined to {}, e.g. `{id}`",
                        crate::text::count(self.no_key, "conversation"),
                        if self.no_key == 1 { "has" } else { "have" },
                        if self.no_key == 1 { "it" } else { "them" },
                    ),
                    format!(
                        "the transcripts have the `{field}` column, but it is empty on every row of these conversations; fill it in the export, or join on a field they have with --join-on TRANSCRIPT_FIELD=CONTACTS_COLUMN"
                    ),
                )
            } else if let JoinOn::Message(what) = contacts.join_on {
                (
                    format!(
                        "no conversation can be joined on `{field}`: it is read as each message's {what}, not as customer metadata"
                    ),
                    "join on a customer field, such as `email` or `customer_id` (--join-on TRANSCRIPT_FIELD=CONTACTS_COLUMN when the contacts file names it differently)".to_owned(),
                )
            } else {
                let all = crate::text::count(self.no_key, "conversation");
                let is_there = fields.map(|fields| fields.contains(field));
                let message = match is_there {
                    Some(true) => format!(
                        "no conversation has a value in `{field}` to join contacts on: the column is empty on every row ({all}), e.g. `{id}`"
                    ),
                    Some(false) => format!(
                        "no conversation can be joined on `{field}`: the transcripts have no such column ({all}), e.g. `{id}`"
                    ),
                    None => format!(
                        "no conversation has a value in `{field}` to join contacts on ({all} in all), e.g. `{id}`"
                    ),
                };
                let help = match is_there {
                    Some(true) => format!(
                        "the transcripts have the `{field}` column, but it is empty on every row; fill it in the export, or join on a field they have values in with --join-on TRANSCRIPT_FIELD=CONTACTS_COLUMN"
                    ),
                    Some(false) => format!(
                        "no transcript file has a `{field}` column (a CSV header's, or a JSONL key); name the transcripts' field with --join-on TRANSCRIPT_FIELD=CONTACTS_COLUMN"
                    ),
                    None => format!(
                        "the transcripts have no `{field}` column, or it is empty on every row; name the transcripts' field with --join-on TRANSCRIPT_FIELD=CONTACTS_COLUMN"
                    ),
                };
                (message, help)
            };
            out.push(
                Diagnostic::warning("D011", message)
                    .at(at.clone())
                    .help(help)
                    .quoting(id),
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
    pub fn finish(self, fields: Option<&BTreeSet<String>>) -> (C, JoinStats, Vec<Diagnostic>) {
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
