//! Files separated by `;`, tabs or `|`: the delimiter taken from the first line, and the
//! records read with it as the csv crate reads them with that delimiter.

use proptest::prelude::*;

use super::super::{
    RecordReader, delimiter_of_first_line, first_line_delimiters,
    parse::field_end,
    sniff::{ExcelSep, excel_sep},
};
use super::{Records, Trickle, all_records, theirs_separated};

fn sniffed(input: &[u8], step: usize, chunk: usize) -> Records {
    let reader = RecordReader::with_chunk(Trickle { bytes: input, step }, chunk)
        .keeping_boms()
        .sniffing();
    all_records(reader)
}

/// Bytes of a file that may use any of the four delimiters, quoted or not.
fn bytes() -> impl Strategy<Value = Vec<u8>> {
    let piece = prop::sample::select(vec![
        &b"a"[..],
        b"bc",
        b",",
        b";",
        b";",
        b"\t",
        b"|",
        b"\"",
        b"\"\"",
        b"\n",
        b"\r\n",
        b" ",
        "é".as_bytes(),
    ]);
    prop::collection::vec(piece, 0..40).prop_map(|pieces| pieces.concat())
}

#[test]
fn the_delimiter_is_the_one_the_first_line_holds_most_of_outside_quotes() {
    for (line, expected) in [
        (
            &b"conversation_id;timestamp;role;text\nc1;;customer;hi\n"[..],
            b';',
        ),
        (b"conversation_id\ttimestamp\trole\ttext\n", b'\t'),
        (b"conversation_id|role|text\n", b'|'),
        (b"conversation_id,role,text\n", b','),
        // Commas inside a quoted name are not delimiters.
        (b"\"Name, full\";\"Id, ticket\";text\n", b';'),
        (b"\"a;b;c\",d\n", b','),
        // The most wins; commas win a tie, and a line with none.
        (b"a,b;c;d\n", b';'),
        (b"a,b;c\n", b','),
        (b"text\n", b','),
        (b"", b','),
        // Only the first line counts.
        (b"a,b\nc;d;e;f\n", b','),
        (b"a;b\r\nc,d,e,f\n", b';'),
    ] {
        assert_eq!(
            delimiter_of_first_line(line, true),
            Some(expected),
            "{}",
            String::from_utf8_lossy(line)
        );
    }
}

#[test]
fn a_comma_line_names_the_other_delimiter_it_holds_outside_quotes() {
    for (line, also) in [
        (&b"id;name, first, last;text\n"[..], Some(b';')),
        (b"a,b;c\n", Some(b';')),
        (b"a,b,c|d\n", Some(b'|')),
        (b"a,b\tc;d;e\n", None),
        (b"id,role,\"body;text\"\n", None),
        (b"a,b,c\n", None),
        (b"a\tb\tc;d\n", None),
    ] {
        let (delimiter, found) = first_line_delimiters(line, true).unwrap();
        if also.is_some() {
            assert_eq!(delimiter, b',', "{}", String::from_utf8_lossy(line));
        }
        assert_eq!(found, also, "{}", String::from_utf8_lossy(line));
    }
}

#[test]
fn a_first_line_not_yet_ended_waits_for_more_unless_the_input_is_whole() {
    assert_eq!(delimiter_of_first_line(b"a;b;c", false), None);
    assert_eq!(delimiter_of_first_line(b"\"a\nb\";c", false), None);
    assert_eq!(delimiter_of_first_line(b"a;b;c", true), Some(b';'));
    assert_eq!(delimiter_of_first_line(b"a;b;c\n", false), Some(b';'));
}

#[test]
fn a_semicolon_file_reads_as_the_comma_file_it_stands_for() {
    let comma = b"id,text\n1,\"a; b, c\"\n2,\"say \"\"hi\"\"\"\n";
    let semi = b"id;text\n1;\"a; b, c\"\n2;\"say \"\"hi\"\"\"\n";
    assert_eq!(sniffed(semi, 3, 4), sniffed(comma, 3, 4));
    assert_eq!(sniffed(semi, usize::MAX, 1024)[1].0[1], b"a; b, c".to_vec());
}

#[test]
fn without_sniffing_a_semicolon_header_is_one_field() {
    let reader = RecordReader::new(&b"id;text\n1;hi\n"[..]);
    assert_eq!(all_records(reader)[0].0, vec![b"id;text".to_vec()]);
}

/// `with`, a `sep=;` line over `id;text` and a row `1;"a, b"`, read in any chunks: two
/// records separated by `;`, the header on line 2.
fn says_semicolon_and_is_no_record(with: &[u8]) {
    for (step, chunk) in [(1, 1), (3, 4), (usize::MAX, 1024)] {
        let records = sniffed(with, step, chunk);
        assert_eq!(records.len(), 2, "{records:?}");
        assert_eq!(records[0].0, vec![b"id".to_vec(), b"text".to_vec()]);
        assert_eq!(records[0].1, 2, "the header's line");
        assert_eq!(records[1].0[1], b"a, b".to_vec());
    }
}

