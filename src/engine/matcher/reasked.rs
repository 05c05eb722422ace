//! The bot asking its question again: a bot message and the bot's message before it →
//! whether it asks nearly word for word what that one asked (the `bot_repeats`
//! counter), the bot failing to take the customer's answer ("Could you provide your date
//! of birth, please?" three times running while the customer says everything else).

use super::asked::{Words, asks_again};
use super::repeat::{fnv1a_words, similar};
use crate::text::Normalized;

/// Words a question may open with before its question word ("Ok, and where are you
/// departing from?", "Alright, when are you arriving?").
const FILLERS: &[&str] = &[
    "ok", "okay", "and", "so", "alright", "great", "sure", "sorry", "then", "right", "now",
];

/// Question words: a question that opens with one asks for a value ("When are you
/// arriving?", "How many people would you like to invite?").
const QUESTION_WORDS: &[&str] = &[
    "what", "what's", "whats", "when", "where", "which", "who", "whom", "whose", "how", "why",
];

/// Words that may stand before a question word ("At what time…", "On what day…", "For
/// how many people…", "With whom…").
const PREPOSITIONS: &[&str] = &["at", "on", "for", "with", "in", "from", "to", "by"];

/// The bot's latest message, as the next one is compared with it: its words' hashes
/// when it asked for something, empty otherwise. Reused from conversation to
/// conversation.
#[derive(Debug, Default)]
pub(crate) struct BotQuestions {
    previous: Vec<u64>,
    current: Vec<u64>,
    normalized: Normalized,
}

impl BotQuestions {
    /// Forgets the last conversation's bot messages.
    pub(crate) fn clear(&mut self) {
        self.previous.clear();
    }

    /// Takes in the bot's next message: whether it asks for something
    /// ([`asks_for_something`]) and nearly equals the bot's message before it (word
    /// overlap ≥ 90%, as the customer's repeats are told), whatever the customer said
    /// between. An offer of more help ("Is there anything else that I can do for you?")
    /// or a yes/no offer ("Would you like to continue playing?", "Can I book it for you
    /// now?") asks for no value: bots send them again after every task or answer.
    pub(crate) fn asked_again(&mut self, text: &str) -> bool {
        if !asks_for_something(text) {
            self.previous.clear();
            return false;
        }
        self.normalized.set(text);
        self.current.clear();
        fnv1a_words(self.normalized.as_bytes(), &mut self.current);
        self.current.sort_unstable();
        self.current.dedup();
        let again = similar(&self.previous, &self.current);
        std::mem::swap(&mut self.previous, &mut self.current);
        again
    }
}

/// Whether a bot message asks the customer for a value or details: a request
/// ([`asks_again`]: "Please enter the code.", "Could you provide your date of birth,
/// please?") or a question that opens with a question word ("When are you arriving?",
/// "On what day would you like your party organised?"); not one that offers more help,
/// with "else" in it ("Anything else I can help with?", "What else can I do for you?").
pub(super) fn asks_for_something(text: &str) -> bool {
    if Words(text.as_bytes()).any(|w| w.eq_ignore_ascii_case(b"else")) {
        return false;
    }
    asks_again(text)
        || text
            .split_inclusive(['.', '!', '?', '\n'])
            .any(opens_question)
}

/// Whether a sentence (with its closing mark) is a question whose start, or a clause's
/// after a comma, is a question word, after fillers and a preposition ("Hello, how can I
/// help?", "What day, and at what time?").
fn opens_question(sentence: &str) -> bool {
    if !sentence.trim_end().ends_with('?') {
        return false;
    }
    let is = |list: &[&str], w: &[u8]| list.iter().any(|l| w.eq_ignore_ascii_case(l.as_bytes()));
    sentence.split(',').any(|clause| {
        let mut words = Words(clause.as_bytes()).skip_while(|w| is(FILLERS, w));
        match words.next() {
            Some(w) if is(QUESTION_WORDS, w) => true,
            Some(w) if is(PREPOSITIONS, w) => words.next().is_some_and(|w| is(QUESTION_WORDS, w)),
            _ => false,
        }
    })
}

#[cfg(test)]
mod tests {
    use super::{BotQuestions, asks_for_something};

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
            "OK, the West Bay Venue would be happy to accommodate you.\nCan I book it for you now?",
            "",
        ] {
            assert!(!asks_for_something(offering), "{offering}");
        }
    }

    #[test]
    fn the_same_question_right_after_itself_is_asked_again() {
        let mut bot = BotQuestions::default();
        assert!(!bot.asked_again("Could you provide your date of birth, please?"));
        // Case and punctuation aside, the same words.
        assert!(bot.asked_again("could you provide your date of birth please"));
        assert!(bot.asked_again("Could you provide your date of birth, please?"));
        // Another question is a step on, not the same asked again.
        assert!(!bot.asked_again("What was your mother's maiden name?"));
        assert!(bot.asked_again("What was your mother's maiden name?"));
    }

    #[test]
    fn a_message_between_that_asks_nothing_breaks_the_run() {
        let mut bot = BotQuestions::default();
        assert!(!bot.asked_again("What day did you have in mind for the meeting?"));
        assert!(!bot.asked_again("Your meeting has been scheduled."));
        assert!(!bot.asked_again("What day did you have in mind for the meeting?"));
        // An offer sent again is no question asked again, nor one after it.
        assert!(!bot.asked_again("Is there anything else that I can do for you?"));
        assert!(!bot.asked_again("Is there anything else that I can do for you?"));
        assert!(!bot.asked_again("What day did you have in mind for the meeting?"));
        assert!(bot.asked_again("What day did you have in mind for the meeting?"));
        // A new conversation starts with no question before.
        bot.clear();
        assert!(!bot.asked_again("What day did you have in mind for the meeting?"));
    }
}
