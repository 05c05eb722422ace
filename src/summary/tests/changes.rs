//! A request the customer changes later: the goal's update, and what is none.

use super::*;

/// Regression: the customer asked about flight 820, then said
/// "The flight ID is actually 596"; the goal named 820 alone.
#[test]
fn a_changed_request_updates_the_goal() {
    let m = messages(&[
        (
            "customer",
            "Urgh. My name is Mark. I need to reserve Flight ID 820.",
        ),
        (
            "bot",
            "The flight is available. Should I reserve it for you?",
        ),
        ("customer", "Of bloody course."),
        ("bot", "Right, your flight is now reserved!"),
        ("customer", "Oh bloody hell. The flight ID is actually 596."),
    ]);
    let s = summarize(&m, &notes(5, &[], &[5], &[]), Vec::new());
    assert_eq!(s.goal.as_deref(), Some("I need to reserve Flight ID 820."));
    assert_eq!(
        s.goal_update.as_deref(),
        Some("The flight ID is actually 596.")
    );
    assert_eq!(
        s.bullets[0],
        "Goal: I need to reserve Flight ID 820. Then: The flight ID is actually 596."
    );
}

#[test]
fn a_restated_request_updates_the_goal_and_the_last_change_wins() {
    let m = messages(&[
        ("customer", "I need to book a table for two at Lucca"),
        ("bot", "Booked for 7pm."),
        ("customer", "Please book the table at Lucca for 4 people"),
        ("bot", "Done."),
        ("customer", "Make that Friday instead of tonight, sorry"),
    ]);
    let s = summarize(&m, &notes(5, &[], &[], &[]), Vec::new());
    assert_eq!(
        s.goal.as_deref(),
        Some("I need to book a table for two at Lucca")
    );
    assert_eq!(
        s.goal_update.as_deref(),
        Some("Make that Friday instead of tonight, sorry")
    );
    assert!(
        s.bullets[0].starts_with("Goal: I need to book a table for two at Lucca; then: Make that"),
        "{}",
        s.bullets[0]
    );
    // The restatement alone updates it too: it has something new ("4").
    let s = summarize(&m[..4], &notes(4, &[], &[], &[]), Vec::new());
    assert_eq!(
        s.goal_update.as_deref(),
        Some("Please book the table at Lucca for 4 people")
    );
    // Said again in other words, with nothing new, it does not.
    let again = messages(&[
        ("customer", "I need to book a table for two at Lucca"),
        ("bot", "Sorry, I didn't get that."),
        ("customer", "Could you book the table at Lucca please?"),
    ]);
    let s = summarize(&again, &notes(3, &[2], &[], &[]), Vec::new());
    assert_eq!(s.goal_update, None);
}

#[test]
fn other_later_messages_leave_the_goal_as_it_was() {
    let m = messages(&[
        ("customer", "I need to reserve a ride to the airport"),
        ("bot", "Where are you now?"),
        ("customer", "I am at the university main entrance"),
        ("bot", "Noted."),
        ("customer", "I think I remember the gate, actually."),
        ("bot", "Sorry, I didn't get that."),
        ("customer", "I need to reserve a ride to the airport"),
    ]);
    let s = summarize(&m, &notes(7, &[6], &[], &[7]), Vec::new());
    assert_eq!(
        s.goal_update, None,
        "a repeat is no change, nor an \"actually\" in passing"
    );
    assert_eq!(
        s.bullets[0],
        "Goal: I need to reserve a ride to the airport"
    );
}

/// Regression (STAR star-6558): the customer asked about their medicine, then booked
/// a restaurant and a ride; "Can you change the pick up location on that ride?" changes
/// the ride, not the goal, and was shown as its update.
#[test]
fn a_change_of_another_thing_is_no_update() {
    let m = messages(&[
        (
            "customer",
            "Hey, I'm trying to remember when my doc told me to take my medicine.",
        ),
        ("bot", "Your instructions are: take it twice a day."),
        (
            "customer",
            "sounds great, can you check on my car service ride for me?",
        ),
        ("bot", "Your driver is 7 minutes away."),
        (
            "customer",
            "Can you change the pick up location on that ride?",
        ),
        ("bot", "Unfortunately I wasn't able to update your booking."),
        ("customer", "I'll like to change the status of my ride"),
    ]);
    let s = summarize(&m, &notes(7, &[], &[], &[]), Vec::new());
    assert_eq!(
        s.goal.as_deref(),
        Some("I'm trying to remember when my doc told me to take my medicine.")
    );
    assert_eq!(s.goal_update, None);
}

