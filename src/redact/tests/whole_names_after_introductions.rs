//! The forty-seventh session's known leaks: the rest of a name after an introduction
//! ("Maria San Jose", "Maria Porto da Silva", "joao do carmo"), particles in a name set
//! off by commas after a relative, and a name in quotes after "my name is" or "called";
//! and, over-masked, a word of the names inside a known place ("Cabo San Lucas").

use super::{each, masked_all, stays};
use crate::transcript::Role;

/// Two words were a name's most after "my name is", "this is" or "I'm": a place-shaped
/// surname's last word was shown ("My name is [name] [name] Jose").
#[test]
fn a_place_shaped_surname_after_an_introduction_is_masked_whole() {
    each(&[
        (
            "My name is Maria San Jose",
            "My name is [name] [name] [name]",
        ),
        (
            "This is Ana San Antonio speaking",
            "This is [name] [name] [name] speaking",
        ),
        ("I'm Juan Santa Cruz", "I'm [name] [name] [name]"),
        (
            "my name is maria san jose, I need help",
            "my name is [name] [name] [name], I need help",
        ),
    ]);
    // The surname is remembered whole: said again, it is masked.
    assert_eq!(
        masked_all(&[
            (Role::Customer, "My name is Carmen San Diego."),
            (Role::Customer, "This is San Diego again"),
        ]),
        [
            "My name is [name] [name] [name].",
            "This is [name] [name] again"
        ]
    );
}

/// After "my name is", a third word that may be a name, or particles and a surname after
/// the second, are the name's ("My name is [name] [name] da Silva" was shown so).
#[test]
fn a_given_name_and_the_surnames_around_particles_are_masked() {
    each(&[
        (
            "My name is Maria Porto da Silva",
            "My name is [name] [name] da [name]",
        ),
        (
            "My name is Ana Garcia Lopez",
            "My name is [name] [name] [name]",
        ),
        (
            "my name is maria porto da silva",
            "my name is [name] [name] da [name]",
        ),
    ]);
}

/// After "my name is", the name is read word by word to the clause's end or a word that
/// is none of a name's, in capitals too; after "I'm", a third word only after a
/// place-shaped surname's first, as "I'm" is said of more than a name.
#[test]
fn a_name_after_my_name_is_is_read_to_its_end() {
    each(&[
        (
            "My name is MARIA SAN JOSE",
            "My name is [name] [name] [name]",
        ),
        (
            "MY NAME IS ANA LOPEZ AND I NEED HELP",
            "MY NAME IS [name] [name] AND I NEED HELP",
        ),
        (
            "My name is José María de la Cruz Fernández, hi",
            "My name is [name] [name] de la [name] [name], hi",
        ),
        (
            "my name is maria da silva santos",
            "my name is [name] da [name] [name]",
        ),
        (
            "My name is Ana Maria Garcia Lopez",
            "My name is [name] [name] [name] [name]",
        ),
        (
            "my name is jane smith and i need help",
            "my name is [name] [name] and i need help",
        ),
        (
            "I'm Jane Smith London office",
            "I'm [name] [name] London office",
        ),
        (
            "This is Maria Porto da Silva speaking",
            "This is [name] [name] da [name] speaking",
        ),
    ]);
    stays(&["Name: Cactus Club Downtown"]);
}

/// In lower case after "my name is", a particle and a surname that is no common word
/// ("my name is [name] do carmo" was shown so); "do" that is the verb stays.
#[test]
fn a_name_in_lower_case_with_particles_is_masked_after_my_name_is() {
    each(&[
        ("my name is joao do carmo", "my name is [name] do [name]"),
        (
            "my name is ana de la cruz, thanks",
            "my name is [name] de la [name], thanks",
        ),
        (
            "my name is jane do you hear me",
            "my name is [name] do you hear me",
        ),
    ]);
    stays(&[
        "my name is on the list",
        "my name is spelled wrong",
        "my name is not important",
        "this is so slow, speaking of which",
    ]);
}

