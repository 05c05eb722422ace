//! `.handoff.yaml`, the project file read from the working directory: a path → its
//! `input:` section (for the transcript reader, [`crate::transcript::ColumnMapping`])
//! and its `lint:` section (for lint, [`crate::lint::Overrides`]), read once, and the
//! file's JSON Schema, for editors, from the same type. Every command reads and checks
//! the whole file (shape, column fields, roles, check codes, each mistake at its line and
//! column), whether or not it uses the section at fault.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Deserializer};

use crate::diag::Location;
use crate::lint::config::LintSection;
use crate::transcript::mapping::MappingFile;
use crate::yaml::expect;

/// The whole file.
#[derive(Debug, Default, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ProjectFile {
    /// How the export's columns and role values map onto transcripts, for every command.
    #[serde(default, deserialize_with = "input")]
    #[schemars(with = "Option<schema::MappingFileSchema>")]
    pub(crate) input: Option<MappingFile>,
    /// Lint severities.
    #[serde(default, deserialize_with = "lint")]
    #[schemars(with = "Option<LintSection>")]
    pub(crate) lint: Option<LintSection>,
}

fn input<'de, D: Deserializer<'de>>(d: D) -> Result<Option<MappingFile>, D::Error> {
    expect::section(
        d,
        "a mapping of `columns`, `meta`, `roles`, `ignore_columns`, `timestamp_tz`, `date_order` and `delimiter` (`input: { columns: { text: body } }`)",
    )
}

fn lint<'de, D: Deserializer<'de>>(d: D) -> Result<Option<LintSection>, D::Error> {
    expect::section(
        d,
        "a mapping of `allow`, `warn`, `deny` and `deny_warnings` (`lint: { allow: [L002] }`)",
    )
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
    /// A project file over the limit a rule file has (`rules::load::read_one`).
    #[error(
        "project file {} {}",
        .path.display(),
        crate::rules::load::said_size(*.size)
    )]
    TooLarge { path: PathBuf, size: u64 },
    #[error("{}:{line}:{column}: invalid project file: {message}", .path.display())]
    Syntax {
        path: PathBuf,
        line: u32,
        column: u32,
        message: String,
    },
    #[error("{} is a directory; the project file is a YAML file", .0.display())]
    NotAFile(PathBuf),
    /// Every mistake of the file, in file order, up to [`MAX_ERRORS`].
    #[error("{}", crate::diag::mistakes("the project file", .path, .errors, *.more))]
    Several {
        path: PathBuf,
        errors: Vec<(Location, String)>,
        /// Mistakes past [`MAX_ERRORS`].
        more: usize,
    },
}

/// Most mistakes of the project file reported; the rest are counted.
pub const MAX_ERRORS: usize = 20;

/// The project file's name, looked for in the working directory.
pub const PROJECT_FILE: &str = ".handoff.yaml";

