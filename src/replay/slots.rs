//! Batches in flight: a count the workers take a slot of before reading a batch and the
//! main thread gives back once it is written, so that they cannot run ahead of a slow
//! batch without bound; and what stops them all when one panics.

use std::sync::{Condvar, Mutex, MutexGuard, PoisonError};

/// Counts batches in flight (read, not yet written), so workers cannot run ahead of a
/// slow batch without bound.
#[derive(Default)]
pub(super) struct Slots {
    state: Mutex<SlotState>,
    changed: Condvar,
}

#[derive(Default)]
struct SlotState {
    taken: usize,
    stopped: bool,
}

impl Slots {
    /// Waits for a free slot and takes it; `false` once stopped.
    pub(super) fn take(&self, limit: usize) -> bool {
        let mut state = lock(&self.state);
        while state.taken >= limit && !state.stopped {
            state = self
                .changed
                .wait(state)
                .unwrap_or_else(PoisonError::into_inner);
        }
        if state.stopped {
            return false;
        }
        state.taken += 1;
        true
    }

    /// Takes a slot if one is free, without waiting; `false` if none is, or once stopped.
    pub(super) fn try_take(&self, limit: usize) -> bool {
        let mut state = lock(&self.state);
        if state.taken >= limit || state.stopped {
            return false;
        }
        state.taken += 1;
        true
    }

    pub(super) fn give_back(&self) {
        let mut state = lock(&self.state);
        state.taken = state.taken.saturating_sub(1);
        self.changed.notify_one();
    }

    pub(super) fn stop(&self) {
        lock(&self.state).stopped = true;
        self.changed.notify_all();
    }
}

/// Stops every worker when one panics, so none waits for a slot the panic holds.
pub(super) struct StopOnPanic<'a>(pub(super) &'a Slots);

impl Drop for StopOnPanic<'_> {
    fn drop(&mut self) {
        if std::thread::panicking() {
            self.0.stop();
        }
    }
}

/// Locks a mutex, whatever a panicking thread left in it: the data here stays consistent.
pub(super) fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}
