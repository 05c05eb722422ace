//! A secret said again in a later customer message ("I told you, Snowball", "ok 4 8 2 1
//! didn't work" after the PIN "4 8 2 1"): where the same value shows, its words in any
//! case, a code's digits as one word, typed one apart, or grouped as it was given.

use std::collections::HashSet;
use std::sync::LazyLock;

use regex::Regex;

#[cfg(test)]
use super::found;
use super::found_each;
use crate::text::english::is_common_english;

/// The digits of `secret` when it is a code of digits alone, grouped or not, three or
/// more ("4 8 2 1" → "4821"): such a code is the same as one word or typed one apart.
fn code_digits(secret: &str) -> Option<String> {
    let digits: String = secret.chars().filter(char::is_ascii_digit).collect();
    (digits.len() >= 3
        && (secret.chars()).all(|c| c.is_ascii_digit() || matches!(c, ' ' | '-' | '.')))
    .then_some(digits)
}

/// What separates digits typed one apart: a space or a dash.
fn apart(b: u8) -> bool {
    matches!(b, b' ' | b'-')
}

/// Whether the byte before `at` joins a digit there to something before it: a letter
/// or a digit beside it, or a digit a space away (a longer run typed apart).
fn joined_before(bytes: &[u8], at: usize) -> bool {
    bytes[at - 1].is_ascii_alphanumeric()
        || (apart(bytes[at - 1]) && at >= 2 && bytes[at - 2].is_ascii_digit())
}

/// Whether the byte at `at` joins the digit before it to something after it.
fn joined_after(bytes: &[u8], at: usize) -> bool {
    bytes[at].is_ascii_alphanumeric()
        || (apart(bytes[at]) && bytes.get(at + 1).is_some_and(u8::is_ascii_digit))
}

/// The spans of `digits` typed one apart in `text`, each digit alone between spaces or
/// dashes ("4 8 2 1", "4-8-2-1"), not inside a longer such run ("9 4 8 2 1 7").
#[cfg(test)]
fn one_apart(text: &str, digits: &str) -> Vec<(usize, usize)> {
    let bytes = text.as_bytes();
    let alone_before = |at: usize| at == 0 || !joined_before(bytes, at);
    let alone_after = |at: usize| at >= bytes.len() || !joined_after(bytes, at);
    let want = digits.as_bytes();
    let mut spans = Vec::new();
    for start in 0..bytes.len() {
        if bytes[start] != want[0] || !alone_before(start) {
            continue;
        }
        let mut at = start;
        let mut matched = true;
        for (i, &d) in want.iter().enumerate() {
            if i > 0 {
                if !(bytes.get(at).copied().is_some_and(apart)) {
                    matched = false;
                    break;
                }
                at += 1;
            }
            if bytes.get(at) != Some(&d) {
                matched = false;
                break;
            }
            at += 1;
        }
        if matched && alone_after(at) {
            spans.push((start, at));
        }
    }
    spans
}

/// Groups of digits apart by a space or a dash ("48 21").
static GROUPS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)[0-9]+(?:[ \-][0-9]+)+(?-u:\b)").expect("the groups pattern is valid")
});

/// The spans of `digits` grouped otherwise than given, where the groups end a clause
/// ("snowball and 48 21, I told you" after the PIN 4821: the code said again, as a
/// review of "11 11 year old kids" kept none but the PIN shown): no count of things
/// follows them then.
#[cfg(test)]
fn regrouped_at_a_clause_end(text: &str, digits: &str) -> Vec<(usize, usize)> {
    (GROUPS.find_iter(text))
        .filter(|m| {
            let after = text[m.end()..].chars().next();
            let before = text[..m.start()].chars().next_back();
            (m.as_str().chars().filter(char::is_ascii_digit)).eq(digits.chars())
                && after.is_none_or(|c| matches!(c, ',' | '.' | '!' | '?' | ';' | ')'))
                && !before.is_some_and(|c| matches!(c, '.' | ':' | ','))
        })
        .map(|m| (m.start(), m.end()))
        .collect()
}

