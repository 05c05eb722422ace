//! The fifty-first session's review: a given name no list holds after "soy", "sono",
//! "sou", "je suis", shown though the summary gave it as a `name` fact; a state after
//! "I'm" no list holds ("I'm Knackered"), masked and given as a `name` fact; each beside
//! the words that stay as they are.

use super::{each, masked_all, stays};
use crate::transcript::Role;

/// "Hola, soy Xiomara y necesito ayuda" was shown: after "soy" one word was a name only
/// when the given names list held it.
#[test]
fn a_single_given_name_no_list_holds_after_i_am_in_another_language_is_masked() {
    each(&[
        (
            "Hola, soy Xiomara y necesito ayuda",
            "Hola, soy [name] y necesito ayuda",
        ),
        ("Sono Ottavina.", "Sono [name]."),
        ("Sou Xiomara", "Sou [name]"),
        ("Je suis Maëlys", "Je suis [name]"),
    ]);
    // Remembered, as any name after the cue is.
    assert_eq!(
        masked_all(&[
            (Role::Customer, "Soy Xiomara"),
            (Role::Bot, "Gracias Xiomara, ¿en qué te ayudo?"),
        ]),
        ["Soy [name]", "Gracias [name], ¿en qué te ayudo?"]
    );
    // A role, a state, a nationality, a common English word, a place, in lower case.
    stays(&[
        "Soy Cliente",
        "Soy cliente",
        "Sono Premium",
        "Sono Stanco",
        "Je suis Français",
        "Je suis Désolé",
        "Je suis Québécois",
        "Sou Brasileiro",
        "Soy Estudiante",
        "Soy Venezolano",
        "Sono Vegetariana",
        "Je suis Divorcée",
        "Soy Sauce please",
        "Soy Madrid",
        "soy xiomara",
    ]);
    // Roles, states, kin and nationalities a review found masked ("Soy [name]
    // soltera" for "Soy Madre soltera"), a tier before its noun, a nationality's
    // "-ense".
    stays(&[
        "Soy Madre soltera y necesito ayuda",
        "Hola, soy Hondureña y mi tarjeta no funciona",
        "Sono Disperata, il pacco non arriva",
        "Soy Gerente de compras",
        "Soy Gold member",
        "Soy Guatemalteca",
        "Je suis Enceinte",
        "Soy Diabético",
        "Soy Dueña",
        "Sono Incinta",
        "Sono Ospite",
        "Sono Titolare",
        "Sono Proprietario",
        "Je suis Locataire",
        "Soy Enfermera",
        "Soy Autónomo",
        "Soy Freelance",
        "Soy Empresa",
        "Soy Distribuidor",
        "Soy Mayorista",
        "Soy Residente",
        "Soy Extranjero",
        "Soy Menor de edad",
        "Soy Discapacitado",
        "Soy Hombre",
        "Soy Mujer",
        "Soy Papá",
        "Sono Felice",
        "Soy Consciente",
        "Sono Io",
        "Soy Costarricense",
        "Soy Nicaragüense",
    ]);
    // Given names and surnames that end as roles and states do: no ending is read.
    for name in [
        "Adriana", "Susana", "Mariana", "Fernando", "Herrera", "Romero", "Bautista", "Conrado",
        "Hortense", "Tia",
    ] {
        each(&[(
            format!("Soy {name}, necesito ayuda").as_str(),
            "Soy [name], necesito ayuda",
        )]);
    }
    each(&[("Soy Gold.", "Soy [name].")]);
}

/// "I'm Knackered, I want a human" gave "I'm [name], …": a state no list held was read
/// as a name. A common English participle or slang for a state is a state there, but
/// a given name; any other word that ends in "-ed" may be a given name no list holds
/// ("Hi, I'm Muhammed and my account…" was shown when any "-ed" word was a state).
#[test]
fn a_participle_no_list_holds_after_im_is_no_name() {
    stays(&[
        "I'm Knackered, I want a human",
        "I'm Chuffed.",
        "I am Stoked about the upgrade",
        "I'm Miffed",
        "I'm Gobsmacked",
        "I'm Exhausted, I want a human",
        "I am Frustrated.",
    ]);
    each(&[
        (
            "Hi, I'm Muhammed and my account is not working, I want a human",
            "Hi, I'm [name] and my account is not working, I want a human",
        ),
        (
            "Hi, I'm Mehmed. My card was blocked yesterday.",
            "Hi, I'm [name]. My card was blocked yesterday.",
        ),
        (
            "Hello I am Shahed, I want a human",
            "Hello I am [name], I want a human",
        ),
        ("hi im Muhammed, hi", "hi im [name], hi"),
        ("I'm Mehmed, I'm Mehmed!", "I'm [name], I'm [name]!"),
    ]);
    for name in [
        "Walied", "Murshed", "Sajjed", "Hammed", "Tawhed", "Towhed", "Mahmed", "Ethelred",
    ] {
        each(&[(
            format!("I'm {name}, I want a human").as_str(),
            "I'm [name], I want a human",
        )]);
    }
    each(&[
        ("I'm Ted, I want a human", "I'm [name], I want a human"),
        ("I'm Fred.", "I'm [name]."),
        ("I'm Mohammed", "I'm [name]"),
        ("I'm Ahmed", "I'm [name]"),
        ("I'm Reed", "I'm [name]"),
        ("I'm Sterling", "I'm [name]"),
        ("I'm Alfred", "I'm [name]"),
        ("I'm Mildred, hi", "I'm [name], hi"),
        ("I'm Rasheed", "I'm [name]"),
        ("I'm Khaled, hi", "I'm [name], hi"),
        (
            "I'm Banning, my card was charged",
            "I'm [name], my card was charged",
        ),
        // Before a capitalised word, a given name no list holds and its surname.
        ("I'm Winfred Smith", "I'm [name] [name]"),
    ]);
}

