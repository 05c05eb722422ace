//! Scalars as the file wrote them.
//!
//! Takes a deserializer and what a field takes besides a scalar ([`Takes`]); gives a
//! scalar's text as written and what YAML read it as ([`Written`]), or the collection.
//! YAML 1.2 reads `0x10` as 16, `1.0` as 1 and `404` as a number, and serde-saphyr hands
//! a visitor the number, not its spelling: a rule comparing codes like `0x10`, a phrase
//! `404` or a column named `1.50` means the text. The spelling is read from the source at
//! the value's span ([`super::spanned::written_at`]). Decides nothing about what the text
//! means: how a number written in a rule compares is the engine's.

use std::marker::PhantomData;

use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};

/// What YAML read a scalar as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Quoted, or plain and not a number or `true`/`false`.
    Text,
    /// Plain and a YAML number (`3`, `1.0`, `0x10`).
    Number,
    /// Plain `true` or `false` (YAML 1.1's `yes`/`no`/`on` are text).
    Bool,
}

/// A scalar: its text as written (without quotes), and what YAML read it as.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Written {
    pub(crate) text: String,
    pub(crate) kind: Kind,
}

/// What a field takes besides a scalar, and how it says so.
pub(crate) trait Takes<'de>: Sized {
    /// What the field takes, in a rule author's words (after "expected").
    const EXPECTING: &'static str;

    /// The field's value when it is a mapping; refused by default.
    fn map<A: MapAccess<'de>>(map: A) -> Result<Self, A::Error> {
        drop(map);
        Err(de::Error::invalid_type(
            de::Unexpected::Map,
            &Self::EXPECTING,
        ))
    }

    /// The field's value when it is a list; refused by default.
    fn seq<A: SeqAccess<'de>>(seq: A) -> Result<Self, A::Error> {
        drop(seq);
        Err(de::Error::invalid_type(
            de::Unexpected::Seq,
            &Self::EXPECTING,
        ))
    }
}

/// A value read by [`read`]: a scalar as written, or what [`Takes`] made of a collection.
pub(crate) enum Value<C> {
    Scalar(Written),
    Other(C),
}

/// Reads a scalar as written, or a collection as `C` takes it; anything else (nothing,
/// `~`) is refused in `C`'s words.
pub(crate) fn read<'de, D: Deserializer<'de>, C: Takes<'de>>(d: D) -> Result<Value<C>, D::Error> {
    let spanned = serde_saphyr::Spanned::<Raw<C>>::deserialize(d)?;
    Ok(match spanned.value.0 {
        Value::Scalar(mut written) if written.kind != Kind::Text => {
            if let Some(text) = super::spanned::written_at(spanned.defined) {
                written.text = text;
            }
            Value::Scalar(written)
        }
        value => value,
    })
}

/// A value as YAML typed it: a number's text is its value's (`16`), until [`read`] puts
/// back the spelling.
struct Raw<C>(Value<C>);

impl<'de, C: Takes<'de>> Deserialize<'de> for Raw<C> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(RawVisitor(PhantomData)).map(Raw)
    }
}

struct RawVisitor<C>(PhantomData<C>);

impl<C> RawVisitor<C> {
    fn scalar(text: String, kind: Kind) -> Value<C> {
        Value::Scalar(Written { text, kind })
    }
}

