//! The fact patterns on single messages: kinds, spans, references' keys and values,
//! names, and what is no fact.

use std::fmt::Write as _;

use super::names::names;
use super::*;

mod places;

/// The facts of `text`, message `turn`, which answers no question, added to `out`.
fn extract_plain(text: &str, turn: usize, out: &mut Facts) {
    extract(text, turn, None, false, &names(text), out);
}

fn facts(text: &str) -> Vec<(FactKind, String)> {
    let mut out = Facts::default();
    extract_plain(text, 1, &mut out);
    out.list.into_iter().map(|f| (f.kind, f.text)).collect()
}

#[test]
fn amounts_quantities_and_plans() {
    assert_eq!(
        facts("Can we get the Business plan for 400 seats under $12,000 a year?"),
        [
            (FactKind::Plan, "Business plan".into()),
            (FactKind::Quantity, "400 seats".into()),
            (FactKind::Amount, "$12,000".into()),
        ]
    );
    assert_eq!(
        facts("you charged me 49.99 EUR twice"),
        [(FactKind::Amount, "49.99 EUR".into())]
    );
}

#[test]
fn codes_references_and_dates() {
    assert_eq!(
        facts("Since March 3 the sync fails with error 502 on order #88123"),
        [
            (FactKind::Date, "March 3".into()),
            (FactKind::ErrorCode, "502".into()),
            (FactKind::Reference, "order #88123".into()),
        ]
    );
    assert_eq!(
        facts("invoice INV-2024-0042 from 2024-02-29"),
        [
            (FactKind::Reference, "invoice INV-2024-0042".into()),
            (FactKind::Date, "2024-02-29".into()),
        ]
    );
    assert_eq!(
        facts("it says E1234"),
        [(FactKind::ErrorCode, "E1234".into())]
    );
}

#[test]
fn names_are_capitalised_words_inside_a_sentence() {
    assert_eq!(
        facts("We export to Google Sheets and sync with Salesforce, daily."),
        [
            (FactKind::Name, "Google Sheets".into()),
            (FactKind::Name, "Salesforce".into()),
        ]
    );
    // Sentence starts, "I" and weekdays are not names.
    assert!(facts("Yes. I tried on Monday. Nothing works").is_empty());
    // A name that opens the sentence is kept whole; an ellipsis ends a sentence.
    assert_eq!(
        facts("Tyler Jones here. We met at West Bay Venue...It's late"),
        [
            (FactKind::Name, "Tyler Jones".into()),
            (FactKind::Name, "West Bay Venue".into()),
        ]
    );
    assert_eq!(
        facts("My Salesforce sync"),
        [(FactKind::Name, "Salesforce".into())]
    );
}

fn names_in(text: &str) -> Vec<&str> {
    names(text).into_iter().map(|(_, name)| name).collect()
}

#[test]
fn a_sentence_after_two_spaces_starts_a_sentence() {
    // Regression: a second space after a full stop made the next sentence's first
    // word look like a name inside a sentence ("Actually", "Anything").
    assert!(names_in("Done.  Actually it works.   Anything else?  Need help").is_empty());
    assert!(names_in("Done. \n Today it works").is_empty());
    assert!(names_in("Wait ... Hurry up").is_empty());
    assert_eq!(names_in("We met  Tyler Jones"), ["Tyler Jones"]);
}

#[test]
fn contractions_and_quotes_are_not_names() {
    assert_eq!(
        names_in("so It'll work, and Can't stop, and Let's go, Im Ben"),
        ["Ben"]
    );
    assert_eq!(names_in("at 'Murray' street"), ["Murray"]);
    assert_eq!(
        names_in("ask O'Brien at McDonald's"),
        ["O'Brien", "McDonald's"]
    );
    let text = "near 'Forbes and Murray'";
    let found = names(text);
    assert_eq!(found.len(), 2);
    for (start, name) in found {
        assert_eq!(&text[start..start + name.len()], name);
    }
}

#[test]
fn a_title_starts_a_name() {
    assert_eq!(
        names_in("I need to see Dr. Johnson today. Mrs. Lee is away"),
        ["Dr. Johnson", "Mrs. Lee"]
    );
    assert!(names_in("ask the Dr. about it").is_empty());
}

#[test]
fn quantities_can_be_spelt_out() {
    assert_eq!(
        facts("if we sign for three years for fifty users"),
        [
            (FactKind::Quantity, "three years".into()),
            (FactKind::Quantity, "fifty users".into()),
        ]
    );
}

#[test]
fn plain_numbers_are_not_facts() {
    assert!(facts("I tried 3 times, it is 2 steps away, top 10").is_empty());
    assert!(facts("call me at 5").is_empty());
}

