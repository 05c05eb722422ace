//! The defects a second review of the forty-fifth session's changes found, each beside
//! the near misses that stay as they were: "-ing" surnames after "I'm" shown ("I'm
//! Harding the account holder"), lower-case "do" read as a particle ("ok thanks, do Tesco
//! deliver"), a business's or a place's name mid-sentence masked whole ("The Banque de
//! France said"), surnames after a word that opens a place's name shown ("Porto de Souza
//! told me"), the word before a given name masked ("Hola Maria de la Cruz said"), "Pt." a
//! street's prefix ("I have 3 Pt. Court dates"), accented capitals not read ("Óscar de
//! la Hoya said").

use super::{each, masked_all, stays};
use crate::transcript::Role;

/// "I'm Harding the account holder" showed "Harding": read as "hard" + "ing", a verb
/// before its object. Main masked all eight.
#[test]
fn an_ing_surname_after_im_before_the_a_or_my_is_masked() {
    each(&[
        (
            "Hi, I'm Harding the account holder",
            "Hi, I'm [name] the account holder",
        ),
        ("I am Browning the new tenant", "I am [name] the new tenant"),
        (
            "I'm Redding the owner of the account",
            "I'm [name] the owner of the account",
        ),
        (
            "I'm Fielding the manager here",
            "I'm [name] the manager here",
        ),
        (
            "Hello I'm Golding a customer since 2010",
            "Hello I'm [name] a customer since 2010",
        ),
        (
            "I'm Whiting the account owner",
            "I'm [name] the account owner",
        ),
        (
            "I'm Gooding my order number is 12345",
            "I'm [name] my order number is 12345",
        ),
        (
            "Hi I'm Manning my order number is 4432",
            "Hi I'm [name] my order number is 4432",
        ),
    ]);
}

/// "ok thanks, do Tesco deliver on Sundays?" read "do [name]" and remembered "Tesco": a
/// lower-case "do" after an English word is the verb.
#[test]
fn a_lower_case_do_after_a_word_is_the_verb() {
    stays(&[
        "ok thanks, do Tesco deliver on Sundays?",
        "Can I ask do Barclays charge a fee?",
        "When do Santander called you",
        "What do Comcast wants from me",
    ]);
    assert_eq!(
        masked_all(&[
            (Role::Customer, "ok thanks, do Tesco deliver on Sundays?"),
            (Role::Customer, "Tesco said they would"),
        ]),
        [
            "ok thanks, do Tesco deliver on Sundays?",
            "Tesco said they would"
        ]
    );
    // Near misses: after a given name, a particle.
    each(&[
        ("Maria do Carmo called me", "[name] do [name] called me"),
        ("I'm Joao do Carmo", "I'm [name] do [name]"),
    ]);
}

/// "The Banque de France said the transfer was fine" read "The [name] [name] [name]
/// said": after "the", or mid-sentence with a first word that is no known given name, a
/// capitalised word, a particle and a word are a business's or a place's.
#[test]
fn a_business_or_a_place_with_a_particle_mid_sentence_is_no_person() {
    stays(&[
        "The Banque de France said the transfer was fine",
        "Yesterday the Livraria da Vila told me the refund was sent",
        "The Caja de Ahorros called me twice",
        "Costa do Sauipe called it the best resort",
        "I went to the Chateau de Versailles and the Chateau de Versailles told me no",
        "Then the Consulado de Mexico told me to wait",
        "My son says the Atletico de Madrid told them",
    ]);
    // Near misses: a known given name mid-sentence, any at a sentence's start.
    each(&[
        (
            "I think Maria de la Cruz told me so",
            "I think [name] de la [name] told me so",
        ),
        ("Paulo de Souza said so", "[name] de [name] said so"),
    ]);
}

/// "Porto de Souza told me to write" was shown: "Porto", "Torre", "Villa" … opened a
/// place's name whatever followed; they are surnames too. Places are whole names. As
/// main masked them ("Villa" is a word too: the particle rule's, the surname alone).
#[test]
fn a_surname_after_a_word_that_may_open_a_place_is_masked() {
    each(&[
        (
            "Porto de Souza told me to write",
            "[name] de [name] told me to write",
        ),
        (
            "Torre de Souza said it was paid",
            "[name] de [name] said it was paid",
        ),
        ("Rio de Souza called me", "[name] de [name] called me"),
        ("Ponte da Silva told me", "[name] da [name] told me"),
        ("Santo de Souza called me", "[name] de [name] called me"),
        (
            "Villa de Souza called me yesterday",
            "Villa de [name] called me yesterday",
        ),
        ("Casa de Souza called me", "[name] de [name] called me"),
        ("Lago de Souza called me", "[name] de [name] called me"),
        (
            "Monte de Oca said it was fine",
            "[name] de [name] said it was fine",
        ),
    ]);
    // Near misses: the places themselves, whole.
    stays(&[
        "Rio de Janeiro will host it",
        "Porto de Galinhas called it a scandal",
        "Costa del Sol said no",
        "Banco do Brasil called me",
    ]);
}

/// "Hola Maria de la Cruz said she would call" masked "Hola": the word before a given
/// name is taken only when it is itself a known given name.
#[test]
fn only_a_given_name_before_a_given_name_is_masked() {
    each(&[
        (
            "Hola Maria de la Cruz said she would call",
            "Hola [name] de la [name] said she would call",
        ),
        (
            "At Santander Pedro de la Vega told me the fee was waived",
            "At Santander [name] de la [name] told me the fee was waived",
        ),
        (
            "Padre Pedro de la Vega said to call you",
            "Padre [name] de la [name] said to call you",
        ),
        (
            "Ana Maria de la Cruz said so",
            "[name] [name] de la [name] said so",
        ),
    ]);
}

/// "I have 3 Pt. Court dates" read "I have [address] dates": "Pt." is no street's prefix.
#[test]
fn pt_is_no_prefix_of_a_streets_name() {
    stays(&["I have 3 Pt. Court dates"]);
    // Near misses: the saints', mounts' and forts' streets, as the last round made them.
    each(&[
        ("I live at 12 St. Louis Ave. now", "I live at [address] now"),
        (
            "Our office is at 12 Ft. Lauderdale Way",
            "Our office is at [address]",
        ),
    ]);
}

/// "Óscar de la Hoya said it was fine" was shown: the rules read "A" to "Z" only.
#[test]
fn a_given_name_or_a_surname_with_an_accented_capital_is_read() {
    each(&[
        (
            "María de los Ángeles García called me",
            "[name] de los [name] [name] called me",
        ),
        (
            "Óscar de la Hoya said it was fine",
            "[name] de la [name] said it was fine",
        ),
        (
            "My friend Ángel de la Cruz called",
            "My friend [name] de la [name] called",
        ),
    ]);
}
