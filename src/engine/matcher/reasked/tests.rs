//! `bot_repeats` told message by message: questions asked again, offers, nudges, forms
//! asked item by item, and plain answers.

use super::{BotQuestions, asks_for_something};
use crate::transcript::{Clock, Message, Role};

/// A conversation fed to [`BotQuestions`] message by message, as the engine feeds it.
#[derive(Default)]
struct Chat {
    messages: Vec<Message>,
    questions: BotQuestions,
}

impl Chat {
    fn say(&mut self, role: Role, text: &str) {
        self.messages.push(Message {
            role,
            text: text.into(),
            time: String::new(),
            timestamp: None,
            clock: Clock::Written,
            line: 2 + self.messages.len() as u64,
        });
    }

    fn customer_said(&mut self, text: &str) {
        self.say(Role::Customer, text);
    }

    /// Whether the bot's message `text` is asked again.
    fn asked_again(&mut self, text: &str) -> bool {
        self.say(Role::Bot, text);
        let index = self.messages.len() - 1;
        self.questions.asked_again(&self.messages, index)
    }

    /// A new conversation.
    fn clear(&mut self) {
        self.messages.clear();
        self.questions.clear();
    }
}

/// The words of a bot message are hashed from its text as written when it is ASCII:
/// the same set as from its normalised form, whatever the case and punctuation.
#[test]
fn an_ascii_message_has_the_words_of_its_normalised_form() {
    use super::super::repeat::{fnv1a_words, word_set};
    use crate::text::Normalized;
    for text in [
        "What is your ACCOUNT number?? what is",
        "Please enter the code.",
        "  Ok, and where are you departing from?  ",
        "Quel est votre numéro de compte ?",
    ] {
        let mut normalized = Normalized::default();
        let mut set = Vec::new();
        word_set(text, &mut normalized, &mut set);
        let mut expected = Vec::new();
        let mut n = Normalized::default();
        n.set(text);
        fnv1a_words(n.as_bytes(), &mut expected);
        expected.sort_unstable();
        expected.dedup();
        assert_eq!(set, expected, "{text:?}");
    }
}

#[test]
fn a_question_for_a_value_is_told_from_an_offer() {
    for asking in [
        "Could you provide your date of birth, please?",
        "Please enter the code.",
        "When would you like your party to kick off?",
        "How many people would you like to invite?",
        "Ok, and where are you departing from?",
        "On what day would you like your party organised?",
        "Great. For how many people should the reservation be made?",
        "Hello, how can I help?",
        "WHAT IS YOUR ACCOUNT NUMBER?",
        "What day, and at what time, would you like to come?",
        // Contracted, with either apostrophe or none.
        "Where's your order being delivered?",
        "Who’s the booking for?",
        "Ok, when's your flight?",
        "Hows the weather there today?",
        "What’s your date of birth?",
    ] {
        assert!(asks_for_something(asking), "{asking}");
    }
    for offering in [
        "Is there anything else that I can do for you?",
        "Anything else I can help with?",
        "What else can I do for you?",
        "Your answer was correct! Great job! Would you like to continue playing?",
        "The flight is available. Should I reserve it for you?",
        "Unfortunately there are no flights that match your search. Would you like to change any of your criteria?",
        "Your report has been successfully submitted.",
        // A question word that opens no question.
        "When you arrive, the driver will call you.",
        "Where's the fun in that.",
        "OK, the West Bay Venue would be happy to accommodate you.\nCan I book it for you now?",
        "",
    ] {
        assert!(!asks_for_something(offering), "{offering}");
    }
}

/// The bot's questions, each after a customer message that is no plain answer.
fn asked(bot: &mut Chat, question: &str) -> bool {
    bot.customer_said("I don't know it, sorry.");
    bot.asked_again(question)
}

#[test]
fn the_same_question_right_after_itself_is_asked_again() {
    let mut bot = Chat::default();
    assert!(!asked(
        &mut bot,
        "Could you provide your date of birth, please?"
    ));
    // Case and punctuation aside, the same words.
    assert!(asked(
        &mut bot,
        "could you provide your date of birth please"
    ));
    assert!(asked(
        &mut bot,
        "Could you provide your date of birth, please?"
    ));
    // Another question is a step on, not the same asked again.
    assert!(!asked(&mut bot, "What was your mother's maiden name?"));
    assert!(asked(&mut bot, "What was your mother's maiden name?"));
}

