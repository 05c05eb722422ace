//! Transcript exports are messy: any bytes read as CSV must give conversations and
//! located diagnostics, or a located error, never a panic; and no row may vanish
//! uncounted (`handoff::transcript::soundness`, which the library's tests run on
//! damaged exports).
#![no_main]

use handoff::transcript::{InputFormat, soundness};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    if let Err(broken) = soundness::check(bytes, InputFormat::Csv, "fuzz.csv") {
        panic!("{broken}");
    }
});
