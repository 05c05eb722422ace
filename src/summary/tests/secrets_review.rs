//! Security answers, a review of the round before: promotion words beside a PIN or a
//! maiden name, a long message after "one sec", more ways to say "one sec", a labelled
//! number after a PIN question, a password that became a fact.

use super::*;

/// Regression: any promotion word in the bot's message ("deal", "sale", "reward",
/// "contest", "10%") made it ask no security question nor code: the PIN, the maiden
/// name, the memorable word, the pet's name given in reply showed (t4, t10, t18).
/// Only the words "secret word"/"secret code" in a promotion's sentence are none.
#[test]
fn promotion_words_beside_a_security_question_switch_it_off_no_more() {
    for (asked, reply, secret) in [
        (
            "Please enter your PIN so I can deal with this.",
            "4821 I want a human",
            "4821",
        ),
        (
            "To contest this charge, please enter your PIN.",
            "4821 I want a human",
            "4821",
        ),
        (
            "To complete the sale, please enter your PIN.",
            "4821 I want a human",
            "4821",
        ),
        (
            "Please enter the PIN for your Rewards account.",
            "4821 I want a human",
            "4821",
        ),
        (
            "Please enter your PIN to redeem your prize.",
            "4 8 2 1 I want a human",
            "4 8 2 1",
        ),
        (
            "What is your mother's maiden name? Our summer sale ends Sunday.",
            "Kowalski. I want a human",
            "Kowalski",
        ),
        (
            "What is your memorable word? Also enjoy 10% off your next order!",
            "Pineapple. I want a human",
            "Pineapple",
        ),
        (
            "What was the name of your first pet? (Answer to enter our pet photo contest!)",
            "Rex. I want a human",
            "Rex",
        ),
        (
            "What was your first pet's name? Then I can look at the 10% fee.",
            "Biscuit. I want a human",
            "Biscuit",
        ),
        (
            "What is your memorable word? I can then check your rewards balance.",
            "Lighthouse. I want a human",
            "Lighthouse",
        ),
        (
            "Please tell me your password, it's a promotional offer account.",
            "hunter2",
            "hunter2",
        ),
    ] {
        let said = shown(&[
            ("customer", "I need help with my account"),
            ("bot", asked),
            ("customer", reply),
        ]);
        assert!(!said.contains(secret), "{asked} / {reply}: {said}");
        assert!(said.contains("[secret]"), "{asked} / {reply}: {said}");
    }
    // A promotion's secret word is still none.
    for (asked, reply) in [
        (
            "Say the secret word SUMMER for 10% off",
            "Summer. I want a human",
        ),
        (
            "What's the secret word for the promo?",
            "Summer. I want a human",
        ),
    ] {
        let said = shown(&[("bot", asked), ("customer", reply)]);
        assert!(said.contains("Summer"), "{asked}: {said}");
    }
    // A customer's maiden name beside a discount stays a secret.
    let said = shown(&[(
        "customer",
        "My mother's maiden name is Kowalski and I was charged 15% too much, I want a human",
    )]);
    assert!(!said.contains("Kowalski"), "{said}");
}

/// Regression: after "hold on", a later message on another topic was read as the
/// answer to the security question: "Berlin", "Lufthansa", "Jennifer", "Anna Schmidt",
/// "Baker Street" masked and lost as facts, "555 123 4567" masked (t5, t13, t14). Only a
/// short answer carries over.
#[test]
fn a_long_message_after_a_hold_on_is_no_answer() {
    let maiden = "What is your mother's maiden name?";
    let pet = "What was the name of your first pet?";
    for (asked, put_off, later, kept) in [
        (
            maiden,
            "hold on",
            "Actually my flight to Berlin with Lufthansa was cancelled. I want a human",
            "Berlin",
        ),
        (maiden, "one sec", "talk to Jennifer in billing", "Jennifer"),
        (
            pet,
            "hold on",
            "I'd rather speak to Anna Schmidt from your fraud team. I want a human",
            "Anna Schmidt",
        ),
        (
            pet,
            "hmm let me check",
            "I just want to change my delivery address to 14 Baker Street",
            "Baker Street",
        ),
        (
            "Please enter your PIN.",
            "one sec",
            "call me on 555 123 4567",
            "555 123 4567",
        ),
        // A second review's: "I'm back" is no answer, and Maria a person.
        (
            pet,
            "brb",
            "I'm back. Please put me through to Maria in billing.",
            "Maria",
        ),
        (
            pet,
            "one sec",
            "I'm back. Can I talk to Maria instead?",
            "Maria",
        ),
    ] {
        let said = shown(&[
            ("bot", asked),
            ("customer", put_off),
            ("customer", later),
            ("customer", "I want a human"),
        ]);
        assert!(!said.contains("[secret]"), "{later}: {said}");
        assert!(said.contains(kept), "{later}: {said}");
    }
    // A short answer still carries over.
    for (asked, later, secret) in [
        (maiden, "Kowalczyk. I want a human", "Kowalczyk"),
        (maiden, "it's Kowalczyk", "Kowalczyk"),
        (
            "Please enter your PIN.",
            "4 8 2 1 I want a human",
            "4 8 2 1",
        ),
        (
            "Please enter the code we sent.",
            "Code is 55 21 90, I want a human",
            "55 21 90",
        ),
    ] {
        let said = shown(&[("bot", asked), ("customer", "one sec"), ("customer", later)]);
        assert!(!said.contains(secret), "{later}: {said}");
    }
}

