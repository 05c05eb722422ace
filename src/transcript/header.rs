//! Header names: a header as read → the first two columns that read as one name after
//! normalisation, the columns without a name, and the words saying so, shared by the
//! readers of transcripts, contacts and labels files. For a CSV transcript, why a first
//! record cannot be its header, whether its metadata columns fit the mapping and
//! whether a row is the header again are told in `header/csv.rs`; whether it or the
//! rows after it are JSON, in `header/json.rs`.

use std::path::Path;

use crate::diag::{Diagnostic, Location};
use crate::text::shown;

mod csv;
mod json;

pub(super) use csv::{bad_header, check_meta, header_again};
pub(super) use json::{json_ahead, starts_like_json};

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
