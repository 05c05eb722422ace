//! Every unknown key of a YAML document, where serde stops at the first; and every
//! missing field and key written twice.
//!
//! Takes YAML text (or a piece of it, see [`super::outline::Piece`]) read as a [`Shape`]:
//! its mappings' keys, each with its place, where each mapping starts, and its lists,
//! values otherwise ignored; and the fields a type takes or requires
//! ([`super::fields_of`], [`super::required_of`]). Gives a [`YamlError`] for each key
//! that is not one, in the words serde-saphyr uses for the first (`unknown field `x`,
//! expected one of …`, or `unknown variant` for a key that names an enum's variant), so
//! that its code and "did you mean" apply alike; for each required field a mapping lacks
//! ([`Shape::missing_fields`]); and for each key written twice
//! ([`Shape::duplicate_keys`]), all worded and placed as serde-saphyr's. Checks no values.
//! How YAML is read as a [`Shape`] (and a mapping's key) is `keys/read.rs`'s.

use super::{Location, Spanned, YamlError, YamlErrorKind};

mod read;
pub(super) use read::Key;

/// The structure of a YAML value: mappings with where they start and their keys, lists,
/// and anything else.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Shape {
    /// Where the mapping starts (unknown, the default, for a document's top level read
    /// as a bare `Shape`: see [`super::shape_at`]), and its entries.
    Map(Location, Vec<(Spanned<String>, Shape)>),
    List(Vec<Shape>),
    Other,
}

impl Shape {
    /// The value under `key`, when this is a mapping that has it.
    pub(crate) fn get(&self, key: &str) -> Option<&Shape> {
        match self {
            Shape::Map(_, entries) => entries.iter().find(|(k, _)| k.value == key).map(|e| &e.1),
            _ => None,
        }
    }

    /// The items, when this is a list.
    pub(crate) fn items(&self) -> &[Shape] {
        match self {
            Shape::List(items) => items,
            _ => &[],
        }
    }

    /// An error for each key of this mapping that is not one of `fields`, in file order;
    /// none when this is not a mapping.
    pub(crate) fn unknown_keys(&self, fields: &[&str]) -> Vec<YamlError> {
        let Shape::Map(_, entries) = self else {
            return Vec::new();
        };
        entries
            .iter()
            .filter(|(key, _)| !fields.contains(&key.value.as_str()))
            .map(|(key, _)| unknown("field", key, fields))
            .collect()
    }

    /// As [`Shape::unknown_keys`], for a mapping whose key names a variant of an enum
    /// (`message:` in a condition): worded as serde words an unknown variant.
    pub(crate) fn unknown_variants(&self, names: &[&str]) -> Vec<YamlError> {
        let Shape::Map(_, entries) = self else {
            return Vec::new();
        };
        entries
            .iter()
            .filter(|(key, _)| !names.contains(&key.value.as_str()))
            .map(|(key, _)| unknown("variant", key, names))
            .collect()
    }

    /// The entries, when this is a mapping.
    pub(crate) fn entries(&self) -> &[(Spanned<String>, Shape)] {
        match self {
            Shape::Map(_, entries) => entries,
            _ => &[],
        }
    }

    /// For a mapping, an error for each of `required` it does not have, at its start,
    /// worded as serde-saphyr words the first ("missing field `when`"); none for
    /// anything else.
    pub(crate) fn missing_fields(&self, required: &[&str]) -> Vec<YamlError> {
        let Shape::Map(at, entries) = self else {
            return Vec::new();
        };
        required
            .iter()
            .filter(|field| !entries.iter().any(|(key, _)| key.value == **field))
            .map(|field| {
                let mut error = at_key(
                    &Spanned {
                        value: String::new(),
                        referenced: *at,
                    },
                    YamlErrorKind::MissingField,
                    format!("missing field `{field}`"),
                );
                // As serde-saphyr's is placed (`relocate`): one byte at the start.
                error.end = error.start + 1;
                error
            })
            .collect()
    }

    /// This value, placed where it was written (a mapping's start).
    pub(super) fn placed(spanned: Spanned<Shape>) -> Shape {
        match spanned.value {
            Shape::Map(_, entries) => Shape::Map(spanned.referenced, entries),
            other => other,
        }
    }

