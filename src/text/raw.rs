//! Normalisation without the copy: ASCII text → the bytes of its normalised text (what
//! [`Normalized`](super::Normalized) would hold), handed one at a time to a consumer as
//! they are made, until it has what it wants; the automaton may also pass over the rest
//! of a word it cannot leave its root in.
//!
//! For the phrase automaton's "does anything match?" pre-walk and the repeat detector's
//! word hashes, which read the normalised bytes once and in order: most messages match no
//! phrase, and then their normalised copy is never needed. No map back to the original
//! and no clause breaks (neither reader needs them); text past ASCII is left to
//! [`Normalized`](super::Normalized)'s character path.

use super::ascii::{ASCII_TABLE, BREAK, SKIP, SPACE};

/// A byte past ASCII: the walk stops, for the caller to normalise the text instead.
const BEYOND: u8 = 3;

/// What each byte becomes: its lower-case self (letters and digits, all above
/// `BEYOND`), `SKIP` (0: apostrophes), `SPACE` (anything else in ASCII, clause punctuation
/// too: a break is a plain space in the text) or `BEYOND`. Made from the table of
/// the normalising pass, so the two cannot disagree.
static RAW: [u8; 256] = {
    let mut table = [BEYOND; 256];
    let mut b = 0;
    while b < 128 {
        table[b] = match ASCII_TABLE[b] {
            BREAK => SPACE,
            class => class,
        };
        b += 1;
    }
    table
};

/// Hands `take` each byte of the normalised text of `original`, in order, stopping as
/// soon as `take` returns true: the leading space, each letter or digit lower-cased, one
/// space for each run of other bytes (apostrophes dropped, not separating), and the
/// trailing space unless one was just taken (the same padding rules as
/// [`Normalized`](super::Normalized), property-tested byte for byte).
///
/// Gives `Some(true)` when `take` stopped it, `Some(false)` when every byte was taken,
/// and `None` at the first byte past ASCII: then the bytes taken were a prefix of the
/// normalised text, but the rest needs the character path.
#[inline]
pub(crate) fn feed_normalized(original: &[u8], mut take: impl FnMut(u8) -> bool) -> Option<bool> {
    feed_words(
        original,
        #[inline(always)]
        |byte| if take(byte) { Take::Stop } else { Take::More },
        |_| false,
    )
}

/// What a consumer of [`feed_words`] wants after a byte.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Take {
    /// The next byte.
    More,
    /// Nothing more: the feed ends with `Some(true)`.
    Stop,
    /// Not the letters and digits that follow in this word for which the feed's `stays`
    /// holds (after a letter or digit): the consumer is where they would leave it.
    RestOfWord,
}

