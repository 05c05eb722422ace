//! Tests of `done`: bot messages → whether they say a task is done, and goals after one.

use super::says_done;

#[test]
fn a_task_done_is_told_from_one_offered_failed_or_asked_about() {
    for done in [
        "Your booking is confirmed.",
        "Ride booked",
        "Booked",
        "OK, I've successfully completed this Hotel booking for you!",
        "Excellent, the viewing is scheduled now!",
        "Your report has been successfully submitted. Is there anything else that I can do for you?",
        "Great, your rsvp is all done and confirmed!",
        "The door is now unlocked.",
        "I've managed to book a ride for you that should arrive in less than 21 minutes, is there anything else?",
        "Ok, I have booked you a ride with licence plate '862 EAS'.",
        "We've cancelled your order.",
        "Your appointment has been scheduled for Monday.",
        "All set!",
        // Said in a sentence before another.
        "Ride booked. Anything else?",
        "Booked! Is there anything else I can do?",
        // A task done, not a slot taken.
        "Your table is booked for 7pm.",
        "Ride booked.",
        "I have booked it.",
        "I've already booked it for you.",
        "OK, your table is booked for that time.",
        "Your Sons appointment with Dr Johnson is booked at 5pm both today",
        // "Already booked" said to the customer: a task done, not a slot taken.
        "Your table is already booked for 7pm.",
        "Done, it's already booked for you.",
        "Your table is already booked for 7pm. Try our new app next time!",
        "Lucca is already booked.",
        "Your table is reserved for 7pm.",
        "It's already booked for you at 7pm.",
        // Regression (a review): "Done" opening the message.
        "Done, I've transferred the money.",
        "Done thanks",
        "Done! Your card has been activated.",
    ] {
        assert!(says_done(done), "{done}");
    }
    for not_done in [
        "I am very sorry, but it looks like all venues are booked out then.",
        "Sorry I can't get you on that flight, it's fully booked.",
        "The ride is not currently booked.",
        "I'm sorry, but your booking request failed.",
        "Shall I book the Hilton?",
        "Would you like me to have it scheduled?",
        "Great, the Hilton has a room, shall I have it booked?",
        "I have a ride available may I book it for you?",
        "Is there anything else that I can do for you?",
        "Once confirmed, you will get an email.",
        "Hello, how can I help?",
        // Done words as adjectives, and a condition.
        "I see two confirmed memberships on your account, which one is it?",
        "Let me pull up your scheduled appointments, could you give me your name?",
        "Tell me when you're done.",
        // The slot asked for is taken (STAR's venue bots): a refusal.
        "The venue is booked at that time.",
        "The venue is already booked.",
        "That time's already booked.",
        "That slot is already booked.",
        "Sorry, 8pm is already booked.",
        "8 pm is already booked.",
        "It's already booked at that time.",
        "It's already booked. Would you like another time?",
        "The room is already booked, would you like to try the Hilton?",
        "Unfortunately the table is already booked.",
        "The restaurant is booked up tonight.",
        "The hotel is fully booked.",
        "That slot was booked solid, would you like another day?",
        "The West Bay Venue is reserved at this time.",
        "That viewing is no longer available, it was booked.",
        // Regression: a bare "already booked" of a pronoun, and a restriction.
        "It's already booked.",
        "That's already taken, sorry",
        "RSVO is only reserved for lab rats.",
        "The lounge is reserved only for members.",
        // A task going on, a step of one, an offer, a check, a detail changed.
        "Your refund is being processed.",
        "I've sent you a code.",
        "I can reset it for you.",
        "No problem. You have paid the application fee, but that time is unavailable.",
        "I have changed your appointment time to Saturday",
        "I just updated your booking.  Is there anything else I can do?",
        "Are you done?",
        "Done, but I couldn't transfer the money.",
        // Regression (a second review): a bank's explanation is no task done; only
        // "Done" opening the message says so.
        "Your card is blocked because we detected unusual activity.",
        "Your payment was processed yesterday.",
        "Your SIM was blocked after three wrong PINs.",
        "Your subscription was renewed on the 1st.",
        "Your card is activated already.",
        "Your card will be blocked in 24 hours.",
        "Your card can be activated in the app.",
        "Your card has been unblocked.",
        "I've transferred $200 to your savings.",
        "OK. Done with the form? Doner kebab is ready.",
        "",
    ] {
        assert!(!says_done(not_done), "{not_done}");
    }
}

/// Regression: "being" anywhere in a statement undid every done word in it ("Your ride
/// is booked, it's being prepared" read as nothing done); it undoes only the done word
/// it modifies.
#[test]
fn being_undoes_only_the_done_word_it_modifies() {
    for done in [
        "Your ride is booked, it's being prepared.",
        "Thanks for being patient, your table is booked.",
        "Your order is confirmed and being packed now.",
        "Your booking is being confirmed and your ride is booked.",
    ] {
        assert!(says_done(done), "{done}");
    }
    for going_on in [
        "Your booking is being confirmed.",
        "Your ride is being booked.",
        "It's being booked now, one moment.",
        "Your request is being successfully completed.",
        "Your refund is being processed.",
    ] {
        assert!(!says_done(going_on), "{going_on}");
    }
}

/// `asks_for_a_person` finds the `human_request` phrases as a search of each in the
/// lower-cased sentence at word boundaries found them.
#[test]
fn a_request_for_a_person_is_found_as_each_phrase_s_search_found_it() {
    use super::super::contains_words;
    use super::asks_for_a_person;
    use crate::rules::Builtin;
    use crate::rules::builtin::lexicon;
    let by_search = |s: &str| {
        let lower = s.to_lowercase().replace('’', "'");
        lexicon(Builtin::HumanRequest)
            .is_some_and(|l| l.phrases.iter().any(|(p, _)| contains_words(&lower, p)))
    };
    for said in [
        "I want to talk to a human",
        "Can I TALK TO A HUMAN please?",
        "i want to talk to a humans",
        "let me talk to a person!",
        "Can I speak with a person, please",
        "I want to speak to a real person",
        "talk to a human",
        "stalk to a human",
        "Please book me a table at Lucca.",
        "I can’t talk to a human?",
        "",
    ] {
        assert_eq!(asks_for_a_person(said), by_search(said), "{said}");
    }
    for (phrase, _) in lexicon(Builtin::HumanRequest).map_or(&[][..], |l| l.phrases) {
        let said = format!("Hey, {phrase}!");
        assert!(asks_for_a_person(&said), "{said}");
        let joined = format!("x{phrase}y");
        assert_eq!(asks_for_a_person(&joined), by_search(&joined), "{joined}");
    }
}
