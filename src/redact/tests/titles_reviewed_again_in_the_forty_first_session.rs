//! The defects a second review of the forty-first session's branch found: a Latin or
//! French phrase after a titled surname read as particles and a surname ("Dr. Smith de
//! facto said no"), the surname "Ready" shown where it opened a sentence before a
//! pronoun, particles the list lacked and a common word as the surname after particles
//! ("Mr. el Khatib", "Mr. le Pen"), titles in capitals or in lower case ("MRS. DE
//! SOUZA", "DOC BROWN", "frau schmidt"), a name glued to its title by a dash
//! ("Dr.—Patel"), "my doctor is Will Smith", "my nurse is Sarah", "St" for "Saint" in a
//! surname ("Mr. St John") and "Mr. Clean messaged me". Each beside a near miss.

use super::{masked_all, stays};
use crate::transcript::Role;

/// The customer's messages, masked.
fn customer(texts: &[&str]) -> Vec<String> {
    let rows: Vec<(Role, &str)> = texts.iter().map(|t| (Role::Customer, *t)).collect();
    masked_all(&rows)
}

/// "Dr. Smith de facto said no" gave "Dr. [name] [name] [name] said no", and "facto",
/// remembered, was masked in "the de facto standard".
#[test]
fn a_phrase_after_a_titled_surname_is_no_name() {
    for (text, expected) in [
        ("Dr. Smith de facto said no", "Dr. [name] de facto said no"),
        ("Mr. Smith de rigueur", "Mr. [name] de rigueur"),
        ("Dr. Okafor du jour", "Dr. [name] du jour"),
        ("Mr. Smith de novo", "Mr. [name] de novo"),
        ("Mr. Smith de facto runs it", "Mr. [name] de facto runs it"),
    ] {
        assert_eq!(customer(&[text]), [expected], "{text:?}");
    }
    assert_eq!(
        customer(&[
            "Mr. Smith de facto runs it.",
            "It is the de facto standard."
        ]),
        [
            "Mr. [name] de facto runs it.",
            "It is the de facto standard."
        ]
    );
    // Near misses: a surname with its particles, right after the title or after two.
    for (text, expected) in [
        ("Mr. de Souza called", "Mr. [name] [name] called"),
        ("mr. de souza called", "mr. [name] [name] called"),
        ("Mr. Jones van der Merwe", "Mr. [name] van der [name]"),
        ("ask Dr Jones de la cruz", "ask Dr [name] de la [name]"),
    ] {
        assert_eq!(customer(&[text]), [expected], "{text:?}");
    }
}

/// "Ready I think is lying" after "Mr. Ready" showed the surname: the word opened a
/// sentence before a pronoun, read as the word. Only an aside ("Well I tried") may be.
#[test]
fn a_surname_that_is_a_word_before_a_pronoun_stays_masked() {
    for later in [
        "Ready I think is lying.",
        "Ready we all agreed is rude.",
        "Ready he called me back",
        "READY she said.",
        "Ready she said.",
    ] {
        assert_eq!(
            customer(&["Mr. Ready called.", later]),
            [
                "Mr. [name] called.".to_string(),
                later.replacen(
                    if later.starts_with("READY") {
                        "READY"
                    } else {
                        "Ready"
                    },
                    "[name]",
                    1,
                )
            ],
            "{later:?}"
        );
    }
    // Near miss: the word in lower case is the word.
    assert_eq!(
        customer(&["Mr. Ready called.", "ready she said."]),
        ["Mr. [name] called.", "ready she said."]
    );
}

/// Particles the list lacked ("el", "zu", "ben", "ap", "abd", "d'", "van't", "op den")
/// and a common word after particles ("Mr. le Pen") were shown.
#[test]
fn more_particles_and_a_common_word_after_them() {
    for (text, expected) in [
        ("Mr. el Khatib called", "Mr. [name] [name] called"),
        ("Mr. dela Cruz called", "Mr. [name] [name] called"),
        ("Mr. zu Guttenberg called", "Mr. [name] [name] called"),
        ("Mr. ben Ali called", "Mr. [name] [name] called"),
        ("Mr. ap Rhys called", "Mr. [name] [name] called"),
        ("Mr. abd al-Rahman called", "Mr. [name] [name] called"),
        ("Mr. d'Souza called", "Mr. [name] called"),
        ("Mr. van't Hoff called", "Mr. [name] [name] called"),
        ("Mr. op den Kamp called", "Mr. [name] [name] [name] called"),
        ("Mr. van Dam called", "Mr. [name] [name] called"),
    ] {
        assert_eq!(customer(&[text]), [expected], "{text:?}");
    }
    assert_eq!(
        customer(&["Mr. le Pen called. Pen was rude"]),
        ["Mr. [name] [name] called. [name] was rude"]
    );
    // Near misses: the words themselves.
    stays(&[
        "I'd like d'you know what",
        "the van broke down",
        "we ate al fresco",
    ]);
}

