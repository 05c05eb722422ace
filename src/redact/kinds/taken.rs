//! The spans taken so far in a search for personal data: spans found (apart from each
//! other) → which of them a candidate overlaps, by binary search, so that a text with
//! many numbers (a list of PINs, a run of card numbers) costs no scan of every span
//! found before for each candidate. Holds; what is found is `kinds.rs`'s and
//! `secret.rs`'s.

/// A span of text, with its mask.
pub(super) type Span = (usize, usize, &'static str);

/// The mask a span taken out again has (a number inside a password masked whole):
/// no mask is empty.
const REMOVED: &str = "";

/// Spans that do not overlap: those of the kinds searched before, sorted, and those of
/// the kind searched now, in the order found, which is the text's.
#[derive(Debug, Default)]
pub(super) struct Taken {
    settled: Vec<Span>,
    recent: Vec<Span>,
}

impl Taken {
    /// The span taken that starts first among those `start..end` overlaps.
    pub(super) fn first_overlapping(&self, start: usize, end: usize) -> Option<Span> {
        [
            first_in(&self.settled, start, end),
            first_in(&self.recent, start, end),
        ]
        .into_iter()
        .flatten()
        .min_by_key(|&(a, _, _)| a)
    }

    pub(super) fn overlaps(&self, start: usize, end: usize) -> bool {
        self.first_overlapping(start, end).is_some()
    }

    /// The spans taken that `start..end` overlaps, in order: those of the kinds searched
    /// before, then the recent ones.
    pub(super) fn overlapping(&self, start: usize, end: usize) -> impl Iterator<Item = Span> + '_ {
        all_in(&self.settled, start, end).chain(all_in(&self.recent, start, end))
    }

    /// How far the text around `start..end` (a candidate that overlaps none taken) runs
    /// before a span taken: the end of the last one before it (0 when none is) and the
    /// start of the first one after it (`len` when none is). What a check reads of the
    /// text around a number stops there, as it stops at a mask once the text is masked.
    pub(super) fn room_around(&self, start: usize, end: usize, len: usize) -> (usize, usize) {
        let mut room = (0, len);
        for spans in [&self.settled, &self.recent] {
            let before = spans.partition_point(|&(_, b, _)| b <= start);
            if let Some(&(_, b, _)) = before.checked_sub(1).map(|i| &spans[i]) {
                room.0 = room.0.max(b);
            }
            let after = spans.partition_point(|&(a, _, _)| a < end);
            if let Some(&(a, _, _)) = spans.get(after) {
                room.1 = room.1.min(a);
            }
        }
        room
    }

    /// Takes a span that overlaps none taken and starts after each one taken since the
    /// last [`Taken::settle`].
    pub(super) fn push(&mut self, span: Span) {
        debug_assert!(!self.overlaps(span.0, span.1), "{span:?} overlaps");
        debug_assert!(self.recent.last().is_none_or(|last| last.1 <= span.0));
        self.recent.push(span);
    }

    /// Takes out again the settled spans inside `start..end` (not the recent ones).
    pub(super) fn remove_settled_inside(&mut self, start: usize, end: usize) {
        let from = self.settled.partition_point(|&(_, b, _)| b <= start);
        for span in &mut self.settled[from..] {
            if span.0 >= end {
                break;
            }
            if start <= span.0 && span.1 <= end {
                span.2 = REMOVED;
            }
        }
    }

    /// Sorts the recent spans in among the settled ones, and leaves out those taken out
    /// again (inside a recent one: kept, their ends would not be in order): one pass.
    pub(super) fn settle(&mut self) {
        if self.recent.is_empty() {
            return;
        }
        let mut settled = std::mem::take(&mut self.settled);
        settled.retain(|span| span.2 != REMOVED);
        let mut merged = Vec::with_capacity(settled.len() + self.recent.len());
        let mut recent = self.recent.drain(..).peekable();
        for span in settled {
            while let Some(next) = recent.next_if(|next| next.0 < span.0) {
                merged.push(next);
            }
            merged.push(span);
        }
        merged.extend(recent);
        self.settled = merged;
    }

    /// The spans taken, in order.
    pub(super) fn into_sorted(mut self) -> Vec<Span> {
        self.settle();
        self.settled.retain(|span| span.2 != REMOVED);
        self.settled
    }
}

/// The spans of `spans` (sorted, apart: their ends are sorted too) that `start..end`
/// overlaps, in order.
fn all_in(spans: &[Span], start: usize, end: usize) -> impl Iterator<Item = Span> + '_ {
    let from = spans.partition_point(|&(_, b, _)| b <= start);
    spans[from..]
        .iter()
        .take_while(move |&&(a, _, _)| a < end)
        .filter(|span| span.2 != REMOVED)
        .copied()
}

fn first_in(spans: &[Span], start: usize, end: usize) -> Option<Span> {
    all_in(spans, start, end).next()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_overlaps_among_settled_and_recent_spans() {
        let mut taken = Taken::default();
        taken.push((10, 20, "a"));
        taken.push((30, 40, "b"));
        taken.settle();
        taken.push((22, 25, "c"));
        assert_eq!(taken.first_overlapping(0, 10), None);
        assert_eq!(taken.first_overlapping(15, 35), Some((10, 20, "a")));
        assert_eq!(taken.first_overlapping(21, 35), Some((22, 25, "c")));
        assert_eq!(taken.overlapping(0, 100).count(), 3);
        taken.remove_settled_inside(25, 45);
        assert!(!taken.overlaps(26, 50));
        assert_eq!(taken.into_sorted(), [(10, 20, "a"), (22, 25, "c")]);
    }
}
