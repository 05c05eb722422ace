//! Words masked as a person's name that name no one, listed by the lead: a company after
//! "called", a service after the word for a friend, a venue after "it's", a business
//! after a "Name:" label, the bot's name after "your name is"; each kept now, and the
//! names beside them still masked (the leaks fixed before: "my son John", "It is Tyler
//! Jones", "a dog called rex").

use super::{ASK, last_masked, masked_all};
use crate::redact::Names;
use crate::redact::names::tests::conversation;
use crate::transcript::Role;

fn said(text: &str) -> String {
    last_masked(&[(Role::Customer, text)])
}

/// "someone called comcast": after a person alone, "called" is the verb and what follows
/// it who was called; a name in lower case is taken after an animal, "a" person or "is
/// called" only. A service is no one's name in any case.
#[test]
fn a_company_after_called_is_no_name() {
    for text in [
        "someone called comcast about my bill",
        "my friend called verizon yesterday",
        "someone called Comcast about my bill",
    ] {
        assert_eq!(said(text), text);
    }
    for (text, expected) in [
        (
            "some guy called mike took it",
            "some guy called [name] took it",
        ),
        ("a dog called rex", "a dog called [name]"),
        ("my son is called tom", "my son is called [name]"),
        (
            "someone called Mike took it",
            "someone called [name] took it",
        ),
    ] {
        assert_eq!(said(text), expected, "{text:?}");
    }
}

/// "my friend Netflix account": a service is no one's name after the word for a friend.
#[test]
fn a_service_after_the_word_for_a_friend_is_no_name() {
    for text in [
        "I use my friend Netflix account",
        "my brother Xbox is broken",
        "It's Spotify.",
    ] {
        assert_eq!(said(text), text);
    }
    assert_eq!(
        said("my son John uses my wife Sarah account"),
        "my son [name] uses my wife [name] account"
    );
}

/// "It's Southside Venue." (STAR star-23, in reply to "At what venue is the party taking
/// place?") and "Name: Cactus Club" (star-5464, star-5901, a restaurant's card pasted
/// into the chat): two words, the second of which ends a place's or a business's name.
#[test]
fn a_venue_or_a_business_after_its_or_name_is_no_name() {
    let venue = masked_all(&[
        (Role::Bot, "At what venue is the party taking place?"),
        (Role::Customer, "It's Southside Venue."),
    ]);
    assert_eq!(venue[1], "It's Southside Venue.");
    for text in [
        "Name:\tCactus Club Cost:\tCheap",
        "Name: Cactus Club",
        "I booked it, it's Luigi Bistro.",
    ] {
        assert_eq!(said(text), text);
    }
    for (text, expected) in [
        ("It's Tyler Jones.", "It's [name] [name]."),
        ("It is Tyler Jones", "It is [name] [name]"),
        ("Name: Tyler Jones", "Name: [name] [name]"),
        ("my name is Ana Club", "my name is [name] [name]"),
    ] {
        assert_eq!(said(text), expected, "{text:?}");
    }
}

/// "Your name is bank?" (STAR star-3026, to the bot's "I am bank."): the name after
/// "your name is" is the bot's, not the customer's, and "bank" was masked in every
/// message of the chat.
#[test]
fn the_name_after_your_name_is_is_the_bots() {
    let rows = [
        (Role::Customer, "I just got a text alert from the bank"),
        (Role::Customer, "I'm sorry, who are you?"),
        (Role::Bot, "I am bank."),
        (
            Role::Customer,
            "Your name is bank? Oh, wait, yeah, ok. My dog's name is Poppy.",
        ),
    ];
    assert_eq!(
        masked_all(&rows),
        [
            "I just got a text alert from the bank",
            "I'm sorry, who are you?",
            "I am bank.",
            "Your name is bank? Oh, wait, yeah, ok. My dog's name is [name].",
        ]
    );
    assert_eq!(said("my name is bank"), "my name is [name]");
}

