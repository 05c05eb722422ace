//! Secrets: a text → the spans of the PINs, card security codes, one-time codes and
//! passwords in it, each found after the word that announces it ("PIN", "CVV", "OTP",
//! "password"), which stays; and, between the codes and the passwords, the values after
//! their labels (`labelled.rs`: dates of birth, identity numbers). Finds, beside the
//! numbers found before it (a number taken already is not taken again); the masking is
//! `mod.rs`'s.

use std::sync::LazyLock;

use regex::{Captures, Regex};

use super::loose::loose_from;
use super::taken::Taken;
use super::{Kind, is_kind_mask, word_before};
use crate::redact::NAME_MASK;

/// A PIN, a card's security code or a one-time code: digits, after the word, within a
/// few words of it in the same sentence ("my PIN's 4821", "a pin of 4821", "I changed
/// my PIN to 4821") or the next if that says "it is" ("my PIN. It was either 1596 or
/// 0314"), and the numbers listed with it ("3100 or 0314", "9921, 3941"). The codes'
/// words may be glued to digits before them ("12/27cvv 123"). The list is the group.
static CODE: LazyLock<Regex> = LazyLock::new(|| {
    let pattern = format!(
        r"(?i)(?:\b|[0-9])(?:pin|cvv2?|cvc2?|cvn|csc|otp|(?:one[\s-]?time|verification|security|auth(?:entication)?|2fa|sms|login|access)[\s-]+(?:pass)?code)(?:s|['’]s)?(?:(?:\s+|\s*[,:=#–—-]\s*)(?:no\.|nr\.|[a-z]{{1,12}}(?:['’][a-z]{{1,2}})?)|\s*[.!?]\s+it(?:\s+(?:is|was)|['’]s)){{0,6}}[\s:=#.,–—-]{{0,3}}({CODE_LIST})\b"
    );
    Regex::new(&pattern).expect("the code pattern is valid")
});

/// Codes listed together: "3100 or 0314", "9921, 3941", "4455, or maybe 6677"; each
/// two to eight digits, maybe in groups ("12 34", "4 8 2 1").
pub(super) const CODE_LIST: &str = concat!(
    r"(?:[0-9]{2,4}(?:[ -][0-9]{2,4}){1,3}|[0-9](?: [0-9]){3,7}|[0-9]{3,8})",
    r"(?:\s*(?:,\s*(?:or)?|/|&|or|and|–|-)\s*(?:maybe\s+|perhaps\s+)?",
    r"(?:[0-9]{2,4}(?:[ -][0-9]{2,4}){1,3}|[0-9](?: [0-9]){3,7}|[0-9]{3,8}))*"
);

/// What may follow a code's list in the next sentence and give more of them: "my PIN is
/// 1234. It was either 5678 or 9012", "… Or maybe 5678", "… It's either that or 9876". The list is the group, and it
/// ends its clause: "It was 2019 when I opened it", "It's 1500 miles away", "Maybe 2000
/// people saw it" give no code (review).
static MORE_CODES: LazyLock<Regex> = LazyLock::new(|| {
    let pattern = format!(
        r"(?i)\A\s*[.!?;]?\s*(?:(?:or|and)\s+)?(?:it(?:\s+(?:is|was|might\s+be|could\s+be|may\s+be)|['’]s)|maybe|perhaps|possibly)(?:\s+(?:either|maybe|perhaps|actually))?(?:\s+(?:that|this)\s+or)?\s*[:=]?\s*({CODE_LIST})\b\s*(?:[.!?,;)]|\z|(?:i\s+think|though|i\s+guess)\b)"
    );
    Regex::new(&pattern).expect("the more-codes pattern is valid")
});

/// A password after its word, in one of four ways, each its own group: after a `:` or
/// `=` (`label`: whatever follows), after "is" or "was" (`said`: but the words that
/// say something of the password, "is wrong"), after a few more words then "is" or
/// "to" (`later`: "the password I use is Fluffy2020", "changed my password to …"), or
/// right after the word (`bare`), these two only when it looks like one. "pass" only
/// before a `:` or `=` ("pass the salt" is no password). The words are matched in
/// ASCII case only, so that [`names_a_password`] finds each one this finds.
static PASSWORD: LazyLock<Regex> = LazyLock::new(|| {
    const WORD: &str =
        r"(?i-u:password|passwort|passwd|passphrase|passcode|pass\x20code|kennwort|pwd|pw)s?";
    let pattern = format!(
        r"\b(?:(?:{WORD}|(?i-u:pass))\s*[:=]\s*(?P<label>\S+)|{WORD}(?:\s+(?i:is|was|ist|war)|['’]s)(?:\s+(?i:now|still|just|actually|probably|currently))?\s+(?P<said>\S+)|{WORD}(?:\s+[\p{{L}}'’]{{1,15}}){{0,4}}?\s+(?i:is|was|to|ist|war)\s+(?P<later>\S+)|{WORD}\s+(?P<bare>\S*[0-9]\S*))"
    );
    Regex::new(&pattern).expect("the password pattern is valid")
});

