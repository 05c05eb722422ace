//! Properties of redaction over generated pieces of text: numbers near each kind's digit
//! count, words and noise, glued in the ways chats glue them.

use super::super::kinds::{TextCounts, may_hold_secret, spans};
use super::super::names::names_of as names;
use super::super::secret_spans;
use super::super::{masked, redact};

/// Pieces of text near each kind's digit count, and noise.
pub(super) fn piece() -> impl proptest::strategy::Strategy<Value = String> {
    use proptest::prelude::*;
    prop_oneof![
        prop::sample::select(vec![
            "+12 3456 78",
            "+1 555 010 0199",
            "(555) 123-4567",
            "555 123 4567",
            "123-45-6789",
            "٣٣٣-٣٣-٣٣٣٣",
            "4111 1111 1111 1111",
            "4222222222222",
            "10.0.0.1",
            "1.2.3.4",
            "DE89 3704 0044 0532 0130 00",
            "GB82WEST12345698765432",
            "a@b.co",
            "ana.lima@example.com",
            "$49.99",
            "2026-03-01",
            "call",
            "PIN",
            "password is",
            "cvv:",
            "version",
            "06 12 34 56 78",
            "555.123.4567",
        ])
        .prop_map(str::to_owned),
        "[0-9٣ .+()@/:-]{1,10}",
        "[a-zA-Z]{1,6}",
    ]
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(1000))]

    /// Looking for a kind only where the text has what it needs finds what looking
    /// everywhere finds.
    #[test]
    fn counting_first_finds_what_searching_everywhere_finds(
        pieces in proptest::collection::vec(piece(), 0..5),
        glue in proptest::sample::select(vec!["", " ", ", ", "-"]),
    ) {
        let text = pieces.join(glue);
        proptest::prop_assert_eq!(
            spans(&text, Some(&TextCounts::of(&text))),
            spans(&text, None)
        );
    }

    /// A text without a word that a secret needs ([`may_hold_secret`]) has no secret,
    /// whatever its numbers and words: the summary skips the pattern set for it.
    #[test]
    fn no_secret_without_the_words_a_secret_needs(
        pieces in proptest::collection::vec(
            proptest::prop_oneof![
                piece(),
                proptest::strategy::Strategy::prop_map(
                    proptest::sample::select(vec![
                        "my", "is", "it's", "Pin", "pins", "code:", "OTP", "CSC", "c\u{17f}c",
                        "pass", "pwd=", "Kennwort", "maiden name", "Security", "pet's name",
                        "bearer", "eyJhbGciOi.eyJzdWIiOi.c2lnbmF0dXJl", "?token=",
                        "sk_live_", "ghp_", "xoxb-", "AKIA", "AIza", "order", "number",
                    ]),
                    str::to_owned,
                ),
            ],
            0..8,
        ),
        glue in proptest::sample::select(vec!["", " ", ", ", "-", ": "]),
    ) {
        let text = pieces.join(glue);
        if !may_hold_secret(&text) {
            let secret = spans(&text, None)
                .into_iter()
                .find(|&(_, _, mask)| mask == "[secret]");
            proptest::prop_assert_eq!(secret, None, "{:?}", text);
        }
    }

    /// Masked text masked again has no mask inside a mask, for customers named as masks
    /// are. (The second pass may mask more: a password's value that holds a mask and more,
    /// or a number that hid beside another from the first; it never unmasks.)
    #[test]
    fn masking_again_changes_no_mask(
        pieces in proptest::collection::vec(
            proptest::prop_oneof![
                piece(),
                proptest::strategy::Strategy::prop_map(
                    proptest::sample::select(vec!["Card", "card", "Phone", "Ana", "[card]", "ip"]),
                    str::to_owned,
                ),
            ],
            0..8,
        ),
        glue in proptest::sample::select(vec!["", " ", ", ", "-"]),
    ) {
        let n = names(&[("name", "Ana Card"), ("last_name", "Phone Ip")]);
        let text = pieces.join(glue);
        let once = masked(&text, &n).into_owned();
        let twice = masked(&once, &n).into_owned();
        proptest::prop_assert!(!twice.contains("[[") && !twice.contains("]]"), "{}", twice);
    }

    /// Whatever the pieces (numbers beside numbers, as the card and phone searches
    /// look into), the spans are in order, apart, and on character boundaries.
    #[test]
    fn spans_are_ordered_apart_and_whole_characters(
        pieces in proptest::collection::vec(piece(), 0..8),
        glue in proptest::sample::select(vec!["", " ", ", ", "-"]),
    ) {
        let text = pieces.join(glue);
        let found = spans(&text, None);
        for pair in found.windows(2) {
            proptest::prop_assert!(pair[0].1 <= pair[1].0, "{found:?} in {text:?}");
        }
        for &(start, end, _) in &found {
            proptest::prop_assert!(start < end && text.get(start..end).is_some());
        }
        // Masking it cannot fail either.
        let _ = redact(&text);
    }
}

/// A text of each way a secret is found holds a word [`may_hold_secret`] looks for, and
/// the secret is found; a text with numbers and none of those words has none.
#[test]
fn secret_words_gate_every_way_a_secret_is_found() {
    for (text, secret) in [
        ("my PIN is 4821", "4821"),
        ("12/27cvv 123", "123"),
        ("CSC: 987", "987"),
        ("OTP 552910", "552910"),
        ("your code is 482910573", "482910573"),
        ("my pin. I think it's 9431", "9431"),
        ("7402 is my pin", "7402"),
        ("password: hunter22", "hunter22"),
        ("pwd=abc123", "abc123"),
        ("Kennwort ist geheim7", "geheim7"),
        ("my mother's maiden name is Cooper", "Cooper"),
        ("my childhood pet is Molly", "Molly"),
        ("Bearer abcdef123456789", "abcdef123456789"),
        ("see https://x.io/cb?token=abc123", "abc123"),
        ("key sk_live_abcdefgh1234", "sk_live_abcdefgh1234"),
        ("AKIA1234567890ABCDEF", "AKIA1234567890ABCDEF"),
    ] {
        assert!(may_hold_secret(text), "{text:?}");
        let found: Vec<&str> = (secret_spans(text).into_iter())
            .map(|(start, end)| &text[start..end])
            .collect();
        assert!(found.contains(&secret), "{text:?}: {found:?}");
    }
    for text in [
        "order 48213 for $49.99 on 2026-03-01",
        "call me at 555 123 4567",
        "Room 12, 3 nights, 2 adults",
    ] {
        assert!(!may_hold_secret(text), "{text:?}");
        assert_eq!(secret_spans(text), [], "{text:?}");
    }
}
