//! Replay: a conversation stream × an engine → outcomes, in input order, on every core.
//!
//! Takes any iterator of conversations (normally a [`crate::transcript::Reader`]) and a
//! compiled [`Engine`]; gives each [`Outcome`] to a sink, in input order. Each worker
//! thread takes the input in turn to read a batch of conversations, then evaluates that
//! batch on its own core, whose cache still holds it (2026-12-01: 8–12 % less wall time
//! than one reading thread feeding a pool, docs/performance-log.md). The main thread hands
//! finished batches to the sink by sequence number, so the output is the same byte for
//! byte whatever the number of threads; batches read but not yet written are bounded, so
//! memory stays flat however large the input. The sink borrows each result: written
//! batches go back to the worker that made them, to be freed or recycled into its own
//! pool, which it lends to the reader for the next batch it reads: its rows reuse memory
//! that its core's cache holds, never the other core's. It does not format anything.

use std::collections::BTreeMap;
use std::io;
use std::sync::{Mutex, mpsc};

use crate::engine::{Engine, Scratch};
use crate::outcome::Outcome;
use crate::transcript::{Conversation, Conversations, Pool, ReadError};

mod slots;
use slots::{Slots, StopOnPanic, lock};

/// Conversations per batch, at most: large enough to amortise hand-over, small enough to
/// keep memory flat.
const BATCH: usize = 256;
/// Messages per batch, about (a batch ends at the conversation that reaches it). What a
/// worker reads should still be in its core's cache when it evaluates it, beside the
/// phrase automaton (750 KB for the starter rules) and the pool it recycles into: 256
/// conversations of the benchmark are 2,200 messages. Fewer messages cost more
/// hand-overs, each a wake-up of a sleeping thread: in alternating runs on two cores
/// (twentieth session, docs/performance-log.md) 1,024 took the least time and CPU, 256
/// and 512 more, 2,048 about as much.
const MESSAGES: usize = 1024;
/// Batches read but not yet written, beyond one per worker.
const QUEUE: usize = 4;

/// Why a replay stopped.
#[derive(Debug, thiserror::Error)]
pub enum ReplayError {
    #[error(transparent)]
    Read(#[from] ReadError),
    #[error("cannot write output")]
    Output(#[source] io::Error),
    #[error("cannot start {0} worker threads")]
    Threads(usize, #[source] io::Error),
}

/// Settings for a replay.
#[derive(Debug, Clone)]
pub struct ReplayBuilder {
    jobs: usize,
    size: BatchSize,
}

impl Default for ReplayBuilder {
    fn default() -> Self {
        ReplayBuilder {
            jobs: std::thread::available_parallelism().map_or(1, std::num::NonZero::get),
            size: BatchSize {
                conversations: BATCH,
                messages: MESSAGES,
            },
        }
    }
}

impl ReplayBuilder {
    pub fn new() -> Self {
        Self::default()
    }

    /// Worker threads; 0 means one per available core.
    #[must_use]
    pub fn jobs(mut self, jobs: usize) -> Self {
        if jobs > 0 {
            self.jobs = jobs;
        }
        self
    }

    /// The worker threads a run will use.
    pub fn threads(&self) -> usize {
        self.jobs
    }

    /// Conversations per batch, at most.
    #[must_use]
    pub fn batch(mut self, batch: usize) -> Self {
        self.size.conversations = batch.max(1);
        self
    }

    /// Messages per batch, about: a batch ends with the conversation that reaches them.
    #[must_use]
    pub fn batch_messages(mut self, messages: usize) -> Self {
        self.size.messages = messages.max(1);
        self
    }

    pub fn build(self, engine: &Engine) -> Replay<'_> {
        Replay {
            engine,
            mapper: self.mapper(),
        }
    }

    /// A replay that runs any per-conversation function (two engines for `diff`).
    pub fn mapper(self) -> Mapper {
        Mapper {
            jobs: self.jobs,
            size: self.size,
        }
    }
}

/// A configured replay over one engine.
pub struct Replay<'e> {
    engine: &'e Engine,
    mapper: Mapper,
}

impl Replay<'_> {
    /// Replays every conversation of `input`, giving each outcome (with its
    /// conversation) to `sink` in input order. Returns how many conversations it replayed.
    pub fn run<I>(
        &self,
        input: &mut I,
        sink: &mut dyn FnMut(&Conversation, Outcome) -> io::Result<()>,
    ) -> Result<u64, ReplayError>
    where
        I: Conversations + Send,
    {
        let engine = self.engine;
        self.mapper.run(
            input,
            &|c, scratch, _| Some(engine.evaluate(c, scratch)),
            &mut |c, outcome, _| match outcome.take() {
                Some(outcome) => sink(c, outcome),
                None => Ok(()),
            },
        )
    }
}

/// Runs a function over every conversation of a stream, in parallel, handing results
/// to a sink in input order. The function may also append bytes to a buffer (a
/// conversation's output, encoded), which the sink gets with its result. The sink borrows
/// each result and may take from it; what it leaves is freed on the worker thread that
/// made it, and the buffers are reused there.
#[derive(Debug, Clone)]
pub struct Mapper {
    jobs: usize,
    size: BatchSize,
}

/// A per-conversation function: a result, and any bytes appended to the buffer.
pub type Eval<'a, T> = dyn Fn(&Conversation, &mut Scratch, &mut Vec<u8>) -> T + Sync + 'a;
/// Takes each result, in input order, with the bytes its function appended.
pub type Sink<'a, T> = dyn FnMut(&Conversation, &mut T, &[u8]) -> io::Result<()> + 'a;

