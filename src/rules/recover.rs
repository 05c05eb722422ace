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
//! file that parses whole costs one parse, as before. What did not parse is held, and
//! asked whether it may define a name, in `unparsed.rs`.
//!
//! Not recovered, one error for the file as before: a YAML syntax error or a breach of the
//! parser's limits anywhere in it (the first such), and a document that cannot be cut
//! into pieces — a top level that is not a block mapping, or an alias to an anchor in
//! another item.

use std::collections::HashSet;

use serde::de::{DeserializeOwned, IgnoredAny};

use crate::yaml::{
    self, Item, Location, Outline, Piece, Shape, Spanned, Version, YamlError, YamlErrorKind,
    fields_of, required_of,
};

use super::Part;
use super::schema::{
    RawDefaultRoute, RawRoute, RawRuleFile, RawRuleFileEntry, RawSignal, RawTeam, RawTemplate,
    RawTrigger,
};

pub(crate) mod keys;
mod salvage;
mod under_indented;
mod unparsed;
mod values;

pub(crate) use unparsed::Unparsed;

/// What a rule file's text gave.
#[derive(Debug, Default)]
pub(crate) struct Parsed {
    /// What parsed; `None` when nothing could be recovered.
    pub(crate) file: Option<RawRuleFile>,
    /// Items that did not parse, read again without what holds their errors.
    pub(crate) salvaged: Salvaged,
    /// In file order.
    pub(crate) errors: Vec<YamlError>,
    pub(crate) unparsed: Unparsed,
}

/// Items that did not parse, read again without the keys and list items that hold an
/// error (`salvage`): validated for the errors of what is left, and then left out.
#[derive(Debug, Default)]
pub struct Salvaged {
    pub signals: Vec<Kept<RawSignal>>,
    pub triggers: Vec<Kept<RawTrigger>>,
    pub routes: Vec<Kept<RawRoute>>,
    pub teams: Vec<Kept<RawTeam>>,
    pub templates: Vec<Kept<RawTemplate>>,
    /// A `default_route` with an error in a key other than its `team`, read without it.
    pub default_route: Option<Spanned<RawDefaultRoute>>,
}

/// What is left of an item that did not parse, and which of its keys lost something.
#[derive(Debug)]
pub struct Kept<T> {
    pub item: T,
    /// The keys cut out, or under which something was cut out (an item of a list).
    pub cut: Vec<String>,
    /// The keys whose values were written over with a stand-in (`id`, a route's `team`,
    /// a team's `name`, a template's `text`, a `when` whose error is in no list): what
    /// was read for them is not the author's.
    pub over: Vec<String>,
}

impl<T> Kept<T> {
    /// Whether what was read for `key` is not what the author wrote: it was written
    /// over, or cut out.
    pub fn lost(&self, key: &str) -> bool {
        let has = |keys: &[String]| keys.iter().any(|k| k == key);
        has(&self.over) || has(&self.cut)
    }

    /// Whether the value of `key` was written over with a stand-in.
    pub fn written_over(&self, key: &str) -> bool {
        self.over.iter().any(|k| k == key)
    }
}

impl<T: DeserializeOwned> Kept<T> {
    /// Whether what was cut out is nothing lint reads: keys in `unread`, or keys the
    /// format does not have that are no misspelling of one lint reads (a team's `brige:`
    /// is cut out, and without its bridge the team would be `R012`; a trigger's
    /// `severty:` is no loss). Nothing was written over.
    pub fn lint_reads_nothing_cut(&self, unread: &[&str]) -> bool {
        let fields = fields_of::<T>();
        let unknown = |k: &str| {
            !fields.contains(&k)
                && crate::diag::did_you_mean(k, fields.iter().copied())
                    .is_none_or(|meant| unread.contains(&meant))
        };
        self.over.is_empty()
            && self
                .cut
                .iter()
                .all(|k| unread.contains(&k.as_str()) || unknown(k))
    }
}

impl Kept<RawTrigger> {
    /// Whether what was cut out is nothing lint reads: a wrong `severity`, or a key the
    /// format does not have that is no misspelling of another (its `when`,
    /// `description` or `reason`).
    pub fn whole(&self) -> bool {
        self.lint_reads_nothing_cut(&["severity"])
    }
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
    let mut salvaged = Salvaged::default();
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
            ("signals", Some(items)) => {
                let first = e.errors.len();
                e.items(
                    items,
                    &mut merged.signals,
                    &mut unparsed.signals,
                    Part::Signals,
                );
                let found = &e.errors[first..];
                let more = salvage::items(text, items, found, Part::Signals);
                salvaged.signals.extend(more);
            }
            ("triggers", Some(items)) => {
                let first = e.errors.len();
                e.items(
                    items,
                    &mut merged.triggers,
                    &mut unparsed.triggers,
                    Part::Triggers,
                );
                let found = &e.errors[first..];
                let more = salvage::items(text, items, found, Part::Triggers);
                salvaged.triggers.extend(more);
            }
            ("routes", Some(items)) => {
                let first = e.errors.len();
                e.items(items, &mut merged.routes, &mut routes, Part::Routes);
                let found = &e.errors[first..];
                let more = salvage::items(text, items, found, Part::Routes);
                salvaged.routes.extend(more);
            }
            ("teams", Some(items)) => {
                let first = e.errors.len();
                e.items(items, &mut merged.teams, &mut unparsed.teams, Part::Teams);
                let found = &e.errors[first..];
                let more = salvage::items(text, items, found, Part::Teams);
                salvaged.teams.extend(more);
            }
            ("templates", Some(items)) => {
                let first = e.errors.len();
                e.items(
                    items,
                    &mut merged.templates,
                    &mut unparsed.templates,
                    Part::Templates,
                );
                let found = &e.errors[first..];
                let more = salvage::items(text, items, found, Part::Templates);
                salvaged.templates.extend(more);
            }
            (key, _) => match entry.piece.parse::<RawRuleFileEntry>(text) {
                Ok(part) => merge(&mut merged, part),
                Err(err) => {
                    let mut found = keys::in_piece(err, &entry.piece, text, keys::in_entry);
                    values::add(&mut found, &entry.piece, text, values::in_entry);
                    if key == "default_route" {
                        salvaged.default_route = salvage::default_route(text, &entry.piece, &found);
                    }
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
    one_per_key(&mut errors, text);
    under_indented::merge(&mut errors, text);
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
        salvaged,
    }
}

/// Drops "one condition per mapping" said at a key that is no condition at all and no
/// misspelling of one: in `{ trigger: t9, colour: 1 }`, `colour` is one mistake, said
/// as unknown (`S002`). A misspelt second condition (`{ message: …, sen: … }`) is two:
/// the key, and the two conditions in one mapping.
fn one_per_key(errors: &mut Vec<YamlError>, text: &str) {
    let unknown: HashSet<usize> = (errors.iter())
        .filter(|e| e.kind == YamlErrorKind::UnknownField)
        .filter(|e| {
            let key = text.get(e.start..).unwrap_or_default();
            let key = key.split([':', ' ', ',', '}']).next().unwrap_or_default();
            crate::diag::did_you_mean(key, super::schema::CONDITIONS.iter().copied()).is_none()
        })
        .map(|e| e.start)
        .collect();
    errors.retain(|e| {
        e.kind != YamlErrorKind::WrongType
            // The message starts with what was expected; what was found, the user's
            // keys, comes after it.
            || !e.message.starts_with(&format!("expected {}", super::schema::ONE_CONDITION))
            || !unknown.contains(&e.start)
    });
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
