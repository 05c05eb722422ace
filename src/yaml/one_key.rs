//! Reading one key of a mapping alone, the others skipped: where serde stops at a
//! piece's first error, each key's own first error.
//!
//! Takes a piece of YAML text, a path to a mapping in it (keys and list indices, [`Step`])
//! and one of that mapping's keys; gives the mapping read as a type `T` that has only that
//! key, or the error of that key's value, in the words and places [`super::from_str_at`]
//! gives. A case of a rule test with a wrong `turn:` and a wrong `escalated:` is two
//! errors, one per key read. `T` is read from a mapping with one key: its other required
//! fields are missing (an error the caller ignores), and a `Spanned<T>` cannot be asked
//! for. A key written twice in the mapping read is read where first written; one written
//! twice in a value is the error serde-saphyr gives for it (as [`Shape::duplicate_keys`]
//! gives it: the two are one mistake), not the value type's own words for it.
//! [`value_errors`] reads each key of a mapping so, for every wrong value in it (rule-test
//! cases, rule items). Checks nothing else.
//!
//! [`Shape::duplicate_keys`]: super::Shape::duplicate_keys

use std::marker::PhantomData;

use serde::de::{
    self, DeserializeOwned, DeserializeSeed, Deserializer, IgnoredAny, IntoDeserializer, MapAccess,
    SeqAccess, Visitor,
};

use super::keys::Key;
use super::{Origin, Piece, Shape, YamlError, YamlErrorKind, fields_of, options, read_readable};

/// One step of a path into a YAML document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Step<'a> {
    /// The value of a mapping's key.
    Key(&'a str),
    /// A list's item.
    Index(usize),
}

/// The mapping at `path` in `text` (a piece at `origin`) read as `T` with only its key
/// `key`: `None` when the path leads nowhere (through a value that is no mapping or list,
/// or one without the key or item); the type's error when the value there is not a
/// mapping.
pub(super) fn read_key<T: DeserializeOwned>(
    text: &str,
    origin: Origin,
    path: &[Step<'_>],
    key: &str,
) -> Result<Option<T>, YamlError> {
    // The tags of the piece blanked out, each read as the value it tags: the reader
    // would stop at one (in another key's value too, which the read skips), and its
    // error would hide this key's. Found after the read instead ([`super::tags::Scan::after`]).
    // One scan finds them for both (and the text blanked has none to look for).
    let tags = super::tags::scan(text);
    let blanked = tags.blanked(text);
    let read = |options| {
        read_readable(&blanked, origin, options, None, |de| {
            At::<T> {
                path,
                key,
                read: PhantomData,
            }
            .deserialize(de)
        })
    };
    // A key written twice in the mapping read is read where first written; one written
    // twice in a value reaches the value's type, which says so in words of its own
    // ("duplicate field"): read again, it is the error serde-saphyr gives for it.
    let mut lenient = options();
    lenient.duplicate_keys = serde_saphyr::DuplicateKeyPolicy::PassThrough;
    let read = match read(lenient) {
        Err(e) if e.kind == YamlErrorKind::Syntax && e.message.starts_with("duplicate field `") => {
            read(options())
        }
        read => read,
    };
    tags.after(text, origin, read)
}

/// The error of each key of the mapping `map` (at `path` in `piece` of `text`) that `T`
/// has (any key, if `T` is no struct), each read alone as `T` ([`read_key`]): every wrong
/// value of a mapping that did not parse, where serde stops at the first. That the other
/// fields are then missing is not one.
pub(crate) fn value_errors<T: DeserializeOwned>(
    piece: &Piece,
    text: &str,
    path: &[Step<'_>],
    map: &Shape,
) -> Vec<YamlError> {
    let fields = fields_of::<T>();
    map.entries()
        .iter()
        .map(|(key, _)| key.value.as_str())
        .filter(|key| fields.is_empty() || fields.contains(key))
        .filter_map(|key| piece.parse_key::<T>(text, path, key).err())
        .filter(|e| e.kind != YamlErrorKind::MissingField)
        .collect()
}

/// The seed that walks `path` and reads `T` with only `key` there.
struct At<'p, T> {
    path: &'p [Step<'p>],
    key: &'p str,
    read: PhantomData<T>,
}

