//! The fifty-first session's sign-offs and origins: names the summary gave as `name`
//! facts that `--redact` showed whole ("Best, Sarah Smith", "Saludos, Xiomara Pérez",
//! "Thanks, John Smith, London", "Thanks, John A. Smith Paris", "Kind regards, Oliver
//! Brown Manchester UK", "Hola, soy Xiomara de Bogotá"), each beside the words that stay
//! as they are.

use super::{each, masked_all, stays};
use crate::transcript::Role;

/// "Best,", "Saludos,", "Un saludo,", "Cordialement," were no sign-offs: the name after
/// them was shown.
#[test]
fn a_name_after_best_and_the_spanish_and_french_sign_offs_is_masked() {
    each(&[
        (
            "I want a human. Best, Sarah Smith",
            "I want a human. Best, [name] [name]",
        ),
        (
            "I want a human. Saludos, Xiomara Pérez",
            "I want a human. Saludos, [name] [name]",
        ),
        (
            "Gracias. Un saludo, Lucía García",
            "Gracias. Un saludo, [name] [name]",
        ),
        (
            "Merci. Cordialement, Claire Dubois",
            "Merci. Cordialement, [name] [name]",
        ),
        ("Cheers, Tyler", "Cheers, [name]"),
        ("Regards, Tyler Jones", "Regards, [name] [name]"),
    ]);
    // Remembered, as a name before any sign-off is.
    assert_eq!(
        masked_all(&[
            (Role::Customer, "I want a human. Best, Sarah Smith"),
            (Role::Bot, "Hi Sarah, one moment"),
        ]),
        [
            "I want a human. Best, [name] [name]",
            "Hi [name], one moment"
        ]
    );
    stays(&[
        "Best, thanks",
        "Best Buy sold it to me",
        "Regards to your team",
        "de nada",
        "Saludos a todos",
        "Best, Great service",
    ]);
}

/// "Thanks, John Smith, London" was shown whole: the name ended no message, a comma and
/// the place came after it; "Manchester UK": "UK" was no place the list knew.
#[test]
fn a_name_before_a_comma_and_a_place_or_a_place_and_its_country_is_masked() {
    each(&[
        (
            "I want a human. Thanks, John Smith, London",
            "I want a human. Thanks, [name] [name], London",
        ),
        (
            "I want a human. Kind regards, Oliver Brown Manchester UK",
            "I want a human. Kind regards, [name] [name] [name] UK",
        ),
        (
            "Thanks, John Smith Paris, France",
            "Thanks, [name] [name] [name], France",
        ),
    ]);
    stays(&["Regards, Team, London", "Thanks, London is lovely"]);
}

/// "Thanks, John A. Smith Paris" was shown whole: a middle initial ended the name at its
/// first word, which ended no message. The initial is masked with the name since the
/// fifty-third session (`leaks_and_over_masks_of_the_fifty_third_session.rs`).
#[test]
fn a_name_with_a_middle_initial_is_masked() {
    each(&[
        (
            "I want a human. Thanks, John A. Smith Paris",
            "I want a human. Thanks, [name] [name]. [name] [name]",
        ),
        ("Regards, Mary J. Blige", "Regards, [name] [name]. [name]"),
        ("I'm Tyler J. Jones", "I'm [name] [name]. [name]"),
    ]);
    stays(&["Thanks, A. Smith & Co. Ltd", "Thanks, I. Need help"]);
}

/// "Hola, soy Xiomara de Bogotá" was shown: "de" read the place as the name's, and
/// "Xiomara de Bogotá" was no name shaped so. The name is masked, the place shown.
#[test]
fn a_name_then_de_and_a_place_after_soy_or_je_suis_masks_the_name_only() {
    each(&[
        (
            "Hola, soy Xiomara de Bogotá. I want a human",
            "Hola, soy [name] de Bogotá. I want a human",
        ),
        (
            "Je suis Maëlle de Lyon. I want a human",
            "Je suis [name] de Lyon. I want a human",
        ),
        ("Soy Lucía de Madrid", "Soy [name] de Madrid"),
    ]);
    // A particle of a surname, not an origin: the whole name, as before.
    each(&[("Soy Lucía de la Cruz", "Soy [name] de la [name]")]);
    stays(&["Soy de Bogotá", "Soy Cliente de Bogotá", "de nada"]);
}
