//! JSONL transcripts: one JSON object per line, one message per object.
//!
//! Keys are mapped like CSV columns. Numbers and booleans become text, `null` is an empty
//! value (an empty CSV cell); a nested object is flattened with `_`
//! (`{"customer": {"tier": "pro"}}` gives `customer_tier`); an array is kept as JSON
//! text. Blank lines are skipped. As in a CSV file, a message needs a conversation id, a
//! role and a text (and a timestamp when one is mapped): a line that is not a JSON
//! object, lacks one of them, holds an array or object in one, or has two keys for one
//! field (`text` twice, or `Tier` and `tier`, which normalise alike) is reported and
//! counted. A file in which no object has one of them is a mapping error, like a CSV
//! header without the column.

mod csv_like;
mod end;
mod export;
mod first_lines;
mod flat;
mod lines;
mod node;
mod row;
mod unseen;

use std::io::{BufRead, Read as _};
use std::path::{Path, PathBuf};
use std::sync::Arc;

pub(crate) use self::csv_like::read_as_csv_advice;
pub(super) use self::export::metadata_fields;
pub(crate) use self::first_lines::{none_of, not_jsonl_advice};
use self::flat::{Kind, Names, flatten};
use self::lines::{line_bytes, skip_line};
use self::node::{Node, parse_object};
use self::row::{JsonRow, MetaColumn, duplicate_message, duplicate_meta_message};
use super::group::{Grouper, line_u32};
use super::input::ChosenBy;
use super::mapping::ColumnMapping;
use super::reader::{ReadError, ReadReport};
use crate::diag::Location;

/// Names of the fields a row needs, for messages, in the order of [`Field`](super::record::Field) slots.
const FIELD_NAMES: [&str; 4] = ["conversation_id", "role", "text", "timestamp"];

/// Keys listed in the missing-field error at most.
const MAX_FOUND: usize = 100;

pub(super) struct JsonlSource {
    reader: Box<dyn BufRead + Send>,
    buf: Vec<u8>,
    line: u64,
    /// The most bytes of one line.
    limit: usize,
    path: PathBuf,
    names: Names,
    /// Lines that were not blank.
    rows: u64,
    /// Lines that were JSON objects.
    objects: u64,
    /// Whether some object of the file had each mapped field (conversation id, role,
    /// text, timestamp).
    seen: [bool; 4],
    /// The ignored columns, interned, and whether some object of the file had each.
    ignored: Vec<(Arc<str>, bool)>,
    /// The columns metadata fields are read from (`meta.plan=customer_tier`), interned:
    /// column, field, and whether some object of the file had the column.
    meta: Vec<MetaColumn>,
    /// While a needed or ignored field has not been seen: the keys of the file's
    /// objects, for the error if it never is.
    found: Vec<Arc<str>>,
    /// Whether a key without a name was said (D013).
    unnamed_said: bool,
    /// The lines before the first object, looked at for a CSV header.
    csv: csv_like::CsvLook,
    /// The first lines while none is an object, looked at for a file that is not JSONL.
    first: first_lines::FirstLines,
    /// The `D001`s of objects lacking a key no object has had yet.
    unseen: unseen::Unseen,
}

/// What a line of the file held.
enum Line {
    /// The file has ended.
    End,
    /// A blank line, or one reported as malformed.
    Skipped,
    Object(JsonRow),
}

/// What is wrong with such a line, in the error of a file of them (`NotJsonl`).
const NO_BRACE: &str = "does not start with `{`";

/// What a line that does not start with `{` is told (`D001`).
const NOT_AN_OBJECT: &str = "not a JSON object (a line must start with `{`)";

impl JsonlSource {
    pub(super) fn new(
        reader: Box<dyn BufRead + Send>,
        path: &Path,
        mapping: &ColumnMapping,
        limit: usize,
        chosen_by: ChosenBy,
    ) -> Self {
        let mut names = Names::default();
        let ignored = mapping
            .ignore
            .iter()
            .map(|column| (names.of(column), false))
            .collect();
        let meta = mapping
            .meta
            .iter()
            .map(|(key, column)| MetaColumn {
                column: names.of(column),
                key: names.of(key),
                seen: false,
            })
            .collect();
        JsonlSource {
            reader,
            buf: Vec::new(),
            line: 0,
            limit: limit.max(1),
            path: path.to_owned(),
            names,
            rows: 0,
            objects: 0,
            seen: [false; 4],
            ignored,
            meta,
            found: Vec::new(),
            unnamed_said: false,
            csv: csv_like::CsvLook::new(chosen_by.clone()),
            first: first_lines::FirstLines::new(chosen_by),
            unseen: unseen::Unseen::default(),
        }
    }