impl<'de, T: DeserializeOwned> DeserializeSeed<'de> for At<'_, T> {
    type Value = Option<T>;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Option<T>, D::Error> {
        match self.path.split_first() {
            None => T::deserialize(OneKey {
                inner: d,
                key: self.key,
            })
            .map(Some),
            Some((&step, rest)) => d.deserialize_any(Walk {
                step,
                rest: At {
                    path: rest,
                    key: self.key,
                    read: PhantomData,
                },
            }),
        }
    }
}

/// Goes one step down a path, skipping what is beside it.
struct Walk<'p, T> {
    step: Step<'p>,
    rest: At<'p, T>,
}

macro_rules! nothing_there {
    ($($name:ident: $ty:ty),*) => {
        $(fn $name<E: de::Error>(self, _: $ty) -> Result<Self::Value, E> {
            Ok(None)
        })*
    };
}

impl<'de, T: DeserializeOwned> Visitor<'de> for Walk<'_, T> {
    type Value = Option<T>;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("any YAML value")
    }

    // A value that is not the mapping or list the path goes through: nothing to read
    // there (the error of the whole says what it is).
    nothing_there!(visit_bool: bool, visit_i64: i64, visit_u64: u64, visit_f64: f64,
        visit_str: &str, visit_bytes: &[u8]);

    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_any(self)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        let mut found = None;
        let mut rest = Some(self.rest);
        let mut index = 0;
        loop {
            let wanted = self.step == Step::Index(index);
            match rest.take_if(|_| wanted) {
                Some(at) => match seq.next_element_seed(at)? {
                    Some(value) => found = value,
                    None => break,
                },
                None => {
                    if seq.next_element::<IgnoredAny>()?.is_none() {
                        break;
                    }
                }
            }
            index += 1;
        }
        Ok(found)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut found = None;
        let mut rest = Some(self.rest);
        while let Some(key) = map.next_key::<Key>()? {
            let wanted = matches!((&key, self.step), (Key::Text(k), Step::Key(s)) if k == s);
            match rest.take_if(|_| wanted) {
                Some(at) => found = map.next_value_seed(at)?,
                None => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok(found)
    }
}

/// A deserializer of a mapping that shows its reader one key only.
struct OneKey<'k, D> {
    inner: D,
    key: &'k str,
}

impl<'de, D: Deserializer<'de>> Deserializer<'de> for OneKey<'_, D> {
    type Error = D::Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, D::Error> {
        self.inner.deserialize_map(OneKeyVisitor {
            inner: visitor,
            key: self.key,
        })
    }

    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, D::Error> {
        self.deserialize_any(visitor)
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        _: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        self.deserialize_any(visitor)
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes
        byte_buf option unit unit_struct newtype_struct seq tuple tuple_struct enum
        identifier ignored_any
    }
}

struct OneKeyVisitor<'k, V> {
    inner: V,
    key: &'k str,
}

impl<'de, V: Visitor<'de>> Visitor<'de> for OneKeyVisitor<'_, V> {
    type Value = V::Value;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.inner.expecting(f)
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<V::Value, A::Error> {
        self.inner.visit_map(OneKeyMap {
            inner: map,
            key: self.key,
            given: false,
        })
    }
}

/// A mapping's entries, but for the one key (where first written) skipped.
struct OneKeyMap<'k, A> {
    inner: A,
    key: &'k str,
    given: bool,
}

