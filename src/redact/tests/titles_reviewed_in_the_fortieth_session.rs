//! Leaks and over-masking the fortieth session fixed: a name in lower case after
//! "mister", a brand's name the bot asks the customer to be ("Is this Mr. Clean?"), a
//! brand said to be someone between dashes or as someone's relation ("my daughter's GP"),
//! "Doc" as a title, "my doctor is Morgan", a child to "get … vaccinated" (STAR); and the
//! words after a brand that carries a title ("the Mister Softee van"), and a name the bot
//! gave after a title where it names a street ("smith street"). Each beside a near miss.

use super::{masked_all, stays};
use crate::transcript::Role;

/// The customer's messages, masked.
fn customer(texts: &[&str]) -> Vec<String> {
    let rows: Vec<(Role, &str)> = texts.iter().map(|t| (Role::Customer, *t)).collect();
    masked_all(&rows)
}

/// A conversation's rows and its messages masked.
type Case<'a> = (&'a [(Role, &'a str)], &'a [&'a str]);

/// Each conversation's messages, masked as expected.
#[track_caller]
fn conversations(cases: &[Case<'_>]) {
    for (rows, expected) in cases {
        assert_eq!(masked_all(rows), *expected, "{rows:?}");
    }
}

/// "mister okafor" was shown: "mister" in lower case took no name in lower case, as the
/// titles that are nouns too take none ("my doctor bill").
#[test]
fn a_name_in_lower_case_after_mister() {
    assert_eq!(
        customer(&[
            "I spoke with mister okafor yesterday",
            "okafor said it was fine"
        ]),
        [
            "I spoke with mister [name] yesterday",
            "[name] said it was fine"
        ]
    );
    // Near miss: a common word after it is none.
    assert_eq!(
        customer(&["thanks mister, that helps"]),
        ["thanks mister, that helps"]
    );
}

/// A brand's name the bot asks the customer to be, or the customer says is someone
/// between dashes or as a relation's relation, was read as the brand and shown.
#[test]
fn a_brands_name_asked_for_or_said_to_be_someone_is_a_person() {
    conversations(&[
        (
            &[
                (Role::Bot, "Is this Mr. Clean?"),
                (Role::Customer, "Yes, Clean here"),
            ],
            &["Is this Mr. [name]?", "Yes, [name] here"],
        ),
        (
            &[
                (
                    Role::Customer,
                    "Mr. Clean - my landlord - never fixed the heater",
                ),
                (Role::Customer, "Clean said no"),
            ],
            &[
                "Mr. [name] - my landlord - never fixed the heater",
                "[name] said no",
            ],
        ),
        (
            &[
                (Role::Customer, "Mr. Clean is my daughter's GP"),
                (Role::Customer, "Clean says she is fine"),
            ],
            &["Mr. [name] is my daughter's GP", "[name] says she is fine"],
        ),
    ]);
    // Near misses: the brand, and goods after it.
    assert_eq!(
        customer(&[
            "Mr. Clean - the best cleaner - is on sale",
            "is this Mr. Clean spray any good?",
            "Mr. Clean is my daughter's favourite"
        ]),
        [
            "Mr. Clean - the best cleaner - is on sale",
            "is this Mr. Clean spray any good?",
            "Mr. Clean is my daughter's favourite"
        ]
    );
}

/// STAR: "Doc Johnson" (star-1117, star-5853), "my doctor is Morgan" (star-1426) and
/// "get Alexis vaccinated" (star-2479) were shown.
#[test]
fn doc_my_doctor_is_and_a_child_to_get_vaccinated() {
    assert_eq!(
        customer(&[
            "I need follow up instructions from when I saw Doc Johnson",
            "and my doctor is Morgan, actually",
            "I also wanted to get Alexis vaccinated.",
            "later Johnson, Morgan and Alexis"
        ]),
        [
            "I need follow up instructions from when I saw Doc [name]",
            "and my doctor is [name], actually",
            "I also wanted to get [name] vaccinated.",
            "later [name], [name] and [name]"
        ]
    );
    // Named as after a title: later in lower case too.
    assert_eq!(
        customer(&["my doctor is Morgan", "morgan was my previous one"]),
        ["my doctor is [name]", "[name] was my previous one"]
    );
    // Near misses: a file, the boots, what family members are, a thing to get.
    stays(&[
        "the Google Doc Link is broken",
        "Doc pls see attached",
        "my Doc Martens are worn",
        "my son is Sick today",
        "my friend is Canadian",
        "I need to get Everyone vaccinated",
        "Document checked",
    ]);
}

/// "the Mister Softee van" read "van" as a particle of a surname, and "Softee" as a
/// name masked in the whole conversation ("Softee cones").
#[test]
fn the_words_after_a_brand_that_carries_a_title() {
    stays(&[
        "the Mister Softee van was outside my house",
        "I bought Softee cones from the Mr. Softee van",
    ]);
    assert_eq!(
        customer(&["Mr. Smith van is parked outside", "Smith said so"]),
        ["Mr. [name] van is parked outside", "[name] said so"]
    );
}

/// The bot's "Mr. Smith" masked the customer's "smith street"; a fictional "Dr. Strange"
/// in the bot's example masked "strange" wherever it stood.
#[test]
fn a_name_the_bot_gave_after_a_title_where_it_is_no_name() {
    conversations(&[
        (
            &[
                (Role::Bot, "Mr. Smith will call you back"),
                (Role::Customer, "I live on smith street near the park"),
                (Role::Customer, "Smith Rd is closed, tell Smith"),
            ],
            &[
                "Mr. [name] will call you back",
                "I live on smith street near the park",
                "Smith Rd is closed, tell [name]",
            ],
        ),
        (
            &[
                (
                    Role::Bot,
                    "You can say things like \"Book me with Dr. Okonkwo\"",
                ),
                (Role::Customer, "who is okonkwo?"),
            ],
            &[
                "You can say things like \"Book me with Dr. [name]\"",
                "who is okonkwo?",
            ],
        ),
    ]);
    // Near miss: the customer's own name is theirs before a street too, and a name the
    // bot gives outside an example is remembered.
    conversations(&[
        (
            &[
                (Role::Customer, "my name is Tyler Smith"),
                (Role::Customer, "I live on smith street"),
            ],
            &["my name is [name] [name]", "I live on [name] street"],
        ),
        (
            &[
                (Role::Bot, "Is this Mr. Okonkwo?"),
                (Role::Customer, "yes okonkwo here"),
            ],
            &["Is this Mr. [name]?", "yes [name] here"],
        ),
    ]);
}
