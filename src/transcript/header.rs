//! Header names: a header as read → the first two columns that read as one name after
//! normalisation, the columns without a name, and the words saying so, shared by the
//! readers of transcripts, contacts and labels files; and, for a CSV transcript, why a
//! first record cannot be its header, and whether it or the rows after it are JSON.

use std::io::BufRead;
use std::path::Path;

use super::reader::{JsonLook, outcomes_keys, packet_keys, report_keys};
use super::records::{Record, RecordReader, size};
use crate::diag::{Diagnostic, Location};
use crate::text::shown;

/// The first pair of columns with the same non-empty name, by index (unnamed columns,
/// such as trailing empty ones, are no metadata and may repeat, as may `ignored` ones).
pub(super) fn duplicate(names: &[String], ignored: &[String]) -> Option<(usize, usize)> {
    let mut seen: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for (i, name) in names.iter().enumerate() {
        if name.is_empty() || ignored.contains(name) {
            continue;
        }
        if let Some(&first) = seen.get(name.as_str()) {
            return Some((first, i));
        }
        seen.insert(name, i);
    }
    None
}

/// Says that the header's columns `first` and `second` (position from 1, name as
/// written) both read as `name`, with what to do: the same words for transcripts,
/// contacts and labels.
pub(super) fn duplicate_column_message(
    name: &str,
    first: (usize, &str),
    second: (usize, &str),
) -> String {
    column_pair_message(name, first, second, first.1 == second.1)
}

/// [`duplicate_column_message`], told whether the two are written alike (`same`): under
/// `--redact` two cells that differ may mask alike.
pub(super) fn column_pair_message(
    name: &str,
    first: (usize, &str),
    second: (usize, &str),
    same: bool,
) -> String {
    let what = if same {
        format!(
            "the header has column `{}` twice (columns {} and {})",
            shown(first.1),
            first.0,
            second.0
        )
    } else {
        format!(
            "columns {} `{}` and {} `{}` of the header both read as `{}` (names are compared in lower case, other characters as `_`)",
            first.0,
            shown(first.1),
            second.0,
            shown(second.1),
            shown(name)
        )
    };
    format!(
        "{what}\n  hint: rename or remove one of them: which of the two is meant cannot be told"
    )
}

/// A header's columns by name, as written (a leading byte order mark left out) and
/// normalised ([`super::normalize_field`]): each name normalised once per file, for
/// every check and lookup that follows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct HeaderNames {
    pub(crate) written: Vec<String>,
    pub(crate) names: Vec<String>,
}

impl HeaderNames {
    /// The names of `header`, its columns as read.
    pub(crate) fn new<S: AsRef<str>>(header: impl IntoIterator<Item = S>) -> Self {
        let written: Vec<String> = header
            .into_iter()
            .map(|h| h.as_ref().trim_start_matches('\u{feff}').to_owned())
            .collect();
        let names = written.iter().map(|h| super::normalize_field(h)).collect();
        HeaderNames { written, names }
    }

    /// The first pair of columns with the same non-empty name, by index (`ignored` ones
    /// may repeat: see [`duplicate`]).
    pub(crate) fn duplicate(&self, ignored: &[String]) -> Option<(usize, usize)> {
        duplicate(&self.names, ignored)
    }

    /// The first two columns that normalise alike, said as [`duplicate_column_message`]
    /// says it; `None` when every name is distinct. Empty names are not compared.
    pub(crate) fn duplicate_message(&self) -> Option<String> {
        let (a, b) = self.duplicate(&[])?;
        Some(duplicate_column_message(
            &self.names[a],
            (a + 1, &self.written[a]),
            (b + 1, &self.written[b]),
        ))
    }

    /// The columns whose name is empty once normalised (empty, `#`): position from 1
    /// and name as written.
    pub(crate) fn unnamed(&self) -> Vec<(usize, String)> {
        self.names
            .iter()
            .zip(&self.written)
            .enumerate()
            .filter(|(_, (name, _))| name.is_empty())
            .map(|(i, (_, written))| (i + 1, written.clone()))
            .collect()
    }
}

