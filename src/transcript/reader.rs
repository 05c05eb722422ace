//! The transcript reader: inputs → an iterator of conversations, plus a [`ReadReport`]
//! (`report.rs`: what reading saw, and the wording of its diagnostics).

mod error;
mod history;
mod layout;
pub(in crate::transcript) mod legacy;
mod report;
mod varies;

use std::collections::VecDeque;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::AtomicU64;

use super::Conversation;
use super::csv::CsvSource;
use super::group::{GroupPolicy, Grouper};
use super::input::{Input, InputFormat, open};
use super::jsonl::JsonlSource;
use super::mapping::ColumnMapping;
use super::records::MAX_RECORD_BYTES;
use crate::redact::ReadFrom;

pub(crate) use self::error::OwnReport;
pub use self::error::{JsonLook, ReadError, Written};
pub(crate) use self::error::{
    looks_like_rules, other_delimiter_among, other_delimiter_in, other_split_has,
    outcome_document_keys, outcomes_keys, packet_keys, report_keys, sep_line_hint,
};
pub(super) use self::history::History;
pub(crate) use self::layout::inner_bom_warning;
pub(in crate::transcript) use self::layout::is_transcript_backup;
pub(in crate::transcript) use self::report::MAX_DIAGNOSTICS;
pub(crate) use self::report::guessed_role;
#[cfg(test)]
use self::report::role_hint;
pub use self::report::{FileFields, ReadReport};

/// How many JSONL objects [`export_fields`] reads for their keys.
pub const EXPORT_FIELDS_OBJECTS: u64 = 1000;

/// The metadata fields an export provides: the normalised names of its columns (CSV
/// header, or the keys of the first [`EXPORT_FIELDS_OBJECTS`] JSONL objects) minus the
/// mapped and ignored ones; and whether they are of only those first objects of a file
/// that may have more.
/// A mapping that does not fit the export is the same error as in a replay; what else
/// reading found (a column only `.handoff.yaml` ignores that the export lacks, D009, and
/// in JSONL the lines it could not use) goes to `report`.
pub fn export_fields(
    input: &Input,
    mapping: &ColumnMapping,
    format: Option<InputFormat>,
    report: &mut ReadReport,
) -> Result<ExportColumns, ReadError> {
    let path = input.display_path();
    let opened = open(input, format, &Arc::new(AtomicU64::new(0)))?;
    Ok(match opened.format {
        InputFormat::Csv => {
            CsvSource::open(opened.reader, &path, mapping, MAX_RECORD_BYTES, report)?
                .map(|source| ExportColumns {
                    fields: source.metadata_fields(),
                    sampled: false,
                    timestamp: source.has_timestamp(),
                })
                .ok_or(ReadError::NoColumns {
                    path,
                    what: "the file is empty: there is no header to read columns from",
                })?
        }
        InputFormat::Jsonl => super::jsonl::metadata_fields(
            opened.reader,
            &path,
            mapping,
            EXPORT_FIELDS_OBJECTS,
            opened.chosen_by,
            report,
        )?
        .ok_or(ReadError::NoColumns {
            path,
            what: "no line is a JSON object: there are no fields to read",
        })?,
    })
}

/// What [`export_fields`] found of an export.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportColumns {
    /// The metadata fields, normalised, in column order.
    pub fields: Vec<String>,
    /// Of only those first objects of a JSONL file that may have more.
    pub sampled: bool,
    /// Whether it has the (mapped) timestamp column: a JSONL key in one object read.
    pub timestamp: bool,
}

/// Settings for reading transcripts.
#[derive(Debug, Clone, Default)]
pub struct ReaderBuilder {
    mapping: ColumnMapping,
    format: Option<InputFormat>,
    policy: GroupPolicy,
    /// The most bytes of one record, when not [`MAX_RECORD_BYTES`] (tests).
    record_limit: Option<usize>,
    /// Diagnostics leave out the metadata values they would quote (`--redact`).
    hide_values: bool,
}