#[test]
fn a_fact_is_kept_once() {
    let mut out = Facts::default();
    extract_plain("the Pro plan", 1, &mut out);
    extract_plain("so the pro plan then", 3, &mut out);
    assert_eq!(out.list.len(), 1);
    assert_eq!(out.list[0].turn, 1);
}

fn references(text: &str) -> Vec<(String, Option<String>, Option<String>)> {
    let mut out = Facts::default();
    extract_plain(text, 1, &mut out);
    out.list
        .into_iter()
        .filter(|f| f.kind == FactKind::Reference)
        .map(|f| (f.text, f.key, f.value))
        .collect()
}

fn reference(text: &str, key: &str, value: &str) -> (String, Option<String>, Option<String>) {
    (
        text.to_owned(),
        Some(key.to_owned()),
        Some(value.to_owned()),
    )
}

/// Regression: "My flight ID is 574" was no fact, and "Flight"
/// of "Flight ID 820" was taken for a name. The link between the thing and the
/// identifier ("is actually", ":") is no part of the fact (STAR star-1102: "flight id
/// is actually 705"; star-5227: "account is 9931939443153").
#[test]
fn a_thing_id_is_a_reference_keyed_by_the_thing() {
    assert_eq!(
        references("My name is John, can't wait for this trip. My flight ID is 574"),
        [reference("flight ID 574", "flight_id", "574")]
    );
    assert_eq!(
        facts("Urgh. My name is Mark. I need to reserve Flight ID 820."),
        [
            (FactKind::Name, "Mark".into()),
            (FactKind::Reference, "Flight ID 820".into()),
        ]
    );
    assert_eq!(
        references("The flight ID is actually 596."),
        [reference("flight ID 596", "flight_id", "596")]
    );
    assert_eq!(
        references("my account is 9931939443153, the Flight id was 276"),
        [
            reference("account 9931939443153", "account_id", "9931939443153"),
            reference("Flight id 276", "flight_id", "276"),
        ]
    );
    assert_eq!(
        references("order #: 88123"),
        [reference("order #88123", "order_id", "88123")]
    );
    assert_eq!(
        references("booking number: AB-1234, reservation #88123 and room 305"),
        [
            reference("booking number AB-1234", "booking_number", "AB-1234"),
            reference("reservation #88123", "reservation_id", "88123"),
            reference("room 305", "room_id", "305"),
        ]
    );
    assert_eq!(
        references("ticket no. 42 and confirmation code XJ7K2P"),
        [
            reference("ticket no. 42", "ticket_number", "42"),
            reference("confirmation code XJ7K2P", "confirmation_code", "XJ7K2P"),
        ]
    );
    assert_eq!(
        references("Account 84318931431, invoice INV-2024-0042"),
        [
            reference("Account 84318931431", "account_id", "84318931431"),
            reference("invoice INV-2024-0042", "invoice_id", "INV-2024-0042"),
        ]
    );
}

#[test]
fn a_short_number_after_a_thing_is_a_reference_only_with_a_label() {
    assert!(references("a room 12 minutes away, order 2 pizzas").is_empty());
    assert!(references("in any case 2000 people came, a trip 300 miles long").is_empty());
    assert_eq!(
        references("room number 12"),
        [reference("room number 12", "room_number", "12")]
    );
    // No identifier, no reference.
    assert!(references("my account number is lost, the booking is done").is_empty());
}

/// Regression: the error code was "code 12", with its lead-in.
#[test]
fn an_error_code_is_the_code() {
    assert_eq!(
        facts("I get code 12 and then error code: E12, status 404"),
        [
            (FactKind::ErrorCode, "12".into()),
            (FactKind::ErrorCode, "E12".into()),
            (FactKind::ErrorCode, "404".into()),
        ]
    );
    // A credential or an address is no error.
    assert!(facts("my access code 425931, zip code 15213").is_empty());
    // The bullets say what the code is.
    let mut out = Facts::default();
    extract_plain("error 502", 1, &mut out);
    assert_eq!(shown(&out.list[0]), "error 502");
}

/// Regression: "30, seat" was a quantity: the comma is no thousands separator.
#[test]
fn a_quantity_is_a_number_and_its_unit() {
    assert!(facts("row 30, seat 4").is_empty());
    assert_eq!(
        facts("for 1,200 seats and 3 passengers"),
        [
            (FactKind::Quantity, "1,200 seats".into()),
            (FactKind::Quantity, "3 passengers".into()),
        ]
    );
    assert_eq!(
        facts("I paid $300, then $1,250.50"),
        [
            (FactKind::Amount, "$300".into()),
            (FactKind::Amount, "$1,250.50".into()),
        ]
    );
}

