//! The conversation ids grouping has finished, as 64-bit hashes: a hash → whether it was
//! seen before, in about 9 bytes an id.

/// A set of 64-bit hashes in about 8 bytes each, without the resize of a hash table
/// that briefly holds it twice over (two million ids would reach 56 MB while doubling;
/// this holds 19 MB), and without a cache miss an insert.
///
/// New hashes are appended to a short unsorted `tail`; a full tail is sorted into a run,
/// and runs of equal length are merged (a binary counter: every hash is moved about
/// `log2(FRESH / TAIL)` times, in sequence). A run of `FRESH` hashes is merged into one
/// sorted vector, searched through an index of every 64th hash.
///
/// Nearly every id asked about is new, and the runs and the vector cost a few cache
/// misses to say so; a filter of 8 to 16 bits an id answers most of those "no"s from one
/// word. It is built at the first question: the grouper asks none about ids that come
/// in order, and then keeps no filter.
#[derive(Default)]
pub(in crate::transcript) struct SeenIds {
    /// `None` until the first [`SeenIds::contains`].
    filter: Option<Filter>,
    /// The newest hashes, in the order inserted.
    tail: Vec<u64>,
    /// Sorted runs of the hashes between `sorted` and `tail`, longest first, no two of
    /// one length.
    runs: Vec<Vec<u64>>,
    sorted: Vec<u64>,
    /// `sorted[i * BLOCK]` for every block.
    index: Vec<u64>,
}

impl SeenIds {
    /// Hashes appended to `tail` before it is sorted into a run (8 KiB, in L1).
    const TAIL: usize = 1 << 10;
    /// The length of run that is merged into `sorted`.
    const FRESH: usize = 1 << 17;
    const BLOCK: usize = 64;

    pub(super) fn contains(&mut self, hash: u64) -> bool {
        let count = self.len();
        let filter = match &mut self.filter {
            Some(filter) => filter,
            None => self.filter.insert(Filter::holding(count, self.hashes())),
        };
        if !filter.may_hold(hash) {
            return false;
        }
        if self.tail.contains(&hash) || self.runs.iter().any(|run| run.binary_search(&hash).is_ok())
        {
            return true;
        }
        // The last block whose first hash is not above `hash`.
        let Some(block) = self
            .index
            .partition_point(|&first| first <= hash)
            .checked_sub(1)
        else {
            return false;
        };
        let start = block * Self::BLOCK;
        let end = (start + Self::BLOCK).min(self.sorted.len());
        self.sorted[start..end].binary_search(&hash).is_ok()
    }

    /// Adds `hash` (one already held is held once more, harmlessly).
    pub(super) fn insert(&mut self, hash: u64) {
        self.tail.push(hash);
        if let Some(filter) = &mut self.filter
            && !filter.add(hash)
        {
            let count = self.len();
            self.filter = Some(Filter::holding(count, self.hashes()));
        }
        if self.tail.len() < Self::TAIL {
            return;
        }
        let mut run = std::mem::replace(&mut self.tail, Vec::with_capacity(Self::TAIL));
        run.sort_unstable();
        while let Some(last) = self.runs.pop_if(|last| last.len() <= run.len()) {
            run = merged(&last, &run);
        }
        if run.len() >= Self::FRESH {
            self.merge(&run);
        } else {
            self.runs.push(run);
        }
    }

    pub(super) fn len(&self) -> usize {
        self.sorted.len() + self.runs.iter().map(Vec::len).sum::<usize>() + self.tail.len()
    }

    fn hashes(&self) -> impl Iterator<Item = &u64> {
        self.sorted
            .iter()
            .chain(self.runs.iter().flatten())
            .chain(&self.tail)
    }

    /// Merges the sorted `new` into `sorted`, from the back in place.
    fn merge(&mut self, new: &[u64]) {
        let old_len = self.sorted.len();
        self.sorted.resize(old_len + new.len(), 0);
        let (mut i, mut j, mut k) = (old_len, new.len(), self.sorted.len());
        while j > 0 {
            k -= 1;
            if i > 0 && self.sorted[i - 1] > new[j - 1] {
                i -= 1;
                self.sorted[k] = self.sorted[i];
            } else {
                j -= 1;
                self.sorted[k] = new[j];
            }
        }
        self.index.clear();
        self.index
            .extend(self.sorted.iter().step_by(Self::BLOCK).copied());
    }
}

/// Two sorted runs as one.
fn merged(a: &[u64], b: &[u64]) -> Vec<u64> {
    let mut out = Vec::with_capacity(a.len() + b.len());
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        if a[i] <= b[j] {
            out.push(a[i]);
            i += 1;
        } else {
            out.push(b[j]);
            j += 1;
        }
    }
    out.extend_from_slice(&a[i..]);
    out.extend_from_slice(&b[j..]);
    out
}

/// A blocked Bloom filter over the hashes: two bits of one 64-bit word each, so a check
/// reads one word. It doubles when it holds one hash per 8 bits, which keeps false
/// positives between about 1 % and 5 %.
#[derive(Default)]
struct Filter {
    words: Vec<u64>,
    held: usize,
}

impl Filter {
    /// Words of a filter's first size: 16 KiB, for 16,384 hashes.
    const FIRST: usize = 1 << 11;

    fn may_hold(&self, hash: u64) -> bool {
        if self.words.is_empty() {
            return false;
        }
        let (word, bits) = self.place(hash);
        self.words[word] & bits == bits
    }

