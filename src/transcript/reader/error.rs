//! Why reading stops: [`ReadError`], each variant with the file and line it stopped at
//! and, where there is one, a hint (a missing column: how to map it, or that the file
//! is JSON, or which delimiter separates it). Row-level problems are not
//! here: they are diagnostics in the `ReadReport`.

use std::path::PathBuf;

mod hint;

use crate::text::{shown_names, token};
use crate::transcript::InputFormat;
pub(crate) use hint::{
    looks_like_rules, other_delimiter_among, other_delimiter_in, other_split_has,
    outcome_document_keys, outcomes_keys, packet_keys, report_keys, sep_line_hint,
};
use hint::{mapped_to, missing_column_hint};

/// Problems that stop reading. Row-level problems are diagnostics in the [`super::ReadReport`].
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    #[error("cannot open transcript {}", .path.display())]
    Open {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// Reading failed; `line` is the line it stopped in, 0 before the first (no line
    /// is named then). Made by `ReadError::io`.
    #[error("{}: cannot read transcript", at(.path, *.line))]
    Io {
        path: PathBuf,
        line: u64,
        #[source]
        source: std::io::Error,
    },
    /// The gzip data ends early or is damaged (made by `ReadError::io`): `line` as for
    /// [`ReadError::Io`], `words` the decoder's.
    #[error("{}", crate::transcript::damaged_gzip_message(.path, *.line, "transcript", .words))]
    Gzip {
        path: PathBuf,
        line: u64,
        words: String,
    },
    /// A file whose first bytes are not text: a NUL, or many control bytes among bytes
    /// that are not UTF-8 (`input::is_binary`).
    #[error("{}", crate::transcript::not_text_message(.path, "CSV or JSONL", "transcript export"))]
    Binary { path: PathBuf },
    /// A file read as JSONL whose first line that is not blank reads as a CSV header and
    /// whose next one is no JSON object either: what chose JSONL, for the advice.
    #[error(
        "{}:{line}: this looks like CSV, not JSONL: line {line} reads as a CSV header ({}) and {}\n  hint: {}",
        .path.display(),
        shown_names(.columns),
        match .next {
            Some(next) => format!("line {next} is no JSON object either"),
            None => "no line follows it".to_owned(),
        },
        crate::transcript::read_as_csv_advice(.chosen_by)
    )]
    CsvAsJsonl {
        path: PathBuf,
        /// The header's line.
        line: u64,
        /// Its names, as written.
        columns: Vec<String>,
        /// The next line that is not blank, if any.
        next: Option<u64>,
        chosen_by: crate::transcript::ChosenBy,
    },
    /// A file read as JSONL whose first lines that are not blank are none of them a
    /// JSON object (`lines` of them, all of the file when it `ended`): said once, in
    /// place of a `D001` for each. `line` and `problem`: the first of them and what is
    /// wrong with it ("does not start with `{`"); `looks`: whether it starts like JSON
    /// (a JSON document), and whether that is one of handoff's own.
    #[error(
        "{}:{line}: this is not JSON lines (JSONL): {}: line {line} {problem}\n  hint: {}",
        .path.display(),
        crate::transcript::jsonl::none_of(*.lines, *.blank, *.ended),
        match .looks {
            JsonLook::Packet => PACKET_GIVEN.to_owned(),
            JsonLook::Outcomes => OUTCOMES_GIVEN.to_owned(),
            JsonLook::Report(report) => hint::report_given(*report),
            JsonLook::Json => crate::transcript::jsonl::not_jsonl_advice(.chosen_by, true),
            JsonLook::NotJson => crate::transcript::jsonl::not_jsonl_advice(.chosen_by, false),
        }
    )]
    NotJsonl {
        path: PathBuf,
        line: u64,
        problem: String,
        lines: u64,
        /// Blank lines among them, not counted.
        blank: bool,
        ended: bool,
        looks: JsonLook,
        chosen_by: crate::transcript::ChosenBy,
    },
    /// A UTF-16 file, with the advice for its format (Excel's export is for CSV).
    #[error("{}:1: {}", .path.display(), match .format {
        InputFormat::Csv => crate::transcript::input::UTF16_ADVICE,
        InputFormat::Jsonl => crate::transcript::input::UTF16_JSONL_ADVICE,
    })]
    Utf16 { path: PathBuf, format: InputFormat },
    #[error("no transcript files (*.csv, *.jsonl, *.ndjson, optionally .gz) in directory {}", .0.display())]
    EmptyDirectory(PathBuf),
    /// A directory whose entries named like transcripts are none of them files: the
    /// first, and what it is (D016 would say it of each, but the run stops here).
    #[error(
        "no transcript files in directory {}: {} is {what}, not a file\n  hint: give it by its own path to read it",
        .dir.display(),
        .entry.display()
    )]
    NoFileInDirectory {
        dir: PathBuf,
        entry: PathBuf,
        what: &'static str,
    },
    /// A directory whose only files named like transcripts are hidden, left out.
    #[error(
        "no transcript files in directory {}: only hidden ones ({}), which are not read\n  hint: rename a file without the leading `.`, or give it by its own path, to read it",
        .dir.display(),
        crate::dir_scan::listed(.hidden)
    )]
    OnlyHidden { dir: PathBuf, hidden: Vec<PathBuf> },
    /// A directory whose only files like transcripts are editors' backups of transcripts
    /// (`x.csv~`, `#x.csv#`), not read from a directory.
    #[error(
        "no transcript files in directory {}: only editors' backups of transcripts ({}), which are not read from a directory\n  hint: give one by its own path to read it ({}), or rename it to end in `.csv`, `.jsonl` or `.ndjson`",
        .dir.display(),
        crate::dir_scan::listed(.backups),
        .backups.first().map(|p| crate::text::shell::shell_word(&p.display().to_string())).unwrap_or_default()
    )]
    OnlyBackups { dir: PathBuf, backups: Vec<PathBuf> },
    #[error("{} is given twice (directly or in a directory): its conversations would be read twice", .0.display())]
    GivenTwice(PathBuf),
    #[error("`-` (stdin) is given twice: it can be read only once")]
    StdinTwice,
    /// `lint --columns-from` on a file with nothing to read columns from.
    #[error("{}: {what}", .path.display())]
    NoColumns { path: PathBuf, what: &'static str },
    #[error(
        "{}:{line}: no `{column}` {}{}; the {} are: {}\n  hint: {}",
        .path.display(),
        if *.jsonl { "key" } else { "column" },
        mapped_to(.field, .column, .mapped.as_ref().and_then(|m| m.at.as_deref())),
        if *.jsonl { "keys" } else { "columns" },
        shown_names(.found),
        missing_column_hint(.path, .field, .found, (*.looks, *.jsonl), (*.other_delimiter, *.sep_line), .mapped.as_deref())
    )]
    MissingColumn {
        path: PathBuf,
        /// The header's line (past blank lines); 1 for JSONL, where no object has it.
        line: u64,
        /// The field read from it: `role`, or `meta.plan` for a metadata field.
        field: String,
        column: String,
        found: Vec<String>,
        /// Whether the header or a line soon after it starts like JSON (`{`, `[`): a
        /// JSON file read as CSV, past a title or comment line; and whether the keys
        /// its objects seem to have are those of handoff's own output (`-f json`).
        looks: JsonLook,
        /// Whether the file is read as JSONL: its keys are the columns.
        jsonl: bool,
        /// Where the mapping gave the field this column, and whether it is
        /// `.handoff.yaml`'s mapping of another export; `None` for a field at its
        /// default column.
        mapped: Option<Box<crate::transcript::mapping::MappedAt>>,
        /// The other delimiter a header found to be comma-separated holds outside quotes
        /// (`;` in `id;name, first, last;text`), when no mapping said the delimiter.
        other_delimiter: Option<u8>,
        /// The delimiter Excel's `sep=` line said, which the header was read with.
        sep_line: Option<u8>,
    },
    /// A column named as a metadata field that `meta.KEY` reads from another column:
    /// which of the two is meant cannot be told.
    #[error(
        "{}:{line}: column `{column}` would be metadata `{key}`, which is read from column `{from}` (`meta.{key}` in the mapping)\n  hint: leave `{column}` out with --ignore-column, or under `ignore_columns:` in the mapping file",
        .path.display()
    )]
    MetaShadowed {
        path: PathBuf,
        line: u64,
        key: String,
        /// The column named as the field, as written.
        column: String,
        /// The column the field is read from, as written.
        from: String,
    },
    #[error(
        "{}:1: no `{column}` column to ignore; the columns are: {}\n  hint: drop it from --ignore-column, or from `ignore_columns:` in the --mapping file",
        .path.display(),
        shown_names(.found)
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
        "{}:1: {}",
        .path.display(),
        crate::transcript::header::column_pair_message(.name, (.first.0, &.first.1), (.second.0, &.second.1), *.same)
    )]
    DuplicateColumn {
        path: PathBuf,
        /// The normalised name both have.
        name: String,
        /// Position (1-based) and name as written of each.
        first: (usize, String),
        second: (usize, String),
        /// Whether both are written alike (masked under `--redact`, they may be).
        same: bool,
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
        "{}:{line}: conversation `{}` reappears after other conversations ({})\n  note: `{}` was read from its earlier rows only{}{}\n  hint: rows of a conversation must be consecutive; sort the input by conversation id, or pass --unsorted to group it in memory",
        .path.display(),
        token(.id),
        match .earlier {
            Some((path, line)) => format!("its earlier rows end at {}:{line}", path.display()),
            None => "it appeared earlier in the input".to_owned(),
        },
        token(.id),
        .written.said(),
        match .cut_short {
            Some(cut) => format!(
                "; `{}`, whose rows from {}:{} may go on after this one, is left out",
                token(&cut.0),
                cut.1.display(),
                cut.2
            ),
            None => String::new(),
        }
    )]
    Reappeared {
        id: String,
        path: PathBuf,
        line: u64,
        /// Where its earlier rows ended, when that is still remembered.
        earlier: Option<(PathBuf, u64)>,
        /// The conversation whose rows were being read (its id, and where its first row
        /// is): reading stops before its end is known, so it is not given as complete.
        /// Boxed: the error stays small on the path that never makes it.
        cut_short: Option<Box<(String, PathBuf, u64)>>,
        /// What the command wrote of it already, from those rows (set by `replay`,
        /// which streams: the reader knows nothing of output).
        written: Written,
    },
    /// A file read again, to learn the conversation ids before one that came out of
    /// order, is no longer the file first read (its size or modification time differ).
    #[error(
        "{}: the file changed while it was read (its size or modification time differ), so its conversation ids cannot be checked for one that reappears\n  hint: replay a copy that nothing writes to",
        .path.display()
    )]
    Changed { path: PathBuf },
}

