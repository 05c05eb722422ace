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
use std::hash::{DefaultHasher, Hash, Hasher};
use std::path::PathBuf;
use std::sync::Arc;

use super::mapping::ColumnMapping;
use super::reader::{History, ReadError, ReadReport};
use super::record::{Field, Row};
use super::{Conversation, Role};
use crate::redact::ReadFrom;

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
    /// Hash of each finished conversation id; none while `history` is kept instead.
    finished: SeenIds,
    /// While every id has come in order: the inputs, to read again for the ids before
    /// the first that does not (`None` once they are read, or when they cannot be).
    history: Option<History>,
    /// Reading again: the row of the last input to stop at, and whether it was reached.
    stop: Option<u64>,
    stopped: bool,
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
            history: None,
            stop: None,
            stopped: false,
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

    pub(super) fn policy(&self) -> GroupPolicy {
        self.policy
    }

    /// Keeps `history` instead of the finished ids, until an id comes out of order.
    pub(super) fn defer_ids(&mut self, history: Option<History>) {
        self.history = history;
    }

    /// The inputs to read again, while they are kept instead of the ids.
    pub(super) fn history_mut(&mut self) -> Option<&mut History> {
        self.history.as_mut()
    }

    /// Reading again: the rows of the current input from row `line` on are not grouped;
    /// the conversation before it is finished there.
    pub(super) fn stop_at(&mut self, line: u64) {
        self.stop = Some(line);
    }

    /// Whether the row [`Grouper::stop_at`] named was reached.
    pub(super) fn stopped(&self) -> bool {
        self.stopped
    }

    /// Whether the inputs are kept to read again instead of the ids.
    #[cfg(test)]
    pub(super) fn history_is_kept(&self) -> bool {
        self.history.is_some()
    }

    /// How many finished ids are kept.
    #[cfg(test)]
    pub(super) fn ids_kept(&self) -> usize {
        self.finished.len()
    }

    /// The finished conversations' ids.
    pub(super) fn into_finished(self) -> SeenIds {
        self.finished
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

    /// Makes the conversation `id` the current one.
    fn consecutive(&mut self, id: &str, line: u64) -> Result<(), ReadError> {
        if self.current.as_ref().is_some_and(|c| c.id != id) {
            self.finish_current(line);
        }
        if self.current.is_none() {
            let key = hash(id);
            if !self.beyond_every_id(id) && self.seen(key, line)? {
                let earlier = self
                    .recent
                    .iter()
                    .find(|(h, _)| *h == key)
                    .map(|&(_, packed)| {
                        let (file_index, last_line) = unpack(packed);
                        let path = self
                            .files
                            .get(file_index)
                            .map_or_else(|| PathBuf::from("-"), |f| f.as_ref().clone());
                        (path, last_line)
                    });
                return Err(ReadError::Reappeared {
                    id: id.to_owned(),
                    path: Self::file(&self.files).as_ref().clone(),
                    line,
                    earlier,
                });
            }
            self.current = Some(self.spare.conversation(id, Self::file(&self.files)));
            self.current_key = key;
        }
        Ok(())
    }

    /// Whether the id of hash `key`, at row `line`, is of a finished conversation. The
    /// first time, while no id is kept, the inputs are read again up to that row for the
    /// ids before it, and they are kept from then on.
    fn seen(&mut self, key: u64, line: u64) -> Result<bool, ReadError> {
        if let Some(history) = self.history.take() {
            self.finished = history.ids_before(line)?;
        }
        Ok(self.finished.contains(key))
    }

    /// Whether `id` comes after every id begun so far (shorter first, then by bytes:
    /// `conv-9` before `conv-10`), and so was never seen; it then becomes the highest.
    /// Exports written in the order of their ids or of numbered tickets are, and their
    /// ids need no look into `finished`, whose filter is a cache miss an id when it
    /// is large.
    fn beyond_every_id(&mut self, id: &str) -> bool {
        let beyond = (id.len(), id.as_bytes()) > (self.highest.len(), self.highest.as_bytes());
        if beyond {
            id.clone_into(&mut self.highest);
        }
        beyond
    }

    /// Moves the current conversation to `ready`, remembering its id and where it ended.
    fn finish_current(&mut self, next_line: u64) {
        if let Some(done) = self.current.take() {
            let last_line = done.messages.last().map_or(next_line, |m| m.line);
            let file_index = self.last_file;
            let key = self.current_key;
            if self.history.is_none() {
                self.finished.insert(key);
            }
            if self.recent.len() == RECENT {
                self.recent.pop_front();
            }
            self.recent.push_back((key, pack(file_index, last_line)));
            self.ready.push_back(done);
        }
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

/// Finished conversations whose last line is remembered for the reappearance error.
const RECENT: usize = 4096;

fn hash(id: &str) -> u64 {
    let mut h = DefaultHasher::new();
    id.hash(&mut h);
    h.finish()
}

const LINE_BITS: u32 = 44;

fn pack(file_index: usize, line: u64) -> u64 {
    ((file_index as u64) << LINE_BITS) | (line & ((1 << LINE_BITS) - 1))
}

fn unpack(packed: u64) -> (usize, u64) {
    (
        usize::try_from(packed >> LINE_BITS).unwrap_or(usize::MAX),
        packed & ((1 << LINE_BITS) - 1),
    )
}

pub(super) fn line_u32(line: u64) -> u32 {
    u32::try_from(line).unwrap_or(u32::MAX)
}
