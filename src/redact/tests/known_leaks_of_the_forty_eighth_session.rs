//! The forty-eighth session's known leaks: a name in lower case with particles after
//! "is called", a name of four words set off by commas after a relative, four words in
//! lower case after "my name is", "'s called", a run of spaces inside a name, the
//! particles "y", "bin", "ibn", "Ó", "Ní", "Mac", a name in guillemets or backticks,
//! introductions in other languages, and the third and fourth words of a four-word name
//! said again; each beside the words that stay as they are.

use super::{each, masked_all, stays};
use crate::transcript::Role;

/// "is called" took one word in lower case: "[name] van den bosch" was shown so.
#[test]
fn a_name_in_lower_case_after_is_called_is_masked_whole() {
    each(&[
        (
            "my husband is called jan van den bosch",
            "my husband is called [name] van den [name]",
        ),
        (
            "my son is called tom riddle",
            "my son is called [name] [name]",
        ),
        ("a dog called rex", "a dog called [name]"),
    ]);
    stays(&[
        "I asked to be called back",
        "my son is called back by the school",
        "my husband is called in to work",
    ]);
}

/// After a relative set off by a comma, the whole name up to the closing comma ("Lopez
/// Garcia" was shown).
#[test]
fn a_name_set_off_by_commas_after_a_relative_is_masked_whole() {
    each(&[
        (
            "My wife, Ana Maria Lopez Garcia, booked it",
            "My wife, [name] [name] [name] [name], booked it",
        ),
        (
            "My wife, Ana Maria Lopez Garcia Perez Ruiz Diaz, booked it",
            "My wife, [name] [name] [name] [name] [name] [name] [name], booked it",
        ),
        (
            "my husband, Jan van den Bosch, called me",
            "my husband, [name] van den [name], called me",
        ),
    ]);
    // No closing comma: as after "I'm", two words; a place or a company is no name's.
    each(&[
        (
            "My friend, Tom Lee New York, is here",
            "My friend, [name] [name] New York, is here",
        ),
        (
            "My boss, Tim Cook Apple Inc, said no",
            "My boss, [name] [name] Apple Inc, said no",
        ),
    ]);
    each(&[(
        "My wife, Ana Maria Lopez Garcia booked it",
        "My wife, [name] [name] Lopez Garcia booked it",
    )]);
}

/// Four words in lower case after "my name is", none a common English word.
#[test]
fn four_words_in_lower_case_after_my_name_is_are_masked() {
    each(&[
        (
            "my name is maria jose garcia lopez",
            "my name is [name] [name] [name] [name]",
        ),
        (
            "my name is maria jose garcia lopez and i need help",
            "my name is [name] [name] [name] [name] and i need help",
        ),
        (
            "my name is maria and i need help",
            "my name is [name] and i need help",
        ),
    ]);
    stays(&["my name is on the list", "my name is spelled wrong"]);
    // A common word among them, or three words only, as before.
    each(&[
        (
            "my name is jane doe wifi not working",
            "my name is [name] [name] wifi not working",
        ),
        (
            "my name is jane doe gracias",
            "my name is [name] [name] gracias",
        ),
    ]);
}

/// "'s called" as "is called" ("My manager's called 'Anna Berg'" was shown).
#[test]
fn apostrophe_s_called_names_as_is_called() {
    each(&[
        (
            "My manager's called 'Anna Berg'",
            "My manager's called '[name] [name]'",
        ),
        ("my dog's called rex", "my dog's called [name]"),
    ]);
    stays(&["My manager's called me twice", "my son's called in sick"]);
}

/// A run of spaces inside a name is no end of it.
#[test]
fn a_run_of_spaces_inside_a_name_ends_nothing() {
    each(&[
        (
            "My name is Maria  Porto  da  Silva",
            "My name is [name]  [name]  da  [name]",
        ),
        ("I'm Jane  Doe", "I'm [name]  [name]"),
    ]);
    stays(&["my name is  on the list"]);
}

