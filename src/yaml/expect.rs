//! Values read only in the shape their field takes, a value of another shape refused in
//! the field's own words.
//!
//! Takes a deserializer and what the field takes, in a user's words ("a list of column
//! names (`ignore_columns: [turn]`)"); gives the value. serde-saphyr refuses a scalar
//! where a list is asked for with "expected sequence start", and a value that no variant
//! of an untagged enum takes with "data did not match any variant" (an error it cannot
//! place or classify, so it hid the file's other mistakes). These read any value
//! (`deserialize_any`) and refuse another shape as a wrong type, which [`super::words`]
//! puts as "expected …, found …", at the value. Checks nothing inside the value. A
//! scalar or a list of them, read as written, is [`super::written`]'s.

use std::collections::HashMap;
use std::hash::Hash;
use std::marker::PhantomData;

use serde::de::value::{MapAccessDeserializer, SeqAccessDeserializer};
use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};

/// A list of `T`, or the error `expecting` says.
pub(crate) fn list<'de, D: Deserializer<'de>, T: Deserialize<'de>>(
    d: D,
    expecting: &'static str,
) -> Result<Vec<T>, D::Error> {
    d.deserialize_any(Shaped::<Vec<T>>::new(expecting, Want::List))
}

/// A mapping of `K` to `V`, or the error `expecting` says.
pub(crate) fn map<'de, D, K, V>(d: D, expecting: &'static str) -> Result<HashMap<K, V>, D::Error>
where
    D: Deserializer<'de>,
    K: Deserialize<'de> + Eq + Hash,
    V: Deserialize<'de>,
{
    d.deserialize_any(Shaped::<HashMap<K, V>>::new(expecting, Want::Map))
}

/// A section: `T` read from a mapping, `None` when empty (`input:` with nothing after
/// it), or the error `expecting` says.
pub(crate) fn section<'de, D: Deserializer<'de>, T: Deserialize<'de>>(
    d: D,
    expecting: &'static str,
) -> Result<Option<T>, D::Error> {
    d.deserialize_any(Section(Shaped::<T>::new(expecting, Want::Section)))
}

/// `true` or `false`, or the error `expecting` says.
pub(crate) fn flag<'de, D: Deserializer<'de>>(
    d: D,
    expecting: &'static str,
) -> Result<bool, D::Error> {
    d.deserialize_any(Shaped::<bool>::new(expecting, Want::Flag))
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Want {
    List,
    Map,
    Section,
    Flag,
}

struct Shaped<T> {
    expecting: &'static str,
    want: Want,
    value: PhantomData<T>,
}

impl<T> Shaped<T> {
    fn new(expecting: &'static str, want: Want) -> Self {
        Shaped {
            expecting,
            want,
            value: PhantomData,
        }
    }
}

impl<'de, T: Deserialize<'de>> Visitor<'de> for Shaped<T> {
    type Value = T;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.expecting)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<T, A::Error> {
        if self.want != Want::List {
            return Err(de::Error::invalid_type(de::Unexpected::Seq, &self));
        }
        T::deserialize(SeqAccessDeserializer::new(seq))
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<T, A::Error> {
        if !matches!(self.want, Want::Map | Want::Section) {
            return Err(de::Error::invalid_type(de::Unexpected::Map, &self));
        }
        T::deserialize(MapAccessDeserializer::new(map))
    }

    fn visit_bool<E: de::Error>(self, v: bool) -> Result<T, E> {
        if self.want != Want::Flag {
            return Err(E::invalid_type(de::Unexpected::Bool(v), &self));
        }
        T::deserialize(de::value::BoolDeserializer::new(v))
    }
}

/// A section: a mapping read as `T`, or nothing (`None`); another shape is `.0`'s error.
struct Section<T>(Shaped<T>);

impl<'de, T: Deserialize<'de>> Visitor<'de> for Section<T> {
    type Value = Option<T>;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.expecting(f)
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Option<T>, A::Error> {
        self.0.visit_map(map).map(Some)
    }

    fn visit_unit<E: de::Error>(self) -> Result<Option<T>, E> {
        Ok(None)
    }

    fn visit_none<E: de::Error>(self) -> Result<Option<T>, E> {
        Ok(None)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::yaml::{Spanned, YamlErrorKind, from_str};

    #[derive(Debug, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Doc {
        #[serde(default, deserialize_with = "names")]
        names: Vec<Spanned<String>>,
        #[serde(default, deserialize_with = "on")]
        on: bool,
    }

    fn names<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<Spanned<String>>, D::Error> {
        list(d, "a list of names (`names: [a]`)")
    }

    fn on<'de, D: Deserializer<'de>>(d: D) -> Result<bool, D::Error> {
        flag(d, "true or false (`on: true`)")
    }

    #[test]
    fn the_right_shape_is_read_with_its_places() {
        let doc: Doc = from_str("names:\n  - a\n  - b\non: true\n").unwrap();
        let at: Vec<_> = doc
            .names
            .iter()
            .map(|n| (n.value.as_str(), n.referenced.line(), n.referenced.column()))
            .collect();
        assert_eq!(at, [("a", 2, 5), ("b", 3, 5)]);
        assert!(doc.on);
    }

    #[derive(Debug, serde::Deserialize)]
    struct Outer {
        #[serde(default, deserialize_with = "inner")]
        inner: Option<Doc>,
    }

    fn inner<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Doc>, D::Error> {
        section(d, "a mapping of names (`inner: { names: [a] }`)")
    }

    /// A section is its type read from the mapping (not an `Option` asked of one, which
    /// said "expected option"), nothing when empty, the error otherwise.
    #[test]
    fn a_section_reads_a_mapping_or_nothing() {
        let outer: Outer = from_str("inner:\n  names: [a]\n").unwrap();
        assert_eq!(outer.inner.unwrap().names[0].value, "a");
        assert!(from_str::<Outer>("inner:\n").unwrap().inner.is_none());
        let err = from_str::<Outer>("inner: [a]\n").unwrap_err();
        assert_eq!(
            (err.message.as_str(), err.line, err.column),
            (
                "expected a mapping of names (`inner: { names: [a] }`), found a list",
                1,
                8
            )
        );
        let err = from_str::<Outer>("inner:\n  nmes: [a]\n").unwrap_err();
        assert_eq!(err.kind, YamlErrorKind::UnknownField);
        assert_eq!((err.line, err.column), (2, 3), "{}", err.message);
    }

    #[test]
    fn another_shape_is_refused_in_the_field_s_words_at_the_value() {
        for (text, message, at) in [
            (
                "names: a\n",
                "expected a list of names (`names: [a]`), found",
                (1, 8),
            ),
            (
                "names: {a: b}\n",
                "expected a list of names (`names: [a]`), found a mapping",
                (1, 8),
            ),
            (
                "on: [1]\n",
                "expected true or false (`on: true`), found a list",
                (1, 5),
            ),
            (
                "on: yes\n",
                "expected true or false (`on: true`), found",
                (1, 5),
            ),
        ] {
            let err = from_str::<Doc>(text).unwrap_err();
            assert_eq!(err.kind, YamlErrorKind::WrongType, "{text}: {err:?}");
            assert!(err.message.starts_with(message), "{text}: {}", err.message);
            assert_eq!((err.line, err.column), at, "{text}: {}", err.message);
        }
    }
}