/// What the first lines of a file that cannot be read as transcripts look like, for
/// the hint: not JSON, JSON, or JSON handoff wrote (given back to it).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum JsonLook {
    /// No line looked at starts like JSON (`{`, `[`).
    NotJson,
    /// A JSON document (or JSON read as CSV), not one of handoff's own.
    Json,
    /// `replay`'s outcomes as JSON (`-f json`, compacted or re-indented, or its
    /// objects written over many lines): keys only they have together.
    Outcomes,
    /// A packet `replay --packets` writes (a JSON document with `version`,
    /// `conversation_id` and `escalation`).
    Packet,
    /// The JSON report of one of handoff's commands (`coverage`, `diff`, `lint`,
    /// `test`, with `-f json`), re-indented or compacted: its keys
    /// (`report_keys`).
    Report(OwnReport),
}

/// Which command's JSON report a file is ([`JsonLook::Report`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OwnReport {
    Coverage,
    Diff,
    Lint,
    /// `lint -f sarif`'s report (cli42 review: it was told to write JSON lines).
    LintSarif,
    Test,
}

impl OwnReport {
    /// The command that writes it.
    pub fn command(self) -> &'static str {
        match self {
            OwnReport::Coverage => "coverage",
            OwnReport::Diff => "diff",
            OwnReport::Lint | OwnReport::LintSarif => "lint",
            OwnReport::Test => "test",
        }
    }

    /// The `-f` format it is written in.
    pub fn format(self) -> &'static str {
        match self {
            OwnReport::LintSarif => "sarif",
            _ => "json",
        }
    }
}

