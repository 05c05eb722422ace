//! Passphrases, names given after a lead-in or before a dash, identifiers after their
//! labels, and a card number glued to a UUID's hex group: each masked, and what only
//! looks like one kept.

use super::masked_all;
use super::r;
use crate::transcript::Role;

/// A password after `:` or `=` runs to the end of its clause: a passphrase has
/// spaces ("password: [secret] horse battery staple" showed three of its four words).
#[test]
fn a_passphrase_after_a_colon_or_equals_is_masked_to_its_clauses_end() {
    for (text, expected) in [
        (
            "password: correct horse battery staple",
            "password: [secret]",
        ),
        ("pass = P@ss w0rd!", "pass = [secret]"),
        (
            "password: correct horse battery staple. Thanks",
            "password: [secret]. Thanks",
        ),
        (
            "password: correct horse battery staple\nthanks",
            "password: [secret]\nthanks",
        ),
        ("Passwords: abc, def", "Passwords: [secret], def"),
        ("pw=hunter2; user=bob", "pw=[secret]; user=bob"),
        (
            "new password: Tr0ub4dor&3 please confirm",
            "new password: [secret] please confirm",
        ),
        ("password: hunter2 I think", "password: [secret] I think"),
        ("password: i love you", "password: [secret]"),
        // Ten words at most: each word for a password costs bounded work.
        (
            "password: one two three four five six seven eight nine ten eleven twelve",
            "password: [secret] eleven twelve",
        ),
        ("pw: hunter2 pin: 4821", "pw: [secret] pin: [secret]"),
        ("pw: hunter2 user: bob", "pw: [secret] user: bob"),
        ("pw: hunter2 user=bob", "pw: [secret] user=bob"),
        ("pw: hunter2 pw: hunter3", "pw: [secret] pw: [secret]"),
        ("password: my pw is hunter3 ok", "password: [secret]"),
    ] {
        assert_eq!(r(text), expected, "{text:?}");
    }
}

/// After "is", a passphrase runs up to a word that goes on the sentence, and
/// one that opens with a word that may say something of a password ("correct") is one
/// when two words or more follow it that could not.
#[test]
fn a_passphrase_after_is_is_masked_whole() {
    for (text, expected) in [
        (
            "my password is correct horse battery staple",
            "my password is [secret]",
        ),
        (
            "my password is purple monkey dishwasher but it fails",
            "my password is [secret] but it fails",
        ),
        (
            "my password is hunter2 and I can't log in",
            "my password is [secret] and I can't log in",
        ),
        ("My password is Hunter2.", "My password is [secret]."),
        ("password - hunter2", "password - [secret]"),
        (
            "password – purple monkey dishwasher, thanks",
            "password – [secret], thanks",
        ),
        // A `!` glued to it may be its own (`password=Sup3rS3cret!`).
        ("My password is Hunter2!", "My password is [secret]"),
    ] {
        assert_eq!(r(text), expected, "{text:?}");
    }
    // Words that say something of the password stay.
    for text in [
        "my password is correct but it fails",
        "my password is wrong again",
        "my password is not working anymore",
        "my password is correct",
        "my password is too short for the site",
        "my password is expired since yesterday",
        "my password is wrong every time I try",
        "my password is incorrect today somehow",
        "my password - is that needed?",
        "the password - not working",
        "password - that's the problem",
    ] {
        assert_eq!(r(text), text);
    }
}

/// Identifiers after the words that announce them, and a code of spaced digits.
#[test]
fn labelled_identifiers_and_spaced_codes_are_masked() {
    for (text, expected) in [
        ("cvv is 1 2 3", "cvv is [secret]"),
        ("my cvc: 4 5 6", "my cvc: [secret]"),
        ("my ssn is 078051120", "my ssn is [ssn]"),
        (
            "social security number 078 05 1120",
            "social security number [ssn]",
        ),
        (
            "my driver's license number is D1234567",
            "my driver's license number is [id]",
        ),
        ("licence no JONES961102W99YT", "licence no [id]"),
        (
            "driving licence: JONES961102W99YT, thanks",
            "driving licence: [id], thanks",
        ),
        ("passport number 123456789", "passport number [id]"),
        ("Drivers license D123-4567-8901", "Drivers license [id]"),
    ] {
        assert_eq!(r(text), expected, "{text:?}");
    }
    // Not an identifier's shape, or not announced as one.
    for text in [
        "my ssn is on file",
        "my license expired on 03/04/2024",
        "my driver's license number is lost",
        "the license costs 12.99",
        "order 078051120 is late",
        "license plate AB12 CDE",
    ] {
        assert_eq!(r(text), text);
    }
}

