//! Where a match may start and end: a candidate's span and the text around it →
//! whether it is a number on its own, not the tail or head of a longer number, word or
//! id (a UUID, a hash, an order number), nor one of a run of numbers of its shape.
//! Checks; the patterns and the search are `kinds.rs`'s.

use super::phone::after_version_word;
use super::taken::Taken;
use super::{Kind, is_dash, is_group_separator};

/// Characters of a word glued to a card number that are looked at: enough to tell a
/// hex id from a word.
const GLUE_LOOKED_AT: usize = 64;

/// Not the tail of a longer number, word or id. Card numbers, whose checksum keeps what
/// only looks like one, may follow a word ("cardno4111…", "x4111…"), but not digits nor
/// a run of hex digits (a hash, a UUID's group). An IBAN may follow letters only where
/// the case changes from lower to upper at its country code ("myibanDE89…"). An SSN or
/// an IP address may follow a letter past ASCII ("号123-45-6789", Chinese is written
/// without spaces), not an ASCII letter, a digit or `_` ([`glued_number`]); the others
/// follow no letter or digit. Right after a span taken, a number starts clean: its mask
/// will stand there, which ends in `]` ("a@b.co(555) 123-4567" is `[email][phone]` in
/// one pass, as in two).
pub(super) fn starts_clean(kind: Kind, text: &str, start: usize, taken: &Taken) -> bool {
    let Some(c) = text[..start].chars().next_back() else {
        return true;
    };
    if taken.room_around(start, start, text.len()).0 == start {
        return true;
    }
    if matches!(kind, Kind::Ssn | Kind::Ip) {
        return !glued_number(c);
    }
    if !c.is_alphanumeric() {
        return true;
    }
    match kind {
        Kind::Card => !c.is_ascii_digit() && !hex_looking(text[..start].chars().rev()),
        Kind::Iban => {
            c.is_lowercase()
                && text[start..]
                    .bytes()
                    .take(2)
                    .filter(u8::is_ascii_uppercase)
                    .count()
                    == 2
        }
        _ => false,
    }
}

/// Not the head of a longer number, word or id. A card number may run into a word
/// ("…1111exp1227") but not into a digit nor into hex digits; an IBAN written in capitals
/// may run into a word in lower case ("…3000please"), one in lower case into nothing; a
/// phone number into no letter or digit ("08460086-38da-…" is a UUID's head), nor be
/// one group of a dashed id; an SSN or an IP address into a letter past ASCII only
/// ([`glued_number`]). The groups of a dashed id are looked for only up to the spans
/// `taken` (a number taken beside it is none of its groups, as its mask is not once the
/// text is masked: "gb82west12345698765432-06 12 34 56 78" is an IBAN then a phone
/// number). Right before a span taken, a number ends clean, as before its mask.
pub(super) fn ends_clean(kind: Kind, text: &str, start: usize, end: usize, taken: &Taken) -> bool {
    if matches!(kind, Kind::Card | Kind::Phone) {
        let (from, to) = taken.room_around(start, end, text.len());
        if in_dashed_id(
            &text[from.min(start)..to.max(end)],
            start - from.min(start),
            end - from.min(start),
        ) {
            return false;
        }
    }
    let Some(c) = text[end..].chars().next() else {
        return true;
    };
    // Right before a span taken, its mask, which starts with `[`.
    if taken.room_around(start, end, text.len()).1 == end {
        return true;
    }
    if matches!(kind, Kind::Ssn | Kind::Ip) {
        return !glued_number(c);
    }
    if !c.is_alphanumeric() {
        return true;
    }
    match kind {
        Kind::Card => !c.is_ascii_digit() && !hex_looking(text[end..].chars()),
        Kind::Iban => c.is_lowercase() && in_capitals(&text[start..end]),
        Kind::Phone => false,
        _ => true,
    }
}

/// Whether `c`, beside an SSN or an IP address, makes it part of a longer word or number:
/// an ASCII letter or `_` (as an ASCII word boundary says: "abc123-45-6789" is an id) or
/// a digit of any script. A letter past ASCII does not: text without spaces (Chinese,
/// Japanese) glues numbers to its words ("我的社保号是123-45-6789谢谢").
fn glued_number(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_' || c.is_numeric()
}

/// Whether the letters of an IBAN are all capitals.
pub(super) fn in_capitals(iban: &str) -> bool {
    !iban.bytes().any(|b| b.is_ascii_lowercase())
}

