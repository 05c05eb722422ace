//! `bot_repeats` after the second review: the same question after a lead-in that holds
//! an apology word but says more (a progress, a refusal, "still need", "once more")
//! is not counted; a lead-in that is nothing but a not-understood apology is.

use super::questions::{LOST, counted};

/// The second review's pairs (pairs2.csv, pairs3.csv, convs5.csv, convs6.csv), a case per
/// row: each counted through the question comparison before this fix.
#[test]
fn the_same_question_after_a_lead_in_that_says_more_is_not_counted() {
    for (id, earlier, customer, later) in [
        (
            "help-delay",
            "How can I help you today?",
            "Book me a taxi to the airport for 6am tomorrow",
            "Thanks for waiting, your request is done. Sorry for the delay. How can I help you today?",
        ),
        (
            "b-help-today",
            "How can I help you today?",
            "Book me a taxi to the airport for 6am tomorrow",
            "Apologies for the delay, your taxi is booked. How can I help you today?",
        ),
        (
            "b-plain-pax",
            "What is the name of the next passenger?",
            "Mary Smith",
            "Thanks, added. I still need the next name. What is the name of the next passenger?",
        ),
        (
            "s-still-need-pax",
            "What is the name of the next passenger?",
            "Mary Smith, she is my wife",
            "Thanks, added. I still need the next name. What is the name of the next passenger?",
        ),
        (
            "s-multicity",
            "Which date would you like to fly?",
            "The 5th of May from London to Paris",
            "Thanks. Now once more for the next leg. Which date would you like to fly?",
        ),
        (
            "a-date-full",
            "Which date would you like to fly?",
            "The 5th of May in the morning please",
            "Sorry, that date is full. Which date would you like to fly?",
        ),
        (
            "a-username",
            "Which username would you like to use?",
            "annakowalska please, that's my usual one",
            "Sorry, that username is already taken. Which username would you like to use?",
        ),
        (
            "a-no-flights",
            "Which date would you like to fly?",
            "The 5th of May in the morning please",
            "I couldn't find any flights on the 5th of May. Which date would you like to fly?",
        ),
        (
            "a-try-again-other",
            "Which restaurant would you like to book?",
            "Luigi's please, for four people tonight",
            "Luigi's is full tonight, so let's try again with another one. Which restaurant would you like to book?",
        ),
        (
            "a-empathy-next",
            "What would you like to do next?",
            "My mother just passed away, I need to cancel the trip",
            "I'm so sorry for your loss, the trip is cancelled. What would you like to do next?",
        ),
        (
            "a-wait-next",
            "What would you like to do next?",
            "Book me a table at Luigi's for 4 at 7pm",
            "Apologies for the wait, your table at Luigi's is booked. What would you like to do next?",
        ),
        (
            "a-pardon-next",
            "What would you like to do next?",
            "Book me a table at Luigi's for 4 at 7pm",
            "Pardon the delay, your table is booked. What would you like to do next?",
        ),
        (
            "a-comma-progress",
            "What would you like to do next?",
            "Book me a table at Luigi's for 4 at 7pm",
            "Sorry for the delay, your table is booked, what would you like to do next?",
        ),
        (
            "a-time-full",
            "What time would you like to come?",
            "At 7pm with my wife and two kids",
            "Sorry, we have no tables at 7pm. What time would you like to come?",
        ),
        (
            "a-still-need-room",
            "How many adults will stay in the room?",
            "Two adults and one child of 5 years",
            "Thanks, the first room is done. I still need the details of the second room. How many adults will stay in the room?",
        ),
        (
            "a-sorry-hear",
            "What is your booking reference?",
            "My flight got cancelled and I'm stuck at the airport",
            "I'm sorry to hear that. What is your booking reference?",
        ),
        (
            "a-payment",
            "How would you like to pay today?",
            "By card, my Visa ending in 4242",
            "Sorry, that card was declined. How would you like to pay today?",
        ),
        (
            "f-try-again",
            "What is your booking reference?",
            "I think it was something like ABC",
            "That reference doesn't look right, please try again. What is your booking reference?",
        ),
    ] {
        assert!(!counted(earlier, customer, later), "{id}");
    }
}

/// The promised cases still count: a lead-in of nothing but a not-understood apology.
#[test]
fn the_same_question_after_nothing_but_an_apology_is_counted() {
    for (earlier, later) in [
        (
            "What is your date of birth?",
            "Sorry, I didn't catch that. What is your date of birth?",
        ),
        (
            "What is your date of birth?",
            "Sorry. What is your date of birth?",
        ),
        (
            "What is your date of birth?",
            "Oops, I didn't get that! What is your date of birth?",
        ),
        (
            "What would you like to do today?",
            "Sorry, I didn't understand. What would you like to do today?",
        ),
        (
            "What is your booking reference?",
            "I didn't understand that, please try again. What is your booking reference?",
        ),
    ] {
        assert!(counted(earlier, LOST, later), "{later}");
    }
}