/// A name with particles set off by commas after a relative: only its given name was
/// masked ("My husband, [name] van den Bosch, called me").
#[test]
fn the_words_around_particles_in_a_name_after_a_relative_are_masked() {
    each(&[
        (
            "My husband, Jan van den Bosch, called me",
            "My husband, [name] van den [name], called me",
        ),
        (
            "my sister, Ana de Souza, will pay",
            "my sister, [name] de [name], will pay",
        ),
        (
            "My manager, Anna Berg, approved it",
            "My manager, [name] [name], approved it",
        ),
    ]);
    stays(&["My husband, de facto, is in charge", "my son van is parked"]);
}

/// A name in quotes after "my name is", "I'm" or "is called" was shown whole; the
/// possessive of the name said again is masked as the name is.
#[test]
fn a_name_in_quotes_is_masked() {
    each(&[
        (
            "My manager is called 'Anna Berg'",
            "My manager is called '[name] [name]'",
        ),
        (
            "My manager is called \"Anna Berg\"",
            "My manager is called \"[name] [name]\"",
        ),
        (
            "My name is \u{201c}Anna Berg\u{201d}",
            "My name is \u{201c}[name] [name]\u{201d}",
        ),
        ("I'm 'Anna Berg'", "I'm '[name] [name]'"),
        (
            "My manager is called 'Anna Berg' and Anna Berg's desk is here",
            "My manager is called '[name] [name]' and [name] [name]'s desk is here",
        ),
        ("my husband is called steve", "my husband is called [name]"),
    ]);
    stays(&[
        "It is called 'Premium Plus'",
        "My plan is called \"Premium Plus\"",
        "I'm \"not happy\" with this",
        "my name is 'wrong' on the ticket",
        "My manager is called Great",
        "My manager called Anna yesterday",
    ]);
}

/// After "I'm Lucas de Souza", "We fly to Cabo San [name]" masked the place; a word of
/// the names inside a known place after a cue that one goes, lives or is there is the
/// place's. A reverted attempt leaked place-shaped surnames after "to": those stay
/// masked, and so does a place whose first word is a word of the names.
#[test]
fn a_word_of_the_names_inside_a_known_place_after_a_place_cue_is_the_place() {
    let intro = (Role::Customer, "Hi, I'm Lucas de Souza.");
    for (text, expected) in [
        (
            "We fly to Cabo San Lucas tomorrow. Lucas is tired",
            "We fly to Cabo San Lucas tomorrow. [name] is tired",
        ),
        ("I live in Cabo San Lucas", "I live in Cabo San Lucas"),
        // No place cue, or one said of a person: masked, as before.
        (
            "Connect me to Cabo San Lucas, my son",
            "Connect me to Cabo San [name], my son",
        ),
        ("Cabo San Lucas is lovely", "Cabo San [name] is lovely"),
        ("talk to Cabo San Lucas", "talk to [name] [name] [name]"),
    ] {
        assert_eq!(
            masked_all(&[intro, (Role::Customer, text)])[1],
            expected,
            "{text:?}"
        );
    }
    // A place-shaped surname whose first word is the customer's stays masked whole.
    for (intro, text, expected) in [
        (
            "My name is Juan Santa Cruz",
            "Connect me to Santa Cruz, my daughter",
            "Connect me to [name] [name], my daughter",
        ),
        (
            "My name is Juan Santa Cruz",
            "We fly to Santa Cruz tomorrow",
            "We fly to [name] [name] tomorrow",
        ),
        (
            "My name is Carmen San Diego",
            "I live in San Diego",
            "I live in [name] [name]",
        ),
        (
            "My name is Maria San Jose",
            "Ask for San Jose at the desk",
            "Ask for [name] [name] at the desk",
        ),
    ] {
        assert_eq!(
            masked_all(&[(Role::Customer, intro), (Role::Customer, text)])[1],
            expected,
            "{text:?}"
        );
    }
}
