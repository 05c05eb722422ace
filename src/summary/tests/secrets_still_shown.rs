//! Security answers that still showed (session 47), each with the text beside it that
//! stays as it is: a password given in reply, one announced unasked, a letters-only
//! code, an answer said again later, a code sent by text typed apart, and the values
//! after a hold-on that answer nothing.

use super::*;

/// Regression: a password given in reply to the bot's question for it showed in the
/// last message and the bullets ("Seahorse42. I want a human"), as only a word of three
/// digits or a reply of one word was a code. The first clause of one word, or a first
/// word of letters and digits, is the password.
#[test]
fn a_password_given_in_reply_is_a_secret() {
    for (reply, said) in [
        ("Seahorse42. I want a human", "[secret]. I want a human"),
        ("Seahorse42 I want a human", "[secret] I want a human"),
        (
            "it's Seahorse42, now get me a human",
            "it's [secret], now get me a human",
        ),
    ] {
        let turns = [
            ("customer", "I can't log in to my account"),
            ("bot", "What is your password?"),
            ("customer", reply),
        ];
        let all = shown(&turns);
        assert!(!all.contains("Seahorse42"), "{all}");
        assert_eq!(last_said(&turns), said);
    }
    // No password given: the reply stays.
    for reply in ["I want a human", "Nope. I want a human", "Lost it. Help"] {
        assert_eq!(
            last_said(&[
                ("customer", "I can't log in to my account"),
                ("bot", "What is your password?"),
                ("customer", reply),
            ]),
            reply
        );
    }
}

/// Regression: a password announced unasked ("my new password will be Paris2024!")
/// was found by no pattern: a name fact, shown. The value after "will be", "should be",
/// "new password:", "changed my password to" is a secret, and no fact.
#[test]
fn a_password_announced_unasked_is_a_secret() {
    for text in [
        "my new password will be Paris2024! I want a human",
        "My password is going to be Paris2024 from now on",
        "new password: Paris2024 does not work",
        "I changed my password to Paris2024 and it fails",
    ] {
        let all = shown(&[("customer", text)]);
        assert!(!all.contains("Paris2024"), "{all}");
        assert!(all.contains("[secret]"), "{all}");
    }
    // Words after them that are no password stay.
    let text = "my password will be changed tomorrow, flight BA123";
    assert_eq!(last_said(&[("customer", text)]), text);
}

/// Regression: a letters-only reply to a question for a secret code or a code word
/// showed when the reply went on ("Bluebird. I want a human"). A promotion's secret
/// word stays.
#[test]
fn a_letters_only_code_is_a_secret() {
    for asked in [
        "To verify you, tell me your secret code",
        "To verify you, what is your code word?",
        "To verify you, what is your secret word?",
        "For security, what is your passphrase?",
    ] {
        for reply in ["Bluebird", "Bluebird. I want a human"] {
            let all = shown(&[
                ("customer", "I can't log in"),
                ("bot", asked),
                ("customer", reply),
            ]);
            assert!(!all.contains("Bluebird"), "{asked} {reply}: {all}");
        }
    }
    assert_eq!(
        last_said(&[
            ("customer", "Any deals today?"),
            ("bot", "Say the secret word SUMMER for 10% off"),
            ("customer", "SUMMER"),
        ]),
        "SUMMER"
    );
}

