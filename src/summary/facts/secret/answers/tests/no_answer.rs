//! What is no answer to a security question: a reply that puts it off, a later message
//! after a hold-on that says more than the answer, a reply asking for a person or giving
//! up, a phone number where a code was asked for.

use super::secrets_of;

/// A reply made only of words that put the question off is no answer; one that says
/// anything else is.
#[test]
fn a_reply_that_puts_the_question_off_is_told_apart() {
    use super::super::puts_off;
    for reply in [
        "one sec",
        "Hold on.",
        "hmm let me check",
        "give me a minute please",
        "ok wait",
        "Bear with me…",
        // A review's misses.
        "1 sec",
        "still looking",
        "brb",
        "let me look it up",
        "let me check my notes",
        "uhh hold on let me grab my card",
        "let me ask my mom",
        "found it",
        "ok got it",
        // A greeting alone: the answer comes next.
        "Hello there",
        "Good morning!",
        "Hey you",
    ] {
        assert!(puts_off(reply), "{reply}");
    }
    for reply in [
        "Cooper",
        "one sec, it's Cooper",
        "4821",
        "I want to cancel",
        "",
        // Facts after "hold on", "let me check" are kept.
        "hold on, my order is 12345",
        "let me check order 12345",
        "let me ask Jennifer in billing",
        "hold on hold on hold on hold on hold on",
        "Hello there, it's Rex",
        "Hi Rex",
    ] {
        assert!(!puts_off(reply), "{reply}");
    }
}

/// How a reply puts the question off, read from its words once: a word said alone
/// before going on or a greeting alone is [`PutOff::Alone`] (the next message answers
/// only where it looks like an answer), a hold-on [`PutOff::HoldsOn`].
#[test]
fn a_put_off_says_whether_it_was_a_word_said_alone() {
    use super::super::{PutOff, put_off};
    for reply in ["Listen,", "Anyway,", "ok listen", "LISTEN!", "Hello there"] {
        assert_eq!(put_off(reply), Some(PutOff::Alone), "{reply}");
    }
    for reply in ["one sec", "let me check my notes", "ok got it", "brb"] {
        assert_eq!(put_off(reply), Some(PutOff::HoldsOn), "{reply}");
    }
    for reply in [
        "hold on, my order is 12345",
        "let me ask Jennifer in billing",
        "Listen, it's Rex and I want a human now",
        "",
    ] {
        assert_eq!(put_off(reply), None, "{reply}");
    }
}

/// After a hold-on, a message answers only when its answer is short, or, to a question
/// for a code, when it starts with the code's digits.
#[test]
fn only_a_short_message_after_a_hold_on_answers() {
    use super::super::answers_alone;
    for (reply, code, place) in [
        ("Kowalczyk. I want a human", false, false),
        ("it's Kowalczyk", false, false),
        ("4 8 2 1 I want a human", true, false),
        ("Code is 55 21 90, I want a human", true, false),
        // A request's "please" labels nothing (a review found these shown).
        ("Snowball please. I want a human", false, false),
        ("it's Kowalczyk please", false, false),
        ("4821 please", true, false),
        // "from" or "to" introduces the place asked for.
        ("from Boston", false, true),
        ("to Paris please", false, true),
        ("Paris please", false, true),
    ] {
        assert!(answers_alone(reply, code, place), "{reply}");
    }
    for (reply, code, place) in [
        (
            "Actually my flight to Berlin with Lufthansa was cancelled",
            false,
            false,
        ),
        ("talk to Jennifer in billing", false, false),
        ("14 Baker Street is where I moved", false, false),
        ("call me on 555 123 4567", true, false),
        // No place asked: "to", "from" label a trip's.
        ("to Paris please", false, false),
        ("from Boston", false, false),
        // These never introduce an answer.
        ("order 55123", false, true),
        ("my booking XK4821", false, true),
        ("account 4821", true, false),
        ("Flight BA 2490", false, true),
        ("call 0171 5551234", false, true),
    ] {
        assert!(!answers_alone(reply, code, place), "{reply}");
    }
}

