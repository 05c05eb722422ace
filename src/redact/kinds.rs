//! The kinds of personal data found by pattern: a text → the spans of email addresses,
//! IBANs, card numbers, SSNs, UK national insurance numbers, phone numbers, IPv4
//! addresses, and secrets, dates of birth and identity numbers after their labels in it,
//! each with its mask, after the checks that keep what only looks similar (checksums,
//! digit counts, dates, versions). Finds; the masking is `mod.rs`'s, the names
//! `names.rs`'s. The numbers' checks live in `numbers.rs` and `phone.rs`, the codes in
//! `secret.rs` (those near the word for a PIN in `near.rs`), the passwords in
//! `password.rs`, the credentials machines write (tokens, API keys) in `token.rs`, the answers to security questions and the PINs written with letters in
//! `security.rs`, the codes said loosely in `loose.rs` (the labels of things' numbers both
//! take in `labels.rs`), the search of one pattern in `search.rs`, the spans taken so far
//! in `taken.rs`, the words of a text as its masked text reads them in `as_masked.rs`,
//! each kind's mask and checks in `kind.rs`, and how digits are grouped and the word
//! before a value in `written.rs`.

use std::sync::LazyLock;

use regex::Regex;

mod address;
mod as_masked;
mod bounds;
mod kind;
mod labelled;
mod labels;
mod loose;
mod near;
mod numbers;
mod password;
mod phone;
mod search;
mod secret;
mod security;
mod taken;
mod token;
mod written;

use super::memo::{Memo, remembered};
use kind::Kind;
pub(super) use kind::{TextCounts, is_kind_mask, longest_kind_mask};
pub(super) use labelled::dates;
pub(super) use labels::is_label;
pub(super) use loose::loose_codes;
pub(super) use near::part_of_a_number;
pub(crate) use security::stands_for_no_answer;
pub(super) use security::{answer, answer_word, security_answers};
use taken::{Span, Taken};
use written::{
    Caseless, DASHES, SPACES, Whole, after_thing_label, group_lengths, is_dash, is_group_separator,
    is_space, word_before,
};

/// Candidate patterns, most specific first: a span taken by one is not looked at again.
/// Secrets come last, from `secret.rs`.
static PATTERNS: LazyLock<Vec<(Kind, Regex)>> = LazyLock::new(|| {
    [
        // Letters and digits of any script, their combining marks (an accent written
        // as its own character: "jose\u{301}@"), and the `'` of o'brien@. No word
        // boundary (`\b`): the address starts where its run of such characters does
        // (letters glued before it are taken in: text without spaces, as Chinese is
        // written, cannot tell a name's from the words before it), and ends after the
        // letters of its top-level domain (digits glued after it stay out of the mask).
        // A Unicode boundary would leave a text with a letter past ASCII to the regex
        // crate's slowest engine; an ASCII one would find no address that starts or ends
        // with a letter past ASCII ("王伟@", ".рф").
        (
            Kind::Email,
            r"(?i)[\p{L}\p{N}_][\p{L}\p{M}\p{N}._%+'’-]*@[\p{L}\p{M}\p{N}-]+(?:\.[\p{L}\p{M}\p{N}-]+)*\.\p{L}[\p{L}\p{M}]+"
                .to_owned(),
        ),
        // Any case, glued to the words around it: the checksum keeps the rest. The two
        // letters are the ones just before the first two digits, whatever comes before.
        (
            Kind::Iban,
            format!(r"(?i)[A-Z]{{2}}[0-9]{{2}}(?:[{SPACES}{DASHES}]?[A-Z0-9]){{11,30}}"),
        ),
        // Glued to letters too ("cardno4111…", "…1111exp"): the checksum keeps the rest.
        (
            Kind::Card,
            format!(r"[0-9](?:(?:[{SPACES}{DASHES}./]|\r?\n)?[0-9]){{12,18}}"),
        ),
        // Digits of any script (`\d`: full-width ones as a Japanese keyboard types
        // them); where it may start and end is `bounds.rs`'s (no ASCII letter, digit
        // or `_` beside it), not a Unicode word boundary's, which would leave a text
        // with a letter past ASCII to the regex crate's slowest engine.
        (
            Kind::Ssn,
            format!(r"\d{{3}}[{SPACES}{DASHES}.]\d{{2}}[{SPACES}{DASHES}.]\d{{4}}"),
        ),
        // A UK national insurance number as it is written, in capitals: two letters, six
        // digits in pairs or not, a letter A to D; its prefix checked (`ni_valid`).
        (
            Kind::Id,
            format!(r"(?-u:\b)[A-Z]{{2}}[{SPACES}]?[0-9]{{2}}(?:[{SPACES}]?[0-9]{{2}}){{2}}[{SPACES}]?[A-D](?-u:\b)"),
        ),
        // Before phone numbers, which may be written with dots too: an address then a
        // phone number is two numbers, not one that is neither.
        // ASCII digits and an ASCII word boundary at its end: only those parse as an
        // address's parts, and a Unicode boundary would leave a text with a letter past
        // ASCII to the regex crate's slowest engine. Where it may start is `bounds.rs`'s,
        // as an SSN's: no ASCII letter or digit before it but the end of a span taken
        // ("a@b.co10.0.0.1" is `[email][ip]`, as its mask would be read).
        (
            Kind::Ip,
            r"[0-9]{1,3}(?:\.[0-9]{1,3}){3}(?-u:\b)".to_owned(),
        ),
        // An extension goes with its number ("x89", "ext. 89", RFC 3966's ";ext=89").
        (
            Kind::Phone,
            format!(
                r"(?:\+[0-9]{{1,3}}[{SPACES}{DASHES}./]?)?(?:\([0-9]{{1,5}}\)[{SPACES}{DASHES}./]?)?[0-9]{{1,15}}(?:[{SPACES}{DASHES}./][0-9]{{1,8}}){{0,5}}(?:;(?i:ext)=[0-9]{{1,6}}|[{SPACES}]*(?i:x|ext\.?|extension)[{SPACES}]*[0-9]{{1,6}})?"
            ),
        ),
    ]
    .into_iter()
    .map(|(kind, p)| (kind, Regex::new(&p).expect("redaction patterns are valid")))
    .collect()
});

