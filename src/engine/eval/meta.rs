//! Metadata tests: a test and a field's value → whether it passes.

use crate::rules::MetaTest;
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
    if let Some(expected) = &test.equals
        && !same_text(expected, value)
    {
        return false;
    }
    if let Some(options) = &test.one_of
        && !options.iter().any(|o| same_text(o, value))
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
