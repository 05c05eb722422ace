//! Optional values that, when their key is written, are given: `tz: ~`, `role:` or
//! `description: null` is a mistake at the value, not the key left out.
//!
//! Takes a deserializer and what the field takes, in a rule author's words ("a time zone
//! name such as `Europe/London`"); gives the value, or an error at the value that says
//! what was expected, that nothing was found, and that leaving the key out gives the
//! default. serde reads `null` for an `Option` as `None`, the same as the key left out,
//! so a file that meant a value and wrote none (`tz:` with the zone forgotten) loaded
//! with the default (UTC) without a word. Reads the value itself as `T` would, spans and
//! text as written included (the deserializer is handed on, not a value read from it).

use std::marker::PhantomData;

use serde::de::{self, Deserialize, Deserializer, Unexpected, Visitor};

/// What an error says was found where a given value was expected.
const NOTHING: &str = "nothing; leave the key out for the default";

/// An optional field's value, `null` refused (`#[serde(default, deserialize_with = …)]`
/// through a function that names what the field takes).
pub(crate) fn given<'de, D: Deserializer<'de>, T: Deserialize<'de>>(
    d: D,
    expecting: &'static str,
) -> Result<Option<T>, D::Error> {
    d.deserialize_option(Given {
        expecting,
        value: PhantomData,
    })
    .map(Some)
}

/// Declares `fn $name(d) -> Result<Option<T>, D::Error>`, a `deserialize_with` for an
/// optional field that refuses `null` with "expected $what, found nothing; …".
macro_rules! given_fn {
    ($(#[$doc:meta])* $name:ident, $what:expr) => {
        $(#[$doc])*
        pub(crate) fn $name<'de, D, T>(d: D) -> Result<Option<T>, D::Error>
        where
            D: serde::Deserializer<'de>,
            T: serde::Deserialize<'de>,
        {
            $crate::yaml::given(d, $what)
        }
    };
}
pub(crate) use given_fn;

struct Given<T> {
    expecting: &'static str,
    value: PhantomData<T>,
}

impl<'de, T: Deserialize<'de>> Visitor<'de> for Given<T> {
    type Value = T;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.expecting)
    }

    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<T, D::Error> {
        T::deserialize(d)
    }

    fn visit_none<E: de::Error>(self) -> Result<T, E> {
        Err(E::invalid_type(Unexpected::Other(NOTHING), &self))
    }

    fn visit_unit<E: de::Error>(self) -> Result<T, E> {
        self.visit_none()
    }
}

#[cfg(test)]
mod tests {
    use crate::yaml::{Spanned, YamlErrorKind, from_str};

    given_fn!(zone, "a time zone name such as `Europe/London`");
    given_fn!(words, "a list of words");

    #[derive(Debug, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Doc {
        #[serde(default, deserialize_with = "zone")]
        tz: Option<Spanned<String>>,
        #[serde(default, deserialize_with = "words")]
        words: Option<Vec<String>>,
    }

    /// Team decision (lint12): `tz: ~` loaded as UTC without a word.
    #[test]
    fn a_key_written_without_a_value_is_refused_at_the_value() {
        for (text, at) in [
            ("tz: ~\n", (1, 5)),
            // Nothing written: at the key's colon, as a number left empty is.
            ("tz:\n", (1, 3)),
            ("tz: null\n", (1, 5)),
            ("words: [a]\ntz: Null\n", (2, 5)),
        ] {
            let err = from_str::<Doc>(text).unwrap_err();
            assert_eq!(err.kind, YamlErrorKind::WrongType, "{text}");
            assert_eq!(
                err.message,
                "expected a time zone name such as `Europe/London`, found nothing; leave the key out for the default",
                "{text}"
            );
            assert_eq!((err.line, err.column), at, "{text}");
        }
        let err = from_str::<Doc>("words:\ntz: UTC\n").unwrap_err();
        assert!(
            err.message
                .starts_with("expected a list of words, found nothing")
        );
    }

    #[test]
    fn a_value_is_read_as_the_field_reads_it_and_a_key_left_out_is_none() {
        let doc: Doc = from_str("tz: '+01:00'\nwords: [a, 404]\n").unwrap();
        let tz = doc.tz.unwrap();
        assert_eq!(tz.value, "+01:00");
        assert_eq!((tz.referenced.line(), tz.referenced.column()), (1, 5));
        assert_eq!(doc.words.unwrap(), ["a", "404"]);
        let doc: Doc = from_str("{}").unwrap();
        assert!(doc.tz.is_none() && doc.words.is_none());
        // Text that spells null, quoted, is text.
        assert_eq!(from_str::<Doc>("tz: '~'\n").unwrap().tz.unwrap().value, "~");
    }
}
