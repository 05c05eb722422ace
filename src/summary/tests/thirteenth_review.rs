//! The summary defects of session 44, each → the summary of a short conversation that
//! had it (STAR ids where one did), read through `summarize` as a packet is: a
//! reference said "with the ID" or "ID" alone, a person named again by the surname,
//! and what the facts already read whole.

use super::eleventh_review::{one, references};
use super::*;

/// Regression (STAR star-2039, star-3853, star-2847): "a flight with the ID 330" gave no
/// fact, as "with the" stood between the thing and its label; the reference is the
/// thing and its label, "flight ID 330", short identifiers too (a label says it is one).
#[test]
fn a_thing_with_the_id_is_a_reference() {
    assert_eq!(
        references("I need to reserve a flight with the ID 330, my name is Mark"),
        one("flight ID 330", "flight_id", "330")
    );
    assert_eq!(
        references("I need a flight with the ID 33, My name is Mark"),
        one("flight ID 33", "flight_id", "33")
    );
    assert_eq!(
        references("reserve flight with ID 293"),
        one("flight ID 293", "flight_id", "293")
    );
    assert_eq!(
        references("I booked a ride with id 309 and I want to cancel it"),
        one("ride id 309", "ride_id", "309")
    );
    assert_eq!(
        references("My booking with the numbers 1234 and 5678"),
        [
            one("booking number 1234", "booking_number", "1234"),
            one("booking number 5678", "booking_number", "5678")
        ]
        .concat()
    );
    // Not a count or a code after "with": "a booking with no 200 fee".
    for text in [
        "a booking with no 200 fee",
        "an order with code 1234",
        "a flight with 300 seats",
    ] {
        assert_eq!(references(text), Vec::new(), "{text}");
    }
}

/// Checked in session 44 (the brief thought them broken): an order number read out in
/// two groups is whole, and identifiers after a thing's plural label are each a
/// reference; a bare "ids" names no thing and stays none (session 42's review).
#[test]
fn spaced_and_listed_identifiers_are_read_whole() {
    for (text, fact) in [
        ("Order number 1234 5678", "Order number 1234 5678"),
        ("Order number: 1234 5678 please", "Order number 1234 5678"),
        ("Order no. 1234 5678", "Order no. 1234 5678"),
    ] {
        assert_eq!(
            references(text),
            one(fact, "order_number", "1234 5678"),
            "{text}"
        );
    }
    assert_eq!(
        references("My order ids are 123 and 456"),
        [
            one("order id 123", "order_id", "123"),
            one("order id 456", "order_id", "456")
        ]
        .concat()
    );
    assert_eq!(references("ids are 123 and 456"), Vec::new());
}

/// Checked in session 44: "Again" opening a sentence makes the word after it no fact of
/// another kind; "Amazon" is an everyday word to the names' reader, no name anywhere
/// in a sentence, and a person's name after "Again" is the name alone.
#[test]
fn again_opening_a_sentence_is_no_part_of_a_fact() {
    let facts = |text: &str| -> Vec<(FactKind, String)> {
        let m = messages(&[("customer", text)]);
        summarize(&m, &[], Vec::new())
            .facts
            .into_iter()
            .map(|f| (f.kind, f.text))
            .collect()
    };
    for text in [
        "Again Amazon sent the wrong item",
        "Again, Amazon sent the wrong item",
        "My order from Amazon never came",
    ] {
        assert_eq!(facts(text), [], "{text}");
    }
    assert_eq!(
        facts("Again Tyler Jones called me"),
        [(FactKind::Name, "Tyler Jones".to_owned())]
    );
}

/// Regression: "ID" said alone before an identifier ("Id 461", "ID: 461", "my id 461")
/// gave no fact, though "with the ID 461" did; not a typo of "I'd" before a count, nor
/// "id" inside a word, nor an identifier of one or two digits.
#[test]
fn an_id_said_alone_is_a_reference() {
    for (said, text) in [
        ("Id 461", "Id 461"),
        ("ID: 461", "ID 461"),
        ("my id 461 please", "id 461"),
        ("My ID is 461.", "ID 461"),
        ("the id is AB12", "id AB12"),
    ] {
        let value = text.rsplit(' ').next().unwrap_or_default();
        assert_eq!(references(said), one(text, "id", value), "{said}");
    }
    for said in [
        "I'd 4 of them",
        "Id 4 of them",
        "Id 400 of them",
        "I paid 500 for it",
        "my id 46",
        "Did 461 people come?",
        "I'd 461 of those",
    ] {
        assert_eq!(references(said), [], "{said}");
    }
}

/// Regression: "Dr. Morgan" and later "Morgan" gave "Dr. Morgan; Morgan", one person
/// twice; a surname alone after the titled name already seen is that name. After a
/// full name without a title it may be another person's first name (session 45's
/// review: "Mark Taylor", then "a table for Taylor, my daughter"): kept, as a surname
/// said first is.
#[test]
fn a_surname_alone_after_the_titled_name_is_the_same_person() {
    let names = |turns: &[(&str, &str)]| -> Vec<String> {
        (summary_of(turns).facts.into_iter())
            .filter(|f| f.kind == FactKind::Name)
            .map(|f| f.text)
            .collect()
    };
    assert_eq!(
        names(&[
            ("customer", "I have an appointment with Dr. Morgan"),
            ("bot", "Which day?"),
            (
                "customer",
                "Tuesday. Please tell Morgan I'm late, and that Morgan's office called"
            ),
        ]),
        ["Dr. Morgan"]
    );
    assert_eq!(
        names(&[(
            "customer",
            "Book a table for Ann Lee and Bob Lee, with Sara Smith. Ask for Lee at the door"
        )]),
        ["Ann Lee", "Bob Lee", "Sara Smith", "Lee"]
    );
    assert_eq!(
        names(&[("customer", "Ask for Morgan, or else ask Dr. Morgan")]),
        ["Morgan", "Dr. Morgan"]
    );
}
