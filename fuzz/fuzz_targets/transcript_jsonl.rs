//! Transcript exports are messy: any bytes read as JSONL must give conversations and
//! located diagnostics, or a located error, never a panic; and no row may vanish
//! uncounted (`common/transcript.rs`).
#![no_main]

use handoff::transcript::InputFormat;
use libfuzzer_sys::fuzz_target;

#[path = "common/transcript.rs"]
mod transcript;

fuzz_target!(|bytes: &[u8]| transcript::check(bytes, InputFormat::Jsonl, "fuzz.jsonl"));
