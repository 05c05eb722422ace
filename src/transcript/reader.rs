//! The transcript reader: inputs → an iterator of conversations, plus a [`ReadReport`].

use std::collections::{BTreeMap, VecDeque};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::AtomicU64;

use super::Conversation;
use super::Role;
use super::csv::CsvSource;
use super::group::{GroupPolicy, Grouper};
use super::input::{Input, InputFormat, open};
use super::jsonl::JsonlSource;
use super::mapping::{ColumnMapping, default_role_of_word};
use super::records::{MAX_RECORD_BYTES, Unclosed, too_long_message, unclosed_message};
use crate::diag::{Diagnostic, Location, Severity};

/// Problems that stop reading. Row-level problems are diagnostics in the [`ReadReport`].
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    #[error("cannot open transcript {}", .path.display())]
    Open {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{}:{line}: cannot read transcript", .path.display())]
    Io {
        path: PathBuf,
        line: u64,
        #[source]
        source: std::io::Error,
    },
    #[error("no transcript files (*.csv, *.jsonl, *.ndjson, optionally .gz) in directory {}", .0.display())]
    EmptyDirectory(PathBuf),
    /// `lint --columns-from` on a file with nothing to read columns from.
    #[error("{}: {what}", .path.display())]
    NoColumns { path: PathBuf, what: &'static str },
    #[error(
        "{}:1: no `{column}` column{}; the columns are: {}\n  hint: map it with --map {field}=<column>, or under `input: columns:` in .handoff.yaml",
        .path.display(),
        if .column == .field { String::new() } else { format!(" (mapped to {})", .field) },
        .found.join(", ")
    )]
    MissingColumn {
        path: PathBuf,
        field: &'static str,
        column: String,
        found: Vec<String>,
    },
    #[error(
        "{}:1: no `{column}` column to ignore; the columns are: {}\n  hint: drop it from --ignore-column, or from `input: ignore_columns:` in .handoff.yaml",
        .path.display(),
        .found.join(", ")
    )]
    IgnoredColumnMissing {
        path: PathBuf,
        column: String,
        found: Vec<String>,
    },
    /// `lint --columns-from` on a JSONL object with two keys for one field (a replay
    /// skips such a row).
    #[error(
        "{}:{line}: {message}\n  hint: rename or remove one of them: which of the two is meant cannot be told",
        .path.display()
    )]
    DuplicateKey {
        path: PathBuf,
        line: u64,
        message: String,
    },
    #[error(
        "{}:1: {}\n  hint: rename or remove one of them: which of the two is meant cannot be told",
        .path.display(),
        if .first.1 == .second.1 {
            format!("the header has column `{}` twice (columns {} and {})", .first.1, .first.0, .second.0)
        } else {
            format!(
                "columns {} `{}` and {} `{}` of the header both read as `{}` (names are compared in lower case, other characters as `_`)",
                .first.0, .first.1, .second.0, .second.1, .name
            )
        }
    )]
    DuplicateColumn {
        path: PathBuf,
        /// The normalised name both have.
        name: String,
        /// Position (1-based) and name as written of each.
        first: (usize, String),
        second: (usize, String),
    },
    /// A CSV header row that cannot be one: a quote in it that nothing closes, or
    /// longer than the limit of one record.
    #[error("{}:{line}: {message}", .path.display())]
    BadHeader {
        path: PathBuf,
        line: u64,
        message: String,
    },
    #[error(
        "{}:{line}: conversation `{id}` reappears after other conversations ({})\n  hint: rows of a conversation must be consecutive; sort the input by conversation id, or pass --unsorted to group it in memory",
        .path.display(),
        match .earlier {
            Some((path, line)) => format!("its earlier rows end at {}:{line}", path.display()),
            None => "it appeared earlier in the input".to_owned(),
        }
    )]
    Reappeared {
        id: String,
        path: PathBuf,
        line: u64,
        /// Where its earlier rows ended, when that is still remembered.
        earlier: Option<(PathBuf, u64)>,
    },
}

