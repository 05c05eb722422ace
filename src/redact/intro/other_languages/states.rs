//! What a capitalised word after "soy", "sono", "sou" or "je suis" ("I am") is when it is
//! no name: a word → whether it says how or what the speaker is, a role, a state or a
//! nationality in Spanish, Italian, Portuguese or French ("Soy Cliente", "Sono Stanco",
//! "Je suis Désolé", "Je suis Français"). Tells; the cue is `other_languages.rs`'s.

use crate::redact::intro::is_given_name;
use crate::redact::names::fold;

mod words;
use words::STATES;

/// Whether the capitalised `word` after "soy", "sono", "sou" or "je suis" says how or
/// what the speaker is, not who ("Soy Cliente", "Je suis Désolé", "Sono Premium"): one
/// of [`STATES`], a French nationality's "-ais", "-aise", "-ois" ("Je suis
/// Québécois", "Japonais"), or a Spanish or Portuguese one's "-ense" of nine letters
/// or more ("Soy Costarricense", "Nicaragüense"; not "Hortense", a given name), but
/// never a given name the list knows ("François"). No other ending: given names and surnames end as roles and
/// states do ("-ana": "Adriana", "Susana"; "-ero", "-era": "Romero", "Herrera"; "-ado":
/// "Conrado", "Delgado"; "-ista": "Bautista"), and a name shown is worse than a word
/// masked.
pub(crate) fn is_state_in_another_language(word: &str) -> bool {
    let folded = fold(word);
    let ends_as_a_nationality = |ends: &[&str], shortest: usize| {
        folded.chars().count() >= shortest && ends.iter().any(|end| folded.ends_with(end))
    };
    !is_given_name(word)
        && (STATES.binary_search(&folded.as_str()).is_ok()
            || ends_as_a_nationality(&["ais", "aise", "ois"], 6)
            || ends_as_a_nationality(&["ense"], 9))
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
            "Costarricense",
            "Nicaragüense",
            "Hondureña",
            "Madre",
            "Gerente",
            "Enceinte",
            "Diabético",
            "Io",
        ] {
            assert!(is_state_in_another_language(word), "{word}");
        }
        for word in [
            "Xiomara",
            "François",
            "Lucía",
            "Ais",
            "Marco",
            "Adriana",
            "Susana",
            "Mariana",
            "Fernando",
            "Herrera",
            "Romero",
            "Bautista",
            "Conrado",
            "Tia",
            "Dona",
            "Hortense",
        ] {
            assert!(!is_state_in_another_language(word), "{word}");
        }
    }
}
