//! Security answers a user-eyes review of session 47 found garbling ordinary chats or
//! shown, each with its neighbour that stays as it was: a reply that asks for a person
//! or gives up, a common word said again, a code's digits joined across marks, a phone
//! number after "the code we sent", an answer after a hold-on, and a bot that repeats
//! the answer back.

use super::*;

/// Regression: "Agent" in reply to a question for a code word was remembered as the
/// secret, and "Agent please. I want a human" read "[secret] please. …".
#[test]
fn a_reply_asking_for_a_person_is_no_secret_said_again() {
    for word in ["Agent", "Human", "Dunno", "Cancel", "Representative", "Huh"] {
        let later = format!("{word} please. I want a human");
        for asked in [
            "To verify you, tell me your secret code",
            "What is your code word?",
        ] {
            let said = last_said(&[
                ("customer", "I can't log in"),
                ("bot", asked),
                ("customer", word),
                ("customer", &later),
            ]);
            assert_eq!(said, later, "{asked} {word}");
        }
    }
    // A code word given is masked said again still.
    let said = last_said(&[
        ("customer", "I can't log in"),
        ("bot", "What is your code word?"),
        ("customer", "bluebird"),
        ("bot", "That doesn't match our records."),
        ("customer", "I said BLUEBIRD. I want a human"),
    ]);
    assert_eq!(said, "I said [secret]. I want a human");
}

/// Regression: a PIN said again was found across marks and other groupings: "charged
/// 48.21" after 4821, "at 12.30" after 1230, "11 11 year old kids" after 1111, "1 000
/// dollars" after 1000 were masked.
#[test]
fn a_pin_said_again_is_not_joined_across_marks() {
    let after_pin = |pin: &str, later: &str| {
        last_said(&[
            ("customer", "I want to check my balance"),
            ("bot", "Please enter your PIN"),
            ("customer", pin),
            ("bot", "Thanks. How can I help?"),
            ("customer", later),
        ])
    };
    for (pin, later) in [
        ("4821", "Someone charged 48.21 on my card. I want a human"),
        (
            "1230",
            "Can someone call me at 12.30 tomorrow? I want a human",
        ),
        ("1111", "I have two 11 11 year old kids. I want a human"),
        ("1000", "It cost 1 000 dollars. I want a human"),
    ] {
        assert_eq!(after_pin(pin, later), later, "{pin}");
    }
    assert_eq!(
        after_pin("4821", "My card ending 4821 was declined"),
        "My card ending [secret] was declined"
    );
    assert_eq!(
        after_pin("4821", "I typed 4 8 2 1 twice"),
        "I typed [secret] twice"
    );
}

/// Regression: a phone number in reply to "the code we sent" was the code: "send it to
/// [secret] instead".
#[test]
fn a_phone_number_after_the_code_we_sent_is_shown() {
    for text in [
        "I never got it, send it to 0171 555 1234 instead. I want a human",
        "The text came from 555-123, no code inside. I want a human",
    ] {
        let said = last_said(&[
            ("customer", "I can't log in"),
            ("bot", "Please enter the code we sent to your phone"),
            ("customer", text),
        ]);
        assert_eq!(said, text);
    }
    let said = last_said(&[
        ("customer", "I can't log in"),
        ("bot", "Please enter the code we sent to your phone"),
        ("customer", "552 190. I want a human"),
    ]);
    assert_eq!(said, "[secret]. I want a human");
}

/// Regression: after a hold-on, "from Boston" to a question for the city born in was
/// a fact, Boston shown.
#[test]
fn a_place_after_a_hold_on_is_the_answer() {
    let s = summary_of(&[
        ("customer", "I need to reset my online banking"),
        ("bot", "What city were you born in?"),
        ("customer", "hold on let me check"),
        ("customer", "from Boston"),
        ("customer", "I want a human"),
    ]);
    assert!(
        !s.facts.iter().any(|f| f.text.contains("Boston")),
        "{:?}",
        s.facts
    );
    assert!(!s.bullets.join(" ").contains("Boston"), "{:?}", s.bullets);
}

/// Regression: a bot that repeats the answer back showed it in "Bot tried": "Sorry,
/// Kowalczyk does not match our records."
#[test]
fn a_secret_the_bot_repeats_is_masked() {
    let s = summary_of(&[
        ("customer", "I can't log in"),
        ("bot", "What is your mother's maiden name?"),
        ("customer", "Kowalczyk"),
        ("bot", "Sorry, Kowalczyk does not match our records."),
        ("customer", "I want a human"),
    ]);
    let bullets = s.bullets.join(" / ");
    assert!(!bullets.contains("Kowalczyk"), "{bullets}");
    assert!(
        bullets.contains("Sorry, [secret] does not match our records."),
        "{bullets}"
    );
}

/// Regression: "Snowball please" after a hold-on was the secret all of it, and "I said
/// Snowball" later a fact, shown; a password "Seahorse42 please" was none.
#[test]
fn a_request_s_please_is_no_part_of_the_answer() {
    let s = summary_of(&[
        ("customer", "I need to reset my online banking"),
        ("bot", "What is your mother's maiden name?"),
        ("customer", "one sec"),
        ("customer", "Snowball please"),
        ("bot", "Thanks"),
        ("customer", "I said Snowball. I want a human"),
    ]);
    assert!(s.facts.is_empty(), "{:?}", s.facts);
    assert_eq!(
        s.last_customer_message.as_deref(),
        Some("I said [secret]. I want a human")
    );
    let said = last_said(&[
        ("customer", "I can't log in to my account"),
        ("bot", "What is your password?"),
        ("customer", "sure, Seahorse42 please, now I want a human"),
    ]);
    assert_eq!(said, "sure, [secret] please, now I want a human");
}

/// Regression (STAR star-2021, star-4068 under `--redact`): "forgotten" and "PIN, I was
/// in the girl scouts…" in reply to a PIN's question were the PIN, masked; they say
/// none is given. A PIN replied stays masked.
#[test]
fn a_pin_forgotten_or_named_back_is_no_secret() {
    let asked = "Right, and your PIN as well please.";
    for reply in [
        "forgotten",
        "Forgotten.",
        "PIN, I was in the girl scouts and got a lot of pins.",
        "unknown",
    ] {
        let said = last_said(&[
            ("customer", "I lost my card"),
            ("bot", asked),
            ("customer", reply),
        ]);
        assert_eq!(said, reply);
    }
    let said = last_said(&[
        ("customer", "I lost my card"),
        ("bot", asked),
        ("customer", "4821"),
    ]);
    assert_eq!(said, "[secret]");
}
