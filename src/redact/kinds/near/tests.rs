//! Tests of `near.rs`: numbers near the word for a PIN masked as codes, those of other
//! things near it kept, and its word lists sorted.

use super::numbers::THING_CODES;
use super::*;

fn secrets(text: &str) -> Vec<&str> {
    let mut taken = Taken::default();
    spans(text, &mut taken);
    taken
        .into_sorted()
        .into_iter()
        .map(|(start, end, _)| &text[start..end])
        .collect()
}

#[test]
fn the_lists_are_sorted() {
    for list in [THING_CODES, OTHER_LABELS, BEFORE_WORDS] {
        assert!(list.windows(2).all(|w| w[0] < w[1]), "{list:?}");
    }
    let things = crate::redact::kinds::labels::THINGS;
    assert!(OTHER_LABELS.iter().all(|w| !things.contains(w)));
}

/// `pin_leaks.csv`, nearly verbatim from STAR.
#[test]
fn numbers_near_the_word_for_a_pin_are_codes() {
    for (text, codes) in [
        (
            "Oh I remember now. It was either 7402 or 9503, my PIN",
            &["7402", "9503"][..],
        ),
        (
            "Is it too late to give you my PIN. I think it's 9431 but it could be 3941...I'm a little dyslexic.",
            &["9431", "3941"],
        ),
        (
            "Wait. I think I recall my PIN. It could be either 9503 or 0314",
            &["9503", "0314"],
        ),
        (
            "Oh wait, I think the PIN was 1596 or 9431? Try 0314 first, please.",
            &["1596", "9431", "0314"],
        ),
        ("Can you try 9431 or 3941 for the PIN?", &["9431", "3941"]),
        (
            "I remember my PIN now.... well sort of... it's either 1596 or 9503",
            &["1596", "9503"],
        ),
        (
            "Oh, wait!  I've written something down that's labelled \"PIN\".  It seems to either be 3100 or 9431.",
            &["3100", "9431"],
        ),
        (
            "I think I remember the pin now. Can you try either 0314 or 3941.",
            &["0314", "3941"],
        ),
        (
            "Ah yes, I remember now.  I have a pin - is that useful for you? 0314",
            &["0314"],
        ),
        ("7402 is my pin i think", &["7402"]),
        (
            "84318931431 is my account number. 1596 is my PIN",
            &["1596"],
        ),
        ("I gave you the wrong code it's 93103", &["93103"]),
        ("9503 Pin.", &["9503"]),
        ("My PIN is 1234. And 2019 is when I opened it", &["1234"]),
        ("my PIN is 1234, or maybe 2019", &["1234", "2019"]),
        // A year a code's word gives is one; one said as a time is not (below).
        ("my pin is 2019", &["2019"]),
        ("pin: 2019", &["2019"]),
        ("I've had this pin since 2019, it is 4821", &["4821"]),
        (
            "I just remember the code was 031431, like that old song that had those numbers in it! 031431! 031431!",
            &["031431", "031431", "031431"],
        ),
    ] {
        assert_eq!(secrets(text), codes, "{text}");
    }
}

#[test]
fn numbers_of_other_things_near_the_word_stay() {
    for text in [
        "my zip code is 90210",
        "use promo code 2024 at checkout",
        "I forgot my PIN, and my order 123456 is late",
        "pin the message to 300 channels",
        "I spent $4000 and forgot my pin",
        "my pin expired on 12/2024",
        "I paid 2000 dollars, my pin is fine",
        "the code of conduct was updated in 2019",
        "my discount code expired, I ordered 3 items for 2500 points",
        "Account number is 95381901 and PIN is",
        "85731890 PIN",
        // A year said as a time, near a code's word.
        "I've had this pin since 2019",
        "pin changed in 2021",
        "my passcode from 2018 stopped working",
    ] {
        assert_eq!(secrets(text), Vec::<&str>::new(), "{text}");
    }
}

proptest::proptest! {
    /// Walks shared between codes' words find what each walk alone finds: texts of
    /// codes' words, numbers, grouped numbers, years, labels, measures and the words
    /// that may stand between.
    #[test]
    fn shared_walks_find_what_walks_apart_find(
        words in proptest::collection::vec(
            proptest::sample::select(vec![
                "PIN", "pin", "code", "passcode", "zip code", "1234", "0314", "2019", "12",
                "34", "56", "99999", "or", "my", "is", "it's", "the", "for", "either",
                "order", "miles", "card", "and", "then", "was", "$4000", "12/2024", "try",
            ]),
            0..40,
        ),
        seps in proptest::collection::vec(
            proptest::sample::select(vec![" ", " ", ", ", ". ", "? ", "-", ": "]),
            40,
        ),
    ) {
        let mut text = String::new();
        for (word, sep) in words.iter().zip(&seps) {
            text.push_str(word);
            text.push_str(sep);
        }
        let found = |apart| {
            let mut taken = Taken::default();
            spans_walking(&text, &mut taken, apart);
            taken.into_sorted()
        };
        proptest::prop_assert_eq!(found(false), found(true), "{:?}", text);
    }
}
