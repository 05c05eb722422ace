//! Any bytes, read as CSV or as JSONL: conversations and diagnostics that name the file
//! and a line in it, or an error that names the file; never a panic, and no row lost
//! uncounted (`transcript::soundness`, which the fuzz targets check too), here on every
//! test run, from damaged exports rather than random bytes (which the binary check
//! turns away before the parser).

use std::fmt::Write as _;

use proptest::prelude::*;

use crate::transcript::InputFormat;
use crate::transcript::soundness;

const NAME: &str = "export.csv";

/// Reads `bytes` as `NAME` in `format` and checks what the module's doc says.
fn check(bytes: &[u8], format: InputFormat) -> Result<(), TestCaseError> {
    soundness::check(bytes, format, NAME).map_err(TestCaseError::fail)
}

/// A small export as the tools write them, CSV or JSONL.
fn export(jsonl: bool) -> impl Strategy<Value = Vec<u8>> {
    let text = prop_oneof![
        Just("hello".to_owned()),
        Just("I want a human, NOW!!".to_owned()),
        Just("that's \"quoted\", with a comma".to_owned()),
        Just("two\nlines".to_owned()),
        Just("Zoë’s refund".to_owned()),
        "[ -~]{0,12}",
    ];
    let row = (
        prop::sample::select(&["c1", "c2", "c3", ""][..]),
        prop::sample::select(&["customer", "bot", "agent", "User", "robot"][..]),
        prop::sample::select(&["2024-01-01T10:00:00Z", "", "yesterday", "1700000000"][..]),
        text,
    );
    prop::collection::vec(row, 0..8).prop_map(move |rows| {
        let mut out = String::new();
        if !jsonl {
            out.push_str("conversation_id,timestamp,role,text\n");
        }
        for (id, role, time, text) in rows {
            if jsonl {
                let text = serde_json::to_string(&text).expect("a string encodes");
                let _ = writeln!(
                    out,
                    "{{\"conversation_id\":\"{id}\",\"timestamp\":\"{time}\",\"role\":\"{role}\",\"text\":{text}}}"
                );
            } else {
                let text = text.replace('"', "\"\"");
                let _ = writeln!(out, "{id},{time},{role},\"{text}\"");
            }
        }
        out.into_bytes()
    })
}

/// An export damaged in a few places: bytes overwritten, inserted or cut, among them
/// the ones that break a CSV or JSON line (quotes, separators, line ends), invalid
/// UTF-8, a NUL, a byte order mark.
fn damaged(jsonl: bool) -> impl Strategy<Value = Vec<u8>> {
    let piece = prop_oneof![
        Just(b"\"".to_vec()),
        Just(b",".to_vec()),
        Just(b"\n".to_vec()),
        Just(b"\r".to_vec()),
        Just(b"{".to_vec()),
        Just(b"}".to_vec()),
        Just(vec![0xFF]),
        Just(vec![0xC3]),
        Just(vec![0]),
        Just("\u{feff}".as_bytes().to_vec()),
        Just(b"conversation_id,timestamp,role,text\n".to_vec()),
        prop::collection::vec(any::<u8>(), 1..4),
    ];
    let edit = (any::<prop::sample::Index>(), 0..3u8, piece);
    (export(jsonl), prop::collection::vec(edit, 0..4)).prop_map(|(mut bytes, edits)| {
        for (at, how, piece) in edits {
            let i = if bytes.is_empty() {
                0
            } else {
                at.index(bytes.len())
            };
            match how {
                0 => {
                    bytes.splice(i..i, piece);
                }
                1 => {
                    let end = (i + piece.len()).min(bytes.len());
                    bytes.splice(i..end, piece);
                }
                _ => bytes.truncate(i),
            }
        }
        bytes
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn a_damaged_csv_export_reads_to_located_findings(bytes in damaged(false)) {
        check(&bytes, InputFormat::Csv)?;
        check(&bytes, InputFormat::Jsonl)?;
    }

    #[test]
    fn a_damaged_jsonl_export_reads_to_located_findings(bytes in damaged(true)) {
        check(&bytes, InputFormat::Jsonl)?;
        check(&bytes, InputFormat::Csv)?;
    }
}
