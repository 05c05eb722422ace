//! JSON and JSONL: the documented outcome contract, serialised as-is.

use std::io::{self, Write};

use super::OutcomeWriter;
use crate::outcome::Outcome;

pub(super) struct JsonlWriter<'a> {
    out: &'a mut dyn Write,
}

impl<'a> JsonlWriter<'a> {
    pub(super) fn new(out: &'a mut dyn Write) -> Self {
        JsonlWriter { out }
    }
}

impl OutcomeWriter for JsonlWriter<'_> {
    fn write(&mut self, outcome: &Outcome) -> io::Result<()> {
        serde_json::to_writer(&mut *self.out, outcome)?;
        self.out.write_all(b"\n")
    }

    fn write_encoded(&mut self, bytes: &[u8]) -> io::Result<()> {
        self.out.write_all(bytes)
    }

    fn finish(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}

pub(super) struct JsonWriter<'a> {
    out: &'a mut dyn Write,
    count: usize,
}

impl<'a> JsonWriter<'a> {
    pub(super) fn new(out: &'a mut dyn Write) -> Self {
        JsonWriter { out, count: 0 }
    }
}

impl OutcomeWriter for JsonWriter<'_> {
    fn write(&mut self, outcome: &Outcome) -> io::Result<()> {
        self.write_encoded(&serde_json::to_vec(outcome)?)
    }

    fn write_encoded(&mut self, bytes: &[u8]) -> io::Result<()> {
        self.out
            .write_all(if self.count == 0 { b"[\n  " } else { b",\n  " })?;
        self.out.write_all(bytes)?;
        self.count += 1;
        Ok(())
    }

    fn finish(&mut self) -> io::Result<()> {
        self.out
            .write_all(if self.count == 0 { b"[]\n" } else { b"\n]\n" })?;
        self.out.flush()
    }
}
