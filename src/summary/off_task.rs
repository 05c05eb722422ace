//! Off-task questions: a customer's message → whether it ends by asking small talk
//! ("Ever been to Detroit?", "Do you like your job?", "do you live around here?>"), which
//! a bot that only knows its task cannot answer. The engine asks it of the message a bot
//! fallback answers (the `bot_fallbacks` counter); it reads what [`super::small_talk`]
//! knows and matches nothing else.

use super::goal::strip_greeting;
use super::sentences::sentences;
use super::{open::asked, small_talk};

/// Whether `text`'s last sentence is a question ([`asked`]: ending with `?`, stray
/// characters after it allowed) that is small talk: a pleasantry, a question about the
/// assistant, one that speaks to it with no word of the customer's matter, or one that
/// wants no answer ("I guess I should stop writing my PIN on my card huh?"). Not a
/// complaint put as a question ("Are you kidding me?"), nor a question the customer
/// asks for their task ("Can you check Friday?", "Do you have a table for two?").
///
/// Nor a question about the chat itself, what the bot is or why it answers as it does
/// ("What do you mean?", "Who are you?", "Why are you asking so many questions?", "Are
/// you a robot or a human?"): a customer lost in the conversation is what a fallback
/// after it shows, not chit-chat.
pub(crate) fn asks_small_talk(text: &str) -> bool {
    // No question at all (most messages a fallback answers): the sentences are not
    // split (1.1 % of a replay's instructions on the benchmark's conversations).
    if !text.contains('?') {
        return false;
    }
    sentences(text)
        .last()
        .and_then(|last| asked(strip_greeting(last)))
        .is_some_and(|q| small_talk::is_small_talk(q) && !about_the_chat(q))
}

/// Words of a question about the conversation or the bot's part in it.
const ABOUT_THE_CHAT: [&str; 18] = [
    "mean",
    "meant",
    "who",
    "robot",
    "bot",
    "human",
    "person",
    "real",
    "talking",
    "asking",
    "understand",
    "saying",
    "said",
    "answer",
    "answered",
    "question",
    "questions",
    "happening",
];

/// Whether `question` asks about the chat itself: why (the bot's doing), who or what the
/// bot is, what it means or asks ([`ABOUT_THE_CHAT`]), what the customer is doing here.
fn about_the_chat(question: &str) -> bool {
    // As the small-talk check reads it (a typographic apostrophe as `'`).
    let lower = small_talk::lower_case(question);
    let words: Vec<&str> = lower
        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .filter(|w| !w.is_empty())
        .collect();
    words.first() == Some(&"why")
        || words.iter().any(|w| ABOUT_THE_CHAT.contains(w))
        || lower.contains("doing here")
        || lower.contains("going on")
        || lower.contains("what are we")
}

#[cfg(test)]
mod tests {
    use super::asks_small_talk;

    /// Regression (STAR star-4688, star-164, star-6220, star-2446, star-4188,
    /// star-6589): the questions two bot fallbacks answered in chats whose task went
    /// fine, counted as a bot going in circles.
    #[test]
    fn small_talk_questions_are_off_task() {
        for text in [
            "Oh that sounds much nicer.  Ever been to Detroit?",
            "Oh that's sad.  You don't have a soul?",
            "I'm sorry, do you live around here?>",
            "Do you like your job?",
            "What did the cat say to the dog?",
            "Oh I think it will be great if we put a banner for Alexis, what do you think?",
            "Wonderful.  I guess I should stop writing my PIN number on my card huh?",
            "Hi, how are you?",
        ] {
            assert!(asks_small_talk(text), "{text}");
        }
    }

    #[test]
    fn task_questions_statements_and_complaints_are_not() {
        for text in [
            "Can you look on Friday?",
            "Do you have a table for two at 7?",
            "When will it be nice again?",
            "Why was I charged twice?",
            "Are you kidding me?",
            "Can I talk to a person?",
            "You don't get it? It's a math joke about credit cards.",
            "I would like to be an AI",
            // About the chat itself: a customer lost in it (final review: star-1176,
            // star-2155, star-3325, star-5694).
            "What do you mean?",
            "Why did you do that?",
            "Why are you asking so many questions?",
            "Who are you?",
            "What am i doing here talking with you??",
            "Wait, who are you? What are we talking about?",
            "Are you a robot or a human?",
            "Are you trying to steal my data? Why are you asking so many questions?",
            "You are useless",
            "",
        ] {
            assert!(!asks_small_talk(text), "{text}");
        }
    }
}
