//! Conversation ids across a stream: a row's id → whether its conversation was
//! finished before (a reappearing id, an error naming both places), with the finished
//! ids kept, or, while they come in order, the inputs kept to read again instead
//! (`reader/history.rs`); and a finished conversation's id and last row remembered.

use std::hash::{DefaultHasher, Hash, Hasher};
use std::path::PathBuf;

use super::{GroupPolicy, Grouper, SeenIds};
use crate::transcript::reader::{History, ReadError, Written};

impl Grouper {
    pub(in crate::transcript) fn policy(&self) -> GroupPolicy {
        self.policy
    }

    /// Keeps `history` instead of the finished ids, until an id comes out of order.
    pub(in crate::transcript) fn defer_ids(&mut self, history: Option<History>) {
        self.ids_kept = history.is_none();
        self.history = history;
    }

    /// The inputs to read again, when they can be.
    pub(in crate::transcript) fn history_mut(&mut self) -> Option<&mut History> {
        self.history.as_mut()
    }

    /// Reading again: the rows of the current input from row `line` on are not grouped;
    /// the conversation before it is finished there.
    pub(in crate::transcript) fn stop_at(&mut self, line: u64) {
        self.stop = Some(line);
    }

    /// Whether the row [`Grouper::stop_at`] named was reached.
    pub(in crate::transcript) fn stopped(&self) -> bool {
        self.stopped
    }

    /// Reading again: looks for the last row of the conversation whose id hashes to
    /// `key` ([`Grouper::watched`]).
    pub(in crate::transcript) fn watch(&mut self, key: u64) {
        self.watch = Some((key, None));
    }

    /// The file and line of the last row of the conversation [`Grouper::watch`] named,
    /// once it finished.
    pub(in crate::transcript) fn watched(&self) -> Option<(PathBuf, u64)> {
        self.watch.as_ref().and_then(|(_, found)| found.clone())
    }

    /// Whether the inputs are kept to read again instead of the ids.
    #[cfg(test)]
    pub(in crate::transcript) fn history_is_kept(&self) -> bool {
        !self.ids_kept
    }

    /// How many finished ids are kept.
    #[cfg(test)]
    pub(in crate::transcript) fn ids_kept(&self) -> usize {
        self.finished.len()
    }

    /// The finished conversations' ids.
    pub(in crate::transcript) fn into_finished(self) -> SeenIds {
        self.finished
    }

    /// Makes the conversation `id` the current one.
    pub(super) fn consecutive(&mut self, id: &str, line: u64) -> Result<(), ReadError> {
        let finished_here = self.current.as_ref().is_some_and(|c| c.id != id);
        if finished_here {
            self.finish_current(line);
        }
        if self.current.is_none() {
            let key = hash(id);
            let seen = if self.beyond_every_id(id) {
                Ok(false)
            } else {
                self.seen(key, line)
            };
            // Reading stops at this row (an id that reappears, or an input that changed
            // before it was read again): the conversation this row would have finished
            // may go on after it, so it is taken back, not given as complete.
            let cut_short = match &seen {
                Ok(false) => None,
                _ if finished_here => self.ready.pop_back(),
                _ => None,
            };
            if seen? {
                // Where its earlier rows ended: among the last conversations, or else
                // read again when the inputs can be (an error is worth the pass).
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
                    })
                    .or_else(|| {
                        let history = self.history.as_ref()?;
                        history.last_row_of(key, line).ok().flatten()
                    });
                let cut_short = cut_short.map(|c| {
                    let first = c.messages.first().map_or(line, |m| m.line);
                    Box::new((c.id, c.file.as_ref().clone(), first))
                });
                return Err(ReadError::Reappeared {
                    id: id.to_owned(),
                    path: Self::file(&self.files).as_ref().clone(),
                    line,
                    earlier,
                    cut_short,
                    written: Written::default(),
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
    pub(super) fn seen(&mut self, key: u64, line: u64) -> Result<bool, ReadError> {
        if !self.ids_kept
            && let Some(history) = &self.history
        {
            self.finished = history.ids_before(line)?;
            self.ids_kept = true;
        }
        Ok(self.finished.contains(key))
    }

    /// Whether `id` comes after every id begun so far (shorter first, then by bytes:
    /// `conv-9` before `conv-10`), and so was never seen; it then becomes the highest.
    /// Exports written in the order of their ids or of numbered tickets are, and their
    /// ids need no look into `finished`, whose filter is a cache miss an id when it
    /// is large.
    pub(super) fn beyond_every_id(&mut self, id: &str) -> bool {
        let beyond = (id.len(), id.as_bytes()) > (self.highest.len(), self.highest.as_bytes());
        if beyond {
            id.clone_into(&mut self.highest);
        }
        beyond
    }

    /// Moves the current conversation to `ready`, remembering its id and where it ended.
    pub(super) fn finish_current(&mut self, next_line: u64) {
        if let Some(done) = self.current.take() {
            let last_line = done.messages.last().map_or(next_line, |m| m.line);
            let file_index = self.last_file;
            let key = self.current_key;
            if self.ids_kept {
                self.finished.insert(key);
            }
            if let Some((watched, found)) = &mut self.watch
                && *watched == key
            {
                let file = self.files.get(file_index).map(|f| f.as_ref().clone());
                *found = file.map(|f| (f, last_line));
            }
            if self.recent.len() == RECENT {
                self.recent.pop_front();
            }
            self.recent.push_back((key, pack(file_index, last_line)));
            self.ready.push_back(done);
        }
    }
}

/// Finished conversations whose last line is remembered for the reappearance error.
pub(super) const RECENT: usize = 4096;

pub(super) fn hash(id: &str) -> u64 {
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