/// D013: the header on `line` of `path` has `columns` without a name
/// ([`HeaderNames::unnamed`]), whose values are not read, which would otherwise be `what`
/// (`metadata`, `contact fields`).
/// One warning for all of them, as a header is one row.
pub(crate) fn unnamed_warning(
    path: &Path,
    line: u64,
    columns: &[(usize, String)],
    what: &str,
) -> Diagnostic {
    let listed: Vec<String> = columns
        .iter()
        .map(|(i, written)| {
            if written.trim().is_empty() {
                format!("{i}")
            } else {
                format!("{i} `{written}`")
            }
        })
        .collect();
    let (which, have, their) = match listed.as_slice() {
        [one] => (format!("column {one}"), "has", "its values are"),
        [rest @ .., last] => (
            format!("columns {} and {last}", rest.join(", ")),
            "have",
            "their values are",
        ),
        [] => (String::new(), "has", "its values are"),
    };
    let mut diagnostic = Diagnostic::warning(
        "D013",
        format!(
            "{which} of the header {have} no name (no letter or digit): {their} not read, as {what} or otherwise"
        ),
    )
    .at(Location::line(path, u32::try_from(line).unwrap_or(u32::MAX)))
    .help("name the column in the export to read it; if it is empty on every row (a trailing comma in each line), nothing is lost");
    for (_, written) in columns.iter().filter(|(_, w)| !w.trim().is_empty()) {
        diagnostic = diagnostic.quoting(written);
    }
    diagnostic
}

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
pub(super) fn header_again(
    row: &super::records::Record,
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
fn same_names(
    row: &super::records::Record,
    written: &[String],
    fields: [usize; 3],
) -> Option<bool> {
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
pub(super) fn check_meta(
    path: &Path,
    line: u64,
    header: &HeaderNames,
    meta: &[usize],
    mapping: &super::ColumnMapping,
) -> Result<(), super::ReadError> {
    for (key, column) in &mapping.meta {
        if !header.names.contains(column) && !mapping.meta_joined.contains(column) {
            return Err(super::ReadError::MissingColumn {
                path: path.to_owned(),
                line,
                field: super::mapping::meta_field(key),
                column: mapping.as_written(column).to_owned(),
                found: header.written.clone(),
                looks: JsonLook::NotJson,
                jsonl: false,
                mapped: mapping
                    .mapped_at(&super::mapping::meta_field(key), &header.written)
                    .map(Box::new),
                other_delimiter: None,
                sep_line: None,
            });
        }
    }
    for &i in meta {
        if let Some(from) = mapping.shadowed_by(&header.names[i]) {
            return Err(super::ReadError::MetaShadowed {
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

/// How many records, the header included, are looked at for JSON when a column is
/// missing: a title or comment line above a JSON file read as CSV is its "header".
const JSON_HINT_RECORDS: usize = 5;

/// How many records, the header included, are read at most for the keys of JSON read
/// as CSV, once one starts like it: re-indented (`replay -f json | jq .`), an outcome
/// has a key a line, its triggers and their evidence before its `bridge_message`. Only
/// on the way to an error.
const JSON_KEY_RECORDS: usize = 400;

/// Whether the first field of `record` starts like JSON (`{`, `[`).
pub(super) fn starts_like_json(record: &Record) -> bool {
    record.get(0).is_some_and(|first| {
        let first = first.trim_ascii_start();
        first.starts_with(b"{") || first.starts_with(b"[")
    })
}

/// Whether `header` or one of the records after it (up to [`JSON_HINT_RECORDS`] in all)
/// starts like JSON (`{`, `[`): a JSON file read as CSV; and whether the keys its
/// objects seem to have, as far as the records after it show them (up to
/// [`JSON_KEY_RECORDS`]: an object a line, as `replay -f json` writes it, shows them
/// at once, re-indented a key a line), are those of handoff's own output. Only on the
/// way to an error.
pub(super) fn json_ahead<R: BufRead>(header: &Record, reader: &mut RecordReader<R>) -> JsonLook {
    let mut keys = Vec::new();
    let mut seen = starts_like_json(header);
    if seen {
        json_keys(header, &mut keys);
    }
    let mut record = Record::default();
    let mut read = 1;
    while read
        < if seen {
            JSON_KEY_RECORDS
        } else {
            JSON_HINT_RECORDS
        }
    {
        if seen && (outcomes_keys(&keys) || packet_keys(&keys)) {
            break;
        }
        read += 1;
        match reader.read(&mut record) {
            Ok(true) if starts_like_json(&record) => {
                seen = true;
                json_keys(&record, &mut keys);
            }
            Ok(true) if seen => json_keys(&record, &mut keys),
            Ok(true) => {}
            _ => break,
        }
    }
    if !seen {
        JsonLook::NotJson
    } else if packet_keys(&keys) {
        JsonLook::Packet
    } else if outcomes_keys(&keys) {
        JsonLook::Outcomes
    } else if let Some(command) = report_keys(&keys) {
        JsonLook::Report(command)
    } else {
        JsonLook::Json
    }
}

/// Adds to `keys` the keys a line of JSON read as CSV fields seems to have: each field
/// that starts with a name before a `:` (`{"escalated":true` → `escalated`), its quotes
/// and braces left out. A guess, for a hint only.
fn json_keys(record: &Record, keys: &mut Vec<String>) {
    for i in 0..record.len() {
        let Some(field) = record.get(i) else { continue };
        let field = String::from_utf8_lossy(field);
        let Some((name, _)) = field.split_once(':') else {
            continue;
        };
        let name = name.trim_matches(|c: char| c.is_whitespace() || matches!(c, '{' | '[' | '"'));
        if !name.is_empty()
            && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
            && !keys.iter().any(|k| k == name)
        {
            keys.push(name.to_owned());
        }
    }
}

/// Why `header` cannot be a header: a quote in it that nothing closes (its rows would
/// be read with a column cut short), or past the `limit` of one record.
pub(super) fn bad_header(header: &Record, limit: usize) -> Option<String> {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn duplicate_names_are_found_and_empty_ones_are_not() {
        let names = |n: &[&str]| n.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
        assert_eq!(duplicate(&names(&["a", "b", "", ""]), &[]), None);
        assert_eq!(
            duplicate(&names(&["a", "b", "c", "b", "a"]), &[]),
            Some((1, 3))
        );
        assert_eq!(
            duplicate(&names(&["a", "b", "c", "b", "a"]), &names(&["b"])),
            Some((0, 4))
        );
    }

    /// `conversation_id,,text` dropped its second column without a word.
    #[test]
    fn unnamed_columns_are_found_and_said_by_position() {
        let header = HeaderNames::new(["\u{feff}conversation_id", "", "text", " # ", "tier"]);
        assert_eq!(
            header.unnamed(),
            [(2, String::new()), (4, " # ".to_owned())]
        );
        assert_eq!(header.names, ["conversation_id", "", "text", "", "tier"]);
        assert_eq!(header.written[0], "conversation_id");
        assert!(HeaderNames::new(["\u{feff}a", "b"]).unnamed().is_empty());
        let one = unnamed_warning(Path::new("t.csv"), 1, &[(2, String::new())], "metadata");
        assert_eq!(
            one.to_string(),
            "t.csv:1: warning[D013]: column 2 of the header has no name (no letter or digit): its values are not read, as metadata or otherwise"
        );
        let two = unnamed_warning(
            Path::new("t.csv"),
            3,
            &[(2, String::new()), (4, "#".to_owned()), (7, String::new())],
            "metadata",
        );
        assert_eq!(
            two.to_string(),
            "t.csv:3: warning[D013]: columns 2, 4 `#` and 7 of the header have no name (no letter or digit): their values are not read, as metadata or otherwise"
        );
    }
}