/// Words that follow "password is" saying something of it, not giving it.
const SAID_OF_A_PASSWORD: &[&str] = &[
    "a",
    "about",
    "above",
    "accepted",
    "actually",
    "all",
    "also",
    "an",
    "and",
    "at",
    "bad",
    "being",
    "below",
    "blank",
    "blocked",
    "broken",
    "but",
    "case",
    "case-sensitive",
    "changed",
    "compromised",
    "correct",
    "definitely",
    "different",
    "disabled",
    "due",
    "empty",
    "expired",
    "expiring",
    "failing",
    "fine",
    "for",
    "forgotten",
    "from",
    "gone",
    "good",
    "hidden",
    "how",
    "in",
    "incorrect",
    "invalid",
    "it",
    "just",
    "leaked",
    "less",
    "like",
    "locked",
    "long",
    "lost",
    "mine",
    "missing",
    "more",
    "my",
    "needed",
    "new",
    "no",
    "not",
    "nothing",
    "now",
    "of",
    "ok",
    "okay",
    "old",
    "on",
    "only",
    "or",
    "our",
    "over",
    "possibly",
    "probably",
    "rejected",
    "required",
    "reset",
    "right",
    "same",
    "saved",
    "sent",
    "set",
    "short",
    "so",
    "something",
    "still",
    "stolen",
    "stored",
    "strong",
    "supposed",
    "that",
    "the",
    "their",
    "there",
    "this",
    "to",
    "too",
    "under",
    "unknown",
    "updated",
    "valid",
    "very",
    "weak",
    "what",
    "which",
    "with",
    "working",
    "wrong",
    "your",
];

/// Whether `text` may hold a word for a password, as [`PASSWORD`] matches it: "pass",
/// "pw" or "kennwort" in any ASCII case. One scan, for texts without a digit.
pub(super) fn names_a_password(text: &str) -> bool {
    let bytes = text.as_bytes();
    let at = |i: usize, word: &[u8]| {
        bytes
            .get(i..i + word.len())
            .is_some_and(|b| b.eq_ignore_ascii_case(word))
    };
    (0..bytes.len()).any(|i| match bytes[i] | 0x20 {
        b'p' => at(i + 1, b"ass") || at(i + 1, b"w"),
        b'k' => at(i + 1, b"ennwort"),
        _ => false,
    })
}

/// Takes the spans of secrets in `text` that no span taken overlaps, or, for a password,
/// that holds the spans it overlaps.
pub(super) fn spans(text: &str, taken: &mut Taken) {
    let mut at = 0;
    // Where the first code given ends: codes said loosely are looked for after it.
    let mut first_code = None;
    while let Some(found) = CODE.captures_at(text, at) {
        let (Some(whole), Some(list)) = (found.get(0), found.get(1)) else {
            break;
        };
        at = whole.end();
        // "pin" as a verb ("pin the message to 300 channels"): no PIN follows. The search
        // goes on after the word, a number a few words on may have its own.
        if let Some(after) = pinned(text, whole.start())
            && after_preposition(text, list.start())
        {
            at = after;
            continue;
        }
        let mut take = |base: usize, list: &str| {
            for (start, end) in numbers(list) {
                let (start, end) = (base + start, base + end);
                if let Some(end) = before_taken(text, start, end, taken) {
                    taken.push((start, end, Kind::Secret.mask()));
                }
            }
        };
        take(list.start(), list.as_str());
        first_code = first_code.or(Some(list.end()));
        // More in the next sentence: its offsets are from the end of the match.
        if let Some(more) = MORE_CODES
            .captures(&text[at..])
            .and_then(|more| more.get(1))
        {
            take(at + more.start(), more.as_str());
            at += more.end();
        }
    }
    if let Some(from) = first_code {
        for (start, end) in loose_from(text, from) {
            if !taken.overlaps(start, end) {
                taken.push((start, end, Kind::Secret.mask()));
            }
        }
    }
    taken.settle();
    super::labelled::spans(text, taken);
    for found in PASSWORD.captures_iter(text) {
        let Some((start, end)) = password(text, &found) else {
            continue;
        };
        // A number found inside a password ("abc4111111111111111") goes with it: masked
        // alone, it would leave the rest of the password. One that is all of it, or runs
        // past it, stays as found; so does a password that runs into one found before.
        let inside = taken.overlaps(start, end);
        if taken
            .overlapping(start, end)
            .any(|(a, b, _)| a < start || end < b || (a, b) == (start, end))
        {
            continue;
        }
        if inside {
            taken.remove_settled_inside(start, end);
        }
        taken.push((start, end, Kind::Secret.mask()));
    }
}

