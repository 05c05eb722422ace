//! The repeat detector: a customer message's normalised words, and the conversation's
//! earlier ones ([`RepeatMemory`]) → how many earlier messages nearly equal it; with
//! the stop words that do not count and the word hashes both are kept as. An ASCII
//! message's words are hashed from it as written, normalised on the fly
//! ([`crate::text::raw`]), with no normalised copy.

use crate::fnv::{OFFSET as FNV_OFFSET, PRIME as FNV_PRIME};
use crate::rules::builtin::{REPEAT_STOP_WORDS, RepeatSettings};
use crate::text::Normalized;
use crate::text::raw::feed_normalized;

/// The repeat detector's settings, compiled.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Repeat {
    min_words: usize,
    pub(super) min_content_words: usize,
    /// Sendings a short message needs (0: short messages never count).
    times: usize,
}

impl Repeat {
    pub(super) fn new(settings: &RepeatSettings) -> Self {
        Repeat {
            min_words: settings.min_words.max(1) as usize,
            min_content_words: settings.min_content_words as usize,
            times: settings.times.map_or(0, |t| t as usize),
        }
    }

    /// How many earlier messages must be like a message of `words` distinct words,
    /// `content` of them outside the stop list, for it to count (0: it cannot).
    pub(super) fn earlier_needed(self, words: usize, content: usize) -> usize {
        if words == 0 || content < self.min_content_words {
            0
        } else if words >= self.min_words {
            1
        } else {
            self.times.saturating_sub(1)
        }
    }
}

/// Earlier customer messages a message is compared with, at least: a repeat further
/// back than this in one conversation is not a customer stuck in a loop.
pub(super) const REMEMBERED: usize = 100;

/// Earlier customer messages, as sorted sets of word hashes, for the repeat detector;
/// all in one buffer so a conversation does not allocate per message.
#[derive(Debug, Default)]
pub(crate) struct RepeatMemory {
    words: Vec<u64>,
    /// End of each earlier message's words in `words`.
    ends: Vec<usize>,
    current: Vec<u64>,
}

impl RepeatMemory {
    pub(crate) fn clear(&mut self) {
        self.words.clear();
        self.ends.clear();
    }

    /// Takes `n`'s distinct words as the current message; gives their number and how
    /// many of them are not stop words, counted up to `stop.cap` (no setting asks for
    /// more: with the default of 1, the first content word ends the count).
    pub(super) fn take(&mut self, n: &Normalized, stop: &StopWords) -> (usize, usize) {
        self.current.clear();
        hash_words::<true>(n.as_bytes(), &mut self.current);
        self.count(stop)
    }

    /// What [`RepeatMemory::take`] gives for `text`'s normalised form, hashed from the
    /// ASCII text as written ([`feed_normalized`]: the same bytes, so the same hashes),
    /// without a normalised copy. `None` past ASCII: then normalise and `take`.
    pub(super) fn take_ascii(&mut self, text: &str, stop: &StopWords) -> Option<(usize, usize)> {
        self.current.clear();
        let mut words = WordHashes::default();
        let current = &mut self.current;
        // Never stopped by `push`: `Some(false)` for ASCII, `None` past it.
        feed_normalized(text.as_bytes(), |b| {
            words.push_distinct(b, current);
            false
        })?;
        words.finish(current);
        Some(self.count(stop))
    }

    /// The current message's distinct words, and how many are not stop words (up to
    /// `stop.cap`), from their hashes.
    fn count(&mut self, stop: &StopWords) -> (usize, usize) {
        self.current.sort_unstable();
        self.current.dedup();
        let mut content = 0;
        for &word in &self.current {
            if content >= stop.cap {
                break;
            }
            if !stop.contains(word) {
                content += 1;
            }
        }
        (self.current.len(), content)
    }

    /// How many earlier messages nearly equal the current one, counting up to `limit`.
    pub(super) fn similar_earlier(&self, limit: usize) -> usize {
        let mut found = 0;
        let mut start = 0;
        for &end in &self.ends {
            if found >= limit {
                break;
            }
            if similar(&self.words[start..end], &self.current) {
                found += 1;
            }
            start = end;
        }
        found
    }

