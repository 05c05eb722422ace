//! Security answers read too widely by session 48 (a user-eyes review), whose mask
//! spread to every later mention (the goal, the facts, what the bot tried, the last
//! thing said), each beside the answers that stay masked; and the answers after a
//! filler, or of two names' shape, that still showed.

use super::*;

/// Regression: "Netflix can you help" after "What is your PIN?" was the secret: the
/// goal read "\[secret\] can you help", the fact "Netflix" was lost and the bot's
/// "Is this about your Netflix subscription?" masked. After a PIN or a texted code the
/// words before the reply goes on are the customer's; after a password they are masked
/// only when no common word, name or greeting.
#[test]
fn a_topic_typed_after_a_pin_question_stays_everywhere() {
    let turns = [
        ("bot", "What is your PIN?"),
        ("customer", "Netflix can you help"),
        ("bot", "Sure. Is this about your Netflix subscription?"),
        (
            "customer",
            "Yes Netflix charged me twice for March and I want a refund",
        ),
    ];
    let s = summary_of(&turns);
    assert_eq!(s.goal.as_deref(), Some("Netflix can you help"));
    assert!(s.facts.iter().any(|f| f.text == "Netflix"), "{:?}", s.facts);
    assert!(!shown(&turns).contains("[secret]"), "{}", shown(&turns));
    for (asked, reply) in [
        (
            "Please enter the code we texted you.",
            "Spotify wont load can you help",
        ),
        ("What is your password?", "Ebay order please help"),
        ("What is your password?", "Brian I want a human"),
        ("What is your secret word?", "Hallo I want a human"),
    ] {
        assert_eq!(last_said(&[("bot", asked), ("customer", reply)]), reply);
    }
    assert_eq!(
        last_said(&[
            ("bot", "What is your password?"),
            ("customer", "Seahorse I want a human")
        ]),
        "[secret] I want a human"
    );
}

/// Regression: "I never got a code, my order AB12 is late" after a texted code masked
/// "AB12" there and in the bot's "I can see order AB12 shipped" and "AB12 has not
/// arrived". Only the reply's leading run gives passwords; the ones typed stay masked.
#[test]
fn an_order_number_in_a_codes_reply_stays_everywhere() {
    let turns = [
        ("bot", "Please enter the code we texted you."),
        ("customer", "I never got a code, my order AB12 is late"),
        ("bot", "I can see order AB12 shipped on Monday."),
        ("customer", "AB12 has not arrived. I want a human"),
    ];
    assert!(!shown(&turns).contains("[secret]"), "{}", shown(&turns));
    for (asked, reply, said) in [
        (
            "What is your password?",
            "Seahorse42 Seahorse43 neither works",
            "[secret] [secret] neither works",
        ),
        (
            "Please enter the code we texted you.",
            "A7K 9Q2",
            "[secret]",
        ),
        (
            "Enter the verification code sent to your email",
            "Y7Q2ZK",
            "[secret]",
        ),
    ] {
        assert_eq!(
            last_said(&[("bot", asked), ("customer", reply)]),
            said,
            "{reply}"
        );
    }
    let turns = [(
        "customer",
        "I updated my password to Paris2024, then Paris2025",
    )];
    assert_eq!(
        last_said(&turns),
        "I updated my password to [secret], then [secret]"
    );
}

/// Regression: "Bluebird Seahorse I want a human" after "What is your password?"
/// showed and became a fact; "Seahorse or Bluebird I want a human" was masked but
/// kept the fact "Bluebird"; "ok Seahorse …", "sure Fluffy …" (a pet's name) showed.
/// Each is masked and no fact holds a masked word.
#[test]
fn an_answer_after_a_filler_or_of_two_words_is_masked_and_no_fact() {
    for (asked, reply, said) in [
        (
            "What is your password?",
            "Bluebird Seahorse I want a human",
            "[secret] I want a human",
        ),
        (
            "What is your password?",
            "Seahorse or Bluebird I want a human",
            "[secret] I want a human",
        ),
        (
            "What is your password?",
            "ok Seahorse I want a human",
            "ok [secret] I want a human",
        ),
        (
            "What is your password?",
            "its Seahorse i want a human",
            "its [secret] i want a human",
        ),
        (
            "What is your pet name?",
            "sure Fluffy I want a human",
            "sure [secret] I want a human",
        ),
        (
            "What is your memorable answer?",
            "ok it's Fluffy. I want a human",
            "ok it's [secret]. I want a human",
        ),
    ] {
        let turns = [("bot", asked), ("customer", reply)];
        let s = summary_of(&turns);
        assert!(s.facts.is_empty(), "{reply}: {:?}", s.facts);
        assert_eq!(last_said(&turns), said);
    }
    // Said again alone later, each word is masked.
    let turns = [
        ("bot", "What is your password?"),
        ("customer", "Seahorse or Bluebird I want a human"),
        ("customer", "I told you, Bluebird"),
    ];
    assert_eq!(last_said(&turns), "I told you, [secret]");
}
