//! Every unknown key of a piece of a rule file that did not parse, where serde stops at
//! the first.
//!
//! Takes the piece read as a [`Shape`] (a top-level entry, or an item of `signals`,
//! `triggers`, `routes`, `teams` or `templates`); gives an error for each key that is not
//! one, in it and in the mappings it holds: a trigger's or route's conditions (a
//! misspelt condition name, and the keys of `message:`, `seen:`, `counter:` and `meta:`)
//! and `{ phrase, weight }` and `{ pattern, weight }` entries. Each is worded as serde
//! words the first (`unknown field `x`, expected one of …`), so that its code and "did
//! you mean" are the same. The field lists come from the types' derived `Deserialize`
//! ([`fields_of`]). A key written twice does not stop the reading ([`Piece::shape`]),
//! and each such is an error too ([`Shape::duplicate_keys`]). Checks no values and no
//! other mistake: serde's error says those.

use crate::yaml::{Piece, Shape, YamlError, fields_of};

use super::super::Part;
use super::super::schema::{
    CONDITIONS, RawCounterCondition, RawDefaultRoute, RawMessageCondition, RawMetaCondition,
    RawRoute, RawRuleFileEntry, RawSeenCondition, RawSignal, RawTeam, RawTemplate, RawTrigger,
    WeightedPhrase, WeightedRegex,
};

/// Every mistake the shape of `piece` of `text` shows, serde having stopped at `first`:
/// the unknown keys `walk` finds in it, each key written twice in it, and `first`
/// ([`with_first`]); `first` alone when the piece cannot be read as a shape.
pub(super) fn in_piece(
    first: YamlError,
    piece: &Piece,
    text: &str,
    walk: impl FnOnce(&Shape) -> Vec<YamlError>,
) -> Vec<YamlError> {
    let found = piece.shape(text).map_or_else(
        |_| Vec::new(),
        |shape| {
            let mut found = walk(&shape);
            found.extend(shape.duplicate_keys());
            found
        },
    );
    with_first(first, found)
}

/// `first`, the error serde stopped at, with every unknown key `found` in the same
/// piece, in no particular order: `first` once, when it is one of them. Another error at
/// an unknown key's place (two conditions in one mapping, the second misspelt) is kept.
pub(super) fn with_first(first: YamlError, mut found: Vec<YamlError>) -> Vec<YamlError> {
    let same = |e: &YamlError| (e.line, e.column, e.kind) == (first.line, first.column, first.kind);
    if !found.iter().any(same) {
        found.push(first);
    }
    found
}

/// Every unknown key of a top-level entry (`default_route: {…}`, or a section that is
/// not a list of items), the entry's own among them.
pub(super) fn in_entry(entry: &Shape) -> Vec<YamlError> {
    let mut errors = entry.unknown_keys(fields_of::<RawRuleFileEntry>());
    for (key, value) in entry.entries() {
        if key.value == "default_route" {
            errors.extend(in_item(Part::DefaultRoute, value));
            continue;
        }
        if let Some(part) = Part::of_key(&key.value) {
            for item in value.items() {
                errors.extend(in_item(part, item));
            }
        }
    }
    errors
}

/// Every unknown key of an item of `part`.
pub(super) fn in_item(part: Part, item: &Shape) -> Vec<YamlError> {
    let mut errors = Vec::new();
    match part {
        Part::Signals => {
            errors.extend(item.unknown_keys(fields_of::<RawSignal>()));
            weighted(item, &mut errors);
        }
        Part::Triggers => {
            errors.extend(item.unknown_keys(fields_of::<RawTrigger>()));
            condition(item.get("when"), &mut errors);
        }
        Part::Routes => {
            errors.extend(item.unknown_keys(fields_of::<RawRoute>()));
            condition(item.get("when"), &mut errors);
        }
        Part::DefaultRoute => errors.extend(item.unknown_keys(fields_of::<RawDefaultRoute>())),
        Part::Teams => errors.extend(item.unknown_keys(fields_of::<RawTeam>())),
        Part::Templates => errors.extend(item.unknown_keys(fields_of::<RawTemplate>())),
    }
    errors
}