impl<'de, C: Takes<'de>> Visitor<'de> for RawVisitor<C> {
    type Value = Value<C>;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(C::EXPECTING)
    }

    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Value<C>, E> {
        Ok(Self::scalar(v.to_string(), Kind::Bool))
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Value<C>, E> {
        Ok(Self::scalar(v.to_string(), Kind::Number))
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Value<C>, E> {
        Ok(Self::scalar(v.to_string(), Kind::Number))
    }

    fn visit_i128<E: de::Error>(self, v: i128) -> Result<Value<C>, E> {
        Ok(Self::scalar(v.to_string(), Kind::Number))
    }

    fn visit_u128<E: de::Error>(self, v: u128) -> Result<Value<C>, E> {
        Ok(Self::scalar(v.to_string(), Kind::Number))
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Value<C>, E> {
        Ok(Self::scalar(v.to_string(), Kind::Number))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Value<C>, E> {
        Ok(Self::scalar(v.to_owned(), Kind::Text))
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Value<C>, A::Error> {
        C::map(map).map(Value::Other)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Value<C>, A::Error> {
        C::seq(seq).map(Value::Other)
    }
}

/// One text a field takes, a scalar of any kind read as written (`404`, `1.50`, `true`):
/// `T` names the field's words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Text<T>(pub(crate) String, PhantomData<T>);

/// The words of a [`Text`] field.
pub(crate) trait TextWords {
    const EXPECTING: &'static str;
}

impl<T: TextWords> Takes<'_> for Text<T> {
    const EXPECTING: &'static str = T::EXPECTING;
}

impl<'de, T: TextWords> Deserialize<'de> for Text<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Ok(match read::<D, Self>(d)? {
            Value::Scalar(written) => Text(written.text, PhantomData),
            Value::Other(text) => text,
        })
    }
}

/// The text alone (the JSON Schemas' defaults are written this way).
impl<T> serde::Serialize for Text<T> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(serializer)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::yaml::{Spanned, YamlErrorKind, from_str};

    #[derive(Debug)]
    struct Words;
    impl TextWords for Words {
        const EXPECTING: &'static str = "a name as text (`a: x`)";
    }

    #[derive(Debug, serde::Deserialize)]
    struct Doc {
        a: Spanned<Text<Words>>,
    }

    /// YAML 1.2 typing lost how numbers were written (`0x10` read as 16, `1.0` as 1).
    #[test]
    fn a_scalar_is_its_text_as_written() {
        for (yaml, text) in [
            ("a: 0x10\n", "0x10"),
            ("a: 1.0\n", "1.0"),
            ("a: 1.50 # note\n", "1.50"),
            ("a: 404\n", "404"),
            ("a: 1e3\n", "1e3"),
            ("a: +1\n", "+1"),
            ("a: true\n", "true"),
            ("a: yes\n", "yes"),
            ("a: \"0x10\"\n", "0x10"),
            ("x: &n 0o17\na: *n\n", "0o17"),
            ("a:\n  - 1\n", ""),
        ] {
            let doc = from_str::<Doc>(yaml);
            if text.is_empty() {
                let err = doc.unwrap_err();
                assert_eq!(err.kind, YamlErrorKind::WrongType, "{yaml}");
                assert_eq!(
                    err.message, "expected a name as text (`a: x`), found a list",
                    "{yaml}"
                );
                assert_eq!((err.line, err.column), (2, 3), "{yaml}");
                continue;
            }
            let doc = doc.unwrap_or_else(|e| panic!("{yaml}: {e:?}"));
            assert_eq!(doc.a.value.0, text, "{yaml}");
        }
    }

    #[test]
    fn what_yaml_read_a_scalar_as_is_kept() {
        #[derive(Debug, serde::Deserialize)]
        struct Kinds(Vec<Scalar>);
        #[derive(Debug)]
        struct Scalar(Written);
        impl Takes<'_> for Scalar {
            const EXPECTING: &'static str = "a value";
        }
        impl<'de> Deserialize<'de> for Scalar {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                match read::<D, Self>(d)? {
                    Value::Scalar(w) => Ok(Scalar(w)),
                    Value::Other(s) => Ok(s),
                }
            }
        }
        let kinds: Kinds = from_str("[1.0, '1.0', true, 'true', yes, 0x10]").unwrap();
        let got: Vec<_> = kinds
            .0
            .iter()
            .map(|s| (s.0.text.as_str(), s.0.kind))
            .collect();
        assert_eq!(
            got,
            [
                ("1.0", Kind::Number),
                ("1.0", Kind::Text),
                ("true", Kind::Bool),
                ("true", Kind::Text),
                ("yes", Kind::Text),
                ("0x10", Kind::Number),
            ]
        );
    }
}