/// Excel's `sep=;` line before the header was read as a header of the columns `sep=`
/// and an empty one: it says the delimiter, and is no record; its line counts.
#[test]
fn excels_sep_line_says_the_delimiter_and_is_no_record() {
    says_semicolon_and_is_no_record(b"sep=;\r\nid;text\r\n1;\"a, b\"\r\n");
    // It wins over what the header holds most of, in any case; a BOM may come first.
    let records = sniffed(b"\xEF\xBB\xBFSEP=,\nid;a;b,c\n", usize::MAX, 1024);
    assert_eq!(records[0].0, vec![b"id;a;b".to_vec(), b"c".to_vec()]);
    // Not alone on its line, or another byte, it is a record like any.
    for input in [&b"sep=;x\n1;2\n"[..], b"sep=:\n1;2\n", b"sep\n1;2\n"] {
        let records = sniffed(input, usize::MAX, 1024);
        assert_eq!(records.len(), 2, "{}", String::from_utf8_lossy(input));
    }
    // A delimiter given wins, and the line is still no record.
    let reader = RecordReader::new(&b"sep=;\nid,text\n1,hi\n"[..]).delimited_by(b',');
    let records = all_records(reader);
    assert_eq!(records[0].0, vec![b"id".to_vec(), b"text".to_vec()]);
    assert_eq!(records.len(), 2);
    // The csv crate's grammar, without sniffing, knows no such line.
    assert_eq!(all_records(RecordReader::new(&b"sep=;\n"[..])).len(), 1);
}

/// Each `(input, whole, expected)`: what `excel_sep` says of `input`, read whole or not.
fn excel_sep_says(cases: &[(&[u8], bool, ExcelSep)]) {
    for (input, whole, expected) in cases {
        assert_eq!(
            &excel_sep(input, *whole),
            expected,
            "{} (whole: {whole})",
            String::from_utf8_lossy(input)
        );
    }
}

/// A `sep=` line of `delimiter`, `len` bytes long.
fn sep_line(delimiter: u8, len: usize) -> ExcelSep {
    ExcelSep::Line { delimiter, len }
}

#[test]
fn excel_sep_waits_for_its_line_to_end() {
    excel_sep_says(&[
        (b"se", false, ExcelSep::More),
        (b"sep=;", false, ExcelSep::More),
        (b"sep=;", true, sep_line(b';', 5)),
        (b"sep=\t\n", false, sep_line(b'\t', 5)),
        (b"se", true, ExcelSep::None),
        (b"id,text\n", false, ExcelSep::None),
        // Trailing spaces (cli42 review): part of the line, waited for to the line's end.
        (b"sep=; ", false, ExcelSep::More),
        (b"sep=;;  \n", false, sep_line(b';', 8)),
        (b"sep=; x\n", false, ExcelSep::None),
    ]);
}

/// cli41: Excel in some locales writes the line quoted, `"sep=;"`; it was read as a
/// header of one column `sep=;`. Quoted, it says the delimiter as the bare line does.
#[test]
fn a_quoted_sep_line_says_the_delimiter_too() {
    says_semicolon_and_is_no_record(b"\"sep=;\"\r\nid;text\r\n1;\"a, b\"\r\n");
    excel_sep_says(&[
        (b"\"sep=;", false, ExcelSep::More),
        (b"\"SEP=,\"\n", false, sep_line(b',', 7)),
        (b"\"sep=|\"", true, sep_line(b'|', 7)),
        // Unclosed, closed elsewhere, or a quoted first field: records like any.
        (b"\"sep=;\n", true, ExcelSep::None),
        (b"\"sep=;x\"\n", true, ExcelSep::None),
        (b"\"sep=;\";x\n", true, ExcelSep::None),
        (b"\"id\";\"text\"\n", true, ExcelSep::None),
    ]);
}

/// cli42: a spreadsheet pads its first row to the header's width, `"sep=;";;;` (and
/// `sep=;;;`): it was read as a header of empty columns, the `sep=` line not seen.
#[test]
fn a_sep_line_padded_with_its_delimiter_says_it_too() {
    says_semicolon_and_is_no_record(b"\"sep=;\";\r\nid;text\r\n1;\"a, b\"\r\n");
    says_semicolon_and_is_no_record(b"sep=;;\nid;text\n1;\"a, b\"\n");
    excel_sep_says(&[
        (b"\"sep=;\";;;\n", false, sep_line(b';', 10)),
        (b"\"sep=;\";;", false, ExcelSep::More),
        (b"sep=,,,", true, sep_line(b',', 7)),
        // Padded with another delimiter, or with more than delimiters: no `sep=` line.
        (b"\"sep=;\",,\n", true, ExcelSep::None),
        (b"\"sep=;\";;x\n", true, ExcelSep::None),
        (b"sep=;;,\n", true, ExcelSep::None),
    ]);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn records_are_the_csv_crates_with_the_delimiter_found(
        input in bytes(),
        step in 1usize..9,
        chunk in 1usize..24,
    ) {
        // The reader looks past the blank lines before the first record.
        let first = input
            .iter()
            .position(|b| !matches!(b, b'\r' | b'\n'))
            .unwrap_or(input.len());
        let delimiter = delimiter_of_first_line(&input[first..], true).unwrap();
        let expected = theirs_separated(&input, delimiter);
        prop_assert_eq!(&sniffed(&input, step, chunk), &expected);
        prop_assert_eq!(&sniffed(&input, usize::MAX, 1024), &expected);
    }

    #[test]
    fn field_end_finds_any_delimiter(
        bytes in prop::collection::vec(prop::sample::select(b"a;\t|,\r\n\x80-".to_vec()), 0..80),
        delimiter in prop::sample::select(b",;\t|".to_vec()),
    ) {
        let expected = bytes.iter().position(|&b| b == delimiter || b == b'\r' || b == b'\n');
        prop_assert_eq!(field_end(&bytes, delimiter), expected);
    }
}
