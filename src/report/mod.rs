//! Reports: outcomes → text for people and machines.
//!
//! Takes [`Outcome`]s one at a time and writes them in the chosen [`Format`]; the
//! streaming formats (JSONL, JSON, CSV) write each outcome as it comes, the table waits
//! for the end. [`Summary`] aggregates outcomes for the stderr summary. Reports see only
//! model types (outcomes, read reports), never the engine.

pub mod coverage;
mod coverage_html;
mod coverage_markdown;
mod coverage_matrix;
mod coverage_share;
pub(crate) use coverage_share::escalation_share;
mod coverage_why;
mod csv;
pub mod diff;
pub mod explain;
mod fit;
mod gate;
pub(crate) mod json;
pub mod lint;
mod narrow;
mod printable;
pub mod ruletest;
mod summary;
mod table;

use std::io::{self, Write};

use crate::outcome::{Evidence, FiredTrigger, Outcome};

pub use gate::FailedGate;
pub use printable::Printable;
pub use summary::{Counted, Summary, wrap as wrap_summary};
pub use table::stderr_width;

/// Output formats of `replay`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// A table for people (the default on a terminal); also named `human` or `text`.
    #[value(alias = "human", alias = "text")]
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
    /// Writes an outcome already [`encode`]d (possibly on another thread).
    fn write_encoded(&mut self, bytes: &[u8]) -> io::Result<()> {
        let _ = bytes;
        Err(io::Error::other(
            "this format cannot write pre-encoded outcomes",
        ))
    }
    /// Marks the conversation `id`, written already, as cut short (`why`: its rows go on
    /// where reading stopped): the table, which holds its rows until the end, says so
    /// in its row. The streaming formats wrote it already and do nothing (the error on
    /// stderr says it).
    fn cut_short(&mut self, id: &str, why: &str) -> io::Result<()> {
        let _ = (id, why);
        Ok(())
    }
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

/// Appends one outcome in a streaming format to `out`, ready for
/// [`OutcomeWriter::write_encoded`]; `false` (nothing appended) for the table, which lays
/// out all rows at once. Pure, so replay can encode on its worker threads while the main
/// thread only writes.
pub fn encode(format: Format, outcome: &Outcome, out: &mut Vec<u8>) -> bool {
    match format {
        Format::Table => return false,
        Format::Json => json::encode(outcome, out),
        Format::Jsonl => {
            json::encode(outcome, out);
            out.push(b'\n');
        }
        Format::Csv => out.extend_from_slice(&csv::record(outcome)),
    }
    true
}

pub(crate) use crate::diag::slashed;

/// One evidence item as a short phrase: `"too expensive" (turn 3)`, `bot_fallbacks=2`.
pub fn describe_evidence(evidence: &Evidence) -> String {
    match evidence {
        Evidence::Match { turn, text, .. } => format!("\u{201c}{text}\u{201d} (turn {turn})"),
        Evidence::Counter {
            name,
            value,
            within: None,
        } => format!("{name}={value}"),
        Evidence::Counter {
            name,
            value,
            within: Some(n),
        } if *n == 1 => format!("{name}={value} in the latest message"),
        Evidence::Counter {
            name,
            value,
            within: Some(n),
        } => format!("{name}={value} in the last {n} messages"),
        Evidence::Metadata { field, value } => match value {
            Some(v) => format!("{field}={v}"),
            None => format!("{field} missing"),
        },
        // `Sat 2026-03-07 02:00 Europe/London (turn 5)`, and `, Fri's shift` when the
        // early hours of a range past midnight count for the day before.
        Evidence::Hours {
            turn,
            local_time,
            weekday,
            tz,
            shift_day,
        } => {
            let shift = if shift_day == weekday {
                String::new()
            } else {
                format!(", {}'s shift", crate::rules::hours::capitalised(shift_day))
            };
            format!(
                "{} {} {tz}{shift} (turn {turn})",
                crate::rules::hours::capitalised(weekday),
                local_time.replacen('T', " ", 1)
            )
        }
    }
}