impl Mapper {
    pub fn run<I, T>(
        &self,
        input: &mut I,
        eval: &Eval<'_, T>,
        sink: &mut Sink<'_, T>,
    ) -> Result<u64, ReplayError>
    where
        I: Conversations + Send,
        T: Send,
    {
        if self.jobs <= 1 {
            return Self::run_sequential(input, eval, sink);
        }
        let size = self.size;
        // Batches read but not yet written: bounds memory whatever a slow batch holds up.
        let limit = QUEUE + self.jobs;
        let source = Mutex::new(Source {
            input,
            next: 0,
            done: false,
        });
        // Each worker's written batches, with their results, on their way back to it:
        // memory allocated on one core and freed on another costs both (glibc's arenas).
        let written: Vec<Mutex<Vec<Written<T>>>> =
            (0..self.jobs).map(|_| Mutex::new(Vec::new())).collect();
        let slots = Slots::default();
        let (tx, rx) = mpsc::channel::<Evaluated<T>>();
        std::thread::scope(|scope| {
            for worker in 0..self.jobs {
                let tx = tx.clone();
                let (source, written, slots) = (&source, &written[worker], &slots);
                let spawned = std::thread::Builder::new()
                    .name(format!("handoff-eval-{worker}"))
                    .spawn_scoped(scope, move || {
                        let _guard = StopOnPanic(slots);
                        let mut scratch = Scratch::default();
                        let mut pool = Pool::default();
                        while slots.take(limit) {
                            // The results are freed and the conversations recycled here,
                            // outside the input's lock, and one batch's buffers kept for
                            // the next.
                            let mut out = Outputs::default();
                            let mut batch = Vec::new();
                            for mut w in std::mem::take(&mut *lock(written)) {
                                out = w.out;
                                out.clear();
                                for c in w.batch.drain(..) {
                                    pool.recycle(c);
                                }
                                batch = w.batch;
                            }
                            let Some((seq, batch, error)) =
                                read_batch(source, &mut pool, batch, size)
                            else {
                                slots.give_back();
                                return;
                            };
                            for c in &batch {
                                let result = eval(c, &mut scratch, &mut out.bytes);
                                out.results.push(result);
                                out.ends.push(out.bytes.len());
                            }
                            let done = Evaluated {
                                seq,
                                worker,
                                batch,
                                out,
                                error,
                            };
                            if tx.send(done).is_err() {
                                return;
                            }
                        }
                    });
                if let Err(e) = spawned {
                    // The workers already started would wait for slots that no one gives
                    // back: stop them before the scope waits for them.
                    slots.stop();
                    return Err(ReplayError::Threads(self.jobs, e));
                }
            }
            drop(tx);
            let mut count = 0u64;
            let result = (|| {
                // Batches finished ahead of their turn, by sequence number.
                let mut early = BTreeMap::new();
                let mut next = 0u64;
                for done in &rx {
                    early.insert(done.seq, done);
                    while let Some(done) = early.remove(&next) {
                        next += 1;
                        let Evaluated {
                            worker,
                            batch,
                            mut out,
                            error,
                            ..
                        } = done;
                        let mut start = 0;
                        for ((conversation, result), &end) in
                            batch.iter().zip(&mut out.results).zip(&out.ends)
                        {
                            sink(conversation, result, &out.bytes[start..end])
                                .map_err(ReplayError::Output)?;
                            start = end;
                            count += 1;
                        }
                        if let Some(e) = error {
                            return Err(ReplayError::Read(e));
                        }
                        lock(&written[worker]).push(Written { batch, out });
                        slots.give_back();
                    }
                }
                Ok(count)
            })();
            // Stop the workers wherever they wait, then let them finish.
            slots.stop();
            drop(rx);
            result
        })
    }

    fn run_sequential<I, T>(
        input: &mut I,
        eval: &Eval<'_, T>,
        sink: &mut Sink<'_, T>,
    ) -> Result<u64, ReplayError>
    where
        I: Conversations,
    {
        let mut scratch = Scratch::default();
        let mut count = 0;
        let mut bytes = Vec::new();
        while let Some(conversation) = input.next() {
            let conversation = conversation?;
            bytes.clear();
            let mut result = eval(&conversation, &mut scratch, &mut bytes);
            sink(&conversation, &mut result, &bytes).map_err(ReplayError::Output)?;
            count += 1;
            input.recycle(conversation);
        }
        Ok(count)
    }
}

/// Where a batch ends: at `conversations`, or at the conversation that brings its
/// messages to `messages`.
#[derive(Debug, Clone, Copy)]
struct BatchSize {
    conversations: usize,
    messages: usize,
}

/// The input, shared by the workers: each reads its own batch in turn, and evaluates it
/// on the core whose cache holds it.
struct Source<'a, I> {
    input: &'a mut I,
    /// Sequence number of the next batch read.
    next: u64,
    done: bool,
}

/// A worker's batch, evaluated.
struct Evaluated<T> {
    seq: u64,
    /// The worker that read and evaluated it, and gets it back once written.
    worker: usize,
    batch: Vec<Conversation>,
    out: Outputs<T>,
    /// The error that ended the input after this batch.
    error: Option<ReadError>,
}

/// What a batch's conversations gave: a result each, and their bytes one after another.
struct Outputs<T> {
    results: Vec<T>,
    bytes: Vec<u8>,
    /// Where each conversation's bytes end.
    ends: Vec<usize>,
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
    const MAX_KEPT: usize = 4 << 20;

    fn clear(&mut self) {
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
struct Written<T> {
    batch: Vec<Conversation>,
    out: Outputs<T>,
}

/// Reads the next batch into `batch` (a written batch's emptied vector), lending the input
/// the worker's `pool` to build its conversations from while it reads. `None` when the
/// input is done.
fn read_batch<I: Conversations>(
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

#[cfg(test)]
mod tests;
