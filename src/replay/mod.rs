//! Replay: a conversation stream × an engine → outcomes, in input order, on every core.
//!
//! Takes any iterator of conversations (normally a [`crate::transcript::Reader`]) and a
//! compiled [`Engine`]; gives each [`Outcome`] to a sink, in input order. One thread reads
//! and groups, handing over batches through a bounded channel (so memory stays flat
//! however large the input); the batches are evaluated in parallel by a pool of `jobs`
//! threads and handed to the sink in order, so the output is the same byte for byte
//! whatever the number of threads. It does not format anything.

use std::io;
use std::sync::mpsc;

use rayon::prelude::*;

use crate::engine::{Engine, Scratch};
use crate::outcome::Outcome;
use crate::transcript::{Conversation, ReadError};

/// Conversations per batch: large enough to amortise hand-over, small enough to keep
/// memory flat.
const BATCH: usize = 256;
/// Batches in flight between the reader and the evaluators.
const QUEUE: usize = 4;

/// Why a replay stopped.
#[derive(Debug, thiserror::Error)]
pub enum ReplayError {
    #[error(transparent)]
    Read(#[from] ReadError),
    #[error("cannot write output")]
    Output(#[source] io::Error),
    #[error("cannot start {0} worker threads")]
    Threads(usize, #[source] rayon::ThreadPoolBuildError),
}

/// Settings for a replay.
#[derive(Debug, Clone)]
pub struct ReplayBuilder {
    jobs: usize,
    batch: usize,
}

impl Default for ReplayBuilder {
    fn default() -> Self {
        ReplayBuilder {
            jobs: std::thread::available_parallelism().map_or(1, std::num::NonZero::get),
            batch: BATCH,
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

    #[must_use]
    pub fn batch(mut self, batch: usize) -> Self {
        self.batch = batch.max(1);
        self
    }

    pub fn build(self, engine: &Engine) -> Replay<'_> {
        Replay {
            engine,
            jobs: self.jobs,
            batch: self.batch,
        }
    }
}

/// A configured replay over one engine.
pub struct Replay<'e> {
    engine: &'e Engine,
    jobs: usize,
    batch: usize,
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
        I: Iterator<Item = Result<Conversation, ReadError>> + Send,
    {
        if self.jobs <= 1 {
            return self.run_sequential(input, sink);
        }
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(self.jobs)
            .thread_name(|i| format!("handoff-eval-{i}"))
            .build()
            .map_err(|e| ReplayError::Threads(self.jobs, e))?;
        let batch_size = self.batch;
        std::thread::scope(|scope| {
            let (tx, rx) = mpsc::sync_channel::<Result<Vec<Conversation>, ReadError>>(QUEUE);
            let reader = scope.spawn(move || {
                let mut batch = Vec::with_capacity(batch_size);
                for item in input {
                    match item {
                        Ok(conversation) => {
                            batch.push(conversation);
                            if batch.len() == batch_size {
                                let full =
                                    std::mem::replace(&mut batch, Vec::with_capacity(batch_size));
                                if tx.send(Ok(full)).is_err() {
                                    return;
                                }
                            }
                        }
                        Err(e) => {
                            let _ = tx.send(Ok(std::mem::take(&mut batch)));
                            let _ = tx.send(Err(e));
                            return;
                        }
                    }
                }
                if !batch.is_empty() {
                    let _ = tx.send(Ok(batch));
                }
            });
            let mut count = 0u64;
            let result = (|| {
                for batch in &rx {
                    let batch = batch?;
                    let outcomes: Vec<Outcome> = pool.install(|| {
                        batch
                            .par_iter()
                            .map_init(Scratch::default, |scratch, c| {
                                self.engine.evaluate(c, scratch)
                            })
                            .collect()
                    });
                    for (conversation, outcome) in batch.iter().zip(outcomes) {
                        sink(conversation, outcome).map_err(ReplayError::Output)?;
                        count += 1;
                    }
                }
                Ok(count)
            })();
            // Unblock the reader if we stopped early, then wait for it.
            drop(rx);
            let _ = reader.join();
            result
        })
    }

    fn run_sequential<I>(
        &self,
        input: &mut I,
        sink: &mut dyn FnMut(&Conversation, Outcome) -> io::Result<()>,
    ) -> Result<u64, ReplayError>
    where
        I: Iterator<Item = Result<Conversation, ReadError>>,
    {
        let mut scratch = Scratch::default();
        let mut count = 0;
        for conversation in input {
            let conversation = conversation?;
            let outcome = self.engine.evaluate(&conversation, &mut scratch);
            sink(&conversation, outcome).map_err(ReplayError::Output)?;
            count += 1;
        }
        Ok(count)
    }
}
