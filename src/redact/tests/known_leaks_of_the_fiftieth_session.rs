//! The fiftieth session's known leaks: "I am" in Spanish, Italian, Portuguese and
//! French, the third word of a name in capitals after "my name is", a name in brackets
//! after a relative, a name of three or four words before "here" or after a sign-off, a
//! name in lower case after another language's introduction; each beside the words that
//! stay as they are; and the words after a name it found masked and remembered though no
//! name's (a German noun, a business's name, a place's); a name in capitals after "I'm"
//! or "this is".

use super::{each, masked_all, stays};
use crate::transcript::Role;

/// The customer's messages `texts`, masked.
fn masked_customer(texts: &[&str]) -> Vec<String> {
    let rows: Vec<(Role, &str)> = texts.iter().map(|text| (Role::Customer, *text)).collect();
    masked_all(&rows)
}

/// "Soy Lucía García" was shown whole: "soy" was only a word that opens a clause.
#[test]
fn a_name_after_i_am_in_another_language_is_masked_and_remembered() {
    each(&[
        ("Soy Lucía García", "Soy [name] [name]"),
        ("soy Lucía", "soy [name]"),
        ("Sono Marco Rossi", "Sono [name] [name]"),
        ("Sou João Silva", "Sou [name] [name]"),
        ("Je suis Claire Dubois", "Je suis [name] [name]"),
        ("Hola, soy Xiomara Restrepo", "Hola, soy [name] [name]"),
    ]);
    assert_eq!(
        masked_customer(&["Soy Lucía García", "García es mi apellido"]),
        ["Soy [name] [name]", "[name] es mi apellido"]
    );
    // A plan's, a nationality's, a role's word; in lower case, nothing.
    stays(&[
        "Soy cliente",
        "Sono Premium",
        "Je suis Français",
        "Soy Cliente Premium",
        "Soy de Madrid",
        "Soy Sauce please",
        "sono marco",
    ]);
}

/// "MY NAME IS ANA GARCIA LOPEZ" showed "LOPEZ": in capitals, no word past the second
/// was read, where "My name is Ana Garcia Lopez" was masked whole.
#[test]
fn a_name_in_capitals_after_my_name_is_is_masked_as_in_title_case() {
    each(&[
        (
            "MY NAME IS ANA GARCIA LOPEZ",
            "MY NAME IS [name] [name] [name]",
        ),
        (
            "MY NAME IS ANA MARIA GARCIA LOPEZ",
            "MY NAME IS [name] [name] [name] [name]",
        ),
    ]);
    // Four words, the first two given names: each remembered, as in Title Case.
    assert_eq!(
        masked_customer(&["MY NAME IS ANA MARIA GARCIA LOPEZ", "Lopez is my surname"]),
        [
            "MY NAME IS [name] [name] [name] [name]",
            "[name] is my surname"
        ]
    );
    // What Title Case keeps, capitals keep: a service, a place, a common word, a
    // field's label, a thing written with a capital inside.
    each(&[
        (
            "MY NAME IS JANE DOE PAYPAL",
            "MY NAME IS [name] [name] PAYPAL",
        ),
        (
            "MY NAME IS JOHN SMITH LONDON OFFICE",
            "MY NAME IS [name] [name] LONDON OFFICE",
        ),
        (
            "MY NAME IS JOHN SMITH AND I NEED HELP",
            "MY NAME IS [name] [name] AND I NEED HELP",
        ),
        (
            "MY NAME IS JOHN SMITH ACCT 5551234",
            "MY NAME IS [name] [name] ACCT [account]",
        ),
        (
            "MY NAME IS JANE DOE IPHONE",
            "MY NAME IS [name] [name] IPHONE",
        ),
        // A word in capitals after a name in Title Case is none ("TV").
        (
            "My name is Sarah Connor Samsung TV",
            "My name is [name] [name] [name] TV",
        ),
    ]);
}

/// "my husband (Jan Bosch) booked it" was shown whole: only a space or a comma was read
/// after the word for someone close.
#[test]
fn a_name_in_brackets_after_a_relative_is_masked() {
    each(&[
        (
            "my husband (Jan Bosch) booked it",
            "my husband ([name] [name]) booked it",
        ),
        ("my wife (Ana) booked it", "my wife ([name]) booked it"),
        (
            "my wife (Ana Maria Lopez Garcia) booked it",
            "my wife ([name] [name] [name] [name]) booked it",
        ),
    ]);
    stays(&[
        "my husband (who is ill) booked it",
        "my son (5) is sick",
        "my husband (and I) booked",
        "my boss (Customer Care) hung up",
    ]);
}

