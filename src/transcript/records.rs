//! CSV records: bytes from a reader → one record at a time, its fields unescaped, with
//! the line it begins on.
//!
//! The grammar is the csv crate's (RFC 4180, flexible): fields separated by `,`, records
//! by `\r`, `\n` or `\r\n`, blank lines skipped; a field that starts with `"` is quoted
//! (`""` inside is one quote; after the closing quote the field goes on unquoted); a
//! quote elsewhere is an ordinary byte; an unclosed quote runs to the end of the input.
//! A property test holds it to the csv crate on arbitrary input. A reader made
//! [`RecordReader::recovering`] (transcripts) parts from the crate there: a quote still
//! open at the end of the input ends its record at the end of the line it opened on, the
//! record is marked [`Unclosed`], and reading goes on with the next line, so one stray
//! quote costs one row, not the rest of the file. It is written here,
//! not taken from the crate, because transcripts are mostly long runs of ordinary bytes:
//! it looks for the next byte that matters (`memchr`, or eight bytes at a time in a
//! register for short fields) instead of stepping a state machine through every byte,
//! for about two thirds of the crate's instructions per row (docs/performance-log.md). A
//! leading UTF-8 BOM is dropped, and one starting a later record too (files joined with
//! `cat`: [`Record::bom`]; [`RecordReader::read_text`] marks the first such record, for
//! its reader to say once). Memory is one buffer, grown only to hold the longest record,
//! and never past [`MAX_RECORD_BYTES`]: a record that runs past it is cut short and
//! marked ([`Record::too_long`]), without the rest of it being held. An open quote
//! then ends at the end of its line, as at the end of the input; otherwise the record
//! ends at the next line break, the bytes up to it passed over unread. What it says of a
//! record it cannot give whole (the error, and the words for every reader): `messages`.

mod build;
mod fields;
mod messages;
mod parse;
mod sniff;
mod too_long;

use std::io::{self, Read};

pub(crate) use fields::{Record, SuspectQuote, TextRecord, Unclosed};
pub(crate) use messages::{
    TextError, size, stray_quote_message, suspect_quote_message, too_long_message, unclosed_message,
};
use parse::{Parsed, parse};
#[cfg(test)]
use sniff::delimiter_of_first_line;
use sniff::{ExcelSep, SNIFF_BYTES, excel_sep, first_line_delimiters};

/// A UTF-8 byte order mark.
const BOM: &[u8] = b"\xEF\xBB\xBF";

/// Bytes asked of the underlying reader at a time.
const CHUNK: usize = 256 * 1024;

/// The most bytes of a buffer kept once the record that grew it past them is read: a
/// record of megabytes (a log pasted into a chat) must not hold its copy in the buffer,
/// and its fields, beside the message made of them and for the rest of the run.
const KEPT: usize = 4 * CHUNK;

/// The most bytes one record (a CSV row, a JSONL line) may take, as written. A chat
/// message is never near this: a record past it is a quote that is never closed, or not
/// a transcript at all, and holding it whole would let one bad row take as much memory as
/// the file (a 2 GB export with an unclosed quote on line 2). Past it the record is
/// skipped as malformed and reading goes on (SECURITY.md, "Limits").
pub const MAX_RECORD_BYTES: usize = 16 * 1024 * 1024;

/// Reads records from any reader.
pub(crate) struct RecordReader<R> {
    inner: R,
    buf: Vec<u8>,
    /// The first byte of `buf` not yet parsed.
    start: usize,
    /// The end of the bytes read into `buf`.
    end: usize,
    eof: bool,
    /// The 1-based line of `buf[start]`.
    line: u64,
    started: bool,
    /// Bytes the buffer has room for beyond the unparsed ones, at least.
    chunk: usize,
    /// Whether a quote open at the end of the input ends at its line's end.
    recover: bool,
    /// The most bytes a record may take: [`MAX_RECORD_BYTES`] but in tests.
    limit: usize,
    /// Whether a byte order mark starting a record past the start of the input is left
    /// out: always, but when comparing with the csv crate, which keeps it.
    leave_out_boms: bool,
    /// Whether [`RecordReader::read_text`] has given a record that such a mark began.
    bom_given: bool,
    /// The byte between fields.
    delimiter: u8,
    /// Whether the delimiter is still to be found from the first line
    /// ([`RecordReader::sniffing`]).
    sniff: bool,
    /// The other delimiter the first line holds outside quotes, when it was found to
    /// be separated by commas.
    also: Option<u8>,
    /// Whether a first line `sep=;` (which Excel writes, and reads as the delimiter) is
    /// still to be looked for: by the readers of exports, not the csv crate's grammar.
    sep_line: bool,
    /// Whether that line was there and said the delimiter.
    sep_said: bool,
}

