//! The leaks the forty-first session's review found after a title and a word for
//! someone: surname particles before a surname in lower case or glued by a hyphen ("mr.
//! de souza", "Mr. van der merwe", "Mr. bin Salman", "Dr. al-Farsi"), "St" for "Saint"
//! after a surname ("Dr. Okafor St Thomas hospital"), a brand's name said to be someone
//! between em dashes with no spaces, after "the" or before a verb of calling ("Mr.
//! Clean—my landlord—called", "Mr. Clean, the landlord, called"), the bot's "Is that Mr.
//! Clean?", the titles "Frau" and "Mlle", and "my doctor is Will". Each beside a near
//! miss.

use super::{masked_all, stays};
use crate::transcript::Role;

/// The customer's messages, masked.
fn customer(texts: &[&str]) -> Vec<String> {
    let rows: Vec<(Role, &str)> = texts.iter().map(|t| (Role::Customer, *t)).collect();
    masked_all(&rows)
}

/// A surname in lower case after particles was shown, the particles masked; "bin" was
/// taken for the surname and "Salman" shown; "al-Farsi" after "Dr." was shown whole.
#[test]
fn particles_before_a_surname_in_lower_case_or_glued() {
    for (text, expected) in [
        (
            "I spoke to mr. de souza yesterday",
            "I spoke to mr. [name] [name] yesterday",
        ),
        (
            "Mr. van der merwe called",
            "Mr. [name] [name] [name] called",
        ),
        (
            "Mr. van der Merwe called",
            "Mr. [name] [name] [name] called",
        ),
        ("Mr. bin Salman called", "Mr. [name] [name] called"),
        ("Dr. al-Farsi is kind", "Dr. [name] is kind"),
        ("ask Dr Jones de la cruz", "ask Dr [name] de la [name]"),
    ] {
        assert_eq!(customer(&[text]), [expected], "{text:?}");
    }
    // Later, the surname alone.
    assert_eq!(
        customer(&["Mr. bin Salman called", "Salman said no"]),
        ["Mr. [name] [name] called", "[name] said no"]
    );
    // Near misses: a particle before a common word is that word.
    assert_eq!(
        customer(&["Dr. Smith van is parked outside"]),
        ["Dr. [name] van is parked outside"]
    );
    stays(&["put it in the bin please", "al-Qaeda was in the news"]);
}

/// "Dr. Okafor St Thomas hospital": "St" before a capitalised word is "Saint", and the
/// surname before it no street's name.
#[test]
fn st_before_a_capitalised_word_is_saint() {
    assert_eq!(
        customer(&["Dr. Okafor St Thomas hospital", "okafor was kind"]),
        ["Dr. [name] St Thomas hospital", "[name] was kind"]
    );
    // Near miss: a street after a name that is a street's.
    stays(&[
        "Sir Francis Drake Blvd is closed",
        "on Main St. near the park",
    ]);
}

/// A brand's name said to be someone: between em dashes with no spaces, after a comma and
/// "the", and asked for by the bot ("Is that Mr. Clean?") before the customer says it.
#[test]
fn a_brand_said_to_be_someone_in_more_ways() {
    for text in [
        "Mr. Clean\u{2014}my landlord\u{2014}called",
        "Mr. Clean, the landlord, called",
        "Mr. Clean, the landlord, phoned me",
    ] {
        assert_eq!(
            customer(&[text, "Clean said no"]),
            [text.replace("Clean", "[name]").as_str(), "[name] said no"],
            "{text:?}"
        );
    }
    // A verb of calling after it, in that message.
    assert_eq!(customer(&["Mr. Clean phoned me"]), ["Mr. [name] phoned me"]);
    assert_eq!(
        masked_all(&[
            (Role::Bot, "Is that Mr. Clean?"),
            (Role::Customer, "Yep, Clean."),
        ]),
        ["Is that Mr. [name]?", "Yep, [name]."]
    );
    // Near misses: the brand between em dashes, after "the" and a word that is no one.
    stays(&[
        "Mr. Clean\u{2014}the best cleaner\u{2014}is on sale",
        "Mr. Clean, the cleaner, is on sale",
        "is that Mr. Clean spray any good",
    ]);
}

/// "Frau" and "Mlle" were no titles: the surname after them was shown.
#[test]
fn frau_and_mlle_are_titles() {
    assert_eq!(
        customer(&["Frau Müller called", "Mlle Dubois too", "Müller and Dubois"]),
        ["Frau [name] called", "Mlle [name] too", "[name] and [name]"]
    );
    // Near miss: a common word after them.
    stays(&["no Frau Service here", "Frau Help"]);
}

/// "my doctor is Will": a modal that is a name, ending its clause, names the doctor.
#[test]
fn my_doctor_is_a_modal_name() {
    assert_eq!(
        customer(&["my doctor is Will.", "Will said so", "will you call?"]),
        ["my doctor is [name].", "[name] said so", "will you call?"]
    );
    stays(&["my doctor is May be late", "my doctor is will to help"]);
}

/// A surname from a title that is only a common word ("Ready" after the bot's "Mr.
/// Ready") masked that word opening a sentence before a pronoun ("Ready she said").
#[test]
fn a_word_from_a_title_before_a_pronoun_is_the_word() {
    assert_eq!(
        masked_all(&[
            (Role::Bot, "Thanks Mr. Ready"),
            (Role::Customer, "Ready she said. Ready? Ready it is"),
        ]),
        ["Thanks Mr. [name]", "Ready she said. Ready? Ready it is"]
    );
    // Near miss: a surname that is a name too.
    assert_eq!(
        masked_all(&[
            (Role::Bot, "Thanks Mr. Brown"),
            (Role::Customer, "Brown he said"),
        ]),
        ["Thanks Mr. [name]", "[name] he said"]
    );
}

/// "Doc Brown" was shown: a name that is a common word too after "Doc" was read as a
/// document's ("Doc Template"), where "Father Brown" was masked.
#[test]
fn doc_before_a_name_that_is_a_word_too() {
    assert_eq!(
        customer(&["Doc Brown helped me", "Brown was kind"]),
        ["Doc [name] helped me", "[name] was kind"]
    );
    stays(&[
        "open the Doc Template",
        "use Doc Mode",
        "a Google Doc Brown folder",
    ]);
}
