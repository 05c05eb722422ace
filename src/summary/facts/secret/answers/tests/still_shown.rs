//! Security answers that still showed (session 50's review), each beside the replies
//! that stay as they were: a pet's name or a maiden name typed before the reply goes
//! on, a password of a few words, one said in a later sentence ("It is Seahorse"), one
//! after a typo of "password", a code of letters and digits typed apart.

use super::super::super::super::names::names_and_secrets;
use super::super::super::asks_for_secret;
use super::{Code, Fact, FactKind, Secrets, assert_first_secret, read};

/// Regression: "Fluffy I want a human" after "What is your pet's name?" showed "Fluffy"
/// in the goal and the last thing said: the words before the reply goes on were read
/// only after a password or a secret word. They are after a pet's name, a maiden name
/// or a memorable answer too, but a service's name or a chat's word (the customer's
/// topic), a given name or a greeting.
#[test]
fn a_word_before_the_reply_goes_on_answers_a_pet_or_a_maiden_name() {
    for asked in [
        "What is your pet's name?",
        "What was the name of your first pet?",
        "What is your mother's maiden name?",
        "What is your memorable answer?",
    ] {
        assert_eq!(read(asked, "Fluffy I want a human"), ["Fluffy"], "{asked}");
        assert_eq!(
            read(asked, "sure Fluffy can you get me an agent"),
            ["Fluffy"],
            "{asked}"
        );
        for reply in [
            "Spotify I want a human",
            "Netflix can you help",
            "Billing can you help",
            "Brian I want a human",
            "Mohammed I want a human",
            "Hello I want a human",
            "I want a human",
            "Sorry I forgot it",
        ] {
            assert!(
                read(asked, reply).is_empty(),
                "{asked} {reply}: {:?}",
                read(asked, reply)
            );
        }
    }
    // A security question or the city born in may be answered by anything: none.
    for asked in [
        "Please answer your security question.",
        "What city were you born in?",
    ] {
        assert!(read(asked, "Fluffy I want a human").is_empty(), "{asked}");
    }
}

/// Regression: "Brian White Seahorse" in reply to "What is your password?" was a name
/// fact, shown whole under `--redact`. A password's reply of a few words is the
/// password, all of it; one plainly no answer, or to a PIN, gives none.
#[test]
fn a_password_of_a_few_words_is_one_secret() {
    let asked = "What is your password?";
    for (reply, secret) in [
        ("Brian White Seahorse", "Brian White Seahorse"),
        (
            "Brian White Seahorse. I want a human",
            "Brian White Seahorse",
        ),
        ("correct horse battery", "correct horse battery"),
        ("it's Blue Seahorse, I want a human", "Blue Seahorse"),
    ] {
        assert_first_secret(asked, reply, secret);
    }
    for reply in [
        "Talk to agent",
        "Get me a human",
        "Transfer me please",
        "Good morning",
        "Account locked",
        "Locked out",
        "Send reset link",
        "No idea",
        "I forgot it",
        "Why?",
        "Reset it please",
    ] {
        assert!(
            read(asked, reply).is_empty(),
            "{reply}: {:?}",
            read(asked, reply)
        );
    }
    assert!(read("What is your PIN?", "Brian White").is_empty());
    // Asked beside the customer's name, a reply of a few words may be that name; a
    // password's word typed on is the password still.
    for (reply, secrets) in [
        ("John Smith", &[][..]),
        ("Seahorse I want a human", &["Seahorse"]),
        // The password after the name is one ("Seahorse42" was a name fact).
        ("John Smith, Seahorse42", &["Seahorse42"]),
        ("John Smith, Seahorse", &["Seahorse"]),
        ("John Smith, I want a human", &[]),
        ("John Smith, thanks", &[]),
    ] {
        let mut said = Secrets::default();
        let code = Code::PasswordBesideName;
        said.read(reply, 0, None, code, &[], names_and_secrets(reply));
        let said: Vec<&str> = said.said.iter().map(|(s, _)| s.as_str()).collect();
        assert_eq!(said, secrets, "{reply}");
    }
    // The name fact that is the password is told by it.
    let name = Fact {
        kind: FactKind::Name,
        text: "Brian White Seahorse".to_owned(),
        turn: 1,
        key: None,
        value: None,
    };
    let mut secrets = Secrets::default();
    let reply = "Brian White Seahorse";
    secrets.read(
        reply,
        0,
        None,
        Code::Password,
        &[&name],
        names_and_secrets(reply),
    );
    assert!(secrets.told_by(&name), "{:?}", secrets.said);
}

