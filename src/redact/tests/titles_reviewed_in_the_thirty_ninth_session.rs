//! Leaks and over-masking after a title fixed in the thirty-ninth session: a surname or
//! an initial the bot gave after a title, said again by the customer ("Is this Mr.
//! Okafor?" … "Okafor here"), an initial in lower case and "Mister", a brand's name said
//! to be someone in other words ("My landlord is Mr. Clean"), the courtesy titles alike
//! for a brand's word ("Mrs. Clean is my neighbour" … "Clean up the mess"), "Dr" and a
//! letter that name no one ("Sunset Dr P street"), and nouns of headlines. Each beside a
//! near miss.

use super::{masked_all, stays};
use crate::transcript::Role;

/// "Yes, Okafor here" and "Dr P said so" were shown: the bot's words were read only for
/// what they ask.
#[test]
fn a_surname_or_an_initial_the_bot_gave_after_a_title_is_masked() {
    assert_eq!(
        masked_all(&[
            (Role::Bot, "Is this Mr. Okafor?"),
            (Role::Customer, "Yes, Okafor here"),
        ]),
        ["Is this Mr. [name]?", "Yes, [name] here"]
    );
    assert_eq!(
        masked_all(&[
            (Role::Bot, "Dr. Patel will see you"),
            (Role::Customer, "Dr P said so"),
        ]),
        ["Dr. [name] will see you", "Dr [name] said so"]
    );
    // The bot's own "I'm" is its name, not the customer's; a thing after a title is none.
    assert_eq!(
        masked_all(&[
            (
                Role::Bot,
                "I'm Sunny, your assistant. Book a Dr appointment?"
            ),
            (Role::Customer, "Sunny day, Dr P said so"),
        ]),
        [
            "I'm Sunny, your assistant. Book a Dr appointment?",
            "Sunny day, Dr P said so"
        ]
    );
}

/// "dr p" in lower case after "Dr. Patel", and "Mister Patel", "Mister P", were shown.
#[test]
fn an_initial_in_lower_case_and_mister() {
    assert_eq!(
        masked_all(&[
            (Role::Customer, "I saw Dr. Patel"),
            (Role::Customer, "dr p said so"),
        ]),
        ["I saw Dr. [name]", "dr [name] said so"]
    );
    assert_eq!(
        masked_all(&[
            (Role::Customer, "Mister Patel called"),
            (Role::Customer, "Mister P agreed"),
        ]),
        ["Mister [name] called", "Mister [name] agreed"]
    );
    // "a" and "i" in lower case are words; another letter names no one given.
    assert_eq!(
        masked_all(&[
            (Role::Customer, "Dr. Adams and Dr. Patel"),
            (Role::Customer, "dr a lot, dr b said"),
        ]),
        ["Dr. [name] and Dr. [name]", "dr a lot, dr b said"]
    );
    stays(&["hey mister, help", "Mister P agreed", "the mister said"]);
}

/// "My landlord is Mr. Clean", "Mr. Clean, my landlord, …", "Mr. Clean's my landlord"
/// and "Mr. Clean is my son" (GP, vet, flatmate …) left the person's name shown.
#[test]
fn a_brand_said_to_be_someone_in_other_words_is_a_person() {
    for said in [
        "My landlord is Mr. Clean",
        "Mr. Clean, my landlord, said no",
        "Mr. Clean's my landlord",
        "my old vet, Mr. Clean",
        "Mr. Clean is my son",
        "Mr. Clean is my GP",
        "Mr. Clean was our nurse",
        "Mr. Clean is my vet",
        "Mr. Clean is my flatmate",
    ] {
        let masked = masked_all(&[
            (Role::Customer, said),
            (Role::Customer, "I called Mr. Clean. Clean the kitchen"),
        ]);
        assert_eq!(
            masked[1], "I called Mr. [name]. Clean the kitchen",
            "{said:?}"
        );
        assert!(!masked[0].contains("Clean"), "{said:?}: {masked:?}");
    }
    // A brand still: no one is said to be it.
    for said in [
        "Mr. Clean is my favourite cleaner",
        "Mr. Clean's my go-to",
        "Mr. Clean, my favourite",
        "My favourite is Mr. Clean",
    ] {
        assert_eq!(masked_all(&[(Role::Customer, said)]), [said]);
    }
}

/// "Mrs. Clean is my neighbour" masked a later "Clean up the mess": the order reads as
/// the everyday word (a second review: the surname alone is masked elsewhere, see
/// `titles_reviewed_again_in_the_thirty_ninth_session.rs`).
#[test]
fn a_brands_word_after_another_courtesy_title_opening_an_order_stays() {
    assert_eq!(
        masked_all(&[
            (Role::Customer, "Mrs. Clean is my neighbour"),
            (Role::Customer, "Clean up the mess, Mrs. Clean said"),
        ]),
        [
            "Mrs. [name] is my neighbour",
            "Clean up the mess, Mrs. [name] said"
        ]
    );
    // Another surname that is a word is masked where capitalised, as before.
    assert_eq!(
        masked_all(&[
            (Role::Customer, "Mrs. Brown is my neighbour"),
            (Role::Customer, "Brown said so"),
        ]),
        ["Mrs. [name] is my neighbour", "[name] said so"]
    );
}

/// After "Dr. Patel", "Sunset Dr P street" and "vitamin Dr P sale" masked "P".
#[test]
fn dr_and_a_letter_that_name_no_one() {
    assert_eq!(
        masked_all(&[
            (Role::Customer, "Dr. Patel is nice"),
            (
                Role::Customer,
                "I live on Sunset Dr P street, 12 Elm Dr P, vitamin Dr P sale"
            ),
        ]),
        [
            "Dr. [name] is nice",
            "I live on Sunset Dr P street, 12 Elm Dr P, vitamin Dr P sale"
        ]
    );
    // The title still, opening a text or after a greeting.
    assert_eq!(
        masked_all(&[
            (Role::Customer, "Dr. Patel is nice"),
            (Role::Customer, "Thanks Dr P, ask Dr P. Dr P said so"),
        ]),
        [
            "Dr. [name] is nice",
            "Thanks Dr [name], ask Dr [name]. Dr [name] said so"
        ]
    );
}

/// "Major Outage's" and "Major Power Outage" were masked; "Brownout" and "Downgrade"
/// were no nouns of headlines.
#[test]
fn nouns_of_headlines() {
    stays(&[
        "Major Outage's impact was big",
        "a Major Power Outage again",
        "Major Brownout today",
        "Major Downgrade of the plan",
        "Major Network Slowdowns",
    ]);
    assert_eq!(
        masked_all(&[(Role::Customer, "Major Okafor's unit, Major Tom Smith")]),
        ["Major [name]'s unit, Major [name] [name]"]
    );
}
