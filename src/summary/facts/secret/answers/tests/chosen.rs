//! The words around a security question that are plainly no answer: a participle typed
//! before the reply goes on ("Hacked I want a human"), a greeting alone ("Hello there").

use super::{assert_first_secret, read};

/// That `reply` to `asked` gives no secret.
#[track_caller]
fn assert_none(asked: &str, reply: &str) {
    let secrets = read(asked, reply);
    assert!(secrets.is_empty(), "{asked} {reply}: {secrets:?}");
}

/// Regression: "Hacked I want a human" after "What is your pet's name?" showed
/// "\[secret\] I want a human": a capitalised word typed before the reply goes on was
/// the pet's name, common English or not. A participle ("Hacked", "Stolen", "Frozen")
/// tells what happened, no pet's name; pets named with everyday words still are.
#[test]
fn a_participle_typed_before_the_reply_goes_on_is_no_pets_name() {
    let asked = "What is your pet's name?";
    for word in [
        "Hacked",
        "Locked",
        "Blocked",
        "Stolen",
        "Frozen",
        "Compromised",
        "Suspended",
        "Charged",
        "Urgent",
        "Help",
    ] {
        assert_none(asked, &format!("{word} I want a human"));
        assert_none(asked, &format!("I want a human. It is {word}"));
    }
    for name in ["Buddy", "Pepper", "Shadow", "Lucky", "Ginger"] {
        assert_eq!(read(asked, &format!("{name} I want a human")), [name]);
    }
}

/// Regression: "Hello there" alone after "What is your pet's name?" read "Hello
/// \[secret\]" under `--redact`, "Hey you" and "Good morning" "\[secret\]": a short
/// clause was the answer, all of it, after its lead-in. A greeting and whom it greets
/// is no answer; a name after a greeting still is.
#[test]
fn a_greeting_is_no_answer() {
    for asked in [
        "What is your pet's name?",
        "What is your mother's maiden name?",
        "What is your password?",
        "What is your memorable answer?",
    ] {
        for reply in [
            "Hello there",
            "Hi there",
            "Hey you",
            "Good morning",
            "good evening all",
            "Hello there!",
        ] {
            assert_none(asked, reply);
        }
    }
    let asked = "What is your pet's name?";
    assert_first_secret(asked, "Hello, Rex", "Rex");
    assert_first_secret(asked, "Hello there, it's Rex", "Rex");
    assert_first_secret(asked, "Hi there. Rex", "Rex");
}
