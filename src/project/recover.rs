//! Parsing `.handoff.yaml` with every schema error in it, where serde stops at the first.
//!
//! Takes the file's text; gives what parsed of it ([`ProjectFile`]) and each YAML error.
//! A file that does not parse whole is parsed again key by key, as rule files are
//! (`rules::recover`): each top-level key alone, and each key of `input:` and `lint:`
//! alone when the section is a block mapping (read as a document of its own, where it is
//! written, so that lines, columns and byte offsets stay the file's). One bad key hides
//! nothing in the others, and what does parse is still checked (`ProjectFile::check`).
//! Not recovered, one error as before: a YAML syntax error or a breach of the parser's
//! limits (the first such), a top level that cannot be cut into keys, and a section
//! written as a flow mapping (`lint: { … }`): one error for that section.

use std::collections::HashSet;

use serde::de::DeserializeOwned;

use super::ProjectFile;
use crate::lint::config::LintSection;
use crate::rules::recover::{Whole, parse_whole};
use crate::transcript::mapping::MappingFile;
use crate::yaml::{self, Entry, YamlError};

/// Parses the project file's `text`: what parsed, and every error (none when it all did).
pub(super) fn parse(text: &str) -> (ProjectFile, Vec<YamlError>) {
    let (first, outline) = match parse_whole::<ProjectFile>(text) {
        Whole::Parsed(file) => return (file, Vec::new()),
        Whole::One(err) => return (ProjectFile::default(), vec![err]),
        Whole::Pieces(first, outline) => (first, outline),
    };
    let mut file = ProjectFile::default();
    let mut errors = Vec::new();
    let mut keys = HashSet::new();
    for entry in &outline.entries {
        if !keys.insert(entry.key.as_str()) {
            errors.push(entry.duplicate());
            continue;
        }
        let value = value_alone(text, entry);
        let section = value.as_deref().and_then(|v| Some((v, yaml::outline(v)?)));
        match (entry.key.as_str(), section) {
            ("input", Some((value, outline))) => {
                let input = file.input.get_or_insert_with(MappingFile::default);
                by_key(value, &outline.entries, &mut errors, |p| input.merge(p));
            }
            ("lint", Some((value, outline))) => {
                let lint = file.lint.get_or_insert_with(LintSection::default);
                by_key(value, &outline.entries, &mut errors, |p| lint.merge(p));
            }
            _ => match entry.piece.parse::<ProjectFile>(text) {
                Ok(part) => {
                    file.input = file.input.take().or(part.input);
                    file.lint = file.lint.take().or(part.lint);
                }
                Err(err) => errors.push(err),
            },
        }
    }
    // Pieces parsed alone can miss what only the whole shows; never lose the error.
    if errors.is_empty() {
        errors.push(first);
    }
    errors.sort_by_key(|e| e.start);
    (file, errors)
}

/// Parses each of a section's `entries` alone, as the section's type `T`.
fn by_key<T: DeserializeOwned>(
    text: &str,
    entries: &[Entry],
    errors: &mut Vec<YamlError>,
    mut merge: impl FnMut(T),
) {
    let mut keys = HashSet::new();
    for entry in entries {
        if !keys.insert(entry.key.as_str()) {
            errors.push(entry.duplicate());
            continue;
        }
        match entry.piece.parse::<T>(text) {
            Ok(part) => merge(part),
            Err(err) => errors.push(err),
        }
    }
}

/// `text` with all but the value of `entry` blanked, line breaks kept: the value alone as
/// a document, at the lines and byte offsets it is written at (and its columns, from its
/// second line, or after an ASCII key on its first). `None` when no `:` follows the key.
fn value_alone(text: &str, entry: &Entry) -> Option<String> {
    let after_key = entry.key_piece.end;
    let start = after_key + text.get(after_key..)?.find(':')? + 1;
    let end = entry.piece.end.max(start);
    let bytes = text
        .bytes()
        .enumerate()
        .map(|(i, b)| {
            if (start..end).contains(&i) || b == b'\n' {
                b
            } else {
                b' '
            }
        })
        .collect();
    // Whole characters are kept or blanked byte by byte: still UTF-8.
    String::from_utf8(bytes).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::yaml::YamlErrorKind;

    #[test]
    fn every_section_key_is_parsed_alone() {
        let text = "input:\n  colums: {}\n  roles: 3\n  columns: { text: body }\nlint:\n  alow: [L002]\n  deny_warnings: maybe\n  deny: [L001]\nextra: 1\n";
        let (file, errors) = parse(text);
        let found: Vec<(u32, u32)> = errors.iter().map(|e| (e.line, e.column)).collect();
        assert_eq!(
            found,
            [(2, 3), (3, 10), (6, 3), (7, 18), (9, 1)],
            "{errors:#?}"
        );
        assert!(file.input.is_some() && file.lint.is_some());
    }

    #[test]
    fn a_syntax_error_is_the_file_s_one_error() {
        let (_, errors) = parse("input:\n  colums: {}\nlint: [\n");
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].kind, YamlErrorKind::Syntax);
    }
}