    /// After [`RepeatMemory::remember`]: how many earlier messages nearly equal the one
    /// just remembered (still the current one), counting up to `limit` (`explain`'s
    /// replay of [`RepeatMemory::similar_earlier`]).
    pub(super) fn similar_before_latest(&self, limit: usize) -> usize {
        self.similar_earlier(limit + 1).saturating_sub(1)
    }

    /// Remembers the current message for the next ones: the last [`REMEMBERED`] (at
    /// least) of them, so that a conversation of thousands of messages costs each one
    /// as much as a short one does, not a comparison with every message before it.
    pub(super) fn remember(&mut self) {
        self.words.extend_from_slice(&self.current);
        self.ends.push(self.words.len());
        if self.ends.len() >= 2 * REMEMBERED {
            // Forgets the oldest half at once: each message is moved once, on average.
            let dropped = self.ends.len() - REMEMBERED;
            let cut = self.ends[dropped - 1];
            self.words.drain(..cut);
            self.ends.drain(..dropped);
            for end in &mut self.ends {
                *end -= cut;
            }
        }
    }

    /// How many earlier messages it holds.
    #[cfg(test)]
    pub(super) fn remembered(&self) -> usize {
        self.ends.len()
    }

    /// The current message's distinct word hashes, sorted.
    #[cfg(test)]
    pub(super) fn current(&self) -> &[u64] {
        &self.current
    }

    /// Whether `n` repeats an earlier message under the default settings; then
    /// remembers it.
    #[cfg(test)]
    pub(super) fn repeated(&mut self, n: &Normalized) -> bool {
        let repeat = Repeat::new(&RepeatSettings::default());
        let (words, content) = self.take(n, &StopWords::new(repeat.min_content_words));
        let needed = repeat.earlier_needed(words, content);
        let repeated = needed > 0 && self.similar_earlier(needed) >= needed;
        self.remember();
        repeated
    }
}

/// The hashes of [`REPEAT_STOP_WORDS`] (as [`fnv1a_words`] hashes them) in an
/// open-addressing table: a lookup is one or two loads, where a binary search of the
/// sorted hashes cost 5 % more instructions for the whole replay.
#[derive(Debug, Clone)]
pub(super) struct StopWords {
    pub(super) table: Box<[u64; STOP_SLOTS]>,
    /// Content words worth counting: the most any repeat setting asks for.
    cap: usize,
}

/// A power of two, over twice the number of stop words.
pub(super) const STOP_SLOTS: usize = 512;

impl StopWords {
    pub(super) fn new(cap: usize) -> Self {
        let mut table = Box::new([0u64; STOP_SLOTS]);
        let mut hashes = Vec::with_capacity(REPEAT_STOP_WORDS.len());
        for word in REPEAT_STOP_WORDS {
            fnv1a_words(word.as_bytes(), &mut hashes);
        }
        for hash in hashes {
            let mut slot = Self::slot(hash);
            while table[slot] != 0 && table[slot] != hash {
                slot = (slot + 1) % STOP_SLOTS;
            }
            table[slot] = hash;
        }
        StopWords { table, cap }
    }

    pub(super) fn slot(hash: u64) -> usize {
        // Fibonacci hashing: FNV-1a of one- and two-letter words differ in few bits,
        // which the multiplication spreads into the top nine.
        (hash.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 55) as usize % STOP_SLOTS
    }

    pub(super) fn contains(&self, hash: u64) -> bool {
        let mut slot = Self::slot(hash);
        loop {
            match self.table[slot] {
                0 => return false,
                h if h == hash => return true,
                _ => slot = (slot + 1) % STOP_SLOTS,
            }
        }
    }
}

/// FNV-1a of a whole word, as [`WordHashes`] hashes each word as it goes.
#[cfg(test)]
pub(super) fn fnv1a(bytes: &[u8]) -> u64 {
    crate::fnv::feed(FNV_OFFSET, bytes)
}

/// `text`'s distinct words' hashes, sorted, into `out`: those of its normalised form
/// ([`fnv1a_words`]), hashed from the text as written when it is ASCII
/// ([`feed_normalized`]: the same bytes, so the same hashes), else from `normalized`.
pub(super) fn word_set(text: &str, normalized: &mut Normalized, out: &mut Vec<u64>) {
    out.clear();
    let mut words = WordHashes::default();
    let ascii = feed_normalized(text.as_bytes(), |b| {
        words.push_distinct(b, out);
        false
    });
    if ascii.is_some() {
        words.finish(out);
    } else {
        out.clear();
        normalized.set(text);
        hash_words::<true>(normalized.as_bytes(), out);
    }
    out.sort_unstable();
    out.dedup();
}

