//! Properties of redaction over generated pieces of text: numbers near each kind's digit
//! count, words and noise, glued in the ways chats glue them.

use super::super::kinds::{TextCounts, spans};
use super::super::names::names_of as names;
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
