//! The fields a JSONL export offers, for `lint --columns-from`: its first objects read as
//! a replay reads them (the mapping checked, metadata fields renamed), their metadata
//! keys gathered. Reads no more than it is told to.

use std::io::BufRead;
use std::path::Path;

use super::row::duplicate_message;
use super::{JsonlSource, Line};
use crate::transcript::input::ChosenBy;
use crate::transcript::mapping::ColumnMapping;
use crate::transcript::reader::{ExportColumns, ReadError, ReadReport};
use crate::transcript::record::Row;
use crate::transcript::records::MAX_RECORD_BYTES;

/// Normalised keys of the first `limit` objects, mapped and ignored fields excluded, in
/// order of first appearance; `None` when no line is an object. The mapping is checked
/// as a replay checks it (a mapped or ignored field that no object has is an error),
/// and an object with two keys for one field is an error: a replay skips it, so its
/// fields cannot be counted on.
pub(in crate::transcript) fn metadata_fields(
    reader: Box<dyn BufRead + Send>,
    path: &Path,
    mapping: &ColumnMapping,
    limit: u64,
    chosen_by: ChosenBy,
    report: &mut ReadReport,
) -> Result<Option<ExportColumns>, ReadError> {
    let mut source = JsonlSource::new(reader, path, mapping, MAX_RECORD_BYTES, chosen_by);
    let mut fields: Vec<String> = Vec::new();
    while source.objects < limit {
        let row = match source.read_line(mapping, report)? {
            Line::End => break,
            Line::Skipped => continue,
            Line::Object(row) => row,
        };
        if let Some(name) = row.duplicate() {
            return Err(ReadError::DuplicateKey {
                path: path.to_owned(),
                line: source.line,
                message: duplicate_message(&source.text(), name),
            });
        }
        row.for_each_meta(&mut |name, _| {
            if !fields.iter().any(|f| **f == **name) {
                fields.push(name.to_string());
            }
        });
    }
    if source.objects == 0 {
        return Ok(None);
    }
    // At the limit, the file may have more objects, with keys not seen.
    let sampled = source.objects >= limit;
    source.finish(mapping, report)?;
    Ok(Some(ExportColumns {
        fields,
        sampled,
        timestamp: source.seen[3],
    }))
}
