//! Arguments that say how to read a transcript export, shared by every command that
//! reads one.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use anyhow::Context as _;
use clap::{Args, ValueEnum};

use super::{ExitStatus, Io};
use crate::contacts::{Contacts, JoinStats, Joined};
use crate::project::ProjectFile;
use crate::redact::Redact as _;
use crate::transcript::{
    ColumnMapping, GroupPolicy, InputFormat, ReadError, ReadReport, Reader, ReaderBuilder,
};

/// The project file, read from the working directory: `input:` maps export columns and
/// roles for every command, `lint:` sets lint severities.
pub(super) use crate::project::PROJECT_FILE;

/// The transcripts of a command: read, grouped, with contacts joined on.
pub(super) type Transcripts = Joined<Reader>;

/// How the commands that replay transcripts read them and treat what they find.
#[derive(Debug, Args)]
pub struct ReadArgs {
    /// The rows of a conversation are not consecutive: group the whole input in memory
    #[arg(long)]
    pub unsorted: bool,
    /// Mask emails, phone numbers, card numbers, IBANs and the like in the output
    #[arg(long)]
    pub redact: bool,
    /// Malformed rows are always skipped and reported; `fail` then exits 2 after the run, `skip` does not
    #[arg(long, value_enum, default_value_t = OnError::Fail)]
    pub on_error: OnError,
}

/// What skipped malformed rows do to the exit status.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OnError {
    /// Finish the run, then exit 2: a lost row is an input problem.
    Fail,
    /// Finish the run and exit as if every row had been read.
    Skip,
}

/// The ids of [`InputArgs`]' flags, which say how to read an export: for
/// `conflicts_with_all` where nothing is read, so that a flag doing nothing is a usage
/// error naming it.
pub(super) const INPUT_FLAGS: [&str; 7] = [
    "map",
    "mapping",
    "role",
    "ignore_column",
    "input_format",
    "contacts",
    "join_on",
];

#[derive(Debug, Args)]
pub struct InputArgs {
    /// Map a field (`conversation_id`, `timestamp`, `role`, `text`), or a metadata field as `meta.KEY`, to a column of the export (repeatable); `date_order=day-first` or `month-first` reads slashed dates (05/06/2020); `delimiter=semicolon` (or `tab`, `pipe`, `comma`) separates CSV fields, when the header line does not show it
    #[arg(long = "map", value_name = "FIELD=COLUMN")]
    pub map: Vec<String>,
    /// A YAML file with `columns:`, `meta:`, `roles:`, `ignore_columns:`, `timestamp_tz:`, `date_order:` and `delimiter:` (on top of `input:` in .handoff.yaml)
    #[arg(long, value_name = "FILE")]
    pub mapping: Option<PathBuf>,
    /// Map a role value of the export to customer, bot or agent (repeatable)
    #[arg(long = "role", value_name = "VALUE=ROLE")]
    pub role: Vec<String>,
    /// A column that is neither a field nor customer metadata, e.g. a per-message `turn` (repeatable)
    #[arg(long = "ignore-column", value_name = "COLUMN")]
    pub ignore_column: Vec<String>,
    /// Input format, when the file name does not say
    #[arg(long, value_enum)]
    pub input_format: Option<InputFormatArg>,
    /// A contacts file (CSV CRM export) whose fields join onto conversations as customer metadata
    #[arg(long, value_name = "FILE")]
    pub contacts: Option<PathBuf>,
    /// The key to join contacts on: a field both have, or FIELD=COLUMN (transcript field, contacts column)
    #[arg(
        long,
        value_name = "FIELD",
        default_value = "email",
        requires = "contacts"
    )]
    pub join_on: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum InputFormatArg {
    Csv,
    Jsonl,
}

impl InputArgs {
    /// The column mapping: the project file's `input:` section, then the mapping
    /// file, then `--map`, `--ignore-column` and `--role` on top.
    pub fn mapping(&self) -> anyhow::Result<ColumnMapping> {
        let project = ProjectFile::find()?;
        self.mapping_from(project.as_ref().map(|(file, path)| (file, path.as_path())))
    }

    /// [`InputArgs::mapping`] on top of a project file already read (from the path
    /// given with it), if any.
    pub(super) fn mapping_from(
        &self,
        project: Option<(&ProjectFile, &Path)>,
    ) -> anyhow::Result<ColumnMapping> {
        let mut mapping = ColumnMapping::default();
        if let Some((file, path)) = project {
            mapping.apply_project(file, path)?;
        }
        if let Some(path) = &self.mapping {
            mapping.apply_file(path)?;
        }
        crate::transcript::mapping::each_field_once(
            "--map",
            &self.map,
            |pair| mapping.set_pair(pair).context("invalid --map"),
            |message| anyhow::anyhow!("invalid --map: {message}"),
        )?;
        for column in &self.ignore_column {
            mapping
                .ignore_column(column)
                .context("invalid --ignore-column")?;
        }
        let mut given = std::collections::HashMap::new();
        for pair in &self.role {
            let (value, role) = mapping.roles.set_pair(pair).context("invalid --role")?;
            if let Some(earlier) = given.insert(value, role).filter(|&r| r != role) {
                let written = pair
                    .split_once('=')
                    .map_or(pair.as_str(), |(v, _)| v.trim());
                anyhow::bail!(
                    "invalid --role: `{written}` is given as both {} and {}; a value is one role",
                    earlier.as_str(),
                    role.as_str()
                );
            }
        }
        // Each field is named with where it was given (`ColumnMapping::set_at`).
        mapping.check_distinct().context("invalid column mapping")?;
        Ok(mapping)
    }

