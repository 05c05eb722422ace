//! The parts of an address around its street: a text and the spans taken → the spans of
//! a flat's or a suite's number ("Apt 5B", "Flat 3", "Suite 200") beside a street masked
//! or where the words before say someone lives or gets mail there ("I live in Flat 3",
//! "deliver to Unit 4"), a post office box ("PO Box 1234") and a ZIP code after a city
//! and a state's two capitals without a comma when a street masked stands before them
//! ("42 Main Street, Springfield IL 62704"). The street itself, the direction after it
//! ("… Avenue NW") and the other postcodes are `address.rs`'s.

use std::sync::LazyLock;

use regex::Regex;

use super::super::Kind;
use super::super::taken::Taken;

/// A flat's, a suite's or a unit's word and its number ("Apt 5B", "Flat 3", "Suite
/// #200", "apt. 4", "Unit B2"): the word is the first group, the whole is the address's.
static UNIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?-u:\b)((?i:apt|apartment|flat|suite|ste|unit))\.?[ \t]*(?:#|(?i:no\.?))?[ \t]*(?:[0-9]{1,5}[A-Za-z]?|[A-Za-z][0-9]{1,4})(?-u:\b)",
    )
    .expect("the unit pattern is valid")
});

/// A post office box and its number ("PO Box 1234", "P.O. Box 77", "po box 5").
static PO_BOX: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:p\.?[ ]?o\.?|post[ ]office)[ ]?box[ \t]*#?[ \t]*[0-9]{1,6}(?-u:\b)")
        .expect("the PO box pattern is valid")
});

/// A state's two capitals and a ZIP code ("IL 62704"): the ZIP code is the group. The
/// city before it is read by [`city_after_a_street`].
static STATE_ZIP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY)[ ]+([0-9]{5}(?:-[0-9]{4})?)(?-u:\b)")
        .expect("the state zip pattern is valid")
});

/// Takes the spans of a flat's number, a PO box and a ZIP code after a street masked
/// (`[address]`, `[postcode]`) that no span taken overlaps. A flat's word in any case
/// is one next to a street masked ("300 main st, apt 4") or where someone lives
/// ([`where_someone_lives`]): "Office Suite 2019", "Unit 4 of the course", "my apt 3
/// weeks ago" name no flat. A time or a measure after the number is none ("Unit 3 pm").
pub(super) fn spans(text: &str, taken: &mut Taken) {
    let address = Kind::Address.mask();
    for found in UNIT.captures_iter(text) {
        let (Some(whole), Some(word)) = (found.get(0), found.get(1)) else {
            continue;
        };
        if (beside_an_address(text, whole.start(), whole.end(), taken)
            || where_someone_lives(text, word.start())
            || where_someone_is(text, word.start(), word.end(), whole.end()))
            && !before_a_time_or_measure(&text[whole.end()..])
            && !taken.overlaps(whole.start(), whole.end())
        {
            taken.push((whole.start(), whole.end(), address));
        }
    }
    taken.settle();
    for found in PO_BOX.find_iter(text) {
        if !taken.overlaps(found.start(), found.end()) {
            taken.push((found.start(), found.end(), address));
        }
    }
    taken.settle();
    let postcode = Kind::Postcode.mask();
    for found in STATE_ZIP.captures_iter(text) {
        let (Some(whole), Some(zip)) = (found.get(0), found.get(1)) else {
            continue;
        };
        if city_after_a_street(text, whole.start(), taken)
            && !taken.overlaps(zip.start(), zip.end())
        {
            taken.push((zip.start(), zip.end(), postcode));
            taken.settle();
        }
    }
}

/// Whether a street masked ends right before `start` or starts right after `end`, past a
/// comma and spaces ("300 main st, apt 4", "apt 4, 300 main st"; past the full stop
/// that ends a sentence after the street, which its mask leaves out: "300 Main Street.
/// Apt 4").
fn beside_an_address(text: &str, start: usize, end: usize, taken: &Taken) -> bool {
    let before = text[..start].trim_end_matches([' ', '\t', ',']).len();
    let after = end + (text[end..].len() - text[end..].trim_start_matches([' ', '\t', ',']).len());
    let address = Kind::Address.mask();
    street_ends_at(text, before, taken)
        || (after < text.len()
            && taken
                .overlapping(after, after + 1)
                .any(|(s, _, m)| s == after && m == address))
}

