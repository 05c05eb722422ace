//! The ASCII fast path of normalisation: ASCII text → what [`Normalized::fill_chars`]
//! would give it, written into buffers sized up front, eight bytes at a time where they
//! are plain letters, digits and single spaces (in a register), otherwise a byte at a
//! time through the table of what each ASCII byte becomes ([`ASCII_TABLE`], which
//! [`raw`](super::raw) makes its own table from). Most messages are ASCII: this is the
//! replay's hot path.

use super::{Normalized, position};

impl Normalized {
    /// ASCII text, the common case: what [`Normalized::fill_chars`] gives, into buffers
    /// sized up front (property-tested against it): eight bytes at a time where they are
    /// letters, digits and single spaces, otherwise a byte at a time through a table.
    /// `text` holds the leading space already.
    pub(super) fn fill_ascii<const TRACK: bool>(&mut self, original: &[u8]) {
        let Normalized {
            text,
            origin,
            breaks,
            ..
        } = self;
        let mut n = text.len();
        let mut spaced = text.last() == Some(&b' ');
        text.resize(n + original.len(), b' ');
        // A slice, not the vector: its bounds stay in registers through the loop.
        let out = &mut text[..];
        let mut from = |n: usize, i: usize| origin.push(position(n), position(i));
        let mut i = 0;
        while i < original.len() {
            // Eight letters, digits and single spaces at a time: they map byte for byte.
            if let Some(chunk) = original.get(i..).and_then(<[u8]>::first_chunk::<8>)
                && let Some(lowered) = plain_chunk(u64::from_le_bytes(*chunk), spaced)
            {
                out[n..n + 8].copy_from_slice(&lowered.to_le_bytes());
                // Byte for byte: the first says where all eight came from.
                if TRACK {
                    from(n, i);
                }
                n += 8;
                i += 8;
                spaced = lowered >> 56 == u64::from(b' ');
                continue;
            }
            // Otherwise the next eight bytes (or what is left) one at a time.
            let stop = (i + 8).min(original.len());
            while i < stop {
                let class = ASCII[usize::from(original[i])];
                if class > BREAK {
                    out[n] = class;
                    if TRACK {
                        from(n, i);
                    }
                    n += 1;
                    spaced = false;
                } else if class != SKIP {
                    if !spaced {
                        out[n] = b' ';
                        if TRACK {
                            from(n, i);
                        }
                        n += 1;
                        spaced = true;
                    }
                    if class == BREAK {
                        let at = u32::try_from(n - 1).unwrap_or(u32::MAX);
                        if breaks.last() != Some(&at) {
                            breaks.push(at);
                        }
                    }
                }
                i += 1;
            }
        }
        text.truncate(n);
    }
}

/// Eight ASCII bytes, lower-cased, when each is a letter, a digit or a space that
/// follows no space (`spaced`: the output so far ends with one): what the byte-by-byte
/// table gives them. `None` for anything else.
fn plain_chunk(word: u64, spaced: bool) -> Option<u64> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // The high bit of each byte in `lo..=hi` (bytes below 0x80: no carry between them).
    let within = |lo: u8, hi: u8| {
        let at_least = word.wrapping_add(ONES * u64::from(0x80 - lo));
        let above = word.wrapping_add(ONES * u64::from(0x7F - hi));
        at_least & !above & HIGH
    };
    if word & HIGH != 0 {
        return None;
    }
    let upper = within(b'A', b'Z');
    let space = within(b' ', b' ');
    let plain = within(b'a', b'z') | upper | within(b'0', b'9') | space;
    // Every byte plain; no two spaces in a row, nor a space after one.
    if plain != HIGH || space & (space << 8) != 0 || (spaced && space & 0x80 != 0) {
        return None;
    }
    Some(word | (upper >> 2))
}

pub(super) const SKIP: u8 = 0;
pub(super) const SPACE: u8 = 1;
pub(super) const BREAK: u8 = 2;

/// What each ASCII byte becomes: its lower-case self (letters and digits), `SKIP`
/// (apostrophes), `BREAK` (clause punctuation) or `SPACE` (anything else).
static ASCII: [u8; 128] = ASCII_TABLE;

/// [`ASCII`]'s contents, for [`raw`](super::raw)'s table to be made from at compile time.
pub(super) const ASCII_TABLE: [u8; 128] = {
    let mut table = [SPACE; 128];
    let mut c: u8 = 0;
    while c < 128 {
        if c.is_ascii_alphanumeric() {
            table[c as usize] = c.to_ascii_lowercase();
        }
        c += 1;
    }
    table[b'\'' as usize] = SKIP;
    table[b'`' as usize] = SKIP;
    let mut i = 0;
    let breaks = b".!?;,:\n";
    while i < breaks.len() {
        table[breaks[i] as usize] = BREAK;
        i += 1;
    }
    table
};