/// A card number glued by a dash to a group of hex digits is a UUID's head
/// ("UUID [card]-aaaa" showed its tail); glued to a word, it is still a card.
#[test]
fn a_card_number_in_a_dashed_hex_id_stays() {
    for text in [
        "UUID 4111-1111-1111-1111-aaaa",
        "id aaaa-4111-1111-1111-1111",
        "ref 4111-1111-1111-1111-0ad1725d",
    ] {
        assert_eq!(r(text), text);
    }
    for (text, expected) in [
        ("card 4111-1111-1111-1111-exp", "card [card]-exp"),
        ("card 4111-1111-1111-1111-a", "card [card]-a"),
        ("card 4111-1111-1111-1111", "card [card]"),
        // A Luhn-valid card number is masked even when announced as an order number: a
        // card is the safer guess (README).
        (
            "my order number is 4242424242424242",
            "my order number is [card]",
        ),
    ] {
        assert_eq!(r(text), expected, "{text:?}");
    }
}

/// A name given in reply to the bot's question for it, before " - " and more
/// text, or after a lead-in that gives in ("ok fine."), and masked where it is repeated
/// later (STAR star-804: "Alexis - I thought you were…", "Duh, it's still Alexis").
#[test]
fn a_name_after_a_lead_in_or_before_a_dash_is_masked() {
    for (question, replies, expected) in [
        (
            "May I have your name, please?",
            ["Alexis - why do you ask?", "it's still Alexis"],
            ["[name] - why do you ask?", "it's still [name]"],
        ),
        (
            "May I have your name, please?",
            [
                "Alexis - I thought you were a bot",
                "Duh, it's still Alexis",
            ],
            [
                "[name] - I thought you were a bot",
                "Duh, it's still [name]",
            ],
        ),
        (
            "What is your name?",
            ["ok fine. Marcus Brown", "hi Marcus Brown here"],
            ["ok fine. [name] [name]", "hi [name] [name] here"],
        ),
        (
            "What is your name?",
            ["Alexis—why do you ask?", "Alexis, as I said"],
            ["[name]—why do you ask?", "[name], as I said"],
        ),
        (
            "What is your name?",
            ["Whatever. Tyler", "so Tyler it is"],
            ["Whatever. [name]", "so [name] it is"],
        ),
    ] {
        let masked = masked_all(&[
            (Role::Bot, question),
            (Role::Customer, replies[0]),
            (Role::Customer, replies[1]),
        ]);
        assert_eq!(masked[1..], expected, "{replies:?}");
    }
    // "it's still" introduces a name in any message, as "it's" does.
    for (text, expected) in [
        ("it's still Alexis", "it's still [name]"),
        ("it's still Alexis, I said", "it's still [name], I said"),
    ] {
        assert_eq!(masked_all(&[(Role::Customer, text)]), [expected]);
    }
}

/// What is no name stays, after a lead-in or before a dash as elsewhere.
#[test]
fn no_name_after_a_lead_in_or_before_a_dash_is_masked() {
    for reply in [
        "Ok fine. Monday works",
        "Fine - Monday works",
        "Sorry - what?",
        "Monday - is that ok?",
        "ok fine",
        "Whatever. I just want a refund",
        "Well - the order is late",
    ] {
        let masked = masked_all(&[(Role::Bot, "What is your name?"), (Role::Customer, reply)]);
        assert_eq!(masked[1], reply);
    }
    for text in [
        "it's still broken",
        "It's still Chicago weather",
        "It's still Monday",
    ] {
        assert_eq!(masked_all(&[(Role::Customer, text)]), [text]);
    }
}
