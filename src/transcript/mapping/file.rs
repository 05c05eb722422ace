//! A mapping file (`--mapping`, or `input:` in `.handoff.yaml`): its serde mirror
//! ([`MappingFile`]), reading it with every schema error in it, and gathering a file's
//! mistakes into one [`MappingError`]. Applies nothing; see `mapping.rs`.

use std::collections::HashMap;
use std::path::Path;

use serde::Deserialize;

use super::MappingError;
use crate::diag::Location;
use crate::rules::recover::{Whole, parse_whole};
use crate::yaml::Spanned;

/// Where a key of a mapping file is.
pub(super) fn located<T>(path: &Path, key: &Spanned<T>) -> Location {
    Location {
        path: path.to_owned(),
        line: u32::try_from(key.referenced.line()).unwrap_or(u32::MAX),
        column: Some(u32::try_from(key.referenced.column()).unwrap_or(u32::MAX)),
        range: None,
    }
}

/// Most mistakes of a mapping file reported; the rest are counted.
pub const MAX_ERRORS: usize = 20;

/// No error, one, or several, as one [`MappingError`].
pub(super) fn finish(path: &Path, mut errors: Vec<(Location, String)>) -> Result<(), MappingError> {
    errors.sort_by_key(|(l, _)| (l.line, l.column));
    match errors.len() {
        0 => Ok(()),
        1 => {
            let (location, message) = errors.remove(0);
            Err(MappingError::Syntax { location, message })
        }
        n => {
            errors.truncate(MAX_ERRORS);
            Err(MappingError::Several {
                path: path.to_owned(),
                more: n - errors.len(),
                errors,
            })
        }
    }
}

/// Reads a mapping file: what parses of it, with each schema error in `errors`. A file
/// that does not parse whole is parsed again key by key (`columns`, `roles`,
/// `ignore_columns`), so a mistake in one hides nothing in the others; a YAML syntax
/// error is the file's one error.
pub(super) fn read_mapping(
    path: &Path,
    errors: &mut Vec<(Location, String)>,
) -> Result<MappingFile, MappingError> {
    let text = std::fs::read_to_string(path).map_err(|source| MappingError::Io {
        path: path.to_owned(),
        source,
    })?;
    let at = |e: &crate::yaml::YamlError| Location {
        path: path.to_owned(),
        line: e.line.max(1),
        column: Some(e.column.max(1)),
        range: None,
    };
    let mut file = MappingFile::default();
    let outline = match parse_whole::<MappingFile>(&text) {
        Whole::Parsed(file) => return Ok(file),
        Whole::One(err) => {
            errors.push((at(&err), err.message));
            return Ok(file);
        }
        Whole::Pieces(_, outline) => outline,
    };
    let mut keys = std::collections::HashSet::new();
    for entry in &outline.entries {
        if !keys.insert(entry.key.as_str()) {
            let e = entry.duplicate();
            errors.push((at(&e), e.message));
            continue;
        }
        match entry.piece.parse::<MappingFile>(&text) {
            Ok(part) => file.merge(part),
            Err(e) => errors.push((at(&e), e.message)),
        }
    }
    Ok(file)
}

/// How an export's columns and role values map onto transcripts.
#[derive(Debug, Default, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct MappingFile {
    /// Transcript field (`conversation_id`, `timestamp`, `role`, `text`) → the export's
    /// column holding it.
    #[serde(default)]
    #[schemars(with = "HashMap<String, String>")]
    pub(super) columns: HashMap<Spanned<String>, String>,
    /// Role (`customer`, `bot`, `agent`) → the export's values meaning it: one, or a
    /// list.
    #[serde(default)]
    #[schemars(with = "HashMap<String, RoleValues>")]
    pub(super) roles: HashMap<Spanned<String>, RoleValues>,
    /// Columns that are neither a field nor customer metadata, such as a per-message
    /// `turn` counter. Each must be in the export.
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub(crate) ignore_columns: Vec<Spanned<String>>,
}

impl MappingFile {
    /// Adds what a key of the file, parsed alone, gave.
    pub(crate) fn merge(&mut self, part: MappingFile) {
        self.columns.extend(part.columns);
        self.roles.extend(part.roles);
        self.ignore_columns.extend(part.ignore_columns);
    }
}

/// The export's values for one role: `customer: requester` or `customer: [requester,
/// end-user]`.
#[derive(Debug, Deserialize, schemars::JsonSchema)]
#[serde(untagged)]
pub(super) enum RoleValues {
    One(String),
    Many(Vec<String>),
}

impl RoleValues {
    pub(super) fn as_slice(&self) -> &[String] {
        match self {
            RoleValues::One(value) => std::slice::from_ref(value),
            RoleValues::Many(values) => values,
        }
    }
}
