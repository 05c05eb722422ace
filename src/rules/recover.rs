//! Parsing one rule file: its text → a [`RawRuleFile`] and every schema error in it.
//!
//! serde stops at the first error. When a file has one, it is parsed again piece by piece
//! ([`yaml::outline`]): each top-level entry on its own, and each item of `signals`,
//! `triggers`, `routes`, `teams` and `templates` on its own, so that one bad item hides
//! nothing after it and the items that do parse are still validated. The ids of items
//! that did not parse are kept ([`Unparsed`]), so that references to them are not
//! reported as unknown as well. A file that parses whole costs one parse, as before.
//!
//! Not recovered, one error for the file as before: a YAML syntax error or a breach of the
//! parser's limits anywhere in it (the first such), and a document that cannot be cut
//! into pieces — a top level that is not a block mapping, or an alias to an anchor in
//! another item.

use std::collections::HashSet;

use serde::de::{DeserializeOwned, IgnoredAny};

use crate::yaml::{self, Item, Location, Spanned, Version, YamlError, YamlErrorKind};

use super::schema::{RawRuleFile, RawRuleFileEntry};

/// Ids of definitions that did not parse, by kind.
#[derive(Debug, Default)]
pub struct Unparsed {
    pub signals: HashSet<String>,
    pub triggers: HashSet<String>,
    pub teams: HashSet<String>,
    pub templates: HashSet<String>,
}

impl Unparsed {
    pub(crate) fn extend(&mut self, other: Unparsed) {
        self.signals.extend(other.signals);
        self.triggers.extend(other.triggers);
        self.teams.extend(other.teams);
        self.templates.extend(other.templates);
    }
}

/// What a rule file's text gave.
#[derive(Debug, Default)]
pub(crate) struct Parsed {
    /// What parsed; `None` when nothing could be recovered.
    pub(crate) file: Option<RawRuleFile>,
    /// In file order.
    pub(crate) errors: Vec<YamlError>,
    pub(crate) unparsed: Unparsed,
}

/// Parses a rule file, reporting every schema error in it.
pub(crate) fn parse(text: &str) -> Parsed {
    let first = match yaml::from_str::<RawRuleFile>(text) {
        Ok(file) => {
            return Parsed {
                file: Some(file),
                ..Parsed::default()
            };
        }
        Err(err) => err,
    };
    let one = |err| Parsed {
        errors: vec![err],
        ..Parsed::default()
    };
    if fatal(&first) {
        return one(first);
    }
    // The first error stopped the parse: the rest of the document has not been checked
    // for syntax, nor counted against the limits.
    if let Err(err) = yaml::from_str::<IgnoredAny>(text)
        && fatal(&err)
    {
        return one(err);
    }
    match yaml::outline(text).map(|outline| by_piece(text, &outline)) {
        // Pieces parsed alone can miss what only the whole shows; never lose the error.
        Some(parsed) if !parsed.errors.is_empty() => parsed,
        _ => one(first),
    }
}

fn fatal(err: &YamlError) -> bool {
    matches!(err.kind, YamlErrorKind::Syntax | YamlErrorKind::OverLimit)
}

fn by_piece(text: &str, outline: &yaml::Outline) -> Parsed {
    let mut errors = Vec::new();
    let mut unparsed = Unparsed::default();
    let mut merged = RawRuleFileEntry::default();
    let mut routes = HashSet::new();
    let mut keys = HashSet::new();
    let mut version_error = false;
    for entry in &outline.entries {
        if !keys.insert(entry.key.as_str()) {
            errors.push(entry.key_piece.error(
                YamlErrorKind::DuplicateKey,
                format!("duplicate mapping key: {}", entry.key),
            ));
            continue;
        }
        let mut e = Errors {
            text,
            errors: &mut errors,
        };
        match (entry.key.as_str(), &entry.items) {
            ("signals", Some(items)) => e.items(items, &mut merged.signals, &mut unparsed.signals),
            ("triggers", Some(items)) => {
                e.items(items, &mut merged.triggers, &mut unparsed.triggers);
            }
            ("routes", Some(items)) => e.items(items, &mut merged.routes, &mut routes),
            ("teams", Some(items)) => e.items(items, &mut merged.teams, &mut unparsed.teams),
            ("templates", Some(items)) => {
                e.items(items, &mut merged.templates, &mut unparsed.templates);
            }
            (key, _) => match entry.piece.parse::<RawRuleFileEntry>(text) {
                Ok(part) => merge(&mut merged, part),
                Err(err) => {
                    version_error |= key == "version";
                    errors.push(err);
                }
            },
        }
    }
    if merged.version.is_none() && !version_error {
        errors.push(outline.start.error(
            YamlErrorKind::MissingField,
            "missing field `version`".to_owned(),
        ));
    }
    errors.sort_by_key(|e| e.start);
    let RawRuleFileEntry {
        version,
        signals,
        triggers,
        routes,
        default_route,
        teams,
        templates,
    } = merged;
    Parsed {
        file: Some(RawRuleFile {
            // A version that is missing or not a number has been reported: what the file
            // holds is validated as version 1.
            version: version.unwrap_or(Spanned {
                value: Version(1),
                referenced: Location::default(),
            }),
            signals,
            triggers,
            routes,
            default_route,
            teams,
            templates,
        }),
        errors,
        unparsed,
    }
}

struct Errors<'a> {
    text: &'a str,
    errors: &'a mut Vec<YamlError>,
}

impl Errors<'_> {
    /// Parses each item alone: the good ones into `into`, the ids of the others into
    /// `unparsed`.
    fn items<T: DeserializeOwned>(
        &mut self,
        items: &[Item],
        into: &mut Vec<T>,
        unparsed: &mut HashSet<String>,
    ) {
        for item in items {
            match item.piece.parse::<T>(self.text) {
                Ok(value) => into.push(value),
                Err(err) => {
                    self.errors.push(err);
                    unparsed.extend(item.id.clone());
                }
            }
        }
    }
}

/// Adds a top-level entry parsed alone (the keys are unique: duplicates are set aside).
fn merge(into: &mut RawRuleFileEntry, part: RawRuleFileEntry) {
    into.version = into.version.take().or(part.version);
    into.default_route = into.default_route.take().or(part.default_route);
    into.signals.extend(part.signals);
    into.triggers.extend(part.triggers);
    into.routes.extend(part.routes);
    into.teams.extend(part.teams);
    into.templates.extend(part.templates);
}

#[cfg(test)]
mod tests;
