//! A password or PIN the customer announces unasked, as it is or will be ("my new
//! password will be Paris2024!", "new password: Paris2024", "I changed my password to
//! Paris2024"): the value after the words is the secret.

use std::sync::LazyLock;

use regex::Regex;

use super::clause::CLAUSE_STARTS;
use super::code::password_shaped;
use crate::text::english::is_common_english;

/// How a customer tells a password, a passcode or a PIN: after "will be", "is going to
/// be", "should be", "is now", a colon or "="; or after "changed (set, reset, updated)
/// my password to".
static ANNOUNCED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:pass(?:word|code|phrase)|pasword|passwrd|passowrd|passwod|paswd|pwd|pin)s?\s*(?:(?:will|would|should|shall|must|can|could)\s+be|(?:is|was)\s+going\s+to\s+be|(?:is|was)\s+now|to\s+be|:|=)\s*(?P<value>[^\s,;]+)|\b(?:change|changed|changing|set|reset|update|updated|switch|switched)\s+(?:my\s+|the\s+|our\s+)?(?:pass(?:word|code|phrase)|pasword|passwrd|passowrd|passwod|paswd|pwd|pin)s?\s+to\s+(?P<to>[^\s,;]+)",
    )
    .expect("the announced password pattern is valid")
});

/// The passwords `text` announces ([`ANNOUNCED`]), as written up to a space, a comma or
/// a semicolon ("Paris2024!"): none that is a common English word ("my password will
/// be changed", "the PIN should be fine") or a mask; and after each, or after a mask
/// (`--redact` masked the first: "to \[secret\], then Paris2025"), the passwords chained
/// to it ([`CHAINED`]: "to Paris2024, then Paris2025", a review found the second a fact).
pub(super) fn announced(text: &str) -> impl Iterator<Item = &str> {
    ANNOUNCED.captures_iter(text).flat_map(move |caps| {
        let value = (caps.name("value").or_else(|| caps.name("to")))
            .filter(|value| {
                let value = value.as_str();
                let bare = value.trim_matches(|c: char| !c.is_alphanumeric());
                let lower = bare.to_lowercase();
                (!bare.is_empty() && !is_common_english(&lower)) || is_mask(value)
            })
            .map(|value| value.range());
        std::iter::successors(value, |value| {
            let next = CHAINED.captures(&text[value.end..])?.get(1)?;
            let next = value.end + next.start()..value.end + next.end();
            (password_shaped(&text[next.clone()]) && ends_its_clause(text, next.clone()))
                .then_some(next)
        })
        .map(|value| &text[value])
        .filter(|value| !value.starts_with('['))
    })
}

/// A word for a password, or one of its common typos ("pasword", "pwd"), as redaction
/// reads one (`redact::kinds::password`).
static PASSWORD_WORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:pass(?:word|wd|phrase|code)|pasword|passwrd|passowrd|passwod|paswd|pwd|pw)s?$",
    )
    .expect("the password word pattern is valid")
});

/// The most words between a password's word and the password ("the password I use
/// now is …").
const WORDS_BEFORE: usize = 6;

/// The most bytes before a secret read for a password's word: [`WORDS_BEFORE`] words
/// of redaction's `later` (fifteen letters at most each) and their spaces.
const BYTES_BEFORE: usize = 112;

/// Whether the text `before` a secret names a password in its last words
/// ([`WORDS_BEFORE`]: "my pasword is", "password:", "the password I use is"): the
/// secret is a password, no name of the customer's even where a name fact holds it ("my
/// pasword is Blue-bird", "my password is Seahorse": a review found the fact shown).
/// Reads its last [`BYTES_BEFORE`] bytes only, however long the text and however many
/// secrets it gives (a text of codes without a space would be read back to its start
/// for each).
pub(super) fn after_a_password_word(before: &str) -> bool {
    let mut from = before.len().saturating_sub(BYTES_BEFORE);
    while !before.is_char_boundary(from) {
        from += 1;
    }
    (before[from..].split_whitespace().rev().take(WORDS_BEFORE))
        .any(|w| PASSWORD_WORD.is_match(w.trim_matches(|c: char| !c.is_alphanumeric())))
}

/// Whether `value` is a mask of redaction's, a mark after it left off ("\[secret\].").
fn is_mask(value: &str) -> bool {
    value.starts_with('[')
        && crate::redact::is_mask_token(value.trim_end_matches(|c: char| c != ']'))
}

