//! The record reader held to the csv crate (property tests): fields, quotes, byte order
//! marks, text, read errors. Its recovery from a quote that nothing closes and from a
//! record past the limit is in `tests/recovery.rs`.

use std::collections::VecDeque;

use proptest::prelude::*;

use super::parse::field_end;
use super::*;

proptest! {
    /// A run of fields is empty exactly when each of its fields is.
    #[test]
    fn all_empty_is_every_field_empty(
        fields in prop::collection::vec(prop::sample::select(vec!["", "", "", "a", "bc"]), 1..8),
        first in 0usize..9,
        len in 0usize..9,
    ) {
        let mut text = String::new();
        let mut ends = Vec::new();
        for f in &fields {
            text.push_str(f);
            ends.push(text.len());
            text.push(',');
        }
        let record = TextRecord::new(&text, &ends, b',');
        let last = first + len;
        let expected = (first..=last).all(|i| record.get(i).is_empty());
        prop_assert_eq!(record.all_empty(first..=last), expected);
    }
}

/// How the transcript reader counted lines before this module, the reference for the
/// property test: the csv crate's record positions point at the terminator that
/// ended the previous record (the `\n` of a CRLF, or a blank line it skipped), so its
/// line numbers drift on CRLF files. This sees every byte the parser reads, remembers
/// where the `\r` and `\n` bytes are, and answers "which line does the record starting
/// at parser offset N begin on" by skipping the terminators at N. Offsets only grow, so
/// it keeps only what the parser has read ahead. It also drops a leading UTF-8 BOM, so
/// parser offsets and ours agree.
struct LineTracker<R> {
    inner: R,
    /// Bytes passed to the parser so far.
    offset: u64,
    /// Offsets of `\r`/`\n` bytes read but not yet passed by a record (true: `\n`).
    terminators: VecDeque<(u64, bool)>,
    /// Newlines before the oldest entry still in `terminators`.
    lines_before: u64,
    started: bool,
}

impl<R> LineTracker<R> {
    fn new(inner: R) -> Self {
        LineTracker {
            inner,
            offset: 0,
            terminators: VecDeque::new(),
            lines_before: 0,
            started: false,
        }
    }

    /// The 1-based line on which the record the parser places at `byte` begins.
    fn line_at(&mut self, byte: u64) -> u64 {
        let mut cursor = byte;
        while let Some(&(at, newline)) = self.terminators.front() {
            if at < byte || at == cursor {
                if at == cursor {
                    cursor += 1;
                }
                self.terminators.pop_front();
                self.lines_before += u64::from(newline);
            } else {
                break;
            }
        }
        self.lines_before + 1
    }
}

impl<R: Read> Read for LineTracker<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let mut n = self.inner.read(buf)?;
        if !self.started && n > 0 {
            self.started = true;
            if buf[..n].starts_with(b"\xEF\xBB\xBF") {
                buf.copy_within(3..n, 0);
                n -= 3;
            }
        }
        let base = self.offset;
        self.terminators.extend(
            memchr::memchr2_iter(b'\r', b'\n', &buf[..n])
                .map(|i| (base + i as u64, buf[i] == b'\n')),
        );
        self.offset += n as u64;
        Ok(n)
    }
}

/// A reader that hands out at most `step` bytes a call, to cross buffer boundaries
/// anywhere.
struct Trickle<'a> {
    bytes: &'a [u8],
    step: usize,
}

impl Read for Trickle<'_> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.step.min(buf.len()).min(self.bytes.len());
        buf[..n].copy_from_slice(&self.bytes[..n]);
        self.bytes = &self.bytes[n..];
        Ok(n)
    }
}

/// Each record's fields, the line it begins on, and whether a field spans lines.
type Records = Vec<(Vec<Vec<u8>>, u64, bool)>;

fn ours(input: &[u8], step: usize) -> Records {
    ours_with_chunk(input, step, CHUNK)
}

fn ours_with_chunk(input: &[u8], step: usize, chunk: usize) -> Records {
    let reader = RecordReader::with_chunk(Trickle { bytes: input, step }, chunk).keeping_boms();
    all_records(reader)
}

fn all_records<R: Read>(mut reader: RecordReader<R>) -> Records {
    let mut record = Record::default();
    let mut out = Vec::new();
    while reader.read(&mut record).unwrap() {
        out.push((
            record.iter().map(<[u8]>::to_vec).collect(),
            record.line(),
            record.spans_lines(),
        ));
    }
    out
}

/// The csv crate's records, with the line each begins on as the transcript reader
/// computed it before this module (the crate's byte positions through
/// [`LineTracker`]).
fn theirs(input: &[u8]) -> Records {
    theirs_separated(input, b',')
}

