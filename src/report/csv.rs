//! CSV: one row per conversation; triggers and evidence flattened into text columns.

use std::io::{self, Write};

use super::{OutcomeWriter, describe_evidence, describe_trigger};
use crate::outcome::Outcome;

/// The column order is a contract (README, "Output contract"): a new column goes at the
/// end.
const HEADER: [&str; 17] = [
    "conversation_id",
    "escalated",
    "escalation_turn",
    "escalation_time",
    "reason",
    "triggers",
    "evidence",
    "route",
    "team",
    "team_name",
    "bridge_message",
    "bridge_error",
    "actual_handoff_turn",
    "actual_handoff_time",
    "versus_actual",
    "messages",
    "route_hours",
];

pub(super) struct CsvWriter<'a> {
    out: &'a mut dyn Write,
    header_written: bool,
}

impl<'a> CsvWriter<'a> {
    pub(super) fn new(out: &'a mut dyn Write) -> Self {
        CsvWriter {
            out,
            header_written: false,
        }
    }

    fn header(&mut self) -> io::Result<()> {
        if !self.header_written {
            self.out.write_all(&encode(&HEADER))?;
            self.header_written = true;
        }
        Ok(())
    }
}

fn opt<T: ToString>(value: Option<T>) -> String {
    value.map(|v| v.to_string()).unwrap_or_default()
}

impl OutcomeWriter for CsvWriter<'_> {
    fn write(&mut self, o: &Outcome) -> io::Result<()> {
        self.write_encoded(&record(o))
    }

    fn write_encoded(&mut self, bytes: &[u8]) -> io::Result<()> {
        self.header()?;
        self.out.write_all(bytes)
    }

    fn finish(&mut self) -> io::Result<()> {
        self.header()?;
        self.out.flush()
    }
}

/// One CSV record, quoted where needed, terminator included.
fn encode<S: AsRef<[u8]>>(fields: &[S]) -> Vec<u8> {
    let mut w = csv::Writer::from_writer(Vec::new());
    // Writing to a Vec cannot fail.
    let _ = w.write_record(fields);
    w.into_inner().unwrap_or_default()
}

/// One outcome as a CSV record, terminator included.
pub(super) fn record(o: &Outcome) -> Vec<u8> {
    let triggers: Vec<&str> = o.triggers.iter().map(|t| t.id.as_str()).collect();
    let evidence: Vec<String> = o.triggers.iter().map(describe_trigger).collect();
    // Empty unless an `hours:` condition decided the route, as JSON leaves it out then.
    let hours: Vec<String> = o.route_hours.iter().map(describe_evidence).collect();
    let fields = [
        o.conversation_id.clone(),
        o.escalated.to_string(),
        opt(o.escalation_turn),
        opt(o.escalation_time.as_deref()),
        opt(o.reason.as_deref()),
        triggers.join(";"),
        evidence.join(" | "),
        opt(o.route.as_deref()),
        opt(o.team.as_deref()),
        opt(o.team_name.as_deref()),
        opt(o.bridge_message.as_deref()),
        opt(o.bridge_error.as_deref()),
        opt(o.actual_handoff_turn),
        opt(o.actual_handoff_time.as_deref()),
        opt(o.versus_actual.map(crate::outcome::VersusActual::as_str)),
        o.messages.to_string(),
        hours.join(" | "),
    ];
    encode(&fields)
}