impl ReaderBuilder {
    pub fn new() -> Self {
        Self::default()
    }

    #[must_use]
    pub fn mapping(mut self, mapping: ColumnMapping) -> Self {
        self.mapping = mapping;
        self
    }

    /// Forces a format instead of guessing it from the name and content.
    #[must_use]
    pub fn format(mut self, format: Option<InputFormat>) -> Self {
        self.format = format;
        self
    }

    #[must_use]
    pub fn group_policy(mut self, policy: GroupPolicy) -> Self {
        self.policy = policy;
        self
    }

    /// Diagnostics do not quote metadata values (`--redact`: a name that varies within a
    /// conversation is not a pattern masking can find).
    #[must_use]
    pub fn hide_values(mut self, hide: bool) -> Self {
        self.hide_values = hide;
        self
    }

    /// Records (CSV rows, JSONL lines) may take at most `bytes`, instead of
    /// [`MAX_RECORD_BYTES`]: small limits test records past it.
    #[cfg(test)]
    #[must_use]
    pub(crate) fn record_limit(mut self, bytes: usize) -> Self {
        self.record_limit = Some(bytes);
        self
    }

    /// [`ReaderBuilder::build`] on what `args` expand to: what expanding them found
    /// ([`super::expand_inputs_noting`]) is in the reader's report.
    pub fn open(self, args: &[PathBuf]) -> Result<Reader, ReadError> {
        let mut reader = self.build(Vec::new());
        reader.inputs = super::expand_inputs_noting(args, &mut reader.report)?.into();
        reader.defer_ids();
        Ok(reader)
    }

    pub fn build(self, inputs: Vec<Input>) -> Reader {
        let read_from = ReadFrom::of(&self.mapping.meta);
        let mut reader = Reader {
            record_limit: self.record_limit.unwrap_or(MAX_RECORD_BYTES),
            inputs: inputs.into(),
            source: None,
            grouper: Grouper::new(self.policy, read_from.clone()),
            read_from,
            mapping: self.mapping,
            format: self.format,
            report: ReadReport {
                hide_values: self.hide_values,
                ..ReadReport::default()
            },
            progress: Arc::new(AtomicU64::new(0)),
            finished: false,
            error: None,
        };
        reader.defer_ids();
        reader
    }
}

enum Source {
    Csv(CsvSource),
    Jsonl(JsonlSource),
}

impl Source {
    /// `input` opened and its header read (`None`: a CSV file with nothing in it).
    fn open(
        input: &Input,
        format: Option<InputFormat>,
        mapping: &ColumnMapping,
        record_limit: usize,
        progress: &Arc<AtomicU64>,
        report: &mut ReadReport,
    ) -> Result<Option<Source>, ReadError> {
        let path = input.display_path();
        let opened = open(input, format, progress)?;
        Ok(match opened.format {
            InputFormat::Csv => {
                let source = CsvSource::open(opened.reader, &path, mapping, record_limit, report)?;
                if let Some(source) = &source {
                    report.fields.push(FileFields {
                        path: path.clone(),
                        names: source.metadata_fields_written(),
                    });
                }
                source.map(Source::Csv)
            }
            InputFormat::Jsonl => {
                if let Some(delimiter) = mapping.delimiter {
                    let set_at = mapping
                        .set_at
                        .get("delimiter")
                        .map_or("the mapping", String::as_str);
                    let written = crate::transcript::mapping::delimiter_as_written(
                        delimiter,
                        mapping.delimiter_written.as_deref(),
                    );
                    report.delimiter_unused(&path, &written, set_at);
                }
                Some(Source::Jsonl(JsonlSource::new(
                    opened.reader,
                    &path,
                    mapping,
                    record_limit,
                    opened.chosen_by,
                )))
            }
        })
    }

    /// Reads a row into `grouper`; `false` at the end of the input.
    fn next(
        &mut self,
        grouper: &mut Grouper,
        mapping: &ColumnMapping,
        report: &mut ReadReport,
    ) -> Result<bool, ReadError> {
        match self {
            Source::Csv(s) => s.next(grouper, mapping, report),
            Source::Jsonl(s) => s.next(grouper, mapping, report),
        }
    }
}