    /// Adds `hash`, or returns false when the filter is full and has to be rebuilt
    /// larger (with `hash` among what it holds).
    fn add(&mut self, hash: u64) -> bool {
        if self.held + 1 > self.words.len() * 64 / 8 {
            return false;
        }
        let (word, bits) = self.place(hash);
        self.words[word] |= bits;
        self.held += 1;
        true
    }

    /// A filter with room for twice the `count` hashes given.
    fn holding<'a>(count: usize, hashes: impl Iterator<Item = &'a u64>) -> Filter {
        let words = (count * 2 * 8 / 64).next_power_of_two().max(Self::FIRST);
        let mut filter = Filter {
            words: vec![0; words],
            held: 0,
        };
        for &hash in hashes {
            let added = filter.add(hash);
            debug_assert!(added, "sized for twice as many");
        }
        filter
    }

    /// The word of `hash` (from its low bits) and its two bits in it (from its top
    /// twelve, which the word's index does not use while the filter is under 2^52 words).
    #[expect(
        clippy::cast_possible_truncation,
        reason = "the low bits are the ones wanted"
    )]
    fn place(&self, hash: u64) -> (usize, u64) {
        // `words.len()` is a power of two, so the mask keeps an index in range.
        let word = (hash as usize) & (self.words.len() - 1);
        let bits = 1u64 << (hash >> 58) | 1u64 << ((hash >> 52) & 63);
        (word, bits)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::transcript::group::ids::hash;

    #[test]
    fn seen_ids_hold_what_was_inserted_and_nothing_else() {
        let mut seen = SeenIds::default();
        assert!(!seen.contains(hash("c1")), "empty set");
        let ids: Vec<String> = (0..50_000).map(|i| format!("conv-{i}")).collect();
        for id in &ids {
            seen.insert(hash(id));
        }
        assert!(ids.iter().all(|id| seen.contains(hash(id))));
        assert!((50_000..60_000).all(|i| !seen.contains(hash(&format!("conv-{i}")))));
        assert!(!seen.contains(0) && !seen.contains(u64::MAX));
        seen.insert(0);
        seen.insert(u64::MAX);
        assert!(seen.contains(0) && seen.contains(u64::MAX));
    }

    /// No filter is kept until the first question, which builds it from every hash
    /// inserted so far; inserts after it go into it too.
    #[test]
    fn the_filter_is_built_at_the_first_question() {
        let mut seen = SeenIds::default();
        let hashes: Vec<u64> = (0..40_000u64)
            .map(|i| i.wrapping_mul(0x9E37_79B9_7F4A_7C15))
            .collect();
        for &h in &hashes[..30_000] {
            seen.insert(h);
        }
        assert!(seen.filter.is_none());
        assert!(seen.contains(hashes[0]) && seen.contains(hashes[29_999]));
        assert!(!seen.contains(hashes[30_000]));
        assert!(seen.filter.is_some());
        for &h in &hashes[30_000..] {
            seen.insert(h);
        }
        let filter = seen.filter.as_ref().unwrap();
        assert!(
            hashes.iter().all(|&h| filter.may_hold(h)),
            "no false negative"
        );
        assert!(hashes.iter().all(|&h| seen.contains(h)));
    }

    #[test]
    fn the_filter_grows_and_keeps_every_hash_it_was_given() {
        let mut filter = Filter::default();
        assert!(!filter.may_hold(0) && !filter.may_hold(u64::MAX), "empty");
        let hashes: Vec<u64> = (0..100_000u64)
            .map(|i| i.wrapping_mul(0x9E37_79B9_7F4A_7C15))
            .collect();
        for (i, &hash) in hashes.iter().enumerate() {
            if !filter.add(hash) {
                filter = Filter::holding(i + 1, hashes[..=i].iter());
            }
        }
        assert!(
            hashes.iter().all(|&h| filter.may_hold(h)),
            "no false negative"
        );
        assert!(
            filter.words.len() * 64 >= hashes.len() * 8,
            "8+ bits a hash"
        );
        // About 1–5 % false positives; far fewer than half, or it filters nothing.
        let others = (100_000..200_000u64).map(|i| i.wrapping_mul(0x9E37_79B9_7F4A_7C15));
        let false_positives = others.filter(|&h| filter.may_hold(h)).count();
        assert!(false_positives < 6_000, "{false_positives} false positives");
    }

    #[test]
    fn seen_ids_merge_keeps_every_hash_sorted() {
        let mut seen = SeenIds::default();
        // Three merges' worth and some runs, in an order that interleaves with what was
        // merged before.
        let n = 3 * SeenIds::FRESH as u64 + 5 * SeenIds::TAIL as u64 + 5;
        for i in 0..n {
            seen.insert(i.wrapping_mul(0x9E37_79B9_7F4A_7C15));
        }
        assert!(seen.sorted.is_sorted());
        assert_eq!(seen.len(), usize::try_from(n).unwrap());
        assert!(seen.runs.iter().all(|run| run.is_sorted()));
        assert!(
            seen.runs.windows(2).all(|w| w[0].len() > w[1].len()),
            "runs longest first, no two of one length"
        );
        assert!(seen.tail.len() < SeenIds::TAIL);
        assert!((0..n).all(|i| seen.contains(i.wrapping_mul(0x9E37_79B9_7F4A_7C15))));
        assert!((n..n + 1000).all(|i| !seen.contains(i.wrapping_mul(0x9E37_79B9_7F4A_7C15))));
    }
}
