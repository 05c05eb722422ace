//! The tests of a validated `meta:` condition, and the values `equals` and `in` compare
//! with. Takes nothing from YAML (`validate` builds them); gives the engine and lint what a
//! test asks. Whether a value passes is the engine's (`engine::meta_holds`).

/// The tests of a `meta:` condition; all present ones must pass.
#[derive(Debug, Default, Clone)]
pub struct MetaTest {
    /// Equality: see [`Expected`].
    pub equals: Option<Expected>,
    /// Membership: equal to one of them.
    pub one_of: Option<Vec<Expected>>,
    pub gt: Option<f64>,
    pub gte: Option<f64>,
    pub lt: Option<f64>,
    pub lte: Option<f64>,
    /// `true`: the field has a non-empty value; `false`: it has none.
    pub exists: Option<bool>,
    pub matches: Option<regex::Regex>,
}

/// A value `equals` or `in` compares a field's value with. Written as a number (`1.0`,
/// unquoted), it equals a value that reads as the same number (`1`, `1.00`, `1,0`);
/// otherwise, and for a value that reads as no number, its text as written (`0x10`,
/// `"1.0"`) equals the value's, trimmed and case-insensitively.
#[derive(Debug, Clone, PartialEq)]
pub struct Expected {
    /// As written, without quotes.
    pub text: String,
    /// The number it was written as; `None` for text, and for a number in a notation
    /// metadata values are not read in (`0x10`).
    pub number: Option<f64>,
}

impl Expected {
    /// Text, compared as text only.
    pub fn text(text: impl Into<String>) -> Expected {
        Expected {
            text: text.into(),
            number: None,
        }
    }
}

impl From<&str> for Expected {
    fn from(text: &str) -> Expected {
        Expected::text(text)
    }
}

impl From<&super::schema::Scalar> for Expected {
    fn from(scalar: &super::schema::Scalar) -> Expected {
        Expected {
            text: scalar.text.clone(),
            number: scalar.number(),
        }
    }
}

impl std::fmt::Display for Expected {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text)
    }
}