/// "I'm May. My order from 3 May never came" gave "3 [name]": the remembered name
/// masked the month, and the summary lost its date. Where it reads as a date, a month
/// is the month; the modal verbs stay the words; the name stays masked elsewhere.
#[test]
fn a_remembered_name_that_is_a_month_stays_where_it_reads_as_a_date() {
    assert_eq!(
        masked_all(&[
            (
                Role::Customer,
                "Hi, I'm May. My order from 3 May never came"
            ),
            (Role::Bot, "Sorry May, when did you order?"),
            (
                Role::Customer,
                "In May, on the 3rd of May. May I ask why? May 2024 too. May called twice"
            ),
        ]),
        [
            "Hi, I'm [name]. My order from 3 May never came",
            "Sorry [name], when did you order?",
            "In May, on the 3rd of May. May I ask why? May 2024 too. [name] called twice",
        ]
    );
    assert_eq!(
        masked_all(&[
            (Role::Customer, "I'm June, order placed June 5, 2024"),
            (Role::Customer, "since June. Thanks June"),
            (Role::Customer, "I'm Will. Will you help? Will said hi"),
        ]),
        [
            "I'm [name], order placed June 5, 2024",
            "since June. Thanks [name]",
            "I'm [name]. Will you help? [name] said hi",
        ]
    );
}

/// "Thanks, John Smith New York" and "Thanks, John Smith Paris, France" were shown
/// whole: the words after the name were no end of the message. A known place after a
/// given name and a surname ends the name, and is masked with it, where it stands only:
/// it may be a second surname ("Thanks, María Martínez Valencia" gave "[name] [name]
/// Valencia" when the place was shown), and a country after it stays.
#[test]
fn a_known_place_after_a_given_name_and_a_surname_in_a_sign_off_ends_the_name() {
    each(&[
        (
            "My parcel is lost. Thanks, John Smith Paris",
            "My parcel is lost. Thanks, [name] [name] [name]",
        ),
        (
            "Regards, John Smith London.",
            "Regards, [name] [name] [name].",
        ),
        (
            "Thanks, John Smith New York",
            "Thanks, [name] [name] [name] [name]",
        ),
        (
            "Thanks, John Smith Paris, France",
            "Thanks, [name] [name] [name], France",
        ),
        (
            "Thanks, Ana Garcia Lopez Madrid",
            "Thanks, [name] [name] [name] [name]",
        ),
        (
            "My parcel is lost, I want a human. Thanks, María Martínez Valencia",
            "My parcel is lost, I want a human. Thanks, [name] [name] [name]",
        ),
        ("Thanks, Luis Gómez Granada", "Thanks, [name] [name] [name]"),
        (
            "Thanks, Juan Herrera Valencia",
            "Thanks, [name] [name] [name]",
        ),
        ("Thanks, Peter Van Houston", "Thanks, [name] [name] [name]"),
        ("Regards, Carlos Del Rio", "Regards, [name] [name] [name]"),
        // After two given names, the third word is the surname; a word that is no
        // place, a surname.
        (
            "Thanks, Mary Ann Washington",
            "Thanks, [name] [name] [name]",
        ),
        ("Thanks, John Smith Kelly", "Thanks, [name] [name] [name]"),
    ]);
    // The place is masked where it stands only: no name said later.
    assert_eq!(
        masked_all(&[
            (Role::Customer, "Thanks, John Smith Paris"),
            (Role::Customer, "The Paris office, Smith again"),
        ]),
        [
            "Thanks, [name] [name] [name]",
            "The Paris office, [name] again"
        ]
    );
}

/// "me llamo xiomara" was shown, where "my name is ana lopez" is masked: in lower case
/// after another language's introduction, only a given name the list held opened a
/// name. Now any word but those these languages put there without naming anyone.
#[test]
fn a_name_no_list_holds_in_lower_case_after_another_language_s_introduction_is_masked() {
    each(&[
        ("me llamo xiomara", "me llamo [name]"),
        (
            "je m'appelle maëlys dupont et j'ai besoin d'aide",
            "je m'appelle [name] [name] et j'ai besoin d'aide",
        ),
        ("mi chiamo ottavina rossi", "mi chiamo [name] [name]"),
        ("meu nome é xiomara", "meu nome é [name]"),
        (
            "ich heiße xiomara und brauche hilfe",
            "ich heiße [name] und brauche hilfe",
        ),
        ("ik heet xiomara", "ik heet [name]"),
    ]);
    assert_eq!(
        masked_all(&[
            (Role::Customer, "me llamo xiomara"),
            (Role::Customer, "xiomara otra vez, Xiomara"),
        ]),
        ["me llamo [name]", "[name] otra vez, [name]"]
    );
    stays(&[
        "mi nombre es incorrecto en la reserva",
        "mein name ist falsch geschrieben",
        "mon nom est faux",
        "je m'appelle pas comme ça",
        "mi chiamo non importa",
        "meu nome é não importa",
        "me llamo por teléfono",
        "me llamo ayer un agente",
        "ik heet u welkom",
        "ich heiße sie willkommen",
        "mi nombre es not important",
        // What the name is like: a review found "me llamo [name] que mi papá".
        "me llamo igual que mi papá, por eso hay confusión",
        "mi nombre es largo, no cabe en el formulario",
        "mi nombre es raro",
        "mi chiamo uguale",
    ]);
}
