//! What a capitalised word after "soy", "sono", "sou" or "je suis" ("I am") is when it is
//! no name: a word → whether it says how or what the speaker is, a role, a state or a
//! nationality in Spanish, Italian, Portuguese or French ("Soy Cliente", "Sono Stanco",
//! "Je suis Désolé", "Je suis Français"). Tells; the cue is `other_languages.rs`'s.

use crate::redact::intro::is_given_name;
use crate::redact::names::fold;

/// Roles, plans, states and nationalities said after "I am" in Spanish, Italian,
/// Portuguese and French, folded (lower case, no accents): no list here knows those
/// languages' words, and capitalised after the cue any of them read as a given name no
/// list holds ("Soy Xiomara"). None is a given name (a test holds it). Sorted.
const STATES: &[&str] = &[
    "abogada",
    "abogado",
    "abonada",
    "abonado",
    "abonne",
    "abonnee",
    "advogada",
    "advogado",
    "alema",
    "alemana",
    "alemao",
    "allemand",
    "allemande",
    "americain",
    "americaine",
    "americana",
    "americano",
    "anglais",
    "anglaise",
    "aposentada",
    "aposentado",
    "arrabbiata",
    "arrabbiato",
    "avocat",
    "avocate",
    "avvocato",
    "brasileira",
    "brasileiro",
    "brasilena",
    "brasileno",
    "cansada",
    "cansado",
    "client",
    "cliente",
    "colombiana",
    "colombiano",
    "confundida",
    "confundido",
    "confus",
    "confusa",
    "confuse",
    "confuso",
    "content",
    "contenta",
    "contente",
    "contento",
    "desesperada",
    "desesperado",
    "desole",
    "desolee",
    "disponible",
    "empleada",
    "empleado",
    "employe",
    "employee",
    "enfadada",
    "enfadado",
    "enferma",
    "enfermo",
    "engenheira",
    "engenheiro",
    "enojada",
    "enojado",
    "espagnol",
    "espagnole",
    "espanhol",
    "espanhola",
    "espanol",
    "espanola",
    "estudante",
    "estudiante",
    "etudiant",
    "etudiante",
    "fatigue",
    "fatiguee",
    "feliz",
    "frances",
    "francesa",
    "francese",
    "frustrada",
    "frustrado",
    "frustrata",
    "frustrato",
    "frustre",
    "frustree",
    "furieuse",
    "furieux",
    "furiosa",
    "furioso",
    "harta",
    "harto",
    "infermiera",
    "infermiere",
    "infirmier",
    "infirmiere",
    "ingegnere",
    "ingeniera",
    "ingeniero",
    "ingenieur",
    "ingles",
    "inglesa",
    "inglese",
    "inquiet",
    "inquiete",
    "italiana",
    "italiano",
    "italien",
    "italienne",
    "jubilada",
    "jubilado",
    "lista",
    "listo",
    "malade",
    "malata",
    "malato",
    "medecin",
    "medica",
    "medico",
    "membre",
    "membro",
    "mexicana",
    "mexicano",
    "miembro",
    "molesta",
    "molesto",
    "nerveuse",
    "nerveux",
    "nerviosa",
    "nervioso",
    "nouveau",
    "nouvelle",
    "nova",
    "novo",
    "nueva",
    "nuevo",
    "nuova",
    "nuovo",
    "occupata",
    "occupato",
    "occupe",
    "occupee",
    "ocupada",
    "ocupado",
    "perdida",
    "perdido",
    "perdu",
    "perdue",
    "portugais",
    "portugaise",
    "portugues",
    "portuguesa",
    "premium",
    "preoccupata",
    "preoccupato",
    "preocupada",
    "preocupado",
    "pret",
    "prete",
    "profesor",
    "profesora",
    "professeur",
    "professor",
    "professora",
    "professore",
    "pronta",
    "pronto",
    "propietaria",
    "propietario",
    "proprietaire",
    "retraite",
    "retraitee",
    "segura",
    "seguro",
    "socia",
    "socio",
    "spagnola",
    "spagnolo",
    "stanca",
    "stanco",
    "studente",
    "studentessa",
    "suisse",
    "tedesca",
    "tedesco",
    "titular",
    "triste",
    "usuaria",
    "usuario",
    "utente",
    "utilisateur",
    "utilisatrice",
    "vip",
];

/// Whether the capitalised `word` after "soy", "sono", "sou" or "je suis" says how or
/// what the speaker is, not who ("Soy Cliente", "Je suis Désolé", "Sono Premium"): one
/// of [`STATES`], or a French nationality's "-ais", "-aise", "-ois" ("Je suis
/// Québécois", "Japonais"), but never a given name the list knows ("François").
pub(crate) fn is_state_in_another_language(word: &str) -> bool {
    let folded = fold(word);
    !is_given_name(word)
        && (STATES.binary_search(&folded.as_str()).is_ok()
            || (folded.chars().count() >= 6
                && ["ais", "aise", "ois"]
                    .iter()
                    .any(|end| folded.ends_with(end))))
}

#[cfg(test)]
mod tests {
    use super::{STATES, is_state_in_another_language};
    use crate::redact::intro::is_given_name;

    #[test]
    fn the_states_are_sorted_folded_and_no_given_names() {
        assert!(STATES.windows(2).all(|w| w[0] < w[1]));
        for word in STATES {
            assert_eq!(crate::redact::names::fold(word), *word);
            assert!(!is_given_name(word), "{word}");
        }
    }

    #[test]
    fn a_state_a_role_or_a_nationality_is_one_in_any_accent() {
        for word in [
            "Cliente",
            "Désolé",
            "Français",
            "Stanco",
            "Québécois",
            "Japonais",
            "Premium",
        ] {
            assert!(is_state_in_another_language(word), "{word}");
        }
        for word in ["Xiomara", "François", "Lucía", "Ais", "Marco"] {
            assert!(!is_state_in_another_language(word), "{word}");
        }
    }
}
