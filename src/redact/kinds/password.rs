//! Passwords: a text → the spans of the passwords in it, each found after the word that
//! announces it ("password", "pw", "pass:"), which stays; none where the words after it
//! say something of the password instead ("is wrong"). Beside the spans taken before: a
//! number found inside a password goes with it. Finds; the codes are `secret.rs`'s,
//! where a passphrase's words end `password/phrase.rs`'s, and the words that say
//! something of a password `password/said.rs`'s.

use std::sync::LazyLock;

use regex::{Captures, Regex};

use super::Kind;
use super::taken::Taken;
#[cfg(test)]
use super::{Caseless, Whole};

mod phrase;
mod said;

use phrase::{AFTER_ONE, GOES_ON, phrase_end};
pub(super) use said::SAID_OF_A_PASSWORD;

/// A password after its word, in one of five ways, each its own group: after a `:` or
/// `=` (`label`: whatever follows), after "is" or "was" or a dash with spaces (`said`,
/// `dashed`: but the words that say something of the password, "is wrong", "password -
/// is that needed?"), after a few more words then "is" or
/// "to" (`later`: "the password I use is Fluffy2020", "changed my password to …"), or
/// right after the word (`bare`), these two only when it looks like one. The word's
/// common typos are its own ("pasword", "passwrd", "passowrd": a review found "my
/// pasword is Blue-bird" shown). "pass" only
/// before a `:` or `=` ("pass the salt" is no password). The words are matched in
/// ASCII case only, so that the quick look before it (`names_a_secret` in `kinds.rs`,
/// with [`PASSWORD_WORDS`]) finds each one this finds. The word may
/// be glued to digits before it ("…1111password: x", as to the mask of a number).
///
/// `later`'s words (`between`) are of at most [`LATER_LETTERS`] letters each; the pattern
/// takes longer ones, which [`found`] turns down. Written `[\p{L}'’]{1,15}` here, each of
/// the four words was fifteen copies of the letters' class, sixty in all: compiling the
/// pattern took 111 M instructions and 23 MB of allocations, a quarter of a replay of
/// the shipped fixtures.
pub(super) static PASSWORD: LazyLock<Regex> = LazyLock::new(|| {
    const WORD: &str = r"(?i-u:password|passwort|passwd|passphrase|passcode|pass\x20code|kennwort|pwd|pw|pasword|passwrd|passowrd|passwod|paswd)s?";
    let pattern = format!(
        r"(?:(?-u:\b)|[0-9])(?:(?:{WORD}|(?i-u:pass))\s*[:=]\s*(?P<label>\S+)|{WORD}(?:\s+(?i:is|was|ist|war)|['’]s)(?:\s+(?i:now|still|just|actually|probably|currently))?\s+(?P<said>\S+)|{WORD}(?P<between>(?:\s+[\p{{L}}'’]+){{0,4}}?)\s+(?i:is|was|to|ist|war)\s+(?P<later>\S+)|{WORD}\s+[-–—]\s+(?P<dashed>\S+)|{WORD}\s+(?P<bare>\S*[0-9]\S*))"
    );
    Regex::new(&pattern).expect("the password pattern is valid")
});

/// The most letters a word between a password's word and "is" may have (`later`: "the
/// password I use is …").
const LATER_LETTERS: usize = 15;

/// The matches of [`PASSWORD`] in `text`, in order, as the pattern with `later`'s words
/// of at most [`LATER_LETTERS`] letters (`[\p{L}'’]{1,15}`) would find them: where
/// `later` took a longer one, the next match after its start. The same leftmost-first
/// search: at that start the ways before `later` found nothing, and those after it find
/// nothing either (after the word, `dashed` needs a dash and `bare` a digit, where `later`
/// had letters); `later`'s words are whole words, spaces on either side, and it takes
/// the fewest words before "is", so a longer word among them is among any more words too.
fn found(text: &str) -> impl Iterator<Item = Captures<'_>> {
    let mut at = 0;
    std::iter::from_fn(move || {
        while at <= text.len() {
            let found = PASSWORD.captures_at(text, at)?;
            let whole = found.get(0)?;
            let short = found.name("between").is_none_or(|words| {
                words
                    .as_str()
                    .split_whitespace()
                    .all(|word| word.chars().count() <= LATER_LETTERS)
            });
            if short {
                at = whole.end();
                return Some(found);
            }
            at = whole.start()
                + text[whole.start()..]
                    .chars()
                    .next()
                    .map_or(1, char::len_utf8);
        }
        None
    })
}

/// Whether `text` may hold a word for a password, as [`PASSWORD`] matches it: one of its
/// words, or its plural, or "pass", in any ASCII case, as a whole word ("passenger",
/// "compass", "pwned" hold none: [`PASSWORD`] takes a word only after an ASCII word
/// boundary or a digit, and only before a space, `:`, `=` or `'s`). One scan, for texts
/// without a digit.
#[cfg(test)]
pub(super) fn names_a_password(text: &str) -> bool {
    static WORDS: LazyLock<Caseless> =
        LazyLock::new(|| Caseless::new(&[(PASSWORD_WORDS, Whole::Word)]));
    WORDS.holds(text)
}

