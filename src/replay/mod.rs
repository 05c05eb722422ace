//! Replay: a conversation stream × an engine → outcomes, in input order, on every core.
//!
//! Takes any iterator of conversations (normally a [`crate::transcript::Reader`]) and a
//! compiled [`Engine`]; gives each [`Outcome`] to a sink, in input order. Each worker
//! takes the input in turn to read a batch of conversations, then evaluates that batch
//! on its own core, whose cache still holds it (2026-12-01: 8–12 % less wall time than
//! one reading thread feeding a pool, docs/performance-log.md). The calling thread is
//! one of the workers and the only writer: between its own batches it hands finished
//! ones to the sink by sequence number, so the output is the same byte for byte whatever
//! the number of threads, and no thread beyond one per core is woken for each batch.
//! Batches read but not yet written are bounded, so memory stays flat however large the
//! input. The sink borrows each result: written batches go back to the worker that made
//! them, to be freed or recycled into its own pool, which it lends to the reader for the
//! next batch it reads: its rows reuse memory that its core's cache holds, never the
//! other core's. It does not format anything.

use std::io;
use std::sync::{Mutex, mpsc};

use crate::engine::{Engine, Scratch};
use crate::outcome::Outcome;
use crate::transcript::{Conversation, Conversations, ReadError};

mod slots;
mod worker;
mod writer;
use slots::{Slots, StopOnPanic, lock};
use worker::{Evaluated, Source, Worker, Written};
use writer::Ordered;

/// Conversations per batch, at most: large enough to amortise hand-over, small enough to
/// keep memory flat.
const BATCH: usize = 256;
/// Messages per batch, about (a batch ends at the conversation that reaches it). What a
/// worker reads should still be in its core's cache when it evaluates it, beside the
/// phrase automaton (750 KB for the starter rules) and the pool it recycles into: 256
/// conversations of the benchmark are 2,200 messages. Fewer messages cost more
/// hand-overs, each a wake-up of a sleeping thread: in alternating runs on two cores
/// (docs/performance-log.md) 1,024 took the least time and CPU, 256
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
    streaming: bool,
}

impl Default for ReplayBuilder {
    fn default() -> Self {
        ReplayBuilder {
            jobs: std::thread::available_parallelism().map_or(1, std::num::NonZero::get),
            size: BatchSize {
                conversations: BATCH,
                messages: MESSAGES,
            },
            streaming: false,
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

    /// Whether the input may stall between rows (standard input from a live source):
    /// then the calling thread only writes, so that a batch another worker finished is
    /// written at its turn, not held while the calling thread waits for input. Else it
    /// is a worker too (no thread woken for every batch).
    #[must_use]
    pub fn streaming(mut self, streaming: bool) -> Self {
        self.streaming = streaming;
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
            streaming: self.streaming,
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
    streaming: bool,
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
        // Each spawned worker's written batches, with their results, on their way back to
        // it: memory allocated on one core and freed on another costs both (glibc's
        // arenas). The calling thread, worker 0, keeps its own.
        // Streaming, the calling thread only writes, beside `jobs` workers of their own.
        let spawned = if self.streaming {
            1..=self.jobs
        } else {
            1..=self.jobs - 1
        };
        let written: Vec<Mutex<Vec<Written<T>>>> =
            (0..=self.jobs).map(|_| Mutex::new(Vec::new())).collect();
        let slots = Slots::default();
        let (tx, rx) = mpsc::channel::<Evaluated<T>>();
        std::thread::scope(|scope| {
            for index in spawned {
                let tx = tx.clone();
                let (source, written, slots) = (&source, &written[index], &slots);
                let spawned = std::thread::Builder::new()
                    .name(format!("handoff-eval-{index}"))
                    .spawn_scoped(scope, move || {
                        let _guard = StopOnPanic(slots);
                        let mut worker = Worker::new(index);
                        while slots.take(limit) {
                            let back = std::mem::take(&mut *lock(written));
                            let Some(done) = worker.batch(back, source, size, eval) else {
                                slots.give_back();
                                return;
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
            // A panic here (in the sink, or evaluating worker 0's batch) must not leave
            // the others waiting for slots.
            let guard = StopOnPanic(&slots);
            let mut worker = Worker::new(0);
            let mut writer = Ordered::new(&written, &slots);
            let result = (|| {
                let mut reading = true;
                loop {
                    while let Ok(done) = rx.try_recv() {
                        writer.insert(done);
                    }
                    writer.write_ready(sink)?;
                    // With nothing to write, this thread reads and evaluates a batch of its
                    // own while a slot is free; else it waits for the batch whose turn it
                    // is, which a worker has. The workers never wake it for a batch it
                    // cannot write yet, and no third thread shares the cores with them.
                    if reading && !self.streaming && slots.try_take(limit) {
                        match worker.batch(writer.take_own(), &source, size, eval) {
                            Some(done) => writer.insert(done),
                            None => {
                                slots.give_back();
                                reading = false;
                            }
                        }
                        continue;
                    }
                    match rx.recv() {
                        Ok(done) => writer.insert(done),
                        Err(mpsc::RecvError) => return Ok(writer.count),
                    }
                }
            })();
            // Stop the workers wherever they wait, then let them finish.
            slots.stop();
            drop(guard);
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

#[cfg(test)]
mod tests;