/// Regression (STAR star-640): "actually" in passing ("The Center is really hot right
/// now actually"), or with nothing new ("Actually, the East is so annoying" after a
/// question about the East), and "I mean" as a filler updated the goal.
#[test]
fn actually_or_i_mean_in_passing_is_no_update() {
    let m = messages(&[
        (
            "customer",
            "What can you tell me about the Hilton in the East?",
        ),
        ("bot", "The 'Hilton Hotel' has an average rating of 5"),
        ("customer", "Actually, the East is so annoying."),
        ("bot", "Sorry, I didn't understand."),
        (
            "customer",
            "The Center is really hot right now actually. What about there?",
        ),
        ("bot", "Sorry, I didn't understand."),
        (
            "customer",
            "I mean, at this point, I don't even feel very hangry.",
        ),
        (
            "customer",
            "I meant to let you know that the Hilton is far.",
        ),
    ]);
    let s = summarize(&m, &notes(8, &[4, 6], &[], &[]), Vec::new());
    assert_eq!(s.goal_update, None);
}

/// Regression (STAR weather chats): another city asked for beside the first ("… in New
/// York City, too?", "compare … to Chicago") is a second request, not a change.
#[test]
fn a_request_beside_the_goal_is_no_update() {
    let m = messages(&[
        ("customer", "Can you tell me tomorrows weather in Detroit?"),
        ("bot", "Sunny, 20 degrees."),
        (
            "customer",
            "Can you tell me tomorrows weather in New York City, too?",
        ),
        ("bot", "Rain."),
        (
            "customer",
            "Could you compare tomorrows weather in Detroit to Chicago?",
        ),
    ]);
    let s = summarize(&m, &notes(5, &[], &[], &[]), Vec::new());
    assert_eq!(s.goal_update, None);
}

/// Real corrections on STAR, each after a goal it changes: a part of the request
/// changed, a different day, "actually" or "I mean" with the new value.
#[test]
fn a_correction_of_the_goal_updates_it() {
    for (goal, change) in [
        (
            "I'd like to reserve a room at the Hilton from May 1st to 20th.",
            "Ugh, I have to go to a wedding, so I need to change the dates to June 3 to 24.",
        ),
        (
            "I want to organize a surprise party for my friend Mark.",
            "Mark is away that weekend, can we do a different day?",
        ),
        (
            "I need a ride from Hospital to University.",
            "Actually, I'm closer to Craig and Center.",
        ),
        (
            "I need to reserve a flight right away.",
            "Oh, I mean flight 825.",
        ),
        (
            "I want to book a party for my friend Alexis.",
            "Alexis is away on Tuesday, let's try Wednesday instead.",
        ),
    ] {
        let m = messages(&[
            ("customer", goal),
            ("bot", "Sure, it is done."),
            ("customer", change),
        ]);
        let s = summarize(&m, &notes(3, &[], &[], &[]), Vec::new());
        let last = sentences(change).last().map(capitalise);
        assert_eq!(s.goal_update, last, "{goal} → {change}");
    }
}

/// Regression (STAR star-5646): the customer found a restaurant, was offered more help,
/// then asked about a doctor's appointment and a ride; "I would like to change my driver
/// to someone else" changes the ride, not the restaurant, and was shown as the goal's
/// update (a driver is a part of a request, and nothing said it was another one).
#[test]
fn a_change_of_a_new_request_after_an_offer_of_more_help_is_no_update() {
    let m = messages(&[
        (
            "customer",
            "I would like to find a pizza place on the west side of town.",
        ),
        (
            "bot",
            "I found Mario's. Is there anything else I can do for you?",
        ),
        ("customer", "Yes, I want to check on the status of my ride."),
        ("bot", "Your driver is 10 minutes away."),
        (
            "customer",
            "I would like to change my driver to someone else.",
        ),
    ]);
    let s = summarize(&m, &notes(5, &[], &[], &[]), Vec::new());
    assert_eq!(
        s.goal.as_deref(),
        Some("I would like to find a pizza place on the west side of town.")
    );
    assert_eq!(s.goal_update, None, "the driver is the ride's");
    // Without the offer and the new request, the same change is the goal's.
    let ride = messages(&[
        ("customer", "I need a ride to the airport at noon."),
        ("bot", "Your driver is 10 minutes away."),
        (
            "customer",
            "I would like to change my driver to someone else.",
        ),
    ]);
    let s = summarize(&ride, &notes(3, &[], &[], &[]), Vec::new());
    assert_eq!(
        s.goal_update.as_deref(),
        Some("I would like to change my driver to someone else.")
    );
}

