//! Reports: outcomes → text for people and machines.
//!
//! Takes [`Outcome`]s one at a time and writes them in the chosen [`Format`]; the
//! streaming formats (JSONL, JSON, CSV) write each outcome as it comes, the table waits
//! for the end. [`Summary`] aggregates outcomes for the stderr summary. Reports see only
//! model types (outcomes, read reports), never the engine.

mod csv;
mod json;
mod summary;
mod table;

use std::io::{self, Write};

use crate::outcome::{Evidence, FiredTrigger, Outcome};

pub use summary::Summary;

/// Output formats of `replay`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// A table for people (the default on a terminal).
    Table,
    /// One JSON array of outcome objects.
    Json,
    /// One outcome object per line (the default when piped).
    Jsonl,
    /// One row per conversation, nested fields flattened.
    Csv,
}

/// Writes outcomes in one format.
pub trait OutcomeWriter {
    fn write(&mut self, outcome: &Outcome) -> io::Result<()>;
    /// Writes whatever the format needs at the end (closing bracket, the table).
    fn finish(&mut self) -> io::Result<()>;
}

/// A writer for `format` over `out`. `width` is the table width in columns, if known.
pub fn writer<'a>(
    format: Format,
    out: &'a mut dyn Write,
    width: Option<u16>,
) -> Box<dyn OutcomeWriter + 'a> {
    match format {
        Format::Table => Box::new(table::TableWriter::new(out, width)),
        Format::Json => Box::new(json::JsonWriter::new(out)),
        Format::Jsonl => Box::new(json::JsonlWriter::new(out)),
        Format::Csv => Box::new(csv::CsvWriter::new(out)),
    }
}

/// One evidence item as a short phrase: `"too expensive" (turn 3)`, `bot_fallbacks=2`.
pub fn describe_evidence(evidence: &Evidence) -> String {
    match evidence {
        Evidence::Match { turn, text, .. } => format!("\u{201c}{text}\u{201d} (turn {turn})"),
        Evidence::Counter { name, value } => format!("{name}={value}"),
        Evidence::Metadata { field, value } => match value {
            Some(v) => format!("{field}={v}"),
            None => format!("{field} missing"),
        },
    }
}

/// A trigger with its evidence on one line: `frustration: "ridiculous" (turn 5)`.
pub fn describe_trigger(trigger: &FiredTrigger) -> String {
    if trigger.evidence.is_empty() {
        return trigger.id.clone();
    }
    let evidence: Vec<String> = trigger.evidence.iter().map(describe_evidence).collect();
    format!("{}: {}", trigger.id, evidence.join(", "))
}

#[cfg(test)]
pub(crate) mod sample;
