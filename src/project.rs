//! `.handoff.yaml`, the project file read from the working directory: gives its JSON
//! Schema, for editors. The file is read by parts: `input:` by the transcript reader
//! ([`crate::transcript::ColumnMapping::apply_project_file`]), `lint:` by lint
//! ([`crate::lint::Overrides::load_file`]).

use crate::lint::config::LintSection;
use crate::transcript::mapping::MappingFile;

/// The whole file, as editors see it.
#[derive(schemars::JsonSchema)]
#[schemars(deny_unknown_fields)]
#[expect(
    dead_code,
    reason = "only its schema is used; the file is read by parts"
)]
struct ProjectFile {
    /// How the export's columns and role values map onto transcripts, for every command.
    input: Option<MappingFile>,
    /// Lint severities.
    lint: Option<LintSection>,
}

/// The schema of `.handoff.yaml`, as pretty JSON.
pub fn config_schema() -> String {
    crate::rules::schema_for::<ProjectFile>(
        "handoff project file (.handoff.yaml)",
        "Settings read from the working directory by every handoff command: `input` maps the export's columns and roles, `lint` sets check severities.",
    )
}
