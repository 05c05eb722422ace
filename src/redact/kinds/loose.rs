//! Codes said loosely: a text → the spans of the numbers said of as another code ("And
//! 5678 is my old one", "my old one: 5678", "Either that or 9876"), which are codes only
//! once one was given: after a code in the same text (`secret.rs` asks from there) or in
//! an earlier message (`names.rs` asks, knowing the conversation). Finds; takes nothing
//! itself.

use std::sync::LazyLock;

use regex::Regex;

use super::secret::{CODE_LIST, numbers};

/// A code said of as another one, once one is given ("And 5678 is my old one", "5678’s
/// my old one", "my old one was 5678", "my old one: 5678", "9012 might be the other pin",
/// "Either that or 9876"): the number, before or after "my old one", "the previous code"
/// … and "is" or "was", or after "either that or" and ending its clause, is the first
/// group, the second or the third. Only after a code, in the text (`secret.rs`) or
/// earlier in the conversation ([`loose_codes`]): alone, "5678 is my old one" may be of a
/// room or a flight.
static LOOSE: LazyLock<Regex> = LazyLock::new(|| {
    const ONE: &str = r"(?:my|the|our)\s+(?:old|older|new|newer|previous|former|other|current|first|second|backup|real|actual|usual)\s+(?:one|pin|code|pin\s+code)";
    const IS: &str = r"(?:is|was|might\s+be|could\s+be|may\s+be)";
    let pattern = format!(
        r"(?i)(?:\b|\A)({CODE_LIST})(?:\s+{IS}|['’]s)\s+{ONE}\b|\b{ONE}(?:\s+{IS}\s*[:=]?|\s*[:=])\s*({CODE_LIST})\b|\b(?:(?:it|that)(?:['’]s|\s+{IS})\s+)?either\s+(?:that|this|it)\s+or\s+({CODE_LIST})\b\s*(?:[.!?,;)]|\z|(?:i\s+think|though|i\s+guess)\b)"
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
