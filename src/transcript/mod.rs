//! Transcripts: exported chats → a stream of [`Conversation`]s.
//!
//! Takes CSV or JSONL files (optionally gzip-compressed, or stdin), one message per row,
//! and a [`ColumnMapping`] saying which columns hold the conversation id, timestamp, role
//! and text; every other column is customer metadata. Gives conversations in input
//! order, streaming when rows of a conversation are consecutive. Rows it cannot use are
//! counted and reported in the [`ReadReport`] with file and line, never silently dropped.
//! It knows nothing of rules.

mod csv;
mod group;
mod header;
mod input;
mod jsonl;
pub mod mapping;
mod metadata;
pub mod person;
mod reader;
mod record;
mod records;
#[doc(hidden)]
pub mod soundness;

use std::fmt;
use std::path::PathBuf;
use std::sync::Arc;

pub use group::{GroupPolicy, Pool};
pub(crate) use header::{HeaderNames, unnamed_warning};
pub use input::ChosenBy;
pub use input::{Input, InputFormat, STDIN_NAME, expand_inputs, expand_inputs_noting};
pub(crate) use input::{
    NotText, UTF16_ADVICE, damaged_gzip_message, decoded_text, explain_open_error, gzip_data_words,
    is_binary, is_transcript_file_name, is_utf16, not_text_message,
};
pub(crate) use jsonl::read_as_csv_advice;
pub use mapping::{ColumnMapping, MappingError, RoleMap, TimestampZone};
pub use metadata::Metadata;
pub use reader::{
    EXPORT_FIELDS_OBJECTS, ExportColumns, FileFields, JsonLook, ReadError, ReadReport, Reader,
    ReaderBuilder, Written, export_fields,
};
pub(crate) use reader::{
    guessed_role, inner_bom_warning, looks_like_rules, other_delimiter_among, other_delimiter_in,
    other_split_has, sep_line_hint,
};
pub use record::{
    DateOrder, DateOrderSetting, Learned, ReadIn, Reading, parse_timestamp, parse_timestamp_in,
};
pub(crate) use record::{against_the_order, unread_words};
pub use records::MAX_RECORD_BYTES;
pub(crate) use records::{
    Record, RecordReader, TextError, size, stray_quote_message, suspect_quote_message,
    too_long_message, unclosed_message,
};

/// A stream of conversations that can take replayed ones back, to reuse their memory
/// for the rows still to come (a [`Reader`] does: no allocation per message once warm).
pub trait Conversations: Iterator<Item = Result<Conversation, ReadError>> {
    /// Takes back a conversation that is done with.
    fn recycle(&mut self, spent: Conversation) {
        drop(spent);
    }

    /// Exchanges the pool that the conversations read next are built from with `pool`.
    /// A replay's worker recycles into a pool of its own, and lends it to the reader for
    /// the batch it reads: its rows then reuse memory that its own core's cache holds.
    /// An input that builds nothing from a pool (tests' [`Plain`]) leaves `pool` as it is,
    /// which keeps what it is given up to its bounds.
    fn swap_pool(&mut self, pool: &mut Pool) {
        let _ = pool;
    }
}

/// Any iterator of conversations, as [`Conversations`] that drop what they get back.
pub struct Plain<I>(pub I);

impl<I: Iterator<Item = Result<Conversation, ReadError>>> Iterator for Plain<I> {
    type Item = Result<Conversation, ReadError>;

    fn next(&mut self) -> Option<Self::Item> {
        self.0.next()
    }
}

impl<I: Iterator<Item = Result<Conversation, ReadError>>> Conversations for Plain<I> {}

/// Who wrote a message, after normalising the export's role values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Customer,
    Bot,
    Agent,
    /// A role value the role table does not know; reported, and kept.
    Other,
}

impl Role {
    pub const ALL: [Role; 4] = [Role::Customer, Role::Bot, Role::Agent, Role::Other];

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Customer => "customer",
            Role::Bot => "bot",
            Role::Agent => "agent",
            Role::Other => "other",
        }
    }

    pub fn index(self) -> usize {
        self as usize
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One message of a conversation.
#[derive(Debug, Clone, PartialEq)]
pub struct Message {
    pub role: Role,
    pub text: String,
    /// The timestamp as written in the export, when it parsed (empty when absent or
    /// unparseable: `D003` says so, and no output shows such a value as a time).
    pub time: String,
    /// The timestamp, when it parsed.
    pub timestamp: Option<jiff::Timestamp>,
    /// How the timestamp was placed in time: as written, or a local time read in a zone.
    pub clock: Clock,
    /// Line of the row in its input file.
    pub line: u64,
}

/// How a message's timestamp was placed in time, for `explain` to say which zone a time
/// without an offset was read in, and why.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Clock {
    /// With an offset (`Z`, `+01:00`), or Unix time: the moment as written. Also a
    /// message without a timestamp.
    #[default]
    Written,
    /// Without an offset, read as UTC: the mapping names no `timestamp_tz`.
    AssumedUtc,
    /// Without an offset, read as the local time of the mapping's `timestamp_tz`, named
    /// as written there (`Europe/London`).
    ExportZone(Arc<str>),
    /// Without an offset, in a rule test: UTC, as rule tests define it (a mapping's
    /// `timestamp_tz` is an export's, and has no say).
    RuleTestUtc,
    /// Without an offset, in `explain --say 'ROLE@TIME: …'`: UTC, as a rule test's.
    SaidUtc,
}

/// A conversation: its messages in order, and the customer metadata from its rows.
#[derive(Debug, Clone, PartialEq)]
pub struct Conversation {
    pub id: String,
    pub messages: Vec<Message>,
    pub metadata: Metadata,
    /// The input file of its first row ([`STDIN_NAME`] for stdin).
    pub file: Arc<PathBuf>,
}

/// `bytes` as text, each byte that is not UTF-8 written as `backslash` then `xNN`: for a
/// conversation id, so that `caf\xE9` and `caf\xE8` (Latin-1) stay two conversations,
/// where decoded lossily both would be `caf�`. (JSON text needs `backslash` doubled.)
pub(crate) fn escape_invalid_utf8(bytes: &[u8], backslash: &str) -> String {
    use std::fmt::Write as _;
    let mut text = String::with_capacity(bytes.len() + 8);
    for chunk in bytes.utf8_chunks() {
        text.push_str(chunk.valid());
        for byte in chunk.invalid() {
            let _ = write!(text, "{backslash}x{byte:02X}");
        }
    }
    text
}

/// Normalises a column or field name: lower case, runs of anything but letters and
/// digits become one `_`, no leading or trailing `_`. `Lead Score` → `lead_score`.
pub fn normalize_field(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for c in name.trim().trim_start_matches('\u{feff}').chars() {
        if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
        } else if !out.is_empty() && !out.ends_with('_') {
            out.push('_');
        }
    }
    while out.ends_with('_') {
        out.pop();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn field_names_normalise() {
        assert_eq!(normalize_field("Lead Score"), "lead_score");
        assert_eq!(normalize_field(" company-size "), "company_size");
        assert_eq!(
            normalize_field("\u{feff}conversation_id"),
            "conversation_id"
        );
        assert_eq!(normalize_field("Deal Stage (CRM)"), "deal_stage_crm");
        assert_eq!(normalize_field("--"), "");
    }
}
