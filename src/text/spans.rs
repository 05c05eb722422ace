//! Spans of a text → whether one of them holds another span, looked up
//! ([`Holders`]): what redaction and the summaries ask of thousands of spans in a long
//! message, where trying each took time growing with the square of the text.

/// Spans, and whether one of them holds a span: among those starting at or before it,
/// the furthest end reaches its end. One lookup a span, not every span tried.
pub(crate) struct Holders {
    spans: Vec<(usize, usize)>,
    /// The furthest end of the spans up to each.
    reach: Vec<usize>,
}

impl Holders {
    pub(crate) fn new(mut spans: Vec<(usize, usize)>) -> Self {
        spans.sort_unstable();
        let reach = (spans.iter())
            .scan(0, |reach, &(_, end)| {
                *reach = end.max(*reach);
                Some(*reach)
            })
            .collect();
        Self { spans, reach }
    }

    /// Whether there is no span.
    pub(crate) fn is_empty(&self) -> bool {
        self.spans.is_empty()
    }

    /// Whether one of the spans holds `start..end`.
    pub(crate) fn hold(&self, start: usize, end: usize) -> bool {
        let before = self.spans.partition_point(|&(s, _)| s <= start);
        before > 0 && self.reach[before - 1] >= end
    }
}

#[cfg(test)]
mod tests {
    use super::Holders;

    proptest::proptest! {
        /// A span is held by the spans looked up as by one of them tried in turn.
        #[test]
        fn holders_hold_what_one_span_holds(
            spans in proptest::collection::vec((0..20usize, 0..6usize), 0..8),
            start in 0..20usize,
            len in 0..6usize,
        ) {
            let spans: Vec<(usize, usize)> = spans.into_iter().map(|(s, l)| (s, s + l)).collect();
            let tried = spans.iter().any(|&(s, e)| s <= start && start + len <= e);
            proptest::prop_assert_eq!(Holders::new(spans).hold(start, start + len), tried);
        }
    }
}
