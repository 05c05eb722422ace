//! Introductions and names said to someone at a sentence's start: what is dropped
//! from a goal, and what stays.

use super::{strip_addressed, strip_intro};

#[test]
fn an_introduction_is_dropped_and_the_request_kept() {
    for (sentence, stripped) in [
        ("I'm Angela Smith.", ""),
        ("My name is Angela Smith", ""),
        (
            "My name is John and I would like to RSVP to a party.",
            "I would like to RSVP to a party.",
        ),
        (
            "I am Alexis and need to go to the hospital.",
            "need to go to the hospital.",
        ),
        (
            "my name is john, and i need help with North Hill Apartment viewing",
            "i need help with North Hill Apartment viewing",
        ),
        ("my name is jane need help", "need help"),
        ("This is Mark, I need a ride", "I need a ride"),
        (
            "I’m Tyler Jones - can you book a table?",
            "can you book a table?",
        ),
        ("I'm Ben reserve my flight 114", "reserve my flight 114"),
        // Under `--redact` the summary reads the masked message.
        (
            "I'm [name] [name] and I need to cancel my booking",
            "I need to cancel my booking",
        ),
        (
            "My name is [name], I need to change my flight 820",
            "I need to change my flight 820",
        ),
    ] {
        assert_eq!(strip_intro(sentence), stripped, "{sentence}");
    }
}

/// Introductions other than "My name is X" (star-5912 "it's
/// John again", star-4191 "this is John calling to follow up"): the request after them
/// is the goal.
#[test]
fn an_introduction_by_its_or_with_calling_about_is_dropped() {
    for (sentence, stripped) in [
        (
            "I'm Alexis calling about my lease, can you renew it?",
            "my lease, can you renew it?",
        ),
        (
            "I’m Alexis Smith, calling regarding the lease on unit 4",
            "the lease on unit 4",
        ),
        // Too short alone: what the customer called about stays with "calling".
        ("I'm Alexis calling about my ride", "calling about my ride"),
        ("this is John calling to follow up", "calling to follow up"),
        ("it's John again.", ""),
        ("It's John again and I need a flight", "I need a flight"),
        ("It's Angela here, I need a table", "I need a table"),
        (
            "it's Ben calling about my order from Tuesday",
            "my order from Tuesday",
        ),
        ("Mark here, I need a ride", "Mark here, I need a ride"),
        ("This is Mark here, I need a ride", "I need a ride"),
        ("This is Mark, I need a ride", "I need a ride"),
    ] {
        assert_eq!(strip_intro(sentence), stripped, "{sentence}");
    }
    // After "it's" a capitalised word is as often a service, a month or a day as the
    // customer: without more of an introduction the sentence stays.
    for sentence in [
        "it's Angela, I need to move my appointment",
        "It’s Angela. Can you book a table?",
        "its Angela",
        "It is Rogers.",
        "It's [name], I need to cancel",
        "It's Netflix, I was charged twice this month.",
        "It's Hilton, I need to cancel the booking for Friday.",
        "It's April, and my rent payment failed.",
        "It's Christmas Eve and I need my package delivered today.",
    ] {
        assert_eq!(strip_intro(sentence), sentence);
    }
}

