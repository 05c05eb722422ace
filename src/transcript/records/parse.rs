//! The byte-level CSV parser: buffered bytes → one [`Record`], or word that the record goes
//! on past them. It keeps no state between records and does no reading (the
//! [`super::RecordReader`] does).

use super::{Record, Unclosed};

/// How far a parse of the buffered bytes got.
pub(super) enum Parsed {
    /// A whole record, ending before this offset (at its terminator, or the input's end).
    Record(usize),
    /// The record goes on past the bytes read so far.
    Incomplete,
}

/// Parses one record from `bytes` (which start with its first byte, not a terminator)
/// into `record`, its fields separated by `delimiter` (`,` but in files that use `;`, a
/// tab or `|`: any other byte is read as `,`). At the end of `bytes`, the record ends
/// there only if `eof`.
///
/// The delimiter is a constant of each of four copies of the parser, so a comma file's
/// is the code it was before there was a choice (a byte in a register instead cost
/// 0.5 % of a replay's instructions).
#[inline]
pub(super) fn parse(bytes: &[u8], eof: bool, delimiter: u8, record: &mut Record) -> Parsed {
    match delimiter {
        b';' => parse_with::<b';'>(bytes, eof, record),
        b'\t' => parse_with::<b'\t'>(bytes, eof, record),
        b'|' => parse_with::<b'|'>(bytes, eof, record),
        _ => parse_with::<b','>(bytes, eof, record),
    }
}

fn parse_with<const DELIMITER: u8>(bytes: &[u8], eof: bool, record: &mut Record) -> Parsed {
    let delimiter = DELIMITER;
    record.clear();
    record.delimiter = delimiter;
    let mut i = 0;
    // Unquoted fields and their delimiters are copied as they are, in one piece, when a
    // quoted field or the record's end comes: `bytes[copied..i]` is still to copy.
    let mut copied = 0;
    // One field per round.
    loop {
        if i == bytes.len() {
            // After a delimiter, at the end: one more, empty, field.
            record.data.extend_from_slice(&bytes[copied..]);
            return end_of_input(eof, record, i);
        }
        // An empty field (most metadata columns after a conversation's first row): its
        // delimiter at once, without looking for it eight bytes at a time.
        if bytes[i] == delimiter {
            record.ends.push(record.data.len() + (i - copied));
            i += 1;
            continue;
        }
        let mut unquoted = true;
        if bytes[i] == b'"' {
            record.data.extend_from_slice(&bytes[copied..i]);
            let opened = Unclosed {
                at: i,
                line_offset: record.newlines,
                swallowed: Some(0),
            };
            i += 1;
            loop {
                // The closing quote, counting line breaks on the way.
                let Some(k) = memchr::memchr2(b'"', b'\n', &bytes[i..]) else {
                    // An unclosed quote runs to the end of the input.
                    // (Marked also when more input is to come: a record past the limit
                    // is cut at the line this quote opens on.)
                    record.data.extend_from_slice(&bytes[i..]);
                    record.unclosed = Some(opened);
                    return end_of_input(eof, record, bytes.len());
                };
                if bytes[i + k] == b'\n' {
                    record.data.extend_from_slice(&bytes[i..=i + k]);
                    record.newlines += 1;
                    i += k + 1;
                    continue;
                }
                record.data.extend_from_slice(&bytes[i..i + k]);
                i += k + 1;
                match bytes.get(i) {
                    None => return end_of_input(eof, record, i),
                    Some(b'"') => {
                        record.data.push(b'"');
                        i += 1;
                    }
                    // After the closing quote: the field ends, or goes on unquoted.
                    Some(&b) if b == delimiter || b == b'\r' || b == b'\n' => {
                        unquoted = false;
                        break;
                    }
                    // Not a delimiter: a quote in the text that was not doubled.
                    Some(_) => {
                        record.stray_quote.get_or_insert(record.ends.len());
                        break;
                    }
                }
            }
            copied = i;
        }
        if unquoted {
            match field_end_of::<DELIMITER>(&bytes[i..]) {
                None => {
                    record.data.extend_from_slice(&bytes[copied..]);
                    return end_of_input(eof, record, bytes.len());
                }
                Some(k) => i += k,
            }
        }
        // `bytes[i]` is a delimiter or a terminator; `bytes[copied..i]` is still to copy.
        record.ends.push(record.data.len() + (i - copied));
        if bytes[i] == delimiter {
            i += 1;
        } else {
            record.data.extend_from_slice(&bytes[copied..i]);
            return Parsed::Record(i);
        }
    }
}

/// [`field_end_of`] for a delimiter given at run time (tests).
#[cfg(test)]
pub(super) fn field_end(bytes: &[u8], delimiter: u8) -> Option<usize> {
    match delimiter {
        b';' => field_end_of::<b';'>(bytes),
        b'\t' => field_end_of::<b'\t'>(bytes),
        b'|' => field_end_of::<b'|'>(bytes),
        _ => field_end_of::<b','>(bytes),
    }
}

/// The first delimiter or terminator. Most unquoted fields are short (an id, a role, a
/// timestamp, an empty metadata column): eight bytes at a time in a register finds their
/// end sooner than `memchr3` gets going; longer ones are left to it.
fn field_end_of<const DELIMITER: u8>(bytes: &[u8]) -> Option<usize> {
    const SHORT: usize = 32;
    let delimiter = DELIMITER;
    let mut at = 0;
    while let Some(word) = bytes.get(at..).and_then(<[u8]>::first_chunk::<8>) {
        let found = special(u64::from_le_bytes(*word), delimiter);
        if found != 0 {
            // The lowest flagged byte is the first special one (little-endian).
            return Some(at + (found.trailing_zeros() / 8) as usize);
        }
        at += 8;
        if at >= SHORT {
            return memchr::memchr3(delimiter, b'\r', b'\n', &bytes[at..]).map(|k| k + at);
        }
    }
    bytes[at..]
        .iter()
        .position(|&b| b == delimiter || b == b'\r' || b == b'\n')
        .map(|k| k + at)
}

/// The high bit of each byte of `word` that may be `delimiter`, `\r` or `\n`: exact for
/// the lowest flagged byte (borrows can flag bytes above a real one, never below).
fn special(word: u64, delimiter: u8) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let zero = |v: u64| v.wrapping_sub(ONES) & !v & HIGH;
    zero(word ^ (ONES * u64::from(delimiter)))
        | zero(word ^ (ONES * u64::from(b'\r')))
        | zero(word ^ (ONES * u64::from(b'\n')))
}

fn end_of_input(eof: bool, record: &mut Record, len: usize) -> Parsed {
    if eof {
        record.end_field();
        Parsed::Record(len)
    } else {
        Parsed::Incomplete
    }
}