/// Where the word "pin" at `start` (a match of [`CODE`], which may start at the digit
/// before its word) ends, when it is the verb: before "the", "this", "a", "them", "it" …
/// ("pin the message to 300 channels", "please pin it for 1000 users"), but not after a
/// word that makes it a noun ("my pin it is 5380", "the pin it's 5380"), nor before "it
/// is", "it was" ("pin it is 5380").
fn pinned(text: &str, start: usize) -> Option<usize> {
    const OBJECTS: &[&str] = &[
        "a", "an", "it", "the", "them", "these", "this", "that", "those",
    ];
    const NOUN_AFTER: &[&str] = &[
        "a", "correct", "current", "her", "his", "my", "new", "old", "our", "same", "that", "the",
        "their", "this", "wrong", "your",
    ];
    let word = text[start..].trim_start_matches(|c: char| c.is_ascii_digit());
    let pin_at = text.len() - word.len();
    if !word.get(..3).is_some_and(|w| w.eq_ignore_ascii_case("pin")) {
        return None;
    }
    let mut next = word[3..].strip_prefix(' ')?.split(' ');
    let is_one_of = |word: Option<&str>, words: &[&str]| {
        word.is_some_and(|word| {
            let word = word.trim_end_matches(|c: char| !c.is_ascii_alphabetic());
            words.iter().any(|w| w.eq_ignore_ascii_case(word))
        })
    };
    let object = next.next();
    if !is_one_of(object, OBJECTS) {
        return None;
    }
    // The word before, and only it: what is before it is looked at for other matches.
    let previous = word_before(text, pin_at, char::is_whitespace);
    let noun = is_one_of(Some(previous), NOUN_AFTER)
        || (object.is_some_and(|o| o.eq_ignore_ascii_case("it"))
            && is_one_of(next.next(), &["is", "was"]));
    (!noun).then_some(pin_at + 3)
}

/// Whether the word before `at` is a preposition: "pin the message to 300 channels",
/// "pin it for 1000 users" pin something; "pin it 1234", "pin the new one 7788", "Pin
/// this: 1234" give a PIN (review).
fn after_preposition(text: &str, at: usize) -> bool {
    const PREPOSITIONS: &[&str] = &[
        "about", "across", "at", "by", "for", "from", "in", "into", "of", "on", "onto", "over",
        "per", "to", "with",
    ];
    let word = word_before(text, at, char::is_whitespace);
    PREPOSITIONS.iter().any(|p| p.eq_ignore_ascii_case(word))
}

/// The numbers in a list of them ("3100 or 0314", "12 34", "4 8 2 1"): runs of digits
/// with one space or dash between them.
pub(super) fn numbers(list: &str) -> Vec<(usize, usize)> {
    let bytes = list.as_bytes();
    let digit = |i: usize| bytes.get(i).is_some_and(u8::is_ascii_digit);
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if !digit(i) {
            i += 1;
            continue;
        }
        let start = i;
        while digit(i) || (matches!(bytes.get(i), Some(b' ' | b'-')) && digit(i + 1)) {
            i += 1;
        }
        out.push((start, i));
    }
    out
}

/// The end of the secret at `text[start..end]` where no span is taken: all of it, or, when
/// it runs into a number found before (a PIN before a card: "pin 1234 4111 1111 …"),
/// its groups before that number, if they are 3 digits or more.
fn before_taken(text: &str, start: usize, end: usize, taken: &Taken) -> Option<usize> {
    let Some((limit, _, _)) = taken.first_overlapping(start, end) else {
        return Some(end);
    };
    if limit <= start {
        return None;
    }
    let part = &text[start..limit];
    // Whole groups only: not the head of one the number found before begins in.
    let part = if text[limit..].starts_with(|c: char| c.is_ascii_digit())
        && part.ends_with(|c: char| c.is_ascii_digit())
    {
        part.rfind([' ', '-']).map_or("", |i| &part[..i])
    } else {
        part
    };
    let part = part.trim_end_matches([' ', '-']);
    (part.bytes().filter(u8::is_ascii_digit).count() >= 3).then_some(start + part.len())
}