/// "Thanks Mark, can you …" kept "Mark" in the goal, "Grace Dear, can you …" kept
/// "Grace Dear": a name said to someone is no part of the request.
#[test]
fn a_name_said_to_someone_is_dropped() {
    for (sentence, after_greeting, stripped) in [
        ("Mark, can you book a table?", true, "can you book a table?"),
        (
            "Grace Dear, can you book a table?",
            false,
            "can you book a table?",
        ),
        (
            "Honey, can you book a table?",
            false,
            "can you book a table?",
        ),
        ("Tyler Jones! I need a ride", true, "I need a ride"),
        (
            "[name], can you book a table?",
            true,
            "can you book a table?",
        ),
        ("Grace Dear", true, ""),
        (
            "Honey – can you book a table?",
            false,
            "can you book a table?",
        ),
        (
            "Grace Dear — can you book a table?",
            false,
            "can you book a table?",
        ),
        (
            "Honey’s friend, can you help?",
            false,
            "Honey’s friend, can you help?",
        ),
        // A name alone at a sentence's start may be an answer; a word that is no
        // name, a nationality, a pet word before a place stay.
        (
            "Alexis - I thought you knew",
            false,
            "Alexis - I thought you knew",
        ),
        (
            "Boston, and I need a car",
            false,
            "Boston, and I need a car",
        ),
        ("Canadian, I need a visa", true, "Canadian, I need a visa"),
        (
            "Quick question: can you help",
            true,
            "Quick question: can you help",
        ),
        (
            "Chicago is cold, can you help",
            true,
            "Chicago is cold, can you help",
        ),
        (
            "Love Field, can you take me there",
            false,
            "Love Field, can you take me there",
        ),
        (
            "Dear Sir, I need a refund",
            false,
            "Dear Sir, I need a refund",
        ),
        // A pet word alone at a sentence's start may be a list's first item.
        (
            "Sugar, flour and eggs were missing from my grocery order.",
            false,
            "Sugar, flour and eggs were missing from my grocery order.",
        ),
        (
            "Honey, lemon and ginger tea please",
            false,
            "Honey, lemon and ginger tea please",
        ),
        ("", true, ""),
        // After a greeting, a name of the name table, or one a request of the
        // customer's own follows, is said to someone; a place or a brand before
        // anything else is what the customer came about.
        ("Mark, the order came", true, "the order came"),
        (
            "Alexis, can you book a table?",
            true,
            "can you book a table?",
        ),
        (
            "Denver, one way for two please",
            true,
            "Denver, one way for two please",
        ),
        (
            "Kitty, backpacks for my daughter please",
            true,
            "Kitty, backpacks for my daughter please",
        ),
        ("Denver!", true, "Denver!"),
    ] {
        assert_eq!(
            strip_addressed(sentence, after_greeting),
            stripped,
            "{sentence}"
        );
    }
}

/// Four names and pet names at most open a sentence said to someone; a fifth word before
/// the punctuation leaves it whole, and is where the reading stops (a message of "ok ok
/// ok …" after a password question was read to its end for each "ok": the square of
/// its length, `benches/long.sh`'s kind of message).
#[test]
fn no_more_than_four_words_are_read_as_an_address() {
    for (sentence, stripped) in [
        (
            "Honey Sweetie Dear Love, can you help me",
            "can you help me",
        ),
        (
            "Honey Sweetie Dear Love Babe, can you help me",
            "Honey Sweetie Dear Love Babe, can you help me",
        ),
        (
            "My order never came honey, can you check",
            "My order never came honey, can you check",
        ),
    ] {
        assert_eq!(strip_addressed(sentence, false), stripped, "{sentence}");
    }
    let long = "ok ".repeat(1_000) + "honey, can you help";
    assert_eq!(strip_addressed(&long, false), long);
}

#[test]
fn what_is_no_introduction_stays() {
    for sentence in [
        "I'm looking for Thai food.",
        "I am Interested in the apartment",
        "I am the Chief Engineer",
        "My name is on the booking, can you check?",
        "I'm Ben Smith's wife and need help",
        "This is Netflix and it keeps crashing",
        "It's Sarah's birthday, I need a cake",
        "It's Broken, can you fix it?",
        "I'm",
        "",
        "Imagine a room with a view",
        // Words said of a name, and a nationality.
        "the name is Wrong, can you update the reservation",
        "my name is misspelled, can you fix it on my ticket?",
        "I'm Canadian, I need a visa for Brazil",
        // Once listed by redaction only (`text::peoples` is the one list now).
        "I'm Somali, I need a visa for Brazil",
        "I'm Kenyan, I need a visa for Brazil",
        // Missing from the lexicon until a review found them read as names.
        "I'm Punjabi, I need a visa for Brazil",
        "I'm Tamil, I need a visa for Brazil",
        "I'm Kiwi, I need a visa for Brazil",
        "I'm Sunni, I need a visa for Brazil",
        "I'm Christian, I need a visa for Brazil",
        "I'm Zoroastrian, I need a visa for Brazil",
    ] {
        assert_eq!(strip_intro(sentence), sentence, "{sentence}");
    }
}
