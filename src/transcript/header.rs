//! Header names: a header as read → the first two columns that read as one name after
//! normalisation, and the words saying so, shared by the readers of transcripts, contacts
//! and labels files.

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
    let what = if first.1 == second.1 {
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

/// The first two columns of a header (names as read) that normalise alike, said as
/// [`duplicate_column_message`] says it; `None` when every name is distinct. Empty
/// names are not compared.
pub(crate) fn duplicate_header<S: AsRef<str>>(header: &[S]) -> Option<String> {
    let written: Vec<&str> = header
        .iter()
        .map(|h| h.as_ref().trim_start_matches('\u{feff}'))
        .collect();
    let names: Vec<String> = written.iter().map(|h| super::normalize_field(h)).collect();
    let (a, b) = duplicate(&names, &[])?;
    Some(duplicate_column_message(
        &names[a],
        (a + 1, written[a]),
        (b + 1, written[b]),
    ))
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
}
