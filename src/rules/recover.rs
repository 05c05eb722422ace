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
use super::{Part, Parts};

/// Ids of definitions that did not parse, by kind; and which kinds lost a definition.
#[derive(Debug, Default)]
pub struct Unparsed {
    pub signals: HashSet<String>,
    pub triggers: HashSet<String>,
    pub teams: HashSet<String>,
    pub templates: HashSet<String>,
    /// Kinds of which some definition did not parse: what lint may say about the whole
    /// of such a kind ("never used") is unknown.
    pub incomplete: Parts,
    /// Kinds of which a definition did not parse and its id is not known either (a file
    /// that does not parse at all, an item without a readable `id`): a reference to an
    /// unknown name of such a kind may be to it, so it is not reported as unknown.
    pub unknown_ids: Parts,
}

impl Unparsed {
    pub(crate) fn extend(&mut self, other: Unparsed) {
        self.signals.extend(other.signals);
        self.triggers.extend(other.triggers);
        self.teams.extend(other.teams);
        self.templates.extend(other.templates);
        self.incomplete.0 |= other.incomplete.0;
        self.unknown_ids.0 |= other.unknown_ids.0;
    }

    /// Marks every kind lost, ids unknown: a file nothing could be read from.
    pub(crate) fn lose_everything(&mut self) {
        self.incomplete = Parts::ALL;
        self.unknown_ids = Parts::ALL;
    }

    /// Marks a part lost, ids unknown.
    fn lose(&mut self, part: Option<Part>) {
        match part {
            Some(part) => {
                self.incomplete.insert(part);
                self.unknown_ids.insert(part);
            }
            // A key the format does not have (`trigers:`) may hold anything.
            None => self.lose_everything(),
        }
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
    let first = match recoverable(text, first) {
        Ok(first) => first,
        Err(fatal) => return one(fatal),
    };
    match yaml::outline(text).map(|outline| by_piece(text, &outline)) {
        // Pieces parsed alone can miss what only the whole shows; never lose the error.
        Some(parsed) if !parsed.errors.is_empty() => parsed,
        _ => one(first),
    }
}

/// `first`, the error that stopped a parse of `text`, when the text can be read piece by
/// piece; otherwise the one error to report for it: a syntax error or a breach of the
/// parser's limits, the first such.
pub(crate) fn recoverable(text: &str, first: YamlError) -> Result<YamlError, YamlError> {
    if fatal(&first) {
        return Err(first);
    }
    // The first error stopped the parse: the rest of the document has not been checked
    // for syntax, nor counted against the limits.
    if let Err(err) = yaml::from_str::<IgnoredAny>(text)
        && fatal(&err)
    {
        return Err(err);
    }
    Ok(first)
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
            if entry.key != "version" {
                unparsed.lose(Part::of_key(&entry.key));
            }
            continue;
        }
        let mut e = Recovery {
            text,
            errors: &mut errors,
            lost: Parts::NONE,
            ids_lost: Parts::NONE,
        };
        match (entry.key.as_str(), &entry.items) {
            ("signals", Some(items)) => e.items(
                items,
                &mut merged.signals,
                &mut unparsed.signals,
                Part::Signals,
            ),
            ("triggers", Some(items)) => {
                e.items(
                    items,
                    &mut merged.triggers,
                    &mut unparsed.triggers,
                    Part::Triggers,
                );
            }
            ("routes", Some(items)) => {
                e.items(items, &mut merged.routes, &mut routes, Part::Routes);
            }
            ("teams", Some(items)) => {
                e.items(items, &mut merged.teams, &mut unparsed.teams, Part::Teams);
            }
            ("templates", Some(items)) => {
                e.items(
                    items,
                    &mut merged.templates,
                    &mut unparsed.templates,
                    Part::Templates,
                );
            }
            (key, _) => match entry.piece.parse::<RawRuleFileEntry>(text) {
                Ok(part) => merge(&mut merged, part),
                Err(err) => {
                    version_error |= key == "version";
                    e.errors.push(err);
                    if key != "version" {
                        e.lost_whole(Part::of_key(key));
                    }
                }
            },
        }
        let (lost, ids_lost) = (e.lost, e.ids_lost);
        unparsed.incomplete.0 |= lost.0;
        unparsed.unknown_ids.0 |= ids_lost.0;
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

struct Recovery<'a> {
    text: &'a str,
    errors: &'a mut Vec<YamlError>,
    /// Parts that lost a definition.
    lost: Parts,
    /// Parts that lost a definition whose id is not known.
    ids_lost: Parts,
}

impl Recovery<'_> {
    /// Parses each item alone: the good ones into `into`, the ids of the others into
    /// `unparsed`.
    fn items<T: DeserializeOwned>(
        &mut self,
        items: &[Item],
        into: &mut Vec<T>,
        unparsed: &mut HashSet<String>,
        part: Part,
    ) {
        for item in items {
            match item.piece.parse::<T>(self.text) {
                Ok(value) => into.push(value),
                Err(err) => {
                    self.errors.push(err);
                    self.lost.insert(part);
                    match &item.id {
                        Some(id) => {
                            unparsed.insert(id.clone());
                        }
                        None => self.ids_lost.insert(part),
                    }
                }
            }
        }
    }

    /// A top-level entry that did not parse: all it held is lost, ids unknown.
    fn lost_whole(&mut self, part: Option<Part>) {
        match part {
            Some(part) => {
                self.lost.insert(part);
                self.ids_lost.insert(part);
            }
            None => {
                self.lost = Parts::ALL;
                self.ids_lost = Parts::ALL;
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