/// The spans of personal data in `text`, with their masks, in order.
pub(super) fn pattern_spans(text: &str) -> Vec<Span> {
    // Nothing to mask without a digit, an `@` or a word for a password, a security
    // question or a PIN: the common case costs one scan, or two. A text with other characters than ASCII is counted (an
    // SSN may be written in other digits, `\d`).
    if !text
        .bytes()
        .any(|b| b.is_ascii_digit() || b == b'@' || !b.is_ascii())
        && !names_a_secret(text)
    {
        return Vec::new();
    }
    // The same text finds the same spans: a bot's scripted question, a lead score or a
    // company's name is searched once a thread (`memo.rs`).
    thread_local! {
        static FOUND: Memo<Vec<Span>> = Memo::default();
    }
    remembered(&FOUND, text, |text| {
        spans(text, Some(&TextCounts::of(text)))
    })
}

/// Whether `text` may hold a word that announces a secret without digits: a password's,
/// a security question's or a PIN's ("my pin is abcd"), or a credential a machine wrote
/// (a bearer token, a URL's `?token=`: `token.rs`).
fn names_a_secret(text: &str) -> bool {
    // All their words in one scan (`written.rs`).
    static WORDS: LazyLock<Caseless> = LazyLock::new(|| {
        let mut lists = vec![
            (password::PASSWORD_WORDS, Whole::Word),
            (security::ANNOUNCING, Whole::Word),
        ];
        lists.extend_from_slice(token::MAY_HOLD);
        Caseless::new(&lists)
    });
    WORDS.holds(text)
}

/// Whether `text` may hold a secret ([`SECRET_MASK`]): it holds, anywhere and in any
/// ASCII case, a word that every way of finding one needs. A code's ([`secret::CODE`],
/// its long form, the codes near their word in `near.rs` and those said loosely after
/// one: "pin", "cvv", "cvc", "cvn", "csc", "otp", "code"; "cſc" with a long s, which the
/// code pattern's Unicode case folding takes for "csc"), a password's (`password.rs`:
/// "pass", "pasw" of the typos "pasword" and "paswd", "pw", "kennwort"), a security answer's (`security.rs`: its announcing words,
/// whole there) and a credential's (`token.rs`: "bearer", a JSON web token's "eyJ", a
/// query's `=`, the issuers' key prefixes). A text without one has no secret whatever
/// its digits: the summary, which keeps only the secrets ([`super::secret_spans`]), runs
/// the whole pattern set only on a message with one (a packets replay of generated
/// chats ran it on each customer message with a digit, 131 M instructions of 4,225 M).
/// Each word is one of its way's patterns' words, or a part of them, so none is missed;
/// `secret_words_gate_every_way_a_secret_is_found` (`redact::tests::properties`) holds a
/// text of each way.
pub(super) fn may_hold_secret(text: &str) -> bool {
    static WORDS: LazyLock<Caseless> = LazyLock::new(|| {
        Caseless::new(&[
            (
                &[
                    b"pin",
                    b"cvv",
                    b"cvc",
                    b"cvn",
                    b"csc",
                    b"otp",
                    b"code",
                    "c\u{17f}c".as_bytes(),
                ],
                Whole::Anywhere,
            ),
            (&[b"pass", b"pasw", b"pw", b"kennwort"], Whole::Anywhere),
            (security::ANNOUNCING, Whole::Anywhere),
            (token::KEY_WORDS, Whole::Anywhere),
        ])
    });
    WORDS.holds(text)
}