/// Regression: "I want a human. It is Seahorse" in reply to a password's question gave
/// the fact "Seahorse", shown under `--redact`. "It is", "it's", "its" opening a later
/// sentence says the answer; a common English word, a given name or words that say no
/// answer after it are none.
#[test]
fn an_answer_said_in_a_later_sentence_is_one() {
    for (asked, reply, secret) in [
        (
            "What is your password?",
            "I want a human. It is Seahorse",
            "Seahorse",
        ),
        (
            "What is your password?",
            "I want a human. it's Seahorse, thanks",
            "Seahorse",
        ),
        (
            "What is your password?",
            "I want a human! its Blue-bird",
            "Blue-bird",
        ),
        (
            "What is your password?",
            "Can I get an agent? It is Seahorse42",
            "Seahorse42",
        ),
        (
            "What is your pet's name?",
            "I want a human. It's Fluffy",
            "Fluffy",
        ),
    ] {
        assert_first_secret(asked, reply, secret);
    }
    for asked in ["What is your password?", "What is your pet's name?"] {
        for reply in [
            "I want a human. It is urgent",
            "I want a human. It's not working",
            "I want a human. It is John",
            "I want a human. It is locked",
            "I want a human. Its Spotify",
        ] {
            assert!(
                read(asked, reply).is_empty(),
                "{asked} {reply}: {:?}",
                read(asked, reply)
            );
        }
    }
    // After a PIN, a word is no PIN.
    assert!(read("What is your PIN?", "I want a human. It is Seahorse").is_empty());
}

/// Regression: "my pasword is Blue-bird" kept the name fact "Blue-bird": the typo was no
/// word for a password, and a name fact that held the password was the customer's. The
/// common typos are read; a password told is one whatever fact holds it, a maiden name
/// told stays a fact as before.
#[test]
fn a_password_after_a_typo_of_its_word_is_one() {
    for (said, secret) in [
        ("my pasword is Blue-bird", "Blue-bird"),
        ("my passwrd is Seahorse", "Seahorse"),
        ("My passowrd is Seahorse. I want a human", "Seahorse"),
        ("pwd: Seahorse", "Seahorse"),
    ] {
        let secrets = read("How can I help?", said);
        assert!(secrets.iter().any(|s| s == secret), "{said}: {secrets:?}");
    }
    for (said, name) in [
        ("my pasword is Blue-bird", "Blue-bird"),
        ("my password is Seahorse. I want a human", "Seahorse"),
    ] {
        let fact = Fact {
            kind: FactKind::Name,
            text: name.to_owned(),
            turn: 1,
            key: None,
            value: None,
        };
        let mut secrets = Secrets::default();
        secrets.read(said, 0, None, Code::None, &[&fact], names_and_secrets(said));
        assert!(secrets.told_by(&fact), "{said}: {:?}", secrets.said);
    }
    // Its neighbours: a word like the typos is none, a maiden name told stays the
    // customer's own.
    assert!(read("How can I help?", "my pasta is cold, Seahorse Cafe").is_empty());
    let smith = Fact {
        kind: FactKind::Name,
        text: "Smith".to_owned(),
        turn: 1,
        key: None,
        value: None,
    };
    let mut secrets = Secrets::default();
    let said = "My maiden name is Smith. I got married";
    secrets.read(
        said,
        0,
        None,
        Code::None,
        &[&smith],
        names_and_secrets(said),
    );
    assert!(!secrets.told_by(&smith), "{:?}", secrets.said);
}