    /// Opens `files` as conversations, grouped in memory when `unsorted`, with the
    /// contacts joined on when `--contacts` is given.
    pub(super) fn open(&self, files: &[PathBuf], read: &ReadArgs) -> anyhow::Result<Transcripts> {
        self.open_mapped(&self.mapping()?, files, read)
    }

    /// [`InputArgs::open`] through `mapping`, built already ([`InputArgs::mapping`]).
    pub(super) fn open_mapped(
        &self,
        mapping: &ColumnMapping,
        files: &[PathBuf],
        read: &ReadArgs,
    ) -> anyhow::Result<Transcripts> {
        let unsorted = read.unsorted;
        let (mapping, contacts) = self.joined(mapping)?;
        let reader = ReaderBuilder::new()
            .mapping(mapping)
            .format(self.format())
            .group_policy(if unsorted {
                GroupPolicy::InMemory
            } else {
                GroupPolicy::Consecutive
            })
            .hide_values(read.redact)
            .open(files)
            .map_err(|e| no_default_transcripts(e, files))?;
        let contacts = contacts.map(|c| Arc::new(c.keeping_names(read.redact)));
        Ok(Joined::new(reader, contacts))
    }

    /// The contacts file, loaded through `mapping` when `--contacts` is given, and the
    /// mapping the transcripts are read through: a `meta.` pair whose column the contacts
    /// file has may read from a column the transcripts lack ([`ColumnMapping::meta_joined`]).
    pub fn joined(
        &self,
        mapping: &ColumnMapping,
    ) -> anyhow::Result<(ColumnMapping, Option<Contacts>)> {
        let contacts = self.contacts(mapping)?;
        let mut mapping = mapping.clone();
        if let Some(contacts) = &contacts {
            mapping.meta_joined = contacts.mapped_columns().to_vec();
        }
        Ok((mapping, contacts))
    }

    /// The contacts file, loaded, when `--contacts` is given; its join field and its
    /// columns are read through the transcripts' `mapping`.
    pub fn contacts(&self, mapping: &ColumnMapping) -> anyhow::Result<Option<Contacts>> {
        let Some(path) = &self.contacts else {
            return Ok(None);
        };
        let (field, column) = self
            .join_on
            .split_once('=')
            .unwrap_or((&self.join_on, &self.join_on));
        if field.trim().is_empty() || column.trim().is_empty() {
            anyhow::bail!(
                "invalid --join-on `{}`: expected FIELD or TRANSCRIPT_FIELD=CONTACTS_COLUMN",
                self.join_on
            );
        }
        Ok(Some(Contacts::load(path, column, field, mapping)?))
    }

    pub fn format(&self) -> Option<InputFormat> {
        self.input_format.map(|f| match f {
            InputFormatArg::Csv => InputFormat::Csv,
            InputFormatArg::Jsonl => InputFormat::Jsonl,
        })
    }
}

/// The transcripts `replay`, `coverage`, `diff` and `explain` read without FILES (their
/// `default_value`).
pub(super) const DEFAULT_TRANSCRIPTS: &str = "fixtures";

/// `e`, the error opening `files`; when they are the default, [`DEFAULT_TRANSCRIPTS`],
/// which does not exist, with a hint that it is read for want of FILES (the user gave
/// no path, so "cannot open transcript fixtures" alone names one they never wrote), as
/// a missing `rules/` is told (`engine::not_found_hint`).
fn no_default_transcripts(e: ReadError, files: &[PathBuf]) -> anyhow::Error {
    match &e {
        ReadError::Open { path, source }
            if files == [PathBuf::from(DEFAULT_TRANSCRIPTS)]
                && path.as_path() == Path::new(DEFAULT_TRANSCRIPTS)
                && source.kind() == std::io::ErrorKind::NotFound =>
        {
            anyhow::anyhow!(
                "{source}\n  hint: without FILES, transcripts are read from {DEFAULT_TRANSCRIPTS}/ in the current directory: give your export's path (a file, or a directory of them; `-` reads stdin)"
            )
            .context(e.to_string())
        }
        _ => e.into(),
    }
}

