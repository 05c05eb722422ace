//! Names given in reply before a number, after "It's me" or spelt out, and listed after
//! "names" or "named", and codes said loosely after a PIN, each masked in whole
//! conversations as `--redact` reads them.

use super::*;

/// A name given in reply then a number ("Katarina Miller 351531510 is my
/// account") was shown: the number ended the search for a name.
#[test]
fn a_name_in_reply_before_a_number_is_masked() {
    for (reply, expected) in [
        (
            "Katarina Miller 351531510 is my account",
            "[name] [name] 351531510 is my account",
        ),
        ("Tyler Jones 4821", "[name] [name] 4821"),
        ("susan 0612345678", "[name] [phone]"),
    ] {
        assert_eq!(
            last_masked(&[(Role::Bot, ASK), (Role::Customer, reply)]),
            expected,
            "{reply:?}"
        );
    }
    // A number after a word that is no name stays as it was.
    for reply in [
        "Order 12345",
        "Flight 114 please",
        "room 12",
        "Premium 2 plan",
    ] {
        assert_eq!(
            last_masked(&[(Role::Bot, ASK), (Role::Customer, reply)]),
            reply
        );
    }
}

/// "It's me, Alexis" and a name spelt out ("Mark with an M", "It's Mark,
/// with a k") were shown.
#[test]
fn a_name_after_its_me_or_before_its_spelling_is_masked() {
    for (said, expected) in [
        ("It's me, Alexis", "It's me, [name]"),
        (
            "Hi, it's me, Alexis. I called before",
            "Hi, it's me, [name]. I called before",
        ),
        ("it's me Alexis again", "it's me [name] again"),
    ] {
        assert_eq!(last_masked(&[(Role::Customer, said)]), expected, "{said:?}");
    }
    for (reply, expected) in [
        ("Mark with an M", "[name] with an M"),
        ("It's Mark, with a k", "It's [name], with a k"),
        ("Katarina with a K", "[name] with a K"),
        ("Jon without an h", "[name] without an h"),
        ("Tyler Jones, with a y", "[name] [name], with a y"),
    ] {
        assert_eq!(
            last_masked(&[(Role::Bot, ASK), (Role::Customer, reply)]),
            expected,
            "{reply:?}"
        );
    }
    // Not names: "it's me" before a word that is none, a thing "with a" something.
    for said in ["It's me, again", "it's me, sorry", "It's me."] {
        assert_eq!(last_masked(&[(Role::Customer, said)]), said);
    }
    assert_eq!(
        last_masked(&[(Role::Bot, ASK), (Role::Customer, "Coffee with a biscuit")]),
        "Coffee with a biscuit"
    );
}

/// A second code said loosely after a PIN ("And 5678 is my old one", "It's
/// either that or 9876") was shown, in the same message or a later one.
#[test]
fn a_second_code_said_loosely_is_masked() {
    for (text, expected) in [
        (
            "pin: 1234. It's either that or 9876",
            "pin: [secret]. It's either that or [secret]",
        ),
        (
            "My PIN is 1234. And 5678 is my old one",
            "My PIN is [secret]. And [secret] is my old one",
        ),
        (
            "my pin is 1234, my old one was 5678",
            "my pin is [secret], my old one was [secret]",
        ),
    ] {
        assert_eq!(r(text), expected, "{text:?}");
    }
    // In a later message of the conversation.
    assert_eq!(
        masked_all(&[
            (Role::Customer, "My PIN is 1234"),
            (Role::Bot, "Thanks, checking."),
            (Role::Customer, "And 5678 is my old one"),
        ]),
        [
            "My PIN is [secret]",
            "Thanks, checking.",
            "And [secret] is my old one"
        ]
    );
    // Without a code before, a number that is "my old one" is no code, and nor is a
    // number said of a thing after one.
    assert_eq!(
        last_masked(&[(Role::Customer, "And 5678 is my old one")]),
        "And 5678 is my old one"
    );
    for text in [
        "pin: 1234. It's either that or the other card",
        "My PIN is 1234. And 2019 is when I opened it",
    ] {
        assert_eq!(r(text).matches("[secret]").count(), 1, "{text:?}");
    }
}

/// Other people's names after "names" or "named" ("my kids' names are Tyler
/// and Jane") were shown, all but the first.
#[test]
fn names_listed_after_names_or_named_are_masked() {
    for (said, expected) in [
        ("names Tyler and Jane", "names [name] and [name]"),
        (
            "my kids' names are Tyler and Jane",
            "my kids' names are [name] and [name]",
        ),
        (
            "My sons are named Tyler, Ben and Jane Smith.",
            "My sons are named [name], [name] and [name] [name].",
        ),
        (
            "a dog named Rex & a cat named Tom",
            "a dog named [name] & a cat named [name]",
        ),
    ] {
        assert_eq!(last_masked(&[(Role::Customer, said)]), expected, "{said:?}");
    }
    for said in [
        "the names are wrong on the ticket",
        "a file named report.pdf",
        "names and dates are different",
        // Things named, in STAR: no one's name.
        "please reserve a restaurant named Luca for today",
        "this great travel blog named Journeys",
        "The file names are Report and Summary",
    ] {
        assert_eq!(last_masked(&[(Role::Customer, said)]), said);
    }
}
