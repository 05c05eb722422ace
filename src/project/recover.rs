//! Parsing `.handoff.yaml` with every schema error in it, where serde stops at the first.
//!
//! Takes the file's text; gives what parsed of it ([`ProjectFile`]) and each YAML error.
//! A file that does not parse whole is parsed again key by key, as rule files are
//! (`rules::recover`): each top-level key alone, and each key of `input:` and `lint:`
//! alone when the section is a mapping, block or flow (`lint: { deny: [R001], bogus: 1
//! }`): its unknown keys and keys written twice from its shape, each known key's wrong
//! value read alone ([`crate::yaml::Piece::parse_key`]). One bad key hides nothing in the
//! others, and what does parse is still checked (`ProjectFile::check`). Not recovered,
//! one error as before: a YAML syntax error or a breach of the parser's limits (the first
//! such), and a top level that cannot be cut into keys.

use std::collections::HashSet;

use serde::de::DeserializeOwned;

use super::ProjectFile;
use crate::lint::config::LintSection;
use crate::rules::recover::keys::add_new;
use crate::rules::recover::{Whole, parse_whole};
use crate::transcript::mapping::{MappingFile, read_key};
use crate::yaml::{Shape, Step, YamlError, fields_of};

/// Parses the project file's `text`: what parsed, and every error (none when it all did).
pub(super) fn parse(text: &str) -> (ProjectFile, Vec<YamlError>) {
    let (first, outline) = match parse_whole::<Document>(text) {
        Whole::Parsed(Document(file)) => return (file.unwrap_or_default(), Vec::new()),
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
        let shape = entry.piece.shape(text).ok();
        let section = shape
            .as_ref()
            .and_then(|s| s.get(&entry.key))
            .filter(|s| matches!(s, Shape::Map(..)));
        match (entry.key.as_str(), section) {
            ("input", Some(section)) => {
                let input = file.input.get_or_insert_with(MappingFile::default);
                // `columns:` and `roles:` entry by entry, as in a mapping file.
                let read = |key: &str, found: &mut Vec<YamlError>| {
                    read_key(text, &entry.piece, &[Step::Key("input")], key, found)
                };
                by_key::<MappingFile>(section, &mut errors, read, |p| {
                    input.merge(p);
                });
            }
            ("lint", Some(section)) => {
                let lint = file.lint.get_or_insert_with(LintSection::default);
                let read = |key: &str, found: &mut Vec<YamlError>| match entry.piece.parse_key(
                    text,
                    &[Step::Key("lint")],
                    key,
                ) {
                    Ok(part) => part,
                    Err(err) => {
                        add_new(found, err);
                        None
                    }
                };
                by_key::<LintSection>(section, &mut errors, read, |p| {
                    lint.merge(p);
                });
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

/// A whole project file: a mapping (or nothing at all), or an error that says so.
struct Document(Option<ProjectFile>);

impl<'de> serde::Deserialize<'de> for Document {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::yaml::expect::section(
            d,
            "a mapping of `input` and `lint` (`lint: { allow: [L002] }`)",
        )
        .map(Document)
    }
}

/// A section, a mapping read as `section`, key by key as the section's type
/// `T` (`read` reads one key alone, adding its errors): each unknown key and key written
/// twice is an error, and so is each known key's wrong value; what the others give is
/// merged.
fn by_key<T: DeserializeOwned>(
    section: &Shape,
    errors: &mut Vec<YamlError>,
    read: impl Fn(&str, &mut Vec<YamlError>) -> Option<T>,
    mut merge: impl FnMut(T),
) {
    let fields = fields_of::<T>();
    let mut found = section.unknown_keys(fields);
    found.extend(section.duplicate_keys());
    let mut seen = HashSet::new();
    for (key, _) in section.entries() {
        let key = key.value.as_str();
        if !fields.contains(&key) || !seen.insert(key) {
            continue;
        }
        let mut wrong = Vec::new();
        if let Some(part) = read(key, &mut wrong) {
            merge(part);
        }
        for e in wrong {
            add_new(&mut found, e);
        }
    }
    errors.extend(found);
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

    /// Regression: a section written as a flow mapping (`lint: { … }`) gave its first
    /// mistake only, where block style gives each; each is reported, as in block style,
    /// and what its good keys say is kept.
    #[test]
    fn a_flow_section_gives_every_mistake_as_a_block_one_does() {
        let block = "lint:\n  deny: [Z999]\n  bogus: 1\n  deny_warnings: maybe\n  other: x\n  deny: [L001]\n";
        let flow = "lint: {deny: [Z999], bogus: 1, deny_warnings: maybe, other: x, deny: [L001]}\n";
        let found = |text| {
            let (file, errors) = parse(text);
            let found: Vec<_> = errors.iter().map(|e| (e.kind, e.message.clone())).collect();
            (found, file.lint.map(|l| l.mistakes().len()))
        };
        let (in_flow, lint) = found(flow);
        let kinds: Vec<_> = in_flow.iter().map(|(k, _)| *k).collect();
        assert_eq!(
            kinds,
            [
                YamlErrorKind::UnknownField,
                YamlErrorKind::WrongType,
                YamlErrorKind::UnknownField,
                YamlErrorKind::DuplicateKey,
            ],
            "{in_flow:#?}"
        );
        assert_eq!((in_flow, lint), found(block));
        // What `deny:` says was read: the check code that does not exist.
        assert_eq!(lint, Some(1));
    }

    #[test]
    fn a_syntax_error_is_the_file_s_one_error() {
        let (_, errors) = parse("input:\n  colums: {}\nlint: [\n");
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].kind, YamlErrorKind::Syntax);
    }
}
