//! Leaks review 15 found running `--redact` on the STAR chats (items 1 and 2 of its
//! report): security answers, PINs written with letters, "born" then a date, and the
//! customer's name in replies to the bot's name question that it does not simply open.
//! Each masked, in whole conversations as `--redact` reads them, and what only looks
//! like one kept.

use super::gaps::{last_masked, masked_all};
use super::r;
use crate::transcript::Role;

const MAIDEN: &str = "What was your mother's maiden name?";
const PET: &str = "And what was the name of the pet you had as a child?";

/// Review 15, item 2: answers to security questions are credentials, like a PIN,
/// however they are said ("was", a bare noun, "it was" a few words on).
#[test]
fn security_answers_are_secrets() {
    for (text, expected) in [
        (
            "my mothers maiden name is Sanchez",
            "my mothers maiden name is [secret]",
        ),
        (
            "my mothers maiden name was Sanchez",
            "my mothers maiden name was [secret]",
        ),
        (
            "my first pet was called Rex",
            "my first pet was called [secret]",
        ),
        (
            "My mother's maiden name was Wong.",
            "My mother's maiden name was [secret].",
        ),
        (
            "I forgot it, my mother's maiden is Sanders",
            "I forgot it, my mother's maiden is [secret]",
        ),
        ("Sanders, pet is Charlie.", "Sanders, pet is [secret]."),
        (
            "Oh I don't give that out - but I do have my childhood pet's name if that heps - it was Molly",
            "Oh I don't give that out - but I do have my childhood pet's name if that heps - it was [secret]",
        ),
        (
            "My PIN is 1234 and my pet was Poppy. I really need that card turned off STAT!",
            "My PIN is [secret] and my pet was [secret]. I really need that card turned off STAT!",
        ),
        (
            "John Smith pin 1234 my security question is Molly",
            "John Smith pin [secret] my security question is [secret]",
        ),
        (
            "Jane doe pin 1234 childhood pet charlie",
            "Jane doe pin [secret] childhood pet [secret]",
        ),
        (
            "mother's maiden name Sanchez I can't remember my pin",
            "mother's maiden name [secret] I can't remember my pin",
        ),
    ] {
        assert_eq!(r(text), expected, "{text:?}");
    }
    // What mentions a pet or a security question gives no answer.
    for text in [
        "Does North Heights allow pets?",
        "My pet hippo will be so pleased! Thank you and goodbye!",
        "please ask other security questions. I need help",
        "i can remember my childhood pet name",
        "my pet was sick, it was awful",
        "What was your mother's maiden name?",
    ] {
        assert_eq!(r(text), text);
    }
}

/// Review 15, item 2: the reply to the bot's security question is masked as a PIN given
/// in reply is, and so is the answer wherever it stands in the conversation after.
#[test]
fn a_reply_to_a_security_question_is_a_secret() {
    let masked = masked_all(&[
        (Role::Bot, "security question: your mother's maiden name?"),
        (Role::Customer, "It was Sanchez"),
        (Role::Bot, "Is Sanchez spelt with a z?"),
    ]);
    assert_eq!(
        masked[1..],
        ["It was [secret]", "Is [secret] spelt with a z?"]
    );
    for (question, reply, expected) in [
        (MAIDEN, "Toleman", "[secret]"),
        (MAIDEN, "smith", "[secret]"),
        (MAIDEN, "Um, Beulah Harris.", "Um, [secret]."),
        (PET, "Umm, Molly maybe.", "Umm, [secret] maybe."),
        (PET, "Wong and Buddy", "[secret] and [secret]"),
        (
            PET,
            "Poppy, she was the best!",
            "[secret], she was the best!",
        ),
        (MAIDEN, "I can't remember", "I can't remember"),
        (PET, "No idea", "No idea"),
        (
            PET,
            "Why do you ask for my pet's name?",
            "Why do you ask for my pet's name?",
        ),
    ] {
        assert_eq!(
            last_masked(&[(Role::Bot, question), (Role::Customer, reply)]),
            expected,
            "{reply:?}"
        );
    }
    // An answer that is a common word is masked where it was given, not elsewhere.
    let masked = masked_all(&[
        (Role::Bot, PET),
        (Role::Customer, "Buddy"),
        (Role::Customer, "thanks buddy"),
    ]);
    assert_eq!(masked[1..], ["[secret]", "thanks buddy"]);
    // Given after its words, an answer is masked in the conversation's other messages.
    let masked = masked_all(&[
        (
            Role::Customer,
            "My mother's maiden name was cooper. Winnie Cooper.",
        ),
        (Role::Bot, "Thank you. Cooper it is."),
    ]);
    assert_eq!(
        masked,
        [
            "My mother's maiden name was [secret]. Winnie [secret].",
            "Thank you. [secret] it is."
        ]
    );
}

/// Review 15, item 2: a PIN that is not all digits is masked as a password after "is"
/// is; what says something of the PIN stays.
#[test]
fn a_pin_written_with_letters_is_a_secret() {
    for (text, expected) in [
        ("my pin is 538p", "my pin is [secret]"),
        ("my pin is abcd", "my pin is [secret]"),
        (
            "Sarah brown my pin is 538p don't know my account number",
            "Sarah brown my pin is [secret] don't know my account number",
        ),
        ("My PIN was x7k2.", "My PIN was [secret]."),
    ] {
        assert_eq!(r(text), expected, "{text:?}");
    }
    for text in [
        "my pin is wrong",
        "my pin is 4-digit",
        "The pin is safe though..",
        "my pin is easy",
        "my pin is blocked",
    ] {
        assert_eq!(r(text), text);
    }
    assert_eq!(
        r("my pin is either 3100 or 0314"),
        "my pin is either [secret] or [secret]"
    );
}

/// Review 15, item 2: "born" then a whole date is a date of birth, whatever the words
/// before it are of; a year alone after "born" of no one, and a thing's, stay.
#[test]
fn born_then_a_date_is_a_date_of_birth() {
    for (text, expected) in [
        ("hi, born 03/04/1985", "hi, born [dob]"),
        ("Name Tyler, born: 4 March 1985", "Name Tyler, born: [dob]"),
    ] {
        assert_eq!(r(text), expected, "{text:?}");
    }
    for text in [
        "The company was born 03/04/2010",
        "the idea born 2010",
        "hi, born in the USA",
    ] {
        assert_eq!(r(text), text);
    }
}
