//! The summary defects a review of session 45's changes found, each → the summary of a
//! short conversation that had it, the reviewer's words verbatim: names merged into a
//! titled one, codes read from questions that ask for none.

use super::*;

/// The name facts of the conversation `turns`.
fn names_of(turns: &[(&str, &str)]) -> Vec<String> {
    (summary_of(turns).facts.into_iter())
        .filter(|f| f.kind == FactKind::Name)
        .map(|f| f.text)
        .collect()
}

/// Regression: the customer's own name, the same word as a titled name said before,
/// was merged into it ("Dr. Alexis" … "Sure, I'm Alexis" lost the customer's name:
/// STAR star-4565). A name given as one's own, or in reply to the bot's question for
/// it, is never someone named before.
#[test]
fn the_customer_s_own_name_is_not_merged_into_a_titled_name() {
    let asked = "Could I get your name, please?";
    for (first, reply, want) in [
        (
            "I need to make an appointment with Dr. Alexis",
            "Sure, I'm Alexis, funny right?",
            ["Dr. Alexis", "Alexis"],
        ),
        (
            "I need to see Dr. Morgan",
            "My name is Morgan and I am a new patient",
            ["Dr. Morgan", "Morgan"],
        ),
        (
            "I need to see Dr. Morgan",
            "I'm Morgan",
            ["Dr. Morgan", "Morgan"],
        ),
    ] {
        assert_eq!(
            names_of(&[("customer", first), ("bot", asked), ("customer", reply)]),
            want,
            "{reply}"
        );
    }
    // Unasked, "I am" says the same.
    assert_eq!(
        names_of(&[(
            "customer",
            "I need to see Dr. Morgan. Oh and hello, I am Morgan too"
        )]),
        ["Dr. Morgan", "Morgan"]
    );
}

/// Regression: a first name the same as a surname said before ("Mark Taylor", then
/// "a table for Taylor, my daughter") was merged into the full name; only a titled
/// name's surname said again is that person.
#[test]
fn a_first_name_equal_to_an_earlier_surname_is_kept() {
    assert_eq!(
        names_of(&[
            ("customer", "Please book a table for Mark Taylor"),
            ("bot", "Done. Anything else?"),
            (
                "customer",
                "Also a table for Taylor, my daughter, she is a different party"
            ),
        ]),
        ["Mark Taylor", "Taylor"]
    );
}

/// Regression: a bot message that mentions a password, a PIN or a code made any reply
/// a secret ("Nope, nothing" masked after "Did you receive the password reset link?"),
/// and a PIN reply of filler words was remembered and masked later ("Lost it" → "I
/// [secret], my card was stolen"). Only a question that asks for the code makes its
/// reply's code, the value alone, a secret.
#[test]
fn only_a_code_asked_for_is_a_secret_and_only_its_value() {
    let last = |bot: &str, replies: &[&str]| {
        let mut turns = vec![("customer", "I need to check my account balance please")];
        for reply in replies {
            turns.push(("bot", bot));
            turns.push(("customer", reply));
        }
        summary_of(&turns).last_customer_message
    };
    for (bot, reply) in [
        ("Did you receive the password reset link?", "Nope, nothing"),
        ("When did you last change your password?", "last Tuesday"),
        (
            "Which email should we send the password reset to?",
            "ana@example.com",
        ),
        (
            "We sent a verification code to your phone. Which phone number should we use?",
            "555 123 4567",
        ),
    ] {
        assert_eq!(last(bot, &[reply]).as_deref(), Some(reply), "{bot}");
    }
    assert_eq!(
        last(
            "Please enter your PIN.",
            &["Lost it", "I lost it, my card was stolen"]
        )
        .as_deref(),
        Some("I lost it, my card was stolen")
    );
    assert_eq!(
        last(
            "What's your PIN?",
            &["one sec", "give me one sec, it's 4821"]
        )
        .as_deref(),
        Some("give me one sec, it's [secret]")
    );
    assert_eq!(
        last("Please give me your PIN.", &["sure it is 4821 thanks"]).as_deref(),
        Some("sure it is [secret] thanks")
    );
}

/// The summary of the reviewer's template: the customer asks for the balance, the bot
/// asks `asked`, the customer answers `reply`, then says `later` after a dead end.
fn after_answer(asked: &str, reply: &str, later: &str) -> Summary {
    summary_of(&[
        ("customer", "I need to check my account balance please"),
        ("bot", asked),
        ("customer", reply),
        (
            "bot",
            "I am sorry, but I cannot authenticate you with the information you have provided.",
        ),
        ("customer", later),
    ])
}