/// Found beside the above: a reply to the name question that labels the name ("Name:
/// Tyler Jones", "Full name: …") made "Name" a word of the customer's name, masked in
/// every later message ("[name] of the venue?").
#[test]
fn the_label_of_a_name_in_reply_is_no_name() {
    let rows = [
        (Role::Bot, ASK),
        (Role::Customer, "Name: Tyler Jones"),
        (Role::Customer, "Name of the venue?"),
    ];
    assert_eq!(
        masked_all(&rows)[1..],
        ["Name: [name] [name]", "Name of the venue?"]
    );
    assert_eq!(
        last_masked(&[(Role::Bot, ASK), (Role::Customer, "Full name: Tyler Jones")]),
        "Full name: [name] [name]"
    );
}

/// "Name: Cactus Club" in reply to the bot's question for the name: a
/// reply is read as the name asked for, and the place's or business's name was masked
/// there though not in the same words on their own. Two words that end as a place's or a
/// business's name, or a service's name, are no one's in a reply either; a person's name
/// in the same reply still is.
#[test]
fn a_business_given_in_reply_to_the_name_question_is_no_name() {
    let reply = |text: &str| last_masked(&[(Role::Bot, ASK), (Role::Customer, text)]);
    for text in [
        "Name: Cactus Club",
        "Cactus Club",
        "It's Cactus Club",
        "Name: Luigi's Bistro",
        "Name: Acme Inc",
        "Acme Ltd.",
        "Sure, it's Spotify",
    ] {
        assert_eq!(reply(text), text);
    }
    for (text, expected) in [
        ("Name: Anna Smith", "Name: [name] [name]"),
        ("Anna Smith", "[name] [name]"),
        ("Name: Sarah Hall", "Name: [name] [name]"),
        (
            "Name: Tyler Jones, Club member",
            "Name: [name] [name], Club member",
        ),
    ] {
        assert_eq!(reply(text), expected, "{text:?}");
    }
}

/// A typo or an interjection in reply to a question for the name is not taken for one
/// ("helo", "Nevermind", "hwat"): a word that is no name that everyone knows, and is a
/// reply word misspelt (a letter dropped, doubled, swapped with the
/// next, or hit beside the key meant) or drawn out ("hmmm"), or a common interjection
/// ("haha"), names no one.
#[test]
fn a_typo_in_reply_to_a_question_for_the_name_is_no_name() {
    for reply in [
        "helo",
        "Helo",
        "Nevermind",
        "nevermind",
        "hwat",
        "Hwat?",
        "waht",
        "pleasee",
        "plase",
        "thnaks",
        "sorru",
        "hmmm",
        "ummm",
        "hahaha",
        "lolol",
        "Huh?",
        "meh",
        "heyyy",
        "whyyy",
    ] {
        let c = conversation(&[(Role::Bot, ASK), (Role::Customer, reply)]);
        let names = Names::of_conversation(&c);
        assert!(names.is_empty(), "{reply:?} gives {names:?}");
    }
    // Names, even near a reply word, still are; so is a name after a typo of a greeting.
    for (reply, expected) in [
        ("susan", "[name]"),
        ("Kate", "[name]"),
        ("kate", "[name]"),
        ("Walt", "[name]"),
        ("Nell", "[name]"),
        ("Luke", "[name]"),
        ("mike", "[name]"),
        ("helo, Tyler", "helo, [name]"),
        ("helo tyler", "helo [name]"),
        // Names a slip from a reply word ("great", "email", "wrong", "rofl",
        // "early") or a shortening of one ("an", "need", "nor", "call", "less") were
        // taken for typos and shown.
        ("Greta Jones", "[name] [name]"),
        ("greta jones", "[name] [name]"),
        ("Ann Lee", "[name] [name]"),
        ("Ned Stark", "[name] [name]"),
        ("Emil", "[name]"),
        ("emil nowak", "[name] [name]"),
        ("Wong", "[name]"),
        ("Rolf", "[name]"),
        ("Earl", "[name]"),
        ("Noor Ahmed", "[name] [name]"),
        ("Cal", "[name]"),
        ("Les", "[name]"),
    ] {
        assert_eq!(
            last_masked(&[(Role::Bot, ASK), (Role::Customer, reply)]),
            expected,
            "{reply:?}"
        );
    }
}