    /// Reads one line into `grouper`. `false` at the end of the file.
    pub(super) fn next(
        &mut self,
        grouper: &mut Grouper,
        mapping: &ColumnMapping,
        report: &mut ReadReport,
    ) -> Result<bool, ReadError> {
        let row = match self.read_line(mapping, report)? {
            Line::End => {
                // Blank lines are no rows, as in a CSV file: a file of them is empty.
                if self.rows == 0 {
                    report.empty_file(&self.path);
                }
                report.fields.push(super::FileFields {
                    path: self.path.clone(),
                    names: self.names.written(),
                });
                let end = self.finish(mapping, report);
                // An error for a key no object had says every line that lacks it.
                match end {
                    Ok(()) => self.unseen.say(&self.path, report),
                    Err(_) => self.unseen.drop_held(),
                }
                return end.map(|()| false);
            }
            Line::Skipped => return Ok(true),
            Line::Object(row) => row,
        };
        let location = || Location::line(&self.path, line_u32(self.line));
        if let Some(problem) = row.problem(mapping) {
            // A key no object has had so far: maybe no object of the file has it
            // (handoff's own outcomes have no `role`), which the error at its end says
            // once, in place of a D001 a line.
            let never = (0..4).any(|slot| {
                (slot < 3 || mapping.timestamp_required)
                    && row.mapped[slot].is_none()
                    && !self.seen[slot]
            });
            if never {
                self.unseen.hold(self.line, problem);
            } else {
                self.unseen.say(&self.path, report);
                report.malformed(location(), &problem);
            }
            return Ok(true);
        }
        self.unseen.say(&self.path, report);
        if let Some(name) = row.duplicate() {
            let message = match self.meta.iter().find(|m| *m.key == *name) {
                // A key named as a metadata field read from another key (`Plan` beside
                // `customer_tier`, with `meta.plan=customer_tier`).
                Some(meta) => duplicate_meta_message(&self.text(), name, &meta.column),
                None => duplicate_message(&self.text(), name),
            };
            report.malformed(location(), &message);
            return Ok(true);
        }
        grouper.push(&row, mapping, report)?;
        Ok(true)
    }

