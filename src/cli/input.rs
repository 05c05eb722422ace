//! Arguments that say how to read a transcript export, shared by every command that
//! reads one.

use std::path::PathBuf;

use anyhow::Context as _;
use clap::{Args, ValueEnum};

use crate::transcript::{ColumnMapping, InputFormat};

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

    pub fn format(&self) -> Option<InputFormat> {
        self.input_format.map(|f| match f {
            InputFormatArg::Csv => InputFormat::Csv,
            InputFormatArg::Jsonl => InputFormat::Jsonl,
        })
    }
}
