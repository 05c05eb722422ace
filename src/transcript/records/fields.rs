//! One CSV record, as [`super::RecordReader`] reads it and the parser fills it: its fields'
//! bytes, unescaped, and where each ends; a record's fields as text; the quote that opens
//! a field and is never closed, and the quoted field that holds lines looking like rows
//! (a quote a later stray one closed). It reads nothing.

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
    /// The first field (0-based) in which a closing quote was followed by more text
    /// (`"ok "quoted" text"`): a quote inside the text that was not doubled, and the
    /// field reads on unquoted (`ok quoted" text"`).
    pub(super) stray_quote: Option<usize>,
    /// A byte order mark before it, past the start of the input, was left out.
    pub(super) bom: bool,
    /// The byte between its fields, as the parser was told it.
    pub(super) delimiter: u8,
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

    /// Whether a UTF-8 byte order mark began it, past the start of the input, and was
    /// left out (as every reader of handoff's does: files joined with `cat`).
    pub(crate) fn bom(&self) -> bool {
        self.bom
    }

    /// The byte between its fields: `,`, or the one its file was found to use.
    pub(crate) fn delimiter(&self) -> u8 {
        self.delimiter
    }

    /// Whether a field spans lines.
    pub(crate) fn spans_lines(&self) -> bool {
        self.newlines > 0
    }

    /// The first field (0-based) in which a closing quote was followed by more text, if
    /// one was: a quote in the text that was not doubled.
    pub(crate) fn stray_quote(&self) -> Option<usize> {
        self.stray_quote
    }

    /// The quote its last field opens and nothing closes, if so.
    pub(crate) fn unclosed(&self) -> Option<Unclosed> {
        self.unclosed
    }

    /// The first field holding lines that look like rows of a file `width` fields
    /// wide, if one does (see [`SuspectQuote`]).
    pub(crate) fn suspect_quote(&self, width: usize) -> Option<SuspectQuote> {
        if !self.spans_lines() {
            return None;
        }
        suspect_quote(self.iter(), width, self.delimiter)
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
    /// field is valid when the whole is). Inlined into the CSV row loop, as the
    /// repeated-header check is (issue 7).
    #[inline]
    pub(crate) fn as_text(&self) -> Option<TextRecord<'_>> {
        let text = std::str::from_utf8(&self.data).ok()?;
        Some(TextRecord {
            text,
            ends: &self.ends,
            stray_quote: self.stray_quote,
            first_bom: false,
            delimiter: self.delimiter,
        })
    }

    pub(super) fn clear(&mut self) {
        self.data.clear();
        self.release();
        self.ends.clear();
        self.newlines = 0;
        self.unclosed = None;
        self.too_long = false;
        self.stray_quote = None;
        self.bom = false;
    }

    /// After a record of megabytes, its fields' memory goes back: not kept for the
    /// rest of the run beside the message made of them (docs/performance-log.md,
    /// fifty-second session). Its fields are read by then.
    pub(super) fn release(&mut self) {
        if self.data.capacity() > super::KEPT {
            self.data = Vec::new();
        }
    }

    pub(super) fn end_field(&mut self) {
        self.ends.push(self.data.len());
    }
}

/// A quoted field that spans lines, some of which look like rows of the file (as many
/// delimiters as the header has): most likely a quote that nothing closed, swallowing
/// the rows after it up to a later stray quote. The CSV format cannot tell it from a
/// long message, so the record is kept, and this only warns.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct SuspectQuote {
    /// The field, 0-based.
    pub(crate) field: usize,
    /// Lines the field runs over (trailing line breaks aside).
    pub(crate) lines: u64,
    /// Those of its lines after the first that look like rows.
    pub(crate) like_rows: u64,
}

/// The first of `fields` spanning lines that look like rows of a file `width` fields
/// wide: lines holding at least as many delimiters as the header (one, for a file of
/// one column).
fn suspect_quote<'a>(
    fields: impl Iterator<Item = &'a [u8]>,
    width: usize,
    delimiter: u8,
) -> Option<SuspectQuote> {
    let needed = width.saturating_sub(1).max(1);
    for (i, field) in fields.enumerate() {
        let end = field
            .iter()
            .rposition(|b| !matches!(b, b'\n' | b'\r'))
            .map_or(0, |i| i + 1);
        let mut lines = field[..end].split(|&b| b == b'\n');
        let _first = lines.next();
        let (mut spanned, mut like_rows) = (1u64, 0u64);
        for l in lines {
            spanned += 1;
            if memchr::memchr_iter(delimiter, l).count() >= needed {
                like_rows += 1;
            }
        }
        if like_rows > 0 {
            return Some(SuspectQuote {
                field: i,
                lines: spanned,
                like_rows,
            });
        }
    }
    None
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
    /// See [`Record::stray_quote`].
    stray_quote: Option<usize>,
    /// A byte order mark began the record, left out ([`Record::bom`]), and it is the
    /// first record of its input that [`super::RecordReader::read_text`] gives with one.
    pub(super) first_bom: bool,
    /// See [`Record::delimiter`].
    delimiter: u8,
}

impl<'a> TextRecord<'a> {
    /// Fields of `text` ending at `ends`, each after one `delimiter`.
    pub(crate) fn new(text: &'a str, ends: &'a [usize], delimiter: u8) -> Self {
        TextRecord {
            text,
            ends,
            stray_quote: None,
            first_bom: false,
            delimiter,
        }
    }

    /// Whether a byte order mark began the record, past the start of the input, and was
    /// left out (see [`Record::bom`]), for the first time in its input: to be said once
    /// (D015). Set by [`super::RecordReader::read_text`] only.
    pub(crate) fn first_bom(&self) -> bool {
        self.first_bom
    }

    /// The first field in which a quote inside the text was not doubled, if one was
    /// (see [`Record::stray_quote`]).
    pub(crate) fn stray_quote(&self) -> Option<usize> {
        self.stray_quote
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

    /// The first field holding lines that look like rows of a file `width` fields
    /// wide, if one does (see [`SuspectQuote`]).
    pub(crate) fn suspect_quote(&self, width: usize) -> Option<SuspectQuote> {
        // Without a line break no field spans lines: most rows stop here.
        memchr::memchr(b'\n', self.text.as_bytes())?;
        suspect_quote(self.iter().map(str::as_bytes), width, self.delimiter)
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
