//! Parsing one rule file: its text → a [`RawRuleFile`] and every schema error in it.
//!
//! serde stops at the first error. When a file has one, it is parsed again piece by piece
//! ([`yaml::outline`]): each top-level entry on its own, and each item of `signals`,
//! `triggers`, `routes`, `teams` and `templates` on its own, so that one bad item hides
//! nothing after it and the items that do parse are still validated; every unknown key
//! of a piece that does not parse is reported, not only the first, every key written
//! twice in it (`keys`), and every wrong value in it (`values`). The ids of
//! items that did not parse are kept ([`Unparsed`]), so that references to them are not
//! reported as unknown as well; so is the text of what did not parse without a readable
//! id (a whole file, a section, an item), so that a name it does not write still is. A
//! file that parses whole costs one parse, as before.
//!
//! Not recovered, one error for the file as before: a YAML syntax error or a breach of the
//! parser's limits anywhere in it (the first such), and a document that cannot be cut
//! into pieces — a top level that is not a block mapping, or an alias to an anchor in
//! another item.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use serde::de::{DeserializeOwned, IgnoredAny};

use crate::yaml::{
    self, Item, Location, Outline, Piece, Shape, Spanned, Version, YamlError, YamlErrorKind,
    fields_of, required_of,
};

use super::schema::{RawRuleFile, RawRuleFileEntry};
use super::{Part, Parts};

pub(crate) mod keys;
mod values;

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
    /// Definitions that did not parse and whose ids are not known either (a file that
    /// does not parse at all, an item without a readable `id`): a reference to an
    /// unknown name that one of them may define ([`Unread::may_define`]) is not reported
    /// as unknown.
    pub unread: Vec<Unread>,
}

/// The text of definitions that did not parse, whose ids are not known.
#[derive(Debug, Clone)]
pub struct Unread {
    /// The kinds it may define.
    pub parts: Parts,
    /// The file it is in (empty until `load` says).
    pub path: PathBuf,
    /// `None` when the file's bytes are not UTF-8: a name in it need not be written in
    /// any text that can be searched (UTF-16, Latin-1), so it may define anything.
    pub text: Option<String>,
}

impl Unread {
    /// Whether this text may define a definition named `name`: unless it is written
    /// another way (below), a name is written in the text it is defined in, whole, with
    /// no letter, digit, `-`, `_` or `.` on either side (a YAML scalar ends at a space,
    /// a quote, a `:`, a `,` or a bracket). A name with other characters (spaces, which
    /// a folded line gives; quotes, which escapes give) and a text with escapes that
    /// spell characters (`\x41`, `\u0041`, a `\` that joins lines) or `!!binary` values
    /// may always define it: the answer errs towards "may".
    pub fn may_define(&self, name: &str) -> bool {
        let Some(text) = self.text.as_deref() else {
            return true;
        };
        if name.is_empty() || !name.chars().all(in_name) {
            return true;
        }
        let spells = text.contains("\\x")
            || text.contains("\\u")
            || text.contains("\\U")
            || text.contains("\\\n")
            || text.contains("\\\r")
            || text.contains("binary");
        spells
            || text.match_indices(name).any(|(at, _)| {
                let before = text[..at].chars().next_back();
                let after = text[at + name.len()..].chars().next();
                !before.is_some_and(in_name) && !after.is_some_and(in_name)
            })
    }
}

/// Whether `c` may be part of a name, for finding names whole in text.
fn in_name(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '-' | '_' | '.')
}

impl Unparsed {
    pub(crate) fn extend(&mut self, other: Unparsed) {
        self.signals.extend(other.signals);
        self.triggers.extend(other.triggers);
        self.teams.extend(other.teams);
        self.templates.extend(other.templates);
        self.incomplete.0 |= other.incomplete.0;
        self.unread.extend(other.unread);
    }

    /// Marks every kind lost: the file at `path`, whose `text` nothing could be read
    /// from, may define anything it writes; anything at all when it is not UTF-8 (`None`).
    pub(crate) fn lose_file(&mut self, path: &Path, text: Option<&str>) {
        self.incomplete = Parts::ALL;
        self.unread.push(Unread {
            parts: Parts::ALL,
            path: path.to_owned(),
            text: text.map(str::to_owned),
        });
    }

    /// Whether a definition of `part` named `name` may be one that did not parse.
    pub(crate) fn may_hold(&self, part: Part, name: &str) -> bool {
        let ids = match part {
            Part::Signals => &self.signals,
            Part::Triggers => &self.triggers,
            Part::Teams => &self.teams,
            Part::Templates => &self.templates,
            Part::Routes | Part::DefaultRoute => return false,
        };
        ids.contains(name)
            || self
                .unread
                .iter()
                .any(|u| u.parts.contains(part) && u.may_define(name))
    }

