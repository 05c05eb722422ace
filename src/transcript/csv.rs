//! CSV transcripts: a header row, then one message per row.
//!
//! Quoted fields may hold newlines, commas and quotes; CRLF and a UTF-8 BOM are fine.
//! Invalid UTF-8 is decoded lossily (U+FFFD; `\xNN` in a conversation id, so that ids
//! stay apart) and the row is counted, so a stray byte costs one character, not a
//! message. A row whose field count differs from the header's is skipped and reported:
//! its columns cannot be trusted. So is a row with a quote that nothing closes, which
//! would otherwise swallow the rest of the file: the lines after it are read as rows
//! (D008).

use std::io::BufRead;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::HeaderNames;
use super::group::{Grouper, line_u32};
use super::header::{bad_header, json_ahead, starts_like_json};
use super::mapping::ColumnMapping;
use super::reader::{ReadError, ReadReport};
use super::records::{Record, RecordReader, TextRecord};
use crate::diag::Location;

mod row;
use row::{CsvRow, lossy_fields, runs};

pub(super) struct CsvSource {
    reader: RecordReader<Box<dyn BufRead + Send>>,
    /// The row buffer, reused for every row.
    record: Record,
    path: PathBuf,
    columns: Columns,
    /// Metadata columns: index and normalised name.
    meta: Vec<(usize, Arc<str>)>,
    /// Runs of adjacent metadata columns: (first column, last column, index in `meta`).
    meta_runs: Vec<(usize, usize, usize)>,
    width: usize,
    /// The header's names, as written.
    header: Vec<String>,
    /// Data rows read from this file.
    rows: u64,
}

struct Columns {
    id: usize,
    role: usize,
    text: usize,
    time: Option<usize>,
}

