//! One CSV record, as [`super::RecordReader`] reads it and the parser fills it: its fields'
//! bytes, unescaped, and where each ends; a record's fields as text; the quote that opens
//! a field and is never closed. It reads nothing.

/// One record: its fields' bytes, unescaped, one delimiter between each two, and where
/// each field ends (field `i` starts one byte after field `i - 1` ends). Fields are kept
/// with their delimiters so that a run of unquoted fields is copied in one piece.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub(crate) struct Record {
    pub(super) data: Vec<u8>,
    pub(super) ends: Vec<usize>,
    /// The 1-based line the record begins on.
    pub(super) line: u64,
    /// Line breaks inside its quoted fields (only a quoted field holds one).
    pub(super) newlines: u64,
    /// Its last field opens a quote that nothing closes.
    pub(super) unclosed: Option<Unclosed>,
    /// It ran past the reader's limit, and was cut short.
    pub(super) too_long: bool,
}

/// A quoted field that no quote closes: it would run to the end of the input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Unclosed {
    /// Offset of the opening quote from the record's start.
    pub(super) at: usize,
    /// Lines of the record before the one the quote opens on.
    pub(crate) line_offset: u64,
    /// Non-blank lines after that one, to the end of the input: what the field would
    /// have held (a [`super::RecordReader::recovering`] reader reads them as records instead).
    /// `None` when the record ran past the reader's limit first: the quote is not closed
    /// within the limit, and the lines after its own are read as records.
    pub(crate) swallowed: Option<u64>,
}

impl Record {
    pub(crate) fn len(&self) -> usize {
        self.ends.len()
    }

    pub(crate) fn line(&self) -> u64 {
        self.line
    }

    /// Whether a field spans lines.
    pub(crate) fn spans_lines(&self) -> bool {
        self.newlines > 0
    }

    /// The quote its last field opens and nothing closes, if so.
    pub(crate) fn unclosed(&self) -> Option<Unclosed> {
        self.unclosed
    }

    /// Whether it ran past the reader's limit: its fields are those of the bytes read up
    /// to one past the limit (cut at the end of the line its open quote starts on, if one
    /// is open there).
    pub(crate) fn too_long(&self) -> bool {
        self.too_long
    }

    /// Field `i`, if there is one.
    pub(crate) fn get(&self, i: usize) -> Option<&[u8]> {
        let end = *self.ends.get(i)?;
        self.data.get(start(&self.ends, i)..end)
    }

    pub(crate) fn iter(&self) -> impl Iterator<Item = &[u8]> {
        (0..self.len()).filter_map(|i| self.get(i))
    }

    /// The fields as text, when every one is valid UTF-8: checked in one pass for the
    /// whole record (the ASCII delimiters between fields split no character, so each
    /// field is valid when the whole is).
    pub(crate) fn as_text(&self) -> Option<TextRecord<'_>> {
        let text = std::str::from_utf8(&self.data).ok()?;
        Some(TextRecord {
            text,
            ends: &self.ends,
        })
    }

    pub(super) fn clear(&mut self) {
        self.data.clear();
        self.ends.clear();
        self.newlines = 0;
        self.unclosed = None;
        self.too_long = false;
    }

    pub(super) fn end_field(&mut self) {
        self.ends.push(self.data.len());
    }
}

/// Where field `i` starts: one byte (its delimiter) after the previous one ends.
fn start(ends: &[usize], i: usize) -> usize {
    match i.checked_sub(1) {
        Some(before) => ends[before] + 1,
        None => 0,
    }
}

/// A record's fields as text, laid out as in [`Record`]: one delimiter between fields.
#[derive(Debug, Clone, Copy)]
pub(crate) struct TextRecord<'a> {
    text: &'a str,
    ends: &'a [usize],
}

impl<'a> TextRecord<'a> {
    pub(crate) fn new(text: &'a str, ends: &'a [usize]) -> Self {
        TextRecord { text, ends }
    }

    /// Field `i`, or `""` when there is none.
    pub(crate) fn get(&self, i: usize) -> &'a str {
        let Some(&end) = self.ends.get(i) else {
            return "";
        };
        self.text.get(start(self.ends, i)..end).unwrap_or_default()
    }

    pub(crate) fn len(&self) -> usize {
        self.ends.len()
    }

    /// The fields, in order.
    pub(crate) fn iter(&self) -> impl Iterator<Item = &'a str> + '_ {
        (0..self.ends.len()).map(|i| self.get(i))
    }

    /// Whether fields `columns` are all empty (or missing).
    pub(crate) fn all_empty(&self, columns: std::ops::RangeInclusive<usize>) -> bool {
        let first = *columns.start();
        let last = (*columns.end()).min(self.ends.len().saturating_sub(1));
        if first > last || first >= self.ends.len() {
            return true;
        }
        // Empty fields leave only the delimiters between them.
        self.ends[last] - start(self.ends, first) == last - first
    }
}
