//! Security answers read too widely (session 48's user-eyes review), each row with its
//! neighbours that must stay secrets: a word typed before the reply goes on only after a
//! password or a secret word, each password of a code's reply only in its leading run, a
//! grouped code only there, a chained password only where it ends its clause, fillers
//! before an answer passed over.

use super::super::super::super::names::names_and_secrets;
use super::super::super::asks_for_secret;
use super::super::announced::announced;
use super::{Code, Secrets, assert_first_secret, read};

/// Regression: item 1 of session 48 (the words before a clause start) ran after a PIN
/// and a texted code too: "Netflix can you help" after "What is your PIN?" lost the
/// goal. It runs after a password or a secret word only, and each word must be none
/// that is common English, a given name or a greeting.
#[test]
fn a_word_before_the_reply_goes_on_is_an_answer_only_to_a_password() {
    for (asked, reply) in [
        ("What is your PIN?", "Netflix can you help"),
        (
            "Please enter the code we texted you.",
            "Spotify wont load can you help",
        ),
        ("What is your mother's maiden name?", "Netflix can you help"),
        (
            "What was the name of your first pet?",
            "Spotify I want a human",
        ),
        ("What city were you born in?", "Netflix can you help"),
    ] {
        assert!(
            read(asked, reply).is_empty(),
            "{asked} {reply}: {:?}",
            read(asked, reply)
        );
    }
    for asked in ["What is your password?", "What is your secret word?"] {
        for reply in [
            "Ebay order please help",
            "Brian I want a human",
            "Hallo I want a human",
            "Bonjour I want a human",
            "Hola can you help",
            "Bruh I want a human",
            "Umm I want a human",
            "Gotcha I want a human",
            "Hiii I want a human",
            "Helloo I want a human",
        ] {
            assert!(
                read(asked, reply).is_empty(),
                "{asked} {reply}: {:?}",
                read(asked, reply)
            );
        }
        // The answers stay secrets.
        assert_eq!(
            read(asked, "Seahorse I want a human"),
            ["Seahorse"],
            "{asked}"
        );
    }
    // A secret word's reply gives the names of its clause besides ("Netflix"): the
    // password's gives none.
    let reply = "The Netflix app I want a human";
    assert!(read("What is your password?", reply).is_empty());
    // A PIN's own answer stays one.
    assert_eq!(read("What is your PIN?", "4821 I want a human"), ["4821"]);
}

/// Regression: item 2 of session 48 (each password-shaped word of a code's reply) masked
/// order numbers, usernames, devices and hyphenated words ("my order AB12 is late",
/// "I use Windows11", "a 5-star hotel"). Only the reply's leading run is read.
#[test]
fn only_the_leading_run_of_a_codes_reply_is_its_passwords() {
    let texted = "Please enter the code we texted you.";
    for (asked, reply) in [
        (texted, "I never got a code, my order AB12 is late"),
        (texted, "order A1B2 and A3B4 are late"),
        (texted, "My order AB12CD is late"),
        (
            "What is your password?",
            "I forgot it, my username is jsmith84, I want a human",
        ),
        ("What is your password?", "my gamertag is xXSniper99Xx"),
        (texted, "No code, I use Windows11 I want a human"),
        (texted, "No code, my iPhone15 on iOS17 gets nothing"),
        (texted, "No code yet, we booked a 5-star hotel"),
        (texted, "No code yet, call me 9am-5pm"),
        (texted, "No code yet, I had COVID-19 last week"),
        (texted, "5-star hotel booking, I want a human"),
        (texted, "We had a 2-hour meeting"),
    ] {
        assert!(
            read(asked, reply).is_empty(),
            "{reply}: {:?}",
            read(asked, reply)
        );
    }
    let password = "What is your password?";
    for (reply, secrets) in [
        (
            "Seahorse42 Seahorse43 neither works",
            &["Seahorse42", "Seahorse43"][..],
        ),
        (
            "Seahorse42, Seahorse43 or Seahorse44?",
            &["Seahorse42", "Seahorse43", "Seahorse44"],
        ),
        (
            "Seahorse42 / Seahorse43 neither works",
            &["Seahorse42", "Seahorse43"],
        ),
        (
            "ok Seahorse42 and Seahorse43 fail",
            &["Seahorse42", "Seahorse43"],
        ),
        ("Seahorse42. My order AB12CD is late", &["Seahorse42"]),
    ] {
        assert_eq!(read(password, reply), secrets, "{reply}");
    }
}

