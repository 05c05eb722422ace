//! The known misses the forty-sixth session fixed, each beside the near misses that stay
//! as they were: a count of things before a street's word read as an address ("2 St.
//! Ives Road bikes"), a remembered given name masked inside a known place ("Cabo San
//! Lucas"), a remembered surname after a business's head ("Casa de Souza is my favourite
//! restaurant").

use super::{each, masked_all, stays};
use crate::transcript::Role;

/// "I bought [address] bikes last week": a plural common noun after the street's word
/// says the number counts things.
#[test]
fn a_count_of_things_named_after_a_street_is_no_address() {
    each(&[
        (
            "I bought 2 St. Ives Road bikes last week",
            "I bought 2 St. Ives Road bikes last week",
        ),
        // Near misses: addresses still.
        ("I live at 12 St. Louis Ave.", "I live at [address]"),
        ("I live at 12 Main Street", "I live at [address]"),
        (
            "12 Main Street is where the bikes are",
            "[address] is where the bikes are",
        ),
    ]);
}

/// "Hi, I'm Lucas de Souza" … "We fly to Cabo San [name] tomorrow": a known place of two
/// words or more keeps its words; the name stays masked beside other words.
#[test]
fn a_known_place_keeps_a_word_of_the_names() {
    assert_eq!(
        masked_all(&[
            (Role::Customer, "Hi, I'm Lucas de Souza."),
            (
                Role::Customer,
                "We fly to Cabo San Lucas tomorrow and Lucas is tired"
            ),
        ]),
        [
            "Hi, I'm [name] [name] [name].",
            "We fly to Cabo San Lucas tomorrow and [name] is tired",
        ]
    );
    assert_eq!(
        masked_all(&[(
            Role::Customer,
            "Hi, I'm Lucas de Souza. We fly to Cabo San Lucas tomorrow"
        )]),
        ["Hi, I'm [name] [name] [name]. We fly to Cabo San Lucas tomorrow"]
    );
    // Near misses: a place of one word is a name as often ("Austin"); "San Diego" is a
    // known place, "Diego" alone a name.
    assert_eq!(
        masked_all(&[
            (Role::Customer, "I'm Austin Diego"),
            (Role::Customer, "Austin lives in San Diego, Diego called"),
        ]),
        [
            "I'm [name] [name]",
            "[name] lives in San Diego, [name] called"
        ]
    );
}

/// "My name is Ana de Souza" … "Casa de [name] is my favourite restaurant": the head of
/// a business's name and a particle before the surname; masked still where the text
/// says someone ("Casa de Souza called me"), and elsewhere.
#[test]
fn a_surname_after_a_business_head_and_a_particle_names_the_place() {
    assert_eq!(
        masked_all(&[
            (Role::Customer, "My name is Ana de Souza"),
            (
                Role::Customer,
                "Casa de Souza is my favourite restaurant, and Hotel do Souza too"
            ),
            (
                Role::Customer,
                "Casa de Souza called me, Souza is my surname"
            ),
        ]),
        [
            "My name is [name] [name] [name]",
            "Casa de Souza is my favourite restaurant, and Hotel do Souza too",
            // Read as a person's name in this very text, as before the fix.
            "[name] [name] [name] called me, [name] is my surname",
        ]
    );
    // Standing alone, "Casa de Souza" was no name before the fix either.
    each(&[(
        "Casa de Souza is my favourite restaurant, I need a human",
        "Casa de Souza is my favourite restaurant, I need a human",
    )]);
}

/// The given names known mid-sentence before particles and a surname were a hundred;
/// "Yesterday Francesca van den Bosch called me" was shown whole. A given name that is
/// an everyday word too stays the word where it is one.
#[test]
fn a_given_name_of_the_longer_list_opens_a_name_mid_sentence() {
    each(&[
        (
            "Yesterday Francesca van den Bosch called me",
            "Yesterday [name] [name] [name] [name] called me",
        ),
        (
            "Then Matteo di Stefano told me so",
            "Then [name] [name] [name] told me so",
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
        ["[name] [name] [name] [name] phoned me", "[name] is nice"]
    );
}
