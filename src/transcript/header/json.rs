//! JSON read as CSV: a CSV transcript's header and the records after it → whether they
//! start like JSON, and whether the keys they seem to have are those of handoff's own
//! output ([`JsonLook`]), for the hint of an error only.

use std::io::BufRead;

use crate::transcript::reader::{JsonLook, outcomes_keys, packet_keys, report_keys};
use crate::transcript::records::{Record, RecordReader};

/// How many records, the header included, are looked at for JSON when a column is
/// missing: a title or comment line above a JSON file read as CSV is its "header".
const JSON_HINT_RECORDS: usize = 5;

/// How many records, the header included, are read at most for the keys of JSON read
/// as CSV, once one starts like it: re-indented (`replay -f json | jq .`), an outcome
/// has a key a line, its triggers and their evidence before its `bridge_message`. Only
/// on the way to an error.
const JSON_KEY_RECORDS: usize = 400;

/// Whether the first field of `record` starts like JSON (`{`, `[`).
pub(in crate::transcript) fn starts_like_json(record: &Record) -> bool {
    record.get(0).is_some_and(|first| {
        let first = first.trim_ascii_start();
        first.starts_with(b"{") || first.starts_with(b"[")
    })
}

/// Whether `header` or one of the records after it (up to [`JSON_HINT_RECORDS`] in all)
/// starts like JSON (`{`, `[`): a JSON file read as CSV; and whether the keys its
/// objects seem to have, as far as the records after it show them (up to
/// [`JSON_KEY_RECORDS`]: an object a line, as `replay -f json` writes it, shows them
/// at once, re-indented a key a line), are those of handoff's own output. Only on the
/// way to an error.
pub(in crate::transcript) fn json_ahead<R: BufRead>(
    header: &Record,
    reader: &mut RecordReader<R>,
) -> JsonLook {
    let mut keys = Vec::new();
    let mut seen = starts_like_json(header);
    if seen {
        json_keys(header, &mut keys);
    }
    let mut record = Record::default();
    let mut read = 1;
    while read
        < if seen {
            JSON_KEY_RECORDS
        } else {
            JSON_HINT_RECORDS
        }
    {
        if seen && (outcomes_keys(&keys) || packet_keys(&keys)) {
            break;
        }
        read += 1;
        match reader.read(&mut record) {
            Ok(true) if starts_like_json(&record) => {
                seen = true;
                json_keys(&record, &mut keys);
            }
            Ok(true) if seen => json_keys(&record, &mut keys),
            Ok(true) => {}
            _ => break,
        }
    }
    if !seen {
        JsonLook::NotJson
    } else if packet_keys(&keys) {
        JsonLook::Packet
    } else if outcomes_keys(&keys) {
        JsonLook::Outcomes
    } else if let Some(command) = report_keys(&keys) {
        JsonLook::Report(command)
    } else {
        JsonLook::Json
    }
}

/// Adds to `keys` the keys a line of JSON read as CSV fields seems to have: each field
/// that starts with a name before a `:` (`{"escalated":true` → `escalated`), its quotes
/// and braces left out. A guess, for a hint only.
fn json_keys(record: &Record, keys: &mut Vec<String>) {
    for i in 0..record.len() {
        let Some(field) = record.get(i) else { continue };
        let field = String::from_utf8_lossy(field);
        let Some((name, _)) = field.split_once(':') else {
            continue;
        };
        let name = name.trim_matches(|c: char| c.is_whitespace() || matches!(c, '{' | '[' | '"'));
        if !name.is_empty()
            && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
            && !keys.iter().any(|k| k == name)
        {
            keys.push(name.to_owned());
        }
    }
}
