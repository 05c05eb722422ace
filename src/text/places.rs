//! Known places: words as written → whether they name a country, a US state, a
//! Canadian province or a city travellers name (`places.txt`), so that a bare "No, X."
//! tells a place ("No, Portugal.", "No, China.", "no, portugal") from a person ("No,
//! Jones."), which capitals alone cannot. Read by the summaries' corrections, and by `--redact` to
//! keep a remembered name's word inside a place's name ("Cabo San Lucas" after "I'm
//! Lucas") and a place's word out of a name after "my name is" ("Jane Doe London office").

use std::sync::LazyLock;

use super::accents::without_accents;
use super::capitalised;
use super::english::is_common_english;

/// The places of `places.txt`, without its notes: lower case, sorted, for a binary
/// search.
static PLACES: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    include_str!("places.txt")
        .lines()
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .collect()
});

/// The longest place a name of [`PLACES`] can have, in words ("papua new guinea").
pub(crate) const LONGEST: usize = 3;

/// Whether `words` (as written, one to [`LONGEST`]) are together a known place: in any
/// case ("portugal"), but one whose name is a common English word ("China", "Turkey",
/// "Wales") only capitalised, each word ("No, china." may be the dishes).
pub(crate) fn is_known_place(words: &[&str]) -> bool {
    if words.is_empty() || words.len() > LONGEST {
        return false;
    }
    let lower = words.join(" ").to_lowercase();
    PLACES.binary_search(&lower.as_str()).is_ok()
        && (!is_common_english(&lower) || words.iter().all(|w| capitalised(w)))
}

/// [`is_known_place`], accents or not: "Bogotá", "Zürich", "Montréal" as "Bogota",
/// "Zurich", "Montreal" (the list is written without them). A word with none is looked
/// up once. Accents come off as redaction folds names ([`super::accents`]).
pub(crate) fn is_known_place_any_accent(words: &[&str]) -> bool {
    if is_known_place(words) {
        return true;
    }
    if words.len() > LONGEST || words.iter().all(|w| w.is_ascii()) {
        return false;
    }
    let bare: Vec<String> = (words.iter())
        .map(|w| without_accents(w).unwrap_or_else(|| (*w).to_owned()))
        .collect();
    is_known_place(&bare.iter().map(String::as_str).collect::<Vec<_>>())
}

/// Whether `word` (any case) is a word of a known place's name ("London", "Francisco",
/// "San"): after "my name is Jane Doe", such a word is no third word of the name ("My
/// name is Jane Doe London office": a review found "London" masked everywhere after).
pub(crate) fn is_known_place_word(word: &str) -> bool {
    // Every word of every place, sorted: a binary search, not a pass over all places
    // for each word asked.
    static WORDS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
        let mut words: Vec<&str> = PLACES.iter().flat_map(|p| p.split(' ')).collect();
        words.sort_unstable();
        words.dedup();
        words
    });
    WORDS.binary_search(&word.to_lowercase().as_str()).is_ok()
}

#[cfg(test)]
mod tests {
    use super::{LONGEST, PLACES, is_known_place, is_known_place_any_accent, is_known_place_word};

    #[test]
    fn the_places_are_sorted_lower_case_and_short() {
        assert!(PLACES.len() > 300);
        assert!(PLACES.windows(2).all(|w| w[0] < w[1]));
        for place in PLACES.iter() {
            assert_eq!(*place, place.to_lowercase());
            assert!(place.split(' ').count() <= LONGEST, "{place}");
        }
    }

    #[test]
    fn a_place_is_known_with_its_accents_or_without() {
        for place in [
            &["Bogotá"][..],
            &["Bogota"],
            &["Montréal"],
            &["Kraków"],
            &["İstanbul"],
            &["New", "York"],
        ] {
            assert!(is_known_place_any_accent(place), "{place:?}");
        }
        for words in [&["Bogotà", "Smith"][..], &["Zoë"], &[]] {
            assert!(!is_known_place_any_accent(words), "{words:?}");
        }
    }

    #[test]
    fn a_word_of_a_place_is_known_in_any_case() {
        for word in ["London", "francisco", "San", "DIEGO"] {
            assert!(is_known_place_word(word), "{word}");
        }
        for word in ["Doe", "Silva", "sa"] {
            assert!(!is_known_place_word(word), "{word}");
        }
    }

    #[test]
    fn a_place_is_known_in_any_case_but_a_common_word_only_capitalised() {
        for place in [
            &["Portugal"][..],
            &["portugal"],
            &["China"],
            &["Turkey"],
            &["New", "York"],
            &["new", "york"],
        ] {
            assert!(is_known_place(place), "{place:?}");
        }
        for other in [
            &["china"][..],
            &["turkey"],
            &["Jones"],
            &["thanks"],
            &["never", "mind"],
            &["New"],
        ] {
            assert!(!is_known_place(other), "{other:?}");
        }
    }

    /// Regression: docs/packets.md gave a Canadian province as a place, but
    /// Saskatchewan, Manitoba, British Columbia and Nova Scotia were no known places
    /// ("Send it to Regina, Saskatchewan" gave the `name` "Saskatchewan").
    #[test]
    fn every_canadian_province_and_territory_is_known() {
        for place in [
            "Alberta",
            "British Columbia",
            "Manitoba",
            "New Brunswick",
            "Newfoundland",
            "Nova Scotia",
            "Ontario",
            "Prince Edward Island",
            "Quebec",
            "Saskatchewan",
            "Northwest Territories",
            "Nunavut",
            "Yukon",
            "Winnipeg",
            "Halifax",
        ] {
            let words: Vec<&str> = place.split(' ').collect();
            assert!(is_known_place(&words), "{place}");
        }
    }
}
