//! Secrets: a text → the spans of the PINs, card security codes, one-time codes and
//! passwords in it, each found after the word that announces it ("PIN", "CVV", "OTP",
//! "password"), which stays; and, between the codes and the passwords (`password.rs`),
//! the values after their labels (`labelled.rs`: dates of birth, identity numbers).
//! Finds, beside the numbers found before it (a number taken already is not taken
//! again); the masking is `mod.rs`'s.

use std::sync::LazyLock;

use regex::Regex;

use super::loose::loose_from;
use super::taken::Taken;
use super::written::{dated, run_end, year_of_time};
use super::{Kind, word_before};

/// A PIN, a card's security code or a one-time code: digits, after the word, within a
/// few words of it in the same sentence ("my PIN's 4821", "a pin of 4821", "I changed
/// my PIN to 4821") or the next if that says "it is" ("my PIN. It was either 1596 or
/// 0314"), and the numbers listed with it ("3100 or 0314", "9921, 3941"), in quotes
/// too ("my pin is '0314'"). The codes' words may be glued to digits before them
/// ("12/27cvv 123"). The list is the group.
pub(super) static CODE: LazyLock<Regex> = LazyLock::new(|| {
    let pattern = format!(
        r#"(?i)(?:(?-u:\b)|[0-9])(?:pin|cvv2?|cvc2?|cvn|csc|otp|(?:one[\s-]?time|verification|security|auth(?:entication)?|2fa|sms|login|access)[\s-]+(?:pass)?code)(?:s|['’]s)?(?:(?:\s+|\s*[,:=#–—-]\s*)(?:no\.|nr\.|[a-z]{{1,12}}(?:['’][a-z]{{1,2}})?)|\s*[.!?]\s+it(?:\s+(?:is|was)|['’]s)){{0,6}}[\s:=#.,"'“‘–—-]{{0,3}}({CODE_LIST})(?-u:\b)"#
    );
    Regex::new(&pattern).expect("the code pattern is valid")
});

/// Codes listed together: "3100 or 0314", "9921, 3941", "4455, or maybe 6677"; each
/// two to eight digits, maybe in groups ("12 34", "4 8 2 1", "12.34.56", spaced or dashed
/// as [`SPACES`](super::SPACES) and [`DASHES`](super::DASHES) are), whose run
/// [`whole_run`] follows to its end.
pub(super) const CODE_LIST: &str = concat!(
    r"(?:[0-9]{2,4}(?:[\x20\xA0\x{202F}\x{2009}\-\x{2010}-\x{2013}.][0-9]{2,4}){1,3}|[0-9](?:[\x20\xA0\x{202F}\x{2009}\-\x{2010}-\x{2013}.][0-9]){2,7}|[0-9]{3,8})",
    r"(?:\s*(?:,\s*(?:or)?|/|&|or|and|–|-)\s*(?:maybe\s+|perhaps\s+)?",
    r"(?:[0-9]{2,4}(?:[\x20\xA0\x{202F}\x{2009}\-\x{2010}-\x{2013}.][0-9]{2,4}){1,3}|[0-9](?:[\x20\xA0\x{202F}\x{2009}\-\x{2010}-\x{2013}.][0-9]){2,7}|[0-9]{3,8}))*"
);

/// What may follow a code's list in the next sentence and give more of them: "my PIN is
/// 1234. It was either 5678 or 9012", "… Or maybe 5678", "… It's either that or 9876". The list is the group, and it
/// ends its clause: "It was 2019 when I opened it", "It's 1500 miles away", "Maybe 2000
/// people saw it" give no code.
pub(super) static MORE_CODES: LazyLock<Regex> = LazyLock::new(|| {
    let pattern = format!(
        r"(?i)\A\s*[.!?;]?\s*(?:(?:or|and)\s+)?(?:it(?:\s+(?:is|was|might\s+be|could\s+be|may\s+be)|['’]s)|maybe|perhaps|possibly)(?:\s+(?:either|maybe|perhaps|actually))?(?:\s+(?:that|this)\s+or)?\s*[:=]?\s*({CODE_LIST})(?-u:\b)\s*(?:[.!?,;)]|\z|(?:i\s+think|though|i\s+guess)(?-u:\b))"
    );
    Regex::new(&pattern).expect("the more-codes pattern is valid")
});

/// A one-time code longer than a PIN, right after its word: "your code is 482910573",
/// "OTP: 123456789012", "verification code 4829105731", "passcode - 1234567890". Nine
/// to twelve digits (a PIN or a code up to eight is [`CODE`]'s and `near.rs`'s), with
/// only "is", "was" and the like between: a long number further on may be an order's,
/// and one with no such word before it stays. The number is the group; a thing's code
/// ("tracking code 123456789012", "zip code …") is none
/// ([`names_a_secret`](super::near::names_a_secret)).
pub(super) static LONG_CODE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r#"(?i)(?-u:\b)((?:(?:one[\s-]?time|verification|security|auth(?:entication)?|2fa|sms|login|access)[\s-]+)?(?:pass)?codes?|otp|pin)(?:[\s:=,–—-]+(?:is|was|it['’]?s|reads|here|number|no)(?-u:\b)){0,3}[\s:=#,"'“‘–—-]*([0-9]{9,12})(?-u:\b)"#,
    )
    .expect("the long code pattern is valid")
});