/// What a secret becomes.
pub(super) const SECRET_MASK: &str = "[secret]";

/// Whether `text` gives a secret (a PIN, a code, a password): codes said loosely in a
/// later message are codes then ([`loose_codes`]).
pub(super) fn gives_code(text: &str) -> bool {
    let secret = Kind::Secret.mask();
    pattern_spans(text)
        .iter()
        .any(|&(_, _, mask)| mask == secret)
}

/// The spans to mask, with their masks, in order; each kind looked for only where
/// `counts` says it can be found (an amount or a time is not worth six searches), or
/// everywhere without them.
///
/// Each match costs work bounded by its own length (and a card's reach past it), never
/// by the text after it or the spans found before it: a row may hold megabytes of
/// digits or a list of thousands of PINs.
pub(super) fn spans(text: &str, counts: Option<&TextCounts>) -> Vec<Span> {
    let mut taken = Taken::default();
    for (kind, re) in PATTERNS.iter() {
        if counts.is_some_and(|counts| !kind.possible(counts)) {
            continue;
        }
        search::search(*kind, re, text, &mut taken);
        taken.settle();
    }
    if counts.is_none_or(|counts| Kind::Secret.possible(counts)) {
        secret::spans(text, &mut taken);
    }
    // An SSN written with spaces or dots is none beside more groups of digits, and a
    // phone number none that runs into them, unless they are a number taken since (a
    // card, a PIN: "4111 1111 1111 1111 123 45 6789", "password is 0 06 12 34 56 78"),
    // as each is once that number is masked: both looked for again, beside those; and a
    // card, which a phone number dashed to it made look like an id's group
    // ("cardno4111111111111111-555-123-4567x89"); and an IP address, which a code taken
    // since parts from the digits before it ("PIN-555 123 4567-06.12.34.56.78"); and an
    // IBAN, which a card glued before it made the tail of a number
    // ("4111 1111 1111 1111gb82west12345698765432" is `[card][iban]`, as its mask reads).
    for (kind, re) in PATTERNS.iter() {
        if matches!(
            kind,
            Kind::Iban | Kind::Ssn | Kind::Phone | Kind::Card | Kind::Ip
        ) && counts.is_none_or(|counts| kind.possible(counts))
        {
            taken.settle();
            search::search(*kind, re, text, &mut taken);
        }
    }
    taken.into_sorted()
}

#[cfg(test)]
mod tests {
    use regex_syntax::ParserBuilder;

    /// `--redact` on a megabyte of "PIN 1234. 5678’s my old one" took 0.9 s,
    /// five times as long as the same text with a straight apostrophe. The cost was
    /// linear, but the secrets' patterns had Unicode word boundaries (`\b`), and on text
    /// holding any letter past ASCII (’) the regex crate's DFA cannot search those and
    /// leaves the whole text to its slowest engine. Their boundaries are ASCII ones: a
    /// code's digits and its words are ASCII, and so are an IP address's digits (the
    /// same held for it). Nothing is timed; the patterns are read. The email address and
    /// SSN patterns had them too: they have none now, their bounds checked in
    /// `bounds.rs` (`boundaries_beside_letters_past_ascii` in
    /// `redact::tests::phones_cards_ibans_and_emails`).
    #[test]
    fn the_secrets_patterns_have_no_unicode_word_boundary() {
        let pattern = |kind: super::Kind| {
            super::PATTERNS
                .iter()
                .find(|(k, _)| *k == kind)
                .map(|(_, regex)| regex)
                .expect("a pattern of each kind")
        };
        for (name, regex) in [
            ("CODE", &*super::secret::CODE),
            ("MORE_CODES", &*super::secret::MORE_CODES),
            ("LONG_CODE", &*super::secret::LONG_CODE),
            ("LOOSE", &*super::loose::LOOSE),
            ("PASSWORD", &*super::password::PASSWORD),
            ("IP", pattern(super::Kind::Ip)),
            ("EMAIL", pattern(super::Kind::Email)),
            ("SSN", pattern(super::Kind::Ssn)),
        ] {
            let hir = ParserBuilder::new()
                .build()
                .parse(regex.as_str())
                .expect("the pattern parses");
            let looks = hir.properties().look_set();
            assert!(!looks.contains_word_unicode(), "{name}: {looks:?}");
            if !matches!(name, "EMAIL" | "SSN") {
                assert!(looks.contains_word_ascii(), "{name} has its boundaries");
            }
        }
    }
}
