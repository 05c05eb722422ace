//! The bot asking its question again: a bot message and the bot's message before it →
//! whether it asks nearly word for word what that one asked (the `bot_repeats`
//! counter), the bot failing to take the customer's answer ("Could you provide your date
//! of birth, please?" three times running while the customer says everything else), not
//! the bot filling a form item by item ("What is the name of the next passenger?" answered
//! "John Smith", then "Mary Smith").

use super::asked::{Words, asks_again};
use super::repeat::similar;
use crate::rules::builtin::lexicon;
use crate::rules::schema::Builtin;
use crate::text::Normalized;
use crate::transcript::{Message, Role};
use memo::BotMemo;
use std::sync::LazyLock;

mod memo;

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

/// The frustration lexicon's cues of one word ("ugh", "useless"), the only ones a word
/// can equal: a handful, where the lexicon holds a hundred phrases.
fn one_word_cues() -> &'static [&'static [u8]] {
    static CUES: LazyLock<Vec<&'static [u8]>> = LazyLock::new(|| {
        lexicon(Builtin::Frustration).map_or(Vec::new(), |l| {
            l.phrases
                .iter()
                .map(|(cue, _)| cue.as_bytes())
                .filter(|cue| !cue.contains(&b' '))
                .collect()
        })
    });
    &CUES
}

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

/// The bot's latest message in a conversation, as the next one is compared with it.
/// Reused from conversation to conversation.
///
/// Lazy: a replay asks this of every bot message, and most are asked nothing of. The
/// customer's messages between two bot messages are read only for two nearly equal ones;
/// a bot message's words are hashed, and its question told, once per distinct text
/// ([`BotMemo`]), as bots send the same templates over and over. Taking the words of
/// every bot message and every customer message cost a fifth of a replay of generated
/// chats.
#[derive(Debug, Default)]
pub(crate) struct BotQuestions {
    /// The index of the bot's latest message (none before the first).
    previous: Option<usize>,
    /// The words' hashes of a bot message of this conversation, the one last compared
    /// (`earlier_of`): the earlier one of the next comparison, most of the time.
    earlier_words: Vec<u64>,
    earlier_of: Option<usize>,
    memo: BotMemo,
    normalized: Normalized,
}

impl BotQuestions {
    /// Forgets the last conversation's bot messages.
    pub(crate) fn clear(&mut self) {
        self.previous = None;
        self.earlier_of = None;
    }

    /// Takes in bot message `index` without asking whether it is asked again (its answer
    /// is known): the message the next one is compared with.
    pub(crate) fn passed(&mut self, index: usize) {
        self.previous = Some(index);
    }

    /// Takes in bot message `index` of `messages` (the conversation so far): whether it
    /// asks for something ([`asks_for_something`]), as the bot's message before it did,
    /// and nearly equals it (word overlap ≥ 90%, as the customer's repeats are told), with
    /// customer messages between that are not all plain answers. An offer of more help
    /// ("Is there anything else that I can do for you?") or a yes/no offer ("Would you
    /// like to continue playing?", "Can I book it for you now?") asks for no value: bots
    /// send them again after every task or answer. The same question with nothing from
    /// the customer between is a nudge or a double post, not a failure to take an answer;
    /// after short plain answers ("John Smith", "12A") it is a form asked item by item
    /// ("What is the name of the next passenger?", "Which seat would you like on this
    /// flight?").
    pub(crate) fn asked_again(&mut self, messages: &[Message], index: usize) -> bool {
        let Some(previous) = self.previous.replace(index) else {
            return false;
        };
        let between = || {
            messages
                .get(previous + 1..index)
                .into_iter()
                .flatten()
                .filter(|m| m.role == Role::Customer)
        };
        // Cheapest first: whether the customer wrote between, the two messages' words,
        // whether the customer's words make a repeat count, and whether they ask.
        if between().next().is_none() || !self.nearly_equal(messages, previous, index) {
            return false;
        }
        let (Some(earlier), Some(text)) = (messages.get(previous), messages.get(index)) else {
            return false;
        };
        !between().all(|m| self.is_plain_answer(&m.text))
            && self.memo.asks(&text.text, &mut self.normalized)
            && self.memo.asks(&earlier.text, &mut self.normalized)
    }

    /// Whether a customer message is a short plain answer: a few words ([`PLAIN_WORDS`]),
    /// no question or exclamation mark, no negation or reproach ([`NOT_PLAIN`]), no
    /// frustration cue, and some word ("..." or "???" answers nothing).
    fn is_plain_answer(&mut self, text: &str) -> bool {
        // Each run without spaces that holds an ASCII letter or digit is at least one
        // word of the normalised text: more than a plain answer has, without reading it
        // (most customer messages are longer; counting stops at the first run too many).
        let runs = text
            .split_ascii_whitespace()
            .filter(|run| run.bytes().any(|b| b.is_ascii_alphanumeric()))
            .take(PLAIN_WORDS + 1)
            .count();
        if runs > PLAIN_WORDS || memchr::memchr2(b'?', b'!', text.as_bytes()).is_some() {
            return false;
        }
        self.normalized.set(text);
        let mut count = 0;
        for word in self.normalized.words() {
            count += 1;
            if count > PLAIN_WORDS
                || NOT_PLAIN.iter().any(|w| w.as_bytes() == word)
                || one_word_cues().contains(&word)
            {
                return false;
            }
        }
        count > 0
    }

    /// Whether bot message `index` and the bot's message before it, `earlier`, share
    /// nearly all their words. Each one's words are looked up once: `index`'s are kept
    /// for the comparison with the next.
    fn nearly_equal(&mut self, messages: &[Message], earlier: usize, index: usize) -> bool {
        let (Some(before), Some(text)) = (messages.get(earlier), messages.get(index)) else {
            return false;
        };
        if self.earlier_of != Some(earlier) {
            let words = self.memo.words(&before.text, &mut self.normalized);
            self.earlier_words.clear();
            self.earlier_words.extend_from_slice(words);
        }
        let words = self.memo.words(&text.text, &mut self.normalized);
        let similar = similar(&self.earlier_words, words);
        self.earlier_words.clear();
        self.earlier_words.extend_from_slice(words);
        self.earlier_of = Some(index);
        similar
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
}