/// Regression: "ABC 123" in reply to "What is the code we sent you?" gave "123" only,
/// "ABC [secret]" shown under `--redact`. The run is one code; a label's or a name's
/// number is none.
#[test]
fn a_code_of_letters_and_digits_typed_apart_is_one() {
    let asked = "What is the code we sent you?";
    for (reply, code) in [
        ("ABC 123", "ABC 123"),
        ("abc 123 I want a human", "abc 123"),
        ("it's XKQ-4821", "XKQ-4821"),
    ] {
        let secrets = read(asked, reply);
        assert!(secrets.iter().any(|s| s == code), "{reply}: {secrets:?}");
    }
    for (reply, secret) in [("John 4821", "4821"), ("apt 12 34, I want a human", "")] {
        let secrets = read(asked, reply);
        assert!(
            !secrets.iter().any(|s| s.contains(char::is_alphabetic)),
            "{reply}: {secrets:?}"
        );
        assert!(
            secret.is_empty() || secrets.iter().any(|s| s == secret),
            "{reply}: {secrets:?}"
        );
    }
    assert!(asks_for_secret(asked).is_none());
}

/// Regression (STAR star-3061, star-1772 under `--redact`): "Oh just try [secret]" gave
/// the answer "just try [secret]", and a name owning the word after it in a longer reply
/// ("Emperor Caligula's court") was one. Words that open an answer are none of it; such
/// a name is none; the other names of a longer reply are the answers still.
#[test]
fn words_that_open_an_answer_and_a_name_that_owns_the_next_are_none() {
    let security = "It's a security question. Without it I cannot access your account.";
    for (reply, secret) in [
        ("Oh just try [secret]. Does it work?", "[secret]"),
        ("oh just try molly", "molly"),
        ("maybe Rex", "Rex"),
    ] {
        assert_eq!(read(security, reply), [secret], "{reply}");
    }
    let maiden = "What was your mother's maiden name?";
    assert!(
        read(
            maiden,
            "My mother used to be a royal woman in Emperor Caligula's court. Could that be it?"
        )
        .is_empty()
    );
    assert_eq!(
        read(maiden, "I think it was Kowalski before she married"),
        ["Kowalski"]
    );
    assert_eq!(read(maiden, "It was Smith's"), ["Smith's"]);
}

/// Regression: "Buddy I want a human" after "What is your pet's name?" showed "Buddy"
/// in the goal and the last thing said (and under `--redact` in the transcript): a
/// word typed before the reply goes on was an answer only when no common English word,
/// and pets are named with such words. After a pet's name asked, one capitalised word
/// is the answer; a greeting, a filler, a courtesy, a chat word or a service's name is
/// none, nor is a word in lower case ("buddy I want a human" may be the topic, as
/// "billing can you help" is). A maiden name's reply keeps its rule; a password's takes
/// a word the customer chose typed first (`run_on.rs`).
#[test]
fn a_pets_name_that_is_an_english_word_typed_before_the_reply_goes_on_is_one() {
    for asked in [
        "What is your pet's name?",
        "What was the name of your first pet?",
    ] {
        for name in [
            "Buddy", "Lucky", "Shadow", "Pepper", "Sunny", "Rocky", "Ginger", "Smokey", "Tiger",
            "Muffin", "Peanut", "Biscuit",
        ] {
            let reply = format!("{name} I want a human");
            assert_eq!(read(asked, &reply), [name], "{asked} {reply}");
        }
        assert_eq!(read(asked, "ok Buddy can you get me an agent"), ["Buddy"]);
        for word in [
            "Hello",
            "Hi",
            "Hey",
            "Please",
            "Sorry",
            "Ok",
            "Okay",
            "Yes",
            "No",
            "Well",
            "Um",
            "Thanks",
            "Help",
            "Agent",
            "Human",
            "Operator",
            "Urgent",
            "Wait",
            "Spotify",
            "Billing",
            "Refund",
            "Locked",
            "Morning",
            "Maybe",
            "Honestly",
            "Anyway",
            "Since",
            "Yesterday",
            "buddy",
            "shadow",
        ] {
            for reply in [
                format!("{word} I want a human"),
                format!("{word} can you get me an agent"),
            ] {
                assert!(
                    read(asked, &reply).is_empty(),
                    "{asked} {reply}: {:?}",
                    read(asked, &reply)
                );
            }
        }
        // Two words before the reply goes on keep the rule: no common English.
        assert!(read(asked, "Lost card I want a human").is_empty());
    }
    assert!(read("What is your mother's maiden name?", "Buddy I want a human").is_empty());
    // A word the customer chose typed first is the answer, common English or not, since
    // the fifty-second session (`run_on.rs`: "Sunshine I want a human" showed it).
    for asked in [
        "What is your password?",
        "What is your secret word?",
        "What is your memorable answer?",
    ] {
        assert_eq!(read(asked, "Buddy I want a human"), ["Buddy"], "{asked}");
    }
}

