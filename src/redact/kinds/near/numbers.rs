//! What a number near a code's word may be: a word of a text → whether it is a number a
//! code may be (three to eight digits, not an amount, a date, a time or a measure), the
//! code written in groups of digits it starts or ends, and whether a code's word names a
//! secret or a thing's code ("zip code"). The word lists these read. The walk from a
//! code's word to its numbers is `near.rs`'s.

use super::super::labels::is_label;
use super::super::written::{dated, is_dash, is_space, run_end};
use super::Word;

/// Words before "code" that make it a thing's code, not a secret. Sorted.
pub(super) const THING_CODES: &[&str] = &[
    "access",
    "area",
    "bar",
    "booking",
    "cheat",
    "color",
    "colour",
    "confirmation",
    "country",
    "coupon",
    "dial",
    "dialing",
    "dialling",
    "discount",
    "dress",
    "error",
    "gift",
    "morse",
    "post",
    "postal",
    "product",
    "promo",
    "promotion",
    "promotional",
    "qr",
    "reason",
    "reference",
    "referral",
    "sort",
    "source",
    "status",
    "tax",
    "tracking",
    "voucher",
    "zip",
];

/// Words after which a number is another thing's, not the code's: the search stops there.
/// The labels of things `loose.rs` takes too ([`is_label`]), and these: identifiers,
/// currencies and measures ("1500 miles"). Sorted.
pub(super) const OTHER_LABELS: &[&str] = &[
    "acct", "card", "dollars", "hours", "id", "km", "miles", "minutes", "people", "phone", "sku",
    "usd", "years",
];

/// The end of the code written in groups of digits that the first of `words` starts
/// ("123 456 789", "12 34 56 78 9", "123.456.789": [`run_end`]), and how many words it
/// is; `None` for one group, or groups that are a date, an amount or a range
/// ("2024-03-01", "10.50": [`dated`]), under three digits, or part of a number or a
/// measure as a code's number is not ([`is_code_number`]).
pub(super) fn code_run(text: &str, words: &[Word]) -> Option<(usize, usize)> {
    let word = words.first()?;
    if word.mask.is_some()
        || !text[word.start..word.end]
            .bytes()
            .all(|b| b.is_ascii_digit())
    {
        return None;
    }
    let room = &text[word.room.0..word.room.1];
    let (start, end) = (
        word.start - word.room.0,
        run_end(room, word.start - word.room.0),
    );
    let run = &room[start..end];
    let groups = words
        .iter()
        .take_while(|w| w.mask.is_none() && w.end <= word.room.0 + end)
        .count();
    let digits = run.bytes().filter(u8::is_ascii_digit).count();
    (groups > 1
        && digits >= 3
        && !dated(run)
        && !part_of_a_number(room, start, end)
        && !measures(&room[end..]))
    .then_some((word.room.0 + end, groups))
}

/// The index of the first of the groups of digits among `words` that the word at `i`,
/// a group of digits, ends ("12 34 56 78 9" for its "9"), when it is one of two or more:
/// those each one separator after the word before it.
pub(super) fn run_start(text: &str, words: &[Word], i: usize) -> Option<usize> {
    let digits =
        |w: &Word| w.mask.is_none() && text[w.start..w.end].bytes().all(|b| b.is_ascii_digit());
    if !digits(&words[i]) {
        return None;
    }
    let mut first = i;
    while first > 0 {
        let (before, word) = (&words[first - 1], &words[first]);
        let between = &text[before.end..word.start];
        let one = between.chars().count() == 1
            && between
                .chars()
                .all(|c| is_space(c) || is_dash(c) || c == '.');
        if !digits(before) || !one {
            break;
        }
        first -= 1;
    }
    (first < i).then_some(first)
}

/// Whether `word`, not a mask, is a number a code may be, read in its room: what stands
/// beyond a span taken is not read, as a mask's brackets are no part of a number.
pub(super) fn is_code_word(text: &str, word: &Word) -> bool {
    word.mask.is_none()
        && is_code_number(
            &text[word.room.0..word.room.1],
            word.start - word.room.0,
            word.end - word.room.0,
        )
}

/// Whether the code's word `word` at `start` names a secret: not "pin" as a verb ("pin
/// the message"), nor a thing's code ("zip code", "promo code", "code of conduct").
pub(in crate::redact::kinds) fn names_a_secret(text: &str, start: usize, word: &str) -> bool {
    if word.len() <= 4 && word[..3].eq_ignore_ascii_case("pin") {
        return super::super::secret::pinned(text, start).is_none();
    }
    let before = super::super::word_before(text, start, char::is_whitespace).to_lowercase();
    let of = text[start + word.len()..]
        .trim_start()
        .get(..3)
        .is_some_and(|w| w.eq_ignore_ascii_case("of "));
    !of && THING_CODES.binary_search(&before.as_str()).is_err()
}

/// Whether the word `text[start..end]` is a number a code may be: three to eight ASCII
/// digits, not part of an amount, a date, a time or a measure ("$4000", "12/2024",
/// "10:30", "1.5", "50%").
pub(super) fn is_code_number(text: &str, start: usize, end: usize) -> bool {
    let word = &text[start..end];
    if !(3..=8).contains(&word.len()) || !word.bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    !part_of_a_number(text, start, end) && !measures(&text[end..])
}

/// Whether the digits `text[start..end]` are part of an amount, a date, a time, a
/// decimal or a percentage ("$4000", "12/2024", "10:30", "1.5", "50%").
pub(in crate::redact) fn part_of_a_number(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let mut after = text[end..].chars();
    let (next, then) = (after.next(), after.next());
    let joined = |c: Option<char>| matches!(c, Some('.' | ',' | ':' | '/' | '-'));
    let digit = |c: Option<char>| c.is_some_and(|c| c.is_ascii_digit());
    matches!(before, Some('$' | '£' | '€' | '#' | '+'))
        || (joined(before) && digit(text[..start].chars().nth_back(1)))
        || (joined(next) && digit(then))
        || next == Some('%')
}

/// Whether `after`, the text after a number, starts with a word that makes it a measure
/// or another thing's ("1500 miles", "2000 dollars", "300 people").
pub(super) fn measures(after: &str) -> bool {
    let word: String = after
        .trim_start()
        .chars()
        .take_while(|c| c.is_alphabetic())
        .flat_map(char::to_lowercase)
        .collect();
    is_label(&word, OTHER_LABELS)
}

/// Whether `number` may be a year (1900 to 2099).
pub(super) fn is_year(number: &str) -> bool {
    number.len() == 4 && (number.starts_with("19") || number.starts_with("20"))
}