    /// An error for each key written again in its mapping, here and in every mapping
    /// this holds, at the key written again, worded as serde-saphyr words the first
    /// (`duplicate mapping key: when`). A shape read with duplicates kept
    /// ([`super::shape_at`]) has them; one parsed otherwise has none.
    pub(crate) fn duplicate_keys(&self) -> Vec<YamlError> {
        let mut errors = Vec::new();
        self.find_duplicates(&mut errors);
        errors
    }

    fn find_duplicates(&self, errors: &mut Vec<YamlError>) {
        match self {
            Shape::Map(_, entries) => {
                let mut seen = std::collections::HashSet::new();
                for (key, value) in entries {
                    if !seen.insert(key.value.as_str()) {
                        errors.push(at_key(
                            key,
                            YamlErrorKind::DuplicateKey,
                            format!("duplicate mapping key: {}", key.value),
                        ));
                    }
                    value.find_duplicates(errors);
                }
            }
            Shape::List(items) => items.iter().for_each(|item| item.find_duplicates(errors)),
            Shape::Other => {}
        }
    }
}

/// Where the key that the key at `line`:`column` of `text` repeats was first written in
/// its mapping (`S006` shows both): line, column and byte range;
/// `None` when the text cannot be read as a [`Shape`], or that key repeats none.
pub(crate) fn first_written(
    text: &str,
    line: u32,
    column: u32,
) -> Option<(u32, u32, std::ops::Range<usize>)> {
    let shape = super::shape_at(text, super::Origin::default()).ok()?;
    let at = shape.first_of(line, column)?.referenced;
    let start = usize::try_from(at.byte_offset()?).ok()?;
    let len = usize::try_from(at.byte_len().unwrap_or(1)).ok()?;
    Some((
        u32::try_from(at.line()).ok()?,
        u32::try_from(at.column()).ok()?,
        start..start + len.max(1),
    ))
}

impl Shape {
    /// The key written before the one at `line`:`column`, with its name, in its mapping.
    fn first_of(&self, line: u32, column: u32) -> Option<&Spanned<String>> {
        match self {
            Shape::Map(_, entries) => {
                let place = |k: &Spanned<String>| (k.referenced.line(), k.referenced.column());
                let here = (u64::from(line), u64::from(column));
                if let Some(i) = entries.iter().position(|(k, _)| place(k) == here) {
                    let name = &entries[i].0.value;
                    return entries[..i]
                        .iter()
                        .map(|(k, _)| k)
                        .find(|k| k.value == *name);
                }
                entries.iter().find_map(|(_, v)| v.first_of(line, column))
            }
            Shape::List(items) => items.iter().find_map(|item| item.first_of(line, column)),
            Shape::Other => None,
        }
    }
}

/// `what` is `field` or `variant`.
fn unknown(what: &str, key: &Spanned<String>, fields: &[&str]) -> YamlError {
    at_key(
        key,
        YamlErrorKind::UnknownField,
        format!(
            "unknown {what} `{}`, expected one of {}",
            key.value,
            fields.join(", ")
        ),
    )
}

