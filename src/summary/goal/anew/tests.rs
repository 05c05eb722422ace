use super::{NEEDS, OWN_MARKERS, asks_anew, asks_who};

/// The customer's own markers are request markers, each written the same: a marker
/// changed in one list and not the other is found here.
#[test]
fn own_markers_are_request_markers() {
    for marker in OWN_MARKERS {
        assert!(super::super::REQUEST_MARKERS.contains(marker), "{marker}");
    }
    for need in NEEDS {
        assert!(OWN_MARKERS.contains(need), "{need}");
    }
}

/// Regression (STAR star-2130, star-4104, star-1042, star-623): what the customer
/// said of themselves after a task done, with "I need" or "I'm looking", was a
/// request anew; needs of something the agent can do still are.
#[test]
fn a_need_of_the_customer_s_own_is_no_request_anew() {
    for said in [
        "What a relief, I need that money to buy a lot of hamburgers.",
        "Now all I need to do is get hired at my job interview, and maybe I can move out of my mom's garden shed :)",
        "I'm looking at all these texts from my friends, no one is really excited about this wedding.",
        "I need to be sure to get back in time to get ready for my hot date that night.",
        "I'm looking forward to it.",
        "I am looking forward to it.",
        "That's all I need.",
        "Awesome, that's all I need for now, goodbye!",
        "Because I need that $500.",
        "I need to get rid of this anxiety.",
        "I need to de-stress.",
        "Alright so I need to calm down before I do anything else.",
        "I want to make sure I pack appropriately.",
        "I want to make sure that I get some sleep.",
        "I need to take my mind off of this money problem.",
        "Ok, great. I need to pick up my son early since he cries if I'm a little late.",
        "Ok whatever, I need to go now",
        "That's what I’d like",
        "I'd like that very much.",
        // Regression (STAR star-5991): a gift the customer gets someone.
        "I need to get a gift for them.",
        "I want to get her a present.",
        "I need to buy a nice gift for my wife",
        "I need to find some presents for the kids",
        // A statement with a question mark (STAR star-5991, after the gift).
        "Then they can get what they want?",
        "So it's booked?",
        "I'll get it tomorrow then?",
    ] {
        assert!(!asks_anew(said), "{said}");
    }
    for request in [
        "I need to RSVP to a party at West Bay Venue.",
        "I need to check my bank balance.",
        "I need directions to Airport now.",
        "I need it canceled please goodbye",
        "I need 538 now",
        "I would like to play a game of trivia please.",
        "I'm looking for a hotel in the center of town.",
        "I am looking to book a table for two.",
        "I need to go to the airport at 5pm.",
        "And also please make sure my ride is a BMW i want to go there in style",
        "Before I head for restaurant, I want to make sure I have enough dough in the bank",
        "I need to make sure my flight is still on time.",
        "I need to know what the weather is on Friday.",
        "The last thing I need to do is book a flight from Pittsburgh to Detroit.",
        "Now I need a ride to get there.",
        "Can you check the weather in Detroit?",
        "Book me a car.",
        "I need to get the gift I ordered delivered by Friday.",
        "I need to get a gift card for my mom.",
        "I need to buy her a gift card",
        "I need to get a ride to the gift shop.",
        "So can you book me a taxi?",
        "Then what time does it open?",
        "I need a taxi too?",
        "And where is the nearest pharmacy?",
        "I'm hungry - where is the nearest restaurant?",
        // An indirect question (STAR star-6221, of money gone after a fraud report).
        "I wonder what could have happened?",
        "It's cold, can you check the weather in Denver?",
    ] {
        assert!(asks_anew(request), "{request}");
    }
}

/// A question who someone is in a few words is about the task done ("Who is the
/// driver for it?"); one that asks for someone to be found is a request
/// ("Who is the best dentist in town?").
#[test]
fn a_long_question_who_asks_for_someone_to_be_found() {
    for who in [
        "who is the driver?",
        "can you tell me who the driver is?",
        "who is the driver for it?",
        "who's driving?",
    ] {
        assert!(asks_who(who), "{who}");
    }
    for found in [
        "who is the best dentist in town?",
        "who's the best pizza place near the airport?",
    ] {
        assert!(!asks_who(found), "{found}");
    }
}

/// Regression: a negation anywhere in a sentence after a task done made it no
/// request anew, though it stood in a clause before the request, saying why it is
/// asked ("I didn't get the confirmation, can you send it again?"); one in the
/// request's clause, or in a clause after it, still does.
#[test]
fn a_negation_before_the_request_s_clause_does_not_cancel_it() {
    for request in [
        "I didn't get the confirmation, can you send it again?",
        "Not sure you can, but could you book a table at Lucca for two?",
        "I don't have the app so can you book me a ride to the airport; I need to go at 5pm.",
        "I never got a receipt but I need to check my bank balance.",
        // A courtesy after the request's clause is not the clause.
        "I didn't get the confirmation, can you send it again, please?",
        "I didn't get the confirmation, can you send it again, thanks",
    ] {
        assert!(asks_anew(request), "{request}");
    }
    for said in [
        "Get out, thanks for nothing",
        "I didn't want to have to deal with it",
        "Can you book it, I don't want to wait",
        "I don't want it, can you not book it?",
        "That's not right, nothing",
        "No, I didn't.",
    ] {
        assert!(!asks_anew(said), "{said}");
    }
}
