//! What the fortieth session's review found its fixes doing: a surname that is no word
//! shown before a street word ("Okafor Street" after "Mr. Okafor"), "my doctor is X"
//! taking a nationality, a drug or a company for a name and masking it through the chat,
//! "Doc" taking a product's noun ("the Doc Viewer"); and "--", "who is" and "is
//! called" after a name (found before too). Each beside a near miss.

use super::{masked_all, stays};
use crate::transcript::Role;

/// The customer's messages, masked.
fn customer(texts: &[&str]) -> Vec<String> {
    let rows: Vec<(Role, &str)> = texts.iter().map(|t| (Role::Customer, *t)).collect();
    masked_all(&rows)
}

/// A surname from a title that is no common word was shown before any street word.
#[test]
fn a_surname_that_is_no_word_before_a_street_word() {
    assert_eq!(
        masked_all(&[
            (Role::Bot, "Hello Mr. Okafor, how can I help?"),
            (Role::Customer, "I told Okafor Street parking is gone"),
            (Role::Customer, "okafor street, OKAFOR STREET, Okafor St."),
        ]),
        [
            "Hello Mr. [name], how can I help?",
            "I told [name] Street parking is gone",
            "[name] street, [name] STREET, [name] St.",
        ]
    );
    assert_eq!(
        masked_all(&[
            (Role::Bot, "Is this Mr. Kwame Okafor?"),
            (Role::Customer, "Kwame Road and Okafor Avenue"),
        ]),
        [
            "Is this Mr. [name] [name]?",
            "[name] Road and [name] Avenue"
        ]
    );
    // Near miss: a name that is a common word names the street.
    assert_eq!(
        masked_all(&[
            (Role::Bot, "Mr. Baker will call you back"),
            (Role::Customer, "I live on baker street"),
        ]),
        ["Mr. [name] will call you back", "I live on baker street"]
    );
}

/// "my doctor is X" took a nationality, a belief, a drug, a company or a state for a
/// name, and masked the word through the chat.
#[test]
fn my_doctor_is_takes_a_name_only() {
    stays(&[
        "my doctor is French",
        "I speak French",
        "my doctor is Covid positive",
        "a Covid test? covid rules",
        "my doctor is Jewish",
        "my doctor is Nigerian",
        "my doctor is Kaiser",
        "my doctor is Pfizer trained",
        "my doctor is Ozempic",
        "my doctor is Great",
    ]);
    // A name that is a common word is masked where it reads as the name only.
    assert_eq!(
        customer(&[
            "my doctor is Smith",
            "the smith at the forge",
            "Smith said so"
        ]),
        [
            "my doctor is [name]",
            "the smith at the forge",
            "[name] said so"
        ]
    );
    // Near miss: a name that is no word, later in lower case too.
    assert_eq!(
        customer(&["my doctor is Okafor", "okafor was kind"]),
        ["my doctor is [name]", "[name] was kind"]
    );
}

/// "Doc" took a product's noun for a name ("the Doc Viewer") and masked it through the
/// chat; "mister" in lower case took a common word ("mister donut").
#[test]
fn doc_and_mister_before_a_common_word() {
    stays(&[
        "open the Doc Viewer please",
        "the Viewer crashed, Viewer mode is broken",
        "use the Google Doc Template",
        "it is in the Shared Doc Folder",
        "I bought a mister donut",
        "mister sandman played",
    ]);
    // Near miss: a name after "Doc", after a product word too.
    assert_eq!(
        customer(&["I saw Doc Johnson", "Johnson was kind"]),
        ["I saw Doc [name]", "[name] was kind"]
    );
}

/// "Mr. Clean -- my landlord --", "Mr. Clean, who is my landlord," and "my doctor is
/// called Okafor" were shown (an em dash with no spaces, "Mr. Clean—my landlord—", is
/// still).
#[test]
fn long_dashes_who_is_and_is_called() {
    for text in [
        "Mr. Clean -- my landlord -- never fixed it",
        "Mr. Clean, who is my landlord, never fixed it",
    ] {
        assert_eq!(
            customer(&[text, "Clean said no"]),
            [text.replace("Clean", "[name]").as_str(), "[name] said no"],
            "{text:?}"
        );
    }
    assert_eq!(
        customer(&["my doctor is called Okafor", "okafor said so"]),
        ["my doctor is called [name]", "[name] said so"]
    );
    // Near misses: the brand between long dashes, a doctor who phoned.
    stays(&[
        "Mr. Clean\u{2014}the best cleaner\u{2014}is on sale",
        "my doctor called Okafor pharmacy",
    ]);
}
