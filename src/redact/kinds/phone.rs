//! The checks of phone numbers and IP addresses: a candidate number → whether it is a
//! phone number, not a date, amount, version or reference, and whether the words before
//! a dotted quad make it a version. Checks; the patterns and the search are `kinds.rs`'s.

use super::{is_dash, is_group_separator};

/// A phone number, not a date, amount, version or reference: an international prefix
/// (`+` or `00`) with 8 to 15 digits after it (10 to 15 after `00`), an area code in
/// parentheses, digits grouped by separators into 10 or 11 (a national number with its
/// area code: `020 7946 0958`, `07700 900123`, `555.123.4567`, `030/12345678`, and in
/// pairs only after a 0: `06 12 34 56 78`, `06.12.34.56.78`), a US number after its
/// country code (`1-555-123-4567`), or 10 or 11 digits in one block after a mobile trunk
/// prefix, 06 or 07 (`07700900123`). An extension after it (`x89`, `ext. 89`,
/// `;ext=89`) is not counted.
pub(super) fn phone_like(found: &str) -> bool {
    let found = found.trim();
    let found = found
        .find(['x', 'X', 'e', 'E'])
        .map_or(found, |ext| found[..ext].trim_end().trim_end_matches(';'));
    let digits = found.bytes().filter(u8::is_ascii_digit).count();
    if found.starts_with('+') {
        return (8..=15).contains(&digits);
    }
    // `00` then a country code is what `+` stands for (`0044 20 7946 0958`).
    if let Some(rest) = found.strip_prefix("00")
        && rest.starts_with(|c: char| matches!(c, '1'..='9'))
    {
        return (10..=15).contains(&(digits - 2));
    }
    if found.contains('(') {
        return (10..=11).contains(&digits);
    }
    let groups: Vec<&str> = found
        .split(is_group_separator)
        .filter(|g| !g.is_empty())
        .collect();
    // One block of digits after a mobile trunk prefix (06, 07) is a national mobile
    // number written without spaces (`07700900123`, `0612345678`); other blocks are ids
    // or amounts (`0123456789`, an ISBN).
    match groups[..] {
        [] => return false,
        [block] => {
            let block = block.as_bytes();
            return (10..=11).contains(&digits)
                && block[0] == b'0'
                && matches!(block[1], b'6' | b'7');
        }
        _ => {}
    }
    // A date then the hour of a time (`2024-03-01 09:15`): the pattern runs on into it.
    if found
        .split(super::is_space)
        .next()
        .is_some_and(looks_like_date)
    {
        return false;
    }
    // The US country code, then a number as written there.
    if groups[0] == "1" && groups[1..].iter().map(|g| g.len()).eq([3, 3, 4]) {
        return true;
    }
    // A run of one-digit numbers is a list.
    if !(10..=11).contains(&digits) || groups.iter().any(|g| g.len() < 2) {
        return false;
    }
    let pairs = groups.iter().all(|g| g.len() <= 2);
    // A slash only after an area code (`030/12345678`): otherwise a date or a fraction.
    if found.contains('/') {
        return groups.len() == 2 && groups[0].starts_with('0') && groups[0].len() <= 5;
    }
    // Dots only as in 555.123.4567 or in pairs after a 0: otherwise a version or a
    // dotted quad.
    if found.contains('.') {
        return groups.iter().map(|g| g.len()).eq([3, 3, 4]) || (pairs && found.starts_with('0'));
    }
    !looks_like_date(found) && (!pairs || found.starts_with('0'))
}

/// Whether `before` ends with a word that announces a version number ("version
/// 2.3.4.5", "build 10.0.1.7"), which a dotted quad then is, not an IP address.
pub(super) fn after_version_word(before: &str) -> bool {
    const WORDS: &[&str] = &[
        "version", "ver", "v", "build", "release", "firmware", "app", "ios", "android", "windows",
        "macos", "chrome", "firefox", "safari", "update", "updated", "upgrade", "upgraded",
        "patch",
    ];
    let word = before
        .trim_end_matches([' ', ':'])
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    WORDS.iter().any(|w| w.eq_ignore_ascii_case(word))
}

/// `2024-03-01`, `01/03/2024`: a four-digit year at one end, one or two digits elsewhere.
fn looks_like_date(text: &str) -> bool {
    let parts: Vec<usize> = text
        .split(|c: char| c == '/' || is_dash(c))
        .map(str::len)
        .collect();
    match parts[..] {
        [4, a, b] | [a, b, 4] => a <= 2 && b <= 2,
        _ => false,
    }
}
