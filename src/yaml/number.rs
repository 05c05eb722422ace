//! Numbers a file writes as numbers: `at_least: 3`, not `at_least: "3"`.
//!
//! Takes a deserializer; gives a whole number or a number, or an error that says what the
//! field takes. serde-saphyr reads a quoted `"3"` as 3 where a number is asked for, so the
//! JSON Schemas (`"type": "integer"`) and the loader disagreed, and a rule test's `turn:
//! "3"` was refused while a rule's `at_least: "3"` was not. These ask for any value and
//! refuse text, saying what to write (`write 3, not "3"`); an out-of-range number is
//! refused at the value, a too large one with the largest taken, and `.nan`, `.inf` and
//! `1e400` as not finite (each said as written: `super::words::number_as_written`).
//! Ranges narrower than the type's (`times` ≥ 2) are `validate`'s.

use std::marker::PhantomData;

use serde::de::{self, Deserialize, Deserializer, Unexpected, Visitor};

use super::Spanned;

/// A number type a field takes, and how its errors name it.
pub(crate) trait Numeric: Sized {
    /// What the field takes, in a rule author's words (after "expected").
    const WHAT: &'static str;
    /// What it says of `.nan`, `.inf` or `1e400`.
    const NOT_FINITE: &'static str = Self::WHAT;
    /// The largest number it takes, said when a larger one is written (`4294967296`).
    const LARGEST: Option<u64> = None;
    fn from_u64(n: u64) -> Option<Self>;
    fn from_i64(n: i64) -> Option<Self>;
    fn from_f64(n: f64) -> Option<Self>;
}

impl Numeric for u32 {
    const WHAT: &'static str = "a whole number ≥ 0";
    const LARGEST: Option<u64> = Some(u32::MAX as u64);
    fn from_u64(n: u64) -> Option<u32> {
        u32::try_from(n).ok()
    }
    fn from_i64(n: i64) -> Option<u32> {
        u32::try_from(n).ok()
    }
    fn from_f64(_: f64) -> Option<u32> {
        None
    }
}

impl Numeric for f64 {
    const WHAT: &'static str = "a number";
    const NOT_FINITE: &'static str = "a finite number";
    #[allow(clippy::cast_precision_loss)] // as YAML reads a number that large
    fn from_u64(n: u64) -> Option<f64> {
        Some(n as f64)
    }
    #[allow(clippy::cast_precision_loss)]
    fn from_i64(n: i64) -> Option<f64> {
        Some(n as f64)
    }
    fn from_f64(n: f64) -> Option<f64> {
        n.is_finite().then_some(n)
    }
}

/// A number written as one.
struct Unquoted<T>(T);

impl<'de, T: Numeric> Deserialize<'de> for Unquoted<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(Visit(PhantomData)).map(Unquoted)
    }
}

struct Visit<T>(PhantomData<T>);

impl<T: Numeric> Visitor<'_> for Visit<T> {
    type Value = T;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(T::WHAT)
    }

    fn visit_u64<E: de::Error>(self, n: u64) -> Result<T, E> {
        T::from_u64(n).ok_or_else(|| {
            #[allow(clippy::cast_precision_loss)] // compared with a bound, not kept
            let expected = expected_of::<T>(n as f64);
            E::invalid_value(Unexpected::Unsigned(n), &expected.as_str())
        })
    }

    fn visit_i64<E: de::Error>(self, n: i64) -> Result<T, E> {
        T::from_i64(n).ok_or_else(|| E::invalid_value(Unexpected::Signed(n), &self))
    }

    fn visit_f64<E: de::Error>(self, n: f64) -> Result<T, E> {
        T::from_f64(n).ok_or_else(|| {
            if n.is_finite() {
                // An integer too large for a u64 is read as a float: said as written
                // (`super::words::number_as_written`), with the largest one taken.
                E::invalid_type(Unexpected::Float(n), &expected_of::<T>(n).as_str())
            } else {
                // `.nan`, `.inf`, `1e400`: said as written where the error is placed
                // (`super::words::number_as_written`).
                E::invalid_type(Unexpected::Float(n), &T::NOT_FINITE)
            }
        })
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<T, E> {
        let quoted = v.trim().parse::<f64>().is_ok();
        let expected = if quoted {
            format!("{}, unquoted (write {v}, not \"{v}\")", T::WHAT)
        } else {
            T::WHAT.to_owned()
        };
        Err(E::invalid_type(Unexpected::Str(v), &expected.as_str()))
    }
}

