//! The defects the forty-fifth session's review found, each beside the near misses that
//! stay as they were: a place's name with a particle read as a person's ("Rio de Janeiro
//! will host it" masked "Janeiro" and every later "Janeiro"; "Rio de Janeiro called it a
//! scandal" masked whole), "los" no particle ("I'm Maria de los Angeles Garcia" showed
//! "los Angeles Garcia"), a given name, particles and a surname before "called" found at
//! a sentence's start only ("My brother John van der Berg called" showed "van der
//! Berg") and "12 St. Louis Ave." shown.

use super::{each, masked_all, stays};
use crate::transcript::Role;

/// "Rio de Janeiro will host it" masked "Janeiro", and "Janeiro" in every later message;
/// "Rio de Janeiro called it a scandal" masked all three words.
#[test]
fn a_place_with_a_particle_names_no_one() {
    stays(&[
        "Rio de Janeiro will host it, I need a human",
        "Rio de Janeiro called it a scandal",
        "Porto de Galinhas will host it",
        "Porto de Galinhas called it a scandal",
        "San Juan de los Lagos said no",
        "We visited Rio de Janeiro said my wife",
        "Los Angeles called it a scandal",
        "Banco do Brasil called me",
        "Cirque du Soleil said the show is off",
        "Caixa Geral de Depositos said no",
    ]);
    assert_eq!(
        masked_all(&[
            (
                Role::Customer,
                "Rio de Janeiro will host it, I need a human"
            ),
            (Role::Customer, "Is Janeiro still open?"),
        ]),
        [
            "Rio de Janeiro will host it, I need a human",
            "Is Janeiro still open?"
        ]
    );
    // Near misses: a person's, as before.
    each(&[
        ("Yes de Souza called", "Yes de [name] called"),
        ("Paulo de Souza will call", "Paulo de [name] will call"),
        ("Santiago de la Vega called", "[name] de la [name] called"),
        ("Maria de la Cruz said so", "[name] de la [name] said so"),
        ("I flew in from de Madrid", "I flew in from de Madrid"),
        (
            "I bought a painting by van Gogh",
            "I bought a painting by van Gogh",
        ),
    ]);
}

/// After "I'm", "my name is" or "this is" a name is a name, whatever place it could be.
#[test]
fn a_place_after_an_introduction_is_a_name() {
    each(&[
        (
            "my name is Santiago de Compostela",
            "my name is [name] de [name]",
        ),
        ("this is Rio de Janeiro", "this is [name] de [name]"),
    ]);
}

/// "Hi, I'm Maria de los Angeles Garcia and I need a refund" showed "los Angeles Garcia":
/// "los" was no particle; "las" and "do" neither.
#[test]
fn los_las_and_do_are_particles_of_a_name() {
    each(&[
        (
            "Hi, I'm Maria de los Angeles Garcia and I need a refund",
            "Hi, I'm [name] de los [name] [name] and I need a refund",
        ),
        (
            "this is Maria de las Mercedes Lopez",
            "this is [name] de las [name] [name]",
        ),
        ("I'm Joao do Carmo", "I'm [name] do [name]"),
        // Near misses: as before.
        ("Hi, I'm Jose da Silva", "Hi, I'm [name] da [name]"),
        ("Do Not call me", "Do Not call me"),
        ("I went to Las Vegas", "I went to Las Vegas"),
    ]);
    // The surname is remembered, not the particles.
    assert_eq!(
        masked_all(&[
            (Role::Customer, "Hi, I'm Maria de los Angeles Garcia"),
            (Role::Customer, "Garcia is my surname, los is not"),
        ]),
        [
            "Hi, I'm [name] de los [name] [name]",
            "[name] is my surname, los is not"
        ]
    );
}

/// "My brother John van der Berg called yesterday" showed "van der Berg": the rule for a
/// given name, particles and a surname before "called" read a sentence's start only.
#[test]
fn a_given_name_and_a_surname_around_particles_before_called_are_masked_anywhere() {
    each(&[
        (
            "My brother John van der Berg called yesterday",
            "My brother [name] van der [name] called yesterday",
        ),
        (
            "I think Maria de la Cruz told me so",
            "I think [name] de la [name] told me so",
        ),
        (
            "Maria de los Angeles Garcia called",
            "[name] de los [name] [name] called",
        ),
        (
            "Ana Maria de la Cruz said so",
            "[name] [name] de la [name] said so",
        ),
        // Near misses: at a sentence's start, as before; no verb of speech; a painter.
        (
            "John van der Berg called yesterday",
            "[name] van der [name] called yesterday",
        ),
        ("John van der Berg paintings", "John van der Berg paintings"),
        ("He said Maria de la Cruz", "He said Maria de la Cruz"),
    ]);
    assert_eq!(
        masked_all(&[
            (
                Role::Customer,
                "My brother John van der Berg called yesterday"
            ),
            (Role::Customer, "Berg is his surname"),
        ]),
        [
            "My brother [name] van der [name] called yesterday",
            "[name] is his surname"
        ]
    );
}

/// "I'm Manning the desk today" masked "Manning", and still does: read as "man" + "ing",
/// "I'm Harding the account holder" showed a surname (`the_review_of_the_fix.rs`). A
/// common word's "-ing" stays, as before.
#[test]
fn an_ing_surname_after_im_stays_masked_and_a_common_verb_is_shown() {
    stays(&["I'm Running a marathon", "I'm Going home now"]);
    each(&[
        ("I'm Manning the desk today", "I'm [name] the desk today"),
        ("I'm Irving the plumber", "I'm [name] the plumber"),
        ("I'm Sterling the manager", "I'm [name] the manager"),
        (
            "I'm Banning, my card is blocked",
            "I'm [name], my card is blocked",
        ),
        ("I'm Darling Smith", "I'm [name] [name]"),
        ("I'm Manning", "I'm [name]"),
    ]);
}

/// "I live at 12 St. Louis Ave. now" was shown: a street's name with "St." in it.
#[test]
fn a_street_named_with_an_abbreviation_and_its_full_stop_is_an_address() {
    each(&[
        ("I live at 12 St. Louis Ave. now", "I live at [address] now"),
        ("Send it to 5 Mt. Vernon Rd", "Send it to [address]"),
        // Near misses: as before.
        ("I live at 12 Main Street now", "I live at [address] now"),
        ("we are 12 St. Louis fans", "we are 12 St. Louis fans"),
    ]);
}
