//! Tests of `address.rs`: street addresses and postcodes found, numbers that are no
//! address kept, and its word lists sorted.

use super::*;

#[test]
fn the_word_lists_searched_are_sorted() {
    for list in [NOT_STREET_NAMES, NOT_CITIES, NOT_PLURALS] {
        assert!(list.windows(2).all(|w| w[0] < w[1]), "{list:?}");
    }
}

/// The spans of `text` the address kinds take, as (text, mask); the units' tests use it too.
pub(super) fn found(text: &str) -> Vec<(&str, &str)> {
    let mut taken = Taken::default();
    spans(text, &mut taken);
    taken
        .into_sorted()
        .into_iter()
        .map(|(start, end, mask)| (&text[start..end], mask))
        .collect()
}

#[test]
fn street_addresses_and_postcodes_are_found() {
    for (text, expected) in [
        (
            "I live at 221B Baker Street, London",
            &[("221B Baker Street", "[address]")][..],
        ),
        (
            "ship to 1600 Pennsylvania Ave. NW",
            &[("1600 Pennsylvania Ave. NW", "[address]")],
        ),
        (
            "12 rue de la Paix, Paris",
            &[("12 rue de la Paix", "[address]")],
        ),
        (
            "10 Downing St, London SW1A 2AA",
            &[("10 Downing St", "[address]"), ("SW1A 2AA", "[postcode]")],
        ),
        ("Springfield, IL 62704", &[("62704", "[postcode]")]),
        ("Austin Texas 78701-1234", &[("78701-1234", "[postcode]")]),
        ("my zip code is 90210", &[("90210", "[postcode]")]),
        ("postcode: sw1a 1aa", &[("sw1a 1aa", "[postcode]")]),
        // A street in lower case, a ZIP code after a city alone.
        (
            "i live at 42 baker street",
            &[("42 baker street", "[address]")],
        ),
        ("12 oak ave", &[("12 oak ave", "[address]")]),
        (
            "ship it to 7 old mill rd.",
            &[("7 old mill rd.", "[address]")],
        ),
        (
            "it's 300 main st, apt 4",
            &[("300 main st", "[address]"), ("apt 4", "[address]")],
        ),
        ("Springfield 62704", &[("62704", "[postcode]")]),
        ("Boston, 02110-1234 USA", &[("02110-1234", "[postcode]")]),
    ] {
        assert_eq!(found(text), expected, "{text:?}");
    }
}

#[test]
fn numbers_that_are_no_address_stay() {
    for text in [
        "order 62704 is late",
        "I waited 2 hours on the way",
        "3 items to the court",
        "OK 12345 is my order",
        "ride ID 66231",
        "I have 12345 points",
        "flight BA123 at gate 4",
        "a 55 inch TV",
        // STAR star-2381: a time, then a doctor.
        "Hopefully today, Wednesday, at 6 pm. Dr Alexis is the best",
        "see you at 6 Pm Dr Alexis",
        // The near misses of a street in lower case and of a ZIP
        // code after a city.
        "I waited 2 hours on the road",
        "we drove 5 miles down the road",
        "a 2 lane road",
        "it was a 2 hour drive",
        "at 10:30 main street",
        "it cost $12 oak ave prices",
        "order 12345",
        "Order 12345 is late",
        "room 42",
        "Room 42 at 10:30 for $12.50",
        "Flight 12345 was cancelled",
        "Invoice 12345",
        "Monday 12345",
        "Springfield 62704.50",
    ] {
        assert_eq!(found(text), [], "{text:?}");
    }
}

/// The full stop after a street's full word ends the sentence and stays out of the mask
/// ("I'm in Apt 4B at 12 Main Street. Let me talk…" read "[address] Let me talk…");
/// after an abbreviation it is the abbreviation's, masked with it (review: "[address].,
/// [address]" for "12 Main St., Apt 4").
#[test]
fn the_full_stop_after_a_street_stays() {
    for (text, expected) in [
        (
            "I live at 12 Main Street. Let me talk to a human",
            "12 Main Street",
        ),
        ("We moved to 4 Old Mill Road. Thanks", "4 Old Mill Road"),
        ("I live at 12 Main St. Call me", "12 Main St."),
        ("I live at 12 Oak Dr. and I want a refund", "12 Oak Dr."),
        ("It is 12 Main St. NW. Call me", "12 Main St. NW."),
        (
            "Ship it to 1600 Pennsylvania Ave., Washington",
            "1600 Pennsylvania Ave.",
        ),
    ] {
        assert_eq!(found(text), [(expected, "[address]")], "{text:?}");
    }
}

