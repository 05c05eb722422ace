//! Parsing one rule-test file: its text → the cases that parse, the known keys of those
//! that do not, and every schema error in it (every unknown key of a case among them).
//! Checks no name against the rules; see `load.rs`.

use crate::rules::recover::keys::{keys_of, missing_at_top};
use crate::rules::recover::{Whole, parse_whole};
use crate::yaml::{self, Shape, Spanned, fields_of, required_of};

use super::schema::{
    LooseExpect, LooseMessages, RawCase, RawCaseLoose, RawExpect, RawMessage, RawTestFile,
    RawTestFileEntry,
};

/// What a rule-test file's text gave.
#[derive(Default)]
pub(super) struct Parsed {
    /// What parsed; `None` when nothing could be read.
    pub(super) file: Option<RawTestFile>,
    /// Cases with a schema error, read again for what their known keys say.
    pub(super) loose: Vec<RawCaseLoose>,
    pub(super) errors: Vec<yaml::YamlError>,
}

/// Parses a rule-test file, with every schema error in it: as rule files are read
/// (`rules::recover`), one case with an unknown key hides neither the next case's
/// errors nor what the rest of its own keys say. A syntax error is the file's one error.
pub(super) fn parse(text: &str) -> Parsed {
    let (first, outline) = match parse_whole::<RawTestFile>(text) {
        Whole::Parsed(file) => {
            return Parsed {
                file: Some(file),
                ..Parsed::default()
            };
        }
        Whole::One(err) => {
            return Parsed {
                errors: vec![err],
                ..Parsed::default()
            };
        }
        Whole::Pieces(first, outline) => (first, outline),
    };
    let mut parsed = Parsed::default();
    let mut version = None;
    let mut tests = Vec::new();
    let mut keys = std::collections::HashSet::new();
    for entry in &outline.entries {
        if !keys.insert(entry.key.as_str()) {
            parsed.errors.push(entry.duplicate());
            continue;
        }
        match (entry.key.as_str(), &entry.items) {
            ("tests", Some(items)) => {
                for item in items {
                    match item.piece.parse::<RawCase>(text) {
                        Ok(case) => tests.push(case),
                        Err(err) => {
                            // serde stops at the first; every unknown key of the case is
                            // reported, as each is a mistake of its own.
                            let (mut errors, expect_misspelt) = unknown_keys(item, text);
                            if !errors
                                .iter()
                                .any(|e| (e.line, e.column) == (err.line, err.column))
                            {
                                errors.push(err);
                            }
                            parsed.errors.extend(errors);
                            let messages = item.piece.parse::<LooseMessages>(text).ok();
                            let expect = item.piece.parse::<LooseExpect>(text).ok();
                            // What the `expect`'s known keys say is checked; that they say
                            // nothing is no mistake when one was misspelt.
                            let expect = expect
                                .filter(|e| !expect_misspelt || e.expect.value.says_something());
                            let name = messages
                                .as_ref()
                                .map(|m| m.name.clone())
                                .or_else(|| expect.as_ref().map(|e| e.name.clone()));
                            if let Some(name) = name {
                                parsed.loose.push(RawCaseLoose {
                                    name,
                                    messages: messages.map(|m| m.messages),
                                    expect: expect.map(|e| Spanned {
                                        value: e.expect.value.into(),
                                        referenced: e.expect.referenced,
                                    }),
                                });
                            }
                        }
                    }
                }
            }
            _ => match entry.piece.parse::<RawTestFileEntry>(text) {
                Ok(part) => {
                    version = version.or(part.version);
                    tests.extend(part.tests.unwrap_or_default());
                }
                Err(err) => parsed.errors.push(err),
            },
        }
    }
    // A misspelt `versio:` and the `version` it leaves missing are one mistake.
    let (fields, required) = (fields_of::<RawTestFile>(), required_of::<RawTestFile>());
    missing_at_top(&outline, fields, required, &mut parsed.errors);
    // Pieces parsed alone can miss what only the whole shows; never lose the error.
    if parsed.errors.is_empty() {
        return Parsed {
            errors: vec![first],
            ..Parsed::default()
        };
    }
    parsed.file = Some(RawTestFile {
        // A version that is missing or not a number has been reported: the cases are
        // checked as version 1.
        version: version.unwrap_or(Spanned {
            value: yaml::Version(1),
            referenced: yaml::Location::default(),
        }),
        tests,
    });
    parsed
}

/// Every key of a case (`item`) that is not one, in the case, its `expect` and its
/// messages, each at its place; and whether its `expect` had one.
fn unknown_keys(item: &yaml::Item, text: &str) -> (Vec<yaml::YamlError>, bool) {
    let Ok(case) = item.piece.parse::<Shape>(text) else {
        return (Vec::new(), false);
    };
    let mut errors = keys_of::<RawCase>(&case);
    let in_expect = case
        .get("expect")
        .map(|e| e.unknown_keys(fields_of::<RawExpect>()))
        .unwrap_or_default();
    let expect_misspelt = !in_expect.is_empty();
    errors.extend(in_expect);
    for message in case.get("messages").map_or(&[][..], Shape::items) {
        errors.extend(message.unknown_keys(fields_of::<RawMessage>()));
    }
    (errors, expect_misspelt)
}
