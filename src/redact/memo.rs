//! What a pure function of a text found, kept for the next time the same text comes: a
//! text → the value computed once for it, per thread. Chat exports repeat texts word
//! for word (a bot's scripted questions, "Thanks!", a lead score, a tier, a company's
//! name in every packet and bridge message), and the patterns `--redact` searches cost
//! the same on each. Only for functions of the text alone (no conversation's names); a
//! text longer than [`LONGEST`] is computed each time (long texts seldom repeat), and the
//! memory is bounded: past [`ENTRIES`] texts a thread's memo starts again empty.

use std::cell::RefCell;
use std::collections::HashMap;
use std::thread::LocalKey;

/// The longest text kept, in bytes.
pub(super) const LONGEST: usize = 512;

/// How many texts a memo holds before it is emptied (at most a few MiB a thread).
pub(super) const ENTRIES: usize = 8192;

/// A thread's memo of one function: text → value.
pub(super) type Memo<V> = RefCell<HashMap<Box<str>, V>>;

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
    if let Some(value) = memo.with(|memo| memo.borrow().get(text).cloned()) {
        return value;
    }
    let value = compute(text);
    memo.with(|memo| {
        let mut memo = memo.borrow_mut();
        if memo.len() >= ENTRIES {
            memo.clear();
        }
        memo.insert(text.into(), value.clone());
    });
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

    #[test]
    fn a_full_memo_starts_again() {
        thread_local! {
            static SQUARES: Memo<usize> = RefCell::default();
        }
        for i in 0..=ENTRIES {
            remembered(&SQUARES, &i.to_string(), str::len);
        }
        assert_eq!(SQUARES.with(|memo| memo.borrow().len()), 1);
    }
}
