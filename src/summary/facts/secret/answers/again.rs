//! A secret said again in a later customer message ("I told you, Snowball", "ok 4 8 2 1
//! didn't work" after the PIN "4 8 2 1"): where the same value shows, its words in any
//! case, a code's digits however they are grouped.

use std::sync::LazyLock;

use regex::Regex;

use super::found;
use crate::redact::is_common_english;

/// Digits in groups apart or together, by a space, a dash or a dot ("4 8 2 1", "4821",
/// "552-190"): where a code said again may show.
static DIGIT_RUN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)[0-9]+(?:[ .\-][0-9]+)*(?-u:\b)").expect("the digit run pattern is valid")
});

/// The digits of `secret` when it is a code of digits alone, grouped or not, three or
/// more ("4 8 2 1" → "4821"): such a code is the same however it is typed again.
fn code_digits(secret: &str) -> Option<String> {
    let digits: String = secret.chars().filter(char::is_ascii_digit).collect();
    (digits.len() >= 3
        && (secret.chars()).all(|c| c.is_ascii_digit() || matches!(c, ' ' | '-' | '.')))
    .then_some(digits)
}

/// The spans of `secret` said again in `text`: a code of digits ([`code_digits`]) as
/// groups of digits whose digits are its own, one after another ("4821", "48 21" for "4
/// 8 2 1", "4821" of "4821 2 times"; not "14821" nor "48210"), any other as whole words
/// in any ASCII case ("snowball" for "Snowball"), but where written otherwise than the
/// answer was it is a word of the sentence: a common English word ("rose", "may"), or
/// one before a number ("max 200 dollars" after a pet "Max": a review found it masked).
pub(super) fn found_again(text: &str, secret: &str) -> Vec<(usize, usize)> {
    let Some(digits) = code_digits(secret) else {
        let lower = text.to_ascii_lowercase();
        let mut spans = found(&lower, &secret.to_ascii_lowercase());
        let before_a_number =
            |end: usize| (text[end..].trim_start()).starts_with(|c: char| c.is_ascii_digit());
        spans.retain(|&(start, end)| {
            text[start..end] == *secret
                || !(is_common_english(&lower[start..end]) || before_a_number(end))
        });
        return spans;
    };
    let mut spans = Vec::new();
    for run in DIGIT_RUN.find_iter(text) {
        // The groups of the run, each with its span: the code may be some of them
        // ("ok 4821 2 times" holds "4821").
        let groups: Vec<(usize, usize)> = (run
            .as_str()
            .match_indices(|c: char| c.is_ascii_digit()))
        .fold(Vec::new(), |mut groups: Vec<(usize, usize)>, (at, _)| {
            let at = run.start() + at;
            match groups.last_mut() {
                Some(last) if last.1 == at => last.1 = at + 1,
                _ => groups.push((at, at + 1)),
            }
            groups
        });
        let mut from = 0;
        while from < groups.len() {
            let mut said = String::new();
            let mut to = from;
            while to < groups.len() && said.len() < digits.len() {
                said.push_str(&text[groups[to].0..groups[to].1]);
                to += 1;
            }
            if said == digits {
                spans.push((groups[from].0, groups[to - 1].1));
                from = to;
            } else {
                from += 1;
            }
        }
    }
    spans
}

#[cfg(test)]
mod tests {
    use super::found_again;

    fn said(text: &str, secret: &str) -> Vec<String> {
        (found_again(text, secret).into_iter())
            .map(|(start, end)| text[start..end].to_owned())
            .collect()
    }

    #[test]
    fn a_code_said_again_is_found_however_its_digits_are_grouped() {
        assert_eq!(said("ok 4 8 2 1 didn't work", "4 8 2 1"), ["4 8 2 1"]);
        assert_eq!(said("ok 4821 didn't work", "4 8 2 1"), ["4821"]);
        assert_eq!(said("I typed 48-21 twice", "4821"), ["48-21"]);
        assert_eq!(said("ok 4821 2 times", "4821"), ["4821"]);
        // Other digits stay: a longer number, a part of one.
        assert!(said("order 14821 and 48210", "4821").is_empty());
        // The code's own group in a longer run is the code said again.
        assert_eq!(said("call 555 4821 9", "4821"), ["4821"]);
    }

    #[test]
    fn a_word_said_again_is_found_in_any_case_as_a_whole_word() {
        assert_eq!(said("I told you, Snowball", "Snowball"), ["Snowball"]);
        assert_eq!(said("i said snowball!", "Snowball"), ["snowball"]);
        assert!(said("Snowballs are cold", "Snowball").is_empty());
        // A common word written otherwise is that word.
        assert!(said("I can pay max 200 dollars", "Max").is_empty());
        assert!(said("I may call back", "May").is_empty());
        assert_eq!(said("Max 200 dollars", "Max"), ["Max"]);
    }
}