#[test]
fn a_message_between_that_asks_nothing_breaks_the_run() {
    let mut bot = Chat::default();
    assert!(!asked(
        &mut bot,
        "What day did you have in mind for the meeting?"
    ));
    assert!(!asked(&mut bot, "Your meeting has been scheduled."));
    assert!(!asked(
        &mut bot,
        "What day did you have in mind for the meeting?"
    ));
    // An offer sent again is no question asked again, nor one after it.
    assert!(!asked(
        &mut bot,
        "Is there anything else that I can do for you?"
    ));
    assert!(!asked(
        &mut bot,
        "Is there anything else that I can do for you?"
    ));
    assert!(!asked(
        &mut bot,
        "What day did you have in mind for the meeting?"
    ));
    assert!(asked(
        &mut bot,
        "What day did you have in mind for the meeting?"
    ));
    // A new conversation starts with no question before.
    bot.clear();
    assert!(!asked(
        &mut bot,
        "What day did you have in mind for the meeting?"
    ));
}

#[test]
fn the_same_question_with_no_customer_word_between_is_a_nudge() {
    let mut bot = Chat::default();
    let question = "What is your account number?";
    assert!(!bot.asked_again(question));
    assert!(!bot.asked_again(question));
    assert!(!bot.asked_again(question));
    // Answered with no plain answer, it is asked again.
    bot.customer_said("I told you I don't have it");
    assert!(bot.asked_again(question));
    // A new conversation forgets what the customer said.
    bot.customer_said("I don't have it");
    bot.clear();
    assert!(!bot.asked_again(question));
    assert!(!bot.asked_again(question));
}

/// Only what the customer said between the two questions counts: not what they said
/// before the first, nor what an agent or the system said between.
#[test]
fn only_the_customer_words_between_the_two_questions_count() {
    let mut bot = Chat::default();
    let question = "What is your account number?";
    bot.customer_said("I told you I don't have it");
    assert!(!bot.asked_again(question));
    bot.customer_said("12345");
    bot.say(Role::Agent, "I'm sorry, I don't know why it keeps asking.");
    assert!(!bot.asked_again(question));
    bot.say(Role::Agent, "Still nothing?");
    assert!(!bot.asked_again(question));
    bot.customer_said("Still nothing.");
    assert!(bot.asked_again(question));
}

#[test]
fn a_form_asked_item_by_item_is_no_question_asked_again() {
    let mut bot = Chat::default();
    let next = "What is the name of the next passenger?";
    assert!(!bot.asked_again(next));
    for name in ["John Smith", "Mary Smith", "Ana López"] {
        bot.customer_said(name);
        assert!(!bot.asked_again(next), "{name}");
    }
    let seat = "Which seat would you like on this flight?";
    for answer in ["12A", "14C", "Hawaiian, thats all"] {
        bot.customer_said(answer);
        assert!(!bot.asked_again(seat), "{answer}");
    }
    // One answer that is no plain one among them makes it asked again.
    bot.customer_said("12A");
    bot.customer_said("why do you keep asking");
    assert!(bot.asked_again(seat));
}

#[test]
fn a_short_answer_is_plain_without_a_refusal_question_or_cue() {
    let mut bot = Chat::default();
    for plain in [
        "John Smith",
        "12A",
        "Ana López",
        "Hawaiian, thats all",
        "x",
        "12PM.",
    ] {
        assert!(bot.questions.is_plain_answer(plain), "{plain}");
    }
    for not_plain in [
        "no code",
        "dont know",
        "I didn't get one",
        "I told you",
        "Actually, the Hyatt instead.",
        "12A?",
        "the 12th!!",
        "ugh",
        "useless",
        "...",
        "",
        "Two. My wife and I are getting our palms read.",
    ] {
        assert!(!bot.questions.is_plain_answer(not_plain), "{not_plain}");
    }
}

mod lead_ins;
mod questions;
mod steps_on;