/// Regression: "1 sec", "still looking", "brb", "let me look it up" and others were
/// read as the answer, and the real one after them showed (t8, t15).
#[test]
fn more_ways_to_say_hold_on_carry_the_question() {
    for put_off in [
        "1 sec",
        "still looking",
        "brb",
        "let me look it up",
        "let me check my notes",
        "uhh hold on let me grab my card",
        "let me ask my mom",
        "hmm let me think",
        "found it",
        "ok got it",
    ] {
        let maiden = shown(&[
            ("bot", "What is your mother's maiden name?"),
            ("customer", put_off),
            ("customer", "Kowalczyk. I want a human"),
        ]);
        assert!(!maiden.contains("Kowalczyk"), "{put_off}: {maiden}");
        let pin = shown(&[
            ("bot", "Please enter your PIN."),
            ("customer", put_off),
            ("customer", "4 8 2 1 I want a human"),
        ]);
        assert!(!pin.contains("4 8 2 1"), "{put_off}: {pin}");
    }
    // Two in a row: "one sec", "found it", then the answer.
    let said = shown(&[
        ("bot", "What is your mother's maiden name?"),
        ("customer", "one sec"),
        ("customer", "found it"),
        ("customer", "Kowalczyk. I want a human"),
    ]);
    assert!(!said.contains("Kowalczyk"), "{said}");
    // A message with a fact puts nothing off: it keeps its fact.
    let said = shown(&[
        ("bot", "Please enter your PIN."),
        ("customer", "hold on, my order is 12345"),
        ("customer", "I want a human"),
    ]);
    assert!(
        said.contains("12345") && !said.contains("[secret]"),
        "{said}"
    );
}

/// Regression: "order 5512 3" in reply to the question for a PIN was read as a code
/// typed apart: the goal read "order [secret]" beside the fact "order 5512" (t3 e10).
#[test]
fn a_labelled_number_after_a_pin_question_is_no_code() {
    for reply in [
        "order 5512 3. I want a human",
        "room 41 2 please, I want a human",
        // A second review's: a flat's, a unit's, a seat's number.
        "apt 12 34. I want a human",
        "flat 12 34. I want a human",
        "unit 12 34. I want a human",
        "seat 12 34. I want a human",
        "order no 5512 3. I want a human",
        "room # 12 4. I want a human",
        "booking number 44 12. I want a human",
    ] {
        let said = shown(&[("bot", "Please enter your PIN."), ("customer", reply)]);
        assert!(!said.contains("[secret]"), "{reply}: {said}");
    }
    // "number" or "#" alone labels nothing: the PIN is the reply's (a check found "number
    // 4 8 2 1" and "# 4 8 2 1" shown).
    for reply in ["number 4 8 2 1. I want a human", "# 4 8 2 1 I want a human"] {
        let said = shown(&[
            ("bot", "Please enter your PIN number."),
            ("customer", reply),
        ]);
        assert!(
            said.contains("[secret]") && !said.contains("4 8 2 1"),
            "{reply}: {said}"
        );
    }
    let said = shown(&[
        ("bot", "Please enter your PIN."),
        ("customer", "it's 4 8 2 1"),
    ]);
    assert!(
        said.contains("[secret]") && !said.contains("4 8 2 1"),
        "{said}"
    );
}

/// Regression: a password with digits became a fact: "my password is Lighthouse99"
/// gave the fact "Lighthouse99" (t11, t12).
#[test]
fn a_password_is_no_fact() {
    for message in [
        "my password is Lighthouse99. I want a human",
        "My password is Summer2024! I want a human",
        "password: Lighthouse99 - I want a human",
    ] {
        let s = summary_of(&[("customer", message)]);
        let facts: Vec<&str> = s.facts.iter().map(|f| f.text.as_str()).collect();
        assert!(
            !facts
                .iter()
                .any(|f| f.contains("Lighthouse99") || f.contains("Summer2024")),
            "{message}: {facts:?}"
        );
    }
}