/// What a `T` field expects where `n` is written: with the largest number it takes when
/// `n` is larger (`a whole number ≥ 0, at most 4294967295`).
fn expected_of<T: Numeric>(n: f64) -> String {
    match T::LARGEST {
        #[allow(clippy::cast_precision_loss)] // compared with a bound, not kept
        Some(largest) if n > largest as f64 => format!("{}, at most {largest}", T::WHAT),
        _ => T::WHAT.to_owned(),
    }
}

/// An optional field's number, written as one (`#[serde(default, deserialize_with =
/// "crate::yaml::unquoted")]`); written as nothing (`~`), refused as
/// [`super::given()`] refuses it.
pub(crate) fn unquoted<'de, D: Deserializer<'de>, T: Numeric>(
    d: D,
) -> Result<Option<Spanned<T>>, D::Error> {
    let spanned: Option<Spanned<Unquoted<T>>> = super::given(d, T::WHAT)?;
    Ok(spanned.map(|spanned| Spanned {
        value: spanned.value.0,
        referenced: spanned.referenced,
    }))
}

/// A required field's number, written as one, with the place it was written (where a
/// diagnostic about it points: `weight: 0` at the `0`, not at the entry).
pub(crate) fn unquoted_spanned<'de, D: Deserializer<'de>, T: Numeric>(
    d: D,
) -> Result<Spanned<T>, D::Error> {
    let spanned = Spanned::<Unquoted<T>>::deserialize(d)?;
    Ok(Spanned {
        value: spanned.value.0,
        referenced: spanned.referenced,
    })
}

/// A required field's number, written as one.
pub(crate) fn unquoted_value<'de, D: Deserializer<'de>, T: Numeric>(d: D) -> Result<T, D::Error> {
    Unquoted::<T>::deserialize(d).map(|n| n.0)
}

#[cfg(test)]
mod tests {
    use crate::yaml::{Spanned, YamlErrorKind, from_str};

    #[derive(Debug, serde::Deserialize)]
    struct Doc {
        #[serde(default, deserialize_with = "super::unquoted")]
        n: Option<Spanned<u32>>,
        #[serde(default, deserialize_with = "super::unquoted")]
        x: Option<Spanned<f64>>,
    }

    /// `turn: "3"` was refused while `at_least: "3"`, `threshold: "2"` and the like
    /// were quietly read as numbers; `at_least: -1` was placed at the key.
    #[test]
    fn a_number_is_written_as_one_and_refused_at_its_value() {
        let doc: Doc = from_str("n: 3\nx: 1\n").unwrap();
        assert_eq!(doc.n.unwrap().value, 3);
        assert!((doc.x.unwrap().value - 1.0).abs() < f64::EPSILON);
        for (text, message) in [
            (
                "n: \"3\"",
                "expected a whole number ≥ 0, unquoted (write 3, not \"3\"), found the text \"3\"",
            ),
            (
                "x: '0.5'",
                "expected a number, unquoted (write 0.5, not \"0.5\"), found the text \"0.5\"",
            ),
            ("x: two", "expected a number, found the text \"two\""),
            ("n: -1", "expected a whole number ≥ 0, found the number -1"),
            (
                "n: 1.5",
                "expected a whole number ≥ 0, found the number 1.5",
            ),
            // Said as written, not as serde read them
            // (`NaN`, `18446744073709552000.0`).
            ("x: .inf", "expected a finite number, found `.inf`"),
            ("x: -.inf", "expected a finite number, found `-.inf`"),
            ("x: .nan", "expected a finite number, found `.nan`"),
            ("x: 1e400", "expected a finite number, found `1e400`"),
            ("n: .nan", "expected a whole number ≥ 0, found `.nan`"),
            (
                "n: 4294967296",
                "expected a whole number ≥ 0, at most 4294967295, found the number 4294967296",
            ),
            (
                "n: 18446744073709551616",
                "expected a whole number ≥ 0, at most 4294967295, found the number 18446744073709551616",
            ),
            (
                "n: -18446744073709551617",
                "expected a whole number ≥ 0, found the number -18446744073709551617",
            ),
            (
                "n: ~",
                "expected a whole number ≥ 0, found nothing; leave the key out for the default",
            ),
        ] {
            let err = from_str::<Doc>(text).unwrap_err();
            assert_eq!(err.kind, YamlErrorKind::WrongType, "{text}");
            assert_eq!(err.message, message, "{text}");
            assert_eq!((err.line, err.column), (1, 4), "{text}");
        }
    }
}
