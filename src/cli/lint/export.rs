//! `handoff lint --columns-from`: a transcript export → the metadata fields (and
//! contacts' columns) its rules can read, for the `C` checks; read as a replay reads
//! transcripts, with the same mapping and input flags. Lints nothing itself.

use std::path::Path;

use anyhow::Context as _;

use super::super::input::InputArgs;
use crate::lint::ExportFields;
use crate::project::ProjectFile;
use crate::transcript::{EXPORT_FIELDS_OBJECTS, ReadReport, expand_inputs_noting, export_fields};

/// The export's metadata fields (and contacts' columns, if joined), and what reading it
/// found. `path` is read as the other commands read transcripts: `-` is stdin, and a
/// directory is all its transcript files, whose fields are the union of theirs (a field
/// one of them has is one a replay of the directory can read).
pub(super) fn read_export(
    path: &Path,
    input: &InputArgs,
    project: Option<(&ProjectFile, &Path)>,
) -> anyhow::Result<(ExportFields, ReadReport)> {
    let (mapping, contacts) = input.joined(&input.mapping_from(project)?)?;
    let mut read = ReadReport::default();
    let inputs = expand_inputs_noting(std::slice::from_ref(&path.to_owned()), &mut read)
        .with_context(|| format!("reading columns from {}", path.display()))?;
    let (mut fields, mut sampled, mut timestamp) = (Vec::<String>::new(), false, false);
    for one in &inputs {
        let found = export_fields(one, &mapping, input.format(), &mut read)
            .with_context(|| format!("reading columns from {}", one.display_path().display()))?;
        sampled |= found.sampled;
        // As for fields: a time one file has is one a replay of the directory can read.
        timestamp |= found.timestamp;
        for field in found.fields {
            if !fields.contains(&field) {
                fields.push(field);
            }
        }
    }
    // What the findings are about: a later object of a JSONL file may have a key the
    // first ones lack.
    let read_from = match inputs.as_slice() {
        [one] => one.display_path().display().to_string(),
        many => format!("the {} transcript files in {}", many.len(), path.display()),
    };
    let mut source = if sampled {
        format!("the first {EXPORT_FIELDS_OBJECTS} objects of {read_from}")
    } else {
        read_from
    };
    // Joined contacts add their columns to what rules can read.
    if let Some(contacts) = contacts {
        for field in contacts.fields() {
            if !fields.iter().any(|f| f == field) {
                fields.push(field.to_owned());
            }
        }
        source = format!("{source} with {}", contacts.path().display());
    }
    Ok((
        ExportFields {
            source,
            fields,
            timestamp,
        },
        read,
    ))
}
