//! Security answers around a refusal (session 53): the answer a customer gives in with
//! after refusing, in the same message or the next; refusals that were not read ("It's
//! a secret", "Not telling", "I'd rather not say"); a refusal word alone, which may be
//! the password; a word said alone before the answer ("Listen,"); and a weekday typed
//! before asking for a person ("Friday I want a human"), each with its neighbour that
//! stays as it was.

use super::*;

/// The summary of the bot's `asked` and the customer's `replies`, after an opening.
fn chat(asked: &str, replies: &[&str]) -> Summary {
    let mut turns = vec![("customer", "I need to reset my account"), ("bot", asked)];
    turns.extend(replies.iter().map(|r| ("customer", *r)));
    summary_of(&turns)
}

const QUESTIONS: [&str; 4] = [
    "What is your password?",
    "What is your secret word?",
    "What is your mother's maiden name?",
    "What is your pet's name?",
];

/// Regression: after "It is private" or "None of your business", the customer gave in
/// ("Ok fine, it's Sunshine42", "fine. Sunshine42", "ugh ok it's Sunshine42"), in the
/// same message or the next, and the password showed in the last thing said and as a
/// fact. The question stays open after a refusal, so what comes next is the answer.
#[test]
fn an_answer_given_in_after_a_refusal_is_masked() {
    for asked in QUESTIONS {
        for refusal in ["It is private", "None of your business", "It's a secret"] {
            for given in [
                "Ok fine, it's Sunshine42",
                "fine. Sunshine42",
                "ugh ok it's Sunshine42",
                "Fine it's Sunshine42",
            ] {
                let next = format!("{given}. I want a human");
                let all = shown_in(asked, &[refusal, &next]);
                assert!(
                    !all.contains("Sunshine42"),
                    "{asked} {refusal} {given}: {all}"
                );
                let same = format!("{refusal}. {given}. I want a human");
                let all = shown_in(asked, &[&same]);
                assert!(!all.contains("Sunshine42"), "{asked} {same}: {all}");
                let comma = format!("{refusal}, {given}. I want a human");
                let all = shown_in(asked, &[&comma]);
                assert!(!all.contains("Sunshine42"), "{asked} {comma}: {all}");
            }
        }
    }
    // "whatever" only as a clause after a refusal in the same message: "Whatever works"
    // after a password question stays.
    for asked in QUESTIONS {
        let all = shown_in(
            asked,
            &["It's private. whatever, Sunshine42. I want a human"],
        );
        assert!(!all.contains("Sunshine42"), "{asked}: {all}");
    }
    let s = chat(
        "What is your password?",
        &["Whatever works. I want a human"],
    );
    assert_eq!(
        s.last_customer_message.as_deref(),
        Some("Whatever works. I want a human")
    );
    // A common word chosen, given in after the refusal.
    let s = chat(
        "What is your password?",
        &["It is private, ok fine it's sunshine. I want a human"],
    );
    assert_eq!(
        s.last_customer_message.as_deref(),
        Some("It is private, ok fine it's [secret]. I want a human")
    );
}

/// A refusal followed by a request, or by more than an answer, gives none: the words
/// after it stay, and a name in them is a person after a password or a secret word
/// asked ("It is private. Please have John Baker call me" keeps John Baker; a maiden
/// name's or a pet's reply has no name facts, whatever it says).
#[test]
fn a_refusal_then_a_request_stays() {
    for asked in QUESTIONS {
        for reply in [
            "It is private. I want a human",
            "None of your business. Can you reset it?",
            "It is private, ok fine. I want a human",
            "Not telling. Please have John Baker call me",
            // No word that gives in: no answer after the refusal.
            "It is private. Call me",
            "It is private. ok, call me",
            "None of your business. Sorry",
        ] {
            let s = chat(asked, &[reply]);
            assert_eq!(s.last_customer_message.as_deref(), Some(reply), "{asked}");
        }
        let s = chat(asked, &["It is private. Please have John Baker call me"]);
        assert!(
            asked.contains("name") || s.facts.iter().any(|f| f.text == "John Baker"),
            "{asked}: {:?}",
            s.facts
        );
    }
}

