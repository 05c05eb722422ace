//! The tests of a validated `meta:` condition, and the values `equals` and `in` compare
//! with. Takes nothing from YAML (`validate` builds them); gives the engine and lint what a
//! test asks, and the one comparison of a value with `equals`/`in` ([`Expected::matches`])
//! that both make. Whether a value passes a whole test is the engine's
//! (`engine::meta_holds`).

// A value written as a number in a rule equals the same number, as exactly as it is read.
#![allow(clippy::float_cmp)]

use std::cell::OnceCell;

use crate::text::parse_number;

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
/// written as a boolean (`true`, unquoted), a value that writes the same boolean as
/// tabular data does (`TRUE`, `Yes`, `y`, `1`: `text::parse_flag`); otherwise,
/// and for a value that reads as no number, its text as written (`0x10`, `"1.0"`,
/// `"yes"`) equals the value's, trimmed and case-insensitively.
#[derive(Debug, Clone, PartialEq)]
pub struct Expected {
    /// As written, without quotes.
    pub text: String,
    /// The number it was written as; `None` for text, and for a number in a notation
    /// metadata values are not read in (`0x10`).
    pub number: Option<f64>,
    /// The boolean it was written as (`true`, unquoted); `None` for anything else.
    pub flag: Option<bool>,
}

impl Expected {
    /// Text, compared as text only.
    pub fn text(text: impl Into<String>) -> Expected {
        Expected {
            text: text.into(),
            number: None,
            flag: None,
        }
    }
}

impl Expected {
    /// Whether a field's value equals this: the comparison `equals` and `in` make, in the
    /// engine and in lint alike. A value that reads as a number equals one written as
    /// that number; otherwise texts are compared trimmed and case-insensitively. A value
    /// with no text equals nothing (the field is missing).
    pub fn matches(&self, value: &FieldValue<'_>) -> bool {
        if value.text.trim().is_empty() {
            return false;
        }
        // A boolean of a rule against one of the data: every spelling a spreadsheet has.
        if let Some(flag) = self.flag {
            return crate::text::parse_flag(value.text) == Some(flag);
        }
        // Only a value written as a number reads the field's as one (most are text).
        match self.number.map(|n| (n, value.number())) {
            Some((n, Some(v))) => v == n,
            _ => same_text(&self.text, value.text),
        }
    }

    /// Whether every value that equals this equals `other` too (lint's question, in the
    /// terms of [`Self::matches`]). The values that equal one `Expected` are a number's
    /// every spelling, or one text in any case, or a boolean's every spelling (`true`:
    /// `yes`, `1`, `Y` …); two of them are one within the other, or apart, or (a boolean
    /// and a number or text that spells it) overlap: lint keeps the latter as the other.
    pub fn within(&self, other: &Expected) -> bool {
        if let Some(flag) = self.flag {
            // Every spelling of the boolean: only the same boolean takes them all.
            return other.flag == Some(flag);
        }
        match self.number {
            // Every spelling of the number: only the same number takes them all.
            Some(n) => other.number == Some(n),
            // One text (in any case), which reads as one number or none.
            None => other.matches(&FieldValue::new(&self.text)),
        }
    }

    /// Whether no value equals this (`equals: ""`: a missing field has no value).
    pub fn is_empty(&self) -> bool {
        self.number.is_none() && self.text.trim().is_empty()
    }
}

/// A field's value as `equals` and `in` compare it: its text and, read once when a value
/// written as a number asks for it, the number it reads as.
pub struct FieldValue<'a> {
    text: &'a str,
    number: OnceCell<Option<f64>>,
}

impl<'a> FieldValue<'a> {
    pub fn new(text: &'a str) -> Self {
        FieldValue {
            text,
            number: OnceCell::new(),
        }
    }

    /// The number the value reads as (`1.0`, `$1,200`), if any.
    pub fn number(&self) -> Option<f64> {
        *self.number.get_or_init(|| parse_number(self.text))
    }
}

/// Case-insensitive comparison of trimmed text (Unicode-aware, ASCII fast path).
fn same_text(a: &str, b: &str) -> bool {
    let (a, b) = (a.trim(), b.trim());
    a.eq_ignore_ascii_case(b) || (!a.is_ascii() && a.to_lowercase() == b.to_lowercase())
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
            flag: scalar
                .boolean
                .then(|| crate::text::parse_flag(&scalar.text))
                .flatten(),
        }
    }
}

impl std::fmt::Display for Expected {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text)
    }
}
