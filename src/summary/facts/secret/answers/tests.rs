//! Security answers: a reply and the question before it → the secrets read, masked
//! as written, held by facts.

use super::super::super::names::names_and_secrets;
use super::super::{asks_for_code, asks_for_password, asks_for_secret};
use super::{Code, Fact, FactKind, Secrets};

mod chosen;
mod no_answer;
mod over_reach;
mod run_on;
mod still_shown;

fn secrets_of(asked: &str, reply: &str, code: bool) -> Vec<String> {
    let mut secrets = Secrets::default();
    let found = names_and_secrets(reply);
    // A code asked is a password's where the question names one.
    let code = match code {
        true if asks_for_password(asked) => Code::Password,
        code => Code::from(code),
    };
    secrets.read(reply, 0, asks_for_secret(asked), code, &[], found);
    secrets.said.into_iter().map(|(s, _)| s).collect()
}

/// The secrets of `reply` to the bot's `asked`, read as the summary reads it: a code's
/// question a password's where it names one.
fn read(asked: &str, reply: &str) -> Vec<String> {
    secrets_of(asked, reply, asks_for_code(asked))
}

/// That the first secret read in `reply` to `asked` is `secret`.
#[track_caller]
fn assert_first_secret(asked: &str, reply: &str, secret: &str) {
    let secrets = read(asked, reply);
    assert_eq!(
        secrets.first().map(String::as_str),
        Some(secret),
        "{reply}: {secrets:?}"
    );
}

#[test]
fn a_short_reply_to_a_security_question_is_a_secret_all_of_it() {
    for (asked, reply, secret) in [
        ("What is your mother's maiden name?", "Smith", "Smith"),
        ("What was the name of your first pet?", "rex.", "rex"),
        ("What city were you born in?", "Boston", "Boston"),
        ("What is your memorable word?", "pineapple", "pineapple"),
        (
            "What was the name of your first school?",
            "St Mary's",
            "St Mary's",
        ),
    ] {
        assert_eq!(secrets_of(asked, reply, false), [secret], "{asked} {reply}");
    }
}

#[test]
fn a_longer_reply_gives_its_names_and_no_answer_gives_none() {
    assert_eq!(
        secrets_of(
            "What city were you born in?",
            "I was born in Boston but grew up elsewhere",
            false
        ),
        ["Boston"]
    );
    for reply in ["I don't know", "not sure", "Why do you need that?", ""] {
        assert!(
            secrets_of("What was your mother's maiden name?", reply, false).is_empty(),
            "{reply}"
        );
    }
    // A question that asks no secret makes no reply one.
    assert!(secrets_of("What time suits you?", "Boston", false).is_empty());
}

#[test]
fn a_code_asked_for_or_a_secret_offered_unasked_is_one() {
    assert_eq!(secrets_of("And your PIN please.", "5380", true), ["5380"]);
    assert_eq!(
        secrets_of("Please give me your PIN.", "sure it is 4821 thanks", true),
        ["4821"]
    );
    assert_eq!(secrets_of("Your password?", "hunter2", true), ["hunter2"]);
    // Filler is no code: nothing to mask later ("Lost it", "one sec").
    for reply in ["Lost it", "one sec", "hold on", "Nope, nothing", "Wait"] {
        assert!(
            secrets_of("Please enter your PIN.", reply, true).is_empty(),
            "{reply}"
        );
    }
    assert_eq!(
        secrets_of(
            "Could I get your full name, please?",
            "Brian White, my PIN is 1596 but I forgot my account number, my security question is Molly",
            false
        ),
        ["1596", "Molly"]
    );
    assert_eq!(
        secrets_of(
            "How can I help?",
            "My mpother's last name is Cooper, does that help.",
            false
        ),
        ["Cooper"]
    );
}

#[test]
fn secrets_are_masked_as_whole_words_and_held_by_facts() {
    let mut secrets = Secrets::default();
    let asked = asks_for_secret("What was your first pet's name?");
    secrets.read("Nemo", 0, asked, false, &[], names_and_secrets("Nemo"));
    // As written only: "nemo" in another case is a word (a pet "Max", "max 200").
    assert_eq!(
        secrets.masked("We fed Nemo daily; Nemoland is a park, nemo.", &[]),
        "We fed [secret] daily; Nemoland is a park, nemo."
    );
    // Never a word of the customer's own name.
    assert_eq!(
        secrets.masked("This is Anna Nemo, Nemo's owner", &["Anna Nemo"]),
        "This is Anna Nemo, [secret]'s owner"
    );
    let fact = |kind, text: &str| Fact {
        kind,
        text: text.to_owned(),
        turn: 1,
        key: None,
        value: None,
    };
    assert!(secrets.told_by(&fact(FactKind::Name, "Nemo")));
    assert!(!secrets.told_by(&fact(FactKind::Name, "NEMO")));
    assert!(secrets.told_by(&fact(FactKind::Reference, "order Nemo-12")));
    assert!(!secrets.told_by(&fact(FactKind::Name, "Captain Nemo")));
    assert!(!secrets.told_by(&fact(FactKind::Reference, "order Nemoland12")));
    assert!(!Secrets::default().told_by(&fact(FactKind::Name, "Nemo")));
}

