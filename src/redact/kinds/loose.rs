//! Codes said loosely: a text → the spans of the numbers said of as another code ("And
//! 5678 is my old one", "my old one: 5678", "Either that or 9876"), which are codes only
//! once one was given: after a code in the same text (`secret.rs` asks from there) or in
//! an earlier message (`names.rs` asks, knowing the conversation). Finds; takes nothing
//! itself.

use std::sync::LazyLock;

use regex::Regex;

use super::labels::is_label;
use super::secret::{CODE_LIST, numbers};
use super::word_before;

/// A code said of as another one, once one is given ("And 5678 is my old one", "5678’s
/// my old one", "my old one was 5678", "my old one: 5678", "9012 might be the other pin",
/// "Either that or 9876"): the number, before or after "my old one", "the previous code"
/// … and "is" or "was", or after "either that or" and ending its clause, is the first
/// group, the second or the third. Only after a code, in the text (`secret.rs`) or
/// earlier in the conversation ([`loose_codes`]): alone, "5678 is my old one" may be of a
/// room or a flight.
pub(super) static LOOSE: LazyLock<Regex> = LazyLock::new(|| {
    // "my first one" is more often a thing's than a code's ("2019 was my first one").
    const ONE: &str = r"(?:my|the|our)\s+(?:(?:old|older|new|newer|previous|former|other|current|backup|real|actual|usual)\s+(?:one|pin|code|pin\s+code)|(?:first|second)\s+(?:pin|code|pin\s+code))";
    const IS: &str = r"(?:is|was|might\s+be|could\s+be|may\s+be)";
    let pattern = format!(
        r"(?i)(?:(?-u:\b)|\A)({CODE_LIST})(?:\s+{IS}|['’]s)\s+{ONE}(?-u:\b)|(?-u:\b){ONE}(?:\s+{IS}\s*[:=]?|\s*[:=])\s*({CODE_LIST})(?-u:\b)|(?-u:\b)(?:(?:it|that)(?:['’]s|\s+{IS})\s+)?either\s+(?:that|this|it)\s+or\s+({CODE_LIST})(?-u:\b)\s*(?:[.!?,;)]|\z|(?:i\s+think|though|i\s+guess)(?-u:\b))"
    );
    Regex::new(&pattern).expect("the loose code pattern is valid")
});

/// The spans of the codes said loosely ([`LOOSE`]) in `text`, whether or not a code was
/// given before: the caller knows whether one was (`names.rs`, for a later message of
/// the conversation).
pub(in crate::redact) fn loose_codes(text: &str) -> Vec<(usize, usize)> {
    if !text.bytes().any(|b| b.is_ascii_digit()) {
        return Vec::new();
    }
    loose_from(text, 0)
}

/// [`loose_codes`] from byte `at` of `text`.
pub(super) fn loose_from(text: &str, at: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for found in LOOSE.captures_iter(&text[at..]) {
        // "My flight 5678 is my old one": a number after its label is the label's.
        if let Some(list) = found.get(1)
            && after_label(&text[..at + list.start()])
        {
            continue;
        }
        if let Some(list) = found.get(1).or(found.get(2)).or(found.get(3)) {
            out.extend(
                numbers(list.as_str())
                    .into_iter()
                    .map(|(s, e)| (at + list.start() + s, at + list.start() + e)),
            );
        }
    }
    out
}

/// The labels of places and things whose numbers are said of so, beside those that
/// `near.rs` takes too ([`is_label`]). Sorted.
const LABELS: &[&str] = &[
    "aisle",
    "apartment",
    "apt",
    "building",
    "bus",
    "case",
    "coupon",
    "customer",
    "door",
    "ext",
    "flat",
    "floor",
    "house",
    "locker",
    "lot",
    "membership",
    "model",
    "plate",
    "platform",
    "promo",
    "route",
    "row",
    "size",
    "suite",
    "train",
    "unit",
    "version",
    "voucher",
    "year",
];

/// Whether `before` (the text before a number) ends with a label that says what the
/// number is, a thing's or a place's, not a secret ("My flight 5678 is my old one", "room
/// #5678 was the other one", "order no. 5678"). Looks at the two words before the
/// number at most.
fn after_label(before: &str) -> bool {
    const NUMBER: &[&str] = &["no", "nr", "num", "number"];
    let skip = |c: char| c.is_whitespace() || matches!(c, '#' | ':');
    let mut rest = before.trim_end_matches(skip);
    // "no." between the label and the number: its full stop is the abbreviation's (not
    // a sentence's end: "my flight. 5678 is my old one").
    let abbreviated = rest.strip_suffix('.').unwrap_or(rest);
    let number = last_word(abbreviated);
    if NUMBER.iter().any(|n| n.eq_ignore_ascii_case(number)) {
        rest = abbreviated[..abbreviated.len() - number.len()].trim_end_matches(skip);
    }
    is_label(&last_word(rest).to_ascii_lowercase(), LABELS)
}

/// The letters that end `text` (empty when something else ends it).
fn last_word(text: &str) -> &str {
    word_before(text, text.len(), |_| false)
}

#[cfg(test)]
mod tests {
    use super::LABELS;
    use crate::redact::kinds::labels::THINGS;

    #[test]
    fn the_labels_are_sorted_and_not_those_of_both() {
        assert!(LABELS.windows(2).all(|w| w[0] < w[1]), "{LABELS:?}");
        assert!(LABELS.iter().all(|w| !THINGS.contains(w)));
    }
}
