//! What reading records says of a record it cannot give whole: a record's size, the error
//! [`super::RecordReader::read_text`] gives, and the words for an unclosed quote, a stray
//! one, a quoted field that holds rows and a record past the limit, shared by every file
//! read with records (transcripts, contacts, labels). It reads nothing.

use std::io;

use super::{SuspectQuote, Unclosed};

/// `bytes` for a message: `16 MiB`, or a number of bytes when it is not whole MiB.
pub(crate) fn size(bytes: usize) -> String {
    const MIB: usize = 1024 * 1024;
    if bytes >= MIB && bytes.is_multiple_of(MIB) {
        format!("{} MiB", bytes / MIB)
    } else {
        format!("{bytes} bytes")
    }
}

/// Why [`RecordReader::read_text`](super::RecordReader::read_text) gave no record, with the
/// line reading stopped at.
/// After `Unclosed` and `TooLong`, reading can go on with the next record.
#[derive(Debug)]
pub(crate) enum TextError {
    Io {
        line: u64,
        source: io::Error,
    },
    NotUtf8 {
        line: u64,
    },
    /// Field `field` (1-based) opens a quote, on line `line`, that nothing closes.
    Unclosed {
        line: u64,
        field: usize,
        unclosed: Unclosed,
        limit: usize,
    },
    /// The record, from line `line` on, runs past `limit` bytes.
    TooLong {
        line: u64,
        limit: usize,
    },
}

/// What a quote that nothing closes does, opening a field in `column`: it swallows the
/// lines after it to the end of the input, or is not closed within the `limit` of one
/// record. With `recovered`, says that the lines after its own are read as rows (as
/// the reader does; a file that stops at the row does not).
pub(crate) fn unclosed_message(
    column: &str,
    unclosed: Unclosed,
    limit: usize,
    recovered: bool,
) -> String {
    let opens = format!("the quoted field in column {column} opens here");
    let (what, after) = match unclosed.swallowed {
        Some(0) => return format!("{opens}, on the file's last line, and is never closed"),
        Some(1) => (
            "and is never closed: it would swallow the line after it, to the end of the file"
                .to_owned(),
            ", which is read as a row instead",
        ),
        Some(n) => (
            format!(
                "and is never closed: it would swallow the {n} lines after it, to the end of the file"
            ),
            ", which are read as rows instead",
        ),
        None => (
            format!(
                "and is not closed within {}, the limit for one row: the quote is never closed, or the field is longer than a row may be",
                size(limit)
            ),
            "; the lines after this one are read as rows",
        ),
    };
    format!("{opens} {what}{}", if recovered { after } else { "" })
}

/// A quote inside the quoted field in `column` (`` `text` ``) that was not doubled: the
/// field reads on after it. The same words for every file read with records.
pub(crate) fn stray_quote_message(column: &str) -> String {
    format!("a quote inside the quoted {column} field is not doubled: the field goes on after it")
}

/// What a quoted field holding lines that look like rows suggests: a quote that nothing
/// closed, up to a later stray one. The same words for every file read with records.
pub(crate) fn suspect_quote_message(suspect: SuspectQuote) -> String {
    format!(
        "a quoted field runs over {} lines, {} of which look like rows: is a quote unclosed?",
        suspect.lines, suspect.like_rows
    )
}

/// A record (`what`: a row, a line) past the `limit` of one, with no quote open.
pub(crate) fn too_long_message(what: &str, limit: usize) -> String {
    format!(
        "the {what} is longer than {}, the limit for one row: not a message (a broken export, or not a transcript?); reading goes on at the next line",
        size(limit)
    )
}
