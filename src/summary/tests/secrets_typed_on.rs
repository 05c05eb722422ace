//! Security answers that still showed (session 48), each with the text beside it that
//! stays as it is: a password typed before the reply goes on without a mark, two
//! passwords in one reply, a code typed in groups of letters and digits, a password
//! chained after one announced, a code asked for after the bot told it sent one, and
//! the answer to a pet name or a memorable answer, questions redaction knew.

use super::*;

/// What the customer said last after `opening`, the bot's `asked` and the customer's
/// `replies`.
fn said_after(opening: &str, asked: &str, replies: [&str; 2]) -> String {
    let [first, then] = replies;
    last_said(&[
        ("customer", opening),
        ("bot", asked),
        ("customer", first),
        ("customer", then),
    ])
}

/// Regression: "Seahorse I want a human" in reply to a question for a password or a
/// secret word showed "Seahorse" in the goal and the last message. The words before a
/// clause start are the answer when not common English; a reply of common words stays.
#[test]
fn a_password_typed_before_the_reply_goes_on_is_masked() {
    for asked in [
        "What is your password?",
        "To verify you, what is your secret word?",
    ] {
        let turns = [
            ("customer", "I can't log in"),
            ("bot", asked),
            ("customer", "Seahorse I want a human"),
        ];
        let all = shown(&turns);
        assert!(!all.contains("Seahorse"), "{asked}: {all}");
        assert_eq!(last_said(&turns), "[secret] I want a human");
        for reply in ["Hello there I want a human", "Sorry I forgot it"] {
            assert_eq!(
                last_said(&[
                    ("customer", "I can't log in"),
                    ("bot", asked),
                    ("customer", reply)
                ]),
                reply
            );
        }
    }
}

/// Regression: "Seahorse42 Seahorse43 neither works" after "What is your password?" was
/// a name fact, shown. Each password of the reply is masked and no fact holds it; a time
/// in the reply stays.
#[test]
fn each_password_of_a_reply_is_masked_and_no_fact() {
    let turns = [
        ("bot", "What is your password?"),
        ("customer", "Seahorse42 Seahorse43 neither works"),
    ];
    let s = summary_of(&turns);
    assert!(s.facts.is_empty(), "{:?}", s.facts);
    let all = shown(&turns);
    assert!(!all.contains("Seahorse4"), "{all}");
    assert_eq!(last_said(&turns), "[secret] [secret] neither works");
    let turns = [
        ("bot", "What is your password?"),
        ("customer", "Seahorse42 but I can only call at 3pm"),
    ];
    assert_eq!(last_said(&turns), "[secret] but I can only call at 3pm");
}

/// Regression: a code sent by text typed in groups ("A7K 9Q2") showed its second group.
/// The run is masked whole; a reply of times stays.
#[test]
fn a_code_typed_in_groups_is_masked_whole() {
    let asked = "Please enter the code we texted you.";
    assert_eq!(
        last_said(&[("bot", asked), ("customer", "A7K 9Q2 is what I got")]),
        "[secret] is what I got"
    );
    let said = shown(&[("bot", asked), ("customer", "A7K 9Q2")]);
    assert!(!said.contains("9Q2") && !said.contains("A7K"), "{said}");
    assert_eq!(
        last_said(&[("bot", asked), ("customer", "I can do 3pm 4pm tomorrow")]),
        "I can do 3pm 4pm tomorrow"
    );
}

/// Regression: "I updated my password to Paris2024, then Paris2025" made "Paris2025" a
/// fact. A password chained after one announced ("then", "or", "and", a comma) is masked
/// too; a word chained after it stays.
#[test]
fn a_password_chained_after_one_announced_is_masked() {
    for (text, said) in [
        (
            "I updated my password to Paris2024, then Paris2025",
            "I updated my password to [secret], then [secret]",
        ),
        (
            "I updated my password to Paris2024 or Paris2025 I am not sure",
            "I updated my password to [secret] or [secret] I am not sure",
        ),
        (
            "I changed my password to Paris2024 and it fails",
            "I changed my password to [secret] and it fails",
        ),
    ] {
        let turns = [("customer", text)];
        assert!(summary_of(&turns).facts.is_empty(), "{text}");
        assert_eq!(last_said(&turns), said);
    }
}

/// Regression: "Enter the verification code sent to your email" (no "we") and "We just
/// texted you a code. What is it?" were read as asking for no code, and the code replied
/// showed. Both ask for it; a code only told of, and a promotion's, stay.
#[test]
fn a_code_asked_for_after_it_was_sent_is_masked() {
    for (asked, reply) in [
        ("Enter the verification code sent to your email", "Y7Q2ZK"),
        ("We just texted you a code. What is it?", "552190"),
        ("We just texted you a code. What is it?", "X7Q9 thanks"),
    ] {
        let said = shown(&[
            ("customer", "I can't log in"),
            ("bot", asked),
            ("customer", reply),
        ]);
        assert!(
            !said.contains(reply.split(' ').next().unwrap()),
            "{asked}: {said}"
        );
    }
    for (asked, reply) in [
        ("We just texted you a code. Did you get it?", "552190"),
        (
            "Use code SUMMER10 for 10% off. Anything else?",
            "SUMMER10 thanks",
        ),
    ] {
        assert_eq!(
            last_said(&[
                ("customer", "I can't log in"),
                ("bot", asked),
                ("customer", reply)
            ]),
            reply
        );
    }
}

