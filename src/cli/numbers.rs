//! Values of the flags that take a count (`--max-missed N`, `--max-changed N`,
//! `--examples N`) or a message number (`--message N`): text → the number, or an error
//! saying what to write,
//! where the standard parser said "invalid digit found in string" of `1.5` or `-1`.

/// A count of 0 or more, written as digits.
pub(super) fn count<T: std::str::FromStr>(text: &str) -> Result<T, String> {
    let text = text.trim();
    text.parse::<T>().map_err(|_| {
        format!(
            "expected a whole number, 0 or more (e.g. 10): {}",
            why(text)
        )
    })
}

/// A message number, from 1 (`--message`): a position, not a count. 0 is left to the
/// command, which says how many messages the conversation has.
pub(super) fn position<T: std::str::FromStr>(text: &str) -> Result<T, String> {
    let text = text.trim();
    text.parse::<T>().map_err(|_| {
        format!(
            "expected a message number, the first being 1: {}",
            why(text)
        )
    })
}

/// Why `text` is not a whole number, as a hint.
fn why(text: &str) -> &'static str {
    let digits = text.strip_prefix('-').unwrap_or(text);
    if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) {
        if text.starts_with('-') {
            "it cannot be negative"
        } else {
            "it is too large"
        }
    } else if text.contains(['.', ',', '%']) && text.trim_end_matches('%').parse::<f64>().is_ok() {
        "it is a whole number, not a fraction or a percentage"
    } else {
        "write it in digits"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_say_what_to_write() {
        assert_eq!(count::<usize>(" 10 "), Ok(10));
        assert_eq!(count::<u64>("0"), Ok(0));
        let said = |text| count::<u64>(text).unwrap_err();
        assert!(said("1.5").ends_with("it is a whole number, not a fraction or a percentage"));
        assert!(said("50%").ends_with("not a fraction or a percentage"));
        assert!(said("-1").ends_with("it cannot be negative"));
        assert!(said("-1.5").ends_with("not a fraction or a percentage"));
        assert!(said("ten").ends_with("write it in digits"));
        assert!(said("1e3").ends_with("write it in digits"));
        assert!(said("99999999999999999999").ends_with("it is too large"));
        assert_eq!(position::<usize>("3"), Ok(3));
        assert_eq!(
            position::<usize>("1.5").unwrap_err(),
            "expected a message number, the first being 1: it is a whole number, not a fraction or a percentage"
        );
        assert!(said("").starts_with("expected a whole number, 0 or more (e.g. 10)"));
    }
}