/// "y", "bin", "ibn", "Ó", "Ní", "Mac" between words of a name are particles.
#[test]
fn more_particles_between_name_words() {
    each(&[
        (
            "My name is Ana Garcia y Lopez",
            "My name is [name] [name] y [name]",
        ),
        (
            "My name is Ahmed bin Rashid",
            "My name is [name] bin [name]",
        ),
        ("My name is Omar ibn Said", "My name is [name] ibn [name]"),
        (
            "My name is Siobhán Ó Briain",
            "My name is [name] [name] [name]",
        ),
        (
            "My name is Siobhán Ní Bhriain",
            "My name is [name] [name] [name]",
        ),
        (
            "My name is Sean Mac Giolla",
            "My name is [name] [name] [name]",
        ),
    ]);
    // "y" before a word in lower case is Spanish's "and"; "Mac" alone is a computer.
    each(&[(
        "Hola, mi nombre es Ana Garcia y necesito ayuda",
        "Hola, mi nombre es [name] [name] y necesito ayuda",
    )]);
    stays(&["my Mac is broken", "my Mac Book is broken", "y no funciona"]);
}

/// Guillemets and backticks as quotes.
#[test]
fn a_name_in_guillemets_or_backticks_is_masked() {
    each(&[
        (
            "my son is called «Anna Berg»",
            "my son is called «[name] [name]»",
        ),
        (
            "my son is called `Anna Berg`",
            "my son is called `[name] [name]`",
        ),
        ("My name is ‹Anna›", "My name is ‹[name]›"),
    ]);
}

/// Introductions in other languages, remembered as an English one.
#[test]
fn a_name_after_an_introduction_in_another_language_is_masked_and_remembered() {
    each(&[
        ("Me llamo Lucía Pérez", "Me llamo [name] [name]"),
        ("Mi nombre es Lucía Pérez", "Mi nombre es [name] [name]"),
        ("Je m'appelle Jean Dupont", "Je m'appelle [name] [name]"),
        ("Ich heiße Hans Müller", "Ich heiße [name] [name]"),
        ("Mein Name ist Hans Müller", "Mein Name ist [name] [name]"),
        ("Meu nome é João Silva", "Meu nome é [name] [name]"),
        ("Mi chiamo Marco Rossi", "Mi chiamo [name] [name]"),
    ]);
    assert_eq!(
        masked_all(&[
            (Role::Customer, "Me llamo Lucía Pérez"),
            (Role::Customer, "Pérez is on the booking"),
        ])[1],
        "[name] is on the booking"
    );
    stays(&[
        "Ich heiße Sie willkommen",
        "ich heiße dich willkommen",
        "Mi nombre es incorrecto en la reserva",
        "Mein Name ist falsch geschrieben",
    ]);
}

/// Four words shaped as a name after "my name is": the third and the fourth remembered;
/// a third after two is masked where it stands only ("Tesla"), a place not at all.
#[test]
fn the_words_of_a_four_word_name_are_remembered() {
    assert_eq!(
        masked_all(&[
            (Role::Customer, "My name is Ana Maria Garcia Lopez"),
            (Role::Customer, "Lopez is my surname, Garcia my mother's"),
        ])[1],
        "[name] is my surname, [name] my mother's"
    );
    assert_eq!(
        masked_all(&[
            (Role::Customer, "My name is John Smith Tesla owner"),
            (Role::Customer, "my Tesla app is broken"),
        ]),
        [
            "My name is [name] [name] [name] owner",
            "my Tesla app is broken"
        ]
    );
    assert_eq!(
        masked_all(&[
            (Role::Customer, "My name is Jane Doe London office"),
            (Role::Customer, "I'm in London now"),
        ]),
        [
            "My name is [name] [name] London office",
            "I'm in London now"
        ]
    );
}