/// Regression: item 3 of session 48 (a code in groups) masked a postcode, an address
/// and a plate ("No code. My postcode is SW1A 1AA", "plate AB12 CDE was towed"). A
/// grouped code is the reply's leading run, or all of it.
#[test]
fn a_grouped_code_is_only_the_replys_leading_run() {
    let texted = "Please enter the code we texted you.";
    for reply in [
        "No code. My postcode is SW1A 1AA, I want a human",
        "No code, I am at M4 5XY I want a human",
        "No code, plate AB12 CDE was towed",
    ] {
        assert!(
            read(texted, reply).is_empty(),
            "{reply}: {:?}",
            read(texted, reply)
        );
    }
    for reply in ["A7K 9Q2", "A7K 9Q2 is what I got", "it's A7K 9Q2"] {
        assert_eq!(read(texted, reply), ["A7K 9Q2"], "{reply}");
    }
}

/// Regression: item 4 of session 48 (a password chained after one announced) masked a
/// word that goes on ("Paris2024 and iOS17 keeps rejecting it", ", BA2490 booking still
/// locked"), and tried "and" before "and then", missing ", then changed it to", ";",
/// "/". The chained token ends its clause; the longer joiner is tried first.
#[test]
fn a_chained_password_ends_its_clause() {
    for text in [
        "I changed my password to Paris2024 and iOS17 keeps rejecting it",
        "I changed my password to Paris2024, BA2490 booking still locked",
        "I changed my password to Paris2024 and Win11 logs me out",
    ] {
        assert_eq!(announced(text).collect::<Vec<_>>(), ["Paris2024"], "{text}");
    }
    for text in [
        "I updated my password to Paris2024 or maybe Paris2025 I want a human",
        "I updated my password to Paris2024 and then Paris2025 I want a human",
        "I updated my password to Paris2024, then changed it to Paris2025 I want a human",
        "I updated my password to Paris2024, then to Paris2025",
        "I updated my password to Paris2024; Paris2025 I want a human",
        "I updated my password to Paris2024 / Paris2025",
        "I updated my password to Paris2024, then Paris2025",
    ] {
        assert_eq!(
            announced(text).collect::<Vec<_>>(),
            ["Paris2024", "Paris2025"],
            "{text}"
        );
    }
}

/// Regression: fillers before an answer hid it: "ok Seahorse I want a human", "sure
/// Fluffy I want a human" ("sure" read as "not sure"), "ok it's Fluffy. I want a human"
/// showed the answer and made it a fact. They are passed over; a "yes" before a clause
/// still says no answer.
#[test]
fn fillers_before_an_answer_are_passed_over() {
    for (asked, reply, secret) in [
        (
            "What is your password?",
            "ok Seahorse I want a human",
            "Seahorse",
        ),
        (
            "What is your password?",
            "its Seahorse i want a human",
            "Seahorse",
        ),
        ("What is your password?", "yeah its bluebird", "bluebird"),
        (
            "What is your secret word?",
            "okay it's Seahorse I want a human",
            "Seahorse",
        ),
        (
            "What is your memorable answer?",
            "ok it's Fluffy. I want a human",
            "Fluffy",
        ),
    ] {
        assert_first_secret(asked, reply, secret);
    }
    let secrets = read("What is your pet name?", "sure Fluffy I want a human");
    assert!(secrets.iter().any(|s| s == "Fluffy"), "{secrets:?}");
    // "yes" before a clause: no answer, as before.
    assert!(
        read(
            "What city were you born in?",
            "yes I need to cancel my trip"
        )
        .is_empty()
    );
}

/// Regression: "Seahorse or Bluebird I want a human" masked the pair, but the fact
/// "Bluebird" stayed. Each word of an answer typed before the reply goes on is a
/// secret too, but its joiners.
#[test]
fn each_word_of_a_leading_answer_is_a_secret() {
    let secrets = read(
        "What is your password?",
        "Seahorse or Bluebird I want a human",
    );
    assert!(secrets.iter().any(|s| s == "Bluebird"), "{secrets:?}");
    assert!(secrets.iter().any(|s| s == "Seahorse"), "{secrets:?}");
    assert!(!secrets.iter().any(|s| s == "or"), "{secrets:?}");
    let mut said = Secrets::default();
    let reply = "Seahorse or Bluebird I want a human";
    said.read(
        reply,
        0,
        asks_for_secret("What is your secret word?"),
        Code::None,
        &[],
        names_and_secrets(reply),
    );
    assert!(
        said.said.iter().any(|(s, _)| s == "Bluebird"),
        "{:?}",
        said.said
    );
}

/// A security question or a memorable answer may be a maiden name or a city: the words
/// before the reply goes on are no answer to it, as to a memorable word they are.
#[test]
fn a_security_question_gives_no_word_before_the_reply_goes_on() {
    for asked in [
        "Please answer your security question.",
        "What is your memorable answer?",
    ] {
        assert!(read(asked, "Spotify I want a human").is_empty(), "{asked}");
    }
    assert_eq!(
        read("What is your memorable word?", "Seahorse I want a human"),
        ["Seahorse"]
    );
}