impl CsvSource {
    /// Reads the header. `None` for an empty file (reported as a warning).
    pub(super) fn open(
        reader: Box<dyn BufRead + Send>,
        path: &Path,
        mapping: &ColumnMapping,
        limit: usize,
        report: &mut ReadReport,
    ) -> Result<Option<Self>, ReadError> {
        let reader = RecordReader::new(reader).recovering().with_limit(limit);
        // The mapping's delimiter, else the one the header line uses.
        let mut reader = match mapping.delimiter {
            Some(delimiter) => reader.delimited_by(delimiter),
            None => reader.sniffing(),
        };
        let mut header = Record::default();
        reader
            .read(&mut header)
            .map_err(|source| io_error(path, &reader, source))?;
        if let Some(message) = bad_header(&header, limit) {
            return Err(ReadError::BadHeader {
                path: path.to_owned(),
                line: header.line() + header.unclosed().map_or(0, |unclosed| unclosed.line_offset),
                message,
            });
        }
        if header.len() == 0 || (header.len() == 1 && header.get(0) == Some(b"")) {
            report.empty_file(path);
            return Ok(None);
        }
        let columns_named = HeaderNames::new(header.iter().map(String::from_utf8_lossy));
        let (names, written) = (&columns_named.names, |i: usize| {
            columns_named.written[i].clone()
        });
        // JSON read as CSV, a mapped field's column not among its "columns": told as JSON
        // (or handoff's own output) by the missing column below. Not as a header with a
        // column twice (an array on one line, `jq -c`, repeats its objects' keys), nor
        // with its `[` as a column without a name.
        let json_header = starts_like_json(&header)
            && [&mapping.conversation_id, &mapping.role, &mapping.text]
                .iter()
                .any(|column| !names.contains(column));
        // Two columns of one name: the first would silently win for a mapped field, and
        // a metadata field would seem to vary within every conversation. Ignored ones may
        // repeat: neither is read.
        if !json_header && let Some((a, b)) = columns_named.duplicate(&mapping.ignore) {
            return Err(ReadError::DuplicateColumn {
                path: path.to_owned(),
                name: names[a].clone(),
                first: (a + 1, written(a)),
                second: (b + 1, written(b)),
                same: written(a) == written(b),
            });
        }
        // A column without a name is neither a field nor metadata: said, not dropped silently.
        let unnamed = columns_named.unnamed();
        if !unnamed.is_empty() && !json_header {
            report.unnamed_columns(super::header::unnamed_warning(
                path,
                header.line(),
                &unnamed,
                "metadata",
            ));
        }
        let find = |column: &str| names.iter().position(|n| n == column);
        let time = find(&mapping.timestamp);
        let fields = [
            ("conversation_id", &mapping.conversation_id),
            ("role", &mapping.role),
            ("text", &mapping.text),
        ]
        .map(|(field, column)| (field, column, find(column)));
        let missing = fields
            .iter()
            .find(|(_, _, at)| at.is_none())
            .map(|&(field, column, _)| (field, column))
            .or_else(|| {
                (time.is_none() && mapping.timestamp_required)
                    .then_some(("timestamp", &mapping.timestamp))
            });
        // Excel's `sep=` line said the delimiter, over a header another separates
        // (`sep=,` above `id;role;text`): that other one, as the header's cells hold it.
        let sep_line = reader.sep_said().then(|| header.delimiter());
        let other_delimiter = if sep_line.is_some() {
            super::other_delimiter_in(&header)
        } else {
            reader.other_delimiter()
        }
        .filter(|_| mapping.delimiter.is_none());
        let missing_error =
            |(field, column): (&'static str, &String), looks| ReadError::MissingColumn {
                path: path.to_owned(),
                line: header.line(),
                field: field.to_owned(),
                column: mapping.as_written(column).to_owned(),
                looks,
                jsonl: false,
                mapped: mapping
                    .mapped_at(field, &columns_named.written)
                    .map(Box::new),
                found: columns_named.written.clone(),
                // Said only where the header read with it would have the column.
                other_delimiter: other_delimiter.filter(|&holds| {
                    super::other_split_has(header.iter(), header.delimiter(), holds, column)
                }),
                sep_line,
            };
        let [(_, _, Some(id)), (_, _, Some(role)), (_, _, Some(text))] = fields else {
            let looks = json_ahead(&header, &mut reader);
            let empty = String::new();
            return Err(missing_error(missing.unwrap_or(("", &empty)), looks));
        };
        if let Some(missing) = missing {
            let looks = json_ahead(&header, &mut reader);
            return Err(missing_error(missing, looks));
        }
        let columns = Columns {
            id,
            role,
            text,
            time,
        };
        let (optional, required): (Vec<&String>, Vec<&String>) = mapping
            .ignore
            .iter()
            .filter(|c| find(c).is_none())
            .partition(|c| mapping.may_lack(c));
        if let Some(column) = required.first() {
            return Err(ReadError::IgnoredColumnMissing {
                path: path.to_owned(),
                column: mapping.as_written(column).to_owned(),
                found: columns_named.written.clone(),
            });
        }
        for column in optional {
            report.nothing_to_ignore(path, mapping.as_written(column));
        }
        let mapped = [
            Some(columns.id),
            Some(columns.role),
            Some(columns.text),
            columns.time,
        ];
        let meta: Vec<usize> = (0..names.len())
            .filter(|&i| {
                let name = &names[i];
                !name.is_empty() && !mapped.contains(&Some(i)) && !mapping.ignore.contains(name)
            })
            .collect();
        super::header::check_meta(path, header.line(), &columns_named, &meta, mapping)?;
        // Each by the metadata field it is read as (`meta.plan=customer_tier`: `plan`).
        let meta: Vec<(usize, Arc<str>)> = meta
            .into_iter()
            .map(|i| (i, Arc::from(mapping.meta_name(&names[i]))))
            .collect();
        let meta_runs = runs(meta.iter().map(|&(i, _)| i));
        Ok(Some(CsvSource {
            reader,
            record: Record::default(),
            path: path.to_owned(),
            columns,
            meta,
            meta_runs,
            width: header.len(),
            header: columns_named.written.clone(),
            rows: 0,
        }))
    }

    /// Normalised names of the metadata columns.
    pub(super) fn metadata_fields(&self) -> Vec<String> {
        self.meta.iter().map(|(_, name)| name.to_string()).collect()
    }

    /// The metadata columns: normalised name → the header's cell as written.
    pub(super) fn metadata_fields_written(&self) -> std::collections::BTreeMap<String, String> {
        self.meta
            .iter()
            .map(|(i, name)| {
                let written = self.header.get(*i).map_or(&**name, String::as_str);
                (name.to_string(), written.trim().to_owned())
            })
            .collect()
    }

    /// Whether the header has the (mapped) timestamp column.
    pub(super) fn has_timestamp(&self) -> bool {
        self.columns.time.is_some()
    }