/// Regression: "It's a secret", "Not telling", "I won't say", "I'd rather not say",
/// "it's private lol", "nope not giving that" were read as no refusal: the question was
/// closed and the next message's password shown ("I won't say" was masked as the
/// answer). Each is a refusal now: the reply stays, and the next message is the answer
/// where it looks like one.
#[test]
fn more_refusals_leave_the_question_open() {
    for asked in ["What is your password?", "What is your secret word?"] {
        for refusal in [
            "It's a secret",
            "Not telling",
            "I won't say",
            "I'd rather not say",
            "it's private lol",
            "nope not giving that",
            "I'm not going to tell you that",
            "I refuse",
        ] {
            let s = chat(asked, &[refusal]);
            assert_eq!(s.last_customer_message.as_deref(), Some(refusal), "{asked}");
            let s = chat(asked, &[refusal, "Sunshine"]);
            assert_eq!(
                s.last_customer_message.as_deref(),
                Some("[secret]"),
                "{asked} {refusal}"
            );
            let s = chat(asked, &[refusal, "I want a human"]);
            assert_eq!(s.last_customer_message.as_deref(), Some("I want a human"));
        }
    }
    // Words that refuse nothing stay what they were.
    for reply in ["I can't log in", "Not working", "I never got the email"] {
        assert!(!crate::summary::facts::refuses_alone(reply), "{reply}");
    }
}

/// Regression: a password that is a refusal word ("private", "secret"), given alone,
/// was read as a refusal and shown. One such word alone is masked, and the question
/// stays open (the next message is the answer where it looks like one); a refusal of
/// more words ("It is private") stays, and the word said later stays too (common
/// English is not masked said again).
#[test]
fn a_refusal_word_alone_is_masked_and_the_question_stays_open() {
    for asked in ["What is your password?", "What is your secret word?"] {
        for word in ["private", "secret", "Private.", "Confidential!"] {
            let s = chat(asked, &[word]);
            let masked = word.replace(|c: char| c.is_alphabetic(), "");
            assert_eq!(
                s.last_customer_message.as_deref(),
                Some(format!("[secret]{masked}").as_str()),
                "{asked}"
            );
            let s = chat(asked, &[word, "Sunshine"]);
            assert_eq!(s.last_customer_message.as_deref(), Some("[secret]"));
            let later = "My account is private, I want a human";
            let s = chat(asked, &[word, later]);
            assert_eq!(s.last_customer_message.as_deref(), Some(later));
        }
        let s = chat(asked, &["It is private"]);
        assert_eq!(s.last_customer_message.as_deref(), Some("It is private"));
    }
    // Not asked for a secret, "Private" is no answer.
    let s = summary_of(&[
        ("bot", "Is this a business account?"),
        ("customer", "Private"),
    ]);
    assert_eq!(s.last_customer_message.as_deref(), Some("Private"));
}

/// Regression: "Listen," sent as its own message, then "it's sunshine", masked "Listen"
/// as the password and showed "sunshine" (and "Rex" after a pet's name asked, a fact).
/// A word said alone before going on puts the question off as "one sec" does.
#[test]
fn a_word_said_alone_before_the_answer_puts_it_off() {
    for (asked, answer, said) in [
        ("What is your password?", "it's sunshine", "it's [secret]"),
        ("What is your pet's name?", "it's Rex", "it's [secret]"),
    ] {
        for first in ["Listen,", "Listen.", "Look,", "Anyway,"] {
            let s = chat(asked, &[first, answer]);
            assert_eq!(s.last_customer_message.as_deref(), Some(said), "{first}");
            assert!(s.facts.is_empty(), "{first}: {:?}", s.facts);
            let all = shown_in(asked, &[first, answer]);
            assert!(!all.contains("sunshine") && !all.contains("Rex"), "{all}");
            // The word itself is no answer.
            let s = chat(asked, &[first]);
            assert_eq!(s.last_customer_message.as_deref(), Some(first));
        }
        // A longer message after it is on another topic.
        let s = chat(asked, &["Listen,", "I want a human now please"]);
        assert_eq!(
            s.last_customer_message.as_deref(),
            Some("I want a human now please")
        );
    }
}

