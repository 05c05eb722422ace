//! Known gaps of `--redact` found after the privacy review, each masked, or kept when it
//! is no personal data, in whole conversations as `--redact` reads them.

use super::*;
use crate::transcript::{Conversation, Message, Metadata, Role};

const ASK: &str = "Could I get your name, please?";

fn conversation(rows: &[(Role, &str)]) -> Conversation {
    Conversation {
        id: "c1".into(),
        messages: rows
            .iter()
            .map(|&(role, text)| Message {
                role,
                text: text.into(),
                time: String::new(),
                timestamp: None,
                line: 2,
            })
            .collect(),
        metadata: Metadata::default(),
        file: std::sync::Arc::default(),
    }
}

/// Each message of the conversation `rows`, masked as `--redact` masks it.
fn masked_all(rows: &[(Role, &str)]) -> Vec<String> {
    let c = conversation(rows);
    let names = Names::of_conversation(&c);
    c.messages
        .iter()
        .map(|m| masked(&m.text, &names).into_owned())
        .collect()
}

/// The last message of `rows`, masked.
#[track_caller]
fn last_masked(rows: &[(Role, &str)]) -> String {
    masked_all(rows).pop().unwrap_or_default()
}

/// Known gap: a name given in reply then a number ("Katarina Miller 351531510 is my
/// account") was shown: the number ended the search for a name.
#[test]
fn a_name_in_reply_before_a_number_is_masked() {
    for (reply, expected) in [
        (
            "Katarina Miller 351531510 is my account",
            "[name] [name] 351531510 is my account",
        ),
        ("Tyler Jones 4821", "[name] [name] 4821"),
        ("susan 0612345678", "[name] [phone]"),
    ] {
        assert_eq!(
            last_masked(&[(Role::Bot, ASK), (Role::Customer, reply)]),
            expected,
            "{reply:?}"
        );
    }
    // A number after a word that is no name stays as it was.
    for reply in [
        "Order 12345",
        "Flight 114 please",
        "room 12",
        "Premium 2 plan",
    ] {
        assert_eq!(
            last_masked(&[(Role::Bot, ASK), (Role::Customer, reply)]),
            reply
        );
    }
}

/// Known gap: "It's me, Alexis" and a name spelt out ("Mark with an M", "It's Mark,
/// with a k") were shown.
#[test]
fn a_name_after_its_me_or_before_its_spelling_is_masked() {
    for (said, expected) in [
        ("It's me, Alexis", "It's me, [name]"),
        (
            "Hi, it's me, Alexis. I called before",
            "Hi, it's me, [name]. I called before",
        ),
        ("it's me Alexis again", "it's me [name] again"),
    ] {
        assert_eq!(last_masked(&[(Role::Customer, said)]), expected, "{said:?}");
    }
    for (reply, expected) in [
        ("Mark with an M", "[name] with an M"),
        ("It's Mark, with a k", "It's [name], with a k"),
        ("Katarina with a K", "[name] with a K"),
        ("Jon without an h", "[name] without an h"),
        ("Tyler Jones, with a y", "[name] [name], with a y"),
    ] {
        assert_eq!(
            last_masked(&[(Role::Bot, ASK), (Role::Customer, reply)]),
            expected,
            "{reply:?}"
        );
    }
    // Not names: "it's me" before a word that is none, a thing "with a" something.
    for said in ["It's me, again", "it's me, sorry", "It's me."] {
        assert_eq!(last_masked(&[(Role::Customer, said)]), said);
    }
    assert_eq!(
        last_masked(&[(Role::Bot, ASK), (Role::Customer, "Coffee with a biscuit")]),
        "Coffee with a biscuit"
    );
}
