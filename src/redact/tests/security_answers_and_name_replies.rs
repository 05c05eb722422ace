//! Security answers, PINs written with letters, "born" then a date (near its person or
//! further), and the customer's name in replies to the bot's name question that it does
//! not simply open, as the STAR chats write them.
//! Each masked, in whole conversations as `--redact` reads them, and what only looks
//! like one kept.

use super::r;
use super::{ASK, last_masked, masked_all};
use crate::transcript::Role;

const MAIDEN: &str = "What was your mother's maiden name?";
const PET: &str = "And what was the name of the pet you had as a child?";

/// Answers to security questions are credentials, like a PIN,
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
        // Common words after a cue are no answers.
        "My pet is Fine now thanks",
        "my pets are Cats",
        "The security question is Stupid",
        "Security answers are Case sensitive?",
    ] {
        assert_eq!(r(text), text);
    }
}

/// The reply to the bot's security question is masked as a PIN given
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
        // A refusal or a request for a person is the evidence a replay
        // reports, not an answer.
        (MAIDEN, "Agent", "Agent"),
        (MAIDEN, "Human", "Human"),
        (PET, "Representative please", "Representative please"),
        (MAIDEN, "Skip", "Skip"),
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

/// A PIN that is not all digits is masked as a password after "is"
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

/// "born" then a whole date is a date of birth, whatever the words
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

/// The customer's name in a reply to the bot's name question, where
/// the name does not simply open the reply.
#[test]
fn a_name_in_reply_after_a_lead_in_or_before_more_is_masked() {
    for (question, reply, expected) in [
        (ASK, "Of course, John Smith.", "Of course, [name] [name]."),
        (ASK, "Sure thing. It is John.", "Sure thing. It is [name]."),
        (ASK, "My name? Alexis.", "My name? [name]."),
        (ASK, "Alina to you.", "[name] to you."),
        (
            ASK,
            "nana to my grandkids. Alina to you.",
            "nana to my grandkids. [name] to you.",
        ),
        (
            ASK,
            "Tyler Jones account number 351531510 don't know my pin",
            "[name] [name] account number [account] don't know my pin",
        ),
        (
            ASK,
            "Sarah brown my pin is 1234",
            "[name] [name] my pin is [secret]",
        ),
        (
            ASK,
            "Jane doe pin 1234 childhood pet charlie",
            "[name] [name] pin [secret] childhood pet [secret]",
        ),
        (
            "May I have your name please?",
            "Tyler Jones account number 93418043810 mother's maiden name Sanchez I can't remember my pin",
            "[name] [name] account number [account] mother's maiden name [secret] I can't remember my pin",
        ),
        (
            "Please provide your name.",
            "I'm the bartender, Kylo",
            "I'm the bartender, [name]",
        ),
        (
            ASK,
            "Oh yeah sorry Ben with a B",
            "Oh yeah sorry [name] with a B",
        ),
    ] {
        assert_eq!(
            last_masked(&[(Role::Bot, question), (Role::Customer, reply)]),
            expected,
            "{reply:?}"
        );
    }
    // What only looks like one names no one.
    for reply in [
        "Same to you.",
        "Premium account please",
        "My card was declined",
        "Of course, why?",
        "I'm the manager, Chicago branch",
        "Happy birthday to you",
        // "City, Country" is no name after a comma, and one word between an
        // opener and a label is a thing's.
        "I'm calling from London, England",
        "Of course, Netflix account",
    ] {
        assert_eq!(
            last_masked(&[(Role::Bot, ASK), (Role::Customer, reply)]),
            reply
        );
    }
}

/// "it is Tyler Jones" names the customer anywhere, as "it's Tyler
/// Jones" does; "Here is Kylo" opening the chat, as "Kylo here" does.
#[test]
fn it_is_and_here_is_before_a_name() {
    for (said, expected) in [
        ("hi it is Tyler Jones", "hi it is [name] [name]"),
        ("hi it's Tyler Jones", "hi it's [name] [name]"),
        (
            "Hello, it is Tyler Jones again",
            "Hello, it is [name] [name] again",
        ),
        (
            "Here is Kylo, open the door",
            "Here is [name], open the door",
        ),
        ("Hi, here's Tyler Jones.", "Hi, here's [name] [name]."),
    ] {
        assert_eq!(last_masked(&[(Role::Customer, said)]), expected, "{said:?}");
    }
    for said in [
        "It is Chicago.",
        "It is New York.",
        "it is Tyler Jones who called",
        "Here is Order 123",
        "Here is my order",
    ] {
        assert_eq!(last_masked(&[(Role::Customer, said)]), said, "{said:?}");
    }
    // Later in the conversation, "Here is" gives something else.
    assert_eq!(
        last_masked(&[
            (Role::Customer, "hi"),
            (Role::Bot, "What can I do?"),
            (Role::Customer, "Here is Netflix, it crashes"),
        ]),
        "Here is Netflix, it crashes"
    );
}

/// The values of secret fields and answers were kept clear of each other by
/// comparing every span found with every span kept, quadratic in how often a customer
/// repeats an answer (1 MB of one word took 9 s). Now a binary search per span: every
/// repetition is still masked, and an earlier value still wins where two overlap.
#[test]
fn an_answer_repeated_thousands_of_times_is_masked_every_time() {
    let repeated = "Wongo ".repeat(3_000);
    let masked = last_masked(&[
        (Role::Bot, MAIDEN),
        (Role::Customer, "Wongo"),
        (Role::Customer, &repeated),
    ]);
    assert_eq!(
        masked.matches("[secret]").count(),
        3_000,
        "{}",
        &masked[..60]
    );
    assert!(!masked.contains("Wongo"));
}

/// "born" more than three words after its person ("my youngest, who was finally born in
/// 2010") gave no date of birth; "born" of a thing still gives none.
#[test]
fn born_further_from_its_person_is_a_date_of_birth() {
    for (text, expected) in [
        (
            "my youngest, who was finally born in 2010",
            "my youngest, who was finally born in [dob]",
        ),
        (
            "My daughter Emma was finally born on 4 March 2010",
            "My daughter Emma was finally born on [dob]",
        ),
        (
            "our twins, after a long wait, were born in 2012",
            "our twins, after a long wait, were born in [dob]",
        ),
    ] {
        assert_eq!(r(text), expected, "{text:?}");
    }
    for text in [
        "The company was born in 2010",
        "I think the company was born in 2010",
        "my daughter works at a startup which was born in 2015",
        "My son is fine. The idea was born in 2010",
        "I heard the brand, as we know it, was born in 2001",
    ] {
        assert_eq!(r(text), text);
    }
}
