//! The bot asking its question again: a bot message and the bot's message before it →
//! whether it asks nearly word for word what that one asked (the `bot_repeats`
//! counter), the bot failing to take the customer's answer ("Could you provide your date
//! of birth, please?" three times running while the customer says everything else), not
//! the bot filling a form item by item ("What is the name of the next passenger?" answered
//! "John Smith", then "Mary Smith").

use super::asked::{Words, asks_again};
use super::repeat::{similar, word_set};
use crate::rules::builtin::lexicon;
use crate::rules::schema::Builtin;
use crate::text::Normalized;

/// Words a plain answer has at most: a name, a seat, an item ("John Smith", "12A",
/// "Hawaiian, thats all"). The STAR customers the bot failed said more ("Two. My wife
/// and I are getting our palms read.", star-4965).
const PLAIN_WORDS: usize = 4;

/// Words (normalised, apostrophes dropped) that make a short answer no plain one: a
/// refusal, a negation, a reproach or a correction ("no code", "dont know", "I told
/// you", "still nothing", "Actually, the Hyatt instead"). The frustration lexicon's one-word cues count too ("ugh", "useless").
const NOT_PLAIN: &[&str] = &[
    "no", "nope", "not", "never", "nothing", "none", "dont", "didnt", "doesnt", "cant", "cannot",
    "wont", "isnt", "havent", "idk", "dunno", "again", "still", "already", "told", "said", "wrong",
    "actually", "instead",
];

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

/// The bot's latest message, as the next one is compared with it, and what the customer
/// said since. Reused from conversation to conversation.
///
/// Lazy: a replay asks this of every message, and most bot messages are asked nothing of
/// (the customer said only plain answers since, or nothing), so the bot's text is kept
/// as written and its words hashed, and its question told, only when the customer's
/// words since make a repeat count. Taking the words of every bot message and every
/// customer message cost a fifth of a replay of generated chats.
#[derive(Debug, Default)]
pub(crate) struct BotQuestions {
    /// The bot's latest message, as written (empty before the first).
    previous: String,
    /// Its words' hashes, when they were taken (`hashed`).
    previous_words: Vec<u64>,
    hashed: bool,
    current: Vec<u64>,
    normalized: Normalized,
    /// Whether the customer wrote since the bot's latest message.
    heard: bool,
    /// Whether all the customer wrote since then were plain answers ([`BotQuestions::is_plain_answer`]).
    plain: bool,
}

impl BotQuestions {
    /// Forgets the last conversation's bot messages.
    pub(crate) fn clear(&mut self) {
        self.previous.clear();
        self.hashed = false;
        self.heard = false;
        self.plain = true;
    }

    /// Takes in a customer message: what makes the bot's next question asked again or
    /// not (see [`BotQuestions::asked_again`]).
    pub(crate) fn customer_said(&mut self, text: &str) {
        if !self.heard {
            self.plain = true;
        }
        self.heard = true;
        // Before the bot's first message, or once a message was no plain answer, the
        // next one changes nothing.
        if self.plain && !self.previous.is_empty() {
            self.plain = self.is_plain_answer(text);
        }
    }

    /// Whether a customer message is a short plain answer: a few words ([`PLAIN_WORDS`]),
    /// no question or exclamation mark, no negation or reproach ([`NOT_PLAIN`]), no
    /// frustration cue, and some word ("..." or "???" answers nothing).
    fn is_plain_answer(&mut self, text: &str) -> bool {
        if text.contains(['?', '!']) {
            return false;
        }
        // Each run without spaces that holds an ASCII letter or digit is at least one
        // word of the normalised text: more than a plain answer has, without reading it.
        let runs = text
            .split_ascii_whitespace()
            .filter(|run| run.bytes().any(|b| b.is_ascii_alphanumeric()))
            .take(PLAIN_WORDS + 1)
            .count();
        if runs > PLAIN_WORDS {
            return false;
        }
        self.normalized.set(text);
        let cues = lexicon(Builtin::Frustration).map_or(&[][..], |l| l.phrases);
        let mut count = 0;
        for word in self.normalized.words() {
            count += 1;
            if count > PLAIN_WORDS
                || NOT_PLAIN.iter().any(|w| w.as_bytes() == word)
                || cues.iter().any(|(c, _)| c.as_bytes() == word)
            {
                return false;
            }
        }
        count > 0
    }

    /// Takes in the bot's next message: whether it asks for something
    /// ([`asks_for_something`]), as the bot's message before it did, and nearly equals
    /// it (word overlap ≥ 90%, as the customer's repeats are told), with the customer's
    /// word between that is not all plain answers. An offer of more help ("Is there
    /// anything else that I can do for you?") or a yes/no offer ("Would you like to
    /// continue playing?", "Can I book it for you now?") asks for no value: bots send
    /// them again after every task or answer. The same question with nothing from the
    /// customer between is a nudge or a double post, not a failure to take an answer;
    /// after short plain answers ("John Smith", "12A") it is a form asked item by item
    /// ("What is the name of the next passenger?", "Which seat would you like on this
    /// flight?").
    pub(crate) fn asked_again(&mut self, text: &str) -> bool {
        let answered = self.heard && !self.plain;
        self.heard = false;
        self.plain = true;
        // Cheapest first: the customer's words since, the two messages' words, and only
        // for nearly equal ones whether they ask.
        let compared = answered && !self.previous.is_empty();
        let again = compared
            && self.nearly_equal(text)
            && asks_for_something(text)
            && asks_for_something(&self.previous);
        self.previous.clear();
        self.previous.push_str(text);
        // The words just taken are the next comparison's earlier ones.
        self.hashed = compared;
        if compared {
            std::mem::swap(&mut self.previous_words, &mut self.current);
        }
        again
    }

    /// Whether `text` and the bot's message before it share nearly all their words
    /// (each message's words are taken once: `text`'s are kept for the next one).
    fn nearly_equal(&mut self, text: &str) -> bool {
        if !self.hashed {
            word_set(
                &self.previous,
                &mut self.normalized,
                &mut self.previous_words,
            );
        }
        word_set(text, &mut self.normalized, &mut self.current);
        similar(&self.previous_words, &self.current)
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

    /// The bot's questions, each after a customer message that is no plain answer.
    fn asked(bot: &mut BotQuestions, question: &str) -> bool {
        bot.customer_said("I don't know it, sorry.");
        bot.asked_again(question)
    }

    #[test]
    fn the_same_question_right_after_itself_is_asked_again() {
        let mut bot = BotQuestions::default();
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
        let mut bot = BotQuestions::default();
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
        let mut bot = BotQuestions::default();
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

    #[test]
    fn a_form_asked_item_by_item_is_no_question_asked_again() {
        let mut bot = BotQuestions::default();
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
        let mut bot = BotQuestions::default();
        for plain in [
            "John Smith",
            "12A",
            "Ana López",
            "Hawaiian, thats all",
            "x",
            "12PM.",
        ] {
            assert!(bot.is_plain_answer(plain), "{plain}");
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
            assert!(!bot.is_plain_answer(not_plain), "{not_plain}");
        }
    }
}