/// Whether the letters `chars` starts with (read away from a number glued to them) are
/// hex digits only, as a hash's or an id's are ("0ad1725d", "…36b4983…"), as far as
/// they are looked at; "cardno", "x" and "exp" are words.
fn hex_looking(chars: impl Iterator<Item = char>) -> bool {
    chars
        .take_while(|c| c.is_alphabetic())
        .take(GLUE_LOOKED_AT)
        .all(|c| c.is_ascii_hexdigit())
}

/// Whether the number at `start..end` is a piece of an id whose groups are joined by
/// dashes (a UUID: `00778323-0774-4A39-…`): among the groups a dash joins to it on
/// either side, through groups of digits, one of letters and digits.
fn in_dashed_id(text: &str, start: usize, end: usize) -> bool {
    dashed_id_group(text[..start].chars().rev(), false)
        || dashed_id_group(text[end..].chars(), true)
}

/// Whether a group of letters and digits (in reading order) ends in a card number glued
/// to a word ("cardno4111111111111111"): a card of its own, taken later in the same
/// search, not a group of an id.
fn ends_in_card(group: &str) -> bool {
    let digits: Vec<u32> = group
        .chars()
        .rev()
        .map_while(|c| c.to_digit(10))
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    (13..=19).contains(&digits.len()) && super::numbers::luhn_valid(&digits)
}

/// Whether `chars` (read away from a number; `forward` when that is reading order)
/// holds a dash then a group of letters and digits (but one that ends in a card number:
/// [`ends_in_card`]) or of four hex digits or more, after no more than a few dashed
/// groups of digits.
fn dashed_id_group(chars: impl Iterator<Item = char>, forward: bool) -> bool {
    /// A UUID's groups: four more at most.
    const GROUPS: usize = 4;
    let mut chars = chars.peekable();
    for _ in 0..GROUPS {
        if chars.next_if(|&c| is_dash(c)).is_none() {
            return false;
        }
        let (mut letter, mut digit) = (false, false);
        let mut group = String::new();
        for _ in 0..GLUE_LOOKED_AT {
            let Some(c) = chars.next_if(|c| c.is_alphanumeric()) else {
                break;
            };
            letter |= c.is_alphabetic();
            digit |= c.is_ascii_digit();
            group.push(c);
        }
        // A group of digits only: the id may go on after it.
        if letter || !digit {
            if !forward {
                group = group.chars().rev().collect();
            }
            // A group of hex digits alone is a UUID's too ("…-1111-aaaa"), when it is
            // four long or more: "-exp", "-a" are words.
            let hex = !digit && group.len() >= 4 && group.chars().all(|c| c.is_ascii_hexdigit());
            return letter && (digit || hex) && !ends_in_card(&group);
        }
    }
    false
}

/// Whether the number at `text[start..end]` is one on its own, not part of a longer
/// one of the same shape: a dotted quad after a version word ("version 2.3.4.5"), or
/// with more dotted numbers around it or a `+` before it ("06.12.34.56.78",
/// "+33.6.12.34.56.78", phone numbers), is no IP address; an SSN written with spaces
/// or dots ("123 45 6789") is none among more groups of digits, one written with dashes
/// of any kind is one among them.
///
/// The text around it is read up to the spans `taken`: a number taken beside it is none
/// of its groups, as its mask is not once the text is masked.
pub(super) fn stands_alone(
    kind: Kind,
    text: &str,
    start: usize,
    end: usize,
    taken: &Taken,
) -> bool {
    let (from, to) = taken.room_around(start, end, text.len());
    let (before, after) = (&text[from.min(start)..start], &text[end..to.max(end)]);
    let mut back = before.chars().rev();
    let mut ahead = after.chars();
    match kind {
        Kind::Ip => {
            let glued_before = match (back.next(), back.next()) {
                (Some('+'), _) => true,
                (Some('.'), Some(c)) => c.is_ascii_digit(),
                _ => false,
            };
            let glued_after =
                ahead.next() == Some('.') && ahead.next().is_some_and(|c| c.is_ascii_digit());
            !glued_before && !glued_after && !after_version_word(before)
        }
        // Written with dashes of any kind ("078–05–1120"), an SSN is one beside other
        // numbers too ("123-45-6789 078–05–1120": both masked in one pass).
        Kind::Ssn if !text[start..end].contains(is_dash) => {
            let group = |sep: Option<char>, digit: Option<char>| {
                sep.is_some_and(is_group_separator) && digit.is_some_and(|c| c.is_ascii_digit())
            };
            !group(back.next(), back.next()) && !group(ahead.next(), ahead.next())
        }
        _ => true,
    }
}
