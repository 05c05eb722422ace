//! The recovering record reader: a quote that nothing closes ends at its line, and the
//! lines after it are records; a record past the limit is cut short, marked and not
//! held, and reading goes on.

use proptest::prelude::*;

use super::*;

/// One unclosed quote running through a large input read a few bytes at a time: the
/// record is parsed again once per buffer doubling, not once per read (which took
/// minutes here).
#[test]
fn a_long_record_read_in_small_pieces_is_parsed_in_linear_time() {
    let input = format!("a,\"{}", "x".repeat(4 * CHUNK));
    let records = ours(input.as_bytes(), 7);
    assert_eq!(records.len(), 1);
    assert_eq!(records[0].0[1].len(), 4 * CHUNK);
}

/// Records of a recovering reader, with where each unclosed quote was.
fn recovered(input: &[u8], step: usize, chunk: usize) -> Vec<(Records, Option<Unclosed>)> {
    let mut reader = RecordReader::with_chunk(Trickle { bytes: input, step }, chunk)
        .keeping_boms()
        .recovering();
    let mut record = Record::default();
    let mut out = Vec::new();
    while reader.read(&mut record).unwrap() {
        out.push((
            vec![(
                record.iter().map(<[u8]>::to_vec).collect(),
                record.line(),
                record.spans_lines(),
            )],
            record.unclosed(),
        ));
    }
    out
}

#[test]
fn a_quote_never_closed_ends_at_its_line_and_the_lines_after_are_records() {
    let unclosed = |at, line_offset, swallowed| {
        Some(Unclosed {
            at,
            line_offset,
            swallowed: Some(swallowed),
        })
    };
    let fields = |f: &[&str]| f.iter().map(|f| f.as_bytes().to_vec()).collect::<Vec<_>>();
    let input = b"id,text\r\na,\"I need\r\nb,ok\r\n\r\nc,d\n";
    let later = b"c,\"p\nq\",\"x\nd,y\ne";
    for (step, chunk) in [(usize::MAX, CHUNK), (1, 1), (3, 2)] {
        assert_eq!(
            recovered(input, step, chunk),
            vec![
                (vec![(fields(&["id", "text"]), 1, false)], None),
                // Everything after the quote at line 2 would have been its text.
                (
                    vec![(fields(&["a", "I need"]), 2, false)],
                    unclosed(2, 0, 2)
                ),
                (vec![(fields(&["b", "ok"]), 3, false)], None),
                (vec![(fields(&["c", "d"]), 5, false)], None),
            ],
            "step {step}, chunk {chunk}"
        );
        // A closed quoted field spans lines 1 and 2; the open one starts on 2.
        assert_eq!(
            recovered(later, step, chunk),
            vec![
                (
                    vec![(fields(&["c", "p\nq", "x"]), 1, true)],
                    unclosed(8, 1, 2)
                ),
                (vec![(fields(&["d", "y"]), 3, false)], None),
                (vec![(fields(&["e"]), 4, false)], None),
            ],
            "step {step}, chunk {chunk}"
        );
    }
    // On the last line, with nothing after it.
    assert_eq!(
        recovered(b"a,\"b", usize::MAX, CHUNK),
        vec![(vec![(fields(&["a", "b"]), 1, false)], unclosed(2, 0, 0))]
    );
    // A reader that does not recover keeps the csv crate's record, marked.
    let mut reader = RecordReader::new(&b"a,\"b\nc,d\n"[..]);
    let mut record = Record::default();
    assert!(reader.read(&mut record).unwrap());
    assert_eq!(record.get(1), Some(&b"b\nc,d\n"[..]));
    assert_eq!(record.unclosed(), unclosed(2, 0, 0));
    assert!(!reader.read(&mut record).unwrap());
}

/// Records of a recovering reader with a `limit`: the fields (`None` for a record past
/// the limit: how much of it was read may depend on the buffer), the line, whether it
/// was too long, and where its unclosed quote was.
type Limited = Vec<(Option<Vec<Vec<u8>>>, u64, bool, Option<Unclosed>)>;

fn limited(input: &[u8], step: usize, chunk: usize, limit: usize) -> Limited {
    let mut reader = RecordReader::with_chunk(Trickle { bytes: input, step }, chunk)
        .keeping_boms()
        .recovering()
        .with_limit(limit);
    let mut record = Record::default();
    let mut out = Vec::new();
    while reader.read(&mut record).unwrap() {
        out.push((
            (!record.too_long()).then(|| record.iter().map(<[u8]>::to_vec).collect()),
            record.line(),
            record.too_long(),
            record.unclosed(),
        ));
    }
    out
}