/// Regression: "I want a human. It's Buddy" after "What is your pet's name?" showed
/// "Buddy" in the last thing said: a pet's name said in a later sentence kept the rule
/// of no common English, where one typed before the reply goes on no longer did. Not a
/// word that plainly says no answer, in lower case, after a maiden name's question, or of
/// two words (a password's "It's Buddy" is one: `chosen::a_chosen_word_said_later_is_one`).
#[test]
fn a_pets_name_that_is_an_english_word_said_in_a_later_sentence_is_one() {
    for reply in [
        "I want a human. It's Buddy",
        "I want a human. It is Shadow.",
    ] {
        let name = reply.trim_end_matches('.').rsplit(' ').next().unwrap();
        assert_first_secret("What is your pet's name?", reply, name);
    }
    for (asked, reply) in [
        ("What is your pet's name?", "I want a human. It's Urgent"),
        ("What is your pet's name?", "I want a human. It is Billing"),
        ("What is your pet's name?", "I want a human. It's buddy"),
        ("What is your pet's name?", "I want a human. It's Lost card"),
        (
            "What is your mother's maiden name?",
            "I want a human. It's Buddy",
        ),
    ] {
        assert!(
            read(asked, reply).is_empty(),
            "{asked} {reply}: {:?}",
            read(asked, reply)
        );
    }
}

/// Regression: "Agent please. It is Seahorse." after "What is your pet's name?" showed
/// "Seahorse" in the last thing said and, under `--redact`, in the transcript: a reply
/// whose first clause gives no answer was read as declining, whole, and its later
/// sentence never read. It is now, after a pet's name, a maiden name or a memorable
/// answer asked; a reply that says no answer there stays.
#[test]
fn an_answer_said_after_a_first_clause_that_gives_none_is_one() {
    for (asked, reply, answer) in [
        (
            "What is your pet's name?",
            "Agent please. It is Seahorse.",
            "Seahorse",
        ),
        ("What is your pet's name?", "Why? It's Buddy", "Buddy"),
        (
            "What is your mother's maiden name?",
            "Agent please. It's Okafor",
            "Okafor",
        ),
    ] {
        assert_first_secret(asked, reply, answer);
    }
    for reply in [
        "Agent please. It is urgent.",
        "Why? It is none of your business",
        "I don't remember. It's Spotify I think",
        "Agent please. It is John",
    ] {
        let asked = "What is your pet's name?";
        assert!(
            read(asked, reply).is_empty(),
            "{reply}: {:?}",
            read(asked, reply)
        );
    }
}

/// Regression: "Talk to agent" after "What is your pet's name?" was masked whole as the
/// answer (a short clause is the answer, all of it), and the human lost the request.
/// A clause that asks for a person is no answer, as "Agent please" was not; a pet's
/// name of common words still is.
#[test]
fn asking_for_a_person_is_no_answer_to_a_pets_name() {
    for asked in [
        "What is your pet's name?",
        "What is your mother's maiden name?",
    ] {
        for reply in [
            "Talk to agent",
            "Get me a human",
            "Speak with a person please",
            "Connect me to an agent",
            "I need a human",
        ] {
            assert!(
                read(asked, reply).is_empty(),
                "{asked} {reply}: {:?}",
                read(asked, reply)
            );
        }
        assert_first_secret(asked, "Fluffy", "Fluffy");
        assert_first_secret(asked, "Talkative", "Talkative");
    }
}