/// The local times a route's `hours:` conditions saw, as `explain` shows them, without
/// their turn (the escalation's, said beside them): `Mon 2026-03-02 19:00 Europe/Berlin`;
/// `None` when no `hours:` condition decided the route.
pub fn describe_route_hours(route_hours: &[Evidence]) -> Option<String> {
    let hours: Vec<String> = route_hours
        .iter()
        .map(|e| {
            let text = describe_evidence(e);
            match e {
                Evidence::Hours { turn, .. } => text
                    .strip_suffix(&format!(" (turn {turn})"))
                    .map_or(text.clone(), str::to_owned),
                _ => text,
            }
        })
        .collect();
    (!hours.is_empty()).then(|| hours.join(", "))
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::transcript::ReadReport;

    fn render(format: Format) -> String {
        let mut out = Vec::new();
        {
            let mut w = writer(format, &mut out, Some(120));
            for o in sample::outcomes() {
                w.write(&o).unwrap();
            }
            w.finish().unwrap();
        }
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn table() {
        insta::assert_snapshot!(render(Format::Table));
    }

    #[test]
    fn jsonl() {
        let text = render(Format::Jsonl);
        for line in text.lines() {
            serde_json::from_str::<serde_json::Value>(line).unwrap();
        }
        insta::assert_snapshot!(text);
    }

    #[test]
    fn json() {
        let text = render(Format::Json);
        let value: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(value.as_array().unwrap().len(), 5);
        insta::assert_snapshot!(text);
    }

    #[test]
    fn json_of_nothing_is_an_empty_array() {
        let mut out = Vec::new();
        writer(Format::Json, &mut out, None).finish().unwrap();
        assert_eq!(out, b"[]\n");
    }

    #[test]
    fn csv() {
        let text = render(Format::Csv);
        let mut reader = ::csv::Reader::from_reader(text.as_bytes());
        assert_eq!(
            reader.records().count(),
            5,
            "quoted newlines stay inside their field"
        );
        insta::assert_snapshot!(text);
    }

    /// `route_hours` was in JSON but not in CSV: it is the last column (the ones before
    /// it keep their order, a contract), empty where no `hours:` condition decided the
    /// route.
    #[test]
    fn csv_route_hours_is_the_last_column() {
        let text = render(Format::Csv);
        let mut reader = ::csv::Reader::from_reader(text.as_bytes());
        let header: Vec<String> = reader
            .headers()
            .unwrap()
            .iter()
            .map(str::to_owned)
            .collect();
        assert_eq!(header.len(), 17);
        assert_eq!(header[15], "messages");
        assert_eq!(header[16], "route_hours");
        let hours: Vec<(String, String)> = reader
            .records()
            .map(|r| {
                let r = r.unwrap();
                (r[0].to_owned(), r[16].to_owned())
            })
            .collect();
        assert_eq!(
            hours[2],
            (
                "c03".to_owned(),
                "Sat 2026-03-07 02:00 Europe/London, Fri's shift (turn 4)".to_owned()
            )
        );
        for (id, value) in hours.iter().filter(|(id, _)| id != "c03") {
            assert_eq!(value, "", "{id} has no `hours:` route");
        }
    }

    #[test]
    fn csv_route_hours_items_are_separated_as_the_evidence_is() {
        // An item holds `, ` itself (`Europe/London, Fri's shift`): items are ` | `-separated.
        let mut o = sample::outcomes()
            .into_iter()
            .find(|o| o.conversation_id == "c03")
            .unwrap();
        o.route_hours.push(o.route_hours[0].clone());
        let record = csv::record(&o);
        let mut reader = ::csv::ReaderBuilder::new()
            .has_headers(false)
            .from_reader(record.as_slice());
        let row = reader.records().next().unwrap().unwrap();
        let item = "Sat 2026-03-07 02:00 Europe/London, Fri's shift (turn 4)";
        assert_eq!(&row[16], format!("{item} | {item}"));
    }

    #[test]
    fn csv_of_nothing_is_a_header() {
        let mut out = Vec::new();
        writer(Format::Csv, &mut out, None).finish().unwrap();
        assert!(
            String::from_utf8(out)
                .unwrap()
                .starts_with("conversation_id,escalated,")
        );
    }

    #[test]
    fn summary() {
        let mut summary = Summary::default();
        for o in sample::outcomes() {
            summary.add(&o);
        }
        let read = ReadReport {
            files: vec!["a.csv".into()],
            rows: 20,
            skipped_rows: 2,
            bad_timestamps: 1,
            unknown_roles: [("system".to_owned(), 3)].into(),
            ..ReadReport::default()
        };
        insta::assert_snapshot!(summary.render(&read));
    }
}