/// Whether a street masked ends at `at` of `text`, or right before the full stop there
/// (a sentence's, which the street's mask leaves out).
fn street_ends_at(text: &str, at: usize, taken: &Taken) -> bool {
    let ends = |at: usize| {
        at > 0
            && taken
                .overlapping(at - 1, at)
                .any(|(_, e, m)| e == at && m == Kind::Address.mask())
    };
    ends(at) || (text[..at].ends_with('.') && ends(at - 1))
}

/// Words that say a place is where someone lives or gets mail, before a flat's word
/// without a street beside it ("I live in Flat 3", "my address is Apt 5B", "deliver to
/// Unit 4"). Sorted.
const WHERE_ONE_LIVES: &[&str] = &[
    "address",
    "deliver",
    "delivered",
    "delivery",
    "live",
    "lived",
    "lives",
    "living",
    "mail",
    "moved",
    "moving",
    "post",
    "rent",
    "renting",
    "reside",
    "ship",
    "shipped",
    "shipping",
    "stay",
    "staying",
];

/// Words right before a flat's word that lead to a place ("live in", "address is",
/// "deliver to"). Sorted.
const TO_A_PLACE: &[&str] = &["at", "in", "into", "is", "to"];

/// Whether the words before the flat's word at `start` say it is where someone lives or
/// gets mail: one of [`WHERE_ONE_LIVES`] right before it ("rent Flat 3", "address: Apt
/// 5B"), or one of [`TO_A_PLACE`] right before it and one of [`WHERE_ONE_LIVES`] among
/// the four words before that, in the same sentence ("I live in Flat 3", "my address is
/// Apt 5B", "please deliver it to Unit 4"). A capitalised word alone is no flat: "Office
/// Suite 2019", "Unit 4 of the course", "book Suite 12" (a review found them masked).
fn where_someone_lives(text: &str, start: usize) -> bool {
    let before = &text[..start];
    let clause = before
        .rfind(['.', '!', '?', ';', '\n'])
        .map_or(before, |at| &before[at + 1..]);
    let words: Vec<String> = clause
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let lives = |w: &String| WHERE_ONE_LIVES.binary_search(&w.as_str()).is_ok();
    match words.split_last() {
        Some((last, _)) if lives(last) => true,
        Some((last, rest)) if TO_A_PLACE.binary_search(&last.as_str()).is_ok() => {
            rest.iter().rev().take(4).any(lives)
        }
        _ => false,
    }
}

/// Whether "I'm in", "I am in", "we're in" or "we are in" stand right before the flat's
/// word at `start..word_end` whose number ends at `end`: "I'm in apt 4", "I'm in Flat 3
/// of the building", "we're in unit 12B" say where the customer is (a review found them
/// shown). A unit with a number alone is a course's as often ("I'm in unit 3 and can't
/// open the quiz", "I'm in Unit 4 of the course": a later review found them masked): a
/// unit only with a letter in its number ("unit 12B"); a street beside it makes it a
/// flat too ([`beside_an_address`]). Not "they're in": a thing's place as often.
fn where_someone_is(text: &str, start: usize, word_end: usize, end: usize) -> bool {
    let words: Vec<String> = text[..start]
        .rsplit(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(3)
        .map(str::to_lowercase)
        .collect();
    let words: Vec<&str> = words.iter().map(String::as_str).collect();
    let unit = text[start..word_end].eq_ignore_ascii_case("unit");
    matches!(
        words.as_slice(),
        ["in", "im", ..] | ["in", "m" | "am", "i"] | ["in", "re" | "are", "we"]
    ) && (!unit
        || text[word_end..end]
            .rsplit([' ', '\t', '#', '.'])
            .next()
            .is_some_and(|number| number.chars().any(char::is_alphabetic)))
}

/// Whether what follows a flat's number makes it a time or a measure ("3 pm", "3%",
/// "3 weeks").
fn before_a_time_or_measure(after: &str) -> bool {
    let after = after.trim_start_matches([' ', '\t']);
    let word: String = after
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '%')
        .flat_map(char::to_lowercase)
        .collect();
    after.starts_with([':', '%'])
        || matches!(
            word.as_str(),
            "am" | "pm" | "percent" | "days" | "weeks" | "months" | "years" | "hours" | "minutes"
        )
}

