//! One worker of a parallel replay: its written batches, the input and the function →
//! the next batch, read into the worker's own memory and evaluated on its core.

use std::sync::Mutex;

use super::{BatchSize, Eval, lock};
use crate::engine::Scratch;
use crate::transcript::{Conversation, Conversations, Pool, ReadError};

/// What a worker keeps from batch to batch: the engine's scratch space, and the pool of
/// spent conversations it lends the reader, so that its rows reuse memory its core's
/// cache holds.
pub(super) struct Worker {
    index: usize,
    scratch: Scratch,
    pool: Pool,
}

impl Worker {
    pub(super) fn new(index: usize) -> Self {
        Worker {
            index,
            scratch: Scratch::default(),
            pool: Pool::default(),
        }
    }

    /// Takes back this worker's `written` batches (their results freed, their
    /// conversations recycled, outside the input's lock, one batch's buffers kept), then
    /// reads the next batch and evaluates it. `None` when the input is done.
    pub(super) fn batch<I: Conversations, T>(
        &mut self,
        written: Vec<Written<T>>,
        source: &Mutex<Source<'_, I>>,
        size: BatchSize,
        eval: &Eval<'_, T>,
    ) -> Option<Evaluated<T>> {
        let mut out = Outputs::default();
        let mut batch = Vec::new();
        for mut w in written {
            out = w.out;
            out.clear();
            for c in w.batch.drain(..) {
                self.pool.recycle(c);
            }
            batch = w.batch;
        }
        let (seq, batch, error) = read_batch(source, &mut self.pool, batch, size)?;
        for c in &batch {
            let result = eval(c, &mut self.scratch, &mut out.bytes);
            out.results.push(result);
            out.ends.push(out.bytes.len());
        }
        Some(Evaluated {
            seq,
            worker: self.index,
            batch,
            out,
            error,
        })
    }
}

/// The input, shared by the workers: each reads its own batch in turn, and evaluates it
/// on the core whose cache holds it.
pub(super) struct Source<'a, I> {
    pub(super) input: &'a mut I,
    /// Sequence number of the next batch read.
    pub(super) next: u64,
    pub(super) done: bool,
}

/// A worker's batch, evaluated.
pub(super) struct Evaluated<T> {
    pub(super) seq: u64,
    /// The worker that read and evaluated it, and gets it back once written.
    pub(super) worker: usize,
    pub(super) batch: Vec<Conversation>,
    pub(super) out: Outputs<T>,
    /// The error that ended the input after this batch.
    pub(super) error: Option<ReadError>,
}

/// What a batch's conversations gave: a result each, and their bytes one after another.
pub(super) struct Outputs<T> {
    pub(super) results: Vec<T>,
    pub(super) bytes: Vec<u8>,
    /// Where each conversation's bytes end.
    pub(super) ends: Vec<usize>,
}

impl<T> Default for Outputs<T> {
    fn default() -> Self {
        Outputs {
            results: Vec::new(),
            bytes: Vec::new(),
            ends: Vec::new(),
        }
    }
}

impl<T> Outputs<T> {
    /// A batch's bytes past this are not kept for the next: one huge output (a long id
    /// quoted in every line) must not pin its memory for the rest of the run.
    pub(super) const MAX_KEPT: usize = 4 << 20;

    pub(super) fn clear(&mut self) {
        self.results.clear();
        self.ends.clear();
        if self.bytes.capacity() > Self::MAX_KEPT {
            self.bytes = Vec::new();
        } else {
            self.bytes.clear();
        }
    }
}

/// A written batch and its outputs (what the sink left of them), back with the worker
/// that made them.
pub(super) struct Written<T> {
    pub(super) batch: Vec<Conversation>,
    pub(super) out: Outputs<T>,
}

/// Reads the next batch into `batch` (a written batch's emptied vector), lending the input
/// the worker's `pool` to build its conversations from while it reads. `None` when the
/// input is done.
pub(super) fn read_batch<I: Conversations>(
    source: &Mutex<Source<'_, I>>,
    pool: &mut Pool,
    mut batch: Vec<Conversation>,
    size: BatchSize,
) -> Option<(u64, Vec<Conversation>, Option<ReadError>)> {
    let mut source = lock(source);
    if source.done {
        return None;
    }
    source.input.swap_pool(pool);
    let mut error = None;
    let mut messages = 0;
    while batch.len() < size.conversations && messages < size.messages {
        match source.input.next() {
            Some(Ok(c)) => {
                messages += c.messages.len();
                batch.push(c);
            }
            Some(Err(e)) => {
                error = Some(e);
                source.done = true;
                break;
            }
            None => {
                source.done = true;
                break;
            }
        }
    }
    source.input.swap_pool(pool);
    if batch.is_empty() && error.is_none() {
        return None;
    }
    let seq = source.next;
    source.next += 1;
    Some((seq, batch, error))
}
