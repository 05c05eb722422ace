//! Transcript exports are messy: any bytes read as CSV must give conversations and
//! located diagnostics, or a located error, never a panic; and no row may vanish
//! uncounted.
#![no_main]

use std::path::PathBuf;

use handoff::transcript::{Input, InputFormat, ReaderBuilder};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let mut reader = ReaderBuilder::new()
        .format(Some(InputFormat::Csv))
        .build(vec![Input::Memory {
            name: PathBuf::from("fuzz.csv"),
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
    // Every data row is a message or a counted, skipped row.
    assert_eq!(report.messages, messages);
    assert!(report.rows >= report.messages + report.skipped_rows);
});