/// The FNV-1a hash of each space-separated word of `text`, in one pass (splitting first
/// and hashing each word cost twice as many instructions).
pub(super) fn fnv1a_words(text: &[u8], out: &mut Vec<u64>) {
    hash_words::<false>(text, out);
}

/// [`fnv1a_words`]; `DISTINCT` for a caller that makes `out` a sorted set in the end
/// ([`WordHashes::push_distinct`]).
fn hash_words<const DISTINCT: bool>(text: &[u8], out: &mut Vec<u64>) {
    let mut words = WordHashes::default();
    for &b in text {
        words.push_to::<DISTINCT>(b, out);
    }
    words.finish(out);
}

/// [`fnv1a_words`] a byte at a time, for bytes that are fed rather than read from a
/// slice: each word's hash goes to `out` at the space that ends it.
struct WordHashes {
    hash: u64,
    in_word: bool,
}

impl Default for WordHashes {
    fn default() -> Self {
        WordHashes {
            hash: FNV_OFFSET,
            in_word: false,
        }
    }
}

impl WordHashes {
    /// A byte, for a caller that makes `out` a sorted set in the end: it
    /// is made one whenever it fills ([`make_room`]), so that it holds about the
    /// distinct words, not every word.
    #[inline]
    fn push_distinct(&mut self, b: u8, out: &mut Vec<u64>) {
        self.push_to::<true>(b, out);
    }

    #[inline]
    fn push_to<const DISTINCT: bool>(&mut self, b: u8, out: &mut Vec<u64>) {
        if b == b' ' {
            if self.in_word {
                if DISTINCT && out.len() == out.capacity() {
                    make_room(out);
                }
                out.push(self.hash);
                self.hash = FNV_OFFSET;
                self.in_word = false;
            }
        } else {
            self.hash = (self.hash ^ u64::from(b)).wrapping_mul(FNV_PRIME);
            self.in_word = true;
        }
    }

    /// The last word's hash, if the text did not end with a space.
    fn finish(self, out: &mut Vec<u64>) {
        if self.in_word {
            out.push(self.hash);
        }
    }
}

/// Word hashes at which a full buffer of them is made a sorted set ([`make_room`]):
/// more than almost any message has, so that only a long one is ever sorted twice.
pub(super) const DISTINCT_FROM: usize = 4096;

/// A full buffer of word hashes whose caller wants them as a sorted set: sorted and
/// deduplicated now, past [`DISTINCT_FROM`], rather than grown. A message of megabytes
/// has hundreds of thousands of words but few distinct ones: every word kept took 8
/// bytes a word, grown to twice that (4 MB for a message of 1.5 MB). Made to grow
/// (doubled) when that leaves it more than half full, so that each sort is followed by
/// as many words as it kept: never a sort a word.
#[cold]
fn make_room(out: &mut Vec<u64>) {
    if out.len() >= DISTINCT_FROM {
        out.sort_unstable();
        out.dedup();
        if out.len() > out.capacity() / 2 {
            out.reserve(out.len());
        }
    }
}

/// Jaccard similarity of two sorted word-hash sets of at least 0.9: the same message, give
/// or take punctuation, case or a word in ten ("…in the Center part of town" and "…in
/// the South part of town" are two questions, not one asked twice).
pub(super) fn similar(a: &[u64], b: &[u64]) -> bool {
    if a.is_empty() {
        return false;
    }
    // common ≤ the smaller set and union ≥ the larger: sets of too different sizes cannot
    // be similar, and most earlier messages are of another size.
    let (small, large) = (a.len().min(b.len()), a.len().max(b.len()));
    if small * 10 < large * 9 {
        return false;
    }
    let (mut i, mut j, mut common) = (0, 0, 0usize);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                common += 1;
                i += 1;
                j += 1;
            }
        }
    }
    let union = a.len() + b.len() - common;
    common * 10 >= union * 9
}