/// The words the quick look (`names_a_secret` in `kinds.rs`) looks for a password by,
/// whole.
pub(super) const PASSWORD_WORDS: &[&[u8]] = &[
    b"password",
    b"passwords",
    b"passwort",
    b"passworts",
    b"passwd",
    b"passwds",
    b"passphrase",
    b"passphrases",
    b"passcode",
    b"passcodes",
    b"pass",
    b"kennwort",
    b"kennworts",
    b"pwd",
    b"pwds",
    b"pw",
    b"pws",
    // The common typos of "password" ([`PASSWORD`]): "my pasword is Blue-bird" (a
    // review found it shown).
    b"pasword",
    b"paswords",
    b"passwrd",
    b"passwrds",
    b"passowrd",
    b"passowrds",
    b"passwod",
    b"passwods",
    b"paswd",
    b"paswds",
];

/// Takes the spans of the passwords in `text`: those that no span taken overlaps, or that
/// hold the spans they overlap.
pub(super) fn spans(text: &str, taken: &mut Taken) {
    // Where the last password taken ends: a word for a password and its password
    // inside one are part of it ("password: my pw is x"), and not looked at again.
    let mut covered = 0;
    for found in found(text) {
        if found.get(0).is_some_and(|whole| whole.end() <= covered) {
            continue;
        }
        let Some((start, ends)) = password(text, &found) else {
            continue;
        };
        // A number found inside a password ("abc4111111111111111") goes with it: masked
        // alone, it would leave the rest of the password. One that is all of it, or runs
        // past it, stays as found; so does a password that runs into one found before.
        // A passphrase's later words that run into one leave it to its first word.
        for end in ends.into_iter().flatten() {
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
            covered = end;
            break;
        }
    }
}

/// Where the password a match of [`PASSWORD`] found starts, and where it may end: the
/// end of its whole phrase first ("correct horse battery staple", [`phrase_end`]), then
/// of its first word (when the phrase runs into a span taken before), without the
/// punctuation around it ("hunter2," "\"hunter2\""), and with a number after a word
/// ("Summer 2024"); `None` when it says something of the password instead ("is
/// wrong"), or, found after more words or with none, when it does not look like one, or
/// is a mask already.
fn password(text: &str, found: &Captures<'_>) -> Option<(usize, [Option<usize>; 2])> {
    let (token, check) = if let Some(token) = found.name("label") {
        (token, Check::None)
    } else if let Some(token) = found.name("said").or(found.name("dashed")) {
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
    if trimmed.is_empty() || crate::redact::holds_mask(trimmed) {
        return None;
    }
    let start = token.start()
        + (raw.len()
            - raw
                .trim_start_matches(['"', '\'', '“', '‘', '(', '«'])
                .len());
    let mut end = start + trimmed.len();
    let said_of = |word: &str| {
        SAID_OF_A_PASSWORD
            .iter()
            .any(|w| w.eq_ignore_ascii_case(word))
    };
    // After a dash, a word that goes on a sentence asks or tells something of the
    // password ("my password - is that needed?", "password - that's the problem").
    let goes_on = |word: &str| {
        GOES_ON.iter().any(|w| w.eq_ignore_ascii_case(word))
            || ["'s", "’s", "n't", "n’t"]
                .iter()
                .any(|end| word.ends_with(end))
    };
    if found.name("dashed").is_some() && goes_on(trimmed) {
        return None;
    }
    let ok = match check {
        Check::None => true,
        Check::NotSaidOf => !said_of(trimmed),
        Check::LooksLikeOne => looks_like_a_password(trimmed),
    };
    if check != Check::None && a_length(trimmed, &text[token.end()..]) {
        return None;
    }
    // A passphrase has spaces: after `:` or `=` it runs to the end of its clause
    // ("password: correct horse battery staple", "pass = P@ss w0rd!"); after "is" up to
    // a word that goes on the sentence ("… is purple monkey dishwasher but it fails").
    // One that opens with a word that may say something of a password is one when
    // two words or more follow it that could not ("my password is correct horse
    // battery staple"; not "is correct but it fails", "is wrong again").
    let phrase = match check {
        Check::None => Some(phrase_end(text, end, |word| AFTER_ONE.contains(&word))),
        Check::NotSaidOf => {
            let stop =
                |word: &str| said_of(word) || GOES_ON.iter().any(|w| w.eq_ignore_ascii_case(word));
            let phrase = phrase_end(text, end, stop);
            if ok {
                Some(phrase)
            } else {
                let words = text[end..phrase].split_whitespace().count();
                let plain = text[start..phrase]
                    .chars()
                    .all(|c| c.is_alphabetic() || c == ' ');
                (words >= 2 && plain).then_some(phrase)
            }
        }
        Check::LooksLikeOne => None,
    };
    if !ok && phrase.is_none() {
        return None;
    }
    let phrase = phrase.filter(|&phrase| phrase > end).map(|phrase| {
        phrase + text[phrase..].len() - text[phrase..].trim_start_matches(['!', '?']).len()
    });
    if !ok {
        return Some((start, [phrase, None]));
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
        // A word then a mask is such a word then a number masked already ("born
        // [dob]"): as the password that ran into the number was not taken, the word
        // is not either, and masking masked text changes nothing.
        if (1..=2).contains(&spaces)
            && rest[spaces..].starts_with('[')
            && crate::redact::mask_start(rest, spaces + 1) == Some(spaces)
        {
            return None;
        }
    }
    Some((start, [phrase, Some(end)]))
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

#[cfg(test)]
mod tests;