    /// Reads one row into `grouper`. `false` at the end of the file.
    pub(super) fn next(
        &mut self,
        grouper: &mut Grouper,
        mapping: &ColumnMapping,
        report: &mut ReadReport,
    ) -> Result<bool, ReadError> {
        let more = self
            .reader
            .read(&mut self.record)
            .map_err(|source| io_error(&self.path, &self.reader, source))?;
        if !more {
            if self.rows == 0 {
                report.header_only(&self.path);
            }
            return Ok(false);
        }
        self.push_row(grouper, mapping, report).map(|()| true)
    }

    /// Pushes the row just read into `grouper`.
    fn push_row(
        &mut self,
        grouper: &mut Grouper,
        mapping: &ColumnMapping,
        report: &mut ReadReport,
    ) -> Result<(), ReadError> {
        let line = self.record.line();
        report.rows += 1;
        self.rows += 1;
        if let Some(unclosed) = self.record.unclosed() {
            let field = self.record.len();
            let column = self.header.get(field - 1).map_or_else(
                || format!("field {field}, past the header's {}", self.width),
                |name| format!("`{name}`"),
            );
            report.unclosed_quote(
                Location::line(&self.path, line_u32(line + unclosed.line_offset)),
                &column,
                unclosed,
                self.reader.limit(),
            );
            return Ok(());
        }
        if self.record.too_long() {
            report.too_long(
                Location::line(&self.path, line_u32(line)),
                "row",
                self.reader.limit(),
            );
            return Ok(());
        }
        // A field spanning lines that look like rows of this file is most likely an
        // unclosed quote swallowing the rows after it.
        // The stray quote that closed such a field is the same mistake: one warning.
        let malformed = self.record.len() != self.width;
        // A stray quote in a row then skipped for its fields is said with the skip: its
        // own warning said "the row is kept as read" of a row that was not.
        let mut stray_in_skipped = None;
        if let Some(suspect) = self.record.suspect_quote(self.width) {
            report.suspect_quote(Location::line(&self.path, line_u32(line)), suspect);
        } else if let Some(field) = self.record.stray_quote() {
            let column = self.header.get(field).map_or("", String::as_str);
            if malformed {
                stray_in_skipped = Some(column.to_owned());
            } else {
                let text = self.record.get(field).unwrap_or_default();
                report.stray_quote(
                    Location::line(&self.path, line_u32(line)),
                    column,
                    &String::from_utf8_lossy(text),
                );
            }
        }
        if malformed {
            // Blank lines are no records; a line of only `""` is one empty field: not a
            // message either.
            if self.record.len() == 1 && self.record.get(0) == Some(b"") {
                report.rows -= 1;
                return Ok(());
            }
            let why = stray_in_skipped.map_or_else(String::new, |column| {
                format!(
                    ": a quote inside the quoted `{column}` field is not doubled (\"\"), which ended the field early"
                )
            });
            report.malformed(
                Location::line(&self.path, line_u32(line)),
                &format!(
                    "row has {} fields, the header has {}{why}",
                    self.record.len(),
                    self.width
                ),
            );
            return Ok(());
        }
        // The header again, after `cat a.csv b.csv`: no conversation `conversation_id`.
        let key = [self.columns.id, self.columns.role, self.columns.text];
        if let Some(same) = super::header::header_again(&self.record, &self.header, key) {
            report.rows -= 1;
            self.rows -= 1;
            report.repeated_header(Location::line(&self.path, line_u32(line)), same);
            return Ok(());
        }
        // A byte order mark past the start of the file, before a row that is no header
        // (files joined with `cat`, the second without its header): left out by the
        // reader, as at the start, and said, as in JSONL. Before a header again it is
        // what each file of those joined starts with: D014 says it.
        if self.record.bom() {
            report.inner_bom(Location::line(&self.path, line_u32(line)));
        }
        // Validated once (an ASCII check for most rows); the fields are borrowed as text.
        let lossy: (String, Vec<usize>);
        let fields = match self.record.as_text() {
            Some(fields) => fields,
            None => {
                let record = &self.record;
                report.invalid_utf8(Location::line(&self.path, line_u32(line)), || {
                    super::reader::legacy::help(record.iter())
                });
                lossy = lossy_fields(&self.record, self.columns.id);
                TextRecord::new(&lossy.0, &lossy.1, self.record.delimiter())
            }
        };
        let row = CsvRow {
            source: self,
            fields,
            line,
        };
        grouper.push(&row, mapping, report)
    }
}

fn io_error<R>(path: &Path, reader: &RecordReader<R>, source: std::io::Error) -> ReadError {
    ReadError::io(path.to_owned(), reader.line(), source)
}
