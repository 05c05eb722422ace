//! Phone numbers in a reply to a code's question: a text → the spans of its numbers that
//! are a phone's (of a phone's length, or after "call me on", "send it to", "phone
//! number"), whose digits are no code.

use std::sync::LazyLock;

use regex::Regex;

use super::SAYS_WHAT;

/// Digits in groups apart or together, by a space, a dash or a dot ("0171 555 1234",
/// "555-123"): a number read whole to tell a phone's from a code.
static DIGIT_RUN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)[0-9]+(?:[ .\-][0-9]+)*(?-u:\b)").expect("the digit run pattern is valid")
});

/// The fewest digits of a phone number ("0171 555 1234"): a code is shorter.
const PHONE_DIGITS: usize = 10;

/// Words between a phone's cue and its number ("call me on", "send it to", "my number
/// is"): passed over to find the cue.
const BETWEEN: &[&str] = &[
    "me", "us", "it", "on", "at", "is", "was", "back", "my", "the", "a", "your", "this", "that",
];

/// Words before "number" that make it a phone's ("phone number", "wrong number"); after
/// anything else ("PIN number 4821", "number 4 8 2 1" alone) it is the code's.
const PHONES: &[&str] = &[
    "phone",
    "mobile",
    "cell",
    "tel",
    "contact",
    "wrong",
    "different",
    "callback",
    "new",
];

/// Whether the text `before` a number ends with a phone's or a sender's cue
/// ([`SAYS_WHAT`]: "send it to", "came from", "call me on"; "number" after [`PHONES`]),
/// the words of [`BETWEEN`] passed over: the number is a phone's, no code ("I never
/// got it, send it to 0171 555 1234 instead", "The text came from 555-123": a review
/// found both masked).
fn after_a_phone_cue(before: &str) -> bool {
    let mut words = (before.split_whitespace().rev())
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .filter(|w| !w.is_empty())
        .skip_while(|w| BETWEEN.contains(&w.as_str()));
    match words.next() {
        Some(w) if w == "number" => words.next().is_some_and(|w| PHONES.contains(&w.as_str())),
        Some(w) => SAYS_WHAT.contains(&w.as_str()),
        None => false,
    }
}

/// The spans of `text`'s phone numbers ([`DIGIT_RUN`]): of a phone's length
/// ([`PHONE_DIGITS`]) or after a phone's cue ([`after_a_phone_cue`]). Their digits are
/// no code.
pub(super) fn phones(text: &str) -> Vec<(usize, usize)> {
    (DIGIT_RUN.find_iter(text))
        .filter(|m| {
            m.as_str().chars().filter(char::is_ascii_digit).count() >= PHONE_DIGITS
                || after_a_phone_cue(&text[..m.start()])
        })
        .map(|m| (m.start(), m.end()))
        .collect()
}
