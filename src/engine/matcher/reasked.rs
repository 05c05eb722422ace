//! The bot asking its question again: a bot message and the bot's message before it →
//! whether it asks nearly word for word what that one asked, whole or, after an
//! apology, in its question (the `bot_repeats` counter), the bot failing to take the
//! customer's answer ("Could you provide your date of birth, please?" three times
//! running while the customer says everything else), not
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

mod contractions;
mod memo;
mod question;

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
/// arriving?", "How many people would you like to invite?"), contracted too, with a
/// straight or a curly apostrophe or none ("Where's your order being delivered?").
const QUESTION_WORDS: &[&str] = &[
    "what",
    "what's",
    "what’s",
    "whats",
    "when",
    "when's",
    "when’s",
    "whens",
    "where",
    "where's",
    "where’s",
    "wheres",
    "which",
    "who",
    "who's",
    "who’s",
    "whom",
    "whose",
    "how",
    "how's",
    "how’s",
    "hows",
    "why",
];

/// Words that may stand before a question word ("At what time…", "On what day…", "For
/// how many people…", "With whom…").
const PREPOSITIONS: &[&str] = &["at", "on", "for", "with", "in", "from", "to", "by"];

/// The bot's latest message in a conversation, as the next one is compared with it.
/// Reused from conversation to conversation.
///
/// Lazy: a replay asks this of every bot message, and most are asked nothing of. The
/// customer's messages between two bot messages are read only for two that ask the
/// same; a bot message's words are hashed, whether it asks told and its question's
/// words taken, once per distinct text ([`BotMemo`]), as bots send the same templates
/// over and over. Taking the words of
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
    /// The question's words and lead-in words of the message being told
    /// ([`BotQuestions::same_question`]).
    question: Vec<u64>,
    lead: Vec<u64>,
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
    /// and asks the same: nearly equals it (word overlap ≥ 90%, as the customer's
    /// repeats are told), or its question does, after an apology
    /// ([`BotQuestions::same_question`]); with customer
    /// messages between that are not all plain answers. An offer of more help
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
        // their questions' words, whether the customer's words make a repeat count, and
        // whether they ask.
        if between().next().is_none() {
            return false;
        }
        let whole = self.nearly_equal(messages, previous, index);
        let (Some(earlier), Some(text)) = (messages.get(previous), messages.get(index)) else {
            return false;
        };
        if !self.same_question(&earlier.text, &text.text, whole) {
            return false;
        }
        !between().all(|m| self.is_plain_answer(&m.text))
            && self.memo.asks(&text.text, &mut self.normalized)
            && self.memo.asks(&earlier.text, &mut self.normalized)
    }

    /// Whether bot messages `earlier` and `text`, nearly equal as a whole or not
    /// (`whole`), ask the same. Two nearly equal as a whole do, whatever their questions
    /// (a typo or "the"/"your" in a long apology's question: "…What is your bokking
    /// reference?"). Two that differ do only when the later one's question
    /// ([`Question`](question::Question)) follows an apology or a not-understood lead-in
    /// ("Sorry, I didn't catch that. What is your date of birth?"), the earlier one's
    /// question follows nothing or nearly the same lead-in, and the two questions,
    /// less polite words, nearly match with at least three words each. A lead-in that
    /// states progress ("Your table is booked. How can I help you?", "Thanks, Anna is
    /// added. What is the name of the next passenger?") lets no two questions count:
    /// the bot asks the next step of a task. The questions are told once per distinct
    /// text ([`BotMemo`]); the later one's is looked up first and the earlier one's only
    /// when the later one's follows an apology.
    fn same_question(&mut self, earlier: &str, text: &str, whole: bool) -> bool {
        if whole {
            return true;
        }
        let asked = self.memo.question(text, &mut self.normalized);
        if !asked.apology || asked.words.is_empty() {
            return false;
        }
        self.question.clear();
        self.question.extend_from_slice(&asked.words);
        self.lead.clear();
        self.lead.extend_from_slice(&asked.lead);
        let before = self.memo.question(earlier, &mut self.normalized);
        (before.lead.is_empty() || similar(&before.lead, &self.lead))
            && similar(&before.words, &self.question)
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
mod tests;
