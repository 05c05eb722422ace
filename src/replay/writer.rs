//! The ordered writer of a parallel replay: evaluated batches, in whatever order the
//! workers finish them → the sink, in input order; each written batch back to the worker
//! that made it.

use std::collections::BTreeMap;
use std::sync::Mutex;

use super::slots::{Slots, lock};
use super::worker::{Evaluated, Written};
use super::{ReplayError, Sink};

/// Batches finished ahead of their turn, and where written ones go back to.
pub(super) struct Ordered<'a, T> {
    /// By sequence number.
    early: BTreeMap<u64, Evaluated<T>>,
    /// The sequence number whose turn it is.
    next: u64,
    /// Conversations written.
    pub(super) count: u64,
    /// Each spawned worker's written batches, on their way back to it.
    written: &'a [Mutex<Vec<Written<T>>>],
    /// The calling thread's (worker 0's) written batches: its own, no lock.
    own: Vec<Written<T>>,
    slots: &'a Slots,
}

impl<'a, T> Ordered<'a, T> {
    pub(super) fn new(written: &'a [Mutex<Vec<Written<T>>>], slots: &'a Slots) -> Self {
        Ordered {
            early: BTreeMap::new(),
            next: 0,
            count: 0,
            written,
            own: Vec::new(),
            slots,
        }
    }

    /// Keeps a finished batch until its turn.
    pub(super) fn insert(&mut self, done: Evaluated<T>) {
        self.early.insert(done.seq, done);
    }

    /// Worker 0's written batches, for it to recycle into its next.
    pub(super) fn take_own(&mut self) -> Vec<Written<T>> {
        std::mem::take(&mut self.own)
    }

    /// Hands every batch whose turn has come to `sink`, conversation by conversation,
    /// and gives each back to its worker and its slot back. Stops at an output error,
    /// or at the read error that ended the input after a batch (once that batch is
    /// written: what was read before it is not lost).
    pub(super) fn write_ready(&mut self, sink: &mut Sink<'_, T>) -> Result<(), ReplayError> {
        while let Some(done) = self.early.remove(&self.next) {
            self.next += 1;
            let Evaluated {
                worker,
                batch,
                mut out,
                error,
                ..
            } = done;
            let mut start = 0;
            for ((conversation, result), &end) in batch.iter().zip(&mut out.results).zip(&out.ends)
            {
                sink(conversation, result, &out.bytes[start..end]).map_err(ReplayError::Output)?;
                start = end;
                self.count += 1;
            }
            if let Some(e) = error {
                return Err(ReplayError::Read(e));
            }
            let back = Written { batch, out };
            if worker == 0 {
                self.own.push(back);
            } else {
                lock(&self.written[worker]).push(back);
            }
            self.slots.give_back();
        }
        Ok(())
    }
}
