//! The forty-sixth session's longer list of given names: one opens a name mid-sentence
//! before particles and a surname, and is remembered; a given name that is an everyday
//! word too ("Will", "May", "Rose") stays the word.

use super::{each, masked_all, stays};
use crate::transcript::Role;

/// The given names known mid-sentence before particles and a surname were a hundred;
/// "Yesterday Francesca van den Bosch called me" was shown whole. A given name that is
/// an everyday word too stays the word where it is one.
#[test]
fn a_given_name_of_the_longer_list_opens_a_name_mid_sentence() {
    each(&[
        (
            "Yesterday Francesca van den Bosch called me",
            "Yesterday [name] van den [name] called me",
        ),
        (
            "Then Matteo di Stefano told me so",
            "Then [name] di [name] told me so",
        ),
    ]);
    stays(&[
        "I will call you, Will you help? In May I may go.",
        "Rose rose early. Mark my words, Bill me later.",
        "Will de Souza fix it? In May de la Vega said so",
    ]);
}

/// "Rodrigo", a given name the list lacked, was masked only where it stood; of the
/// list now, it is remembered as "John" is.
#[test]
fn a_given_name_of_the_longer_list_is_remembered() {
    assert_eq!(
        masked_all(&[
            (Role::Customer, "Rodrigo de la Vega phoned me"),
            (Role::Customer, "Rodrigo is nice"),
        ]),
        ["[name] de la [name] phoned me", "[name] is nice"]
    );
}