/// [`feed_normalized`], for a consumer that can also pass over what follows in a word
/// ([`Take::RestOfWord`]): the letters and digits (normalised) for which `stays` holds,
/// and apostrophes. The phrase automaton, back at its root inside a word, stays there on
/// every letter no pattern starts with (all of them, when every pattern starts with a
/// space).
#[inline]
pub(crate) fn feed_words(
    original: &[u8],
    mut take: impl FnMut(u8) -> Take,
    stays: impl Fn(u8) -> bool,
) -> Option<bool> {
    if take(b' ') == Take::Stop {
        return Some(true);
    }
    // Whether the last byte taken was a space.
    let mut spaced = true;
    let mut i = 0;
    while i < original.len() {
        let class = RAW[usize::from(original[i])];
        i += 1;
        if class > BEYOND {
            match take(class) {
                Take::Stop => return Some(true),
                Take::More => {}
                Take::RestOfWord => {
                    // Apostrophes, and the letters and digits the consumer stays on.
                    while let Some(&byte) = original.get(i) {
                        let class = RAW[usize::from(byte)];
                        if class != SKIP && !(class > BEYOND && stays(class)) {
                            break;
                        }
                        i += 1;
                    }
                }
            }
            spaced = false;
        } else if class == SPACE {
            if !spaced {
                if take(b' ') == Take::Stop {
                    return Some(true);
                }
                spaced = true;
            }
        } else if class == BEYOND {
            return None;
        }
        // SKIP: nothing taken, and a run of separators around it stays one space.
    }
    Some(!spaced && take(b' ') == Take::Stop)
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::text::Normalized;

    /// Every byte `feed_normalized` hands over, and its answer, when `take` never stops it.
    fn fed(text: &str) -> (Vec<u8>, Option<bool>) {
        let mut out = Vec::new();
        let answer = feed_normalized(text.as_bytes(), |b| {
            out.push(b);
            false
        });
        (out, answer)
    }

    proptest! {
        /// For ASCII text, the bytes fed are exactly the normalised text; past ASCII the
        /// feed stops with `None`, having fed a prefix of it.
        #[test]
        fn the_bytes_fed_are_the_normalised_text(
            text in prop_oneof![
                "[ -~\t\n\r]{0,80}",
                "[ '`.,!?;:\n\tAaBbZz09-]{0,30}",
                "(['`]{0,2}[a-zA-Z0-9]{0,8}['`]{0,2}[ .,!?;:'`\"()-]{0,4}){0,10}",
                "([A-Za-z']{1,10} ){0,8}[.!?]{0,3}",
                "[\x00-\x7f]{0,40}",
                "[a-z 'é’\u{212a}.]{0,30}",
            ],
        ) {
            let normalized = Normalized::new(&text);
            let (bytes, answer) = fed(&text);
            if text.is_ascii() {
                prop_assert_eq!(answer, Some(false));
                prop_assert_eq!(bytes.as_slice(), normalized.as_bytes());
            } else {
                prop_assert_eq!(answer, None);
                prop_assert!(normalized.as_bytes().starts_with(&bytes));
            }
        }

        /// Stopping at any byte stops the feed there, with `Some(true)`.
        #[test]
        fn take_stops_the_feed(text in "[ -~]{0,40}", stop in 0usize..50) {
            let (all, _) = fed(&text);
            let mut taken = Vec::new();
            let answer = feed_normalized(text.as_bytes(), |b| {
                taken.push(b);
                taken.len() > stop
            });
            if stop < all.len() {
                prop_assert_eq!(answer, Some(true));
                prop_assert_eq!(taken.as_slice(), &all[..=stop]);
            } else {
                prop_assert_eq!(answer, Some(false));
                prop_assert_eq!(taken, all);
            }
        }
    }

    /// A consumer that wants only each word's first letter gets it and the spaces.
    #[test]
    fn the_rest_of_a_word_is_passed_over() {
        let first_letters = |b| {
            if b == b' ' {
                Take::More
            } else {
                Take::RestOfWord
            }
        };
        let mut taken = Vec::new();
        let answer = feed_words(
            b"Don't  STOP, it's 42x!",
            |b| {
                taken.push(b);
                first_letters(b)
            },
            |_| true,
        );
        assert_eq!(answer, Some(false));
        assert_eq!(taken, b" d s i 4 ");
        // Only what `stays` holds for is passed over: not a `t`.
        taken.clear();
        feed_words(
            b"Don't stop",
            |b| {
                taken.push(b);
                first_letters(b)
            },
            |b| b != b't',
        );
        assert_eq!(taken, b" dt st ");
        // Past ASCII inside a passed-over word: still `None`.
        assert_eq!(feed_words("Zoë".as_bytes(), first_letters, |_| true), None);
    }

    #[test]
    fn padding_and_runs() {
        assert_eq!(fed(""), (b" ".to_vec(), Some(false)));
        assert_eq!(fed("!!! ..."), (b" ".to_vec(), Some(false)));
        assert_eq!(
            fed("Don't  STOP..."),
            (b" dont stop ".to_vec(), Some(false))
        );
        assert_eq!(fed(" a'b 9 "), (b" ab 9 ".to_vec(), Some(false)));
        assert_eq!(fed("x ' y"), (b" x y ".to_vec(), Some(false)));
        assert_eq!(fed("Ärger").1, None);
    }
}