/// What reading found.
pub(super) struct Finished {
    /// The reader's report, with the contacts' problems and the join's gaps added.
    pub read: ReadReport,
    pub join: JoinStats,
    /// Malformed rows skipped, in the transcripts and the contacts file.
    pub skipped: u64,
}

/// Under `--redact` (`redact`) the report's diagnostics are masked (the reader quoted no
/// role cell nor varying value in them): stderr goes into CI logs too.
pub(super) fn finish(transcripts: Transcripts, redact: bool) -> Finished {
    let contacts_skipped = transcripts.contacts().map_or(0, |c| c.skipped_rows());
    let fields = transcripts.inner().report().fields.clone();
    let (reader, join, diagnostics) = transcripts.finish(Some(&fields));
    let mut read = reader.into_report();
    read.diagnostics.extend(diagnostics);
    if redact {
        read.redact();
    }
    Finished {
        skipped: read.skipped_rows + contacts_skipped,
        read,
        join,
    }
}

/// The reader's diagnostics, then how many more it counted than it kept: said even
/// under `-q`, for the error that says how many rows were skipped points at this list.
/// Takes stderr alone, for a command whose stdout is borrowed by a streaming report.
/// Under `--quiet` (`quiet`) the note about files left out of a directory (the one
/// read diagnostic that is a note without a code) is left out, as summaries are: it
/// stops nothing, and a script that asked for quiet wants only what went wrong.
pub(super) fn write_read_diagnostics(
    stderr: &mut dyn std::io::Write,
    color: bool,
    quiet: bool,
    read: &ReadReport,
) -> std::io::Result<()> {
    let said = |d: &&crate::diag::Diagnostic| {
        !(quiet && d.code.is_none() && d.severity == crate::diag::Severity::Note)
    };
    let diagnostics: Vec<crate::diag::Diagnostic> =
        read.diagnostics.iter().filter(said).cloned().collect();
    super::write_diagnostics(
        stderr,
        color,
        &diagnostics,
        &crate::diag::Sources::default(),
    )?;
    if read.suppressed > 0 {
        writeln!(
            stderr,
            "note: {}; the first {} are above\n",
            suppressed_note(read.suppressed),
            read.diagnostics.len()
        )?;
    }
    Ok(())
}

/// Under `--verbose` (`verbosity`), the files the directories of transcripts given left
/// out, not named like transcripts (`README.md`, `generate.py`), on `stderr` as
/// [`Io::verbose`] says: only those that look like data get a note without it. Takes
/// stderr alone, as [`write_read_diagnostics`] does.
pub(super) fn verbose_left_out(
    stderr: &mut dyn std::io::Write,
    verbosity: super::Verbosity,
    read: &ReadReport,
) -> std::io::Result<()> {
    if verbosity != super::Verbosity::Verbose || read.left_out_files.is_empty() {
        return Ok(());
    }
    writeln!(
        stderr,
        "handoff: left out {} in the directories given, not named like transcripts: {}",
        crate::text::count(read.left_out_files.len(), "file"),
        // Every one: the note of those that look like data names the first three.
        read.left_out_files
            .iter()
            .map(|p| p.display().to_string())
            .collect::<Vec<_>>()
            .join(", ")
    )
}

/// That `suppressed` diagnostics of reading are not listed: on stderr, and in
/// coverage's JSON.
pub(super) fn suppressed_note(suppressed: u64) -> String {
    format!(
        "{suppressed} further diagnostic{} not shown",
        if suppressed == 1 { " is" } else { "s are" },
    )
}

/// The error of a gated run that read no conversation (exit 2): `files` as given (`-`
/// is stdin), `gates` the gate flags given. An empty export, a truncated or failed
/// download, passed every gate ("0 of 0 conversations change"), while `lint
/// --columns-from` calls the same file an error. Without a gate, an
/// empty file stays the warning `D007`.
pub(super) fn nothing_read(files: &[PathBuf], gates: &[&str]) -> anyhow::Error {
    let files: Vec<String> = files
        .iter()
        .map(|f| {
            if f.as_os_str() == "-" {
                "stdin".to_owned()
            } else {
                f.display().to_string()
            }
        })
        .collect();
    anyhow::anyhow!(
        "no conversations read from {}: an empty export cannot pass a gate ({})",
        files.join(", "),
        gates.join(", ")
    )
}

/// Applies `--on-error` once the command has done its work: with `fail`, `skipped`
/// malformed rows turn `status` into an error, said on stderr.
pub(super) fn settle(
    status: ExitStatus,
    skipped: u64,
    on_error: OnError,
    io: &mut Io<'_>,
) -> std::io::Result<ExitStatus> {
    if skipped == 0 || on_error == OnError::Skip {
        return Ok(status);
    }
    writeln!(
        io.stderr,
        "error: {skipped} malformed row{} skipped (listed above); fix the input, or pass --on-error skip to accept the loss",
        if skipped == 1 { " was" } else { "s were" }
    )?;
    Ok(ExitStatus::Error)
}
