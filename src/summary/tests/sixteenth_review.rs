//! The summary defects the second review of session 45's changes found, each → the
//! summary of a short conversation that had it, the reviewer's words verbatim: a
//! security answer said again in ordinary text, replies that give no answer, relatives
//! merged into a titled name.

use super::*;

/// The facts' texts of `s`.
fn facts(s: &Summary) -> Vec<&str> {
    s.facts.iter().map(|f| f.text.as_str()).collect()
}

/// Regression: a security answer said again in another message wiped a fact and masked
/// the goal ("May" the maiden name, then "May 5 at 3pm please" → "[secret] 5 at 3pm",
/// the date lost; a PIN 2000, then "Transfer 2000 dollars"). A secret said again is
/// kept inside a fact other than a name (a date, an amount) of a later message; said
/// anywhere else, or as a name, it is `[secret]` there too (session 47: "I told you,
/// Snowball" showed).
#[test]
fn a_security_answer_said_again_in_ordinary_text_is_that_text() {
    for (asked, answer, later, fact) in [
        (
            "What is your mother's maiden name?",
            "May",
            "May 5 at 3pm please",
            "May 5",
        ),
        (
            "What is your PIN?",
            "1985",
            "My date of birth is May 3 1985",
            "May 3 1985",
        ),
        (
            "What is your PIN?",
            "2000",
            "Transfer 2000 dollars to my savings",
            "2000 dollars",
        ),
    ] {
        let s = summary_of(&[
            ("bot", asked),
            ("customer", answer),
            ("bot", "Thanks. What can I help with?"),
            ("customer", later),
        ]);
        assert_eq!(
            s.goal.as_deref().map(|g| g.contains(answer)),
            Some(true),
            "{later}"
        );
        assert_eq!(s.last_customer_message.as_deref(), Some(later));
        assert!(facts(&s).contains(&fact), "{later}: {:?}", s.facts);
    }
    for (asked, answer, later) in [
        (
            "What city were you born in?",
            "London",
            "I want to close my account at the London branch",
        ),
        (
            "What was the name of your first pet?",
            "Max",
            "Max 200 dollars is what I can pay",
        ),
    ] {
        let s = summary_of(&[
            ("bot", asked),
            ("customer", answer),
            ("bot", "Thanks. What can I help with?"),
            ("customer", later),
        ]);
        let masked = later.replace(answer, "[secret]");
        assert_eq!(s.last_customer_message.as_deref(), Some(masked.as_str()));
        assert!(!facts(&s).contains(&answer), "{later}: {:?}", s.facts);
    }
    // A common English word given is a word of the sentence said again, not masked (a
    // later review found "May I speak to someone…" read "[secret] I speak…").
    for (asked, answer, later) in [
        (
            "What is your mother's maiden name?",
            "Chase",
            "I have a Chase card that was charged twice",
        ),
        (
            "What was the name of your first pet?",
            "Lucky",
            "Lucky for me the fraud team called",
        ),
        (
            "What is your mother's maiden name?",
            "May",
            "May I speak to someone about my bill?",
        ),
        (
            "What city were you born in?",
            "Nice",
            "Nice try, I want a human",
        ),
    ] {
        let s = summary_of(&[
            ("bot", asked),
            ("customer", answer),
            ("bot", "Thanks. What can I help with?"),
            ("customer", later),
        ]);
        assert_eq!(s.last_customer_message.as_deref(), Some(later));
    }
    // Said again where the message speaks of it: masked there too.
    let s = summary_of(&[
        ("bot", "What was the name of your first pet?"),
        ("customer", "Rex"),
        ("bot", "That is not right."),
        ("customer", "But my pet's name is Rex"),
    ]);
    assert_eq!(
        s.last_customer_message.as_deref(),
        Some("But my pet's name is [secret]")
    );
}

/// Regression: a reply to a security question that gives no answer lost its facts
/// while the goal showed them ("I don't remember, but I need to cancel my Boston trip
/// on June 3" → facts "June 3" only). Such a reply holds no secret.
#[test]
fn a_reply_that_gives_no_answer_keeps_its_facts() {
    for reply in [
        "I don't remember, but I need to cancel my Boston trip on June 3",
        "Actually, forget it, I want to close my account in Boston instead",
    ] {
        let s = summary_of(&[
            ("bot", "For verification, what city were you born in?"),
            ("customer", reply),
        ]);
        assert!(facts(&s).contains(&"Boston"), "{reply}: {:?}", s.facts);
        assert_eq!(s.last_customer_message.as_deref(), Some(reply));
    }
}

/// Regression: a relative of the same name as a titled person said before was merged
/// into them ("Dr. Morgan", then "My son Morgan will come instead" lost the son). A
/// name beside a relation word is that relative's.
#[test]
fn a_relative_is_not_merged_into_a_titled_name() {
    let names = |later: &str| -> Vec<String> {
        let s = summary_of(&[
            ("customer", "I have an appointment with Dr. Morgan"),
            ("bot", "Okay."),
            ("customer", later),
        ]);
        (s.facts.into_iter())
            .filter(|f| f.kind == FactKind::Name)
            .map(|f| f.text)
            .collect()
    };
    assert_eq!(
        names("My son Morgan will come instead, he is 12"),
        ["Dr. Morgan", "Morgan"]
    );
    assert_eq!(
        names("The table is for Morgan, my daughter"),
        ["Dr. Morgan", "Morgan"]
    );
    // Without one, the surname said again is the doctor.
    assert_eq!(names("Is Morgan available on Monday?"), ["Dr. Morgan"]);
}

/// Regression: "Where were you born? Just curious about your accent!" made "Glasgow" a
/// secret, and an identifier labelled "ID" that the customer says is something else
/// was a reference ("my id 5551234567 is my phone" → "id 5551234567"), and so was a
/// social security or card number.
#[test]
fn a_question_out_of_interest_and_an_id_said_to_be_else_are_plain() {
    let s = summary_of(&[
        (
            "bot",
            "Where were you born? Just curious about your accent!",
        ),
        ("customer", "Glasgow"),
    ]);
    assert_eq!(s.last_customer_message.as_deref(), Some("Glasgow"));
    for said in [
        "my id 5551234567 is my phone, please call me",
        "ID 1990 is my birth year",
        // A social security or card number's shape is no reference either.
        "my ID 123-45-6789, please check my account",
        "ID 4111111111111111 was charged twice",
    ] {
        let s = summary_of(&[("customer", said)]);
        assert!(
            !s.facts.iter().any(|f| f.kind == FactKind::Reference),
            "{said}: {:?}",
            s.facts
        );
    }
    // Labelled alone and said of nothing else, it is one.
    let s = summary_of(&[("customer", "my id 5551234567 please call me")]);
    assert_eq!(facts(&s), ["id 5551234567"]);
}
