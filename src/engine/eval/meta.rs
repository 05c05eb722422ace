//! Metadata tests: a test and a field's value → whether it passes.

use crate::rules::MetaTest;

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

/// Reads `1,200`, `1200.5`, `$900`, `85%`, `1.000,50` as numbers, as a numeric `meta`
/// test reads a value (lint reads the values of `equals`/`in` the same way).
pub(crate) fn parse_number(value: &str) -> Option<f64> {
    // Most values are plain digits ("75", "1200"): read without the cleaned copy, whose
    // allocation was most of the cost of a route's numeric test.
    let trimmed = value.trim();
    if !trimmed.is_empty() && trimmed.len() <= 15 && trimmed.bytes().all(|b| b.is_ascii_digit()) {
        return Some(
            trimmed
                .bytes()
                .fold(0u64, |n, b| n * 10 + u64::from(b - b'0')) as f64,
        );
    }
    let number = value
        .trim()
        .trim_start_matches(['$', '€', '£'])
        .trim_end_matches('%');
    // A comma is a decimal comma after the last dot (`1.000,50`), or alone and not
    // before three digits (`12,5`); otherwise it groups thousands (`1,200`, `1,200.50`).
    let decimal_comma = match (number.rfind('.'), number.rfind(',')) {
        (Some(dot), Some(comma)) => comma > dot,
        (None, Some(comma)) => {
            number.matches(',').count() == 1
                && number[comma + 1..]
                    .bytes()
                    .filter(u8::is_ascii_digit)
                    .count()
                    != 3
        }
        _ => false,
    };
    // One copy, without what groups digits, the decimal mark a dot.
    let cleaned: String = number
        .chars()
        .filter_map(|c| match c {
            ',' if decimal_comma => Some('.'),
            '.' if decimal_comma => None,
            ',' | '_' => None,
            c if c.is_whitespace() => None,
            c => Some(c),
        })
        .collect();
    cleaned.parse::<f64>().ok().filter(|n| n.is_finite())
}

#[cfg(test)]
mod tests {
    use super::parse_number;

    proptest::proptest! {
        /// Plain digits read as the general path reads them.
        #[test]
        fn plain_digits_read_as_any_number(digits in "[0-9]{1,15}", pad in " {0,2}") {
            let value = format!("{pad}{digits}{pad}");
            proptest::prop_assert_eq!(parse_number(&value), digits.parse::<f64>().ok());
        }
    }

    #[test]
    fn numbers_as_exports_write_them() {
        assert_eq!(parse_number("75"), Some(75.0));
        assert_eq!(parse_number(" 1,200 "), Some(1200.0));
        assert_eq!(parse_number("$900"), Some(900.0));
        assert_eq!(parse_number("85%"), Some(85.0));
        assert_eq!(parse_number("12.5"), Some(12.5));
        assert_eq!(
            parse_number("1234567890123456789"),
            Some(1.234_567_890_123_456_8e18)
        );
        // Decimal commas, as European exports write them.
        assert_eq!(parse_number("1.000,50"), Some(1000.5));
        assert_eq!(parse_number("€1.200,50"), Some(1200.5));
        assert_eq!(parse_number("12,5"), Some(12.5));
        assert_eq!(parse_number("1,200.50"), Some(1200.5));
        assert_eq!(parse_number("1,200,000"), Some(1_200_000.0));
        assert_eq!(parse_number(""), None);
        assert_eq!(parse_number("n/a"), None);
    }
}
