//! Places with a particle in their name: a text, where the capitalised words before the
//! particles end and where the word after them ends → whether the words name a place, a
//! building or a feast ("Rio de Janeiro", "Porto de Galinhas", "Playa del Carmen",
//! "Museo del Prado", "Santiago de Compostela"), not a person ("John van der Berg"). Read
//! so, a verb after them ("Rio de Janeiro will host it", "called it a scandal") made the
//! word after the particle a surname, masked and remembered: a review found "Janeiro"
//! masked in every later message. Only for the names no cue introduces: after "I'm",
//! "my name is" or "this is", a name is a name whatever its words. Tells.

use super::super::{letters_before, word_at};
use crate::redact::names::fold;

/// Words that open the name of a place, a building or a business in Spanish, Portuguese,
/// Italian, French or German before a particle ("Ciudad de Mexico", "Museo del Prado",
/// "Banco do Brasil", "Cirque du Soleil": a bank or a show says and calls as a person
/// does), folded: none is a given name, nor a surname in practice ("Costa" and "Serra" are:
/// "Mario Costa de Souza"; "Mar" is a given name, "María del Mar"). Not "Rio", "Porto",
/// "Torre", "Monte", "Casa", "Ponte", "Lago", "Santo", "Villa" and the like: surnames
/// too, and a review found "Porto de Souza told me", "Villa de Souza called me" shown;
/// their places are whole names of [`KNOWN_PLACES`]. Nor "Puerto", "Cabo", "Barrio",
/// "Bahia", "Baia", "Haus", "Gare", "Lagoa": surnames too, or the first word of one
/// ("Barrio de la Vega called me", "Haus de Souza called me": a later review found them
/// shown). Sorted.
const PLACE_HEADS: &[&str] = &[
    "aeroporto",
    "aeropuerto",
    "banca",
    "banco",
    "cafe",
    "caixa",
    "cidade",
    "cirque",
    "ciudad",
    "clinica",
    "estacion",
    "hotel",
    "ilha",
    "instituto",
    "ministerio",
    "musee",
    "museo",
    "museu",
    "pizzeria",
    "playa",
    "praca",
    "praia",
    "restaurante",
    "sao",
    "teatro",
    "trattoria",
    "universidad",
    "universidade",
];

/// Well-known places and feasts whose first word is a given name, a surname or a word
/// too, with their particle, in lower case and folded, words single-spaced ("Rio de
/// Janeiro", "Santiago de Compostela", "Jerez de la Frontera"). Sorted.
const KNOWN_PLACES: &[&str] = &[
    "alcala de henares",
    "casa de campo",
    "castellon de la plana",
    "cinco de mayo",
    "costa da caparica",
    "costa del sol",
    "costa do sauipe",
    "isla de margarita",
    "jerez de la frontera",
    "lago de garda",
    "lago di como",
    "lago di garda",
    "mar del plata",
    "mato grosso do sul",
    "palacio de cristal",
    "plaza de espana",
    "plaza de mayo",
    "ponte de lima",
    "porto de galinhas",
    "rio de janeiro",
    "rio de la plata",
    "rio grande do sul",
    "san juan de los lagos",
    "san miguel de allende",
    "santa cruz de tenerife",
    "santiago de chile",
    "santiago de compostela",
    "santiago de cuba",
    "sierra de guadarrama",
    "torre del greco",
    "vila do conde",
    "villa de leyva",
];

/// Whether the capitalised word or two right before `particles_start` (each past a
/// single space), the particles and the word ending at `end` name a place: the first
/// of those words one of [`PLACE_HEADS`], or the words from one of them to `end` one of
/// [`KNOWN_PLACES`].
pub(super) fn names_a_place(text: &str, particles_start: usize, end: usize) -> bool {
    let mut at = particles_start;
    for _ in 0..2 {
        let Some((start, word_end)) = capitalised_before(text, at) else {
            break;
        };
        let phrase = fold(
            &text[start..end]
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" "),
        );
        if PLACE_HEADS
            .binary_search(&fold(&text[start..word_end]).as_str())
            .is_ok()
            || KNOWN_PLACES.binary_search(&phrase.as_str()).is_ok()
        {
            return true;
        }
        at = start;
    }
    false
}

/// The capitalised word that ends right before `at` and a single space.
fn capitalised_before(text: &str, at: usize) -> Option<(usize, usize)> {
    let (start, before_end) = letters_before(text, at)?;
    let (start, end) = word_at(text, start).filter(|&(_, e)| e == before_end)?;
    text[start..end]
        .starts_with(char::is_uppercase)
        .then_some((start, end))
}

#[cfg(test)]
mod tests {
    use super::names_a_place;

    #[test]
    fn the_lists_are_sorted() {
        assert!(super::PLACE_HEADS.is_sorted());
        assert!(super::KNOWN_PLACES.is_sorted());
    }

    /// `text`'s first particle " de"/" del"/… and its last word.
    fn place(text: &str, particle: &str) -> bool {
        let at = text.find(particle).unwrap_or(0) + 1;
        names_a_place(text, at, text.len())
    }

    #[test]
    fn a_place_or_a_feast_with_a_particle_is_told() {
        for (text, particle) in [
            ("Rio de Janeiro", " de "),
            ("I flew to Porto de Galinhas", " de "),
            ("Playa del Carmen", " del "),
            ("Río de la Plata", " de "),
            ("San Juan de los Lagos", " de "),
            ("Santiago de Compostela", " de "),
            ("Rio Grande do Sul", " do "),
            ("a Cinco de Mayo", " de "),
            ("Costa del Sol", " del "),
            ("Banco do Brasil", " do "),
            ("Caixa Geral de Depositos", " de "),
        ] {
            assert!(place(text, particle), "{text:?}");
        }
    }

    #[test]
    fn a_given_name_and_a_surname_are_no_place() {
        for (text, particle) in [
            ("John van der Berg", " van "),
            ("Maria de la Cruz", " de "),
            ("Santiago de la Vega", " de "),
            ("ask de Souza", " de "),
            ("Mario Costa de Souza", " de "),
            // Surnames too: a review found "Porto de Souza told me" shown.
            ("Porto de Souza", " de "),
            ("Villa de Souza", " de "),
            ("Rio de Souza", " de "),
            // A later review: "Puerto de Souza told me to write", "Haus de Souza called me".
            ("Puerto de Souza", " de "),
            ("Cabo de Souza", " de "),
            ("Barrio de la Vega", " de "),
            ("Bahia de Souza", " de "),
            ("Haus de Souza", " de "),
        ] {
            assert!(!place(text, particle), "{text:?}");
        }
    }
}