/// The span of the password a match of [`PASSWORD`] found, without the punctuation
/// around it ("hunter2," "\"hunter2\""), and with a number after a word ("Summer 2024");
/// `None` when it says something of the password instead ("is wrong"), or, found after
/// more words or with none, when it does not look like one, or is a mask already.
fn password(text: &str, found: &Captures<'_>) -> Option<(usize, usize)> {
    let (token, check) = if let Some(token) = found.name("label") {
        (token, Check::None)
    } else if let Some(token) = found.name("said") {
        (token, Check::NotSaidOf)
    } else {
        (
            found.name("later").or(found.name("bare"))?,
            Check::LooksLikeOne,
        )
    };
    let raw = token.as_str();
    let trimmed = raw
        .trim_start_matches(['"', '\'', '“', '‘', '(', '«'])
        .trim_end_matches(['.', ',', ';', ':', '!', '?', ')', '"', '\'', '’', '”', '»']);
    // A mask is masked text: masked again, it stays as it is, and so does each one in a
    // password's place ("[secret][name]", from text that held masks already).
    if trimmed.is_empty() || holds_a_mask(trimmed) {
        return None;
    }
    let start = token.start()
        + (raw.len()
            - raw
                .trim_start_matches(['"', '\'', '“', '‘', '(', '«'])
                .len());
    let mut end = start + trimmed.len();
    let ok = match check {
        Check::None => true,
        Check::NotSaidOf => !SAID_OF_A_PASSWORD
            .iter()
            .any(|w| w.eq_ignore_ascii_case(trimmed)),
        Check::LooksLikeOne => looks_like_a_password(trimmed),
    };
    if !ok || (check != Check::None && a_length(trimmed, &text[token.end()..])) {
        return None;
    }
    // `!` and `?` right after it may be its own ("Sup3rS3cret!"): masked with it, a
    // sentence's end loses only its mark; left out, a password would show its last
    // character.
    end += text[end..].len() - text[end..].trim_start_matches(['!', '?']).len();
    // A word then a number is one password written with a space ("Summer 2024").
    if end == token.end() && !trimmed.bytes().any(|b| b.is_ascii_digit()) {
        let rest = &text[end..];
        let spaces = rest.bytes().take(3).take_while(|&b| b == b' ').count();
        let digits = rest[spaces..]
            .bytes()
            .take(9)
            .take_while(u8::is_ascii_digit)
            .count();
        let after = rest[spaces + digits..].chars().next();
        if (1..=2).contains(&spaces)
            && (2..=8).contains(&digits)
            && after.is_none_or(|c| !c.is_alphanumeric())
        {
            end += spaces + digits;
        }
    }
    Some((start, end))
}

/// Whether `token` holds a mask (`[card]`, `[name]`). Each `[` is looked past only as
/// far as a mask is long (a token of many `[` is no quadratic search).
fn holds_a_mask(token: &str) -> bool {
    const LONGEST: usize = "[secret]".len();
    token.match_indices('[').any(|(open, _)| {
        token.as_bytes()[open..]
            .iter()
            .take(LONGEST)
            .position(|&b| b == b']')
            .is_some_and(|close| {
                let mask = &token[open..=open + close];
                mask == NAME_MASK || is_kind_mask(mask)
            })
    })
}

/// Whether `number` then the words in `after` say how long a password is ("is 12
/// characters long").
fn a_length(number: &str, after: &str) -> bool {
    const UNITS: &[&str] = &["characters", "chars", "digits", "letters", "symbols"];
    number.bytes().all(|b| b.is_ascii_digit())
        && after
            .split_whitespace()
            .next()
            .is_some_and(|word| UNITS.iter().any(|unit| word.eq_ignore_ascii_case(unit)))
}

#[derive(PartialEq, Eq)]
enum Check {
    None,
    NotSaidOf,
    LooksLikeOne,
}

/// A digit, a symbol, or a capital inside a word (`Fluffy2020`, `abc;123`,
/// `CorrectHorse`).
fn looks_like_a_password(token: &str) -> bool {
    let mut previous_lower = false;
    token.chars().any(|c| {
        let inner_capital = previous_lower && c.is_uppercase();
        previous_lower = c.is_lowercase();
        c.is_ascii_digit() || !c.is_alphanumeric() || inner_capital
    })
}
