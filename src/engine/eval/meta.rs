//! Metadata tests: a test and a field's value → whether it passes (`equals` and `in`
//! compare as [`Expected::matches`] does, which lint's reasoning about tests shares).

use crate::rules::{Expected, FieldValue, MetaTest};

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
    // The value read as a number once, when a value written as a number asks for it.
    let field = FieldValue::new(value);
    let equal = |expected: &Expected| expected.matches(&field);
    if let Some(expected) = &test.equals
        && !equal(expected)
    {
        return false;
    }
    if let Some(options) = &test.one_of
        && !options.iter().any(equal)
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
        let Some(n) = field.number() else {
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
