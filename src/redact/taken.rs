//! Spans already taken in a text → whether a new span overlaps any, by a binary search.
//!
//! The readings of names ask, for each span they find, whether it overlaps one found
//! before; a scan of them all for each made a message of thousands of names quadratic
//! (256 KB of "Dr. van Berg said hi" took 5.5 G instructions in the particled surnames'
//! reading alone: docs/performance-log.md, fifty-fourth session).

/// Spans sorted by their starts, with the greatest end up to each: the spans starting
/// before a new one's end overlap it if the greatest of their ends is past its start.
#[derive(Debug, Default)]
pub(in crate::redact) struct Taken {
    starts: Vec<usize>,
    /// `ends_upto[i]`: the greatest end of the spans `0..=i` in order of start.
    ends_upto: Vec<usize>,
}

impl Taken {
    /// The spans of `spans`, in any order.
    pub(in crate::redact) fn new(spans: impl IntoIterator<Item = (usize, usize)>) -> Self {
        let mut spans: Vec<(usize, usize)> = spans.into_iter().collect();
        spans.sort_unstable();
        let mut taken = Taken {
            starts: Vec::with_capacity(spans.len()),
            ends_upto: Vec::with_capacity(spans.len()),
        };
        for (start, end) in spans {
            taken.push(start, end);
        }
        taken
    }

    /// Whether `start..end` overlaps a span taken (shares a byte with it).
    pub(in crate::redact) fn overlaps(&self, start: usize, end: usize) -> bool {
        let before_end = self.starts.partition_point(|&s| s < end);
        before_end > 0 && self.ends_upto[before_end - 1] > start
    }

    /// Takes `start..end` too. In order of start, as a reading finds them, it is added at
    /// the end; otherwise put in its place, and the greatest ends after it made again.
    pub(in crate::redact) fn push(&mut self, start: usize, end: usize) {
        let at = self.starts.partition_point(|&s| s <= start);
        self.starts.insert(at, start);
        let before = if at == 0 { 0 } else { self.ends_upto[at - 1] };
        self.ends_upto.insert(at, before.max(end));
        for i in at + 1..self.ends_upto.len() {
            let greatest = self.ends_upto[i - 1].max(self.ends_upto[i]);
            if greatest == self.ends_upto[i] {
                break;
            }
            self.ends_upto[i] = greatest;
        }
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::Taken;

    #[test]
    fn a_span_overlaps_one_that_shares_a_byte_with_it_only() {
        let taken = Taken::new([(10, 20), (0, 3)]);
        assert!(taken.overlaps(19, 25));
        assert!(taken.overlaps(2, 4));
        assert!(taken.overlaps(12, 13));
        assert!(taken.overlaps(5, 30));
        assert!(!taken.overlaps(3, 10));
        assert!(!taken.overlaps(20, 22));
        assert!(!taken.overlaps(4, 5));
    }

    #[test]
    fn a_long_span_before_short_ones_still_overlaps_what_follows_them() {
        let mut taken = Taken::default();
        taken.push(0, 100);
        taken.push(5, 6);
        taken.push(8, 9);
        assert!(taken.overlaps(50, 60));
        assert!(!taken.overlaps(100, 101));
    }

    proptest! {
        /// Whatever the spans and the order they come in, the answer is a scan's.
        #[test]
        fn answers_as_a_scan_of_all(
            spans in prop::collection::vec((0usize..60, 1usize..12), 0..24),
            asked in prop::collection::vec((0usize..70, 1usize..12), 1..24),
            build_at_once in any::<bool>(),
        ) {
            let spans: Vec<(usize, usize)> = spans.into_iter().map(|(s, l)| (s, s + l)).collect();
            let taken = if build_at_once {
                Taken::new(spans.iter().copied())
            } else {
                let mut taken = Taken::default();
                for &(s, e) in &spans {
                    taken.push(s, e);
                }
                taken
            };
            for (start, len) in asked {
                let end = start + len;
                let scan = spans.iter().any(|&(a, b)| start < b && a < end);
                prop_assert_eq!(taken.overlaps(start, end), scan);
            }
        }
    }
}
