//! The kinds of personal data found by pattern: a text → the spans of email addresses,
//! IBANs, card numbers, SSNs, phone numbers, IPv4 addresses and secrets in it, each with
//! its mask, after the checks that keep what only looks similar (checksums, digit
//! counts, dates, versions). Finds; the masking is `mod.rs`'s, the names `names.rs`'s.
//! The secrets live in `secret.rs`.

use std::sync::LazyLock;

use regex::Regex;

mod secret;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Email,
    Iban,
    Card,
    Ssn,
    Phone,
    Ip,
    /// A PIN, password or security code, after the word that says so.
    Secret,
}

impl Kind {
    const ALL: [Kind; 7] = [
        Kind::Email,
        Kind::Iban,
        Kind::Card,
        Kind::Ssn,
        Kind::Phone,
        Kind::Ip,
        Kind::Secret,
    ];

    fn mask(self) -> &'static str {
        match self {
            Kind::Email => "[email]",
            Kind::Iban => "[iban]",
            Kind::Card => "[card]",
            Kind::Ssn => "[ssn]",
            Kind::Phone => "[phone]",
            Kind::Ip => "[ip]",
            Kind::Secret => "[secret]",
        }
    }

    /// Whether a text can hold one this kind accepts, by what each needs in what it
    /// matches: an `@`, or so many ASCII digits (`accepts` counts only those), or for
    /// an SSN, which it takes as matched, so many Unicode digits (`\d`); a password
    /// needs no digit, but a word that names it.
    fn possible(self, text: &TextCounts) -> bool {
        match self {
            Kind::Email => text.at_sign,
            Kind::Iban => text.ascii_digits >= 2,
            Kind::Card => text.ascii_digits >= 13,
            Kind::Ssn => text.digits >= 9,
            Kind::Phone => text.ascii_digits >= 8,
            Kind::Ip => text.ascii_digits >= 4,
            Kind::Secret => text.ascii_digits >= 1 || text.password_word,
        }
    }

    /// Whether a candidate match really is one (checksums, digit counts).
    fn accepts(self, found: &str) -> bool {
        let digits: Vec<u32> = found.chars().filter_map(|c| c.to_digit(10)).collect();
        match self {
            Kind::Email | Kind::Ssn | Kind::Secret => true,
            Kind::Iban => iban_valid(found),
            Kind::Card => {
                (13..=19).contains(&digits.len())
                    && matches!(digits[0], 2..=6)
                    && luhn_valid(&digits)
            }
            Kind::Phone => phone_like(found, digits.len()),
            Kind::Ip => found
                .split('.')
                .all(|part| part.parse::<u16>().is_ok_and(|n| n <= 255)),
        }
    }
}

/// Whether `text` is the mask of a kind found by pattern (`[card]`).
pub(super) fn is_kind_mask(text: &str) -> bool {
    Kind::ALL.iter().any(|kind| kind.mask() == text)
}

/// Candidate patterns, most specific first: a span taken by one is not looked at again.
/// Secrets come last, from `secret.rs`.
static PATTERNS: LazyLock<Vec<(Kind, Regex)>> = LazyLock::new(|| {
    [
        (
            Kind::Email,
            r"(?i)\b[a-z0-9][a-z0-9._%+-]*@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\b",
        ),
        (Kind::Iban, r"\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]){11,30}\b"),
        (Kind::Card, r"\b\d(?:[ -]?\d){12,18}\b"),
        (Kind::Ssn, r"\b\d{3}-\d{2}-\d{4}\b"),
        // Before phone numbers, which may be written with dots too: an address then a
        // phone number is two numbers, not one that is neither.
        (Kind::Ip, r"\b\d{1,3}(?:\.\d{1,3}){3}\b"),
        (
            Kind::Phone,
            r"(?:\+\d{1,3}[ .-]?)?(?:\(\d{1,5}\)[ .-]?)?\d{1,12}(?:[ .-]\d{1,8}){0,5}\b",
        ),
    ]
    .into_iter()
    .map(|(kind, p)| (kind, Regex::new(p).expect("redaction patterns are valid")))
    .collect()
});

/// The spans of personal data in `text`, with their masks, in order.
pub(super) fn pattern_spans(text: &str) -> Vec<(usize, usize, &'static str)> {
    // Nothing to mask without a digit, an `@` or a word for a password: the common case
    // costs one scan, or two. A text with other characters than ASCII is counted (an
    // SSN may be written in other digits, `\d`).
    if !text
        .bytes()
        .any(|b| b.is_ascii_digit() || b == b'@' || !b.is_ascii())
        && !secret::names_a_password(text)
    {
        return Vec::new();
    }
    spans(text, Some(&TextCounts::of(text)))
}