impl<R> RecordReader<R> {
    /// The line reading has reached: where an error stopped it.
    pub(crate) fn line(&self) -> u64 {
        self.line
    }

    /// The most bytes a record may take.
    pub(crate) fn limit(&self) -> usize {
        self.limit
    }

    /// The other delimiter a first line found to be comma-separated holds outside
    /// quotes (`;` in `id;name, first, last;text`), for the hint of a missing column.
    pub(crate) fn other_delimiter(&self) -> Option<u8> {
        self.also
    }

    /// Whether Excel's `sep=;` line said the delimiter (none was given).
    pub(crate) fn sep_said(&self) -> bool {
        self.sep_said
    }

    /// The delimiter Excel's `sep=;` line said, when it said it (none was given).
    pub(crate) fn sep_line(&self) -> Option<u8> {
        self.sep_said.then_some(self.delimiter)
    }
}

impl<R: Read> RecordReader<R> {
    /// Reads the next record into `record`; `false` at the end of the input. A record
    /// past the limit is cut short and marked [`Record::too_long`].
    ///
    /// # Errors
    /// The underlying reader's, with nothing of the record it interrupted kept.
    pub(crate) fn read(&mut self, record: &mut Record) -> io::Result<bool> {
        // The last record's fields are read: a long one's memory goes back now.
        record.release();
        while !self.started {
            self.fill()?;
        }
        // A byte order mark was left out before the record (not before a blank line).
        let mut bom = false;
        loop {
            // Between records: skip terminators (blank lines are no records).
            while let Some(&b) = self.buf[..self.end].get(self.start)
                && matches!(b, b'\r' | b'\n')
            {
                self.line += u64::from(b == b'\n');
                self.start += 1;
                bom = false;
            }
            if self.start == self.end {
                if self.eof {
                    return Ok(false);
                }
                self.fill()?;
                continue;
            }
            if self.leave_out_boms {
                let rest = &self.buf[self.start..self.end];
                if rest.starts_with(BOM) {
                    self.start += BOM.len();
                    bom = true;
                    continue;
                }
                // Perhaps a mark cut by the end of what was read: read on to tell.
                if rest.len() < BOM.len() && !self.eof && BOM.starts_with(rest) {
                    self.fill()?;
                    continue;
                }
            }
            // Excel's `sep=;` before the header: the delimiter, when none was given,
            // and no record (it was read as a header of the columns `sep=` and an empty one).
            if self.sep_line {
                match excel_sep(&self.buf[self.start..self.end], self.eof) {
                    ExcelSep::More => {
                        self.fill()?;
                        continue;
                    }
                    ExcelSep::None => self.sep_line = false,
                    ExcelSep::Line { delimiter, len } => {
                        self.sep_line = false;
                        if self.sniff {
                            self.delimiter = delimiter;
                            self.sniff = false;
                            self.sep_said = true;
                        }
                        // Its line break is skipped, and counted, as a blank line's.
                        self.start += len;
                        continue;
                    }
                }
            }
            if self.sniff {
                let rest = &self.buf[self.start..self.end];
                match first_line_delimiters(rest, self.eof || rest.len() > SNIFF_BYTES) {
                    Some((found, also)) => {
                        self.delimiter = found;
                        self.also = also;
                        self.sniff = false;
                    }
                    None => {
                        self.fill()?;
                        continue;
                    }
                }
            }
            match parse(
                &self.buf[self.start..self.end],
                self.eof,
                self.delimiter,
                record,
            ) {
                Parsed::Record(len) => {
                    let len = match record.unclosed {
                        Some(unclosed) if self.recover => self.cut(record, len, unclosed),
                        _ => len,
                    };
                    // Whole in the buffer, but past the limit all the same: cut short as
                    // when the limit comes first, so a record's fate does not depend on
                    // how much was buffered.
                    if len > self.limit {
                        self.too_long(record)?;
                        record.bom = bom;
                        return Ok(true);
                    }
                    record.line = self.line;
                    record.bom = bom;
                    self.line += record.newlines;
                    self.start += len;
                    self.give_back();
                    return Ok(true);
                }
                Parsed::Incomplete if self.end - self.start > self.limit => {
                    self.too_long(record)?;
                    record.bom = bom;
                    return Ok(true);
                }
                // Read more and parse the record again from its start, once its bytes have
                // doubled: linear time even for one unclosed quote running through a
                // whole file read a few bytes at a time.
                Parsed::Incomplete => self.fill()?,
            }
        }
    }

