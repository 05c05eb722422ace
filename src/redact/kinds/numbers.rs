//! The checks of the numbers with a checksum or a fixed shape: a candidate card number,
//! IBAN or SSN → whether it is one (Luhn, ISO 13616 mod-97, the SSA's unissued ranges),
//! and where one is among the groups of digits a pattern took in with it. Checks; the
//! patterns and the search are `kinds.rs`'s.

use super::{Kind, is_dash, is_group_separator, is_space};

/// The span of a card number among the groups of digits that run from `from` (groups
/// of digits separated by one space, dash, dot, slash or line break), starting before
/// `to` (the end of the pattern's match): the first run of whole groups, and of those
/// starting at its group the one with the most digits, written as cards are (one block; fours, the last group shorter; 4-6-5 or 4-6-4), that
/// passes the card's checks. `None` when none does.
pub(super) fn card_in_run(text: &str, from: usize, to: usize) -> Option<(usize, usize)> {
    /// Bytes past `to` a card starting before it can reach: 19 digits and separators of
    /// up to three bytes.
    const REACH: usize = 80;
    /// Digits a group is counted to: one longer than a card is no card's group, however
    /// long (a run of a megabyte of digits is not counted to its end for each match).
    const LONGEST: usize = 20;
    let mut groups: Vec<(usize, usize)> = Vec::new();
    let mut at = from;
    while at < to + REACH {
        let len = text[at..]
            .bytes()
            .take(LONGEST)
            .take_while(u8::is_ascii_digit)
            .count();
        if len == 0 {
            break;
        }
        groups.push((at, at + len));
        at += len;
        let Some(sep) = separator_len(&text[at..]) else {
            break;
        };
        if !text[at + sep..].starts_with(|c: char| c.is_ascii_digit()) {
            break;
        }
        at += sep;
    }
    let lengths: Vec<usize> = groups.iter().map(|&(a, b)| b - a).collect();
    let mut best: Option<(usize, usize, usize)> = None;
    // Runs that start in the match (one after it is the next match's) and hold at most
    // the 19 digits of the longest card; the first group that starts one starts the
    // card: a card taken from a later group would leave one before it
    // ("4222222222222 4111 1111 1111 1111" is two), which the search, going on after
    // the card taken, would not come back to.
    for i in (0..groups.len()).take_while(|&i| groups[i].0 < to) {
        if best.is_some() {
            break;
        }
        let mut digits = 0;
        for j in i..groups.len() {
            digits += lengths[j];
            if digits > 19 {
                break;
            }
            let (start, end) = (groups[i].0, groups[j].1);
            if written_as_cards(&lengths[i..=j])
                && best.is_none_or(|(_, _, most)| digits > most)
                && Kind::Card.accepts(&text[start..end])
            {
                best = Some((start, end, digits));
            }
        }
    }
    best.map(|(start, end, _)| (start, end))
}

/// The length of the separator `rest` starts with, between two groups of a card: one
/// space, dash, dot or slash, or a line break.
fn separator_len(rest: &str) -> Option<usize> {
    if rest.starts_with("\r\n") {
        return Some(2);
    }
    let c = rest.chars().next()?;
    (is_group_separator(c) || c == '\n').then(|| c.len_utf8())
}

/// Whether groups of these lengths are written as cards are: one block; fours, the
/// last group shorter; or 4-6-5 and 4-6-4.
pub(super) fn written_as_cards(lengths: &[usize]) -> bool {
    match lengths {
        [] => false,
        [_] | [4, 6, 4 | 5] => true,
        [fours @ .., last] => fours.iter().all(|&g| g == 4) && (1..=4).contains(last),
    }
}

pub(super) fn luhn_valid(digits: &[u32]) -> bool {
    let sum: u32 = digits
        .iter()
        .rev()
        .enumerate()
        .map(|(i, &d)| {
            if i % 2 == 1 {
                let d = d * 2;
                if d > 9 { d - 9 } else { d }
            } else {
                d
            }
        })
        .sum();
    sum.is_multiple_of(10)
}

