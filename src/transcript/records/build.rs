//! How a [`RecordReader`] is made: its reader → one of the csv crate's grammar, then
//! what the export readers ask of it (recovering from unclosed quotes, a delimiter found
//! or given, a limit).

use std::io::Read;

use super::{CHUNK, MAX_RECORD_BYTES, RecordReader};

impl<R: Read> RecordReader<R> {
    pub(crate) fn new(inner: R) -> Self {
        Self::with_chunk(inner, CHUNK)
    }

    /// A reader whose buffer starts at `chunk` bytes (small ones test records across
    /// buffer boundaries).
    pub(super) fn with_chunk(inner: R, chunk: usize) -> Self {
        RecordReader {
            inner,
            buf: Vec::new(),
            start: 0,
            end: 0,
            eof: false,
            line: 1,
            started: false,
            chunk: chunk.max(1),
            recover: false,
            limit: MAX_RECORD_BYTES,
            leave_out_boms: true,
            bom_given: false,
            delimiter: b',',
            sniff: false,
            also: None,
            sep_line: false,
            sep_said: false,
        }
    }

    /// A reader whose records may take at most `limit` bytes (small ones test records
    /// past the limit).
    #[must_use]
    pub(crate) fn with_limit(mut self, limit: usize) -> Self {
        self.limit = limit.max(1);
        self
    }

    /// A reader that ends a quoted field that no quote closes at the end of the line it
    /// opened on, marks its record [`Unclosed`](super::Unclosed), and goes on with the next line.
    #[must_use]
    pub(crate) fn recovering(mut self) -> Self {
        self.recover = true;
        self
    }

    /// A reader that takes the delimiter from the first line (the header): `;`, a tab or
    /// `|` when that line, outside quotes, holds more of it than of commas, else `,`.
    /// Spreadsheets in many languages save "CSV" with semicolons, and some tools export
    /// tab-separated files; a header of one column in such a file would otherwise be all
    /// a user is told.
    #[must_use]
    pub(crate) fn sniffing(mut self) -> Self {
        self.sniff = true;
        self.sep_line = true;
        self
    }

    /// A reader of fields separated by `delimiter` (`,`, `;`, a tab or `|`; any other
    /// byte reads as `,`), whatever the first line holds.
    #[must_use]
    pub(crate) fn delimited_by(mut self, delimiter: u8) -> Self {
        self.delimiter = delimiter;
        self.sniff = false;
        self.sep_line = true;
        self
    }

    /// A reader that keeps a UTF-8 byte order mark starting a record past the start of
    /// the input as ordinary bytes, as the csv crate reads it: for comparing with it.
    /// Every reader of handoff's leaves it out, as at the start, and marks the record
    /// ([`Record::bom`]): files joined with `cat`, each saved with one, would otherwise
    /// have it in the first field of the second file's first row (a conversation id that
    /// matches nothing).
    #[cfg(test)]
    #[must_use]
    pub(crate) fn keeping_boms(mut self) -> Self {
        self.leave_out_boms = false;
        self
    }
}
