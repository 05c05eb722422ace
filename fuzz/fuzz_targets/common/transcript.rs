//! What both transcript targets check: any bytes, read in one format, give conversations
//! and diagnostics that name the file and a line in it, or an error that names the file,
//! never a panic; and no row vanishes uncounted. (The library's tests check the same of
//! damaged exports: `transcript/reader/tests/any_bytes.rs`.)

use std::path::{Path, PathBuf};

use handoff::transcript::{Input, InputFormat, ReaderBuilder};

/// Reads `bytes` as a file `name` in `format`, and checks that every data row is a
/// message or a counted, skipped row.
pub fn check(bytes: &[u8], format: InputFormat, name: &str) {
    let mut reader = ReaderBuilder::new()
        .format(Some(format))
        .build(vec![Input::Memory {
            name: PathBuf::from(name),
            bytes: bytes.into(),
        }]);
    let mut messages = 0u64;
    for conversation in reader.by_ref() {
        match conversation {
            Ok(c) => messages += c.messages.len() as u64,
            Err(e) => {
                let shown = e.to_string();
                assert!(shown.contains(name), "the error names no file: {shown}");
                return;
            }
        }
    }
    let report = reader.report();
    assert_eq!(report.messages, messages);
    assert_eq!(report.rows, report.messages + report.skipped_rows, "{report:?}");
    for d in &report.diagnostics {
        match &d.location {
            Some(at) => assert!(at.path == Path::new(name) && at.line >= 1, "{d:?}"),
            None => assert_eq!(d.subject.as_deref(), Some(Path::new(name)), "{d:?}"),
        }
    }
}