/// An error at `key`.
fn at_key(key: &Spanned<String>, kind: YamlErrorKind, message: String) -> YamlError {
    let at = key.referenced;
    let start = usize::try_from(at.byte_offset().unwrap_or(0)).unwrap_or(usize::MAX);
    let len = usize::try_from(at.byte_len().unwrap_or(1)).unwrap_or(1);
    YamlError {
        kind,
        message,
        line: u32::try_from(at.line()).unwrap_or(u32::MAX),
        column: u32::try_from(at.column()).unwrap_or(u32::MAX),
        start,
        end: start + len.max(1),
        help: Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::super::fields_of;
    use super::*;

    #[derive(Debug, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Doc {
        name: String,
        #[serde(rename = "in")]
        in_: Option<u32>,
    }

    #[test]
    fn every_unknown_key_is_found_with_its_place() {
        let text = "name: a\nnme: b\nlist:\n  - x: 1\nin: 2\nzz: [1, {a: b}]\n";
        let shape: Shape = super::super::from_str(text).unwrap();
        let errors = shape.unknown_keys(fields_of::<Doc>());
        let found: Vec<_> = errors
            .iter()
            .map(|e| (e.line, e.column, &text[e.start..e.end], e.message.as_str()))
            .collect();
        assert_eq!(
            found,
            [
                (2, 1, "nme", "unknown field `nme`, expected one of name, in"),
                (
                    3,
                    1,
                    "list",
                    "unknown field `list`, expected one of name, in"
                ),
                (6, 1, "zz", "unknown field `zz`, expected one of name, in"),
            ]
        );
        let list = shape.get("list").unwrap().items();
        assert_eq!(list[0].unknown_keys(&["y"])[0].line, 4);
        assert!(shape.get("zz").unwrap().unknown_keys(&[]).is_empty());
    }

    /// A list as a key (`? [a, b]`) ended the reading of its mapping, so the
    /// unknown keys after it waited for another run; numbers are keys as written.
    #[test]
    fn a_complex_key_hides_no_key_after_it() {
        let text = "name: a\n? [a, b]\n: 1\n? {c: d}\n: 2\nnme: b\n3: x\n";
        let shape: Shape = super::super::from_str(text).unwrap();
        let errors = shape.unknown_keys(fields_of::<Doc>());
        let found: Vec<_> = errors
            .iter()
            .map(|e| (e.line, &text[e.start..e.end]))
            .collect();
        assert_eq!(found, [(6, "nme"), (7, "3")]);
    }

    /// A key written twice in a piece stopped the reading of its shape, hiding
    /// its unknown keys; each duplicate is found too, worded and placed as serde's.
    #[test]
    fn a_key_written_twice_hides_nothing_and_is_found() {
        let text = "name: a\nnme: b\nname: c\nlist:\n  - { x: 1, x: 2 }\nzz: 1\n";
        let shape = super::super::shape_at(text, super::super::Origin::default()).unwrap();
        let found: Vec<_> = shape
            .unknown_keys(fields_of::<Doc>())
            .iter()
            .map(|e| (e.line, e.column))
            .collect();
        assert_eq!(found, [(2, 1), (4, 1), (6, 1)]);
        let duplicates: Vec<_> = shape
            .duplicate_keys()
            .into_iter()
            .map(|e| (e.line, e.column, e.kind, e.message))
            .collect();
        let kind = YamlErrorKind::DuplicateKey;
        assert_eq!(
            duplicates,
            [
                (3, 1, kind, "duplicate mapping key: name".to_owned()),
                (5, 13, kind, "duplicate mapping key: x".to_owned()),
            ]
        );
        // Where serde stops at a duplicate, worded alike.
        let text = "name: a\nin: 1\nname: c\n";
        let serde = super::super::from_str::<Doc>(text).unwrap_err();
        let shape = super::super::shape_at(text, super::super::Origin::default()).unwrap();
        let [ours] = shape.duplicate_keys().try_into().unwrap();
        assert_eq!(ours, serde);
    }

    /// S006 did not show where the key was first written.
    #[test]
    fn the_first_of_a_key_written_twice_is_found() {
        let text = "a: 1\nlist:\n  - { x: 1, y: 2, x: 3 }\n  - severity: high\n    when: {}\n    severity: low\na: 2\n";
        let first = |line, column| first_written(text, line, column);
        assert_eq!(first(3, 19), Some((3, 7, 17..18)));
        assert_eq!(&text[40..48], "severity");
        assert_eq!(first(6, 5), Some((4, 5, 40..48)));
        assert_eq!(first(7, 1), Some((1, 1, 0..1)));
        // Not a key written again, not a key, not YAML.
        assert_eq!(first(1, 1), None);
        assert_eq!(first(3, 8), None);
        assert_eq!(first_written("a: [\n", 1, 1), None);
    }

    #[test]
    fn an_unknown_variant_is_worded_as_serde_words_it() {
        let shape: Shape = super::super::from_str("mesage: 1\nseen: 2\n").unwrap();
        let errors = shape.unknown_variants(&["message", "seen"]);
        let found: Vec<_> = errors
            .iter()
            .map(|e| (e.line, e.column, e.message.as_str()))
            .collect();
        assert_eq!(
            found,
            [(
                1,
                1,
                "unknown variant `mesage`, expected one of message, seen"
            )]
        );
        assert_eq!(shape.entries().len(), 2);
    }
}
