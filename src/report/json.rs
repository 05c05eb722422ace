//! JSON and JSONL: the documented outcome contract, serialised as-is.
//!
//! An outcome is encoded by hand, field by field, into the bytes `serde_json` gives for
//! its `Serialize` (property-tested): serde's generic path spent a tenth of a replay's
//! instructions on outcomes of a fixed shape. A field added to [`Outcome`] must be added
//! to [`encode`] too: `tests::encodes_as_serde_json_does` fails until it is (its
//! arbitrary outcomes, `outcome::strategy`, name every field).

use std::io::{self, Write};

use super::OutcomeWriter;
use crate::outcome::{Evidence, FiredTrigger, Outcome, VersusActual};

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
        let mut bytes = Vec::with_capacity(1024);
        encode(outcome, &mut bytes);
        bytes.push(b'\n');
        self.out.write_all(&bytes)
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
        let mut bytes = Vec::with_capacity(1024);
        encode(outcome, &mut bytes);
        self.write_encoded(&bytes)
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

/// Appends `outcome` as one line of JSON, as `serde_json::to_writer` would write it.
pub(super) fn encode(outcome: &Outcome, out: &mut Vec<u8>) {
    out.extend_from_slice(b"{\"conversation_id\":");
    string(out, &outcome.conversation_id);
    out.extend_from_slice(b",\"escalated\":");
    out.extend_from_slice(if outcome.escalated { b"true" } else { b"false" });
    out.extend_from_slice(b",\"escalation_turn\":");
    optional_number(out, outcome.escalation_turn);
    out.extend_from_slice(b",\"escalation_time\":");
    optional_string(out, outcome.escalation_time.as_deref());
    out.extend_from_slice(b",\"reason\":");
    optional_string(out, outcome.reason.as_deref());
    out.extend_from_slice(b",\"triggers\":");
    triggers(out, &outcome.triggers);
    out.extend_from_slice(b",\"route\":");
    optional_string(out, outcome.route.as_deref());
    out.extend_from_slice(b",\"team\":");
    optional_string(out, outcome.team.as_deref());
    out.extend_from_slice(b",\"team_name\":");
    optional_string(out, outcome.team_name.as_deref());
    out.extend_from_slice(b",\"bridge_message\":");
    optional_string(out, outcome.bridge_message.as_deref());
    if let Some(error) = &outcome.bridge_error {
        out.extend_from_slice(b",\"bridge_error\":");
        string(out, error);
    }
    // Only when the route's `hours:` conditions saw a time, as `bridge_error` only when
    // there is one.
    if !outcome.route_hours.is_empty() {
        out.extend_from_slice(b",\"route_hours\":[");
        evidence_items(out, &outcome.route_hours);
        out.push(b']');
    }
    out.extend_from_slice(b",\"actual_handoff_turn\":");
    optional_number(out, outcome.actual_handoff_turn);
    out.extend_from_slice(b",\"actual_handoff_time\":");
    optional_string(out, outcome.actual_handoff_time.as_deref());
    out.extend_from_slice(b",\"versus_actual\":");
    optional_string(out, outcome.versus_actual.map(VersusActual::as_str));
    out.extend_from_slice(b",\"messages\":");
    number(out, outcome.messages);
    out.push(b'}');
}

/// `items` as a JSON array, each written by `item`.
pub(crate) fn array<T>(out: &mut Vec<u8>, items: &[T], mut item: impl FnMut(&mut Vec<u8>, &T)) {
    out.push(b'[');
    for (i, value) in items.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        item(out, value);
    }
    out.push(b']');
}

/// The triggers that fired, as an array.
pub(crate) fn triggers(out: &mut Vec<u8>, triggers: &[FiredTrigger]) {
    array(out, triggers, fired);
}

fn fired(out: &mut Vec<u8>, trigger: &FiredTrigger) {
    out.extend_from_slice(b"{\"id\":");
    string(out, &trigger.id);
    out.extend_from_slice(b",\"severity\":");
    string(out, trigger.severity);
    out.extend_from_slice(b",\"turn\":");
    number(out, trigger.turn);
    out.extend_from_slice(b",\"evidence\":[");
    evidence_items(out, &trigger.evidence);
    out.extend_from_slice(b"]}");
}