/// [`theirs`], for fields separated by `delimiter`.
fn theirs_separated(input: &[u8], delimiter: u8) -> Records {
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .has_headers(false)
        .from_reader(LineTracker::new(input));
    let mut record = csv::ByteRecord::new();
    let mut out = Vec::new();
    while reader.read_byte_record(&mut record).unwrap() {
        let byte = record.position().map_or(0, csv::Position::byte);
        let line = reader.get_mut().line_at(byte);
        let spans_lines = record.iter().any(|f| f.contains(&b'\n'));
        out.push((
            record.iter().map(<[u8]>::to_vec).collect(),
            line,
            spans_lines,
        ));
    }
    out
}

fn bytes() -> impl Strategy<Value = Vec<u8>> {
    let piece = prop::sample::select(vec![
        &b"a"[..],
        b"bc",
        b",",
        b"\"",
        b"\"\"",
        b"\n",
        b"\r",
        b"\r\n",
        b" ",
        "é".as_bytes(),
        b"\xEF\xBB\xBF",
        b"\xFF",
    ]);
    prop::collection::vec(piece, 0..40).prop_map(|pieces| pieces.concat())
}

proptest! {
    #[test]
    fn field_end_finds_the_first_delimiter_or_terminator(
        bytes in prop::collection::vec(prop::sample::select(b"a,\r\n\x80\xFF-+".to_vec()), 0..80),
    ) {
        let expected = bytes.iter().position(|&b| matches!(b, b',' | b'\r' | b'\n'));
        prop_assert_eq!(field_end(&bytes, b','), expected);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn records_and_lines_are_the_csv_crates(
        input in bytes(),
        step in 1usize..9,
        chunk in 1usize..24,
    ) {
        // The line tracker and then the crate each dropped a byte order mark: two at
        // the start were both dropped. One is what a file has.
        prop_assume!(!input.starts_with(b"\xEF\xBB\xBF\xEF\xBB\xBF"));
        let expected = theirs(&input);
        prop_assert_eq!(&ours_with_chunk(&input, step, chunk), &expected);
        prop_assert_eq!(&ours(&input, usize::MAX), &expected);
    }
}

#[test]
fn quoted_fields_hold_delimiters_newlines_and_quotes() {
    let input = b"id,text\r\n1,\"a, \"\"b\"\"\nc\"\r\n\r\n2,\"x\"y\"z\",\n";
    assert_eq!(
        ours(input, usize::MAX),
        vec![
            (vec![b"id".to_vec(), b"text".to_vec()], 1, false),
            (vec![b"1".to_vec(), b"a, \"b\"\nc".to_vec()], 2, true),
            (
                vec![b"2".to_vec(), b"xy\"z\"".to_vec(), b"".to_vec()],
                5,
                false
            ),
        ]
    );
}

#[test]
fn a_leading_byte_order_mark_is_dropped() {
    assert_eq!(
        ours(b"\xEF\xBB\xBFid\n1\n", 1),
        vec![
            (vec![b"id".to_vec()], 1, false),
            (vec![b"1".to_vec()], 2, false)
        ]
    );
}

#[test]
fn a_record_longer_than_the_buffer_grows_it() {
    let long = "x".repeat(3 * CHUNK);
    let input = format!("a,\"{long}\"\nb,c\n");
    let records = ours(input.as_bytes(), usize::MAX);
    assert_eq!(records.len(), 2);
    assert_eq!(records[0].0[1].len(), 3 * CHUNK);
    assert_eq!(records[1], (vec![b"b".to_vec(), b"c".to_vec()], 2, false));
}

#[test]
fn fields_as_text_only_when_each_is_utf8() {
    let mut record = Record::default();
    let mut reader = RecordReader::new(&b"\xC3,\xA9\n\xC3\xA9,b\n"[..]);
    assert!(reader.read(&mut record).unwrap());
    // Valid end to end ("é"), but the boundary splits the character.
    assert!(record.as_text().is_none());
    assert!(reader.read(&mut record).unwrap());
    let text = record.as_text().unwrap();
    assert_eq!((text.get(0), text.get(1), text.get(2)), ("é", "b", ""));
}

#[test]
fn records_as_text_name_their_line() {
    let mut record = Record::default();
    let mut reader = RecordReader::new(&b"a,b\r\n\r\n\"c\nd\",e\r\n\xFF\r\n"[..]);
    let (line, text) = reader.read_text(&mut record).unwrap().unwrap();
    assert_eq!((line, text.get(1)), (1, "b"));
    let (line, text) = reader.read_text(&mut record).unwrap().unwrap();
    assert_eq!((line, text.get(0)), (3, "c\nd"));
    assert!(matches!(
        reader.read_text(&mut record),
        Err(TextError::NotUtf8 { line: 5 })
    ));
    assert!(reader.read_text(&mut record).unwrap().is_none());
}

/// A quoted field holding lines with as many delimiters as the header has is most
/// likely a quote that a later stray one closed (D008); the record's bytes and its text
/// say the same, for transcripts, contacts and labels alike.
#[test]
fn a_quoted_field_holding_lines_like_rows_is_suspect() {
    let suspect = |input: &[u8], width: usize| {
        let mut record = Record::default();
        assert!(RecordReader::new(input).read(&mut record).unwrap());
        let found = record.suspect_quote(width);
        assert_eq!(record.as_text().unwrap().suspect_quote(width), found);
        found
    };
    // Two of the three lines of field 2 look like rows of a 3-column file.
    assert_eq!(
        suspect(b"a,b,\"I need\nc,d,e\nf,g,\"h\n", 3),
        Some(SuspectQuote {
            field: 2,
            lines: 3,
            like_rows: 2
        })
    );
    // Trailing line breaks are no lines; one comma is a row of a 1- or 2-column file.
    assert_eq!(
        suspect(b"\"x\ny,z\n\n\",w\n", 1),
        Some(SuspectQuote {
            field: 0,
            lines: 2,
            like_rows: 1
        })
    );
    // A message over several lines, with fewer commas than a row: not suspect.
    assert_eq!(
        suspect(b"a,b,\"line one\nline two, with a comma\"\n", 3),
        None
    );
    assert_eq!(suspect(b"a,b,c\n", 3), None);
}

#[test]
fn a_read_error_is_returned() {
    struct Failing;
    impl Read for Failing {
        fn read(&mut self, _: &mut [u8]) -> io::Result<usize> {
            Err(io::Error::other("disk gone"))
        }
    }
    let mut reader = RecordReader::new(Failing);
    let err = reader.read(&mut Record::default()).unwrap_err();
    assert_eq!(err.to_string(), "disk gone");
}

/// A reader leaves out a byte order mark starting a record, read a byte at a time too,
/// and marks the record; a mark before a blank line marks nothing, and two bytes of one
/// are ordinary bytes. `read_text` marks the first such record only.
#[test]
fn byte_order_marks_starting_records_are_left_out() {
    let input = b"\xEF\xBB\xBFa,b\n\xEF\xBB\xBF\"c\",d\n\xEF\xBB\xBF\n\xEF\xBB\ne\n";
    for (step, chunk) in [(1, 1), (2, 3), (usize::MAX, CHUNK)] {
        let mut reader = RecordReader::with_chunk(Trickle { bytes: input, step }, chunk);
        let mut record = Record::default();
        let mut out = Vec::new();
        while reader.read(&mut record).unwrap() {
            out.push((
                record.iter().map(<[u8]>::to_vec).collect::<Vec<_>>(),
                record.line(),
                record.bom(),
            ));
        }
        assert_eq!(
            out,
            [
                (vec![b"a".to_vec(), b"b".to_vec()], 1, false),
                (vec![b"c".to_vec(), b"d".to_vec()], 2, true),
                (vec![b"\xEF\xBB".to_vec()], 4, false),
                (vec![b"e".to_vec()], 5, false),
            ],
            "step {step}, chunk {chunk}"
        );
    }
    // Contacts and labels each kept a flag to say the first only.
    let twice = b"\xEF\xBB\xBFa\n\xEF\xBB\xBFb\n\xEF\xBB\xBFc\n";
    let mut reader = RecordReader::new(&twice[..]);
    let mut record = Record::default();
    let mut first = Vec::new();
    while let Some((_, text)) = reader.read_text(&mut record).unwrap() {
        first.push(text.first_bom());
    }
    assert_eq!(first, [false, true, false]);
    // Kept (to compare with the csv crate), the mark is an ordinary byte, as it reads it.
    let mut reader = RecordReader::new(&b"a\n\xEF\xBB\xBFb\n"[..]).keeping_boms();
    let mut record = Record::default();
    reader.read(&mut record).unwrap();
    reader.read(&mut record).unwrap();
    assert_eq!(record.get(0), Some(&b"\xEF\xBB\xBFb"[..]));
    assert!(!record.bom());
}

/// Empty fields are taken at their delimiter, without the eight-bytes-at-a-time search
/// (issue 7): runs of them, first and last in a record, before and
/// after quoted ones, across buffer boundaries, are the csv crate's.
#[test]
fn runs_of_empty_fields_are_the_csv_crates() {
    let input: &[u8] = b",,,\nid,,,,,,,,\n,\"q\",,\"\",\r\n,\n,x,,\"a,b\",,\n\"\",,\n,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,y";
    let expected = theirs(input);
    assert_eq!(expected[1].0.len(), 9);
    for step in [1, 3, 7, usize::MAX] {
        for chunk in [1, 2, 5, 16, CHUNK] {
            assert_eq!(
                ours_with_chunk(input, step, chunk),
                expected,
                "step {step}, chunk {chunk}"
            );
        }
    }
}

mod delimiters;
mod long;
mod recovery;