/// Reads conversations from several inputs as one stream.
pub struct Reader {
    inputs: VecDeque<Input>,
    source: Option<Source>,
    grouper: Grouper,
    mapping: ColumnMapping,
    format: Option<InputFormat>,
    report: ReadReport,
    progress: Arc<AtomicU64>,
    finished: bool,
    /// The error that stopped reading, given after the conversations finished before it.
    error: Option<ReadError>,
    /// The most bytes of one record.
    record_limit: usize,
    /// The mapping's `meta.` pairs, which each conversation's metadata is given: under
    /// `--redact` a field is masked as the column it is read from would be.
    read_from: Option<Arc<ReadFrom>>,
}

impl Reader {
    pub fn report(&self) -> &ReadReport {
        &self.report
    }

    pub fn into_report(self) -> ReadReport {
        self.report
    }

    /// The size of the inputs still to read, as stored (before decompression), for a
    /// progress bar's length; `None` when one of them is stdin. Called before reading, it
    /// is the size of them all.
    pub fn bytes_to_read(&self) -> Option<u64> {
        self.inputs
            .iter()
            .map(|i| match i {
                Input::Path(p) => std::fs::metadata(p).ok().map(|m| m.len()),
                Input::Memory { bytes, .. } => Some(bytes.len() as u64),
                Input::Stdin => None,
            })
            .sum()
    }

    /// Bytes read so far from the inputs (before decompression), for progress bars.
    pub fn progress(&self) -> Arc<AtomicU64> {
        Arc::clone(&self.progress)
    }

    /// Lets grouping keep the inputs instead of every finished id while ids come in
    /// order, when it streams and they can all be read again (`reader/history.rs`).
    fn defer_ids(&mut self) {
        let history = (self.grouper.policy() == GroupPolicy::Consecutive)
            .then(|| History::of(&self.inputs, &self.mapping, self.format, self.record_limit))
            .flatten();
        self.grouper.defer_ids(history);
    }

    /// Reads until a conversation is ready or the input ends.
    fn fill(&mut self) -> Result<(), ReadError> {
        while self.grouper.ready.is_empty() && !self.finished {
            let Some(source) = self.source.as_mut() else {
                let Some(input) = self.inputs.pop_front() else {
                    self.grouper.finish();
                    self.finished = true;
                    break;
                };
                let path = input.display_path();
                self.report.files.push(path.clone());
                self.grouper.start_file(path.clone());
                // Each file learns its own date order: another system's export may write
                // the other.
                self.mapping.date_order.forget();
                if let Some(history) = self.grouper.history_mut() {
                    history.opened(&input);
                }
                self.source = Source::open(
                    &input,
                    self.format,
                    &self.mapping,
                    self.record_limit,
                    &self.progress,
                    &mut self.report,
                )?;
                continue;
            };
            let more = source.next(&mut self.grouper, &self.mapping, &mut self.report)?;
            if !more {
                self.source = None;
            }
        }
        Ok(())
    }
}

impl super::Conversations for Reader {
    fn recycle(&mut self, spent: Conversation) {
        self.grouper.recycle(spent);
    }

    fn swap_pool(&mut self, pool: &mut super::Pool) {
        self.grouper.swap_pool(pool);
    }
}

impl Iterator for Reader {
    type Item = Result<Conversation, ReadError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.error.is_none()
            && let Err(e) = self.fill()
        {
            self.finished = true;
            self.error = Some(e);
        }
        // The conversations finished before an error are given first; the one in
        // progress when it came is dropped (so is the one a reappearing id would have
        // finished: its rows may go on after the row reading stops at).
        match self.grouper.ready.pop_front() {
            Some(mut conversation) => {
                conversation.metadata.set_read_from(self.read_from.as_ref());
                Some(Ok(conversation))
            }
            None => self.error.take().map(Err),
        }
    }
}

#[cfg(test)]
mod tests;