    /// Shrinks a buffer grown past [`KEPT`] for a record just read back to the size it
    /// reads in, with the unparsed bytes after the record (when they fit in it: else
    /// at a later record).
    fn give_back(&mut self) {
        let rest = self.end - self.start;
        if self.buf.len() > KEPT && rest <= self.chunk {
            self.buf.copy_within(self.start..self.end, 0);
            self.start = 0;
            self.end = rest;
            self.buf.truncate(self.chunk);
            self.buf.shrink_to_fit();
        }
    }

    /// Ends the record just parsed (`len` bytes from `start`, to the end of the input),
    /// whose last field opens a quote nothing closes, at the end of the line that quote
    /// opens on; gives its new length. The lines after it are parsed as records next.
    fn cut(&mut self, record: &mut Record, len: usize, unclosed: Unclosed) -> usize {
        let bytes = &self.buf[self.start..self.start + len];
        let cut =
            memchr::memchr2(b'\r', b'\n', &bytes[unclosed.at..]).map_or(len, |k| unclosed.at + k);
        let swallowed = bytes[cut..]
            .split(|&b| matches!(b, b'\r' | b'\n'))
            .filter(|line| !line.is_empty())
            .count() as u64;
        // Up to the line's end the quote is still open: the same record, one line long.
        parse(&bytes[..cut], true, self.delimiter, record);
        record.unclosed = Some(Unclosed {
            swallowed: Some(swallowed),
            ..unclosed
        });
        cut
    }

    /// Reads the next record as text, with the line it begins on; `None` at the end of
    /// the input. For files whose rows must all be text (contacts, labels).
    ///
    /// # Errors
    /// The underlying reader's, a record that is not valid UTF-8, one with a quote that
    /// nothing closes, or one past the limit, each with its line (reading can go on after
    /// the last two).
    pub(crate) fn read_text<'r>(
        &mut self,
        record: &'r mut Record,
    ) -> Result<Option<(u64, TextRecord<'r>)>, TextError> {
        match self.read(record) {
            Err(source) => Err(TextError::Io {
                line: self.line,
                source,
            }),
            Ok(false) => Ok(None),
            Ok(true) => {
                let line = record.line();
                if let Some(unclosed) = record.unclosed() {
                    return Err(TextError::Unclosed {
                        line: line + unclosed.line_offset,
                        field: record.len(),
                        unclosed,
                        limit: self.limit,
                    });
                }
                if record.too_long() {
                    return Err(TextError::TooLong {
                        line,
                        limit: self.limit,
                    });
                }
                match record.as_text() {
                    Some(mut text) => {
                        text.first_bom =
                            record.bom() && !std::mem::replace(&mut self.bom_given, true);
                        Ok(Some((line, text)))
                    }
                    None => Err(TextError::NotUtf8 { line }),
                }
            }
        }
    }

    /// Reads more input after the unparsed bytes, moving them to the front and growing
    /// the buffer when they fill it. It reads until the unparsed bytes have at least
    /// doubled (or the buffer is full, or the input ends): a record cut short is parsed
    /// again only once its bytes have doubled, and input arriving a little at a time
    /// (a pipe) is not held back waiting for a full buffer.
    ///
    /// The buffer grows no further than to hold one byte past the limit, once unparsed
    /// bytes (a record cut short) are in it: enough to tell the record is too long.
    fn fill(&mut self) -> io::Result<()> {
        self.buf.copy_within(self.start..self.end, 0);
        self.end -= self.start;
        self.start = 0;
        if self.buf.len() < self.end + self.chunk {
            let most = (self.limit + 1).max(self.end + 1);
            let len = (self.end + self.chunk).max(2 * self.end);
            let len = if self.end == 0 { len } else { len.min(most) };
            if self.buf.len() < len {
                self.buf.resize(len, 0);
            }
        }
        let enough = (2 * self.end).clamp(1, self.buf.len());
        while self.end < enough {
            match self.inner.read(&mut self.buf[self.end..]) {
                Ok(0) => {
                    self.eof = true;
                    break;
                }
                Ok(n) => self.end += n,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => return Err(e),
            }
        }
        // The byte order mark, once its three bytes are in (or all of a shorter input).
        if !self.started && (self.end >= 3 || self.eof) {
            self.started = true;
            if self.buf[..self.end].starts_with(BOM) {
                self.start = BOM.len();
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests;
