//! A bot message's question and lead-in told: which sentence asks, what leads into it,
//! and whether that lead-in apologises.

use super::{Question, question};
use crate::text::Normalized;

fn asked(text: &str) -> Question {
    let mut out = Question::default();
    question(text, &mut Normalized::default(), &mut out);
    out
}

/// The question's words and whether an apology leads into it.
fn words(text: &str) -> (Vec<u64>, bool) {
    let q = asked(text);
    (q.words, q.apology)
}

#[test]
fn an_apology_leads_into_the_question() {
    let (birth, apology) = words("What is your date of birth?");
    assert!(!birth.is_empty());
    assert!(!apology);
    for same in [
        "Sorry, I didn't catch that. What is your date of birth?",
        "Sorry, what is your date of birth?",
        "Sorry. What is your date of birth?",
        "Oops, I didn't get that! What is your date of birth?",
        "I'm so sorry, I could not understand you. What is your date of birth?",
        "My apologies, I don't understand. What is your date of birth?",
        "Hmm, ok, I did not catch it. What is your date of birth?",
        "Sorry, I didn't catch that, please try again. What is your date of birth?",
        "Pardon? I couldn't get that. What is your date of birth?",
        "SORRY, I DIDN'T CATCH THAT. WHAT IS YOUR DATE OF BIRTH?",
        "Sorry, I didn\u{2019}t catch that. What is your date of birth?",
        "Sorry, I didn't catch that\nWhat is your date of birth?",
        // Finding 4: the apology joined by a comma, a dash or a semicolon.
        "Sorry, I didn't catch that, what is your date of birth?",
        "Sorry, I didn't catch that - what is your date of birth?",
        "I didn't catch that; what is your date of birth?",
    ] {
        assert_eq!(words(same), (birth.clone(), true), "{same}");
    }
    assert_ne!(words("What is your date of arrival?").0, birth);
}

/// Finding 1 and 5: the question is the last sentence that ends with `?`, not an
/// instruction after it.
#[test]
fn the_question_is_the_last_sentence_with_a_question_mark() {
    let postcode = words("What is your postcode?").0;
    assert_eq!(
        words("Thanks. What is your postcode? Please type it below.").0,
        postcode
    );
    assert_eq!(
        words("What is your postcode? Please enter it exactly as shown on your card.").0,
        postcode
    );
    assert_eq!(
        words("What is your date of birth? Please enter it as DD/MM/YYYY.").0,
        words("What is your date of birth?").0
    );
    // No `?`: the last sentence that asks.
    assert_eq!(
        words("Sorry, I didn't catch that. What is your date of birth"),
        (words("What is your date of birth").0, true)
    );
}

/// Finding 2: a lead-in that states progress is no apology.
#[test]
fn a_lead_in_that_states_progress_is_no_apology() {
    for progress in [
        "Your table at Luigi's for 4 at 7pm is booked. How can I help you?",
        "Your taxi is booked. What would you like to do next?",
        "I found 3 Italian restaurants near you. Which one would you like to book?",
        "Your flight is booked. Can you confirm the booking?",
        "Thanks, Anna Kowalska is added. What is the name of the next passenger?",
        "Thanks, Anna Kowalska is added, what is the name of the next passenger?",
        "Hmm... what is your date of birth?",
    ] {
        assert!(!asked(progress).apology, "{progress}");
    }
}

/// Finding 7: a question of fewer than three words left has no words to compare.
#[test]
fn a_question_of_fewer_than_three_words_is_not_compared() {
    for short in [
        "Your table is for 4 people. What time?",
        "Sorry. What time?",
        "Where are you now?",
        "Sorry, where are you then?",
        "We have rooms at the Hilton and the Ritz. Which day would you like?",
        "Could you repeat?",
        "Your table is booked.",
        "Is there anything else that I can do for you?",
        "",
    ] {
        assert!(asked(short).words.is_empty(), "{short}");
    }
}

/// A `.` inside a word ends no sentence: the question is the whole "What is your date of
/// birth (dd.mm.yyyy)?", not "yyyy)?".
#[test]
fn a_full_stop_inside_a_word_ends_no_sentence() {
    let format = words("What is your date of birth (dd.mm.yyyy)?").0;
    assert!(!format.is_empty());
    assert_eq!(
        words("Sorry, I didn't catch that. What is your date of birth (dd.mm.yyyy)?"),
        (format, true)
    );
    // A full stop right before a capital still ends one.
    assert_eq!(
        words("Sorry, I didn't catch that.What is your date of birth?"),
        (words("What is your date of birth?").0, true)
    );
}

/// Second review: a lead-in is an apology only when it is nothing but one, its words all
/// from the closed set ("sorry", "I'm", "so", "very", "apologies", "my", "oops",
/// "pardon", "hmm", "ok") and the not-understood phrases. An apology word in a lead-in
/// that says more, a progress, a refusal, "still need", "once more", "couldn't find",
/// "try again" alone or "for the delay", makes none.
#[test]
fn a_lead_in_is_an_apology_only_when_nothing_else_is_left() {
    for more in [
        "Thanks for waiting, your request is done. Sorry for the delay. How can I help you today?",
        "Thanks, added. I still need the next name. What is the name of the next passenger?",
        "Thanks. Now once more for the next leg. Which date would you like to fly?",
        "Sorry, that date is full. Which date would you like to fly?",
        "Sorry, that username is already taken. Which username would you like to use?",
        "I couldn't find any flights on the 5th of May. Which date would you like to fly?",
        "Luigi's is full tonight, so let's try again with another one. Which restaurant would you like to book?",
        "I'm so sorry for your loss, the trip is cancelled. What would you like to do next?",
        "I'm sorry, I still need your date of birth. What is your date of birth?",
        "Sorry for the delay, your table is booked, what would you like to do next?",
        "Apologies for the wait. What is your booking reference?",
        "I'm sorry to hear that. What is your booking reference?",
        "Please try again. What is your booking reference?",
        "That reference doesn't look right, please try again. What is your booking reference?",
        "Hmm, ok. What is your date of birth?",
        "I'm. What is your date of birth?",
    ] {
        assert!(!asked(more).apology, "{more}");
    }
    for only in [
        "Sorry. What is your date of birth?",
        "That doesn't look right, please try again. What is your booking reference?",
        "I didn't understand, please try again. What is your booking reference?",
        "I am very sorry, I did not get you. What is your booking reference?",
    ] {
        assert!(asked(only).apology, "{only}");
    }
}