/// The spans of `secret` said again in `text`. A code of digits ([`code_digits`]) is
/// its digits as one word ("card ending 4821"; not "14821" nor "48210"), typed one
/// apart (`one_apart`: "4 8 2 1"), grouped exactly as it was given ("48 21" after
/// "48 21"), or grouped otherwise at a clause's end (`regrouped_at_a_clause_end`):
/// never joined across other groupings or marks ("charged 48.21", "at
/// 12.30", "11 11 year old kids", "1 000 dollars" after a PIN 4821, 1230, 1111, 1000: a
/// review found each masked). Any other secret is its whole words in any ASCII case
/// ("snowball" for "Snowball"), but a word of letters that is a common English word is
/// none ("May I speak to someone", "Nice try", "Lucky for me" after the answers "May",
/// "Nice", "Lucky": a review found the open question garbled); nor is one written
/// otherwise than the answer was before a number ("max 200 dollars" after a pet "Max").
#[cfg(test)]
pub(super) fn found_again(text: &str, secret: &str) -> Vec<(usize, usize)> {
    let Some(digits) = code_digits(secret) else {
        if secret.chars().all(char::is_alphabetic) && is_common_english(&secret.to_lowercase()) {
            return Vec::new();
        }
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
    let mut spans = found(text, &digits);
    spans.extend(regrouped_at_a_clause_end(text, &digits));
    if secret != digits && !secret.contains('.') {
        spans.extend(found(text, secret));
    }
    if digits.len() > 1 {
        spans.extend(one_apart(text, &digits));
    }
    spans.retain(|&span| !joined(text, span));
    spans.sort_unstable();
    spans.dedup();
    spans
}

/// The spans of any of `secrets` said again in `text`, as `found_again` finds each
/// (one secret at a time, kept in the tests as what this is held equal to):
/// in order, each once. The text is read once for them all (lowered once, each kind of
/// run found once and looked up among the secrets'), not once a secret: a long message
/// after one that gave thousands of secrets took time growing with the product of the
/// two.
pub(super) fn found_again_any(text: &str, secrets: &[&str]) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    // Words: in any ASCII case, but a common English word given, or one written
    // otherwise than given that is a common word or stands before a number.
    let words: Vec<&str> = (secrets.iter().copied())
        .filter(|s| code_digits(s).is_none())
        .filter(|s| !(s.chars().all(char::is_alphabetic) && is_common_english(&s.to_lowercase())))
        .collect();
    if !words.is_empty() {
        let lower = text.to_ascii_lowercase();
        let lowered: Vec<String> = words.iter().map(|s| s.to_ascii_lowercase()).collect();
        let lowered: Vec<&str> = lowered.iter().map(String::as_str).collect();
        let before_a_number =
            |end: usize| (text[end..].trim_start()).starts_with(|c: char| c.is_ascii_digit());
        for (secret, found) in words.iter().zip(found_each(&lower, &lowered)) {
            spans.extend(found.into_iter().filter(|&(start, end)| {
                text[start..end] == **secret
                    || !(is_common_english(&lower[start..end]) || before_a_number(end))
            }));
        }
    }
    // Codes: their digits as one word, as written, grouped otherwise at a clause's end,
    // or typed one apart; never joined to another number by a mark.
    let codes: Vec<(&str, String)> = (secrets.iter().copied())
        .filter_map(|s| code_digits(s).map(|digits| (s, digits)))
        .collect();
    if !codes.is_empty() {
        let digits: HashSet<&str> = codes.iter().map(|(_, d)| d.as_str()).collect();
        let mut exact: Vec<&str> = digits.iter().copied().collect();
        exact.extend(
            (codes.iter())
                .filter(|(s, d)| s != d && !s.contains('.'))
                .map(|&(s, _)| s),
        );
        let mut found: Vec<(usize, usize)> = found_each(text, &exact).concat();
        found.extend(regrouped_at_a_clause_end_any(text, &digits));
        found.extend(one_apart_any(text, &digits));
        found.retain(|&span| !joined(text, span));
        spans.extend(found);
    }
    spans.sort_unstable();
    spans.dedup();
    spans
}

/// Whether the digits at `start..end` of `text` are joined to another number by a mark
/// beside them ("48.21", "12:30", "1,000"): no word of their own.
fn joined(text: &str, (start, end): (usize, usize)) -> bool {
    let mark = |c: Option<char>| matches!(c, Some('.' | ':' | ','));
    let digit = |c: Option<char>| c.is_some_and(|c| c.is_ascii_digit());
    let mut before = text[..start].chars().rev();
    let mut after = text[end..].chars();
    (mark(before.next()) && digit(before.next())) || (mark(after.next()) && digit(after.next()))
}

/// `regrouped_at_a_clause_end` for each of `digits` (more than one), the groups read
/// once.
fn regrouped_at_a_clause_end_any(text: &str, digits: &HashSet<&str>) -> Vec<(usize, usize)> {
    (GROUPS.find_iter(text))
        .filter(|m| {
            let after = text[m.end()..].chars().next();
            let before = text[..m.start()].chars().next_back();
            let of: String = m.as_str().chars().filter(char::is_ascii_digit).collect();
            digits.contains(of.as_str())
                && after.is_none_or(|c| matches!(c, ',' | '.' | '!' | '?' | ';' | ')'))
                && !before.is_some_and(|c| matches!(c, '.' | ':' | ','))
        })
        .map(|m| (m.start(), m.end()))
        .collect()
}