/// Whether the token at `range` of `text` ends its clause: the text ends after it, a
/// mark does (`.`, `,`, `;`, `!`, at its end or after it), or a word that starts the
/// next clause without a mark ([`CLAUSE_STARTS`]: "Paris2025 I want a human"). "Paris2024 and iOS17 keeps
/// rejecting it", ", BA2490 booking still locked" chain no password (a review found
/// iOS17 and BA2490 masked).
fn ends_its_clause(text: &str, range: std::ops::Range<usize>) -> bool {
    let token = &text[range.clone()];
    let after = text[range.end..].trim_start();
    let next = after.split_whitespace().next().unwrap_or("").to_lowercase();
    token.ends_with(['.', '!', ';'])
        || after.is_empty()
        || after.starts_with(['.', ',', ';', '!'])
        || CLAUSE_STARTS.contains(&next.replace('’', "'").as_str())
}

/// What joins a password to the next one said after it: a comma, a semicolon, a slash,
/// "then (changed it) to", "and then", "or maybe", "then", "or", "and", the longer tried
/// first ("to Paris2024, then Paris2025", "Paris2024 or maybe Paris2025", "Paris2024;
/// Paris2025": a review found "and" read before "and then", and the next shown); the
/// next one is the group.
static CHAINED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\A\s*(?:[,;/]\s*)?(?:(?:(?:and\s+)?then\s+(?:(?:changed|set|reset|updated|switched|changing)\s+it\s+)?to|and\s+then|or\s+maybe|then|or|and|maybe)\s+)?([^\s,;/]+)")
        .expect("the chained password pattern is valid")
});

#[cfg(test)]
mod tests {
    use super::{after_a_password_word, announced};

    /// A password's word, or a typo of it, in the last words before a secret makes it a
    /// password; a maiden name's cue, or a password's word further back, does not; a
    /// long text is read at its end only, on a character's boundary.
    #[test]
    fn a_password_word_just_before_a_secret_is_found() {
        for before in [
            "my pasword is ",
            "my password is ",
            "pwd: ",
            "the Passwrd I use now is ",
        ] {
            assert!(after_a_password_word(before), "{before:?}");
        }
        let long = format!("{}my passowrd is ", "é".repeat(1000));
        assert!(after_a_password_word(&long));
        for before in [
            "my maiden name is ",
            "my password is fine but my dog is called ",
            "",
            "passenger ",
        ] {
            assert!(!after_a_password_word(before), "{before:?}");
        }
        let far = format!("password {}", "x".repeat(200));
        assert!(!after_a_password_word(&far));
    }

    #[test]
    fn a_password_announced_is_the_value_after_the_words() {
        for (text, value) in [
            (
                "my new password will be Paris2024! I want a human",
                "Paris2024!",
            ),
            ("new password: Paris2024 does not work", "Paris2024"),
            (
                "I changed my password to Paris2024 and it fails",
                "Paris2024",
            ),
            ("the password is going to be Lighthouse99.", "Lighthouse99."),
            ("My new PIN should be 4821", "4821"),
        ] {
            assert_eq!(announced(text).collect::<Vec<_>>(), [value], "{text}");
        }
        // Passwords chained after one (a review found the second a fact).
        for (text, values) in [
            (
                "I updated my password to Paris2024, then Paris2025",
                ["Paris2024", "Paris2025"],
            ),
            (
                "my password is now Paris2024 or Paris2025 I am not sure",
                ["Paris2024", "Paris2025"],
            ),
            (
                "I changed my password to Paris2024 and Paris2025, both fail",
                ["Paris2024", "Paris2025"],
            ),
        ] {
            assert_eq!(announced(text).collect::<Vec<_>>(), values, "{text}");
        }
        // After a mask, under `--redact`: the mask is none, the password chained is one.
        assert_eq!(
            announced("I updated my password to [secret], then Paris2025").collect::<Vec<_>>(),
            ["Paris2025"]
        );
        assert!(announced("my password is [secret] thanks").next().is_none());
        // A word chained is none: "and it fails", "then 3pm".
        for text in [
            "I changed my password to Paris2024 and it fails",
            "I changed my password to Paris2024, then at 3pm it failed",
        ] {
            assert_eq!(announced(text).collect::<Vec<_>>(), ["Paris2024"], "{text}");
        }
        for text in [
            "my password will be changed tomorrow",
            "the PIN should be fine",
            "I want to reset my password to get in",
            "password reset link please",
        ] {
            assert!(announced(text).next().is_none(), "{text}");
        }
    }
}
