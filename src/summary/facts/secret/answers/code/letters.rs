//! A code sent typed as a group of letters beside a group of digits ("ABC 123", "123
//! XYZ", "abc-123"): the reply to the bot's question for a code → that run, one secret,
//! where it leads the reply. The digits alone were the secret, and the letters showed
//! ("ABC \[secret\]" under `--redact`: a review).

use std::sync::LazyLock;

use regex::Regex;

use super::super::clause::fillers_len;
use super::super::says_nothing;
use super::{LABELS, NUMBER_WORDS, labelled};
use crate::text::english::is_common_english;

/// A group of two to six letters and one of two to six digits, either first, apart by a
/// space or a dash.
static LETTERS_AND_DIGITS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:[A-Za-z]{2,6}[ \-][0-9]{2,6}|[0-9]{2,6}[ \-][A-Za-z]{2,6})(?-u:\b)")
        .expect("the letters and digits pattern is valid")
});

/// The code of letters and digits that leads the reply `text` ([`LETTERS_AND_DIGITS`],
/// its fillers passed over: "ABC 123", "it's abc 123"), if one does: its letters typed
/// all in capitals or all in small letters, as a code is, none a given name, a label
/// ([`LABELS`], [`NUMBER_WORDS`]: "apt 12 34", "no 12"), a common English word or one
/// that says nothing ("ok 123", "at 12", "in 10 minutes", "John 4821" give none).
pub(super) fn letters_and_digits(text: &str) -> Option<&str> {
    let lead = fillers_len(text);
    let run = LETTERS_AND_DIGITS.find_at(text, lead)?;
    if run.start() != lead || labelled(&text[..lead]) {
        return None;
    }
    let letters =
        (run.as_str().split([' ', '-'])).find(|g| g.chars().all(|c| c.is_ascii_alphabetic()))?;
    let lower = letters.to_ascii_lowercase();
    let one_case = letters.chars().all(|c| c.is_ascii_uppercase()) || letters == lower;
    (one_case
        && !LABELS.contains(&lower.as_str())
        && !NUMBER_WORDS.contains(&lower.as_str())
        && !crate::redact::is_given_name(letters)
        && !is_common_english(&lower)
        && !says_nothing(&[lower]))
    .then(|| run.as_str())
}

#[cfg(test)]
mod tests {
    use super::letters_and_digits;

    #[test]
    fn a_group_of_letters_beside_one_of_digits_is_one_code() {
        for (reply, code) in [
            ("ABC 123", "ABC 123"),
            ("abc 123 I want a human", "abc 123"),
            ("it's XKQ-4821", "XKQ-4821"),
            ("123 XYZ", "123 XYZ"),
        ] {
            assert_eq!(letters_and_digits(reply), Some(code), "{reply}");
        }
        for reply in [
            "ok 123",
            "at 12 please",
            "in 10 minutes",
            "Flat 12 is mine",
            "I got ABC 123",
            "123",
            "order AB 12",
            "John 4821",
            "apt 12 34. I want a human",
            "seat 12 34",
            "Abc 123",
        ] {
            assert_eq!(letters_and_digits(reply), None, "{reply}");
        }
    }
}