/// Regression: "What is your pet name?" and "What is your memorable answer?", questions
/// redaction's list knows (`redact::names::answers`), were none to the summary: "Fluffy"
/// and "pineapple" showed. Both are security questions now; a pet named in a booking
/// stays.
#[test]
fn a_pet_name_or_a_memorable_answer_asked_is_masked() {
    for (asked, reply) in [
        ("What is your pet name?", "Fluffy"),
        ("What is your memorable answer?", "pineapple"),
    ] {
        let turns = [
            ("customer", "I can't log in"),
            ("bot", asked),
            ("customer", reply),
        ];
        let said = shown(&turns);
        assert!(!said.contains(reply), "{asked}: {said}");
        assert_eq!(last_said(&turns), "[secret]");
    }
    let turns = [
        ("customer", "I want to book a room"),
        ("bot", "Is your pet named on the booking?"),
        ("customer", "Fluffy"),
    ];
    assert_eq!(last_said(&turns), "Fluffy");
}

/// Regression: "wait" then "Pepper I want a human" after "What is your pet's name?"
/// showed "Pepper" (and under `--redact` in the transcript): after a hold-on only a
/// short message was the answer, and this one was dropped as on another topic. One that
/// opens with the answer typed before it goes on is the answer, as the reply itself
/// would be; so is the short message after a greeting alone ("Hello there" then "Rex").
/// A chat word, a participle, a PIN's reply of a word stay.
#[test]
fn an_answer_typed_on_after_a_hold_on_is_one() {
    let chat = |asked: &str, first: &str, then: &str| {
        said_after("I need help with my account", asked, [first, then])
    };
    let pet = "What is your pet's name?";
    assert_eq!(
        chat(pet, "wait", "Pepper I want a human"),
        "[secret] I want a human"
    );
    assert_eq!(
        chat(
            "What is your password?",
            "one sec",
            "Seahorse I want a human"
        ),
        "[secret] I want a human"
    );
    assert_eq!(chat(pet, "Hello there", "Rex"), "[secret]");
    assert_eq!(
        chat("What is your password?", "Good morning", "sunshine"),
        "[secret]"
    );
    for (asked, then) in [
        (pet, "Billing I want a human"),
        (pet, "Hacked I want a human"),
        ("What is your PIN?", "Seahorse I want a human"),
    ] {
        assert_eq!(chat(asked, "one sec", then), then, "{asked}");
    }
}

/// Regression: after "What is your pet's name?", "Blocked", "Morning", "Hello sir" or
/// "Hello mate" then "Rex" showed "Rex" (under `--redact`, "Morning", "sir" and "mate"
/// were masked instead): a participle alone and those greetings were read as the
/// answer, or as no reply, and the question was gone. Each puts the question off as
/// "Hello there" does; the next message is the answer where it looks like one, and a
/// request or a topic stays. A word the customer chose may be a participle ("Locked").
#[test]
fn a_participle_or_a_greeting_alone_puts_the_question_off() {
    let chat = |asked: &str, first: &str, then: &str| {
        said_after("I need help with my account", asked, [first, then])
    };
    let pet = "What is your pet's name?";
    for first in [
        "Blocked",
        "Morning",
        "Hello sir",
        "Hello mate",
        "Good evening",
    ] {
        assert_eq!(chat(pet, first, "Rex"), "[secret]", "{first}");
        assert_eq!(chat(pet, first, "Refund"), "Refund", "{first}");
        assert_eq!(chat(pet, first, "I want a human"), "I want a human");
    }
    // A chosen word may be a participle: it is the answer, and the next no reply.
    let word = "What is your secret word?";
    assert_eq!(chat(word, "Locked", "Refund"), "Refund");
    assert_eq!(
        last_said(&[("bot", word), ("customer", "Locked")]),
        "[secret]"
    );
}

/// Regression: "no idea" then "It is sunshine. I want a human" after "What is your
/// password?" showed "sunshine": a reply with no answer ended the question. One that
/// says only that the customer has none yet ("no idea", "not sure", "I don't
/// remember") puts it off; the next message is the answer where it looks like one, and a
/// request, a question or a topic stays.
#[test]
fn an_answer_after_no_idea_is_one() {
    let chat = |asked: &str, first: &str, then: &str| {
        said_after("I need to reset my account", asked, [first, then])
    };
    let password = "What is your password?";
    for first in ["no idea", "not sure", "I don't remember", "dunno"] {
        assert_eq!(
            chat(password, first, "It is sunshine. I want a human"),
            "It is [secret]. I want a human",
            "{first}"
        );
        assert_eq!(chat("What is your pet's name?", first, "Rex"), "[secret]");
        for then in ["I want a human", "Can you reset it?", "Refund"] {
            assert_eq!(chat(password, first, then), then, "{first}");
        }
    }
    // A longer reply is on another topic: the question ends there.
    assert_eq!(
        chat(password, "no idea, I never set one", "sunshine"),
        "sunshine"
    );
}

/// A reply that only refuses the answer ("It is private.", "None of your business") is
/// no answer (session 52: "private" was masked as a secret word), and the question
/// stays open as after "no idea": the next message is the answer where it looks like
/// one ("Sunshine", "ok, it's Sunshine" after "It is private."), and a request stays. A refusal with more
/// after it ("It is private. I want a human") ends the question.
#[test]
fn an_answer_after_a_refusal_is_one() {
    let chat = |asked: &str, first: &str, then: &str| {
        said_after("I need to reset my account", asked, [first, then])
    };
    for asked in ["What is your password?", "What is your secret word?"] {
        for first in ["It is private.", "Private!", "None of your business"] {
            assert_eq!(chat(asked, first, "Sunshine"), "[secret]", "{first}");
            assert_eq!(chat(asked, first, "ok, it's Sunshine"), "ok, it's [secret]");
            for then in ["I want a human", "Can you reset it?"] {
                assert_eq!(chat(asked, first, then), then, "{first}");
            }
        }
        assert_eq!(
            chat(asked, "It is private. I want a human", "Sunshine"),
            "Sunshine"
        );
    }
}
