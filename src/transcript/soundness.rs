//! Bytes → whether reading them kept the reader's promises: conversations and
//! diagnostics that name the file and a line in it, or an error that names the file;
//! and no row lost uncounted (`rows == messages + skipped_rows`).
//!
//! One check for the library's property tests of damaged exports
//! (`reader/tests/any_bytes.rs`) and the fuzz targets (`fuzz/fuzz_targets/`), which
//! reach it as `handoff::transcript::soundness`. Not part of the tool's interface.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::{Input, InputFormat, ReaderBuilder};

/// Reads `bytes` as a file `name` in `format`; `Err` says which promise was broken.
/// A panic inside the reader is left to the caller's harness.
pub fn check(bytes: &[u8], format: InputFormat, name: &str) -> Result<(), String> {
    let mut reader = ReaderBuilder::new()
        .format(Some(format))
        .build(vec![Input::Memory {
            name: PathBuf::from(name),
            bytes: Arc::from(bytes),
        }]);
    let mut messages = 0u64;
    for conversation in reader.by_ref() {
        match conversation {
            Ok(c) => messages += c.messages.len() as u64,
            Err(e) => {
                let shown = e.to_string();
                return if shown.contains(name) {
                    Ok(())
                } else {
                    Err(format!("the error names no file: {shown}"))
                };
            }
        }
    }
    let report = reader.report();
    if report.messages != messages {
        return Err(format!(
            "the report counts {} messages, the conversations hold {messages}",
            report.messages
        ));
    }
    if report.rows != report.messages + report.skipped_rows {
        return Err(format!(
            "rows {} != messages {} + skipped {}: {report:?}",
            report.rows, report.messages, report.skipped_rows
        ));
    }
    for d in &report.diagnostics {
        let placed = match &d.location {
            Some(at) => at.path == Path::new(name) && at.line >= 1,
            None => d.subject.as_deref() == Some(Path::new(name)),
        };
        if !placed {
            return Err(format!("a diagnostic not placed in `{name}`: {d:?}"));
        }
    }
    Ok(())
}
