//! Grouping: rows → conversations.
//!
//! Exports normally keep a conversation's rows together, so grouping streams: a
//! conversation is complete when the next row has another id. A conversation id that
//! comes back after other conversations would otherwise be silently split in two; by
//! default that is an error naming both places, and `GroupPolicy::InMemory` (the CLI's
//! `--unsorted`) groups the whole input in memory instead, in order of first appearance.
//! To detect reappearance, finished ids are kept as 64-bit hashes (about 9 bytes a
//! conversation, see `group/seen.rs`); where the most recent ones ended is kept too, for
//! the error message. While every id comes in order and the inputs can be read again,
//! none is kept: the first id out of order reads them again to learn the ids before it
//! (`reader/history.rs`).

use std::collections::{HashMap, VecDeque};
use std::path::PathBuf;
use std::sync::Arc;

use super::mapping::ColumnMapping;
use super::reader::{History, ReadError, ReadReport};
use super::record::{Field, Row};
use super::{Conversation, Role};
use crate::redact::ReadFrom;

mod ids;
use ids::RECENT;
mod message;
mod pool;
mod seen;
use crate::diag::Location;
use message::message;
pub use pool::Pool;
pub(in crate::transcript) use seen::SeenIds;

/// What to do when rows of a conversation are not consecutive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum GroupPolicy {
    /// Stream; a conversation id that reappears later is an error.
    #[default]
    Consecutive,
    /// Read everything, group in memory, emit in order of first appearance.
    InMemory,
}

pub(super) struct Grouper {
    policy: GroupPolicy,
    current: Option<Conversation>,
    /// The hash of the current conversation's id.
    current_key: u64,
    /// The index in `files` of the current conversation's last row.
    last_file: usize,
    /// Hash of each finished conversation id, once `ids_kept`.
    finished: SeenIds,
    /// Whether `finished` holds every finished id: not while every id has come in order
    /// and the inputs can be read again for the ids before the first that does not.
    ids_kept: bool,
    /// The inputs, to read again (`None` when they cannot be): for the ids before the
    /// first id out of order, and for where a reappearing id's earlier rows ended.
    history: Option<History>,
    /// Reading again: the row of the last input to stop at, and whether it was reached.
    stop: Option<u64>,
    stopped: bool,
    /// Reading again: the hash of an id whose conversation's last row is looked for,
    /// and that row once found.
    watch: Option<(u64, Option<(PathBuf, u64)>)>,
    /// The greatest conversation id begun so far, shorter ids first, then by bytes
    /// ([`Grouper::beyond_every_id`]): an id above it is new without a look into
    /// `finished`.
    highest: String,
    /// (hash, packed file index and last line) of the last finished conversations.
    recent: VecDeque<(u64, u64)>,
    /// The input files so far, the current one last; never empty (`-` until a file
    /// starts, for rows pushed without one).
    files: Vec<Arc<PathBuf>>,
    /// `InMemory`: id → index into `pending`.
    index: HashMap<String, usize>,
    pending: Vec<Conversation>,
    regrouped: Vec<bool>,
    /// `InMemory`: the conversation of the previous row.
    last: Option<usize>,
    pub(super) ready: VecDeque<Conversation>,
    /// Replayed conversations' parts, reused for new rows: once the pools are warm, a
    /// row costs no allocation.
    spare: Pool,
    /// Role values seen, with their role: exports use a handful, so a row finds its own
    /// here by comparing a few strings instead of hashing into the role table.
    roles: Vec<(String, Role)>,
    /// The mapping's `meta.` pairs: under `--redact`, which fields are masked as the
    /// column they are read from.
    read_from: Option<Arc<ReadFrom>>,
}

impl Grouper {
    pub(super) fn new(policy: GroupPolicy, read_from: Option<Arc<ReadFrom>>) -> Self {
        Grouper {
            policy,
            current: None,
            current_key: 0,
            last_file: 0,
            finished: SeenIds::default(),
            ids_kept: true,
            history: None,
            stop: None,
            stopped: false,
            watch: None,
            highest: String::new(),
            recent: VecDeque::with_capacity(RECENT),
            files: vec![Arc::new(PathBuf::from("-"))],
            index: HashMap::new(),
            pending: Vec::new(),
            regrouped: Vec::new(),
            last: None,
            ready: VecDeque::new(),
            spare: Pool::default(),
            roles: Vec::new(),
            read_from,
        }
    }

    /// Takes back a replayed conversation, to reuse its memory.
    pub(super) fn recycle(&mut self, spent: Conversation) {
        self.spare.recycle(spent);
    }

    pub(super) fn swap_pool(&mut self, pool: &mut Pool) {
        std::mem::swap(&mut self.spare, pool);
    }

    /// Starts rows of a new input file.
    pub(super) fn start_file(&mut self, path: PathBuf) {
        self.files.push(Arc::new(path));
    }