/// Regression: the customer's own name, asked together with a PIN, was masked ("Could
/// I get your full name and your PIN, please?" "Ana Lopez": fact gone); only the PIN's
/// value is the secret. A name and a maiden name not told apart stay as they were.
#[test]
fn the_customer_s_own_name_asked_with_a_secret_stays() {
    let s = after_answer(
        "Could I get your full name and your PIN, please?",
        "Ana Lopez",
        "Ana Lopez",
    );
    assert_eq!(s.last_customer_message.as_deref(), Some("Ana Lopez"));
    assert!(
        s.facts.iter().any(|f| f.text == "Ana Lopez"),
        "{:?}",
        s.facts
    );
    // The PIN said again later is a secret there too (session 47).
    let s = after_answer("Could I get your name and PIN?", "John 4821", "John 4821");
    assert_eq!(s.last_customer_message.as_deref(), Some("John [secret]"));
    let s = summary_of(&[
        ("bot", "Could I get your name and PIN?"),
        ("customer", "John 4821"),
    ]);
    assert_eq!(s.last_customer_message.as_deref(), Some("John [secret]"));
    let s = after_answer(
        "Your full name and your mother's maiden name, please.",
        "John Smith Miller",
        "John Smith Miller",
    );
    assert_eq!(
        s.last_customer_message.as_deref(),
        Some("John Smith Miller")
    );
}

/// Regression: every name of a reply to a security question became a secret for the
/// whole conversation ("Smith. My husband John Baker set up the account", then "Can
/// John Baker call you instead?" → "[secret]"); only the answer is one: the reply's
/// first clause, short, or the names of a long one ("I was born in Boston"), in the
/// reply and wherever the customer says it again (session 47: "Smith was right").
#[test]
fn only_the_answer_of_a_longer_reply_is_a_secret() {
    let maiden = "What is your mother's maiden name?";
    for (reply, later, shown) in [
        (
            "Smith. My husband John Baker set up the account",
            "Can John Baker call you instead? My mother's maiden name is Smith",
            "Can John Baker call you instead? My mother's maiden name is [secret]",
        ),
        (
            "It's Smith, but my husband Paul opened it",
            "Paul will call you, Smith was right",
            "Paul will call you, [secret] was right",
        ),
    ] {
        let s = after_answer(maiden, reply, later);
        assert_eq!(s.last_customer_message.as_deref(), Some(shown), "{reply}");
    }
    let s = after_answer(
        "What city were you born in?",
        "Actually, forget it, I want to close my account in Boston instead",
        "Close my account in Boston",
    );
    assert_eq!(
        s.last_customer_message.as_deref(),
        Some("Close my account in Boston")
    );
    let s = after_answer(
        "What is your memorable word?",
        "sure, it's pineapple",
        "pineapple is my memorable word, I said",
    );
    assert_eq!(
        s.last_customer_message.as_deref(),
        Some("[secret] is my memorable word, I said")
    );
}

/// Regression: a secret was masked later in any case ("Max" the pet, then "I can pay
/// max 200 dollars" → "[secret] 200"), questions that ask no secret made the reply one
/// ("Is this your first car rental with us?", "Which is your high school? We offer
/// student discounts."), and a pet named in a request was one ("Can I bring my dog
/// Rex"). Masked only as written; only a question for a secret makes one.
#[test]
fn a_secret_is_masked_as_written_and_only_when_asked() {
    let s = after_answer(
        "What was the name of your first pet?",
        "Max",
        "I can pay max 200 dollars for the fee",
    );
    assert_eq!(
        s.last_customer_message.as_deref(),
        Some("I can pay max 200 dollars for the fee")
    );
    for (asked, reply) in [
        ("Is this your first car rental with us?", "Second one"),
        (
            "Which is your high school? We offer student discounts.",
            "Lincoln High",
        ),
        (
            "What is the pet policy question you have?",
            "Can I bring my dog Rex",
        ),
    ] {
        let s = after_answer(asked, reply, reply);
        assert_eq!(s.last_customer_message.as_deref(), Some(reply), "{asked}");
    }
    // "grow up on" as "grew up on" asks for the street.
    let s = summary_of(&[
        ("bot", "What street did you grow up on?"),
        ("customer", "Elm Street"),
    ]);
    assert_eq!(s.last_customer_message.as_deref(), Some("[secret]"));
}

/// Regression: a maiden name that is the customer's own surname was masked in the
/// customer's name ("This is Emma [secret]"); a word of the customer's name is never
/// masked.
#[test]
fn a_word_of_the_customer_s_own_name_is_never_masked() {
    let s = summary_of(&[
        ("customer", "I need to check my account balance please"),
        ("bot", "Could I get your full name, please?"),
        ("customer", "Emma Stone"),
        ("bot", "What is your mother's maiden name?"),
        ("customer", "Stone"),
        (
            "bot",
            "I am sorry, but I cannot authenticate you with the information you have provided.",
        ),
        ("customer", "This is Emma Stone, I am locked out"),
    ]);
    assert_eq!(
        s.last_customer_message.as_deref(),
        Some("This is Emma Stone, I am locked out")
    );
    assert!(
        s.facts.iter().any(|f| f.text == "Emma Stone"),
        "{:?}",
        s.facts
    );
}

/// Regression: "Id 100% recommend you to friends" gave a reference `Id 100`; a number
/// with a percent sign after it is no identifier.
#[test]
fn a_percentage_after_id_is_no_reference() {
    let s = summary_of(&[(
        "customer",
        "Id 100% recommend you to friends but my order is late",
    )]);
    assert!(
        !s.facts.iter().any(|f| f.kind == FactKind::Reference),
        "{:?}",
        s.facts
    );
}