/// Regression: "Hurry; Assistant: …" gave the names "Hurry" and "Assistant", in
/// one bullet "Hurry; Assistant".
#[test]
fn a_name_is_no_everyday_word_nor_a_speaker() {
    assert!(names_in("so please Hurry; Assistant: your ride is booked").is_empty());
    assert!(names_in("please Hurry;Assistant:Your ride").is_empty());
    assert_eq!(
        names_in("ok Assistant: Tyler Jones is here"),
        ["Tyler Jones"]
    );
    // One common word capitalised is no name; a name that is also a word stays, and so
    // do names of several words.
    assert!(names_in("I study at the University near the Center").is_empty());
    assert_eq!(
        names_in("ask Mark at the Old Town Inn"),
        ["Mark", "Old Town Inn"]
    );
}

/// Regression (STAR, hotel chats: "the Hilton in the East", "the North part of town"):
/// "North", "South", "East" and "West" were names, 73 to 82 times each over the dev set.
/// Alone, or together, they are a direction; with another word, a name.
#[test]
fn points_of_the_compass_alone_are_no_names() {
    assert_eq!(
        names_in("What can you tell me about the Hilton in the East?"),
        ["Hilton"]
    );
    assert_eq!(
        names_in("Is there a Hyatt in the North part of town?"),
        ["Hyatt"]
    );
    assert!(names_in("Could ya find one on the South or West side").is_empty());
    assert!(names_in("a flat in the South East, or the North-West").is_empty());
    assert!(names_in("I like the Northwest. The Southern part is loud").is_empty());
    // A preposition that opens the sentence starts no name ("At West" was one).
    assert!(names_in("At West bay please").is_empty());
    assert_eq!(names_in("In Chicago Heights, please"), ["Chicago Heights"]);
    assert_eq!(names_in("no. Its Mark Smith"), ["Mark Smith"]);
    // With another word, they name a place, a venue or a person.
    assert_eq!(
        names_in("We fly to North Carolina, then South Africa"),
        ["North Carolina", "South Africa"]
    );
    assert_eq!(
        names_in("book the North Heights Venue, not West Bay Venue"),
        ["North Heights Venue", "West Bay Venue"]
    );
    assert_eq!(names_in("my agent was Mr. West"), ["Mr. West"]);
    assert_eq!(
        names_in("ask Kanye West about the East End"),
        ["Kanye West", "East End"]
    );
}

/// The spans facts took were a list searched for each match,
/// and the facts so far a list searched for each new one: a message of thousands of
/// amounts, or a conversation of thousands of facts, cost the square. Same facts, each
/// once, in the order written, whatever their number.
#[test]
fn many_facts_are_each_kept_once_in_order() {
    let mut text = String::new();
    for n in 0..3000 {
        let _ = write!(text, "${n} and order #{} ", 10_000 + n);
    }
    let mut out = Facts::default();
    extract_plain(&text, 1, &mut out);
    extract_plain(&text, 2, &mut out);
    assert_eq!(out.list.len(), 6000);
    assert_eq!(out.list[0].text, "$0");
    assert_eq!(out.list[1].text, "order #10000");
    assert!(out.list.iter().all(|f| f.turn == 1));
    // A name after a span another fact took is no part of it; one elsewhere is a name.
    assert_eq!(
        facts("order #12345 from Salesforce"),
        [
            (FactKind::Reference, "order #12345".into()),
            (FactKind::Name, "Salesforce".into()),
        ]
    );
}

/// Letters past ASCII: names are cut at their characters ("Genève", "Zoë Ångström").
#[test]
fn names_past_ascii_are_whole() {
    assert_eq!(
        names_in("Rendez-vous à Genève avec Zoë Ångström, ok"),
        ["Genève", "Zoë Ångström"]
    );
}

/// Regression (role-play chats): pet names the customer calls the assistant ("Thanks,
/// Honey", "Listen Buddy", "Cheers Mate", STAR's "Look Sonny") were names of people.
/// With a name they may be one: "Buddy Holly", "Mark Love", "Dear John" stay.
#[test]
fn pet_names_are_no_names() {
    assert!(
        names_in(
            "Thanks Honey, that works. Okay Sweetie. Listen Buddy, I need it. Oh Dear. \
             Cheers Mate, thanks Babe, hello Darling, thanks Love, sure Sweetheart, \
             alright Sugar, thanks Sweetie Pie. Look Sonny, no."
        )
        .is_empty(),
        "{:?}",
        names_in("Listen Buddy, thanks Sweetie Pie")
    );
    assert_eq!(
        names_in("a song by Buddy Holly, a post by Mark Love, and a letter: Dear John"),
        ["Buddy Holly", "Mark Love", "Dear John"]
    );
}
