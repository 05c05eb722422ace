//! A record past the limit (`RecordReader::too_long`): its first bytes parsed and marked,
//! the rest of its line passed over unkept.

use std::io::{self, Read};

use super::parse::parse;
use super::{Record, RecordReader};

impl<R: Read> RecordReader<R> {
    /// The record at `start` runs past the limit (more than `limit` bytes of it are
    /// buffered): parses its first `limit + 1` bytes as if the input ended there, marks
    /// it, and ends it at the end of the line its quote still open there starts on (the
    /// lines after are parsed as records next, as after a quote open at the end of the
    /// input), or else at the next line break after those bytes, passing over the bytes
    /// up to it without keeping them. Leaves the line counter at the line reading goes
    /// on with.
    pub(super) fn too_long(&mut self, record: &mut Record) -> io::Result<()> {
        let most = self.limit + 1;
        let bytes = &self.buf[self.start..self.start + most];
        parse(bytes, true, self.delimiter, record);
        let cut = record.unclosed.and_then(|unclosed| {
            memchr::memchr2(b'\r', b'\n', &bytes[unclosed.at..]).map(|k| unclosed.at + k)
        });
        if let Some(cut) = cut {
            parse(&bytes[..cut], true, self.delimiter, record);
        }
        if let Some(unclosed) = record.unclosed.as_mut() {
            unclosed.swallowed = None;
        }
        record.too_long = true;
        record.line = self.line;
        self.line += record.newlines;
        match cut {
            Some(cut) => self.start += cut,
            None => {
                self.start += most;
                self.skip_line()?;
            }
        }
        Ok(())
    }

    /// Passes over the bytes up to the next line break (or the end of the input).
    fn skip_line(&mut self) -> io::Result<()> {
        loop {
            if let Some(k) = memchr::memchr2(b'\r', b'\n', &self.buf[self.start..self.end]) {
                self.start += k;
                return Ok(());
            }
            self.start = self.end;
            if self.eof {
                return Ok(());
            }
            self.fill()?;
        }
    }
}