/// Takes the one-time codes longer than a PIN ([`LONG_CODE`]) that no span taken
/// overlaps, and that no thing's code word or "pin" as a verb announces.
fn long_codes(text: &str, taken: &mut Taken) {
    for found in LONG_CODE.captures_iter(text) {
        let (Some(word), Some(code)) = (found.get(1), found.get(2)) else {
            continue;
        };
        // "verification code", "one-time passcode": a secret's code by its first word;
        // "code" alone may be a thing's ("tracking code", "zip code").
        let prefixed = word
            .as_str()
            .contains(|c: char| c.is_whitespace() || c == '-');
        if (prefixed || super::near::names_a_secret(text, word.start(), word.as_str()))
            && !taken.overlaps(code.start(), code.end())
        {
            taken.push((code.start(), code.end(), Kind::Secret.mask()));
        }
    }
}

/// Takes the spans of secrets in `text` that no span taken overlaps, or, for a password,
/// that holds the spans it overlaps.
pub(super) fn spans(text: &str, taken: &mut Taken) {
    // Tokens first: a code's word inside one ("…/auth?code=…") is part of it.
    super::token::spans(text, taken);
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
        // Each number to the end of its run of groups (the pattern takes four at most),
        // where the search goes on: the end of the last one.
        let mut take = |base: usize, list: &str| {
            let mut run_ends = base + list.len();
            for (start, end) in numbers(list) {
                let (start, end) = (base + start, base + end);
                // "I've had this pin since 2019": a year said as a time is no code.
                if year_of_time(text, start, end) {
                    continue;
                }
                let end = whole_run(text, start, end);
                run_ends = run_ends.max(end);
                if let Some(end) = before_taken(text, start, end, taken) {
                    taken.push((start, end, Kind::Secret.mask()));
                }
            }
            run_ends
        };
        at = at.max(take(list.start(), list.as_str()));
        first_code = first_code.or(Some(at));
        // More in the next sentence: its offsets are from the end of the match.
        if let Some(more) = MORE_CODES
            .captures(&text[at..])
            .and_then(|more| more.get(1))
        {
            let end = at + more.end();
            at = end.max(take(at + more.start(), more.as_str()));
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
    long_codes(text, taken);
    taken.settle();
    super::address::spans(text, taken);
    super::labelled::spans(text, taken);
    super::password::spans(text, taken);
    super::security::spans(text, taken);
    super::near::spans(text, taken);
}

/// Where the word "pin" at `start` (a match of [`CODE`], which may start at the digit
/// before its word) ends, when it is the verb: before "the", "this", "a", "them", "it" …
/// ("pin the message to 300 channels", "please pin it for 1000 users"), but not after a
/// word that makes it a noun ("my pin it is 5380", "the pin it's 5380"), nor before "it
/// is", "it was" ("pin it is 5380").
pub(super) fn pinned(text: &str, start: usize) -> Option<usize> {
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
/// this: 1234" give a PIN.
fn after_preposition(text: &str, at: usize) -> bool {
    const PREPOSITIONS: &[&str] = &[
        "about", "across", "at", "by", "for", "from", "in", "into", "of", "on", "onto", "over",
        "per", "to", "with",
    ];
    let word = word_before(text, at, char::is_whitespace);
    PREPOSITIONS.iter().any(|p| p.eq_ignore_ascii_case(word))
}

/// The numbers in a list of them ("3100 or 0314", "12 34", "4 8 2 1", "12.34.56"): runs
/// of digits with one space, dash or dot between them, not written as a date or an
/// amount is ("2024-03-01", "12.50": [`dated`]).
pub(super) fn numbers(list: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut at = 0;
    while let Some(start) = list[at..]
        .find(|c: char| c.is_ascii_digit())
        .map(|i| at + i)
    {
        at = run_end(list, start);
        if !dated(&list[start..at]) {
            out.push((start, at));
        }
    }
    out
}

/// Where the code at `text[start..end]` ends: at the end of the run of groups of digits
/// it starts ([`run_end`]: "123 456 789 012 345", "1 2 3 4 5 6 7 8 9", "123.456.789",
/// the pattern taking four groups at most, or none after a dot), unless what the run
/// adds makes it a date or an amount ("1234.50"), or at `end`.
fn whole_run(text: &str, start: usize, end: usize) -> usize {
    let run = run_end(text, start);
    if run > end && !dated(&text[start..run]) {
        run
    } else {
        end
    }
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