/// The names of the answer's clause are the secrets (STAR star-3061, star-3525);
/// a number a fact holds is no code (STAR star-5729's account number).
#[test]
fn the_answer_s_names_are_secrets_and_a_fact_s_number_no_code() {
    assert_eq!(
        secrets_of(
            "It's a security question. Without it I cannot access your account.",
            "Oh just try Molly. Does it work?",
            false
        ),
        ["Molly"]
    );
    assert_eq!(
        secrets_of(
            "What was your mother's maiden name?",
            "I don't know. We had a pet fish. That's right Nemo.",
            false
        ),
        Vec::<String>::new()
    );
    let account = Fact {
        kind: FactKind::Reference,
        text: "account 84318931431".to_owned(),
        turn: 1,
        key: None,
        value: None,
    };
    let mut secrets = Secrets::default();
    let reply = "bank account: 84318931431, with PIN 9503";
    secrets.read(reply, 0, None, true, &[&account], names_and_secrets(reply));
    assert_eq!(secrets.said, [("9503".to_owned(), 0)]);
}

/// The customer's own name, asked beside the secret and kept as a fact, is none.
#[test]
fn the_customer_s_own_name_is_no_secret() {
    let asked = asks_for_secret("Your full name and your mother's maiden name, please.");
    let mut secrets = Secrets::default();
    let own = Fact {
        kind: FactKind::Name,
        text: "John Smith".to_owned(),
        turn: 1,
        key: None,
        value: None,
    };
    let reply = "John Smith, Miller";
    secrets.read(reply, 0, asked, false, &[&own], names_and_secrets(reply));
    assert_eq!(secrets.said, [("Miller".to_owned(), 0)]);
}

/// Digits typed apart in reply to the question for a code are one code, as typed;
/// two digits, or a fact's number typed so, are none.
#[test]
fn digits_typed_apart_are_one_code() {
    for (reply, code) in [
        ("4 8 2 1", "4 8 2 1"),
        ("it's 4 8 2 1", "4 8 2 1"),
        ("48 21", "48 21"),
        ("4-8-2-1 thanks", "4-8-2-1"),
    ] {
        assert_eq!(
            secrets_of("Please enter your PIN", reply, true),
            [code],
            "{reply}"
        );
    }
    assert!(secrets_of("Please enter your PIN", "2 or 3 minutes", true).is_empty());
    assert!(secrets_of("Please enter your PIN", "4 8", true).is_empty());
    assert!(secrets_of("Which seats?", "4 8 2 1", false).is_empty());
}

/// A secret said apart from a fact of the same value is one, and tells that fact; a
/// fact's own number, once in the message, stays the fact's.
#[test]
fn a_secret_equal_to_a_fact_s_value_beside_it_is_one() {
    let id = Fact {
        kind: FactKind::Reference,
        text: "ID 4821".to_owned(),
        turn: 1,
        key: None,
        value: None,
    };
    let mut secrets = Secrets::default();
    let said = "my ID 4821 and PIN 4821";
    secrets.read(said, 0, None, false, &[&id], names_and_secrets(said));
    assert_eq!(secrets.said, [("4821".to_owned(), 0)]);
    assert!(secrets.told_by(&id));
    // Redaction reads the account's number as a secret after "my pin but": given once,
    // it is the fact's.
    let account = Fact {
        text: "account 85731890".to_owned(),
        ..id
    };
    let mut secrets = Secrets::default();
    let said = "I do not remember my pin but my account 85731890 is locked";
    secrets.read(said, 0, None, false, &[&account], names_and_secrets(said));
    assert!(!secrets.told_by(&account), "{:?}", secrets.said);
}

/// A password redaction finds that a fact holds whole ("Lighthouse99") tells the fact;
/// a name of letters the customer gave stays a fact.
#[test]
fn a_fact_that_is_a_password_tells_it() {
    let fact = Fact {
        kind: FactKind::Name,
        text: "Lighthouse99".to_owned(),
        turn: 1,
        key: None,
        value: None,
    };
    let mut secrets = Secrets::default();
    let said = "my password is Lighthouse99. I want a human";
    secrets.read(said, 0, None, false, &[&fact], names_and_secrets(said));
    assert!(secrets.told_by(&fact), "{:?}", secrets.said);
    let smith = Fact {
        text: "Smith".to_owned(),
        ..fact
    };
    let mut secrets = Secrets::default();
    let said = "My maiden name is Smith. I got married";
    secrets.read(said, 0, None, false, &[&smith], names_and_secrets(said));
    assert!(!secrets.told_by(&smith), "{:?}", secrets.said);
}

