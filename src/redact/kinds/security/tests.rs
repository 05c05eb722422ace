//! The security answers found after the words that announce them, what only mentions a
//! pet or a maiden name (no answer), and the quick test that sends a message to the
//! search (whole words only).

use super::*;

fn answers(text: &str) -> Vec<&str> {
    security_answers(text)
        .into_iter()
        .map(|(s, e)| &text[s..e])
        .collect()
}

/// The quick test takes whole words only: "pink" and "petrol" took the slow path
/// (the cue patterns' search) on every message that held them.
#[test]
fn the_quick_test_takes_whole_words() {
    for text in [
        "pink",
        "a petrol car",
        "pinned it",
        "Securityguard",
        "maidenhead",
    ] {
        assert!(!may_announce(text), "{text:?}");
    }
    for text in [
        "my PIN is abcd",
        "pin's abcd",
        "my pets name",
        "pet's name",
        "Pet: Rex",
        "mother's MAIDEN name",
        "security question",
        "memorable word",
    ] {
        assert!(may_announce(text), "{text:?}");
    }
}

#[test]
fn the_words_that_are_no_answers_are_sorted() {
    assert!(NOT_ANSWERS.windows(2).all(|pair| pair[0] < pair[1]));
}

/// As STAR's bank chats and other replies to security questions write them.
#[test]
fn answers_after_the_words_that_announce_them() {
    for (text, answer) in [
        ("my mothers maiden name was Sanchez", "Sanchez"),
        (
            "My mother's maiden name was cooper. Winnie Cooper.",
            "cooper",
        ),
        ("I forgot it, my mother's maiden is Sanders", "Sanders"),
        ("I only know my mother's maiden name which is Wong", "Wong"),
        (
            "mother's maiden name Sanchez I can't remember my pin",
            "Sanchez",
        ),
        ("Sanders, pet is Charlie.", "Charlie"),
        ("my first pet was called Rex", "Rex"),
        ("My pet was named Nemo.", "Nemo"),
        ("my childhood pets name was Buddy", "Buddy"),
        (
            "I do have my childhood pet's name if that heps - it was Molly",
            "Molly",
        ),
        ("my mom's maiden name. It was Cooper.", "Cooper"),
        ("my security question is Molly", "Molly"),
        ("my security questions answer which is Nemo.", "Nemo"),
        ("Jane doe pin 1234 childhood pet charlie", "charlie"),
        ("my pet was Poppy. I really need that card", "Poppy"),
        ("memorable word: fluffy123", "fluffy123"),
        ("pet's name was Rum Tum, a cat", "Rum Tum"),
        // Before the cue.
        ("Wong is mama's maiden", "Wong"),
        ("Buster was my first pet's name", "Buster"),
        (
            "ok. Sanders is my mother's maiden name, and my pin?",
            "Sanders",
        ),
        ("cooper was my moms maiden name", "cooper"),
        ("Leeds was my memorable place", "Leeds"),
        // A dictionary word as a memorable word.
        ("my memorable word is pineapple", "pineapple"),
        ("memorable word: garden", "garden"),
        ("My memorable word is 'window'.", "window"),
    ] {
        assert_eq!(answers(text), [answer], "{text:?}");
    }
}

/// What only mentions a pet, a maiden name or a security question gives no answer.
#[test]
fn mentions_give_no_answer() {
    for text in [
        "What was your mother's maiden name?",
        "Can I get your date of birth, mother's maiden name and the name of your childhood pet?",
        "Unfortunately there is nothing I can do without your Mother's Maiden Name or Account Number.",
        "Does North Heights allow pets?",
        "My pet hippo will be so pleased!",
        "Ah you whant to sell a pet dog to me",
        "please ask other security questions. I need help",
        "i can remember my childhood pet name",
        "I do know what my secret question about my pet is.",
        "my pet is a dog",
        "my pet was sick, it was awful",
        "Pets are allowed",
        "My pet cat, Rum Tum.",
        "my security question is what my first car was",
        "Is there a different question, one about pet envelopes?",
        "My parents didn't like pets. I had a goldfish once but it was flushed the same day.",
        "the pet, I believe it was flushed",
        "the pet store was closed",
        "I don't have a pet, it's not allowed",
        // Before the cue, no answer: a word that stands where one would, a common
        // word, a pet alone, a question.
        "It was my first pet's name",
        "That is my mother's maiden name",
        "dog was my first pet",
        "Max is my pet",
        "Is Wong my mother's maiden name?",
        "What is your mother's maiden name?",
        "the answer is my mother's maiden name",
        "my memorable word is wrong",
        "my memorable word is not working",
        "my memorable word is the same as before",
    ] {
        assert_eq!(answers(text), Vec::<&str>::new(), "{text:?}");
    }
}

/// Regression: "Hacked I want a human" in reply to "What is your pet's name?" read
/// "\[secret\] I want a human" under `--redact`, as did "Locked", "Stolen", "Urgent" and
/// "Help": a capitalised word was an answer where it may be a name. A participle or a
/// support chat's word is none; a pet's name of an everyday word still is.
#[test]
fn a_word_of_a_complaint_is_no_answer() {
    for word in [
        "Hacked", "Locked", "Blocked", "Stolen", "Frozen", "Urgent", "Help",
    ] {
        assert!(!answer_word(word), "{word}");
        let reply = format!("{word} I want a human");
        assert_eq!(answer(&reply, 0), None, "{reply}");
    }
    for word in ["Buddy", "Pepper", "Shadow", "Molly", "Sanchez"] {
        assert!(answer_word(word), "{word}");
    }
    assert_eq!(answers("my first pet was called Buddy"), ["Buddy"]);
}
