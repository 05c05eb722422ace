//! Security answers before their cue, third parties' names, quoted PINs, names after
//! "it's" or "called", answers after their label, memorable words: each masked, or kept
//! when it is no personal data, in whole conversations as `--redact` reads them.

use super::last_masked;
use super::r;
use crate::transcript::Role;

/// The customer's message `text`, alone in its conversation, masked.
fn alone(text: &str) -> String {
    last_masked(&[(Role::Customer, text)])
}

/// A security answer said before the words that announce it.
#[test]
fn a_security_answer_before_its_cue_is_masked() {
    for (text, expected) in [
        ("Wong is mama's maiden", "[secret] is mama's maiden"),
        (
            "Buster was my first pet's name",
            "[secret] was my first pet's name",
        ),
    ] {
        assert_eq!(alone(text), expected, "{text:?}");
    }
    // Wherever the conversation repeats it.
    assert_eq!(
        last_masked(&[
            (Role::Customer, "Wong is my mother's maiden name"),
            (Role::Customer, "yes Wong"),
        ]),
        "yes [secret]"
    );
    for text in ["It was my first pet's name", "Max is my pet, he is sick"] {
        assert_eq!(alone(text), text);
    }
}

/// Other people's names after the word for who they are.
#[test]
fn third_parties_are_masked_as_names() {
    for (text, expected) in [
        (
            "my son John is on the booking",
            "my son [name] is on the booking",
        ),
        ("with my wife Sarah Lee", "with my wife [name] [name]"),
        (
            "her husband, Tom, called twice",
            "her husband, [name], called twice",
        ),
    ] {
        assert_eq!(alone(text), expected, "{text:?}");
    }
    for text in [
        "my son is sick",
        "my wife and I need a room",
        "My friend, help",
    ] {
        assert_eq!(alone(text), text);
    }
}

/// A PIN or a code in quotes.
#[test]
fn quoted_pins_are_masked() {
    for (text, expected) in [
        ("my pin is \"ab12\"", "my pin is \"[secret]\""),
        ("my pin is '0314'", "my pin is '[secret]'"),
        ("PIN: \"0314\"", "PIN: \"[secret]\""),
        ("my pin is ‘ab12’ I think", "my pin is ‘[secret]’ I think"),
    ] {
        assert_eq!(r(text), expected, "{text:?}");
        assert_eq!(r(expected), expected, "{text:?} masked again");
    }
    for text in ["my pin is \"wrong\"", "the pin is 'blocked'"] {
        assert_eq!(r(text), text);
    }
}

/// A name given as a question mid-reply, after "its" for "it's" (STAR
/// star-1463); "its" is a thing's elsewhere.
#[test]
fn a_name_after_its_in_a_reply_is_masked() {
    let reply = "I cant beleve how stupid this is, its ANGELA? did you get it";
    assert_eq!(
        last_masked(&[(Role::Bot, super::ASK), (Role::Customer, reply)]),
        "I cant beleve how stupid this is, its [name]? did you get it"
    );
    for text in ["I love its Bluetooth.", "The app? its Bluetooth is off"] {
        assert_eq!(alone(text), text);
    }
    // Not past a clause's end after it.
    let reply = "its Chicago weather that worries me";
    assert_eq!(
        last_masked(&[(Role::Bot, super::ASK), (Role::Customer, reply)]),
        reply
    );
}

/// The answer after its label, in reply to the bot's security question.
#[test]
fn an_answer_after_its_label_is_masked() {
    for (reply, expected) in [
        ("Answer: Leeds", "Answer: [secret]"),
        ("answer - Leeds", "answer - [secret]"),
    ] {
        assert_eq!(
            last_masked(&[
                (Role::Bot, "What was your mother's maiden name?"),
                (Role::Customer, reply),
            ]),
            expected,
            "{reply:?}"
        );
    }
}

/// A memorable word that is a dictionary word.
#[test]
fn a_memorable_word_that_is_a_dictionary_word_is_masked() {
    assert_eq!(
        r("my memorable word is pineapple"),
        "my memorable word is [secret]"
    );
    assert_eq!(
        r("my memorable word is garden"),
        "my memorable word is [secret]"
    );
    assert_eq!(
        r("my memorable word is wrong"),
        "my memorable word is wrong"
    );
}

/// A name after "called", of an animal or a person, in lower case too.
#[test]
fn a_name_after_called_is_masked() {
    for (text, expected) in [
        ("we had a dog called Buster", "we had a dog called [name]"),
        ("we had a dog called rex", "we had a dog called [name]"),
    ] {
        assert_eq!(alone(text), expected, "{text:?}");
    }
    for text in ["it is called support", "the thing called Support"] {
        assert_eq!(alone(text), text);
    }
}

/// A PIN given two replies after its question ("I forgot that", then the date
/// of birth asked) and a pet's name after "His name was" were readable in the packet.
#[test]
fn a_pin_owed_and_a_pet_named_are_masked() {
    let chat = [
        (
            Role::Bot,
            "And what was the name of the pet you had as a child?",
        ),
        (Role::Customer, "His name was Charlie."),
        (Role::Bot, "Right, and your PIN as well please."),
        (Role::Customer, "I forgot that"),
        (Role::Bot, "Could you provide your date of birth, please?"),
        (
            Role::Customer,
            "Wait I remembered. It was either 0314 or 7402. Try them both?",
        ),
    ];
    assert_eq!(
        last_masked(&chat),
        "Wait I remembered. It was either [secret] or [secret]. Try them both?"
    );
    assert_eq!(last_masked(&chat[..2]), "His name was [secret].");
    // Two replies later the question is no longer open: a number is a number.
    let mut later = chat[..4].to_vec();
    for said in ["Book me on flight 4411", "Gate 2207?", "Seat 1234 please"] {
        later.push((Role::Bot, "Anything else?"));
        later.push((Role::Customer, said));
    }
    assert_eq!(last_masked(&later), "Seat 1234 please");
    // A number the reply says is something else is no PIN.
    let mut amount = chat[..4].to_vec();
    amount.push((
        Role::Customer,
        "well that can't be right! I had over 20000 just yesterday!",
    ));
    assert_eq!(
        last_masked(&amount),
        "well that can't be right! I had over 20000 just yesterday!"
    );
}