impl ProjectFile {
    /// Reads and checks the whole file: a mistake in any section is an error for every
    /// command, named with its line and column.
    pub fn read(path: &Path) -> Result<ProjectFile, ProjectError> {
        if path.is_dir() {
            return Err(ProjectError::NotAFile(path.to_owned()));
        }
        let text = crate::rules::load::read_text(path).map_err(|unread| {
            use crate::rules::load::Unread;
            match unread {
                Unread::TooLarge(size) | Unread::SetTooLarge { size, .. } => {
                    ProjectError::TooLarge {
                        path: path.to_owned(),
                        size,
                    }
                }
                Unread::Io(source) => ProjectError::Io {
                    path: path.to_owned(),
                    source,
                },
            }
        })?;
        let text = text.map_err(|not_utf8| {
            let (location, message) = not_utf8.mistake(path, "project file");
            ProjectError::Syntax {
                path: path.to_owned(),
                line: location.line,
                column: location.column.unwrap_or(1),
                message,
            }
        })?;
        // Every mistake at once: each schema error (`recover`), then what the sections
        // that parsed name that does not exist (columns, roles, check codes).
        let (file, yaml_errors) = recover::parse(&text);
        let mut errors: Vec<(Location, String)> = yaml_errors
            .iter()
            .map(|e| {
                let mut message = e.message.clone();
                if let Some(help) = crate::rules::load::suggest_field(&message) {
                    message = format!("{message}; {help}");
                }
                // What a rule file's diagnostic says as `help:` (a
                // ` #` in `ignore_columns: [Message #]`).
                if e.kind == crate::yaml::YamlErrorKind::DuplicateKey
                    && let Some((line, column, _)) =
                        crate::yaml::first_written(&text, e.line, e.column)
                {
                    message = format!("{message} (first written at {line}:{column})");
                }
                for help in &e.help {
                    message = format!("{message}\n  hint: {help}");
                }
                (located(path, e.line, e.column), message)
            })
            .collect();
        let more = file.check(path, &mut errors);
        errors.sort_by_key(|(l, _)| (l.line, l.column));
        match (errors.len(), more) {
            (0, _) => Ok(file),
            (1, 0) => {
                let (location, message) = errors.remove(0);
                Err(ProjectError::Syntax {
                    path: path.to_owned(),
                    line: location.line,
                    column: location.column.unwrap_or(1),
                    message,
                })
            }
            (n, more) => {
                errors.truncate(MAX_ERRORS);
                Err(ProjectError::Several {
                    path: path.to_owned(),
                    more: more + n - errors.len(),
                    errors,
                })
            }
        }
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
    /// Adds each mistake to `errors`; gives how many more the `input:` section had past
    /// its own cap.
    fn check(&self, path: &Path, errors: &mut Vec<(Location, String)>) -> usize {
        use crate::transcript::MappingError;
        let mut more = 0;
        match crate::transcript::ColumnMapping::default().apply_project(self, path) {
            Ok(_) => {}
            Err(MappingError::Syntax { location, message }) => errors.push((location, message)),
            Err(MappingError::Several {
                errors: several,
                more: past,
                ..
            }) => {
                errors.extend(several);
                more = past;
            }
            Err(other) => errors.push((located(path, 1, 1), other.to_string())),
        }
        if let Some(lint) = &self.lint {
            for (e, line, column) in lint.mistakes() {
                errors.push((located(path, line, column), e.to_string()));
            }
        }
        more
    }
}

/// Line and column `line`:`column` of the file at `path` (1 when unknown).
fn located(path: &Path, line: u32, column: u32) -> Location {
    Location {
        path: path.to_owned(),
        line: line.max(1),
        column: Some(column.max(1)),
        range: None,
    }
}

/// The schema of `.handoff.yaml`, as pretty JSON.
pub fn config_schema() -> String {
    crate::rules::schema_for::<ProjectFile>(
        "handoff project file (.handoff.yaml)",
        "Settings read from the working directory by every handoff command: `input` maps the export's columns and roles, `lint` sets check severities.",
    )
}

mod recover;
mod schema;

#[cfg(test)]
mod tests {
    use super::*;

    /// `roles: {customer: 3}` in `.handoff.yaml` said "data did not match any
    /// variant of untagged enum `RoleValues`" and hid the file's other mistakes; a list key
    /// given one value said "expected sequence start". Each says what its key takes, at
    /// its value, with every other mistake (each wrong role value among them).
    #[test]
    fn wrong_shapes_say_what_their_key_takes_beside_every_other_mistake() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(".handoff.yaml");
        std::fs::write(
            &path,
            "input:\n  roles: {customer: 3, bot: {a: b}, agent: x}\n  ignore_columns: turn\n  columns: {rol: x}\nlint:\n  allow: L002\n  deny_warnings: yes\n",
        )
        .unwrap();
        let err = ProjectFile::read(&path).unwrap_err().to_string();
        let err = err.replace(&path.display().to_string(), ".handoff.yaml");
        assert_eq!(
            err,
            "5 mistakes in the project file .handoff.yaml:
  .handoff.yaml:2:29: expected a role value as text, or a list of them (`customer: [requester, end-user]`), found a mapping
  .handoff.yaml:3:19: expected a list of column names (`ignore_columns: [turn]`), found the text \"turn\"
  .handoff.yaml:4:13: unknown field `rol` in mapping; expected one of: `conversation_id`, `timestamp`, `role`, `text`; did you mean `role`?
  .handoff.yaml:6:10: expected a list of check codes or names (`allow: [L002]`), found the text \"L002\"
  .handoff.yaml:7:18: expected true or false (`deny_warnings: true`), found the text \"yes\"
    hint: write `true`, unquoted: handoff's YAML files follow YAML 1.2, where only `true` and `false` are booleans (`yes`, `no`, `on`, `off`, `1` and `0` are not)"
        );
        std::fs::write(&path, "[input, lint]\n").unwrap();
        let err = ProjectFile::read(&path).unwrap_err().to_string();
        assert!(
            err.ends_with(":1:1: invalid project file: expected a mapping of `input` and `lint` (`lint: { allow: [L002] }`), found a list"),
            "{err}"
        );
        std::fs::write(&path, "input: [a]\nlint: 3\n").unwrap();
        let err = ProjectFile::read(&path).unwrap_err().to_string();
        assert!(err.contains(":1:8: expected a mapping of `columns`, `meta`, `roles`, `ignore_columns`, `timestamp_tz`, `date_order` and `delimiter` (`input: { columns: { text: body } }`), found a list"), "{err}");
        assert!(err.contains(":2:7: expected a mapping of `allow`, `warn`, `deny` and `deny_warnings` (`lint: { allow: [L002] }`), found the number 3"), "{err}");
    }

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
