//! Every unknown key of a piece of a rule file (or a rule test) that did not parse, and
//! every field it lacks, where serde stops at the first.
//!
//! Takes the piece read as a [`Shape`] (a top-level entry, or an item of `signals`,
//! `triggers`, `routes`, `teams` or `templates`); gives an error for each key that is not
//! one, in it and in the mappings it holds: a trigger's or route's conditions (a
//! misspelt condition name, and the keys of `message:`, `seen:`, `counter:`, `meta:` and
//! `hours:`) and `{ phrase, weight }` and `{ pattern, weight }` entries. Each is worded as serde
//! words the first (`unknown field `x`, expected one of …`), so that its code and "did
//! you mean" are the same. The field lists come from the types' derived `Deserialize`
//! ([`fields_of`]). A field a mapping needs and lacks ([`required_of`], from the types'
//! JSON Schema) is said on the error of an unknown key meant for it (`whn:`), else is an
//! error of its own ([`keys_of`]; [`missing_at_top`] for a document's top level). A key
//! written twice does not stop the reading ([`Piece::shape`]), and each such is an error
//! too ([`Shape::duplicate_keys`]). Checks no values: serde's error says those.

use serde::de::DeserializeOwned;

use crate::yaml::{Outline, Piece, Shape, YamlError, YamlErrorKind, fields_of, required_of};

use super::super::load::meant;

use super::super::Part;
use super::super::schema::{
    CONDITIONS, RawCounterCondition, RawDefaultRoute, RawHoursCondition, RawMessageCondition,
    RawMetaCondition, RawRoute, RawRuleFileEntry, RawSeenCondition, RawSignal, RawTeam,
    RawTemplate, RawTrigger, WeightedPhrase, WeightedRegex,
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
pub(crate) fn with_first(first: YamlError, mut found: Vec<YamlError>) -> Vec<YamlError> {
    add_new(&mut found, first);
    found
}

/// Adds `error` to `found` unless it is there: an error of the same kind at the same
/// place (missing fields of one mapping share its place: told apart by the field).
pub(crate) fn add_new(found: &mut Vec<YamlError>, error: YamlError) {
    let same = |e: &YamlError| {
        (e.line, e.column, e.kind) == (error.line, error.column, error.kind)
            && (e.kind != YamlErrorKind::MissingField || e.message == error.message)
    };
    if !found.iter().any(same) {
        found.push(error);
    }
}

/// The mistakes of the mapping `map` against the fields of `T`: each unknown key, and each
/// field `T` requires that it lacks. A missing field that an unknown key was likely meant
/// for (its "did you mean") is said on that key's error, as rustc says it beside a
/// misspelt field (`whn:` and no `when:` is one mistake); any other is an error of its
/// own, at the mapping's start.
pub(crate) fn keys_of<T>(map: &Shape) -> Vec<YamlError>
where
    T: DeserializeOwned + schemars::JsonSchema + 'static,
{
    let fields = fields_of::<T>();
    let mut errors = map.unknown_keys(fields);
    let unknown: Vec<&str> = map
        .entries()
        .iter()
        .map(|(key, _)| key.value.as_str())
        .filter(|key| !fields.contains(key))
        .collect();
    for missing in map.missing_fields(required_of::<T>()) {
        let field = missing.message.split('`').nth(1).unwrap_or_default();
        match unknown.iter().position(|key| meant_for(key, field, fields)) {
            // `unknown_keys` gives an error for each unknown key, in order.
            Some(at) => errors[at].help.push(required_help(field)),
            None => errors.push(missing),
        }
    }
    errors
}

/// For a document read piece by piece (its top level cut into `outline`, the fields of
/// its type `fields`, those it requires `required`): each required field no top-level key
/// gives, said as [`keys_of`] says it, on the error in `errors` of an unknown top-level
/// key meant for it, else as an error of its own at the document's start.
pub(crate) fn missing_at_top(
    outline: &Outline,
    fields: &[&str],
    required: &[&str],
    errors: &mut Vec<YamlError>,
) {
    for &field in required {
        if outline.entries.iter().any(|e| e.key == field) {
            continue;
        }
        let misspelt = outline.entries.iter().find_map(|e| {
            let at = (
                e.key_piece.line,
                e.key_piece.column,
                YamlErrorKind::UnknownField,
            );
            let error = errors.iter().position(|x| (x.line, x.column, x.kind) == at);
            error.filter(|_| !fields.contains(&e.key.as_str()) && meant_for(&e.key, field, fields))
        });
        match misspelt {
            Some(at) => errors[at].help.push(required_help(field)),
            None => errors.push(outline.start.error(
                YamlErrorKind::MissingField,
                format!("missing field `{field}`"),
            )),
        }
    }
}

/// Whether the unknown key `key` was likely meant to be `field`, of `fields`.
fn meant_for(key: &str, field: &str, fields: &[&str]) -> bool {
    meant(key, fields).is_some_and(|(m, _)| m == field)
}

fn required_help(field: &str) -> String {
    if field == "weight" {
        // Not every phrase needs one: only one written as a mapping.
        return super::super::load::WEIGHT_HELP.to_owned();
    }
    format!("`{field}` is required, and missing")
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
            errors.extend(keys_of::<RawSignal>(item));
            weighted(item, &mut errors);
        }
        Part::Triggers => {
            errors.extend(keys_of::<RawTrigger>(item));
            condition(when(item, fields_of::<RawTrigger>()), &mut errors);
        }
        Part::Routes => {
            errors.extend(keys_of::<RawRoute>(item));
            condition(when(item, fields_of::<RawRoute>()), &mut errors);
        }
        Part::DefaultRoute => errors.extend(keys_of::<RawDefaultRoute>(item)),
        Part::Teams => errors.extend(keys_of::<RawTeam>(item)),
        Part::Templates => errors.extend(keys_of::<RawTemplate>(item)),
    }
    errors
}

