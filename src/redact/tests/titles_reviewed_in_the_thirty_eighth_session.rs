//! Leaks and over-masking after a title fixed in the thirty-eighth session: an initial
//! alone after the title of a name the conversation gave ("Dr. Patel" … "Dr. P."), a
//! brand's name said to be someone ("Mr. Clean is my landlord"), and a noun of headlines
//! after a title that is an adjective too ("Major Outage"). Each beside a near miss.

use super::{each, masked_all, stays};
use crate::transcript::Role;

/// "Dr. P. said so" was shown after "Dr. Patel" was masked in the same conversation.
#[test]
fn an_initial_after_the_title_of_a_name_given_is_masked() {
    assert_eq!(
        masked_all(&[
            (Role::Customer, "Dr. Patel agreed"),
            (Role::Customer, "Dr. P. said so"),
        ]),
        ["Dr. [name] agreed", "Dr. [name]. said so"]
    );
    // Before the name too, in the bot's words, as a possessive, the title in full.
    assert_eq!(
        masked_all(&[
            (Role::Customer, "ask Dr P about it"),
            (Role::Customer, "Doctor Patel knows"),
            (Role::Bot, "I will tell Dr. P's office, and Dr P."),
        ]),
        [
            "ask Dr [name] about it",
            "Doctor [name] knows",
            "I will tell Dr. [name]'s office, and Dr [name].",
        ]
    );
    // Another title, another letter, an initial alone, a brand: no one.
    assert_eq!(
        masked_all(&[
            (Role::Customer, "Dr. Patel agreed"),
            (Role::Customer, "Mr. P. said so, Dr. B. too"),
        ]),
        ["Dr. [name] agreed", "Mr. P. said so, Dr. B. too"]
    );
    assert_eq!(
        masked_all(&[
            (Role::Customer, "I love Dr. Pepper"),
            (Role::Customer, "Dr. P. said so"),
        ]),
        ["I love Dr. Pepper", "Dr. P. said so"]
    );
    stays(&["Dr. P. said so", "Dr. Pepper and Dr. P."]);
    // "A" and "I" without their full stop are words.
    assert_eq!(
        masked_all(&[
            (Role::Customer, "Dr. Ibrahim and Dr. Adams"),
            (Role::Customer, "the Dr I saw had Dr A question"),
        ]),
        [
            "Dr. [name] and Dr. [name]",
            "the Dr I saw had Dr A question"
        ]
    );
}

/// "Mr. Clean is my landlord" and "Mr. Coffee is my neighbour" were shown: a brand's
/// name said to be someone to the writer is a person's.
#[test]
fn a_brand_said_to_be_someone_is_a_person() {
    each(&[
        ("Mr. Clean is my landlord", "Mr. [name] is my landlord"),
        ("Mr. Coffee is my neighbour", "Mr. [name] is my neighbour"),
        ("Mr. Coffee is my neighbor", "Mr. [name] is my neighbor"),
        ("Mr Clean was my boss", "Mr [name] was my boss"),
        (
            "Mr. Sheen is our new tenant",
            "Mr. [name] is our new tenant",
        ),
        (
            "Mr. Muscle was my ex-husband",
            "Mr. [name] was my ex-husband",
        ),
        ("Captain Crunch is my doctor", "Captain [name] is my doctor"),
    ]);
    stays(&[
        "Mr. Clean is my favourite cleaner",
        "Mr. Clean is my go-to",
        "Mr. Coffee is my morning ritual",
        "I used Mr. Clean on it",
        "a Mr. Coffee machine",
    ]);
}

/// After "Mr. Clean is my landlord" every capitalised "Clean" of the conversation was
/// masked ("[name] the kitchen please", and "Coffee, black." after "Mr. Coffee said"): a
/// brand's name said to be someone is masked after its title only. (Since the second
/// review of the thirty-ninth session, a capitalised "Clean" mid-sentence is masked too:
/// a surname; "Clean the kitchen" opens an order still.)
#[test]
fn a_brand_said_to_be_someone_is_masked_after_its_title_only() {
    assert_eq!(
        masked_all(&[
            (Role::Customer, "Mr. Clean is my landlord"),
            (Role::Customer, "Clean the kitchen please."),
            (Role::Customer, "I need Clean Energy plan"),
            (
                Role::Bot,
                "Did Mr Clean reply? Is MR. CLEAN's number right?"
            ),
        ]),
        [
            "Mr. [name] is my landlord",
            "Clean the kitchen please.",
            "I need [name] Energy plan",
            "Did Mr [name] reply? Is MR. [name]'s number right?",
        ]
    );
    assert_eq!(
        masked_all(&[
            (Role::Customer, "Mr. Coffee said I owe rent"),
            (Role::Customer, "Coffee, black."),
            (Role::Customer, "I called Mr. Coffee today"),
        ]),
        [
            "Mr. [name] said I owe rent",
            "Coffee, black.",
            "I called Mr. [name] today",
        ]
    );
    // Said to be someone, the word is a surname: masked after another title too.
    assert_eq!(
        masked_all(&[
            (Role::Customer, "Mr. Clean is my landlord"),
            (Role::Customer, "Capt Clean"),
        ]),
        ["Mr. [name] is my landlord", "Capt [name]"]
    );
}

/// "Major Outage" gave "Major [name]" (and "outage" was masked in the whole
/// conversation): a noun of headlines after a title that is an adjective too is no name.
#[test]
fn a_noun_of_headlines_after_a_title_is_no_name() {
    stays(&[
        "Major Outage",
        "There is a Major Outage in my area",
        "Major Downtime last night",
        "a Major Glitch in the app",
        "Major Disruption to service",
        "Major Outages reported",
        "Major Incident",
        "Major Update",
        "Major Release",
        "General Availability is next week",
        "we are in Private Beta",
        "Captain Glitch",
    ]);
    assert_eq!(
        masked_all(&[
            (Role::Customer, "Major Outage in my area"),
            (Role::Customer, "the outage is still on"),
        ]),
        ["Major Outage in my area", "the outage is still on"]
    );
    each(&[
        ("I'm Major Tom", "I'm Major [name]"),
        ("Major Okafor called", "Major [name] called"),
    ]);
}