/// Evidence items, comma-separated, each a tagged object.
pub(crate) fn evidence_items(out: &mut Vec<u8>, items: &[Evidence]) {
    for (i, evidence) in items.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        match evidence {
            Evidence::Match {
                turn,
                role,
                signal,
                text,
            } => {
                out.extend_from_slice(b"{\"type\":\"match\",\"turn\":");
                number(out, *turn);
                out.extend_from_slice(b",\"role\":");
                string(out, role.as_str());
                out.extend_from_slice(b",\"signal\":");
                string(out, signal);
                out.extend_from_slice(b",\"text\":");
                string(out, text);
            }
            Evidence::Counter {
                name,
                value,
                within,
            } => {
                out.extend_from_slice(b"{\"type\":\"counter\",\"name\":");
                string(out, name);
                out.extend_from_slice(b",\"value\":");
                // serde_json's own float formatting (and `null` for NaN and infinities).
                let _ = serde_json::to_writer(&mut *out, value);
                // Only a windowed counter's: the evidence of every other is as it was.
                if let Some(n) = within {
                    out.extend_from_slice(b",\"within\":");
                    number(out, *n as usize);
                }
            }
            Evidence::Metadata { field, value } => {
                out.extend_from_slice(b"{\"type\":\"metadata\",\"field\":");
                string(out, field);
                out.extend_from_slice(b",\"value\":");
                optional_string(out, value.as_deref());
            }
            Evidence::Hours {
                turn,
                local_time,
                weekday,
                tz,
                shift_day,
            } => {
                out.extend_from_slice(b"{\"type\":\"hours\",\"turn\":");
                number(out, *turn);
                out.extend_from_slice(b",\"local_time\":");
                string(out, local_time);
                out.extend_from_slice(b",\"weekday\":");
                string(out, weekday);
                out.extend_from_slice(b",\"tz\":");
                string(out, tz);
                out.extend_from_slice(b",\"shift_day\":");
                string(out, shift_day);
            }
        }
        out.push(b'}');
    }
}

/// `n` in decimal: a turn or a count, written for every outcome; `write!` would go through
/// the formatting machinery for each (2 % of a replay's instructions).
pub(crate) fn number(out: &mut Vec<u8>, mut n: usize) {
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    loop {
        at -= 1;
        digits[at] = b"0123456789"[n % 10];
        n /= 10;
        if n == 0 {
            break;
        }
    }
    out.extend_from_slice(&digits[at..]);
}

pub(crate) fn optional_number(out: &mut Vec<u8>, n: Option<usize>) {
    match n {
        Some(n) => number(out, n),
        None => out.extend_from_slice(b"null"),
    }
}

pub(crate) fn optional_string(out: &mut Vec<u8>, s: Option<&str>) {
    match s {
        Some(s) => string(out, s),
        None => out.extend_from_slice(b"null"),
    }
}

/// A JSON string, escaped as `serde_json` escapes: `"` and `\\`, the short escapes for
/// backspace, tab, newline, form feed and carriage return, `\u00xx` for the other
/// control characters; everything else as it is.
pub(crate) fn string(out: &mut Vec<u8>, s: &str) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    out.push(b'"');
    let bytes = s.as_bytes();
    // Most strings need no escape: one pass without early exit (so the compiler can
    // vectorise it) says so.
    let escapes = bytes.iter().fold(0u8, |found, &b| {
        found | u8::from(b < 0x20) | u8::from(b == b'"') | u8::from(b == b'\\')
    });
    if escapes == 0 {
        out.extend_from_slice(bytes);
    } else {
        let mut start = 0;
        for (i, &b) in bytes.iter().enumerate() {
            let escape: &[u8] = match b {
                b'"' => b"\\\"",
                b'\\' => b"\\\\",
                0x08 => b"\\b",
                0x09 => b"\\t",
                0x0A => b"\\n",
                0x0C => b"\\f",
                0x0D => b"\\r",
                0x00..=0x1F => {
                    out.extend_from_slice(&bytes[start..i]);
                    out.extend_from_slice(b"\\u00");
                    out.push(HEX[usize::from(b >> 4)]);
                    out.push(HEX[usize::from(b & 0xF)]);
                    start = i + 1;
                    continue;
                }
                _ => continue,
            };
            out.extend_from_slice(&bytes[start..i]);
            out.extend_from_slice(escape);
            start = i + 1;
        }
        out.extend_from_slice(&bytes[start..]);
    }
    out.push(b'"');
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::outcome::strategy::outcome;

    proptest! {
        #[test]
        fn encodes_as_serde_json_does(outcome in outcome()) {
            let mut ours = Vec::new();
            encode(&outcome, &mut ours);
            let theirs = serde_json::to_vec(&outcome).unwrap();
            prop_assert_eq!(String::from_utf8(ours).unwrap(), String::from_utf8(theirs).unwrap());
        }
    }
}