/// Titles and names in capitals, and "frau" in lower case, were shown.
#[test]
fn titles_in_capitals_and_frau_in_lower_case() {
    for (text, expected) in [
        (
            "MR. VAN DER MERWE called",
            "MR. [name] [name] [name] called",
        ),
        ("MRS. DE SOUZA called", "MRS. [name] [name] called"),
        ("MLLE DUPONT called", "MLLE [name] called"),
        ("DOC BROWN called", "DOC [name] called"),
        ("frau schmidt called", "frau [name] called"),
    ] {
        assert_eq!(customer(&[text]), [expected], "{text:?}");
    }
    // Near misses: a document, a phrase in capitals.
    stays(&[
        "DOC ID 1234 is missing",
        "IT IS DE FACTO POLICY",
        "the Doc Viewer crashed",
    ]);
}

/// A name glued to its title by a dash was shown ("Dr.—Patel").
#[test]
fn a_name_after_a_title_and_a_dash() {
    for (text, expected) in [
        ("Ask Dr.—Patel please", "Ask Dr.—[name] please"),
        ("Ask Dr.--Patel please", "Ask Dr.--[name] please"),
        (
            "I spoke to Mr.—Jones—yesterday",
            "I spoke to Mr.—[name]—yesterday",
        ),
        ("I spoke to Mrs.–Smith too", "I spoke to Mrs.–[name] too"),
    ] {
        assert_eq!(customer(&[text]), [expected], "{text:?}");
    }
    // Near miss: a dash after a title's word with no name after it.
    stays(&["see the Dr.— and so on", "Mr.--"]);
}

/// "My doctor is Will Smith" and "My nurse is Sarah" were shown; "my doctor is
/// Christian Smith" stays masked, a faith before a surname.
#[test]
fn my_doctor_is_will_smith_and_my_nurse_is_sarah() {
    for (text, expected) in [
        ("My doctor is Will Smith", "My doctor is [name] [name]"),
        ("My nurse is Sarah", "My nurse is [name]"),
        ("My nurse is Will", "My nurse is [name]"),
        ("My doctor is Christian Smith", "My doctor is [name] [name]"),
    ] {
        assert_eq!(customer(&[text]), [expected], "{text:?}");
    }
    // Near misses: what the doctor is, a modal before a verb.
    stays(&[
        "My doctor is Punjabi",
        "My lawyer is Tamil",
        "My doctor is Christian",
        "my doctor is May be late",
        "My nurse is busy",
        // The README's.
        "my friend is Canadian",
        "my doctor is French",
        "my doctor is Covid positive",
        "my doctor is Kaiser",
        "my doctor is Pfizer trained",
    ]);
}

/// "Mr. St John", "Ms. St. Clair", "Dr. St Pierre" were shown, "Okafor" of "Dr. Okafor
/// St" ending the text, and "Mr. Clean" when he "messaged" or "e-mailed".
#[test]
fn saint_in_a_surname_and_a_brand_that_messaged() {
    for (text, expected) in [
        ("Mr. St John called", "Mr. [name] [name] called"),
        ("Ms. St. Clair called", "Ms. [name]. [name] called"),
        ("Dr. St Pierre called", "Dr. [name] [name] called"),
        ("Dr. Okafor St", "Dr. [name] St"),
        ("Mr. Clean messaged me", "Mr. [name] messaged me"),
        ("Mr. Clean e-mailed me", "Mr. [name] e-mailed me"),
    ] {
        assert_eq!(customer(&[text]), [expected], "{text:?}");
    }
    // Near misses: a street after a name, a saint's city, the brand's goods.
    assert_eq!(
        customer(&["Sir Francis Drake Blvd is closed", "I live in St. Louis"]),
        ["Sir Francis Drake Blvd is closed", "I live in St. Louis"]
    );
    stays(&["I bought Mr. Clean spray"]);
}