    /// Reads one line: an object as a row, with the fields it maps and ignores found;
    /// a line that is not an object reported as malformed.
    fn read_line(
        &mut self,
        mapping: &ColumnMapping,
        report: &mut ReadReport,
    ) -> Result<Line, ReadError> {
        self.buf.clear();
        let io = |source| ReadError::io(self.path.clone(), self.line + 1, source);
        // No more than the limit (and its line break) is held: a longer line is passed
        // over to its end, not read whole.
        let most = self.limit as u64 + 1;
        let n = (&mut self.reader)
            .take(most)
            .read_until(b'\n', &mut self.buf)
            .map_err(io)?;
        if n == 0 {
            // A CSV header and nothing after it: an error.
            self.csv
                .no_object(None, &self.path, self.line, None, false)?;
            // Lines and none of them an object: an error, not a D001 for each.
            self.first.end(&self.path, self.line)?;
            return Ok(Line::End);
        }
        self.line += 1;
        let location = || Location::line(&self.path, line_u32(self.line));
        if n as u64 == most && self.buf.last() != Some(&b'\n') {
            skip_line(&mut self.reader)
                .map_err(|source| ReadError::io(self.path.clone(), self.line, source))?;
            self.buf.clear();
            self.rows += 1;
            report.rows += 1;
            // What it holds is not looked at: the lines before it are said.
            self.first.other(report);
            report.too_long(location(), "line", self.limit);
            return Ok(Line::Skipped);
        }
        let bytes = line_bytes(&self.buf);
        if self.line > 1 && bytes.len() < self.buf.len() {
            report.inner_bom(location());
        }
        let text = match std::str::from_utf8(bytes) {
            Ok(t) => std::borrow::Cow::Borrowed(t),
            Err(_) => {
                report.invalid_utf8(location(), || super::reader::legacy::help([bytes]));
                String::from_utf8_lossy(bytes)
            }
        };
        let invalid = matches!(text, std::borrow::Cow::Owned(_));
        let indent = text.len() - text.trim_start().len();
        let text = text.trim();
        if text.is_empty() || self.first.scan(&self.path, text)? {
            return Ok(Line::Skipped);
        }
        self.rows += 1;
        report.rows += 1;
        // A line that is not an object is said so in words: serde's message on `not json`
        // was "expected ident", what it thought of `null`. Lines that
        // start with `{` keep serde's messages ("trailing comma", "EOF while parsing").
        let column = u32::try_from(indent + 1).ok();
        if !text.starts_with('{') {
            // A CSV export read as JSONL: one error, not a warning for each of its
            // rows (`csv_like.rs`).
            let early = self.objects == 0 && self.rows <= csv_like::CSV_HINT_ROWS;
            if self
                .csv
                .no_object(Some(text), &self.path, self.line, column, early)?
            {
                return Ok(Line::Skipped);
            }
            let mut at = location();
            at.column = column;
            let problem = || NO_BRACE.to_owned();
            self.first
                .not_an_object(at, (NOT_AN_OBJECT, None), text, problem, report)?;
            return Ok(Line::Skipped);
        }
        // A line of names held for a CSV header is a title line: no object, said in its
        // turn among the lines before the first object.
        if let Some((at, help)) = self.csv.object(&self.path) {
            let problem = || NO_BRACE.to_owned();
            self.first
                .not_an_object(at, (NOT_AN_OBJECT, Some(help)), "", problem, report)?;
        }
        // A change of `diff -f json`'s report as it writes them, one a line: the
        // report's line, read on for its keys (cli43 review).
        if self.first.is_diff_change(text) {
            let problem = || "is a change of a `diff -f json` report".to_owned();
            self.first
                .not_an_object(location(), (NOT_AN_OBJECT, None), text, problem, report)?;
            return Ok(Line::Skipped);
        }
        let object = match parse_object(text) {
            Ok(Node::Object(entries)) => entries,
            Ok(_) => {
                let problem = || "is not a JSON object".to_owned();
                let at = location();
                self.first
                    .not_an_object(at, (NOT_AN_OBJECT, None), text, problem, report)?;
                return Ok(Line::Skipped);
            }
            Err(e) => {
                // serde_json says "… at line 1 column 66" of the one-line text it was
                // given: the row's own line is in the location, with the column.
                let message = e.to_string();
                let message = message
                    .rsplit_once(" at line ")
                    .map_or(message.as_str(), |(m, _)| m);
                let mut at = location();
                if e.line() == 1 && e.column() > 0 {
                    at.column = u32::try_from(e.column() + indent).ok();
                }
                let problem = || format!("is invalid JSON ({message})");
                let said = format!("invalid JSON: {message}");
                self.first
                    .not_an_object(at, (&said, None), text, problem, report)?;
                return Ok(Line::Skipped);
            }
        };
        self.first.other(report);
        self.objects += 1;
        let mut row = JsonRow {
            line: self.line,
            fields: Vec::with_capacity(object.len()),
            mapped: [None; 4],
        };
        for (key, node) in object {
            let before = row.fields.len();
            flatten(&mut self.names, &key, node, &mut row.fields);
            // Nothing kept: a key without a name (D013, once a file, as for a header).
            if row.fields.len() == before && !std::mem::replace(&mut self.unnamed_said, true) {
                report.unnamed_key(location(), &key);
            }
        }
        let columns = mapped_columns(mapping);
        for (slot, column) in row.mapped.iter_mut().zip(columns) {
            *slot = row.fields.iter().position(|f| &*f.name == column);
        }
        if invalid && let Some(id) = row.mapped[0] {
            let bytes = line_bytes(&self.buf);
            if let Some(value) = flat::escaped_value(&mut self.names, bytes, id) {
                row.fields[id].value = value;
            }
        }
        for (seen, slot) in self.seen.iter_mut().zip(row.mapped) {
            *seen |= slot.is_some();
        }
        if !self.ignored.is_empty() {
            row.ignore(&mut self.ignored);
        }
        if !self.all_seen(mapping) {
            for field in &row.fields {
                if self.found.len() < MAX_FOUND
                    && field.kind != Kind::Object
                    && !self.found.contains(&field.name)
                {
                    self.found.push(Arc::clone(&field.name));
                }
            }
        } else if !self.found.is_empty() {
            self.found = Vec::new();
        }
        // After the keys are listed for an error: they are the object's, not renamed.
        if !self.meta.is_empty() {
            row.rename(&mut self.meta);
        }
        Ok(Line::Object(row))
    }

    /// The line just read, as text (off the common path: to name keys in a message).
    fn text(&self) -> String {
        String::from_utf8_lossy(line_bytes(&self.buf))
            .trim()
            .to_owned()
    }
}

/// The columns of conversation id, role, text and timestamp, in [`FIELD_NAMES`] order.
fn mapped_columns(mapping: &ColumnMapping) -> [&str; 4] {
    [
        &mapping.conversation_id,
        &mapping.role,
        &mapping.text,
        &mapping.timestamp,
    ]
}

#[cfg(test)]
mod tests;
