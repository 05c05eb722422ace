//! A name given alone in reply to a question for one, streets in lower case and ZIP
//! codes after a city alone, an account number of five to seven digits after its word:
//! each masked, beside a near miss that stays.

use super::r;
use super::{last_masked, masked_all};
use crate::transcript::Role;

/// The customer's reply `reply` to the bot's `question`, masked.
fn reply_to(question: &str, reply: &str) -> String {
    last_masked(&[(Role::Bot, question), (Role::Customer, reply)])
}

/// A surname, or a first name and a surname, given as the whole reply to a
/// question for a name was shown (STAR star-6220: "Who is your doctor?" — "Johnson").
#[test]
fn a_name_given_alone_in_reply_to_a_question_for_one_is_masked() {
    for (question, reply, expected) in [
        ("Who is your doctor?", "Johnson", "[name]"),
        (
            "What's the name on the booking?",
            "Mary Johnson",
            "[name] [name]",
        ),
        ("Can I have your last name?", "Johnson", "[name]"),
        ("What doctor would you like to see?", "Morgan.", "[name]."),
        ("Could I have your childs name?", "Alexis", "[name]"),
        (
            "What is the name for the reservation?",
            "Ben Okafor",
            "[name] [name]",
        ),
    ] {
        assert_eq!(
            reply_to(question, reply),
            expected,
            "{question:?} {reply:?}"
        );
    }
}

/// The near misses: a reply that is no name stays, and so does a name given in
/// reply to a question for something else.
#[test]
fn a_reply_that_is_no_name_or_to_no_question_for_one_stays() {
    for question in [
        "Who is your doctor?",
        "What's the name on the booking?",
        "Can I have your last name?",
    ] {
        for reply in ["Yes", "Tomorrow", "Thanks", "No preference", "any is fine"] {
            assert_eq!(reply_to(question, reply), reply, "{question:?} {reply:?}");
        }
    }
    for question in [
        "What day would you like to come?",
        "Your doctor will call you back. Anything else?",
        "What's the name of the restaurant?",
    ] {
        assert_eq!(reply_to(question, "Johnson"), "Johnson", "{question:?}");
    }
}

/// A name given in reply is the customer's (or their doctor's) wherever the
/// conversation repeats it, as the names given after "my name is" are.
#[test]
fn a_name_given_in_reply_is_masked_where_repeated() {
    assert_eq!(
        masked_all(&[
            (Role::Bot, "Who is your doctor?"),
            (Role::Customer, "Johnson"),
            (Role::Bot, "Dr. Johnson is booked on Monday."),
        ]),
        [
            "Who is your doctor?",
            "[name]",
            "Dr. [name] is booked on Monday."
        ]
    );
}

/// A street in lower case and a ZIP code after a city with no state were shown.
#[test]
fn streets_in_lower_case_and_a_zip_code_after_a_city_are_masked() {
    for (text, expected) in [
        ("i live at 42 baker street", "i live at [address]"),
        ("12 oak ave", "[address]"),
        (
            "send it to 7 old mill rd please",
            "send it to [address] please",
        ),
        ("Springfield 62704", "Springfield [postcode]"),
        (
            "i live at 12 oak ave, Springfield 62704",
            "i live at [address], Springfield [postcode]",
        ),
    ] {
        assert_eq!(r(text), expected, "{text:?}");
        assert_eq!(last_masked(&[(Role::Customer, text)]), expected, "{text:?}");
    }
}

/// The near misses: a thing's number, a room, a time, a price, and a road in a
/// sentence stay.
#[test]
fn numbers_and_roads_that_are_no_address_stay() {
    for text in [
        "order 12345",
        "Order 12345 is late",
        "room 42",
        "see you at 10:30 on main street",
        "it was $12.50 for 3 items",
        "I waited 2 hours on the road",
        "5 miles down the road",
        "Flight 12345 was cancelled",
        "Monday 12345",
        "Springfield 62704.50",
    ] {
        assert_eq!(r(text), text, "{text:?}");
    }
}

/// "account", "acct" or "a/c" before five to seven digits was shown (eight or
/// more were masked).
#[test]
fn an_account_of_five_to_seven_digits_after_its_word_is_masked() {
    for (text, expected) in [
        ("account 12345", "account [account]"),
        ("my account is 1234567", "my account is [account]"),
        ("acct 98765", "acct [account]"),
        ("a/c 123456 please", "a/c [account] please"),
        ("A/C: 1234567", "A/C: [account]"),
        ("Account 84318931431", "Account [account]"),
    ] {
        assert_eq!(r(text), expected, "{text:?}");
    }
    for text in [
        "account 1234",
        "account 12345.50 is the balance",
        "I have 2 accounts, 12345 points",
        "order 1234567",
        "the a/c is broken in room 12345",
    ] {
        assert_eq!(r(text), text, "{text:?}");
    }
}
