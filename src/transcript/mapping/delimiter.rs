//! `delimiter:` (mapping file, `.handoff.yaml`'s `input:`, `--map delimiter=...`): takes
//! its value; gives the mapping the byte between a CSV export's fields, or an error that
//! names what it takes. Without it each file's delimiter is found from its header line.

use super::{ColumnMapping, MappingError};
use crate::text::shown;

/// The delimiters a CSV export may use, each with the names it may be given by: the
/// character itself, or a word, for the tab and for a shell that would read `;` or `|`.
const DELIMITERS: [(u8, &[&str]); 4] = [
    (b',', &[",", "comma"]),
    (b';', &[";", "semicolon"]),
    (b'\t', &["\t", "\\t", "tab"]),
    (b'|', &["|", "pipe"]),
];

impl ColumnMapping {
    /// CSV fields are separated by `value`: `,`, `;`, a tab or `|`, written as the
    /// character or its name (`comma`, `semicolon`, `tab`, `pipe`).
    pub fn set_delimiter(&mut self, value: &str) -> Result<(), MappingError> {
        let name = if value.trim().is_empty() {
            value
        } else {
            value.trim()
        };
        let byte = DELIMITERS
            .iter()
            .find(|(_, names)| names.iter().any(|n| n.eq_ignore_ascii_case(name)))
            .map(|&(byte, _)| byte)
            .ok_or_else(|| {
                MappingError::Invalid(format!(
                    "`delimiter`: `{}` is not a delimiter handoff reads; expected `,`, `;`, `tab` or `|` (or `comma`, `semicolon`, `pipe`)",
                    shown(value)
                ))
            })?;
        self.delimiter = Some(byte);
        self.delimiter_written = Some(name.to_owned());
        Ok(())
    }
}

/// The delimiter `byte` as the user wrote it (`written`: `;`, `semicolon`), for a
/// message about it: their words, but for a tab or another blank, said `tab`.
pub(crate) fn delimiter_as_written(byte: u8, written: Option<&str>) -> String {
    match written {
        Some(w) if !w.is_empty() && !w.contains(char::is_whitespace) => shown(w).into_owned(),
        _ => delimiter_word(byte).to_owned(),
    }
}

/// The name of a delimiter as messages write it: `;` or `tab`.
pub(crate) fn delimiter_name(byte: u8) -> &'static str {
    match byte {
        b'\t' => "tab",
        b';' => ";",
        b'|' => "|",
        _ => ",",
    }
}

/// The word for a delimiter that `delimiter:` and `--map delimiter=` take and no shell
/// reads: `semicolon`, `tab`, `pipe`, `comma`.
pub(crate) fn delimiter_word(byte: u8) -> &'static str {
    DELIMITERS
        .iter()
        .find(|(b, _)| *b == byte)
        .and_then(|(_, names)| names.last())
        .copied()
        .unwrap_or("comma")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_delimiter_is_its_character_or_its_name() {
        for (value, byte) in [
            (",", b','),
            (";", b';'),
            (" ; ", b';'),
            ("semicolon", b';'),
            ("Semicolon", b';'),
            ("\t", b'\t'),
            ("\\t", b'\t'),
            ("tab", b'\t'),
            ("TAB", b'\t'),
            ("|", b'|'),
            ("pipe", b'|'),
            ("comma", b','),
        ] {
            let mut mapping = ColumnMapping::default();
            mapping.set_delimiter(value).unwrap();
            assert_eq!(mapping.delimiter, Some(byte), "{value:?}");
        }
    }

    #[test]
    fn anything_else_is_refused_with_what_it_takes() {
        for value in ["", ":", ";;", "space", " ", "x"] {
            let mut mapping = ColumnMapping::default();
            let err = mapping.set_delimiter(value).unwrap_err().to_string();
            assert!(
                err.starts_with("`delimiter`: `")
                    && err.ends_with(
                        "expected `,`, `;`, `tab` or `|` (or `comma`, `semicolon`, `pipe`)"
                    ),
                "{value:?}: {err}"
            );
            assert_eq!(mapping.delimiter, None);
        }
    }

    #[test]
    fn names_are_as_messages_write_them() {
        assert_eq!(
            [b',', b';', b'\t', b'|'].map(delimiter_name),
            [",", ";", "tab", "|"]
        );
        assert_eq!(
            [b',', b';', b'\t', b'|'].map(delimiter_word),
            ["comma", "semicolon", "tab", "pipe"]
        );
    }
}