/// What [`Kind::possible`] needs to know of a text.
pub(super) struct TextCounts {
    ascii_digits: usize,
    digits: usize,
    at_sign: bool,
    /// Whether a word for a password may be in it; looked for only without a digit
    /// (with one, a secret is possible anyway).
    password_word: bool,
}

impl TextCounts {
    pub(super) fn of(text: &str) -> TextCounts {
        let ascii_digits = text.bytes().filter(u8::is_ascii_digit).count();
        TextCounts {
            ascii_digits,
            digits: if text.is_ascii() {
                ascii_digits
            } else {
                text.chars().filter(|c| c.is_numeric()).count()
            },
            at_sign: text.contains('@'),
            password_word: ascii_digits == 0 && secret::names_a_password(text),
        }
    }
}

/// The spans to mask, with their masks, in order; each kind looked for only where
/// `counts` says it can be found (an amount or a time is not worth six searches), or
/// everywhere without them.
pub(super) fn spans(text: &str, counts: Option<&TextCounts>) -> Vec<(usize, usize, &'static str)> {
    let mut spans: Vec<(usize, usize, &'static str)> = Vec::new();
    for (kind, re) in PATTERNS.iter() {
        if counts.is_some_and(|counts| !kind.possible(counts)) {
            continue;
        }
        // Where the next search starts: after the last match, or after the part of it
        // that was taken (a phone number before another one: "06 12 34 56 78 555 123
        // 4567" is matched as far as "555", and "555 123 4567" is the next one), or at
        // the next group of one that ran into a number found before.
        let mut at = 0;
        while at < text.len() {
            let Some(m) = re.find_at(text, at) else {
                break;
            };
            at = m.end();
            let start = m.start();
            let overlaps = |end: usize| spans.iter().any(|&(a, b, _)| start < b && a < end);
            // Groups of digits that run into a number found before ("123-45-6789 555 123
            // 4567") may hold one from their next group on: unless a number is taken from
            // them below, the search goes on there.
            if matches!(kind, Kind::Card | Kind::Phone)
                && overlaps(m.end())
                && let Some(next) = m.as_str().find([' ', '.', '-'])
            {
                at = m.start() + next + 1;
            }
            let whole = (kind.accepts(m.as_str()) && !overlaps(m.end())).then_some(m.end());
            let Some((start, end)) = (match kind {
                _ if whole.is_some() => whole.map(|end| (start, end)),
                // A card number beside other numbers ("… 1111 12/27", "… 1111 123", "qty
                // 2 4111 …"): the pattern takes in a group too many, and the whole fails
                // the checksum; the card is then the longest run of whole groups, written
                // as cards are, that passes.
                Kind::Card => card_in_run(text, start, m.end()),
                // A phone number or an IBAN before a card or another number ("call 020
                // 7946 0958 4111 …", "GB82WEST12345698765432 555 …"): the pattern takes
                // the next groups in too; the longest run of its first groups that is one.
                Kind::Phone | Kind::Iban => group_ends(m.as_str())
                    .map(|len| start + len)
                    .find(|&end| kind.accepts(&text[start..end]) && !overlaps(end))
                    .map(|end| (start, end)),
                _ => None,
            }) else {
                continue;
            };
            let taken = spans.iter().any(|&(a, b, _)| start < b && a < end);
            // Not the tail of a longer number or word.
            let starts_clean = text[..start]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric());
            if !taken && starts_clean && !(*kind == Kind::Ip && after_version_word(&text[..start]))
            {
                spans.push((start, end, kind.mask()));
                at = if end < m.end() { end } else { m.end() };
            }
        }
    }
    if counts.is_none_or(|counts| Kind::Secret.possible(counts)) {
        secret::spans(text, &mut spans);
    }
    spans.sort_by_key(|&(start, _, _)| start);
    spans
}

/// The ends of `found`'s groups but the last (before each space, dot or dash), last
/// first.
fn group_ends(found: &str) -> impl Iterator<Item = usize> + '_ {
    found
        .char_indices()
        .rev()
        .filter(|&(_, c)| matches!(c, ' ' | '.' | '-'))
        .map(|(i, _)| i)
}