/// A record past the limit was held whole until the end of the input (a 2 GB export
/// with an unclosed quote on line 2 took 2 GB): it is cut short and marked, and reading
/// goes on with the line after the one its open quote starts on, or else after its own
/// line.
#[test]
fn a_record_past_the_limit_is_cut_short_and_reading_goes_on() {
    let fields = |f: &[&str]| Some(f.iter().map(|f| f.as_bytes().to_vec()).collect::<Vec<_>>());
    let input = b"id,text\na,\"I need\nb,ok\nc,xxxxxxxxxxxxxxxxxxxxxxxxx\nd,\"p\nq\",xxxxxxxxxxxxxxxxxxxxx\r\ne,\"yyyyyyyyyyyyyyyyyyyyyyy\nf,\"gggg\"\n";
    let open = Some(Unclosed {
        at: 2,
        line_offset: 0,
        swallowed: None,
    });
    for (step, chunk) in [
        (usize::MAX, CHUNK),
        (1, 1),
        (3, 2),
        (5, 40),
        (usize::MAX, 7),
    ] {
        assert_eq!(
            limited(input, step, chunk, 16),
            vec![
                (fields(&["id", "text"]), 1, false, None),
                // An open quote that is not closed within 16 bytes: cut at its line's end,
                // and the lines after it are records.
                (None, 2, true, open),
                (fields(&["b", "ok"]), 3, false, None),
                // No quote open: the rest of the line is passed over.
                (None, 4, true, None),
                // A quoted field spanning lines 5 and 6 before the long tail: the next
                // record is on line 7.
                (None, 5, true, None),
                // A quote open on a line longer than the limit: passed over to its end.
                (None, 7, true, open),
                // 16 bytes: not past the limit.
                (fields(&["f", "gggg"]), 8, false, None),
            ],
            "step {step}, chunk {chunk}"
        );
    }
    // Cut at the end of its quote's line, the record holds that line's fields.
    let mut reader = RecordReader::new(&input[8..]).recovering().with_limit(16);
    let mut record = Record::default();
    assert!(reader.read(&mut record).unwrap());
    assert_eq!(
        (record.get(0), record.get(1), record.len()),
        (Some(&b"a"[..]), Some(&b"I need"[..]), 2)
    );
}

/// However long the record past the limit, the reader holds no more than the limit of
/// it (and a buffer's worth of what follows), for an open quote as for a long line.
#[test]
fn a_record_past_the_limit_is_not_held() {
    let long = "x".repeat(1 << 20);
    for input in [
        format!("a,\"b\n{}\nc,d\n", format!("{long}\n").repeat(4)),
        format!("a,{long}{long}\nc,d\n"),
        format!("a,\"{long}{long}\nc,d\n"),
    ] {
        let mut reader = RecordReader::with_chunk(
            Trickle {
                bytes: input.as_bytes(),
                step: 4096,
            },
            64,
        )
        .recovering()
        .with_limit(1024);
        let mut record = Record::default();
        let mut records = 0;
        while reader.read(&mut record).unwrap() {
            records += 1;
            assert!(reader.buf.len() <= 1025, "{}", reader.buf.len());
            assert!(record.data.len() <= 1025, "{}", record.data.len());
        }
        assert!(records >= 2);
        assert_eq!(record.get(0), Some(&b"c"[..]), "the last record is read");
    }
}

proptest! {
    /// With a limit the input fits in, the records are those of a reader without one;
    /// with any limit, no record past it is left unmarked.
    #[test]
    fn a_limit_changes_only_records_past_it(
        input in bytes(),
        step in 1usize..9,
        chunk in 1usize..24,
        limit in 1usize..32,
    ) {
        let unlimited = limited(&input, step, chunk, usize::MAX - 1);
        prop_assert_eq!(&limited(&input, step, chunk, input.len().max(1)), &unlimited);
        let mut reader = RecordReader::with_chunk(Trickle { bytes: &input, step }, chunk)
            .keeping_boms()
            .recovering()
            .with_limit(limit);
        let mut record = Record::default();
        while reader.read(&mut record).unwrap() {
            prop_assert!(record.data.len() <= limit + 1);
            prop_assert!(record.too_long() || record.data.len() <= limit);
        }
    }
}
