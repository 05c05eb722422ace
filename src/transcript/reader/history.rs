//! The inputs read so far, to be read again: (inputs, the row an id came out of order
//! at) → the ids of every conversation before that row.
//!
//! Grouping must know every finished conversation id to tell a reappearing one, but an
//! id that sorts after every earlier one (shorter first, then by bytes) is new without a
//! look, and exports in ticket or id order never ask. So while every id comes in order
//! and every input can be read again (regular files, bytes in memory), no id is kept
//! and memory stays flat however long the input; the first id out of order reads the
//! inputs again up to its row, once, to learn the ids before it, and from then on every
//! finished id is kept (`group/seen.rs`, about 9 bytes an id). A reappearing id whose
//! earlier rows are further back than reading remembers is found by reading them again
//! too, for the error to say where they ended.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::AtomicU64;
use std::time::SystemTime;

use super::{ReadError, ReadReport, Source};
use crate::transcript::group::{GroupPolicy, Grouper, SeenIds};
use crate::transcript::input::{Input, InputFormat};
use crate::transcript::mapping::ColumnMapping;

/// What reading the inputs again needs: the inputs opened so far, as they were then,
/// and how they were read.
pub(in crate::transcript) struct History {
    /// Each input opened, with its size and modification time when it was (`None` for
    /// bytes in memory).
    inputs: Vec<(Input, Option<Stamp>)>,
    mapping: ColumnMapping,
    format: Option<InputFormat>,
    record_limit: usize,
}

impl History {
    /// A history for `inputs` read with these settings, when every one of them can be
    /// read again: bytes in memory, or regular files (not stdin, a pipe or a FIFO, such
    /// as a shell's `<(zcat …)`).
    pub(super) fn of<'a>(
        inputs: impl IntoIterator<Item = &'a Input>,
        mapping: &ColumnMapping,
        format: Option<InputFormat>,
        record_limit: usize,
    ) -> Option<History> {
        let again = |input: &Input| match input {
            Input::Path(path) => std::fs::metadata(path).is_ok_and(|m| m.is_file()),
            Input::Memory { .. } => true,
            Input::Stdin => false,
        };
        inputs.into_iter().all(again).then(|| History {
            inputs: Vec::new(),
            mapping: mapping.clone(),
            format,
            record_limit,
        })
    }

    /// Notes that `input` is being opened (its size and time now, to check when it is
    /// read again).
    pub(super) fn opened(&mut self, input: &Input) {
        self.inputs.push((input.clone(), stamp(input)));
    }

    /// The ids of the conversations in the inputs opened so far before row `line` of the
    /// last one, read again; an error if an input changed since it was first read (its
    /// ids could not be trusted).
    pub(in crate::transcript) fn ids_before(&self, line: u64) -> Result<SeenIds, ReadError> {
        let mut grouper = Grouper::new(GroupPolicy::Consecutive, None);
        self.read_again(line, &mut grouper)?;
        Ok(grouper.into_finished())
    }

    /// Where the rows of the conversation whose id hashes to `key` ended, read again up
    /// to row `line` of the last input opened (`None` when none did: an id further back
    /// than reading remembers, for the error that names both places).
    pub(in crate::transcript) fn last_row_of(
        &self,
        key: u64,
        line: u64,
    ) -> Result<Option<(PathBuf, u64)>, ReadError> {
        let mut grouper = Grouper::new(GroupPolicy::Consecutive, None);
        grouper.watch(key);
        self.read_again(line, &mut grouper)?;
        Ok(grouper.watched())
    }

    /// Reads the inputs opened so far into `grouper`, up to row `line` of the last one.
    fn read_again(&self, line: u64, grouper: &mut Grouper) -> Result<(), ReadError> {
        let mut report = ReadReport::default();
        let progress = Arc::new(AtomicU64::new(0));
        let last = self.inputs.len().saturating_sub(1);
        for (i, (input, then)) in self.inputs.iter().enumerate() {
            let path = input.display_path();
            if stamp(input) != *then {
                return Err(ReadError::Changed { path });
            }
            grouper.start_file(path);
            if i == last {
                grouper.stop_at(line);
            }
            let mut mapping = self.mapping.clone();
            mapping.date_order.forget();
            let Some(mut source) = Source::open(
                input,
                self.format,
                &mapping,
                self.record_limit,
                &progress,
                &mut report,
            )?
            else {
                continue;
            };
            loop {
                let more = source.next(grouper, &mapping, &mut report)?;
                // Conversations are not needed, only their ids: their memory is reused.
                while let Some(done) = grouper.ready.pop_front() {
                    grouper.recycle(done);
                }
                if grouper.stopped() {
                    return Ok(());
                }
                if !more {
                    break;
                }
            }
        }
        grouper.finish();
        Ok(())
    }
}

/// A file's size and modification time.
type Stamp = (u64, Option<SystemTime>);

/// An input's size and modification time now (`None` for bytes in memory, which do not
/// change, or a file that cannot be looked at).
fn stamp(input: &Input) -> Option<Stamp> {
    match input {
        Input::Path(path) => std::fs::metadata(path)
            .ok()
            .map(|m| (m.len(), m.modified().ok())),
        Input::Memory { .. } | Input::Stdin => None,
    }
}