/// Regression: "Friday I want a human" after a password question showed "Friday" (a
/// weekday opens a sentence, and was kept). A weekday typed first before a clause that
/// only asks for a person is the password; before a request it is its time ("Friday I
/// need a taxi to the airport"), and "Friday works for me" stays.
#[test]
fn a_weekday_typed_before_asking_for_a_person_is_masked() {
    for asked in ["What is your password?", "What is your secret word?"] {
        for (reply, said) in [
            ("Friday I want a human", "[secret] I want a human"),
            ("friday get me an agent", "[secret] get me an agent"),
            (
                "Friday I need a taxi to the airport",
                "Friday I need a taxi to the airport",
            ),
            (
                "Friday works for me. I want a human",
                "Friday works for me. I want a human",
            ),
            ("Monday I want to cancel", "Monday I want to cancel"),
            ("Please I want a human", "Please I want a human"),
        ] {
            let s = chat(asked, &[reply]);
            assert_eq!(s.last_customer_message.as_deref(), Some(said), "{asked}");
        }
    }
    // Not asked for a password, a weekday stays.
    let s = summary_of(&[
        ("bot", "What day suits you?"),
        ("customer", "Friday I want a human"),
    ]);
    assert_eq!(
        s.last_customer_message.as_deref(),
        Some("Friday I want a human")
    );
}

/// Regression: after "Listen," or "Anyway," alone (and "Anyways", "Listen up", "LISTEN!",
/// "ok listen"), a short request was masked whole as the answer ("Refund. I want a
/// human" → "[secret]. I want a human", "Refund please." → "[secret] please."). As
/// after a greeting alone, the next message answers only where it looks like an answer.
#[test]
fn a_request_after_a_word_said_alone_stays() {
    for first in [
        "Listen,",
        "Anyway,",
        "Anyways",
        "Listen up",
        "LISTEN!",
        "ok listen",
    ] {
        for request in [
            "Refund. I want a human",
            "Cancel my order.",
            "Lost card.",
            "Netflix.",
            "bye.",
            "Refund please.",
        ] {
            let s = chat("What is your password?", &[first, request]);
            assert_eq!(
                s.last_customer_message.as_deref(),
                Some(request),
                "{first} {request}"
            );
        }
        // The answer after it is still masked.
        let s = chat("What is your password?", &[first, "it's sunshine"]);
        let said = s.last_customer_message;
        assert_eq!(said.as_deref(), Some("it's [secret]"), "{first}");
    }
}

/// Regression: after a refusal and a word that gives in, a short clause that is no
/// answer was masked ("None of your business. fine. Refund. I want a human" → "fine.
/// [secret].", "It's a secret. Ok, bye." → "Ok, [secret]", "Netflix" after a maiden
/// name asked). The clause given in must look like an answer; "Kowalczyk" still does.
#[test]
fn a_clause_given_in_that_is_no_answer_stays() {
    for (asked, reply) in [
        (
            "What is your password?",
            "None of your business. fine. Refund. I want a human",
        ),
        ("What is your password?", "It's a secret. Ok, bye."),
        ("What is your password?", "I won't say. whatever, bye."),
        (
            "What is your mother's maiden name?",
            "It's a secret. ok fine. Netflix.",
        ),
    ] {
        let s = chat(asked, &[reply]);
        assert_eq!(s.last_customer_message.as_deref(), Some(reply), "{reply}");
    }
    let s = chat(
        "What is your mother's maiden name?",
        &["It's a secret. ok fine. Kowalczyk."],
    );
    let said = s.last_customer_message;
    assert_eq!(said.as_deref(), Some("It's a secret. ok fine. [secret]."));
}
