//! What both transcript targets check: any bytes, read in one format, give conversations
//! and located diagnostics, or a located error, never a panic; and no row vanishes
//! uncounted.

use std::path::PathBuf;

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
            Err(_) => return,
        }
    }
    let report = reader.report();
    assert_eq!(report.messages, messages);
    assert!(report.rows >= report.messages + report.skipped_rows);
}
