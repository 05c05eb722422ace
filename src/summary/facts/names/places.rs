//! Places beside names: a name fact → the name without the known place after it
//! ("Thanks, John Smith Paris" → "John Smith"), and whether a name is a known place
//! all of it ("Detroit"), which is no name fact. The known places are `text::places`'s.

use crate::redact::{is_given_name, place_after_a_name};
use crate::text::places::{LONGEST, is_known_place_any_accent};

/// `name` without the known place after a given name and a surname, and the words
/// after that place, as redaction reads a sign-off (`redact::place_after_a_name`):
/// "John Smith Paris" → "John Smith", "John Smith New York" → "John Smith"; "Mary Ann
/// Washington" as it is, and never cut right after a particle ("Peter Van Houston",
/// "Carlos Del Rio" gave "Peter Van", "Carlos Del"). Reads the words of the name once,
/// a place's few at each.
pub(super) fn without_a_place_after(name: &str) -> &str {
    let words: Vec<(usize, &str)> = name
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - name.as_ptr() as usize, w))
        .collect();
    let bare: Vec<&str> = words.iter().map(|&(_, w)| w).collect();
    (2..bare.len())
        .find(|&i| place_after_a_name(&bare[..i], &bare[i..bare.len().min(i + 3)]).is_some())
        .map_or(name, |i| name[..words[i].0].trim_end())
}

/// Whether `name` (as written) is a known place all of it (`text::places`, accents or
/// not: "Detroit", "New York", "Bogotá"), and no given name ("Charlotte", "Austin" may
/// be someone): a city the customer goes to or from, no one an agent would call (STAR
/// gave "Detroit", "Chicago", "Pittsburgh" as names). A name of more words that holds one
/// ("Old Town Inn Chicago", "Chicago Pizza Co") is a name still.
pub(in crate::summary) fn is_a_place(name: &str) -> bool {
    // A place has a few words: a longer run is read no further.
    let words: Vec<&str> = name.split_whitespace().take(LONGEST + 1).collect();
    is_known_place_any_accent(&words) && !matches!(words[..], [one] if is_given_name(one))
}

#[cfg(test)]
mod tests {
    use super::{is_a_place, without_a_place_after};

    #[test]
    fn a_known_place_all_of_it_is_no_name() {
        for place in [
            "Detroit",
            "Chicago",
            "Pittsburgh",
            "New York",
            "Bogotá",
            "Bogota",
        ] {
            assert!(is_a_place(place), "{place}");
        }
        for name in [
            "Old Town Inn Chicago",
            "John Smith",
            "Charlotte",
            "Smith",
            "",
        ] {
            assert!(!is_a_place(name), "{name}");
        }
    }

    #[test]
    fn a_place_after_a_name_and_its_initial_is_left_out() {
        assert_eq!(
            without_a_place_after("John A. Smith Paris"),
            "John A. Smith"
        );
        assert_eq!(without_a_place_after("John Smith New York"), "John Smith");
        assert_eq!(
            without_a_place_after("Peter Van Houston"),
            "Peter Van Houston"
        );
    }
}
