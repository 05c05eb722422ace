//! A CSV transcript's header among its records: a first record → why it cannot be a
//! header (a quote never closed, longer than a row may be); the header and the mapping →
//! whether its metadata columns fit the mapping's `meta.KEY` fields; a row → whether it
//! is the header again (two exports joined with `cat`).

use std::path::Path;

use super::HeaderNames;
use crate::transcript::mapping::meta_field;
use crate::transcript::reader::JsonLook;
use crate::transcript::records::{Record, size};
use crate::transcript::{ColumnMapping, ReadError};

/// Whether `row`, a row of a CSV file whose header is `written` (names as written, BOM
/// left out), is a header again (two exports joined with `cat`): its `fields` (the
/// conversation id, role and text columns) hold those columns' names. `Some(true)` when
/// every column does (the same header), `Some(false)` when only those do (another
/// export's header, of other columns). Most rows differ in the id's first bytes: cheap.
///
/// Inlined into the row loop, where its first test ends it for most rows: left to the
/// compiler, whether it was depended on how the crate was split for code generation,
/// and a call cost a replay up to 1 % of its instructions (issue 7).
#[inline]
pub(in crate::transcript) fn header_again(
    row: &Record,
    written: &[String],
    fields: [usize; 3],
) -> Option<bool> {
    // Most rows: the id is not the id column's name by its length alone, without the
    // comparisons below. (A byte order mark before a row is left out by the reader.)
    let id = row.get(fields[0]).map_or(0, <[u8]>::len);
    let name = written.get(fields[0]).map_or(0, String::len);
    if id != name {
        return None;
    }
    same_names(row, written, fields)
}

/// [`header_again`] past its first test.
fn same_names(row: &Record, written: &[String], fields: [usize; 3]) -> Option<bool> {
    let named = |i: usize| {
        let field = row.get(i).unwrap_or_default();
        written.get(i).is_some_and(|name| name.as_bytes() == field)
    };
    if !fields.into_iter().all(named) {
        return None;
    }
    Some((0..written.len()).all(named))
}

/// The metadata columns of a CSV header (`meta`, indexes in `header`) fit `mapping`'s
/// `meta.KEY` fields: each column one is read from is in the header, and no column
/// named as such a field would be metadata of that name too (which would be meant
/// cannot be told).
pub(in crate::transcript) fn check_meta(
    path: &Path,
    line: u64,
    header: &HeaderNames,
    meta: &[usize],
    mapping: &ColumnMapping,
) -> Result<(), ReadError> {
    for (key, column) in &mapping.meta {
        if !header.names.contains(column) && !mapping.meta_joined.contains(column) {
            return Err(ReadError::MissingColumn {
                path: path.to_owned(),
                line,
                field: meta_field(key),
                column: mapping.as_written(column).to_owned(),
                found: header.written.clone(),
                looks: JsonLook::NotJson,
                jsonl: false,
                mapped: mapping
                    .mapped_at(&meta_field(key), &header.written)
                    .map(Box::new),
                other_delimiter: None,
                sep_line: None,
            });
        }
    }
    for &i in meta {
        if let Some(from) = mapping.shadowed_by(&header.names[i]) {
            return Err(ReadError::MetaShadowed {
                path: path.to_owned(),
                line,
                key: header.names[i].clone(),
                column: header.written[i].clone(),
                from: mapping.as_written(from).to_owned(),
            });
        }
    }
    Ok(())
}

/// Why `header` cannot be a header: a quote in it that nothing closes (its rows would
/// be read with a column cut short), or past the `limit` of one record.
pub(in crate::transcript) fn bad_header(header: &Record, limit: usize) -> Option<String> {
    if let Some(unclosed) = header.unclosed() {
        return Some(format!(
            "the header's column {} opens a quote that is never closed{}",
            header.len(),
            if unclosed.swallowed.is_none() {
                format!(" within {}, the limit for one row", size(limit))
            } else {
                String::new()
            }
        ));
    }
    header.too_long().then(|| {
        format!(
            "the header is longer than {}, the limit for one row: is this a CSV transcript?",
            size(limit)
        )
    })
}