/// At most this many row diagnostics are kept; the rest are counted.
const MAX_DIAGNOSTICS: usize = 200;

/// What reading saw: counts, and a diagnostic for every row it could not fully use.
#[derive(Debug, Default, Clone)]
pub struct ReadReport {
    pub files: Vec<PathBuf>,
    /// Data rows (CSV records, non-blank JSONL lines).
    pub rows: u64,
    /// Messages accepted into conversations.
    pub messages: u64,
    /// Rows skipped because they were malformed.
    pub skipped_rows: u64,
    pub invalid_utf8_rows: u64,
    pub bad_timestamps: u64,
    pub out_of_order: u64,
    /// Quoted fields that hold lines looking like rows (D008).
    pub suspect_quotes: u64,
    /// Rows whose metadata value disagreed with an earlier row of the conversation, by field.
    pub metadata_conflicts: BTreeMap<String, u64>,
    /// Conversations whose rows were not consecutive (with `--unsorted`).
    pub regrouped: u64,
    /// Role values the role table did not know, with how many rows had each.
    pub unknown_roles: BTreeMap<String, u64>,
    pub diagnostics: Vec<Diagnostic>,
    /// Diagnostics beyond [`MAX_DIAGNOSTICS`], counted but not kept.
    pub suppressed: u64,
}

impl ReadReport {
    fn push(&mut self, diagnostic: Diagnostic) {
        if self.diagnostics.len() < MAX_DIAGNOSTICS {
            self.diagnostics.push(diagnostic);
        } else {
            self.suppressed += 1;
        }
    }

    pub(super) fn malformed(&mut self, location: Location, message: &str) {
        self.skipped_rows += 1;
        self.push(
            Diagnostic::warning("D001", format!("skipped malformed row: {message}")).at(location),
        );
    }

    pub(super) fn unknown_role(&mut self, location: Location, value: &str) {
        let count = self.unknown_roles.entry(value.to_owned()).or_default();
        *count += 1;
        if *count == 1 {
            let shown = if value.is_empty() { "(empty)" } else { value };
            self.push(
                Diagnostic::warning(
                    "D002",
                    format!("unknown role `{shown}`: kept as role `other`, which no role condition matches"),
                )
                .at(location)
                .help(role_hint(value)),
            );
        }
    }

    pub(super) fn bad_timestamp(&mut self, location: Location, value: &str) {
        self.bad_timestamps += 1;
        if self.bad_timestamps == 1 {
            self.push(
                Diagnostic::warning(
                    "D003",
                    format!("timestamp `{value}` is not a date and time; the message has no time (further ones are counted, not listed)"),
                )
                .at(location)
                .help("use RFC 3339 (2024-03-01T09:15:00Z), `2024-03-01 09:15:00` (UTC) or Unix seconds"),
            );
        }
    }

    pub(super) fn invalid_utf8(&mut self, location: Location) {
        self.invalid_utf8_rows += 1;
        if self.invalid_utf8_rows == 1 {
            self.push(
                Diagnostic::warning(
                    "D004",
                    "row is not valid UTF-8; invalid bytes were replaced with U+FFFD (further ones are counted, not listed)",
                )
                .at(location),
            );
        }
    }

    /// A column often varies per message (`turn`, `message_id`): say so once per column,
    /// count the rest.
    pub(super) fn metadata_conflict(
        &mut self,
        location: Location,
        id: &str,
        field: &str,
        kept: &str,
        other: &str,
    ) {
        let count = self.metadata_conflicts.entry(field.to_owned()).or_default();
        *count += 1;
        if *count == 1 {
            self.push(
                Diagnostic::new(
                    Some("D005"),
                    Severity::Note,
                    format!(
                        "column `{field}` varies within conversation `{id}` (`{other}` here, `{kept}` earlier); \
                         metadata keeps the first value (further rows like this are counted, not listed)"
                    ),
                )
                .at(location)
                .help(format!(
                    "if `{field}` is per message, not customer data, leave it out with --ignore-column {field}, or under `input: ignore_columns:` in .handoff.yaml"
                )),
            );
        }
    }