/// The near misses of star-5646: after an offer of more help the customer corrects the
/// goal itself (STAR star-3682, star-968), or comes back to it after another request
/// (star-1705); the update stays. A question about the request at hand ("What do you
/// think I should get her?") or a wish for another one of the same ("I want the Hyatt")
/// is no new request.
#[test]
fn a_correction_after_an_offer_of_more_help_still_updates_the_goal() {
    let offer = "Booked. Is there anything else I can do for you?";
    for (after, change) in [
        (
            "I would like to change my reservation to 15th-16th of June.",
            "I would like to change my reservation to 15th-16th of June.",
        ),
        (
            "What do you think I should get her for a present?",
            "Can we change it to Wednesday?",
        ),
        (
            "Can you check the weather for me? Let's go back to the reservation.",
            "Can we change the dates and see if that works?",
        ),
    ] {
        let m = messages(&[
            (
                "customer",
                "I want to make a reservation at the Old Town Inn from May 5th to 25th.",
            ),
            ("bot", offer),
            ("customer", after),
            ("bot", "Sure."),
            ("customer", change),
        ]);
        let s = summarize(&m, &notes(5, &[], &[], &[]), Vec::new());
        assert_eq!(s.goal_update.as_deref(), Some(change), "{after} → {change}");
    }
    // A new request, and a message that names the goal again: the change is the goal's.
    let m = messages(&[
        ("customer", "I need to book a hotel room for the 5th."),
        ("bot", offer),
        ("customer", "I need to check the weather in Detroit."),
        ("bot", "Rain all day."),
        ("customer", "Let's go back to the hotel."),
        ("bot", "Sure."),
        ("customer", "Can we change the dates to the 8th?"),
    ]);
    let s = summarize(&m, &notes(7, &[], &[], &[]), Vec::new());
    assert_eq!(
        s.goal_update.as_deref(),
        Some("Can we change the dates to the 8th?")
    );
}

/// Regression (STAR star-582, star-804): a new number where the goal had one changes it
/// without "actually" or "change": "the ID is 99" after "reserve my flight 114", "they
/// are on 519" after "a seat on 427". The goal is the request, not the introduction.
#[test]
fn a_new_number_for_the_goals_updates_it() {
    let m = messages(&[
        ("customer", "Hi I'm Ben reserve my flight 114"),
        (
            "bot",
            "The flight is available. Should I reserve it for you?",
        ),
        ("customer", "Do as I said earlier"),
        (
            "bot",
            "I'm sorry, but your reservation request was unsuccessful.",
        ),
        ("customer", "Come on, the ID is 99"),
    ]);
    let s = summarize(&m, &notes(5, &[], &[], &[]), Vec::new());
    assert_eq!(s.goal.as_deref(), Some("Reserve my flight 114"));
    assert_eq!(s.goal_update.as_deref(), Some("Come on, the ID is 99"));
    let m = messages(&[
        ("customer", "yo, I need a seat on 427 asap"),
        (
            "bot",
            "Sorry, but the flight with id '427' is not available any more.",
        ),
        (
            "customer",
            "Fine whatever. My buddy says the crew is nicer on 519 anyway. book that one",
        ),
    ]);
    let s = summarize(&m, &notes(3, &[], &[], &[]), Vec::new());
    assert_eq!(
        s.goal_update.as_deref(),
        Some("My buddy says the crew is nicer on 519 anyway.")
    );
    // A number beside the goal's ("also"), or after another word, changes nothing.
    let m = messages(&[
        ("customer", "I need a seat on flight 427"),
        ("bot", "Booked."),
        ("customer", "Can you also check flight 519 for my wife?"),
        ("bot", "Sure."),
        ("customer", "I'm in room 12 of the hotel until then."),
    ]);
    let s = summarize(&m, &notes(5, &[], &[], &[]), Vec::new());
    assert_eq!(s.goal_update, None);
}
