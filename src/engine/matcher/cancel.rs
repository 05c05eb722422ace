//! Negation through a cancelled phrase: the phrase matches of one message that a negation
//! cancelled → the other matches of the same signal it cancels with them, those that
//! start inside one of them in the negation's clause ("I don't want to talk to a real
//! person": “a real person”, five words from the “don't”, is part of the cancelled “talk
//! to a real person”), and, for `explain`, every cancelled phrase of a signal with its
//! negation. The scan comes here only when a negation cancelled something; a message that
//! matches nothing, or matches with no negation involved, never does.
//!
//! Overlapping is enough, not only lying inside: with phrases “cancel my plan” and “my
//! plan today”, "I don't want to cancel my plan today" cancels the first, and the second,
//! which starts inside it, goes with it; the negation covers the words they share. A
//! match cancelled this way cancels in turn what starts inside it.
//! Only the same signal's matches: another signal's phrase there is judged on its own,
//! as every signal is (a role's scan may leave out a signal no rule reads in it), so it is
//! cancelled only if it has `negation: true` and a negation before it in the window.

use super::{Hits, Matcher, NEGATION_WINDOW};
use crate::text::Normalized;

/// A phrase match that a negation cancelled, in positions of the normalised text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Cancelled {
    pub(super) signal: usize,
    /// The match, with its padding spaces.
    pub(super) start: usize,
    pub(super) end: usize,
    /// The negation word, without its spaces.
    pub(super) negation: (usize, usize),
    /// The phrase entry of the signal (coverage counts it as negated); `None` where
    /// nothing counts it (`explain`'s slow path).
    pub(super) entry: Option<u32>,
}

/// What `explain` shows of a phrase a negation cancelled, as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Cancellation {
    pub(crate) phrase: String,
    pub(crate) negation: String,
    /// The cancelled phrase it starts inside, when the negation reached it that way, and
    /// whether it lies wholly inside that one.
    pub(crate) through: Option<(String, bool)>,
}

/// Whether a match of `signal` at `start` starts inside the cancelled match `c` (sharing a
/// word, not only a padding space), with no clause break between `c`'s negation and
/// `start`.
fn starts_inside(normalized: &Normalized, c: &Cancelled, signal: usize, start: usize) -> bool {
    c.signal == signal
        && c.start <= start
        && start + 1 < c.end
        && normalized.same_clause(c.negation.1, start)
}

/// The part of `sorted` (by signal, then start, as `key` reads them) where a match of
/// `signal` at `start` can start inside one: those of the signal beginning at most
/// `longest` bytes before it. A lookup reads these, not the whole list: a long message
/// can hold thousands of cancelled matches, and a pass over all of them for each match
/// grew with the square of its length.
fn near<T>(
    sorted: &[T],
    key: impl Fn(&T) -> (usize, usize),
    signal: usize,
    start: usize,
    longest: usize,
) -> &[T] {
    let from = sorted.partition_point(|t| key(t) < (signal, (start + 1).saturating_sub(longest)));
    let to = sorted.partition_point(|t| key(t) <= (signal, start));
    &sorted[from..to.max(from)]
}

impl Matcher {
    /// Drops the phrase candidates that start inside a cancelled match of their signal
    /// (`hits.cancelled`), noting each as cancelled in turn. The candidates are sorted
    /// by signal and start, so a chain of overlapping matches is cancelled link by link.
    pub(super) fn cancel_through(hits: &mut Hits) {
        let Hits {
            candidates,
            cancelled,
            cancelled_order: by_start,
            normalized,
            ..
        } = hits;
        let longest = (cancelled.iter().map(|c| c.end - c.start))
            .chain(candidates.iter().map(|&(_, start, end, _, _)| end - start))
            .max()
            .unwrap_or(0);
        // The scan's cancelled matches come in the automaton's order: looked up sorted,
        // the first in that order is taken, as a search of the list would find it. Those
        // cancelled here follow them, in the candidates' order, sorted already.
        let scanned = cancelled.len();
        by_start.clear();
        by_start.extend(0..scanned);
        by_start.sort_unstable_by_key(|&i| (cancelled[i].signal, cancelled[i].start, i));
        candidates.retain(|&(signal, start, end, entry, _)| {
            let key = |c: &Cancelled| (c.signal, c.start);
            let inside = |c: &Cancelled| starts_inside(normalized, c, signal, start);
            let from_scan = near(by_start, |&i| key(&cancelled[i]), signal, start, longest)
                .iter()
                .copied()
                .filter(|&i| inside(&cancelled[i]))
                .min();
            let Some(negation) = from_scan.map(|i| cancelled[i].negation).or_else(|| {
                near(&cancelled[scanned..], key, signal, start, longest)
                    .iter()
                    .find(|&c| inside(c))
                    .map(|c| c.negation)
            }) else {
                return true;
            };
            cancelled.push(Cancelled {
                signal,
                start,
                end,
                negation,
                entry: Some(entry),
            });
            false
        });
    }

    /// The phrases of `signal` in `text` that a negation cancels, each with the negation,
    /// both as written: what `explain` shows for a signal that did not match ("“ridiculous”,
    /// cancelled by “can't”"), in the order they start. Slow path: for one message at a
    /// time.
    pub(in crate::engine) fn negated(&self, text: &str, signal: usize) -> Vec<Cancellation> {
        let mut out: Vec<Cancellation> = Vec::new();
        let Some(automaton) = &self.automaton else {
            return out;
        };
        if !self.signals.get(signal).is_some_and(|s| s.negation) {
            return out;
        }
        let normalized = Normalized::new(text);
        let mut found: Vec<(usize, usize)> = Vec::new();
        automaton.for_each(normalized.as_bytes(), &mut |pattern, start, end| {
            if self.phrase_refs[pattern].iter().any(|r| r.signal == signal) {
                found.push((start, end));
            }
        });
        // By start, longest first: a match is cancelled before those starting inside it.
        found.sort_by(|a, b| (a.0, b.1).cmp(&(b.0, a.1)));
        found.dedup();
        let written = |start: usize, end: usize| {
            let (from, to) = normalized.original_range(start, end, text);
            text[from..to].to_owned()
        };
        let longest = found
            .iter()
            .map(|&(start, end)| end - start)
            .max()
            .unwrap_or(0);
        // Pushed by start, so looked up sorted.
        let mut cancelled: Vec<Cancelled> = Vec::new();
        for (start, end) in found {
            let (negation, through) = match normalized.negation_before(start, NEGATION_WINDOW) {
                Some(negation) => (negation, None),
                None => {
                    let near = near(&cancelled, |c| (c.signal, c.start), signal, start, longest);
                    match near
                        .iter()
                        .find(|&c| starts_inside(&normalized, c, signal, start))
                    {
                        Some(c) => (c.negation, Some((written(c.start, c.end), end <= c.end))),
                        None => continue,
                    }
                }
            };
            cancelled.push(Cancelled {
                signal,
                start,
                end,
                negation,
                entry: None,
            });
            // The negation's range, padded as a match is.
            let (a, b) = negation;
            let (n_from, n_to) = normalized.original_range(a - 1, b + 1, text);
            let found = Cancellation {
                phrase: written(start, end),
                negation: text[n_from..n_to].to_owned(),
                through,
            };
            if !out.contains(&found) {
                out.push(found);
            }
        }
        out
    }
}

#[cfg(test)]
mod tests;
