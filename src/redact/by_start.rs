//! A text's mask spans → the same spans in order of where they start, as a stable sort
//! puts them, without the copy of them all that a stable sort makes to merge in.
//!
//! A message of megabytes (a log pasted into a chat) holds a span every few words: the
//! spans took 32 bytes each and the stable sort as much again, three times the message
//! for each (docs/performance-log.md, fifty-second session). Here the order is found
//! among 8 bytes a span, then the spans are moved into it in place.

/// Spans at most which the standard stable sort orders them: on the stack, no copy
/// worth saving.
const FEW: usize = 64;

/// A place in the order whose span has been moved there.
const DONE: u64 = u64::MAX;

/// Sorts `spans` by their starts, those with the same start kept in the order they
/// were in (as `sort_by_key` does).
pub(super) fn sort_by_start<T: Copy>(spans: &mut [(usize, usize, T)]) {
    if spans.is_sorted_by_key(|&(start, _, _)| start) {
        return;
    }
    // Where each goes: its start, then where it was (the order stable), in one key.
    let keys: Option<Vec<u64>> = (spans.iter().enumerate())
        .map(|(i, &(start, _, _))| {
            let (start, i) = (u32::try_from(start).ok()?, u32::try_from(i).ok()?);
            Some(u64::from(start) << 32 | u64::from(i))
        })
        .collect();
    let Some(mut order) = keys.filter(|_| spans.len() > FEW) else {
        spans.sort_by_key(|&(start, _, _)| start);
        return;
    };
    order.sort_unstable();
    // Each cycle of the permutation in turn: position `j` takes the span from where
    // `order` says, which frees that position for the next; done ones are marked.
    for k in 0..spans.len() {
        if order[k] == DONE {
            continue;
        }
        let first = spans[k];
        let mut j = k;
        loop {
            let key = std::mem::replace(&mut order[j], DONE);
            // The low 32 bits: where it was (always a `usize`).
            let from = usize::try_from(key & u64::from(u32::MAX)).unwrap_or(k);
            if from == k {
                spans[j] = first;
                break;
            }
            spans[j] = spans[from];
            j = from;
        }
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::sort_by_start;

    proptest! {
        /// The order is the standard stable sort's, for few spans and many, with many
        /// of the same start.
        #[test]
        fn spans_are_ordered_as_a_stable_sort_orders_them(
            spans in proptest::collection::vec((0..40usize, 0..5usize, 0..4u8), 0..300),
        ) {
            let mut spans: Vec<(usize, usize, u8)> =
                spans.into_iter().map(|(start, len, mask)| (start, start + len, mask)).collect();
            let mut stable = spans.clone();
            stable.sort_by_key(|&(start, _, _)| start);
            sort_by_start(&mut spans);
            prop_assert_eq!(spans, stable);
        }
    }

    /// A start past what 32 bits hold is ordered all the same.
    #[test]
    fn a_start_past_32_bits_is_ordered() {
        let far = usize::try_from(u64::from(u32::MAX) + 7).unwrap_or(usize::MAX);
        let mut spans: Vec<(usize, usize, u8)> = (0..100).rev().map(|i| (i, i, 0)).collect();
        spans.push((far, far, 1));
        spans.push((3, 3, 2));
        let mut stable = spans.clone();
        stable.sort_by_key(|&(start, _, _)| start);
        sort_by_start(&mut spans);
        assert_eq!(spans, stable);
    }
}