/// The condition of a trigger or route `item` (of `fields`): its `when:`, or, when it
/// has none, the value of an unknown key meant for it (`whn:`), whose own mistakes are
/// as much the user's to fix.
fn when<'a>(item: &'a Shape, fields: &[&str]) -> Option<&'a Shape> {
    item.get("when").or_else(|| {
        item.entries()
            .iter()
            .find(|(key, _)| {
                !fields.contains(&key.value.as_str()) && meant_for(&key.value, "when", fields)
            })
            .map(|(_, value)| value)
    })
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
                errors.extend(keys_of::<RawMessageCondition>(value));
                weighted(value, errors);
            }
            "seen" => errors.extend(keys_of::<RawSeenCondition>(value)),
            "counter" => errors.extend(keys_of::<RawCounterCondition>(value)),
            "meta" => errors.extend(keys_of::<RawMetaCondition>(value)),
            "hours" => errors.extend(keys_of::<RawHoursCondition>(value)),
            _ => {}
        }
    }
}

/// The unknown keys of the `{ phrase, weight }` and `{ pattern, weight }` entries of
/// `phrases:` and `regex:` in `holder` (a signal, a message condition).
fn weighted(holder: &Shape, errors: &mut Vec<YamlError>) {
    for entry in holder.get("phrases").map_or(&[][..], Shape::items) {
        errors.extend(keys_of::<WeightedPhrase>(entry));
    }
    for entry in holder.get("regex").map_or(&[][..], Shape::items) {
        errors.extend(keys_of::<WeightedRegex>(entry));
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
            let text = format!("id: t\nwhen: {{ {name}: {{ zz: 1 }} }}\n");
            let item: Shape = crate::yaml::from_str(&text).unwrap();
            let mut found = in_item(Part::Triggers, &item);
            // (`seen`, `counter` and `meta` lack their required field too.)
            found.retain(|e| e.kind == YamlErrorKind::UnknownField);
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
            kind: YamlErrorKind::WrongType,
            ..first
        };
        assert_eq!(with_first(other, found).len(), 3);
    }
}
