//! Values of the flags that take a count (`--max-missed N`, `--max-changed N`,
//! `--examples N`, `--message N`): text → the number, or an error saying what to write,
//! where the standard parser said "invalid digit found in string" of `1.5` or `-1`.

/// A count of 0 or more, written as digits.
pub(super) fn count<T: std::str::FromStr>(text: &str) -> Result<T, String> {
    let text = text.trim();
    text.parse::<T>().map_err(|_| {
        let why = if text.starts_with('-') {
            "it cannot be negative"
        } else if text.parse::<f64>().is_ok() {
            "it is a count, not a fraction or a percentage"
        } else {
            "write it in digits"
        };
        format!("expected a whole number, 0 or more (e.g. 10): {why}")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_say_what_to_write() {
        assert_eq!(count::<usize>(" 10 "), Ok(10));
        assert_eq!(count::<u64>("0"), Ok(0));
        let said = |text| count::<u64>(text).unwrap_err();
        assert!(said("1.5").ends_with("it is a count, not a fraction or a percentage"));
        assert!(said("-1").ends_with("it cannot be negative"));
        assert!(said("ten").ends_with("write it in digits"));
        assert!(said("").starts_with("expected a whole number, 0 or more (e.g. 10)"));
    }
}
