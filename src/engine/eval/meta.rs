//! Metadata tests: a test and a field's value → whether it passes.

// A value written as a number in a rule equals the same number, as exactly as it is read.
#![allow(clippy::float_cmp)]

use crate::rules::{Expected, MetaTest};
use crate::text::parse_number;

/// Whether a metadata field's value (`None` when missing) passes a test.
pub fn meta_holds(test: &MetaTest, value: Option<&str>) -> bool {
    let value = value.map(str::trim).filter(|v| !v.is_empty());
    if let Some(exists) = test.exists
        && exists != value.is_some()
    {
        return false;
    }
    let needs_value = test.equals.is_some()
        || test.one_of.is_some()
        || test.matches.is_some()
        || [test.gt, test.gte, test.lt, test.lte]
            .iter()
            .any(Option::is_some);
    if !needs_value {
        return true;
    }
    let Some(value) = value else {
        return false;
    };
    // The value read as a number, once, when a value written as a number asks for it.
    let mut number = None;
    let mut equal = |expected: &Expected| match expected.number {
        Some(n) => match *number.get_or_insert_with(|| parse_number(value)) {
            Some(v) => v == n,
            None => same_text(&expected.text, value),
        },
        None => same_text(&expected.text, value),
    };
    if let Some(expected) = &test.equals
        && !equal(expected)
    {
        return false;
    }
    if let Some(options) = &test.one_of
        && !options.iter().any(&mut equal)
    {
        return false;
    }
    if let Some(regex) = &test.matches
        && !regex.is_match(value)
    {
        return false;
    }
    let bounds = [test.gt, test.gte, test.lt, test.lte];
    if bounds.iter().any(Option::is_some) {
        let Some(n) = parse_number(value) else {
            return false;
        };
        if test.gt.is_some_and(|b| n <= b)
            || test.gte.is_some_and(|b| n < b)
            || test.lt.is_some_and(|b| n >= b)
            || test.lte.is_some_and(|b| n > b)
        {
            return false;
        }
    }
    true
}

/// Case-insensitive comparison of trimmed text (Unicode-aware, ASCII fast path).
fn same_text(a: &str, b: &str) -> bool {
    let (a, b) = (a.trim(), b.trim());
    a.eq_ignore_ascii_case(b) || (!a.is_ascii() && a.to_lowercase() == b.to_lowercase())
}
