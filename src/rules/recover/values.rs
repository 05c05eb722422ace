//! Every wrong value of a piece of a rule file that did not parse, where serde stops at
//! the first: a trigger with `severity: huge` and `description: [a, b]` is two errors in
//! one run, not one per run.
//!
//! Takes the piece (an item of `signals`, `triggers`, `routes`, `teams` or `templates`,
//! or a top-level entry) read as a [`Shape`]; gives the error of each of its keys read
//! alone ([`value_errors`]), and of each key of the mappings it holds: a trigger's or
//! route's conditions (`message:`, `seen:`, `counter:`, `meta:`, `hours:`, through `all`, `any` and
//! `not`) and `{ phrase, weight }` and `{ pattern, weight }` entries. The errors are in
//! serde's words and places, so that one also found by the whole piece's parse (or by
//! `keys`) is the same error, and is reported once. Unknown keys and missing fields are
//! `keys`'s to report.

use crate::yaml::{Piece, Shape, Step, YamlError, value_errors};

use super::super::Part;
use super::super::schema::{
    RawCounterCondition, RawDefaultRoute, RawHoursCondition, RawMessageCondition, RawMetaCondition,
    RawRoute, RawSeenCondition, RawSignal, RawTeam, RawTemplate, RawTrigger, WeightedPhrase,
    WeightedRegex,
};

/// The wrong values of an item of `part`, the mapping `item` at `path` in `piece`.
pub(super) fn in_item(
    part: Part,
    piece: &Piece,
    text: &str,
    path: &[Step<'_>],
    item: &Shape,
) -> Vec<YamlError> {
    let v = Values { piece, text };
    let mut errors = Vec::new();
    match part {
        Part::Signals => {
            errors.extend(value_errors::<RawSignal>(piece, text, path, item));
            v.weighted(path, item, &mut errors);
        }
        Part::Triggers => {
            errors.extend(value_errors::<RawTrigger>(piece, text, path, item));
            v.when(path, item, &mut errors);
        }
        Part::Routes => {
            errors.extend(value_errors::<RawRoute>(piece, text, path, item));
            v.when(path, item, &mut errors);
        }
        Part::DefaultRoute => {
            errors.extend(value_errors::<RawDefaultRoute>(piece, text, path, item));
        }
        Part::Teams => errors.extend(value_errors::<RawTeam>(piece, text, path, item)),
        Part::Templates => errors.extend(value_errors::<RawTemplate>(piece, text, path, item)),
    }
    errors
}

/// The wrong values of the items of a top-level entry (`default_route: {…}`, or a
/// section written as a flow list) that did not parse, `entry` being the whole piece.
pub(super) fn in_entry(piece: &Piece, text: &str, entry: &Shape) -> Vec<YamlError> {
    let mut errors = Vec::new();
    for (key, value) in entry.entries() {
        let key = key.value.as_str();
        if key == "default_route" {
            let path = [Step::Key(key)];
            errors.extend(in_item(Part::DefaultRoute, piece, text, &path, value));
        } else if let Some(part) = Part::of_key(key) {
            for (i, item) in value.items().iter().enumerate() {
                let path = [Step::Key(key), Step::Index(i)];
                errors.extend(in_item(part, piece, text, &path, item));
            }
        }
    }
    errors
}

/// Adds to `found` (the mistakes of `piece` of `text` found so far) the wrong values
/// `read` finds in the piece's shape ([`in_item`], [`in_entry`]) and its tags, at places no error of
/// `found` is at: a value read alone says again what serde's first error said, or says in
/// other words what a key written twice in it is (a condition with `trigger:` twice).
pub(super) fn add(
    found: &mut Vec<YamlError>,
    piece: &Piece,
    text: &str,
    read: impl FnOnce(&Piece, &str, &Shape) -> Vec<YamlError>,
) {
    let Ok(shape) = piece.shape(text) else {
        return;
    };
    // Every tag of the piece: a read stops at its first.
    for error in read(piece, text, &shape)
        .into_iter()
        .chain(piece.tags(text))
    {
        if !found
            .iter()
            .any(|e| (e.line, e.column) == (error.line, error.column))
        {
            found.push(error);
        }
    }
}

/// `path`, one step further.
fn then<'a>(path: &[Step<'a>], steps: &[Step<'a>]) -> Vec<Step<'a>> {
    path.iter().chain(steps).copied().collect()
}

struct Values<'a> {
    piece: &'a Piece,
    text: &'a str,
}

impl Values<'_> {
    /// The wrong values of the condition of the trigger or route `item` (at `path`).
    fn when(&self, path: &[Step<'_>], item: &Shape, errors: &mut Vec<YamlError>) {
        if let Some(when) = item.get("when") {
            self.condition(&then(path, &[Step::Key("when")]), when, errors);
        }
    }

    /// The wrong values in the condition `c` (at `path`) and in those it holds.
    fn condition(&self, path: &[Step<'_>], c: &Shape, errors: &mut Vec<YamlError>) {
        let (piece, text) = (self.piece, self.text);
        for (key, value) in c.entries() {
            let name = key.value.as_str();
            let at = then(path, &[Step::Key(name)]);
            match name {
                "all" | "any" => {
                    for (i, sub) in value.items().iter().enumerate() {
                        self.condition(&then(&at, &[Step::Index(i)]), sub, errors);
                    }
                }
                "not" => self.condition(&at, value, errors),
                "message" => {
                    errors.extend(value_errors::<RawMessageCondition>(piece, text, &at, value));
                    self.weighted(&at, value, errors);
                }
                "seen" => errors.extend(value_errors::<RawSeenCondition>(piece, text, &at, value)),
                "counter" => {
                    errors.extend(value_errors::<RawCounterCondition>(piece, text, &at, value));
                }
                "meta" => errors.extend(value_errors::<RawMetaCondition>(piece, text, &at, value)),
                "hours" => {
                    errors.extend(value_errors::<RawHoursCondition>(piece, text, &at, value));
                }
                _ => {}
            }
        }
    }

    /// The wrong values of the `{ phrase, weight }` and `{ pattern, weight }` entries of
    /// `phrases:` and `regex:` in `holder` (a signal, a message condition, at `path`).
    fn weighted(&self, path: &[Step<'_>], holder: &Shape, errors: &mut Vec<YamlError>) {
        let (piece, text) = (self.piece, self.text);
        for (list, phrases) in [("phrases", true), ("regex", false)] {
            let entries = holder.get(list).map_or(&[][..], Shape::items);
            for (i, entry) in entries.iter().enumerate() {
                let at = then(path, &[Step::Key(list), Step::Index(i)]);
                errors.extend(if phrases {
                    value_errors::<WeightedPhrase>(piece, text, &at, entry)
                } else {
                    value_errors::<WeightedRegex>(piece, text, &at, entry)
                });
            }
        }
    }
}
