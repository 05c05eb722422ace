//! Places beside names: a name fact → the name without the known place after it
//! ("Thanks, John Smith Paris" → "John Smith"), and whether a name is a known place
//! all of it ("Detroit"), which is no name fact, where the words around it say no one
//! is meant ("My son Jordan", "Thanks, Chad"). The known places are `text::places`'s.

use super::super::again::{RELATIVES, introduces_self};
use super::words::ADDRESSING;
use crate::redact::{is_given_name, place_after_a_name};
use crate::text::places::{LONGEST, is_known_place_any_accent};

/// Given names that are known places too (`text/places.txt`), which redaction's given
/// names (`redact::is_given_name`) leave out: a person as often as a place ("Hi, this
/// is Austin", "My son Jordan"). Sorted.
const GIVEN_PLACES: &[&str] = &[
    "Austin", "Chad", "Dallas", "Florence", "Georgia", "Houston", "Israel", "Jordan", "Orlando",
    "Paris", "Phoenix", "Sydney", "Vienna", "Virginia",
];

/// Words right before a name that say it is a place ("flying to Sydney", "I live in
/// Austin").
const BEFORE_A_PLACE: &[&str] = &[
    "around", "at", "from", "in", "inside", "into", "near", "outside", "to", "toward", "towards",
    "via", "visit", "visiting",
];

/// Verbs right before a name, or before "to", "with" or "for" and it, that say it is a
/// person's ("I spoke to Georgia", "Please ask Madison", "ask for Austin", "I met
/// Paris Hilton").
const TO_A_PERSON: &[&str] = &[
    "ask", "asked", "asking", "met", "speak", "speaking", "spoke", "spoken", "talk", "talked",
    "talking", "tell", "told",
];

/// Whether the one word `name` (as written) is a given name, of redaction's list or of
/// [`GIVEN_PLACES`] ("Austin", "Jordan", "Sydney").
fn is_a_given_name(name: &str) -> bool {
    is_given_name(name) || GIVEN_PLACES.binary_search(&name).is_ok()
}

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
/// not: "Detroit", "New York", "Bogotá", "Austin"): a city the customer goes to or
/// from, no one an agent would call (STAR gave "Detroit", "Chicago", "Pittsburgh" as
/// names), where no person is meant ([`is_a_place_in`]). A name of more words that
/// holds one ("Old Town Inn Chicago", "Chicago Pizza Co") is a name still.
fn is_a_place(name: &str) -> bool {
    // A place has a few words: a longer run is read no further.
    let words: Vec<&str> = name.split_whitespace().take(LONGEST + 1).collect();
    is_known_place_any_accent(&words)
}

/// Whether the name `name` at `start` of `text` is a place there ([`is_a_place`]:
/// "flying to Detroit", "I live in Austin"), no one: the words before it name no person
/// (the customer introduced: "this is Austin", "I'm Dakota"; a relative beside it: "My
/// son Jordan", "my wife Georgia"; spoken to or asked for: "I spoke to Georgia",
/// "ask Madison"; a given name greeted or signed: "Thanks, Chad."), and a given name
/// ([`is_a_given_name`]) only after a word that says it is a place ("to Sydney", "in
/// Austin"; [`BEFORE_A_PLACE`]). A review found each of those people a `place`.
pub(in crate::summary) fn is_a_place_in(text: &str, start: usize, name: &str) -> bool {
    if !is_a_place(name) {
        return false;
    }
    let before = text.get(..start).unwrap_or("");
    // The two words before the name, lowered (a long message costs each name the same).
    let words: Vec<String> = (before.rsplit(|c: char| !(c.is_alphanumeric() || c == '\'')))
        .filter(|w| !w.is_empty())
        .take(2)
        .map(str::to_lowercase)
        .collect();
    let last = words.first().map_or("", String::as_str);
    let second = words.get(1).map_or("", String::as_str);
    let given = !name.contains(' ') && is_a_given_name(name);
    let to_a_person = TO_A_PERSON.contains(&last)
        || (matches!(last, "to" | "with" | "for") && TO_A_PERSON.contains(&second));
    // A relation word right before it ("my son Jordan"), not "my" alone ("my Boston
    // trip").
    let relative = RELATIVES.contains(&last) && !matches!(last, "my" | "our" | "his" | "her");
    let person =
        introduces_self(before) || relative || to_a_person || (given && ADDRESSING.contains(&last));
    !person && (!given || BEFORE_A_PLACE.contains(&last))
}

#[cfg(test)]
mod tests {
    use super::{GIVEN_PLACES, is_a_place, is_a_place_in, without_a_place_after};

    #[test]
    fn the_given_places_are_sorted_and_known_places() {
        assert!(GIVEN_PLACES.windows(2).all(|w| w[0] < w[1]));
        assert!(
            GIVEN_PLACES.iter().all(|p| is_a_place(p)),
            "{GIVEN_PLACES:?}"
        );
    }

    /// Regression: "Hi, this is Austin.", "My son Jordan…", "Thanks, Chad." gave `place`
    /// facts. A person cue before a place, or a given name without a place cue, makes
    /// it a name; a place cue keeps a place.
    #[test]
    fn a_place_is_one_where_no_person_is_meant() {
        for (text, name) in [
            ("Thanks, Chad. My order is late.", "Chad"),
            ("My son Jordan needs a new ticket.", "Jordan"),
            ("My daughter Sydney lost her card.", "Sydney"),
            ("My wife Georgia booked it.", "Georgia"),
            ("My uncle Paris will pick it up.", "Paris"),
            ("I spoke to Georgia yesterday.", "Georgia"),
            ("Hi, this is Austin. My order is late.", "Austin"),
            ("Please ask Madison to call me back.", "Madison"),
            (
                "My name is Charlotte and my flight is cancelled.",
                "Charlotte",
            ),
            ("I fly with Sydney.", "Sydney"),
        ] {
            let start = text.find(name).unwrap_or_default();
            assert!(!is_a_place_in(text, start, name), "{text}");
        }
        for (text, name) in [
            ("I'm flying to Detroit tomorrow.", "Detroit"),
            (
                "The hotel is in New York and my booking vanished.",
                "New York",
            ),
            ("I need to cancel my Boston trip.", "Boston"),
            ("I live in Austin and my order is late.", "Austin"),
            ("I'm flying to Sydney tomorrow.", "Sydney"),
            ("The hotel is in New York.", "New York"),
            ("Hello, Miami!", "Miami"),
            ("Detroit is cold.", "Detroit"),
        ] {
            let start = text.find(name).unwrap_or_default();
            assert!(is_a_place_in(text, start, name), "{text}");
        }
    }

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
        for name in ["Old Town Inn Chicago", "John Smith", "Smith", ""] {
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