/// Whether the one to three capitalised words before `state` (a city's) follow a street
/// masked, past a comma and spaces ("42 Main Street, Springfield IL 62704").
fn city_after_a_street(text: &str, state: usize, taken: &Taken) -> bool {
    let mut at = text[..state].trim_end_matches(' ').len();
    let mut words = 0;
    while words < 3 {
        let before = &text[..at];
        let start = before
            .char_indices()
            .rev()
            .find(|&(_, c)| !c.is_alphabetic())
            .map_or(0, |(i, c)| i + c.len_utf8());
        if start == at || !before[start..].starts_with(char::is_uppercase) {
            break;
        }
        words += 1;
        at = start;
        let address_end = text[..at].trim_end_matches([' ', ',']).len();
        if address_end < at && street_ends_at(text, address_end, taken) {
            return true;
        }
        at = text[..at].trim_end_matches(' ').len();
    }
    false
}

#[cfg(test)]
mod tests {
    use super::super::tests::found;

    /// "Apt 5B", "Flat 3", "PO Box 1234" and the ZIP code of "Springfield IL 62704"
    /// after a street were shown.
    #[test]
    fn flats_boxes_and_a_zip_after_a_street_are_masked() {
        for (text, expected) in [
            ("I live in Apt 5B", &[("Apt 5B", "[address]")][..]),
            ("I rent Flat 3 now", &[("Flat 3", "[address]")]),
            ("my address is Apt 5B", &[("Apt 5B", "[address]")]),
            ("please deliver it to Unit 4", &[("Unit 4", "[address]")]),
            ("I live in flat 3", &[("flat 3", "[address]")]),
            (
                "The address is 12 Main Street N.W.",
                &[("12 Main Street N.W.", "[address]")],
            ),
            (
                "The address is 12 Main Street S.E., Washington",
                &[("12 Main Street S.E.", "[address]")],
            ),
            (
                "Send to 12 Main St. N.W. Washington DC 20001",
                &[("12 Main St. N.W.", "[address]"), ("20001", "[postcode]")],
            ),
            ("send it to PO Box 1234", &[("PO Box 1234", "[address]")]),
            ("p.o. box 77 please", &[("p.o. box 77", "[address]")]),
            (
                "it's 300 main st, apt 4",
                &[("300 main st", "[address]"), ("apt 4", "[address]")],
            ),
            (
                "42 Main Street, Springfield IL 62704",
                &[("42 Main Street", "[address]"), ("62704", "[postcode]")],
            ),
            (
                "1600 Pennsylvania Avenue NW, Washington DC 20500",
                &[
                    ("1600 Pennsylvania Avenue NW", "[address]"),
                    ("20500", "[postcode]"),
                ],
            ),
        ] {
            assert_eq!(found(text), expected, "{text:?}");
        }
    }

    #[test]
    fn the_lists_are_sorted() {
        assert!(super::WHERE_ONE_LIVES.is_sorted());
        assert!(super::TO_A_PLACE.is_sorted());
    }

    #[test]
    fn a_flat_word_or_a_state_that_is_no_address_stays() {
        for text in [
            "my apt 3 weeks ago was fine",
            "a flat 3 percent fee",
            "the flat 3 was nice",
            "Unit 3 pm meeting",
            // A product's or a course's unit, a suite booked: no one lives there (a
            // review found them masked).
            "Microsoft Office Suite 2019 key",
            "Adobe Creative Suite 6",
            "Unit 4 of the course is locked",
            "The Unit 4 tests failed",
            "Update firmware for Unit 7",
            "Unit 2 price went up",
            "book Suite 12 for the conference",
            "Check Apartment 2 listings",
            "Ste 2 forms",
            "Flat 3 is leaking into flat 4",
            "IL 62704",
            "Springfield IL 62704",
            "order OK 12345",
            "I have 2 boxes",
        ] {
            assert_eq!(found(text), [], "{text:?}");
        }
    }
}
