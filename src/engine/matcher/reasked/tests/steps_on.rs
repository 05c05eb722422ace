//! `bot_repeats` and the next step of a task: the same follow-up after a lead-in that
//! states progress, two-word questions and questions that differ in the word that
//! matters are not asked again. The review's crafted pairs, a case per row (its
//! findings 2 and 7).

use super::questions::{LOST, counted};

/// Findings 2 and 7, and the review's other pairs that ask two things: the same
/// follow-up after a lead-in that states progress, two-word questions, and questions
/// that differ in the word that matters. None is asked again.
#[test]
fn the_reviews_different_questions_and_steps_on_are_not_counted() {
    for (id, earlier, customer, later) in [
        (
            "n-arrival",
            "What is your date of birth?",
            LOST,
            "What is your date of arrival?",
        ),
        (
            "n-arrival-leadin",
            "Sorry, I didn't catch that. What is your date of birth?",
            LOST,
            "Sorry, I didn't catch that. What is your date of arrival?",
        ),
        (
            "n-passenger",
            "What is the name of the first passenger?",
            LOST,
            "What is the name of the second passenger?",
        ),
        (
            "n-email-phone",
            "What is your email?",
            LOST,
            "What is your phone number?",
        ),
        (
            "n-which-one",
            "I found 3 Italian restaurants in the centre: Luigi's, Roma and Bella. Which one would you like?",
            "Luigi's sounds good but is it expensive there?",
            "I found 2 hotels near the station: the Hilton and the Ibis. Which one would you like?",
        ),
        (
            "n-which-prefer",
            "There are flights at 9am and 3pm. Which would you prefer?",
            "The later one, my meeting ends at noon",
            "There are seats 12A and 14C left on that flight. Which would you prefer?",
        ),
        (
            "n-help",
            "Your taxi is booked for 7pm. How can I help you?",
            "I also want to change my reservation for tomorrow night",
            "Your reservation is moved to tomorrow at 8pm. How can I help you?",
        ),
        (
            "n-next",
            "Your table at Luigi's is booked. What would you like to do next?",
            "Great, now I need a taxi to get there at 7",
            "Your taxi will pick you up at 6:40pm. What would you like to do next?",
        ),
        (
            "n-confirm",
            "I have a table for 4 at 7pm at Luigi's. Could you confirm that?",
            "Actually make it 5 people please, my sister is coming",
            "I have a table for 5 at 7pm at Luigi's. Could you confirm that?",
        ),
        (
            "n-confirm-booking",
            "Your flight to Paris on Monday at 9am costs 120 euros. Can you confirm the booking?",
            "Yes that is fine, and I also need a hotel there",
            "The Hilton Paris Opera for two nights costs 400 euros. Can you confirm the booking?",
        ),
        (
            "n-passenger-ack",
            "Thanks, Anna Kowalska is added. What is the name of the next passenger?",
            "It's Mary Smith, my wife",
            "Thanks, Mary Smith is added. What is the name of the next passenger?",
        ),
        ("n-why", "Why?", LOST, "Sorry, why?"),
        ("n-anything", "Anything else?", LOST, "Ok. Anything else?"),
        (
            "n-continue",
            "Would you like to continue playing?",
            LOST,
            "Great round! Would you like to continue playing?",
        ),
        (
            "n-where-to",
            "Where are you departing from?",
            LOST,
            "Where are you arriving to?",
        ),
        (
            "n-checkin",
            "When would you like to check in?",
            LOST,
            "When would you like to check out?",
        ),
        ("n-how-many", "How many people?", LOST, "How many bags?"),
        (
            "n-what-time",
            "Your table is for 4 people. What time?",
            "Can we sit outside, it's sunny today",
            "Your taxi is for 4 people. What time?",
        ),
        (
            "n-spanish",
            "¿Cuál es su fecha de nacimiento?",
            LOST,
            "Lo siento, no entendí. ¿Cuál es su fecha de llegada?",
        ),
        (
            "n-when-arrive-leave",
            "Sorry about that. When will you arrive?",
            LOST,
            "Sorry about that. When will you leave?",
        ),
        (
            "n-now-then",
            "Where are you now?",
            LOST,
            "Where are you then?",
        ),
        (
            "n-pay-now",
            "Would you like to pay now, please tell me?",
            LOST,
            "Would you like to pay later, please tell me?",
        ),
        (
            "n-me-you",
            "Can you tell me your name?",
            LOST,
            "Can I tell you my name?",
        ),
        (
            "n-first-second-name",
            "Could you tell me the first name?",
            LOST,
            "Could you tell me the last name?",
        ),
        (
            "n-which-day",
            "We have rooms at the Hilton and the Ritz. Which day would you like?",
            LOST,
            "The Ritz has a spa and a pool. Which day would you like?",
        ),
        // Two-word questions after an apology: too little to compare.
        (
            "short-sorry",
            "What time?",
            LOST,
            "Sorry, I didn't catch that. What time?",
        ),
    ] {
        assert!(!counted(earlier, customer, later), "{id}");
    }
}
