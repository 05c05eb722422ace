//! Security answers across a whole summary: a PIN typed with spaces, an answer one
//! message late, a promotion's "secret word", a PIN equal to an identifier beside it;
//! and a titled name said again bare.

use super::*;

fn fact_texts(s: &Summary) -> Vec<&str> {
    s.facts.iter().map(|f| f.text.as_str()).collect()
}

/// Regression: a PIN typed with spaces ("4 8 2 1", "it's 4 8 2 1") in reply to the
/// bot's question for it was shown as written, as only a word of three digits or more
/// was a code. The digits typed apart are one code, `[secret]`; digits given to another
/// question stay.
#[test]
fn a_pin_typed_with_spaces_is_a_secret() {
    for (reply, shown) in [
        ("4 8 2 1", "[secret]"),
        ("it's 4 8 2 1", "it's [secret]"),
        ("48 21", "[secret]"),
        ("4-8-2-1 thanks", "[secret] thanks"),
    ] {
        let said = last_said(&[
            ("customer", "I want to check my balance please"),
            ("bot", "Please enter your PIN"),
            ("customer", reply),
        ]);
        assert_eq!(said, shown, "{reply}");
    }
    assert_eq!(
        last_said(&[
            ("customer", "I want to check my balance please"),
            ("bot", "Which seats would you like?"),
            ("customer", "4 8 2 1"),
        ]),
        "4 8 2 1"
    );
    // Two digits apart are no code ("2 or 3").
    assert_eq!(
        last_said(&[
            ("customer", "I want to check my balance please"),
            ("bot", "Please enter your PIN"),
            ("customer", "give me 2 or 3 minutes"),
        ]),
        "give me 2 or 3 minutes"
    );
}

/// Regression: a security answer given one message late ("one sec", then "Cooper") was
/// a name, as only the message right after the question was read as its answer. The
/// customer's first message that gives an answer, past those that put the question off
/// ("one sec", "hold on"), is the answer, while the bot says nothing in between.
#[test]
fn an_answer_after_a_hold_on_is_the_answer() {
    let s = summary_of(&[
        ("customer", "I need to reset my online banking access"),
        ("bot", "What is your mother's maiden name?"),
        ("customer", "one sec"),
        ("customer", "Cooper"),
    ]);
    assert_eq!(s.last_customer_message.as_deref(), Some("[secret]"));
    assert!(fact_texts(&s).is_empty(), "{:?}", s.facts);
    let s = summary_of(&[
        ("customer", "I need to reset my online banking access"),
        ("bot", "What is your mother's maiden name?"),
        ("customer", "hold on"),
        ("customer", "hmm let me check"),
        ("customer", "It was Cooper, I think"),
    ]);
    assert_eq!(
        s.last_customer_message.as_deref(),
        Some("It was [secret], I think")
    );
    assert!(fact_texts(&s).is_empty(), "{:?}", s.facts);
    assert_eq!(
        last_said(&[
            ("customer", "I want to check my balance please"),
            ("bot", "Please enter your PIN"),
            ("customer", "wait"),
            ("customer", "5380"),
        ]),
        "[secret]"
    );
    // The bot spoke in between: its question is no longer the one answered.
    assert_eq!(
        last_said(&[
            ("customer", "I want to check my balance please"),
            ("bot", "Please enter your PIN"),
            ("customer", "one sec"),
            ("bot", "How many accounts do you have with us?"),
            ("customer", "2 3 4"),
        ]),
        "2 3 4"
    );
    // A reply that says something is the answer, the next message no longer.
    let s = summary_of(&[
        ("customer", "I need to reset my online banking access"),
        ("bot", "What is your mother's maiden name?"),
        ("customer", "Cooper"),
        ("customer", "Also please have Dr. Morgan call me"),
    ]);
    assert_eq!(fact_texts(&s), ["Dr. Morgan"]);
}

/// Regression: a promotion's "secret word" ("Say the secret word SUMMER for 10% off",
/// "what's the secret word for the promo?") was read as a security question and its
/// answer, and the harmless word masked. A secret word of a promotion, a discount, a
/// coupon is none; one asked to verify the customer is.
#[test]
fn a_promotion_s_secret_word_is_no_security_answer() {
    assert_eq!(
        last_said(&[
            ("customer", "Hi I want to order a pizza"),
            ("bot", "Say the secret word SUMMER for 10% off"),
            ("customer", "SUMMER"),
        ]),
        "SUMMER"
    );
    let s = summary_of(&[(
        "customer",
        "The secret word for the promo is SUMMER, I want my discount",
    )]);
    assert_eq!(
        s.goal.as_deref(),
        Some("The secret word for the promo is SUMMER, I want my discount")
    );
    assert_eq!(
        last_said(&[
            ("customer", "I need to change my address"),
            ("bot", "To verify your identity, what is your secret word?"),
            ("customer", "Pineapple"),
        ]),
        "[secret]"
    );
    for said in [
        "my promo secret word is Summer",
        "Secret word: Summer, for the 20% off deal",
    ] {
        let s = summary_of(&[("customer", said)]);
        assert!(
            s.goal.as_deref().is_some_and(|g| g.contains("Summer")),
            "{said}: {:?}",
            s.goal
        );
    }
    let s = summary_of(&[(
        "customer",
        "I need to change my address, my secret word is Pineapple",
    )]);
    assert!(
        s.goal.as_deref().is_some_and(|g| !g.contains("Pineapple")),
        "{:?}",
        s.goal
    );
}

/// Regression: "my ID 4821 and PIN 4821" kept a fact `ID 4821`, which shows the PIN.
/// A value given as a secret is one wherever it shows in that message: the fact that
/// holds it is dropped (masked it would say only "ID [secret]"), and the goal masks
/// both. A number given once, which redaction reads as a secret where a fact holds it,
/// stays the fact's.
#[test]
fn a_fact_equal_to_a_pin_given_beside_it_is_dropped() {
    let s = summary_of(&[("customer", "my ID 4821 and PIN 4821 I cannot log in")]);
    assert!(fact_texts(&s).is_empty(), "{:?}", s.facts);
    let goal = s.goal.unwrap_or_default();
    assert!(!goal.contains("4821"), "{goal}");
    let s = summary_of(&[("customer", "my ID 7300 and PIN 4821 I cannot log in")]);
    assert_eq!(fact_texts(&s), ["ID 7300"]);
}

/// A titled name ("Mr. Nguyen", "Mrs. Nguyen") said again bare later is one person,
/// the titled one, not dropped.
#[test]
fn a_titled_name_said_again_bare_is_one_person() {
    for title in ["Mr.", "Mrs."] {
        let s = summary_of(&[
            (
                "customer",
                &format!("Hi this is {title} Nguyen, I need to move my appointment to Friday"),
            ),
            ("bot", "Sure. Who is the appointment for?"),
            ("customer", "Nguyen"),
            ("bot", "Thanks. Anything else?"),
            ("customer", "Please tell Nguyen's doctor I will be late"),
        ]);
        let name = format!("{title} Nguyen");
        assert_eq!(fact_texts(&s), [name.as_str()], "{title}");
    }
}