/// Regression (`--redact`, where the summary reads masked text): an answer that is a
/// mask ("It's [name]") said again turned every later `[name]` into `[secret]`. A
/// mask given as an answer is never one said again.
#[test]
fn a_mask_given_as_an_answer_is_no_secret_said_again() {
    let mut secrets = Secrets::default();
    let asked = asks_for_secret("What is your mother's maiden name?");
    let reply = "It's [name], but my husband [name] opened it";
    secrets.read(reply, 0, asked, false, &[], names_and_secrets(reply));
    // Given, and masked in its reply, but not said again.
    assert!(!secrets.said.is_empty());
    assert!(
        secrets.given_before(1).next().is_none(),
        "{:?}",
        secrets.said
    );
    let mut secrets = Secrets::default();
    secrets.read(
        "Snowball",
        0,
        asked,
        false,
        &[],
        names_and_secrets("Snowball"),
    );
    assert_eq!(secrets.given_before(1).collect::<Vec<_>>(), ["Snowball"]);
}

/// Regression: a password or a secret word typed before the reply goes on without a mark
/// ("Seahorse I want a human") was no secret. The words before a clause start are the
/// answer when one is no common English word; a reply that starts with a request or
/// says no answer gives none.
#[test]
fn a_word_typed_before_the_reply_goes_on_is_the_answer() {
    for (asked, code) in [
        ("What is your password?", true),
        ("What is your secret word?", false),
    ] {
        for (reply, secret) in [
            ("Seahorse I want a human", "Seahorse"),
            ("seahorse can you get me an agent", "seahorse"),
            (
                "Bluebird Seahorse please get me an agent",
                "Bluebird Seahorse",
            ),
        ] {
            let secrets = secrets_of(asked, reply, code);
            assert_eq!(
                secrets.first().map(String::as_str),
                Some(secret),
                "{asked} {reply}"
            );
        }
        for reply in [
            "I want a human",
            "Hello there I want a human",
            "Agent I want a human",
            "Sorry I forgot it",
            "Hmm I need to check",
        ] {
            assert!(secrets_of(asked, reply, code).is_empty(), "{asked} {reply}");
        }
    }
    // A common English word is none of it (session 48's review): "Blue Seahorse" is no
    // password typed before the reply goes on.
    assert!(
        secrets_of(
            "What is your password?",
            "Blue Seahorse please get me an agent",
            true
        )
        .is_empty()
    );
    // Not the words of a fact: the customer's name asked beside the PIN (STAR star-1069).
    let own = Fact {
        kind: FactKind::Name,
        text: "Brian White".to_owned(),
        turn: 1,
        key: None,
        value: None,
    };
    let mut secrets = Secrets::default();
    let reply = "Brian White and my account number is 85731890. Sorry I can't remember my PIN.";
    secrets.read(reply, 0, None, true, &[&own], names_and_secrets(reply));
    assert!(
        !secrets.said.iter().any(|(s, _)| s.contains("Brian")),
        "{:?}",
        secrets.said
    );
    // Not after a question for the city born in: "Boston I think" is the names' to
    // find. (After a maiden name's it is now the answer: `over_reach.rs`'s
    // `a_word_before_the_reply_goes_on_answers_a_pet_or_a_maiden_name`.)
    assert!(
        secrets_of(
            "What city were you born in?",
            "Seahorse I want a human",
            false
        )
        .is_empty()
    );
}

/// Regression: of a reply to a question for a password with two ("Seahorse42
/// Seahorse43 neither works"), the first was the secret and both a name fact. Each
/// password of the reply is one; a time or an ordinal is none.
#[test]
fn each_password_of_a_reply_is_a_secret() {
    assert_eq!(
        secrets_of(
            "What is your password?",
            "Seahorse42 Seahorse43 neither works",
            true
        ),
        ["Seahorse42", "Seahorse43"]
    );
    let name = Fact {
        kind: FactKind::Name,
        text: "Seahorse42 Seahorse43".to_owned(),
        turn: 1,
        key: None,
        value: None,
    };
    let mut secrets = Secrets::default();
    let reply = "Seahorse42 Seahorse43 neither works";
    secrets.read(reply, 0, None, true, &[&name], names_and_secrets(reply));
    assert!(secrets.told_by(&name));
    // A name that only shares a word with no password stays.
    let other = Fact {
        text: "Seahorse Cafe".to_owned(),
        ..name
    };
    assert!(!secrets.told_by(&other));
    assert!(secrets_of("What is your password?", "I can come at 10am or 3pm", true).is_empty());
}

/// Regression: a code typed in groups of letters and digits ("A7K 9Q2") gave its first
/// group only, the second shown. The run is one code; digits alone are typed apart as
/// before, and times are none.
#[test]
fn a_code_typed_in_groups_of_letters_and_digits_is_one() {
    let asked = "Please enter the code we texted you.";
    for (reply, secret) in [
        ("A7K 9Q2", "A7K 9Q2"),
        ("A7K-9Q2 is what I got", "A7K-9Q2"),
        ("it's 55 21 90", "55 21 90"),
    ] {
        assert_eq!(secrets_of(asked, reply, true), [secret], "{reply}");
    }
    assert!(secrets_of(asked, "I can come at 3pm 4pm", true).is_empty());
}
