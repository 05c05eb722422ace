//! Numbers as metadata exports write them: text → the number it reads as, for numeric
//! `meta` tests and for rule values written as numbers. Takes text; gives an `f64` or
//! nothing. Knows nothing of rules or tests.

/// Reads `1,200`, `1200.5`, `$900`, `85%`, `1.000,50` as numbers, as a numeric `meta`
/// test reads a value (lint reads the values of `equals`/`in` the same way, and a rule value
/// written as a number is read this way to be compared with one).
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
