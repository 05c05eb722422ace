//! Arguments that say how to read a transcript export, shared by every command that
//! reads one.

use std::path::PathBuf;

use anyhow::Context as _;
use clap::{Args, ValueEnum};

use std::sync::Arc;

use crate::contacts::{Contacts, JoinStats, Joined};
use crate::transcript::{
    ColumnMapping, GroupPolicy, InputFormat, ReadReport, Reader, ReaderBuilder, expand_inputs,
};

/// The transcripts of a command: read, grouped, with contacts joined on.
pub(super) type Transcripts = Joined<Reader>;

#[derive(Debug, Args)]
pub struct InputArgs {
    /// Map a field (`conversation_id`, `timestamp`, `role`, `text`) to a column of the export (repeatable)
    #[arg(long = "map", value_name = "FIELD=COLUMN")]
    pub map: Vec<String>,
    /// A YAML file with `columns:` and `roles:` mappings
    #[arg(long, value_name = "FILE")]
    pub mapping: Option<PathBuf>,
    /// Map a role value of the export to customer, bot or agent (repeatable)
    #[arg(long = "role", value_name = "VALUE=ROLE")]
    pub role: Vec<String>,
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
    /// The column mapping: the mapping file first, then `--map` and `--role` on top.
    pub fn mapping(&self) -> anyhow::Result<ColumnMapping> {
        let mut mapping = ColumnMapping::default();
        if let Some(path) = &self.mapping {
            mapping.apply_file(path)?;
        }
        for pair in &self.map {
            mapping.set_pair(pair).context("invalid --map")?;
        }
        for pair in &self.role {
            mapping.roles.set_pair(pair).context("invalid --role")?;
        }
        Ok(mapping)
    }

    /// Opens `files` as conversations, grouped in memory when `unsorted`, with the
    /// contacts joined on when `--contacts` is given.
    pub(super) fn open(&self, files: &[PathBuf], unsorted: bool) -> anyhow::Result<Transcripts> {
        let reader = ReaderBuilder::new()
            .mapping(self.mapping()?)
            .format(self.format())
            .group_policy(if unsorted {
                GroupPolicy::InMemory
            } else {
                GroupPolicy::Consecutive
            })
            .build(expand_inputs(files)?);
        Ok(Joined::new(reader, self.contacts()?.map(Arc::new)))
    }

    /// The contacts file, loaded, when `--contacts` is given.
    pub fn contacts(&self) -> anyhow::Result<Option<Contacts>> {
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
        Ok(Some(Contacts::load(path, column, field)?))
    }

    pub fn format(&self) -> Option<InputFormat> {
        self.input_format.map(|f| match f {
            InputFormatArg::Csv => InputFormat::Csv,
            InputFormatArg::Jsonl => InputFormat::Jsonl,
        })
    }
}

/// What reading found: the reader's report with the contacts' problems and gaps added.
pub(super) fn finish(transcripts: Transcripts) -> (ReadReport, JoinStats) {
    let (reader, stats, diagnostics) = transcripts.finish();
    let mut report = reader.into_report();
    report.diagnostics.extend(diagnostics);
    (report, stats)
}
