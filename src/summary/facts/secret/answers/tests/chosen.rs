//! A word the customer chose (a password, a secret word, a memorable answer) said in a
//! later sentence in common English, and the words around a security question that are
//! plainly no answer: a participle typed before the reply goes on ("Hacked I want a
//! human"), a greeting alone ("Hello there").

use super::{assert_first_secret, read};
use crate::summary::facts::secret::answers::clause::REVIEWED;

/// That `reply` to `asked` gives no secret.
#[track_caller]
fn assert_none(asked: &str, reply: &str) {
    let secrets = read(asked, reply);
    assert!(secrets.is_empty(), "{asked} {reply}: {secrets:?}");
}

/// Regression: "I want a human. It is sunshine" after "What is your password?" showed
/// "sunshine" in the last thing said and, under `--redact`, in the transcript: a word
/// said after "It is" in a later sentence was the answer only when no common English
/// word or, after a pet's name, capitalised; a password is often a lower-case common
/// word. After a password, a secret word or a memorable answer asked it is the answer
/// whatever its case, in quotes or not, after a clause's dash or comma too; but a word
/// that plainly is none (a participle: "locked", "working"; a word that says no answer,
/// a chat's word, a given name) and words of a sentence ("not working", "what it is",
/// "my account") are none.
#[test]
fn a_chosen_word_said_later_is_one() {
    for asked in [
        "What is your password?",
        "What is your memorable answer?",
        "What is your secret word?",
    ] {
        for reply in [
            "I want a human. It is sunshine",
            "I want a human. it's sunshine",
            "I want a human. its sunshine",
            "I want a human. It is 'sunshine'",
            "I want a human. It is \"sunshine\".",
            "human please - its sunshine",
            "I want a human, it is sunshine",
            "Agent please. It is sunshine",
        ] {
            assert_first_secret(asked, reply, "sunshine");
        }
        assert_first_secret(asked, "I want a human. It is Sunshine", "Sunshine");
        assert_first_secret(asked, "I want a human. It's Buddy", "Buddy");
        assert_first_secret(asked, "human please - its sunshine123", "sunshine123");
        for reply in [
            "I want a human. It is urgent",
            "I want a human. It is not working",
            "I want a human. It's me",
            "I want a human. It is what it is",
            "I want a human. It is locked",
            "I want a human. It is broken",
            "I want a human. It was hacked",
            "I want a human. It is expired",
            "I want a human. It's working",
            "I want a human. It's fine",
            "I want a human. It is wrong",
            "I want a human. It is the same",
            "I want a human. It's my account",
            "I want a human. It's been 3 days",
            "I want a human. It is John",
            "I want a human, it is urgent",
        ] {
            assert_none(asked, reply);
        }
    }
    // A maiden name and a pet's name keep their rules: no common English, or a pet's
    // capitalised.
    assert_none(
        "What is your mother's maiden name?",
        "I want a human. It is sunshine",
    );
    assert_none("What is your pet's name?", "I want a human. It is sunshine");
    assert_first_secret(
        "What is your pet's name?",
        "I want a human. It is Pepper",
        "Pepper",
    );
    assert_none("What is your password?", "human please - its Spotify");
    // After a PIN, a word is no PIN.
    assert_none("What is your PIN?", "I want a human. It is sunshine");
}