    pub(super) fn out_of_order(&mut self, location: Location, id: &str) {
        self.out_of_order += 1;
        if self.out_of_order <= 5 {
            self.push(
                Diagnostic::warning(
                    "D006",
                    format!("conversation `{id}`: timestamp is earlier than the previous message's; messages are kept in file order"),
                )
                .at(location),
            );
        }
    }

    pub(super) fn empty_file(&mut self, path: &Path) {
        self.push(
            Diagnostic::warning("D007", "transcript file is empty").at(Location::line(path, 1)),
        );
    }

    pub(super) fn header_only(&mut self, path: &Path) {
        self.push(
            Diagnostic::warning("D007", "transcript file has a header and no rows")
                .at(Location::line(path, 1)),
        );
    }

    /// A quote nothing closes (to the end of the file, or within the `limit` of one
    /// record): the row is skipped, and the lines after its own are read as rows. Each
    /// is listed, as malformed rows are.
    pub(super) fn unclosed_quote(
        &mut self,
        location: Location,
        column: &str,
        unclosed: Unclosed,
        limit: usize,
    ) {
        self.skipped_rows += 1;
        let message = unclosed_message(column, unclosed, limit, true);
        self.push(
            Diagnostic::warning("D008", format!("skipped malformed row: {message}"))
            .at(location)
            .help("close the quote, or double each quote inside the text (\"\"), as CSV writers do"),
        );
    }

    /// A record (`what`: a row, a line) past the `limit` of one, with no quote open:
    /// skipped, and reading goes on at the next line.
    pub(super) fn too_long(&mut self, location: Location, what: &str, limit: usize) {
        self.malformed(location, &too_long_message(what, limit));
    }

    /// A quoted field holds lines that look like rows: a quote may be unclosed, and the
    /// rows after it read as one message.
    pub(super) fn suspect_quote(&mut self, location: Location, lines: u64, like_rows: u64) {
        self.suspect_quotes += 1;
        if self.suspect_quotes == 1 {
            self.push(
                Diagnostic::warning(
                    "D008",
                    format!(
                        "a quoted field runs over {lines} lines, {like_rows} of which look like rows: is a quote unclosed? (further ones are counted, not listed)"
                    ),
                )
                .at(location)
                .help("the rows inside the field are read as part of one message; close the quote, or double it (\"\") inside the text"),
            );
        }
    }
}

/// The metadata fields an export provides: the normalised names of its columns (CSV
/// header, or the keys of the first 1,000 JSONL objects) minus the mapped and ignored
/// ones.
/// A mapping that does not fit the export is the same error as in a replay.
pub fn export_fields(
    input: &Input,
    mapping: &ColumnMapping,
    format: Option<InputFormat>,
) -> Result<Vec<String>, ReadError> {
    let path = input.display_path();
    let opened = open(input, format, &Arc::new(AtomicU64::new(0)))?;
    Ok(match opened.format {
        InputFormat::Csv => {
            let mut report = ReadReport::default();
            CsvSource::open(opened.reader, &path, mapping, MAX_RECORD_BYTES, &mut report)?
                .map(|source| source.metadata_fields())
                .ok_or(ReadError::NoColumns {
                    path,
                    what: "the file is empty: there is no header to read columns from",
                })?
        }
        InputFormat::Jsonl => super::jsonl::metadata_fields(opened.reader, &path, mapping, 1000)?
            .ok_or(ReadError::NoColumns {
            path,
            what: "no line is a JSON object: there are no fields to read",
        })?,
    })
}