impl<'de, A: MapAccess<'de>> MapAccess<'de> for OneKeyMap<'_, A> {
    type Error = A::Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, A::Error> {
        while let Some(key) = self.inner.next_key::<Key>()? {
            match key {
                Key::Text(text) if !self.given && text == self.key => {
                    self.given = true;
                    return seed.deserialize(text.into_deserializer()).map(Some);
                }
                _ => {
                    self.inner.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok(None)
    }

    fn next_value_seed<S: DeserializeSeed<'de>>(&mut self, seed: S) -> Result<S::Value, A::Error> {
        self.inner.next_value_seed(seed)
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::*;

    #[derive(Debug, serde::Deserialize, PartialEq)]
    #[serde(deny_unknown_fields)]
    struct Expect {
        #[serde(default)]
        turn: Option<u32>,
        #[serde(default)]
        escalated: Option<bool>,
        name: String,
    }

    #[derive(Debug, serde::Deserialize)]
    struct Case {
        #[allow(dead_code)]
        expect: Expect,
    }

    fn read<T: DeserializeOwned>(
        text: &str,
        path: &[Step],
        key: &str,
    ) -> Result<Option<T>, YamlError> {
        read_key(text, Origin::default(), path, key)
    }

    #[test]
    fn each_key_is_read_alone_with_its_own_error() {
        let text = "case:\n  list: [a, { expect: { turn: three, escalated: maybe, zz: 1 } }]\n";
        let path = [
            Step::Key("case"),
            Step::Key("list"),
            Step::Index(1),
            Step::Key("expect"),
        ];
        let turn = read::<Expect>(text, &path, "turn").unwrap_err();
        assert_eq!(
            (turn.kind, turn.line, turn.column),
            (YamlErrorKind::WrongType, 2, 31)
        );
        let escalated = read::<Expect>(text, &path, "escalated").unwrap_err();
        assert_eq!(
            (escalated.kind, escalated.line, escalated.column),
            (YamlErrorKind::WrongType, 2, 49)
        );
        // The other required field is missing, as it is from every key read alone.
        let name = read::<Expect>(text, &path, "name").unwrap_err();
        assert_eq!(name.kind, YamlErrorKind::MissingField);
        let map = read::<BTreeMap<String, u32>>(text, &path, "turn");
        assert_eq!(map.unwrap_err().line, 2);
        let map = read::<BTreeMap<String, String>>(text, &path, "zz").unwrap();
        assert_eq!(
            map,
            Some(BTreeMap::from([("zz".to_owned(), "1".to_owned())]))
        );
        // Nothing there: a path that leads nowhere, or a key the mapping lacks.
        let nowhere = [Step::Key("case"), Step::Key("list"), Step::Index(5)];
        assert_eq!(read::<Expect>(text, &nowhere, "turn").unwrap(), None);
        // A value there that is not a mapping is the type's error.
        let scalar = [Step::Key("case"), Step::Key("list"), Step::Index(0)];
        let err = read::<Expect>(text, &scalar, "turn").unwrap_err();
        assert_eq!(
            (err.kind, err.line, err.column),
            (YamlErrorKind::WrongType, 2, 10)
        );
        let through_scalar = [
            Step::Key("case"),
            Step::Key("list"),
            Step::Index(0),
            Step::Index(0),
        ];
        assert_eq!(read::<Expect>(text, &through_scalar, "turn").unwrap(), None);
        let map = read::<BTreeMap<String, String>>(text, &path, "nope").unwrap();
        assert_eq!(map, Some(BTreeMap::new()));
    }

    /// A key written twice in the mapping read is read where first written; one in a
    /// value is the error serde-saphyr gives for it, where it is written again, not the
    /// value type's own words for it.
    #[test]
    fn a_key_written_twice_is_read_first_or_is_the_duplicate_s_error() {
        let text = "expect: { turn: 1, escalated: true, turn: 2, name: x }\n";
        let path = [Step::Key("expect")];
        let map = read::<BTreeMap<String, String>>(text, &path, "turn").unwrap();
        assert_eq!(
            map,
            Some(BTreeMap::from([("turn".to_owned(), "1".to_owned())]))
        );
        let expect = read::<Expect>(text, &path, "name").unwrap().unwrap();
        assert_eq!(expect.name, "x");
        let err = read::<Case>(text, &[], "expect").unwrap_err();
        assert_eq!(
            (err.kind, err.line, err.column),
            (YamlErrorKind::DuplicateKey, 1, 37)
        );
    }
}