/// Regression: "the answer is sunshine" after a password's, a pet's name's or a
/// memorable answer's question showed "sunshine" under `--redact`: "the answer is" was
/// no way of saying it. It is now, as "it is" was; "the answer is no" still says none.
#[test]
fn an_answer_after_the_answer_is_is_one() {
    for asked in [
        "What is your password?",
        "What is your pet's name?",
        "What is your memorable answer?",
    ] {
        assert_first_secret(asked, "the answer is sunshine", "sunshine");
        assert_first_secret(asked, "my answer is sunshine", "sunshine");
        assert_none(asked, "the answer is no");
        assert_none(asked, "the answer is I don't know");
    }
    // In a later sentence, as "it is" there (a pet's name capitalised).
    for (asked, answer) in [
        ("What is your password?", "sunshine"),
        ("What is your memorable answer?", "sunshine"),
        ("What is your pet's name?", "Pepper"),
    ] {
        let reply = format!("I want a human. The answer is {answer}");
        assert_first_secret(asked, &reply, answer);
    }
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

/// Regression: "I want a human. It is sunshine thanks" (or "please", "I think") and "Its
/// sunshine I want a human" after "What is your password?" showed "sunshine": a
/// courtesy or a hedge after the answer made it three words, no answer; and a word typed
/// before the reply goes on was the password only when no common English. A courtesy
/// or a hedge after it is none of it now, a word of a password's shape is the answer
/// whatever follows it ("It is sunshine42 and not working"), and after a password "its"
/// before the word says it; a judgement after "It is" is no answer. A word typed on
/// without "its" is the answer too since the fifty-second session (`run_on.rs`:
/// "sunshine I want a human" showed the password).
#[test]
fn a_chosen_word_with_words_around_it_is_one() {
    let asked = "What is your password?";
    for reply in [
        "I want a human. It is sunshine thanks",
        "I want a human. It is sunshine please",
        "I want a human. It's sunshine I think",
        "I want a human. It is sunshine, thank you",
        "Its sunshine I want a human",
        "ok it's sunshine can you get me an agent",
    ] {
        assert_first_secret(asked, reply, "sunshine");
    }
    // A password's shape is the answer whatever follows it.
    assert_first_secret(
        asked,
        "I want a human. It is sunshine42 and not working",
        "sunshine42",
    );
    assert_none(asked, "I want a human. It is 3pm and nobody called");
    assert_first_secret(asked, "sunshine I want a human", "sunshine");
    for reply in [
        "I want a human. It's ridiculous",
        "I want a human. It is frustrating",
        "I want a human. It's unacceptable thanks",
        "Its locked I want a human",
    ] {
        assert_none(asked, reply);
    }
    // After a maiden name, common English typed on stays, "its" or not.
    assert_none(
        "What is your mother's maiden name?",
        "Its sunshine I want a human",
    );
}

/// Regression: "Hacked. I want a human" and "Stolen!" after "What is your pet's
/// name?" were masked as the pet's name: a short clause was the answer, all of it. A
/// participle alone tells what happened; a name alone is still the answer, and so is
/// a participle given as a secret word.
#[test]
fn a_participle_alone_is_no_pets_name() {
    let asked = "What is your pet's name?";
    for reply in ["Hacked. I want a human", "Stolen!", "Locked", "compromised"] {
        assert_none(asked, reply);
    }
    assert_first_secret(asked, "Rex. I want a human", "Rex");
    assert_first_secret("What is your secret word?", "Locked", "Locked");
}

/// Regression: after "What is your password?", "it is private", "It is useless", "The
/// answer is obvious", "it was fun", "it's 8pm", "Oh that's perfect I'm a member" and
/// "its three i know that one" were masked as the password: any word of common English
/// said after "It is" in a later clause was one, and "that's" or "it was" said it too.
/// A word said of a thing, the time or an amount is none; a password of common English
/// said after "it is", "its" or "the answer is" still is.
#[test]
fn a_word_said_of_a_thing_after_it_is_is_no_password() {
    for asked in ["What is your password?", "What is your secret word?"] {
        for word in REVIEWED.iter().chain(&["confusing"]) {
            assert_none(asked, &format!("I want a human. It is {word}"));
            assert_none(asked, &format!("Forgot it. It is {word}. I want a human"));
        }
        for reply in [
            "I don't want to give it here, it is private. I want a human",
            "I want a human. The answer is obvious, get me a person",
            "I want a human. The answer is simple",
            "No, I think I'm done now. Thanks for your time, it was fun!",
            "Now, it's 8pm.",
            "Oh that's perfect I'm a member",
            "that's enough thank you and goodbye",
            "its three i know that one",
        ] {
            assert_none(asked, reply);
        }
        for (reply, secret) in [
            ("I want a human. It is sunshine", "sunshine"),
            ("I want a human. its sunshine", "sunshine"),
            ("I want a human. It is 'sunshine'", "sunshine"),
            ("I want a human. The answer is sunshine", "sunshine"),
            ("I want a human. It is crystal", "crystal"),
            ("I want a human. It is elephant", "elephant"),
            ("I want a human. It is 4821", "4821"),
        ] {
            assert_first_secret(asked, reply, secret);
        }
    }
}

/// Regression: after "What is your pet's name?", "Hey! I need directions", "Yep, go
/// ahead!" and "Hello there, my flight to Boston was cancelled" were masked
/// ("directions", "go ahead", "Boston"): the clause after a greeting was read as the
/// answer. After a greeting more than a lead-in, a sentence or a request is no answer
/// and the reply gives none; a name after it still is one.
#[test]
fn a_request_after_a_greeting_is_no_answer() {
    let asked = "What is your pet's name?";
    for reply in [
        "Hey! I need directions.",
        "Yep, go ahead!",
        "Hello there, my flight to Boston was cancelled. I want a human",
        "Hey, I am looking for a flight from Chicago to Detroit, can you tell me?",
        "Hi there! I am looking for a Hilton Hotel near the airport",
        "Hey, I need to get from Forbes and Murray to Craig and Center",
        "Hello there, Refund",
        "Hey, lost card",
    ] {
        assert_none(asked, reply);
    }
    assert_first_secret(asked, "Hey, Rex", "Rex");
    assert_first_secret(asked, "Hi there, Charlie", "Charlie");
    assert_first_secret("What is your password?", "Hey there, sunshine", "sunshine");
}

/// Regression: after "What is your password?", "It is sunshine thanks. I want a human",
/// "its sunshine lol. I want a human" and "I think it is sunshine. I want a human"
/// showed "sunshine": "It is" and a courtesy or a hedge were read only in a later
/// sentence, and the first clause was two words or five, no answer all of it. And
/// "Hacked. It is sunshine. I want a human" masked "Hacked" and showed "sunshine": a
/// participle tells what happened, the password said after it is the answer. A word
/// said of a thing or a participle after "It is" stays, and so does a participle alone
/// said as no more than that.
#[test]
fn a_chosen_word_said_first_with_words_around_it_is_one() {
    for asked in ["What is your password?", "What is your secret word?"] {
        for reply in [
            "It is sunshine thanks. I want a human",
            "its sunshine lol. I want a human",
            "I think it is sunshine. I want a human",
            "I guess its sunshine, get me an agent",
        ] {
            assert_eq!(read(asked, reply), ["sunshine"], "{asked} {reply}");
        }
        for reply in [
            "I think it is locked. I want a human",
            "I think it is useless. I want a human",
        ] {
            assert_none(asked, reply);
        }
    }
    let asked = "What is your password?";
    assert_none(asked, "It is private thanks. I want a human");
    assert_none(asked, "It is fine thanks. I want a human");
    assert_none(asked, "I think it is John. I want a human");
    assert_eq!(
        read(asked, "Hacked. It is sunshine. I want a human"),
        ["sunshine"]
    );
    assert_first_secret(asked, "Hacked", "Hacked");
}

/// Regression: "Bluebird" in reply to "What is the answer to your memorable question?"
/// showed: "memorable question" was no security question. It asks for a memorable
/// answer; a request in reply stays.
#[test]
fn a_memorable_question_asks_for_a_memorable_answer() {
    let asked = "What is the answer to your memorable question?";
    assert_first_secret(asked, "Bluebird", "Bluebird");
    assert_first_secret(asked, "sunshine", "sunshine");
    assert_first_secret(asked, "Bluebird I want a human", "Bluebird");
    assert_none(asked, "I want a human");
    assert_none(asked, "I don't remember it");
}
