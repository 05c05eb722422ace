//! Per-message scan results: a matcher's scan of one message → the signals it touched,
//! their scores and spans ([`Hits`]); a conversation's scans, kept for a second engine
//! that scans alike ([`ScanLog`]).

use super::cancel::Cancelled;
use crate::text::Normalized;

/// A byte range of the original message text that matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct TextSpan {
    pub(crate) start: u32,
    pub(crate) end: u32,
}

/// Per-message results, reused across messages.
#[derive(Debug, Default)]
pub(crate) struct Hits {
    pub(super) score: Vec<f64>,
    pub(super) matched: Vec<bool>,
    pub(super) spans: Vec<Vec<TextSpan>>,
    /// Candidates: (signal, normalised start, end, entry, weight).
    pub(super) candidates: Vec<(usize, usize, usize, u32, f64)>,
    /// Phrase matches a negation cancelled (rarely any).
    pub(super) cancelled: Vec<Cancelled>,
    /// Positions in `cancelled` in order of signal and start (reused, not reallocated).
    pub(super) cancelled_order: Vec<usize>,
    /// Entries already counted for the signal being scored (reused, not reallocated).
    pub(super) counted: Vec<u32>,
    /// Per regex: whether the walk found one of its words in this message.
    pub(super) admitted: Vec<bool>,
    pub(super) normalized: Normalized,
    /// Coverage ids of the entries that counted in this message (when recording).
    pub(crate) entries: Vec<u32>,
    /// Coverage ids of the phrase entries a negation cancelled in this message, each
    /// once, and of those that matched only inside a longer match of their signal (when
    /// recording): why a phrase that occurs never counted.
    pub(crate) negated: Vec<u32>,
    pub(crate) inside: Vec<u32>,
    /// Signals with any score in this message: only these are reset for the next one,
    /// so a message costs the same with ten signals or ten thousand.
    pub(super) touched: Vec<usize>,
    pub(super) is_touched: Vec<bool>,
}

impl Hits {
    /// Forgets the last message, sized for `n` signals.
    pub(super) fn reset(&mut self, n: usize) {
        if self.score.len() != n {
            self.score = vec![0.0; n];
            self.matched = vec![false; n];
            // Another engine used these hits: its spans mean nothing here.
            self.spans.iter_mut().for_each(Vec::clear);
            self.spans.resize_with(n, Vec::new);
            self.is_touched = vec![false; n];
            self.touched.clear();
        }
        for &s in &self.touched {
            self.score[s] = 0.0;
            self.matched[s] = false;
            self.spans[s].clear();
            self.is_touched[s] = false;
        }
        self.touched.clear();
        self.candidates.clear();
        self.cancelled.clear();
        self.entries.clear();
        self.negated.clear();
        self.inside.clear();
    }

    /// After a message of megabytes, its normalised copy and phrase candidates go back
    /// (what the scan of it left that the next message does not read): not held through
    /// the summary and the redaction of its conversation, nor for the rest of the run
    /// (docs/performance-log.md, fifty-second session).
    pub(super) fn release_long(&mut self) {
        /// Candidates kept: as many as a message of 100 KB or so gives.
        const KEPT_CANDIDATES: usize = 1 << 14;
        self.normalized.release_long();
        if self.candidates.capacity() > KEPT_CANDIDATES {
            self.candidates = Vec::new();
        }
        if self.cancelled.capacity() > KEPT_CANDIDATES {
            self.cancelled = Vec::new();
            self.cancelled_order = Vec::new();
        }
    }

    /// Appends this message's results to `log`.
    pub(crate) fn record(&self, log: &mut ScanLog) {
        for &s in &self.touched {
            log.spans.extend_from_slice(&self.spans[s]);
            log.signals
                .push((s, self.score[s], self.matched[s], log.spans.len()));
        }
        log.ends.push(log.signals.len());
    }

    /// Restores message `index`'s results from `log`, as a matcher with `n` signals that
    /// scans like the one that recorded them would have found them.
    pub(crate) fn replay(&mut self, log: &ScanLog, index: usize, n: usize) {
        self.reset(n);
        let start = index.checked_sub(1).map_or(0, |i| log.ends[i]);
        let mut span_start = start.checked_sub(1).map_or(0, |i| log.signals[i].3);
        for &(s, score, matched, span_end) in &log.signals[start..log.ends[index]] {
            self.is_touched[s] = true;
            self.touched.push(s);
            self.score[s] = score;
            self.matched[s] = matched;
            self.spans[s].extend_from_slice(&log.spans[span_start..span_end]);
            span_start = span_end;
        }
    }

    pub(crate) fn matched(&self, signal: usize) -> bool {
        self.matched.get(signal).copied().unwrap_or(false)
    }

    pub(crate) fn score(&self, signal: usize) -> f64 {
        self.score.get(signal).copied().unwrap_or(0.0)
    }

    pub(crate) fn spans(&self, signal: usize) -> &[TextSpan] {
        self.spans.get(signal).map_or(&[], Vec::as_slice)
    }

    /// Signals matched by this message.
    pub(crate) fn matched_signals(&self) -> impl Iterator<Item = usize> + '_ {
        self.touched.iter().copied().filter(|&s| self.matched[s])
    }

    /// Adds `weight` to signal `s` in this message, noting it as touched.
    pub(super) fn add(&mut self, s: usize, weight: f64) {
        if !self.is_touched[s] {
            self.is_touched[s] = true;
            self.touched.push(s);
        }
        self.score[s] += weight;
    }
}

/// The scan results of a conversation's messages, in order, so that a second engine
/// whose matcher scans alike can reuse them instead of scanning again.
#[derive(Debug, Default)]
pub(crate) struct ScanLog {
    /// Per message, the end of its signals in `signals`.
    pub(super) ends: Vec<usize>,
    /// Touched signals, in the order they were touched: (signal, score, matched, end of
    /// its spans in `spans`).
    pub(super) signals: Vec<(usize, f64, bool, usize)>,
    pub(super) spans: Vec<TextSpan>,
}

impl ScanLog {
    pub(crate) fn clear(&mut self) {
        self.ends.clear();
        self.signals.clear();
        self.spans.clear();
    }

    /// Messages recorded.
    pub(crate) fn len(&self) -> usize {
        self.ends.len()
    }
}

pub(super) fn span(start: usize, end: usize) -> TextSpan {
    TextSpan {
        start: u32::try_from(start).unwrap_or(u32::MAX),
        end: u32::try_from(end).unwrap_or(u32::MAX),
    }
}