    /// For a name of `part` that no definition has and none that did not parse may
    /// have ([`Unparsed::may_hold`]): that what did not parse was looked at, so that the
    /// user need not wonder; `None` when all of `part` parsed.
    pub(crate) fn not_held_note(&self, part: Part, name: &str) -> Option<String> {
        let mut paths: Vec<String> = Vec::new();
        let mut words: Vec<&str> = Vec::new();
        for u in self.unread.iter().filter(|u| u.parts.contains(part)) {
            let path = u.path.display().to_string();
            if !paths.contains(&path) {
                paths.push(path);
            }
            words.extend(
                u.text
                    .iter()
                    .flat_map(|text| text.split(|c: char| !in_name(c)))
                    .filter(|w| !w.is_empty()),
            );
        }
        // The broken text's ids are not known, but its words are: a name a typo away
        // from one of them was likely meant for it (`suport` for `support`).
        let close = crate::diag::did_you_mean(name, words)
            .map(|w| format!(" (did you mean `{w}`, which it writes?)"))
            .unwrap_or_default();
        (!paths.is_empty()).then(|| {
            format!(
                "`{name}` is not written in what did not parse of {}, so it is not defined there either{close}",
                paths.join(", ")
            )
        })
    }

    /// Marks a part lost, ids unknown: `text` may define any of it.
    fn lose(&mut self, part: Option<Part>, text: &str) {
        let parts = part.map_or(Parts::ALL, |part| {
            let mut parts = Parts::NONE;
            parts.insert(part);
            parts
        });
        // A key the format does not have (`trigers:`) may hold anything.
        self.incomplete.0 |= parts.0;
        self.unread.push(Unread {
            parts,
            path: PathBuf::new(),
            text: Some(text.to_owned()),
        });
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
    let one = |err| Parsed {
        errors: vec![err],
        ..Parsed::default()
    };
    match parse_whole::<RawRuleFile>(text) {
        Whole::Parsed(file) => Parsed {
            file: Some(file),
            ..Parsed::default()
        },
        Whole::One(err) => one(err),
        Whole::Pieces(first, outline) => {
            let parsed = by_piece(text, &outline);
            // Pieces parsed alone can miss what only the whole shows; never lose the error.
            if parsed.errors.is_empty() {
                one(first)
            } else {
                parsed
            }
        }
    }
}

/// How a YAML document read as a `T` whole: what every file read piece by piece (rule
/// files, rule tests, mappings, the project file) asks first.
pub(crate) enum Whole<T> {
    Parsed(T),
    /// It did not parse: the error serde stopped at, and the document's outline, to read
    /// it again piece by piece for every error.
    Pieces(YamlError, Outline),
    /// The one error to report for the document: a syntax error or a breach of the
    /// parser's limits (the first such, anywhere in it), or the error serde stopped at
    /// when the document cannot be cut into pieces.
    One(YamlError),
}

/// Parses `text` as a `T` whole, or says how to go on ([`Whole`]).
pub(crate) fn parse_whole<T: DeserializeOwned>(text: &str) -> Whole<T> {
    let first = match yaml::from_str::<T>(text) {
        Ok(parsed) => return Whole::Parsed(parsed),
        Err(err) => err,
    };
    if fatal(&first) {
        return Whole::One(first);
    }
    // The first error stopped the parse: the rest of the document has not been checked
    // for syntax, nor counted against the limits.
    if let Err(err) = yaml::from_str::<IgnoredAny>(text)
        && fatal(&err)
    {
        return Whole::One(err);
    }
    match yaml::outline(text) {
        Some(outline) => Whole::Pieces(first, outline),
        None => Whole::One(first),
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
    for entry in &outline.entries {
        if !keys.insert(entry.key.as_str()) {
            errors.push(entry.duplicate());
            if entry.key != "version" {
                unparsed.lose(Part::of_key(&entry.key), entry.piece.text(text));
            }
            continue;
        }
        let mut e = Recovery {
            text,
            errors: &mut errors,
            lost: Unparsed::default(),
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
                    let mut found = keys::in_piece(err, &entry.piece, text, keys::in_entry);
                    values::add(&mut found, &entry.piece, text, values::in_entry);
                    e.errors.extend(found);
                    if key != "version" {
                        e.lost.lose(Part::of_key(key), entry.piece.text(text));
                    }
                }
            },
        }
        let lost = e.lost;
        unparsed.extend(lost);
    }
    // A file needs `version`: a misspelt `versio:` and the `version` it leaves missing
    // are one mistake.
    let (fields, required) = (fields_of::<RawRuleFile>(), required_of::<RawRuleFile>());
    keys::missing_at_top(outline, fields, required, &mut errors);
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
    /// Parts that lost a definition, and the text of those whose id is not known.
    lost: Unparsed,
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
                    // serde stops at the first; every unknown key of the item, and
                    // every key written twice, is reported, as each is a mistake of its
                    // own.
                    let walk = |shape: &Shape| keys::in_item(part, shape);
                    let mut found = keys::in_piece(err, &item.piece, self.text, walk);
                    let read = |p: &Piece, t: &str, s: &Shape| values::in_item(part, p, t, &[], s);
                    values::add(&mut found, &item.piece, self.text, read);
                    self.errors.extend(found);
                    match &item.id {
                        Some(id) => {
                            self.lost.incomplete.insert(part);
                            unparsed.insert(id.clone());
                        }
                        None => self.lost.lose(Some(part), item.piece.text(self.text)),
                    }
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