/// A flat after a street, past its full stop, is beside it still.
#[test]
fn a_flat_after_a_street_and_its_full_stop_is_masked() {
    for (text, street) in [
        ("Ship it to 300 Main St. Apt 4 please", "300 Main St."),
        ("Ship it to 300 Main St., Apt 4 please", "300 Main St."),
        (
            "I live at 300 Main Street. Apt 4, second floor",
            "300 Main Street",
        ),
    ] {
        assert_eq!(
            found(text),
            [(street, "[address]"), ("Apt 4", "[address]")],
            "{text:?}"
        );
    }
}

/// A plural common noun after the street's word: the number counts things ("2 St. Ives
/// Road bikes"); a review found "I bought [address] bikes last week".
#[test]
fn a_count_of_things_before_a_plural_noun_is_no_address() {
    for text in [
        "I bought 2 St. Ives Road bikes last week",
        "we sold 3 Main Street maps",
        "got 4 Abbey Road records",
    ] {
        assert_eq!(found(text), [], "{text:?}");
    }
}

/// The addresses beside it stay masked: an abbreviation's full stop, no plural noun, a
/// word ending in "s" that is none ("is", "was", "sometimes"), a capitalised word.
#[test]
fn a_street_before_other_words_stays_an_address() {
    for (text, address) in [
        ("I live at 12 St. Louis Ave. now", "12 St. Louis Ave."),
        ("I live at 12 Main Street", "12 Main Street"),
        ("12 Main Street is my address", "12 Main Street"),
        ("12 Main Street was sold", "12 Main Street"),
        ("12 Main Street sometimes floods", "12 Main Street"),
        ("12 Main St. bikes are parked", "12 Main St."),
        ("12 Main Street Apartments", "12 Main Street"),
        ("my house 12 Main Street has mold", "12 Main Street"),
        ("5 Elm Road towards the park", "5 Elm Road"),
    ] {
        assert_eq!(found(text), [(address, "[address]")], "{text:?}");
    }
}

/// A review found an address before a plural shown ("I live at 12 Main Street apartments
/// 4B"): a count of things only follows a purchase's verb, and never names homes.
#[test]
fn a_street_before_a_plural_stays_an_address_but_after_a_purchase() {
    for (text, address) in [
        (
            "My address: 77 Sunset Boulevard homes, LA",
            "77 Sunset Boulevard",
        ),
        ("I live at 12 Main Street apartments 4B", "12 Main Street"),
        (
            "Send it to 12 Main Street apartments please",
            "12 Main Street",
        ),
        (
            "The mail goes to 2 Baker Street residents",
            "2 Baker Street",
        ),
        (
            "My office is 40 Wall Street offices, floor 3",
            "40 Wall Street",
        ),
        ("Ship to 221 Baker Street rooms 4 and 5", "221 Baker Street"),
        ("We are at 3 High Street shops, unit 2", "3 High Street"),
        ("I live at 5 Park Avenue towers", "5 Park Avenue"),
        ("Send to 14 Church Road houses", "14 Church Road"),
        (
            "My address is 88 Station Road buildings block B",
            "88 Station Road",
        ),
        ("I live at 12 Main Street bikes", "12 Main Street"),
        ("I have 2 Main Street flats", "2 Main Street"),
        ("I bought 2 Main Street houses", "2 Main Street"),
    ] {
        assert!(
            found(text).contains(&(address, "[address]")),
            "{text:?}: {:?}",
            found(text)
        );
    }
}

#[test]
fn the_lists_are_sorted() {
    assert!(super::PURCHASES.is_sorted());
    assert!(super::DWELLINGS.is_sorted());
    assert!(super::NOT_PLURALS.is_sorted());
}