/// `one_apart` for each of `digits` of two or more: every run of single digits one
/// apart that stands alone, read once, looked up among them. A run that stands alone
/// is whole: one that starts or ends inside a longer one is joined to it.
fn one_apart_any(text: &str, digits: &HashSet<&str>) -> Vec<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut spans = Vec::new();
    let mut run = String::new();
    for start in 0..bytes.len() {
        if !bytes[start].is_ascii_digit() || (start > 0 && joined_before(bytes, start)) {
            continue;
        }
        run.clear();
        run.push(char::from(bytes[start]));
        let mut at = start + 1;
        while bytes.get(at).copied().is_some_and(apart)
            && bytes.get(at + 1).is_some_and(u8::is_ascii_digit)
        {
            run.push(char::from(bytes[at + 1]));
            at += 2;
        }
        let alone_after = at >= bytes.len() || !joined_after(bytes, at);
        if alone_after && run.len() > 1 && digits.contains(run.as_str()) {
            spans.push((start, at));
        }
    }
    spans
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::{found_again, found_again_any};

    fn said(text: &str, secret: &str) -> Vec<String> {
        (found_again(text, secret).into_iter())
            .map(|(start, end)| text[start..end].to_owned())
            .collect()
    }

    #[test]
    fn a_code_said_again_is_found_however_its_digits_are_grouped() {
        assert_eq!(said("ok 4 8 2 1 didn't work", "4 8 2 1"), ["4 8 2 1"]);
        assert_eq!(said("ok 4821 didn't work", "4 8 2 1"), ["4821"]);
        assert_eq!(said("I typed 4-8-2-1 twice", "4821"), ["4-8-2-1"]);
        assert_eq!(said("I typed 48 21 twice", "48 21"), ["48 21"]);
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

    #[test]
    fn a_common_word_given_is_no_secret_said_again() {
        // A review found each masked: a word of the sentence, the open question garbled.
        for (text, secret) in [
            ("May I speak to someone about my bill?", "May"),
            ("Will you refund me?", "Will"),
            ("Price is too high", "Price"),
            ("Nice try, I want a human", "Nice"),
            ("Lucky for me the fraud team called", "Lucky"),
        ] {
            assert!(said(text, secret).is_empty(), "{text}");
        }
        // Other words are the secret said again.
        assert_eq!(said("I said Snowball!", "Snowball"), ["Snowball"]);
        assert_eq!(said("kowalczyk, I told you", "Kowalczyk"), ["kowalczyk"]);
    }

    #[test]
    fn a_code_said_again_is_never_joined_across_marks_or_other_groupings() {
        // A review found each masked.
        for (text, secret) in [
            ("Someone charged 48.21 on my card", "4821"),
            ("Call me at 12.30 please", "1230"),
            ("at 12:30 tomorrow", "1230"),
            ("I have two 11 11 year old kids", "1111"),
            ("it cost 1 000 dollars", "1000"),
            ("it cost 1,000 dollars", "1000"),
            ("I typed 48-21 twice", "4821"),
            ("call 9 4 8 2 1 7", "4821"),
        ] {
            assert!(said(text, secret).is_empty(), "{text}");
        }
        // The same value as a whole word, one apart, or grouped as given stays masked.
        assert_eq!(said("card ending 4821.", "4821"), ["4821"]);
        assert_eq!(said("I typed 4 8 2 1", "4821"), ["4 8 2 1"]);
        assert_eq!(said("I typed 552190 right away", "55 21 90"), ["552190"]);
        assert_eq!(said("it was 552-190", "552-190"), ["552-190"]);
        assert_eq!(said("snowball and 48 21, I told you", "4821"), ["48 21"]);
        assert_eq!(said("I said 48 21", "4821"), ["48 21"]);
    }

    proptest! {
        /// All the secrets looked for in one reading find what each looked for alone
        /// finds: codes grouped, one apart, joined by marks, words in any case, common
        /// words, words before numbers.
        #[test]
        fn said_again_at_once_is_said_again_one_by_one(
            parts in prop::collection::vec(
                prop::sample::select(vec![
                    "4821", "4 8 2 1", "48 21", "4-8-2-1", "48.21", "12:30", "1 000", "9",
                    "Snowball", "snowball", "SNOWBALL", "Max", "max", "May", "200", "and",
                    "I told you", "[secret]", "x4821", "552190", "55 21 90", "1230",
                ]),
                0..10,
            ),
            seps in prop::collection::vec(
                prop::sample::select(vec![" ", ", ", ". ", "-", "", ":", "! "]), 10),
            secrets in prop::collection::vec(
                prop::sample::select(vec![
                    "4821", "4 8 2 1", "48 21", "1230", "55 21 90", "552-190", "1000",
                    "Snowball", "Max", "May", "snowball", "12.30", "x", "Nice",
                ]),
                0..10,
            ),
        ) {
            let mut text = String::new();
            for (part, sep) in parts.iter().zip(&seps) {
                text.push_str(part);
                text.push_str(sep);
            }
            let mut one_by_one: Vec<(usize, usize)> =
                secrets.iter().flat_map(|s| found_again(&text, s)).collect();
            one_by_one.sort_unstable();
            one_by_one.dedup();
            prop_assert_eq!(found_again_any(&text, &secrets), one_by_one, "{:?}", text);
        }
    }
}