/// What a command has written already of a conversation that then reappears: made from
/// its earlier rows only, and not taken back (a stream), so the error says so.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Written {
    /// Its outcome, in a streaming format (the table marks its row instead); `Some(true)`
    /// when `--only` may have left it out.
    pub outcome: Option<bool>,
    /// Its packet, if it escalated.
    pub packet: bool,
}

impl Written {
    /// The end of the error's note: what of the conversation is already written.
    fn said(self) -> String {
        let outcome = self.outcome.map(|only| {
            if only {
                "its outcome above (if `--only` kept it)"
            } else {
                "its outcome above"
            }
        });
        let packet = self.packet.then_some("its packet (if it escalated)");
        match (outcome, packet) {
            (None, None) => String::new(),
            (Some(one), None) | (None, Some(one)) => {
                format!(": {one} was written from those rows alone")
            }
            (Some(outcome), Some(packet)) => {
                format!(": {outcome} and {packet} were written from those rows alone")
            }
        }
    }
}

impl ReadError {
    /// [`ReadError::Io`] of reading `path` in `line` (0 before the first), or
    /// [`ReadError::Gzip`] when `source` is an error of gzip data.
    pub(crate) fn io(path: PathBuf, line: u64, source: std::io::Error) -> ReadError {
        match crate::transcript::gzip_data_words(&source) {
            Some(words) => ReadError::Gzip { path, line, words },
            None => ReadError::Io { path, line, source },
        }
    }
}

/// The hint for one of handoff's packets given back to `replay`, as its outcomes are
/// told (`hint.rs`).
const PACKET_GIVEN: &str = "this looks like handoff's own output (`replay --packets`' packets, as JSON over many lines), not a transcript export: give the export that was replayed";

/// The hint for `replay`'s outcomes written as one JSON document over many lines
/// (`replay -f json | jq .`) and read as JSONL.
const OUTCOMES_GIVEN: &str = "this looks like handoff's own output (`replay`'s outcomes as JSON over many lines: `-f json`'s array, or its lines re-indented), not a transcript export: give the export that was replayed";

/// `path:line`, or the path alone for line 0 (before any line was read).
fn at(path: &std::path::Path, line: u64) -> String {
    if line == 0 {
        path.display().to_string()
    } else {
        format!("{}:{line}", path.display())
    }
}
