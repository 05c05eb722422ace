//! Booleans a file writes as booleans: `escalated: false`, not `escalated: "false"`.
//!
//! Takes a deserializer; gives `true` or `false`, or an error that says what to write.
//! serde-saphyr reads a quoted `"false"` as `false` where a boolean is asked for, so the
//! JSON Schemas (`"type": "boolean"`) and the loader disagreed, as they did for quoted
//! numbers ([`super::unquoted`]); a value in words (`yes`, `off`) is text in YAML 1.2
//! and refused as well.

use serde::de::{self, Deserialize, Deserializer, Unexpected, Visitor};

use super::Spanned;

/// A boolean written as one.
pub(crate) struct Flag(pub(crate) bool);

impl<'de> Deserialize<'de> for Flag {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(Visit).map(Flag)
    }
}

struct Visit;

impl Visitor<'_> for Visit {
    type Value = bool;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("true or false")
    }

    fn visit_bool<E: de::Error>(self, b: bool) -> Result<bool, E> {
        Ok(b)
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<bool, E> {
        let written = v.trim().to_ascii_lowercase();
        let expected = if written == "true" || written == "false" {
            format!("true or false, unquoted (write {written}, not \"{v}\")")
        } else {
            "true or false".to_owned()
        };
        Err(E::invalid_type(Unexpected::Str(v), &expected.as_str()))
    }
}

/// For `#[serde(default, deserialize_with = "…")]` on an `Option<Spanned<bool>>`; `~`
/// refused as [`super::given()`] refuses it.
pub(crate) fn unquoted_flag<'de, D: Deserializer<'de>>(
    d: D,
) -> Result<Option<Spanned<bool>>, D::Error> {
    let spanned: Option<Spanned<Flag>> = super::given(d, "true or false")?;
    Ok(spanned.map(|spanned| Spanned {
        value: spanned.value.0,
        referenced: spanned.referenced,
    }))
}

#[cfg(test)]
mod tests {
    use crate::yaml::{Spanned, YamlErrorKind, from_str};

    #[derive(Debug, serde::Deserialize)]
    struct Doc {
        #[serde(default, deserialize_with = "super::unquoted_flag")]
        b: Option<Spanned<bool>>,
    }

    /// `escalated: "false"` was read as `false`, which the schema refuses.
    #[test]
    fn a_boolean_is_written_as_one_and_refused_at_its_value() {
        let doc: Doc = from_str("b: false\n").unwrap();
        assert!(!doc.b.unwrap().value);
        assert!(from_str::<Doc>("{}").unwrap().b.is_none());
        for (text, message) in [
            (
                "b: \"false\"",
                "expected true or false, unquoted (write false, not \"false\"), found the text \"false\"",
            ),
            (
                "b: 'True'",
                "expected true or false, unquoted (write true, not \"True\"), found the text \"True\"",
            ),
            ("b: 3", "expected true or false, found the number 3"),
            (
                "b: ~",
                "expected true or false, found nothing; leave the key out for the default",
            ),
        ] {
            let err = from_str::<Doc>(text).unwrap_err();
            assert_eq!(err.kind, YamlErrorKind::WrongType, "{text}");
            assert_eq!(err.message, message, "{text}");
            assert_eq!((err.line, err.column), (1, 4), "at the value: {text}");
        }
    }
}
