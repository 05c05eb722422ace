//! What a pure function of a text found, kept for the next time the same text comes: a
//! text → the value computed once for it, per thread. Chat exports repeat texts word
//! for word (a bot's scripted questions, "Thanks!", a lead score, a tier, a company's
//! name in every packet and bridge message), and the patterns `--redact` searches cost
//! the same on each. Only for functions of the text alone (no conversation's names); a
//! text longer than [`LONGEST`] is computed each time (long texts seldom repeat), and the
//! memory is bounded: a memo keeps the texts of two generations of at most [`ENTRIES`]
//! each, the one being filled and the one before it, a text found in the older moved to
//! the newer; when the newer is full the older is dropped. The texts that keep coming
//! (a bot's questions) stay, the ones said once go. Six memos a thread, on each thread:
//! they held up to 8,192 texts of 512 bytes each, emptied all at once, and a redacted
//! replay on two threads peaked 7 MiB higher.

use std::cell::RefCell;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::thread::LocalKey;

/// The longest text kept, in bytes.
pub(super) const LONGEST: usize = 256;

/// How many texts a generation of a memo holds.
pub(super) const ENTRIES: usize = 1024;

/// A thread's memo of one function: text → value, in two generations.
pub(super) type Memo<V> = RefCell<Generations<V>>;

/// A text's hash as rustc's `FxHasher` makes it, eight bytes at a time, for the memos'
/// lookups: the standard hasher (`SipHash`) takes several instructions a byte of each
/// text looked up. No defence against texts made to collide is needed: a generation
/// holds [`ENTRIES`] texts at most, so a lookup compares with no more than those.
#[derive(Default, Clone, Copy)]
pub(super) struct TextHasher(u64);

impl TextHasher {
    fn add(&mut self, word: u64) {
        const K: u64 = 0x517c_c1b7_2722_0a95;
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(K);
    }
}

impl Hasher for TextHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0; 8];
            word.copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
        let mut rest = [0; 8];
        let tail = chunks.remainder();
        rest[..tail.len()].copy_from_slice(tail);
        self.add(u64::from_le_bytes(rest) ^ (tail.len() as u64) << 56);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// Text → value, hashed with [`TextHasher`].
type Texts<V> = HashMap<Box<str>, V, BuildHasherDefault<TextHasher>>;

/// The texts of a memo: those kept since the last generation began (`new`), and those of
/// the generation before (`old`).
pub(super) struct Generations<V> {
    new: Texts<V>,
    old: Texts<V>,
}

impl<V> Default for Generations<V> {
    fn default() -> Self {
        Generations {
            new: Texts::default(),
            old: Texts::default(),
        }
    }
}

impl<V: Clone> Generations<V> {
    /// The value kept for `text`, moved to the newer generation if it was in the older.
    fn get(&mut self, text: &str) -> Option<V> {
        if let Some(value) = self.new.get(text) {
            return Some(value.clone());
        }
        let (key, value) = self.old.remove_entry(text)?;
        self.insert(key, value.clone());
        Some(value)
    }

    /// Keeps `value` for `key`; a full newer generation becomes the older one.
    fn insert(&mut self, key: Box<str>, value: V) {
        if self.new.len() >= ENTRIES {
            self.old = std::mem::take(&mut self.new);
        }
        self.new.insert(key, value);
    }

    /// How many texts are kept.
    #[cfg(test)]
    fn len(&self) -> usize {
        self.new.len() + self.old.len()
    }
}

/// `compute(text)`, taken from `memo` when this thread computed it for the same text
/// before. `compute` must depend on nothing but `text`.
pub(super) fn remembered<V: Clone + 'static>(
    memo: &'static LocalKey<Memo<V>>,
    text: &str,
    compute: impl FnOnce(&str) -> V,
) -> V {
    if text.len() > LONGEST {
        return compute(text);
    }
    if let Some(value) = memo.with(|memo| memo.borrow_mut().get(text)) {
        return value;
    }
    let value = compute(text);
    memo.with(|memo| memo.borrow_mut().insert(text.into(), value.clone()));
    value
}

#[cfg(test)]
mod tests {
    use std::cell::Cell;

    use super::*;

    thread_local! {
        static LENGTHS: Memo<usize> = RefCell::default();
    }

    #[test]
    fn a_text_is_computed_once_and_a_long_one_each_time() {
        let calls = Cell::new(0);
        let length = |text: &str| {
            calls.set(calls.get() + 1);
            text.len()
        };
        assert_eq!(remembered(&LENGTHS, "Thanks!", length), 7);
        assert_eq!(remembered(&LENGTHS, "Thanks!", length), 7);
        assert_eq!(calls.get(), 1);
        assert_eq!(remembered(&LENGTHS, "thanks!", length), 7);
        assert_eq!(calls.get(), 2);
        let long = "a".repeat(LONGEST + 1);
        remembered(&LENGTHS, &long, length);
        remembered(&LENGTHS, &long, length);
        assert_eq!(calls.get(), 4);
    }

    /// The memos' hash tells apart texts that differ in their last bytes, in NUL bytes
    /// past a word's eight or in length alone; the map compares the texts whatever it
    /// says, so each text keeps its own value.
    #[test]
    fn texts_that_differ_only_at_their_end_keep_their_own_values() {
        use std::hash::BuildHasher;
        thread_local! {
            static TEXTS: Memo<String> = RefCell::default();
        }
        let texts = [
            "",
            "\0",
            "ab",
            "ab\0",
            "abcdefgh",
            "abcdefgh\0",
            "abcdefghi",
            "abcdefgi",
        ];
        let hash = |text: &str| BuildHasherDefault::<TextHasher>::default().hash_one(text);
        for (i, a) in texts.iter().enumerate() {
            for b in &texts[i + 1..] {
                assert_ne!(hash(a), hash(b), "{a:?} {b:?}");
            }
        }
        for text in texts.iter().chain(texts.iter()) {
            assert_eq!(remembered(&TEXTS, text, str::to_owned), *text);
        }
    }

    /// A memo held 8,192 texts and was emptied whole when full. It holds
    /// two generations of [`ENTRIES`] now: a text that keeps coming stays however many
    /// others pass, and the memo never holds more than twice [`ENTRIES`].
    #[test]
    fn a_memo_keeps_the_texts_that_keep_coming_and_no_more_than_two_generations() {
        thread_local! {
            static LENGTHS: Memo<usize> = RefCell::default();
        }
        let calls = Cell::new(0);
        let length = |text: &str| {
            calls.set(calls.get() + 1);
            text.len()
        };
        remembered(&LENGTHS, "Could I get your name?", length);
        for i in 0..10 * ENTRIES {
            remembered(&LENGTHS, &i.to_string(), length);
            if i % (ENTRIES / 2) == 0 {
                assert_eq!(remembered(&LENGTHS, "Could I get your name?", length), 22);
            }
            assert!(LENGTHS.with(|memo| memo.borrow().len()) <= 2 * ENTRIES);
        }
        assert_eq!(calls.get(), 1 + 10 * ENTRIES, "the question computed once");
        // Those said once are gone two generations later.
        let before = calls.get();
        remembered(&LENGTHS, "0", length);
        assert_eq!(calls.get(), before + 1);
    }
}
