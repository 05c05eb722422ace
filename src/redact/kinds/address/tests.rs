//! Tests of `address.rs`: street addresses and postcodes found, numbers that are no
//! address kept, and its word lists sorted.

use super::*;

#[test]
fn the_word_lists_searched_are_sorted() {
    for list in [NOT_STREET_NAMES, NOT_CITIES] {
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