/// Regression: an answer said again later showed ("Snowball" the maiden name, then "I
/// told you, Snowball" as the last message and a name fact; the PIN "4 8 2 1", then "ok
/// 4 8 2 1 didn't work"). The value, in any case, its digits however grouped, is
/// `[secret]` in every later customer message and no fact; inside a date or an amount
/// of that message it stays.
#[test]
fn a_secret_said_again_later_is_a_secret_there_too() {
    for (asked, answer, later, said) in [
        (
            "What is your mother's maiden name?",
            "Snowball",
            "I told you, Snowball",
            "I told you, [secret]",
        ),
        (
            "What is your mother's maiden name?",
            "Snowball",
            "i said snowball already",
            "i said [secret] already",
        ),
        (
            "Please enter your PIN",
            "4 8 2 1",
            "ok 4 8 2 1 didn't work",
            "ok [secret] didn't work",
        ),
        (
            "Please enter your PIN",
            "4 8 2 1",
            "I typed 4821 twice",
            "I typed [secret] twice",
        ),
        (
            "What is your password?",
            "Seahorse42",
            "SEAHORSE42 is right",
            "[secret] is right",
        ),
    ] {
        let turns = [
            ("customer", "I can't log in"),
            ("bot", asked),
            ("customer", answer),
            ("bot", "Sorry, that does not match."),
            ("customer", later),
        ];
        let s = summary_of(&turns);
        assert_eq!(s.last_customer_message.as_deref(), Some(said), "{later}");
        assert!(s.facts.is_empty(), "{later}: {:?}", s.facts);
    }
    // Inside a date or an amount of the later message, and in other digits, it stays.
    for (asked, answer, later) in [
        (
            "What is your mother's maiden name?",
            "May",
            "May 5 at 3pm please",
        ),
        (
            "Please enter your PIN",
            "2000",
            "Transfer 2000 dollars to savings",
        ),
        ("Please enter your PIN", "4821", "my order is 14821"),
    ] {
        let said = last_said(&[
            ("customer", "I can't log in"),
            ("bot", asked),
            ("customer", answer),
            ("bot", "Thanks. What can I help with?"),
            ("customer", later),
        ]);
        assert_eq!(said, later);
    }
}

/// Regression: a code sent by text, typed with spaces or dashes after "Please enter the
/// code we sent to your phone", showed: "sent" made the code one only mentioned. A
/// bid for the code sent is a question for a code; a question whether it came is not.
#[test]
fn a_code_sent_by_text_typed_apart_is_a_secret() {
    for reply in ["55 21 90", "552-190", "552 190", "552190"] {
        assert_eq!(
            last_said(&[
                ("customer", "I can't log in"),
                ("bot", "Please enter the code we sent to your phone"),
                ("customer", reply),
            ]),
            "[secret]",
            "{reply}"
        );
    }
    let text = "yes 552190 but it fails";
    assert_eq!(
        last_said(&[
            ("customer", "I can't log in"),
            ("bot", "Did you get the code we sent?"),
            ("customer", text),
        ]),
        text
    );
}

/// Regression: after a hold-on ("one sec"), any message of three words or fewer was the
/// answer: "order 55123", "London Heathrow please", "call 0171 5551234" lost their facts
/// and were `[secret]`. A labelled value is no answer; a bare one still is, and one
/// with "please", or a place after "from" to a question for one.
#[test]
fn a_labelled_value_after_a_hold_on_is_no_answer() {
    let after_hold_on = |asked: &str, text: &str| {
        summary_of(&[
            ("customer", "I need to change my trip"),
            ("bot", asked),
            ("customer", "one sec"),
            ("customer", text),
        ])
    };
    let maiden = "What is your mother's maiden name?";
    for (asked, text, fact) in [
        (maiden, "order 55123", Some("order 55123")),
        (maiden, "to London Heathrow please", Some("London Heathrow")),
        (
            "What city were you born in?",
            "my booking ABC123",
            Some("booking ABC123"),
        ),
        ("What city were you born in?", "call 0171 5551234", None),
        (maiden, "call 0171 5551234", None),
        ("What is your PIN?", "call 0171 5551234", None),
        (maiden, "my booking ABC123", Some("booking ABC123")),
    ] {
        let s = after_hold_on(asked, text);
        assert_eq!(s.last_customer_message.as_deref(), Some(text), "{text}");
        if let Some(fact) = fact {
            assert!(
                s.facts.iter().any(|f| f.text == fact),
                "{text}: {:?}",
                s.facts
            );
        }
    }
    for (asked, text, said) in [
        (maiden, "Cooper", "[secret]"),
        (maiden, "it's Snowball", "it's [secret]"),
        ("What is your PIN?", "4821", "[secret]"),
        // A request's "please" and a place's "from" hide no answer (a second review
        // found these shown, Boston a fact).
        (maiden, "Snowball please", "[secret] please"),
        (maiden, "it's Kowalczyk please", "it's [secret] please"),
        (
            "What city were you born in?",
            "from Boston",
            "from [secret]",
        ),
        (
            "What city were you born in?",
            "London Heathrow please",
            "[secret] please",
        ),
    ] {
        let s = after_hold_on(asked, text);
        assert_eq!(s.last_customer_message.as_deref(), Some(said), "{text}");
        assert!(s.facts.is_empty(), "{text}: {:?}", s.facts);
    }
}
