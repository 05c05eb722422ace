//! Which of a mapping's fields `.handoff.yaml` maps, and where: a mapping → for a field
//! an export lacks the column of, whether the project file's mapping is the cause and the
//! export has handoff's own column for it (the sample `init` writes, read under a
//! mapping for the user's export), and the flags that read it as it is. Guesses nothing:
//! the reader still fails, with this for its hint.

use std::path::{Path, PathBuf};

use super::{ColumnMapping, FIELDS, located, normalize_field};
use crate::project::ProjectFile;

/// The fields whose column `.handoff.yaml`'s `input: columns:` gives (and no later layer
/// changed), with the file and the line of each.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ProjectColumns {
    path: Option<PathBuf>,
    /// (field, line), a field of [`FIELDS`] each once.
    fields: Vec<(String, u32)>,
}

/// A missing column that `.handoff.yaml` mapped, of an export that has handoff's default
/// column for the field: what the error's hint says instead of "map it".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProjectMapped {
    /// The project file and the line that maps the field.
    pub path: PathBuf,
    pub line: u32,
    /// `--map field=field` for each field the project maps whose default column the
    /// export has: the flags that read it under handoff's own names.
    pub back_to_defaults: Vec<String>,
}

/// Where a mapping gave a field the column an export lacks: what the error says in place
/// of "map it", as the user mapped it already.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MappedAt {
    /// [`ColumnMapping::set_at`]'s place (`m.yaml:2:3`, `` `--map text=body` ``).
    pub at: Option<String>,
    /// `.handoff.yaml` mapped it and the export has handoff's own column for the field.
    pub project: Option<ProjectMapped>,
}

impl ColumnMapping {
    /// For `field`, whose column an export with the columns `found` (as written) lacks:
    /// where the mapping gave it, or `None` for a field read from its default column.
    pub(crate) fn mapped_at(&self, field: &str, found: &[String]) -> Option<MappedAt> {
        let at = self.set_at.get(field).cloned();
        let project = self.project_mapped(field, found);
        (at.is_some() || project.is_some()).then_some(MappedAt { at, project })
    }

    /// Notes which fields `file` (the project file at `path`) maps, after it was applied.
    pub(super) fn note_project_columns(&mut self, file: &ProjectFile, path: &Path) {
        let Some(input) = &file.input else { return };
        self.project_columns.path = Some(path.to_owned());
        for field in input.columns.keys() {
            let name = normalize_field(&field.value);
            if FIELDS.contains(&name.as_str())
                && !self.project_columns.fields.iter().any(|(f, _)| *f == name)
            {
                self.project_columns
                    .fields
                    .push((name, located(path, field).line));
            }
        }
        // In the file's order (`columns:` is read into a map).
        self.project_columns.fields.sort_by_key(|&(_, line)| line);
    }

    /// A later layer (`--mapping`, `--map`) set `field`: the project file no longer
    /// decides it.
    pub(super) fn forget_project_column(&mut self, field: &str) {
        let name = normalize_field(field);
        self.project_columns.fields.retain(|(f, _)| *f != name);
    }

    /// For `field`, whose column an export with the columns `found` (as written) lacks:
    /// [`ProjectMapped`] when `.handoff.yaml` gave that column and the export has
    /// handoff's own column for the field.
    fn project_mapped(&self, field: &str, found: &[String]) -> Option<ProjectMapped> {
        let path = self.project_columns.path.as_ref()?;
        let has = |name: &str| found.iter().any(|c| normalize_field(c) == name);
        let &(_, line) = self
            .project_columns
            .fields
            .iter()
            .find(|(f, _)| f == field)?;
        if !has(field) {
            return None;
        }
        let back_to_defaults = self
            .project_columns
            .fields
            .iter()
            .filter(|(f, _)| has(f))
            .map(|(f, _)| format!("--map {f}={f}"))
            .collect();
        Some(ProjectMapped {
            path: path.clone(),
            line,
            back_to_defaults,
        })
    }
}