/// ISO 13616: move the first four characters to the end, letters to numbers (A = 10,
/// in either case), and the number mod 97 is 1. At least half of it digits, as every
/// country's IBANs are: a run of words with a number in it is none, whatever its sum.
pub(super) fn iban_valid(found: &str) -> bool {
    let compact: Vec<char> = found
        .chars()
        .filter(|&c| !is_space(c) && !is_dash(c) && !c.is_whitespace())
        .collect();
    let digits = compact.iter().filter(|c| c.is_ascii_digit()).count();
    if !(15..=34).contains(&compact.len()) || digits * 2 < compact.len() {
        return false;
    }
    let mut rest = 0u32;
    for c in compact[4..].iter().chain(&compact[..4]) {
        let Some(value) = c.to_digit(36) else {
            return false;
        };
        rest = if value < 10 {
            (rest * 10 + value) % 97
        } else {
            (rest * 100 + value) % 97
        };
    }
    rest == 1
}

/// Whether the groups of `found` (between spaces and dashes) are an IBAN's, not one
/// and the words after it, nor the groups of an id: one block, or fours, the last
/// shorter, as IBANs are printed (ISO 13616; a UUID's 8-4-4-4-12 is not). A group of
/// letters only is one in capitals ("GB82 WEST …"), or, in an IBAN written in lower
/// case, one that digits follow ("gb82 west 1234 …"): "RD556689626486 zzgo" is a
/// number then a word, whatever its sum.
pub(super) fn iban_groups(found: &str) -> bool {
    let lower = found.bytes().take(2).any(|b| b.is_ascii_lowercase());
    let groups: Vec<&str> = found
        .split(|c: char| is_space(c) || is_dash(c))
        .filter(|g| !g.is_empty())
        .collect();
    if let [fours @ .., last] = &groups[..]
        && !fours.is_empty()
        && !(fours.iter().all(|g| g.chars().count() == 4)
            && (1..=4).contains(&last.chars().count()))
    {
        return false;
    }
    groups.iter().enumerate().skip(1).all(|(i, group)| {
        !group.chars().all(char::is_alphabetic)
            || group.chars().all(char::is_uppercase)
            || (lower && i + 1 < groups.len())
    })
}

/// Where an IBAN that ran into more may end in `found`, last first: before a separator,
/// or where a digit meets a letter (`DE89370400440532013000please`).
pub(super) fn iban_ends(found: &str) -> impl Iterator<Item = usize> + '_ {
    let mut previous = None;
    let ends: Vec<usize> = found
        .char_indices()
        .filter_map(move |(i, c)| {
            let end = is_space(c)
                || is_dash(c)
                || (c.is_alphabetic() && previous.is_some_and(|p: char| p.is_ascii_digit()));
            previous = Some(c);
            end.then_some(i)
        })
        .collect();
    ends.into_iter().rev()
}

/// A US social security number: written with dashes, as matched (old numbers may use
/// any digits); written with spaces, dots or other dashes, only in the ranges the SSA
/// issues (not 000, 666 or 900 to 999 first, not 00 then, not 0000 last), as a
/// reference of that shape mostly is not.
pub(super) fn ssn_valid(found: &str) -> bool {
    if found.chars().filter(|c| !c.is_numeric()).all(|c| c == '-') {
        return true;
    }
    let parts: Vec<&str> = found.split(|c: char| !c.is_ascii_digit()).collect();
    match parts[..] {
        [area, group, serial] => {
            area.len() == 3
                && !matches!(area, "000" | "666")
                && !area.starts_with('9')
                && group.len() == 2
                && group != "00"
                && serial.len() == 4
                && serial != "0000"
        }
        _ => false,
    }
}

/// A UK national insurance number written without its label: a prefix HMRC allocates
/// (neither letter D, F, I, Q, U or V, the second not O, and not BG, GB, KN, NK, NT, TN
/// or ZZ), so that a code of that shape ("QQ 12 34 56 C", HMRC's own example) is taken
/// only after a label. Its digits are grouped in pairs or not at all.
pub(super) fn ni_valid(found: &str) -> bool {
    let bytes = found.as_bytes();
    let (first, second) = (bytes[0], bytes[1]);
    let digits = &found[2..found.len() - 1];
    let groups = digits.split_whitespace().count();
    !b"DFIQUV".contains(&first)
        && !b"DFIOQUV".contains(&second)
        && !matches!(&found[..2], "BG" | "GB" | "KN" | "NK" | "NT" | "TN" | "ZZ")
        && matches!(groups, 1 | 3)
}