/// "Siobhan Aoife Kelly Byrne here, I booked" and "Thanks, Mary Ann Smith" were shown
/// whole: two words were read before "here" or a sign-off's end.
#[test]
fn a_name_of_three_or_four_words_before_here_or_after_a_sign_off_is_masked() {
    each(&[
        (
            "Siobhan Aoife Kelly Byrne here, I booked",
            "[name] [name] [name] [name] here, I booked",
        ),
        (
            "Siobhan Kelly Byrne here, I booked",
            "[name] [name] [name] here, I booked",
        ),
        (
            "Regards, Siobhan Aoife Kelly Byrne",
            "Regards, [name] [name] [name] [name]",
        ),
        ("Thanks, Mary Ann Smith", "Thanks, [name] [name] [name]"),
        (
            "Here is Siobhan Aoife Kelly Byrne, I booked",
            "Here is [name] [name] [name] [name], I booked",
        ),
    ]);
    // The first two given names: the rest remembered.
    assert_eq!(
        masked_customer(&[
            "Siobhan Aoife Kelly Byrne here, I booked",
            "Byrne is my surname and Kelly"
        ]),
        [
            "[name] [name] [name] [name] here, I booked",
            "[name] is my surname and [name]"
        ]
    );
    stays(&[
        "Netflix Premium Plus here, help",
        "Regards, John Smith London Office",
        "Thanks, John Smith Netflix",
    ]);
}

/// "me llamo lucía garcía y necesito ayuda" was shown whole, where "my name is ana
/// lopez" was masked.
#[test]
fn a_name_in_lower_case_after_another_languages_introduction_is_masked() {
    each(&[
        (
            "me llamo lucía garcía y necesito ayuda",
            "me llamo [name] [name] y necesito ayuda",
        ),
        (
            "me llamo ana necesito ayuda",
            "me llamo [name] necesito ayuda",
        ),
        (
            "ich heiße jonas und brauche hilfe",
            "ich heiße [name] und brauche hilfe",
        ),
        ("je m'appelle marie dupont", "je m'appelle [name] [name]"),
        ("mijn naam is jan de vries", "mijn naam is [name] de [name]"),
    ]);
    assert_eq!(
        masked_customer(&["me llamo lucía garcía", "garcía es mi apellido"]),
        ["me llamo [name] [name]", "[name] es mi apellido"]
    );
    stays(&[
        "mi nombre es incorrecto en la reserva",
        "mein name ist falsch geschrieben",
        "ich heiße sie willkommen",
        "me llamo por teléfono",
    ]);
}

/// Words past a name's second masked and remembered though no name's: a German noun
/// after the name ("Paket"), a business's name after two given names ("Banco
/// Santander"), a place's name set off by commas after a relative ("London").
#[test]
fn a_noun_a_business_or_a_place_after_a_name_is_not_remembered() {
    assert_eq!(
        masked_customer(&["Ich heiße Jonas Paket ist weg", "Mein Paket ist weg"]),
        ["Ich heiße [name] [name] ist weg", "Mein Paket ist weg"]
    );
    // A surname before "ist" is masked still, where it stands.
    assert_eq!(
        masked_customer(&["Ich heiße Hans Müller", "Müller hier"]),
        ["Ich heiße [name] [name]", "[name] hier"]
    );
    assert_eq!(
        masked_customer(&[
            "My name is Jose Luis Banco Santander",
            "Banco Santander app"
        ]),
        [
            "My name is [name] [name] Banco Santander",
            "Banco Santander app"
        ]
    );
    assert_eq!(
        masked_customer(&[
            "My wife, Jose Luis Baker McKenzie London, booked",
            "London office"
        ]),
        [
            "My wife, [name] [name] [name] [name] [name], booked",
            "London office"
        ]
    );
    assert_eq!(
        masked_customer(&[
            "My wife, Ana Maria Lopez Garcia, booked it",
            "Lopez is her surname"
        ]),
        [
            "My wife, [name] [name] [name] [name], booked it",
            "[name] is her surname"
        ]
    );
}

/// "I'M JOHN SMITH AND I WANT A HUMAN" was shown whole: after "I'm", "I am" or "this is"
/// a name is read from capitalised words, and in capitals every word is one, so none
/// was taken. A given name the list holds opens one there, and a word after it that is
/// no common English word but a name goes with it; how the customer is, a word a chat
/// puts after a name, stays.
#[test]
fn a_name_in_capitals_after_a_weak_cue_is_masked_when_a_given_name_opens_it() {
    each(&[
        (
            "I'M JOHN SMITH AND I WANT A HUMAN",
            "I'M [name] [name] AND I WANT A HUMAN",
        ),
        (
            "HI THIS IS JOHN, I WANT A HUMAN",
            "HI THIS IS [name], I WANT A HUMAN",
        ),
        (
            "I AM JOHN PLEASE GET ME A HUMAN",
            "I AM [name] PLEASE GET ME A HUMAN",
        ),
        ("IM ANA GARCIA HELP ME", "IM [name] [name] HELP ME"),
    ]);
    assert_eq!(
        masked_customer(&["I'M JOHN SMITH. HELLO?", "Smith here again"]),
        ["I'M [name] [name]. HELLO?", "[name] here again"]
    );
    stays(&[
        "I AM ANGRY I WANT A HUMAN",
        "THIS IS URGENT I WANT A HUMAN",
        "I'M DONE WITH THIS",
        "I'M SORRY BUT NO",
        "THIS IS NOT OK",
        "I AM HAPPY NOW",
    ]);
}
