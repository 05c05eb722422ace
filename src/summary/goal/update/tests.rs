//! The goal update's word tests: one word and its endings, a change of a part, a
//! correction with "actually" or "I mean"; any text read without a panic.

use super::*;

#[test]
fn a_word_and_its_endings_are_one() {
    for (a, b) in [
        ("hotel", "hotels"),
        ("book", "booking"),
        ("ride", "riders"),
        ("reserve", "reservation"),
        ("change", "changed"),
    ] {
        assert!(same_word(a, b) && same_word(b, a), "{a} {b}");
    }
    for (a, b) in [("john", "johnson"), ("wife", "wifey"), ("table", "tablet")] {
        assert!(!same_word(a, b), "{a} {b}");
    }
    // Letters, not bytes: six letters of "réservé" are more than six bytes.
    assert!(same_word("réservé", "réservation"));
    assert!(!same_word("été", "étés\u{301}"));
}

#[test]
fn a_change_of_a_part_names_the_part_or_the_goal() {
    let goal = content_words("I'd like to reserve a room at the Hilton");
    for s in [
        "so I have to change my dates.",
        "Can we change the dates and see if that works?",
        "can you change the day please?",
        "I need to change the destination to the airport",
        "Can we do a different day?",
        "Try a different one.",
        "Can I change the room?",
    ] {
        assert!(changes_a_part(s, &goal), "{s}");
    }
    for s in [
        "Can you change the pick up location on that ride?",
        "I'll like to change the status of my ride",
        "Oh can I change the car to a Tesla?",
        "my friend stayed at a different shadyside.",
        "I think that's a different Assistant",
        "change the",
        "a different",
    ] {
        assert!(!changes_a_part(s, &goal), "{s}");
    }
}

#[test]
fn actually_and_i_mean_correct_with_something_new() {
    let goal = content_words("What can you tell me about the Hilton in the East?");
    for s in [
        "The flight ID is actually 596.",
        "Actually, I'm closer to Craig and Center.",
        "Oh, I mean flight 825.",
        "I mean Dr. Alexis!",
    ] {
        assert!(corrects_with(s, &goal), "{s}");
    }
    for s in [
        "The Center is really hot right now actually.",
        "Actually, the East is so annoying.",
        "I mean, at this point, I don't even feel very hangry.",
        "I expect 67 guests to actually make it.",
        "actually",
        "I mean",
    ] {
        assert!(!corrects_with(s, &goal), "{s}");
    }
}

proptest::proptest! {
    /// Any text, letters past ASCII included, is read without a panic: words are
    /// cut at characters, never at bytes.
    #[test]
    fn any_text_is_read_without_a_panic(
        goal in "[a-zA-ZéÅß0-9 ,.?']{0,40}",
        later in "[a-zA-ZéÅß0-9 ,.?'’]{0,60}",
    ) {
        let goal_words = content_words(&goal);
        let _ = changes_a_part(&later, &goal_words);
        let _ = corrects_with(&later, &goal_words);
        for w in split_words(&later) {
            for g in &goal_words {
                proptest::prop_assert_eq!(same_word(g, &w.to_lowercase()), same_word(&w.to_lowercase(), g));
            }
        }
    }
}