    /// The current input file, borrowed: a row must not pay for an atomic count.
    fn file(files: &[Arc<PathBuf>]) -> &Arc<PathBuf> {
        files.last().expect("`files` is never empty")
    }

    pub(super) fn push(
        &mut self,
        row: &dyn Row,
        mapping: &ColumnMapping,
        report: &mut ReadReport,
    ) -> Result<(), ReadError> {
        let line = row.line();
        if self.stop.is_some_and(|stop| line >= stop) {
            self.finish_current(line);
            self.stopped = true;
            return Ok(());
        }
        let id = crate::text::trim(row.field(Field::ConversationId));
        if id.is_empty() {
            // A row of empty cells (`,,`: a spreadsheet's empty row, often at the end of
            // its export) holds nothing, as an empty line does: no loss to report.
            if empty_row(row) {
                return Ok(());
            }
            report.malformed(
                Location::line(Self::file(&self.files).as_ref(), line_u32(line)),
                &format!(
                    "empty `{}`: the row belongs to no conversation",
                    mapping.conversation_id
                ),
            );
            return Ok(());
        }
        // An id that reappears stops reading at its row, before the row is read further.
        if self.policy == GroupPolicy::Consecutive {
            self.consecutive(id, line)?;
            self.last_file = self.files.len() - 1;
        }
        let message = message(
            row,
            mapping,
            &mut self.roles,
            report,
            Self::file(&self.files),
            self.spare.message(),
        );
        report.messages += 1;
        let untimed = message.timestamp.is_none();
        let target = match self.policy {
            GroupPolicy::Consecutive => self.current.as_mut().expect("set by `consecutive`"),
            GroupPolicy::InMemory => {
                let index = self.in_memory(id, report);
                &mut self.pending[index]
            }
        };
        let file = Self::file(&self.files);
        let read_from = self.read_from.as_deref();
        if let Some(prev) = target.messages.last()
            && let (Some(a), Some(b)) = (prev.timestamp, message.timestamp)
            && b < a
        {
            report.out_of_order(Location::line(file.as_ref(), line_u32(line)), &target.id);
        }
        target.messages.push(message);
        // The row's values are known from its message on (not before: hindsight).
        let at = target.messages.len() - 1;
        let Conversation {
            id: conversation_id,
            metadata,
            ..
        } = target;
        row.for_each_meta(&mut |field, value| {
            let Some(kept) = metadata.offer_at(field, value, at) else {
                return;
            };
            let location = Location::line(file.as_ref(), line_u32(line));
            let other = crate::text::trim(value);
            if !report.hide_values {
                report.metadata_conflict(
                    location,
                    conversation_id,
                    field,
                    field,
                    kept,
                    other,
                    untimed,
                );
                return;
            }
            // Under `--redact` the column is named as the packets key it: a header row of
            // data named it by a customer's data (`tyler_jones`).
            let kept = kept.to_owned();
            let shown = report.shown_column(field, || crate::redact::shown_column(field, metadata));
            report.metadata_conflict(
                location,
                conversation_id,
                field,
                &shown,
                &kept,
                other,
                untimed,
            );
            // A later row's other name ("Joanna Smythe" after "Jo Smith") is the
            // customer's too, to be masked.
            if crate::redact::is_masked_field(field, read_from) {
                metadata.set_aside(field, value);
            }
        });
        Ok(())
    }

    /// The index in `pending` of the conversation `id`, added if new.
    fn in_memory(&mut self, id: &str, report: &mut ReadReport) -> usize {
        let index = if let Some(&i) = self.index.get(id) {
            if self.last != Some(i) && !self.regrouped[i] {
                self.regrouped[i] = true;
                report.regrouped += 1;
            }
            i
        } else {
            self.pending
                .push(self.spare.conversation(id, Self::file(&self.files)));
            self.regrouped.push(false);
            let i = self.pending.len() - 1;
            self.index.insert(id.to_owned(), i);
            i
        };
        self.last = Some(index);
        index
    }

    /// All input is read: everything pending becomes ready, in order of first appearance.
    pub(super) fn finish(&mut self) {
        self.finish_current(0);
        self.ready.extend(self.pending.drain(..));
        self.index.clear();
        self.regrouped.clear();
        self.last = None;
    }
}

pub(super) fn line_u32(line: u64) -> u32 {
    u32::try_from(line).unwrap_or(u32::MAX)
}

/// Whether every cell of `row` (its fields and metadata) is empty or spaces.
fn empty_row(row: &dyn Row) -> bool {
    let blank = |value: &str| crate::text::trim(value).is_empty();
    let mut empty = [Field::Role, Field::Text, Field::Timestamp]
        .into_iter()
        .all(|field| blank(row.field(field)));
    if empty {
        row.for_each_meta(&mut |_, value| empty &= blank(value));
    }
    empty
}