/// Settings for reading transcripts.
#[derive(Debug, Clone, Default)]
pub struct ReaderBuilder {
    mapping: ColumnMapping,
    format: Option<InputFormat>,
    policy: GroupPolicy,
    /// The most bytes of one record, when not [`MAX_RECORD_BYTES`] (tests).
    record_limit: Option<usize>,
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

    /// Records (CSV rows, JSONL lines) may take at most `bytes`, instead of
    /// [`MAX_RECORD_BYTES`]: small limits test records past it.
    #[cfg(test)]
    #[must_use]
    pub(crate) fn record_limit(mut self, bytes: usize) -> Self {
        self.record_limit = Some(bytes);
        self
    }

    pub fn build(self, inputs: Vec<Input>) -> Reader {
        Reader {
            record_limit: self.record_limit.unwrap_or(MAX_RECORD_BYTES),
            inputs: inputs.into(),
            source: None,
            grouper: Grouper::new(self.policy),
            mapping: self.mapping,
            format: self.format,
            report: ReadReport::default(),
            progress: Arc::new(AtomicU64::new(0)),
            finished: false,
        }
    }
}

enum Source {
    Csv(CsvSource),
    Jsonl(JsonlSource),
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
    /// The most bytes of one record.
    record_limit: usize,
}

impl Reader {
    pub fn report(&self) -> &ReadReport {
        &self.report
    }

    pub fn into_report(self) -> ReadReport {
        self.report
    }

    /// Bytes read so far from the inputs (before decompression), for progress bars.
    pub fn progress(&self) -> Arc<AtomicU64> {
        Arc::clone(&self.progress)
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
                let opened = open(&input, self.format, &self.progress)?;
                self.source = match opened.format {
                    InputFormat::Csv => CsvSource::open(
                        opened.reader,
                        &path,
                        &self.mapping,
                        self.record_limit,
                        &mut self.report,
                    )?
                    .map(Source::Csv),
                    InputFormat::Jsonl => Some(Source::Jsonl(JsonlSource::new(
                        opened.reader,
                        &path,
                        &self.mapping,
                        self.record_limit,
                    ))),
                };
                continue;
            };
            let more = match source {
                Source::Csv(s) => s.next(&mut self.grouper, &self.mapping, &mut self.report)?,
                Source::Jsonl(s) => s.next(&mut self.grouper, &self.mapping, &mut self.report)?,
            };
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
}

impl Iterator for Reader {
    type Item = Result<Conversation, ReadError>;

    fn next(&mut self) -> Option<Self::Item> {
        if let Err(e) = self.fill() {
            self.finished = true;
            self.grouper.ready.clear();
            return Some(Err(e));
        }
        self.grouper.ready.pop_front().map(Ok)
    }
}

/// Words that suggest a bot without being safe to map by default.
const BOT_HINTS: [&str; 3] = ["system", "auto", "automated"];

/// How to map an unknown role value, guessing the role from its words (a hint, not a
/// rule): a word the default role table knows, bot words first.
fn role_hint(value: &str) -> String {
    if value.trim().is_empty() {
        return "these rows have no role: fill in the role column of the export".to_owned();
    }
    let named: Vec<Role> = value
        .split(|c: char| !c.is_alphanumeric())
        .filter_map(|word| {
            default_role_of_word(word).or_else(|| {
                BOT_HINTS
                    .contains(&word.to_lowercase().as_str())
                    .then_some(Role::Bot)
            })
        })
        .collect();
    let (guess, others) = if named.contains(&Role::Bot) {
        ("bot", "customer, agent")
    } else if named.contains(&Role::Agent) {
        ("agent", "customer, bot")
    } else {
        ("customer", "bot, agent")
    };
    let pair = format!("{value}={guess}");
    let arg = if pair.contains(|c: char| c.is_whitespace() || "'\"$&|;<>()".contains(c)) {
        format!("'{}'", pair.replace('\'', "'\\''"))
    } else {
        pair
    };
    format!("map it with --role {arg} (or {others}), or under `input: roles:` in .handoff.yaml")
}

#[cfg(test)]
mod tests;