/// A reply that asks for a person, gives up, is an interjection or a command is no
/// answer: none remembered, nothing masked later (a review found "Agent please" read
/// "[secret] please").
#[test]
fn a_reply_asking_for_a_person_or_giving_up_is_no_answer() {
    for reply in [
        "Agent. I want a human",
        "Agent",
        "Agent please. I want a human",
        "Representative! I want a human",
        "Nevermind. I want a human",
        "Unsure. I want a human",
        "Ugh. I want a human",
        "Dunno, I want a human",
        "Seriously, I want a human",
        "Human",
        "Operator please. I want a human",
        "Idk",
        "Pardon",
        "Huh",
        "Cancel",
        "Stop",
        "Menu",
        "Really",
        "Help",
        "Back",
        "start over",
    ] {
        for (asked, code) in [
            ("What is your password?", true),
            ("What is your code word?", false),
            ("What is your mother's maiden name?", false),
        ] {
            assert!(secrets_of(asked, reply, code).is_empty(), "{asked} {reply}");
        }
    }
    // Its neighbours are the answers still.
    assert_eq!(
        secrets_of("What is your password?", "Seahorse42. I want a human", true),
        ["Seahorse42"]
    );
    assert_eq!(
        secrets_of("What is your code word?", "Bluebird", false),
        ["Bluebird"]
    );
    assert_eq!(
        secrets_of("What is your mother's maiden name?", "Agnew", false),
        ["Agnew"]
    );
    assert_eq!(
        secrets_of("What is your password?", "Agent007", true),
        ["Agent007"]
    );
}

/// A phone number in a reply to a question for a code is none: after a phone's or a
/// sender's cue, or of a phone's length (a review found both masked).
#[test]
fn a_phone_number_is_no_code() {
    let asked = "Please enter the code we sent to your phone";
    for reply in [
        "I never got it, send it to 0171 555 1234 instead. I want a human",
        "The text came from 555-123, no code inside. I want a human",
        "call me on 555 1234",
        "my phone number is 5551234",
        "It's 01715551234, I want a human",
    ] {
        assert!(secrets_of(asked, reply, true).is_empty(), "{reply}");
    }
    // Its neighbours are the code still.
    assert!(secrets_of(asked, "552 190. I want a human", true).contains(&"552 190".to_owned()));
    assert_eq!(secrets_of(asked, "it's 552190", true), ["552190"]);
    assert_eq!(
        secrets_of("Please enter your PIN", "number 4 8 2 1", true),
        ["4 8 2 1"]
    );
    assert_eq!(
        secrets_of("Please enter your PIN", "my PIN number is 4821", true),
        ["4821"]
    );
}

/// Regression: "Hello there" then "Refund" (or "Lost card", "Fraud", "Never had one")
/// after "What is your pet's name?" masked the second message whole: after a greeting
/// alone, the next message was the answer whatever it said. It is only where it looks
/// like one.
#[test]
fn a_topic_after_a_greeting_alone_is_no_answer() {
    use super::super::answers_after_greeting;
    for text in [
        "Refund",
        "Lost card",
        "Fraud",
        "Billing",
        "Password reset",
        "Support",
        "Pending",
        "Never had one",
        "I need directions",
        "go ahead",
        "Agent please",
        // Session 52's second review: a reaction, a command, an oath or a time alone
        // after "It is private." was masked.
        "Escalate",
        "Lmao",
        "Sigh",
        "Hurry",
        "Jesus",
        "Wtf",
        "Unreal",
        "Weekend",
        "Monday",
    ] {
        assert!(!answers_after_greeting(text), "{text}");
    }
    for text in [
        "Rex",
        "Charlie",
        "Biscuit",
        "sunshine",
        "4821",
        "it's Rex",
        "Van Buren",
        "Pepper I want a human",
        "Rex. I want a human",
        "Champ",
        "Boss",
        "Marmalade",
    ] {
        assert!(answers_after_greeting(text), "{text}");
    }
}