/// The span of a card number among the groups of digits that run from `from` (groups
/// of digits separated by one space or dash), starting before `to` (the end of the
/// pattern's match): the run of whole groups with the most digits, written as cards are
/// (one block; fours, the last group shorter; 4-6-5 or 4-6-4), that passes the card's
/// checks. `None` when none does.
fn card_in_run(text: &str, from: usize, to: usize) -> Option<(usize, usize)> {
    /// Bytes past `to` a card starting before it can reach: 19 digits and separators.
    const REACH: usize = 40;
    let bytes = text.as_bytes();
    let mut groups: Vec<(usize, usize)> = Vec::new();
    let mut at = from;
    while at < to + REACH {
        let start = at;
        while bytes.get(at).is_some_and(u8::is_ascii_digit) {
            at += 1;
        }
        if at == start {
            break;
        }
        groups.push((start, at));
        let separated = matches!(bytes.get(at), Some(b' ' | b'-'))
            && bytes.get(at + 1).is_some_and(u8::is_ascii_digit);
        if !separated {
            break;
        }
        at += 1;
    }
    let mut best: Option<(usize, usize, usize)> = None;
    // Runs that start in the match (one after it is the next match's) and hold at most
    // the 19 digits of the longest card.
    let length = |g: usize| groups[g].1 - groups[g].0;
    for i in (0..groups.len()).take_while(|&i| groups[i].0 < to) {
        let mut digits = 0;
        for j in i..groups.len() {
            digits += length(j);
            if digits > 19 {
                break;
            }
            // One block; fours, the last group shorter; or 4-6-5 and 4-6-4.
            let written_as_cards = j == i
                || ((i..j).all(|g| length(g) == 4) && (1..=4).contains(&length(j)))
                || (j == i + 2
                    && length(i) == 4
                    && length(i + 1) == 6
                    && (4..=5).contains(&length(j)));
            let (start, end) = (groups[i].0, groups[j].1);
            if written_as_cards
                && best.is_none_or(|(_, _, most)| digits > most)
                && Kind::Card.accepts(&text[start..end])
            {
                best = Some((start, end, digits));
            }
        }
    }
    best.map(|(start, end, _)| (start, end))
}

fn luhn_valid(digits: &[u32]) -> bool {
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

/// ISO 13616: move the first four characters to the end, letters to numbers (A = 10),
/// and the number mod 97 is 1.
fn iban_valid(found: &str) -> bool {
    let compact: Vec<char> = found.chars().filter(|c| !c.is_whitespace()).collect();
    if !(15..=34).contains(&compact.len()) {
        return false;
    }
    let mut rest = 0u32;
    for c in compact[4..].iter().chain(&compact[..4]) {
        let Some(value) = c.to_digit(36) else {
            return false;
        };
        for digit in value.to_string().chars() {
            rest = (rest * 10 + digit.to_digit(10).unwrap_or(0)) % 97;
        }
    }
    rest == 1
}

/// A phone number, not a date, amount, version or reference: an international `+`
/// prefix with 8 to 15 digits, an area code in parentheses, digits grouped by
/// separators into 10 or 11 (a national number with its area code: `020 7946 0958`,
/// `07700 900123`, `555.123.4567`, and in pairs only after a 0: `06 12 34 56 78`), or 10
/// or 11 digits in one block after a mobile trunk prefix, 06 or 07 (`07700900123`).
fn phone_like(found: &str, digits: usize) -> bool {
    let found = found.trim();
    if found.starts_with('+') {
        return (8..=15).contains(&digits);
    }
    if found.contains('(') {
        return (10..=11).contains(&digits);
    }
    let groups: Vec<&str> = found
        .split([' ', '.', '-'])
        .filter(|g| !g.is_empty())
        .collect();
    // One block of digits after a mobile trunk prefix (06, 07) is a national mobile
    // number written without spaces (`07700900123`, `0612345678`); other blocks are ids
    // or amounts (`0123456789`, an ISBN).
    if groups.len() == 1 {
        let block = groups[0].as_bytes();
        return (10..=11).contains(&digits) && block[0] == b'0' && matches!(block[1], b'6' | b'7');
    }
    // A run of one-digit numbers is a list.
    if !(10..=11).contains(&digits) || groups.iter().any(|g| g.len() < 2) {
        return false;
    }
    // Dots only as in 555.123.4567: otherwise a version or a dotted quad.
    if found.contains('.') {
        return groups.iter().map(|g| g.len()).eq([3, 3, 4]);
    }
    let pairs = groups.iter().all(|g| g.len() <= 2);
    !looks_like_date(found) && (!pairs || found.starts_with('0'))
}

/// Whether `before` ends with a word that announces a version number ("version
/// 2.3.4.5", "build 10.0.1.7"), which a dotted quad then is, not an IP address.
fn after_version_word(before: &str) -> bool {
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
    let parts: Vec<usize> = text.split(['-', '/']).map(str::len).collect();
    match parts[..] {
        [4, a, b] | [a, b, 4] => a <= 2 && b <= 2,
        _ => false,
    }
}
