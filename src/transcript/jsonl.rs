//! JSONL transcripts: one JSON object per line, one message per object.
//!
//! Keys are mapped like CSV columns. Numbers and booleans become text; a nested object
//! is flattened with `_` (`{"customer": {"tier": "pro"}}` gives `customer_tier`); an
//! array is kept as JSON text. Blank lines are skipped; a line that is not a JSON object
//! is reported and counted.

use std::collections::HashMap;
use std::io::BufRead;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde_json::Value;

use super::group::{Grouper, line_u32};
use super::mapping::ColumnMapping;
use super::normalize_field;
use super::reader::{ReadError, ReadReport};
use super::record::{Field, Row};
use crate::diag::Location;

pub(super) struct JsonlSource {
    reader: Box<dyn BufRead + Send>,
    buf: Vec<u8>,
    line: u64,
    path: PathBuf,
    keys: HashMap<String, Arc<str>>,
    saw_id: bool,
}

impl JsonlSource {
    pub(super) fn new(reader: Box<dyn BufRead + Send>, path: &Path) -> Self {
        JsonlSource {
            reader,
            buf: Vec::new(),
            line: 0,
            path: path.to_owned(),
            keys: HashMap::new(),
            saw_id: false,
        }
    }

    /// Reads one line into `grouper`. `false` at the end of the file.
    pub(super) fn next(
        &mut self,
        grouper: &mut Grouper,
        mapping: &ColumnMapping,
        report: &mut ReadReport,
    ) -> Result<bool, ReadError> {
        self.buf.clear();
        let n = self
            .reader
            .read_until(b'\n', &mut self.buf)
            .map_err(|source| ReadError::Io {
                path: self.path.clone(),
                line: self.line + 1,
                source,
            })?;
        if n == 0 {
            if self.line == 0 {
                report.empty_file(&self.path);
            }
            return Ok(false);
        }
        self.line += 1;
        let location = || Location::line(&self.path, line_u32(self.line));
        let bytes = if self.line == 1 {
            self.buf
                .strip_prefix("\u{feff}".as_bytes())
                .unwrap_or(&self.buf)
        } else {
            &self.buf
        };
        let text = match std::str::from_utf8(bytes) {
            Ok(t) => std::borrow::Cow::Borrowed(t),
            Err(_) => {
                report.invalid_utf8(location());
                String::from_utf8_lossy(bytes)
            }
        };
        let text = text.trim();
        if text.is_empty() {
            return Ok(true);
        }
        report.rows += 1;
        let object = match serde_json::from_str::<Value>(text) {
            Ok(Value::Object(map)) => map,
            Ok(_) => {
                report.malformed(location(), "line is not a JSON object");
                return Ok(true);
            }
            Err(e) => {
                report.malformed(location(), &format!("invalid JSON: {e}"));
                return Ok(true);
            }
        };
        let mut row = JsonRow {
            line: self.line,
            fields: Vec::with_capacity(object.len()),
            mapped: [None; 4],
        };
        for (key, value) in object {
            flatten(&mut self.keys, &key, value, &mut row.fields);
        }
        for (slot, column) in row.mapped.iter_mut().zip([
            &mapping.conversation_id,
            &mapping.role,
            &mapping.text,
            &mapping.timestamp,
        ]) {
            *slot = row.fields.iter().position(|(k, _)| &**k == column.as_str());
        }
        if row.mapped[0].is_some() {
            self.saw_id = true;
        } else if !self.saw_id && self.line == 1 {
            // The first object has no id key: the mapping is wrong, not the row.
            return Err(ReadError::MissingColumn {
                path: self.path.clone(),
                field: "conversation_id",
                column: mapping.conversation_id.clone(),
                found: row.fields.iter().map(|(k, _)| k.to_string()).collect(),
            });
        }
        grouper.push(&row, mapping, report)?;
        Ok(true)
    }
}

struct JsonRow {
    line: u64,
    fields: Vec<(Arc<str>, String)>,
    /// Index in `fields` of conversation id, role, text, timestamp.
    mapped: [Option<usize>; 4],
}

impl Row for JsonRow {
    fn line(&self) -> u64 {
        self.line
    }

    fn field(&self, field: Field) -> &str {
        let slot = match field {
            Field::ConversationId => 0,
            Field::Role => 1,
            Field::Text => 2,
            Field::Timestamp => 3,
        };
        self.mapped[slot].map_or("", |i| self.fields[i].1.as_str())
    }

    fn for_each_meta(&self, f: &mut dyn FnMut(&Arc<str>, &str)) {
        for (i, (key, value)) in self.fields.iter().enumerate() {
            if !self.mapped.contains(&Some(i)) {
                f(key, value);
            }
        }
    }
}

/// Normalised keys of the first `limit` objects, mapped fields excluded, in order of
/// first appearance.
pub(super) fn metadata_fields(
    reader: Box<dyn BufRead + Send>,
    mapping: &ColumnMapping,
    limit: usize,
) -> Vec<String> {
    let mapped = [
        &mapping.conversation_id,
        &mapping.role,
        &mapping.text,
        &mapping.timestamp,
    ];
    let mut keys = HashMap::new();
    let mut fields: Vec<String> = Vec::new();
    for line in reader.lines().map_while(Result::ok).take(limit) {
        let Ok(Value::Object(map)) = serde_json::from_str::<Value>(line.trim()) else {
            continue;
        };
        let mut row = Vec::new();
        for (key, value) in map {
            flatten(&mut keys, &key, value, &mut row);
        }
        for (name, _) in row {
            if !mapped.iter().any(|m| m.as_str() == &*name) && !fields.iter().any(|f| f == &*name) {
                fields.push(name.to_string());
            }
        }
    }
    fields
}

fn flatten(
    keys: &mut HashMap<String, Arc<str>>,
    key: &str,
    value: Value,
    out: &mut Vec<(Arc<str>, String)>,
) {
    let text = match value {
        Value::Null => String::new(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => n.to_string(),
        Value::String(s) => s,
        Value::Array(_) => value.to_string(),
        Value::Object(map) => {
            for (inner, v) in map {
                flatten(keys, &format!("{key}_{inner}"), v, out);
            }
            return;
        }
    };
    let name = keys
        .entry(key.to_owned())
        .or_insert_with(|| Arc::from(normalize_field(key)))
        .clone();
    if !name.is_empty() {
        out.push((name, text));
    }
}