/// The unknown keys of a condition and of those it holds. A mapping of two conditions
/// is serde's error to report; the keys of both are looked at.
fn condition(c: Option<&Shape>, errors: &mut Vec<YamlError>) {
    let Some(c) = c else { return };
    errors.extend(c.unknown_variants(CONDITIONS));
    for (key, value) in c.entries() {
        match key.value.as_str() {
            "all" | "any" => {
                for sub in value.items() {
                    condition(Some(sub), errors);
                }
            }
            "not" => condition(Some(value), errors),
            "message" => {
                errors.extend(value.unknown_keys(fields_of::<RawMessageCondition>()));
                weighted(value, errors);
            }
            "seen" => errors.extend(value.unknown_keys(fields_of::<RawSeenCondition>())),
            "counter" => errors.extend(value.unknown_keys(fields_of::<RawCounterCondition>())),
            "meta" => errors.extend(value.unknown_keys(fields_of::<RawMetaCondition>())),
            _ => {}
        }
    }
}

/// The unknown keys of the `{ phrase, weight }` and `{ pattern, weight }` entries of
/// `phrases:` and `regex:` in `holder` (a signal, a message condition).
fn weighted(holder: &Shape, errors: &mut Vec<YamlError>) {
    for entry in holder.get("phrases").map_or(&[][..], Shape::items) {
        errors.extend(entry.unknown_keys(fields_of::<WeightedPhrase>()));
    }
    for entry in holder.get("regex").map_or(&[][..], Shape::items) {
        errors.extend(entry.unknown_keys(fields_of::<WeightedRegex>()));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(found: &[YamlError]) -> Vec<&str> {
        found
            .iter()
            .map(|e| e.message.split('`').nth(1).unwrap())
            .collect()
    }

    /// A condition added to the format is looked into here too, or named as a leaf that
    /// holds no mapping: none is skipped unseen.
    #[test]
    fn every_condition_is_looked_into() {
        for &name in CONDITIONS {
            let text = format!("when: {{ {name}: {{ zz: 1 }} }}\n");
            let item: Shape = crate::yaml::from_str(&text).unwrap();
            let found = in_item(Part::Triggers, &item);
            // Lists of conditions, and a trigger id, hold no mapping of keys to look
            // into; `not` holds a condition, for which `zz` is an unknown name.
            if matches!(name, "all" | "any" | "trigger") {
                assert!(found.is_empty(), "{name}");
            } else {
                assert_eq!(keys(&found), ["zz"], "{name}");
            }
        }
    }

    /// A section written as a flow list, or the default route, is read as one entry.
    #[test]
    fn an_entry_is_looked_into_as_a_whole() {
        let text = "signals: [{ id: a, phrazes: [x], thresh: 1 }]\n";
        let entry: Shape = crate::yaml::from_str(text).unwrap();
        assert_eq!(keys(&in_entry(&entry)), ["phrazes", "thresh"]);
        let entry: Shape = crate::yaml::from_str("default_route: { tema: a, x: 1 }\n").unwrap();
        assert_eq!(keys(&in_entry(&entry)), ["tema", "x"]);
        let entry: Shape = crate::yaml::from_str("trigers: [{ id: a, zz: 1 }]\n").unwrap();
        assert_eq!(keys(&in_entry(&entry)), ["trigers"]);
    }

    #[test]
    fn the_first_error_is_kept_once() {
        let entry: Shape = crate::yaml::from_str("default_route: { tema: a, x: 1 }\n").unwrap();
        let found = in_entry(&entry);
        let first = found[0].clone();
        assert_eq!(with_first(first.clone(), found.clone()).len(), 2);
        let other = YamlError {
            kind: crate::yaml::YamlErrorKind::WrongType,
            ..first
        };
        assert_eq!(with_first(other, found).len(), 3);
    }
}
