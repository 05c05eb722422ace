//! `.handoff.yaml`, the project file read from the working directory: a path → its
//! `input:` section (for the transcript reader, [`crate::transcript::ColumnMapping`])
//! and its `lint:` section (for lint, [`crate::lint::Overrides`]), read once, and the
//! file's JSON Schema, for editors, from the same type. Every command reads and checks
//! the whole file (shape, column fields, roles, check codes, each mistake at its line and
//! column), whether or not it uses the section at fault.

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
    #[error("{} is a directory; the project file is a YAML file", .0.display())]
    NotAFile(PathBuf),
    /// Several mistakes in the `input:` section, each with its line and column.
    #[error("{0}")]
    Input(crate::transcript::MappingError),
}

/// The project file's name, looked for in the working directory.
pub const PROJECT_FILE: &str = ".handoff.yaml";

impl ProjectFile {
    /// Reads and checks the whole file: a mistake in any section is an error for every
    /// command, named with its line and column.
    pub fn read(path: &Path) -> Result<ProjectFile, ProjectError> {
        if path.is_dir() {
            return Err(ProjectError::NotAFile(path.to_owned()));
        }
        let text = std::fs::read_to_string(path).map_err(|source| ProjectError::Io {
            path: path.to_owned(),
            source,
        })?;
        let file: ProjectFile = crate::yaml::from_str(&text).map_err(|e| ProjectError::Syntax {
            path: path.to_owned(),
            line: e.line.max(1),
            column: e.column.max(1),
            message: e.message,
        })?;
        file.check(path)?;
        Ok(file)
    }

    /// The project file of the working directory, read and checked, if there is one.
    pub fn find() -> Result<Option<(ProjectFile, PathBuf)>, ProjectError> {
        let path = PathBuf::from(PROJECT_FILE);
        if std::fs::symlink_metadata(&path).is_err() {
            return Ok(None);
        }
        Ok(Some((ProjectFile::read(&path)?, path)))
    }

    /// Checks what the YAML shape cannot: column fields, roles and check codes exist.
    fn check(&self, path: &Path) -> Result<(), ProjectError> {
        let invalid = |line: u32, column: u32, message: String| ProjectError::Syntax {
            path: path.to_owned(),
            line,
            column,
            message,
        };
        let mut mapping = crate::transcript::ColumnMapping::default();
        match mapping.apply_project(self, path) {
            Ok(_) => {}
            Err(crate::transcript::mapping::MappingError::Syntax { location, message }) => {
                return Err(invalid(
                    location.line,
                    location.column.unwrap_or(1),
                    message,
                ));
            }
            Err(several @ crate::transcript::MappingError::Several { .. }) => {
                return Err(ProjectError::Input(several));
            }
            Err(other) => return Err(invalid(1, 1, other.to_string())),
        }
        if let Some(lint) = &self.lint {
            crate::lint::Overrides::default()
                .apply_section(lint)
                .map_err(|(e, line, column)| invalid(line, column, e.to_string()))?;
        }
        Ok(())
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
