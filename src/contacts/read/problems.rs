//! A contacts file's problems, worded: the warnings for rows it leaves out (a key on
//! several rows, D010; rows without a key, D012) and the errors that stop reading it
//! (a read error, a row that is not UTF-8, two columns one field). Reads nothing.

use std::fmt::Write as _;
use std::path::Path;
use std::sync::Arc;

use super::super::{Contacts, ContactsError};
use crate::diag::{Diagnostic, Location};
use crate::transcript::mapping::ColumnMapping;
use crate::transcript::{TextError, gzip_data_words};

/// D012: `rows` contact rows have an empty key, the first on `line`.
pub(super) fn without_key_warning(contacts: &Contacts, line: u64, rows: u64) -> Diagnostic {
    let one = rows == 1;
    Diagnostic::warning(
        "D012",
        format!(
            "{} {} no `{}` to join on and {} left out{}",
            crate::text::count(rows, "contact row"),
            if one { "has" } else { "have" },
            contacts.key,
            if one { "is" } else { "are" },
            if one { "" } else { "; the first is here" },
        ),
    )
    .at(Location::line(
        &contacts.path,
        u32::try_from(line).unwrap_or(u32::MAX),
    ))
    .help("a contact without a key can join no conversation, so no message is lost; to use such contacts, join on a column every contact has (--join-on FIELD=COLUMN)")
}

/// Why reading a contacts file stopped: a read error, or a row that is not UTF-8 (the
/// other errors of [`crate::transcript::RecordReader::read_text`] cost their row, and are not passed here).
pub(super) fn read_error(path: &Path, e: TextError) -> ContactsError {
    let (line, source) = match e {
        TextError::Io { line, source } => return io_error(path, line, source),
        TextError::NotUtf8 { line } => (
            line,
            std::io::Error::new(
                std::io::ErrorKind::InvalidData,
                "the row is not valid UTF-8: save the contacts file as UTF-8",
            ),
        ),
        TextError::Unclosed { line, .. } | TextError::TooLong { line, .. } => (
            line,
            std::io::Error::new(std::io::ErrorKind::InvalidData, "the row cannot be read"),
        ),
    };
    ContactsError::Read {
        path: path.to_owned(),
        line,
        source,
    }
}

/// [`ContactsError::Read`] of `path` at `line`, or [`ContactsError::Gzip`] when
/// `source` is an error of gzip data (0, before the first line, is named as 1 for a read
/// error).
pub(super) fn io_error(path: &Path, line: u64, source: std::io::Error) -> ContactsError {
    match gzip_data_words(&source) {
        Some(words) => ContactsError::Gzip {
            path: path.to_owned(),
            line,
            words,
        },
        None => ContactsError::Read {
            path: path.to_owned(),
            line: line.max(1),
            source,
        },
    }
}

/// Two columns of the contacts file that the mapping makes one field: one named as a
/// `meta.KEY` field, another the column KEY is read from (`plan` and `customer_tier`
/// under `meta.plan=customer_tier`). Which holds the contact's value cannot be told.
pub(super) fn renamed_twice(
    named: &[usize],
    fields: &[Arc<str>],
    header: &[Arc<str>],
    mapping: &ColumnMapping,
) -> Option<String> {
    let (a, b) = (0..fields.len())
        .flat_map(|a| (a + 1..fields.len()).map(move |b| (a, b)))
        .find(|&(a, b)| fields[a] == fields[b])?;
    let (own, from) = if *header[named[a]] == *fields[a] {
        (named[a], named[b])
    } else {
        (named[b], named[a])
    };
    Some(format!(
        "column `{}` would be contact field `{}`, which `meta.{}` reads from column `{}`: which of the two is meant cannot be told\n  hint: leave one of them out of the contacts file, or read `meta.{}` from another column",
        header[own],
        fields[a],
        fields[a],
        mapping.as_written(&header[from]),
        fields[a],
    ))
}

/// Lines a D010 lists at most; the rest are counted.
const LISTED_LINES: usize = 10;

/// `D010` for the contact key `id` on the rows at `lines` (two or more, in file order):
/// once a key, at its first row, with how many rows in all and their lines (the
/// message lists them, so no note repeats the first).
pub(super) fn repeated_key_warning(path: &Path, id: &str, lines: &[u64]) -> Diagnostic {
    let at = |line: u64| Location::line(path, u32::try_from(line).unwrap_or(u32::MAX));
    let mut listed = lines
        .iter()
        .take(LISTED_LINES)
        .map(u64::to_string)
        .collect::<Vec<_>>()
        .join(", ");
    if lines.len() > LISTED_LINES {
        let _ = write!(listed, " and {} more", lines.len() - LISTED_LINES);
    }
    Diagnostic::warning(
        "D010",
        format!(
            "contact key `{id}` is on {} rows (lines {listed}): conversations with it get no contact record",
            lines.len()
        ),
    )
    .at(at(lines[0]))
    .help("deduplicate the export, or join on a column that is unique")
    .quoting(id)
}
