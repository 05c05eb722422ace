//! `.handoff.yaml`, the project file read from the working directory: a path → its
//! `input:` section (for the transcript reader, [`crate::transcript::ColumnMapping`])
//! and its `lint:` section (for lint, [`crate::lint::Overrides`]), read once, and the
//! file's JSON Schema, for editors, from the same type.

use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::lint::config::LintSection;
use crate::transcript::mapping::MappingFile;

/// The whole file.
#[derive(Debug, Default, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ProjectFile {
    /// How the export's columns and role values map onto transcripts, for every command.
    #[serde(default)]
    pub(crate) input: Option<MappingFile>,
    /// Lint severities.
    #[serde(default)]
    pub(crate) lint: Option<LintSection>,
}

/// Why the project file could not be read.
#[derive(Debug, thiserror::Error)]
pub enum ProjectError {
    #[error("cannot read {}", .path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{}:{line}:{column}: invalid project file: {message}", .path.display())]
    Syntax {
        path: PathBuf,
        line: u32,
        column: u32,
        message: String,
    },
}

impl ProjectFile {
    /// Reads and checks the whole file: a mistake in any section is an error for every
    /// command, named with its line and column.
    pub fn read(path: &Path) -> Result<ProjectFile, ProjectError> {
        let text = std::fs::read_to_string(path).map_err(|source| ProjectError::Io {
            path: path.to_owned(),
            source,
        })?;
        crate::yaml::from_str(&text).map_err(|e| ProjectError::Syntax {
            path: path.to_owned(),
            line: e.line.max(1),
            column: e.column.max(1),
            message: e.message,
        })
    }
}

/// The schema of `.handoff.yaml`, as pretty JSON.
pub fn config_schema() -> String {
    crate::rules::schema_for::<ProjectFile>(
        "handoff project file (.handoff.yaml)",
        "Settings read from the working directory by every handoff command: `input` maps the export's columns and roles, `lint` sets check severities.",
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_sections_are_read_and_mistakes_are_located() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(".handoff.yaml");
        std::fs::write(
            &path,
            "input:\n  columns:\n    text: body\nlint:\n  deny: [L001]\n",
        )
        .unwrap();
        let file = ProjectFile::read(&path).unwrap();
        assert!(file.input.is_some() && file.lint.is_some());
        std::fs::write(&path, "# nothing yet\n").unwrap();
        let file = ProjectFile::read(&path).unwrap();
        assert!(file.input.is_none() && file.lint.is_none());
        std::fs::write(&path, "lint:\n  alow: [L002]\n").unwrap();
        let err = ProjectFile::read(&path).unwrap_err().to_string();
        assert!(
            err.contains(".handoff.yaml:2:3: invalid project file"),
            "{err}"
        );
        assert!(err.contains("unknown field `alow`"), "{err}");
        let missing = dir.path().join("nope.yaml");
        let err = ProjectFile::read(&missing).unwrap_err().to_string();
        assert!(
            err.starts_with("cannot read ") && err.contains("nope.yaml"),
            "{err}"
        );
    }
}
