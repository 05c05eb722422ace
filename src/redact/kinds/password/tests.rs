//! The password pattern: the quick look before it, and the matches with `later`'s words of
//! at most fifteen letters.

use super::*;
use crate::redact::kinds::{TextCounts, spans};

/// As `may_announce` was, "pass" anywhere sent "passenger",
/// "compass" and "bypass" down the slow path (the secrets' search) on every message
/// without a digit that held them. The quick test takes whole words now, and says no
/// only where the search finds nothing either.
#[test]
fn the_quick_test_takes_whole_words() {
    for text in [
        "the passenger in seat b",
        "a compass",
        "bypass the queue",
        "pwned",
        "my passport expired",
        "Kennworte",
    ] {
        assert!(!names_a_password(text), "{text:?}");
        assert_eq!(spans(text, None), [], "{text:?}");
        assert_eq!(spans(text, Some(&TextCounts::of(text))), [], "{text:?}");
    }
    for (text, secret) in [
        ("my password is hunter", "hunter"),
        ("Passwords: abc, def", "abc"),
        ("the pass: opensesame", "opensesame"),
        ("pass code is abc", "abc"),
        ("PWD=letmein", "letmein"),
        ("pw: letmein", "letmein"),
        ("Kennwort ist geheim", "geheim"),
        ("password’s swordfish", "swordfish"),
        ("passphrase = correct horse", "correct horse"),
    ] {
        assert!(names_a_password(text), "{text:?}");
        let found = spans(text, Some(&TextCounts::of(text)));
        assert_eq!(found, spans(text, None), "{text:?}");
        assert!(
            found.iter().any(|&(s, e, _)| &text[s..e] == secret),
            "{text:?}: {found:?}"
        );
    }
}

/// Regression: "my pasword is Blue-bird" showed: a typo of "password" was no word for
/// one. The common typos are, each found by the quick look; words that only look like
/// them stay.
#[test]
fn the_common_typos_of_password_announce_one() {
    for (text, secret) in [
        ("my pasword is Blue-bird", "Blue-bird"),
        ("passwrd: Seahorse", "Seahorse"),
        ("my Passowrd is Seahorse", "Seahorse"),
        ("the passwod was hunter", "hunter"),
        ("paswd=letmein", "letmein"),
    ] {
        assert!(names_a_password(text), "{text:?}");
        assert!(crate::redact::kinds::may_hold_secret(text), "{text:?}");
        let found = spans(text, Some(&TextCounts::of(text)));
        assert_eq!(found, spans(text, None), "{text:?}");
        assert!(
            found.iter().any(|&(s, e, _)| &text[s..e] == secret),
            "{text:?}: {found:?}"
        );
    }
    for text in [
        "a paswork of fields is Fine",
        "the pasta is Good",
        "Passover is late",
    ] {
        assert_eq!(spans(text, None), [], "{text:?}");
    }
}

/// The pattern as it was, each of `later`'s words `[\p{L}'’]{1,15}`: what [`found`] must
/// find.
static BOUNDED: LazyLock<Regex> = LazyLock::new(|| {
    const WORD: &str = r"(?i-u:password|passwort|passwd|passphrase|passcode|pass\x20code|kennwort|pwd|pw|pasword|passwrd|passowrd|passwod|paswd)s?";
    let pattern = format!(
        r"(?:(?-u:\b)|[0-9])(?:(?:{WORD}|(?i-u:pass))\s*[:=]\s*(?P<label>\S+)|{WORD}(?:\s+(?i:is|was|ist|war)|['’]s)(?:\s+(?i:now|still|just|actually|probably|currently))?\s+(?P<said>\S+)|{WORD}(?:\s+[\p{{L}}'’]{{1,15}}){{0,4}}?\s+(?i:is|was|to|ist|war)\s+(?P<later>\S+)|{WORD}\s+[-–—]\s+(?P<dashed>\S+)|{WORD}\s+(?P<bare>\S*[0-9]\S*))"
    );
    Regex::new(&pattern).expect("the bounded pattern is valid")
});

/// Each match's groups, where they are.
fn groups<'t>(matches: impl Iterator<Item = Captures<'t>>) -> Vec<Vec<Option<(usize, usize)>>> {
    matches
        .map(|c| {
            ["label", "said", "later", "dashed", "bare"]
                .iter()
                .map(|name| c.name(name).map(|m| (m.start(), m.end())))
                .chain([c.get(0).map(|m| (m.start(), m.end()))])
                .collect()
        })
        .collect()
}

/// `later`'s words were `[\p{L}'’]{1,15}` each, sixty copies of the letters' class that
/// made the pattern the costliest to compile; the pattern takes any word now and
/// [`found`] turns down a longer one. Same matches: a word of sixteen letters, ASCII
/// or not, before "is" gives no password after it; one of fifteen does.
#[test]
fn a_word_of_more_than_fifteen_letters_before_is_gives_no_password() {
    for (text, later) in [
        ("the password I use is Fluffy2020", Some("Fluffy2020")),
        ("password abcdefghijklmno is X1y2", Some("X1y2")),
        ("password abcdefghijklmnop is X1y2", None),
        ("password ééééééééééééééé is X1y2", Some("X1y2")),
        ("password éééééééééééééééé is X1y2", None),
        (
            "password a bb abcdefghijklmnopq is X1y2 pw my is z9",
            Some("z9"),
        ),
    ] {
        assert_eq!(
            groups(found(text)),
            groups(BOUNDED.captures_iter(text)),
            "{text:?}"
        );
        let found = found(text).find_map(|c| c.name("later").map(|m| m.as_str()));
        assert_eq!(found, later, "{text:?}");
    }
}

proptest::proptest! {
    /// [`found`] finds what the pattern with `later`'s words of at most fifteen letters
    /// finds, on texts of the pattern's words, words of fifteen and sixteen letters,
    /// ASCII or not, digits, dashes and spaces of every kind.
    #[test]
    fn found_finds_what_the_bounded_pattern_finds(
        pieces in proptest::collection::vec(
            proptest::sample::select(vec![
                "password", "Passwords", "pw", "PWD", "pass", "pass code", "kennwort", "is",
                "IS", "was", "to", "ist", "war", "now", ":", "=", "-", "–", "'s", "’s",
                "hunter2", "abc", "x", "1", "über", "o'neil", "aaaaaaaaaaaaaaa",
                "aaaaaaaaaaaaaaaa", "ééééééééééééééé", "éééééééééééééééé", "iſ", "my", "9",
            ]),
            0..12,
        ),
        glue in proptest::sample::select(vec![" ", "  ", "\t", "", "\n", "\u{a0}", " - "]),
    ) {
        let text = pieces.join(glue);
        proptest::prop_assert_eq!(
            groups(found(&text)),
            groups(BOUNDED.captures_iter(&text)),
            "{:?}", text
        );
    }
}
