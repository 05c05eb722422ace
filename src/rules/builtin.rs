//! The built-in detectors' lexicons, as data.
//!
//! A signal with `builtin: frustration` (or `human_request`, `bot_fallback`) gets these
//! phrases as if its author had listed them, so every match is explainable by the phrase
//! that fired. Weights follow one scale: 2 is enough on its own (with the default
//! threshold of 2), 1 needs company. `shouting` and `repeat` are not lexical; the engine
//! implements them (see `engine::matcher`).
//!
//! The lists are curated by hand from support-chat language: general sentiment lexicons
//! miss frustration ("can I speak to a manager please" scores positive in VADER).

use super::schema::Builtin;

mod settings;

pub use settings::{REPEAT_STOP_WORDS, RepeatSettings, ShoutingSettings};

/// A lexical built-in: its phrases with weights, its default threshold and negation.
pub struct Lexicon {
    pub phrases: &'static [(&'static str, f64)],
    pub threshold: f64,
    pub negation: bool,
}

/// The lexicon of a built-in detector, or `None` for the non-lexical ones.
pub fn lexicon(builtin: Builtin) -> Option<&'static Lexicon> {
    match builtin {
        Builtin::Frustration => Some(&FRUSTRATION),
        Builtin::HumanRequest => Some(&HUMAN_REQUEST),
        Builtin::BotFallback => Some(&BOT_FALLBACK),
        Builtin::Shouting | Builtin::Repeat => None,
    }
}

/// Frustrated, angry or exasperated customer language.
static FRUSTRATION: Lexicon = Lexicon {
    threshold: 2.0,
    negation: true,
    phrases: &[
        // strong on their own
        ("frustrated", 2.0),
        ("frustrating", 2.0),
        ("so frustrating", 2.0),
        ("im frustrated", 2.0),
        ("this doesn't make sense", 2.0),
        ("doesn't make any sense", 2.0),
        ("makes no sense", 2.0),
        ("ridiculous", 2.0),
        ("this is ridiculous", 2.0),
        ("unacceptable", 2.0),
        ("useless", 2.0),
        ("waste of time", 2.0),
        // Within a negation's reach as a whole, which then takes “waste of time” with it:
        // "I do not think this is a waste of time".
        ("this is a waste of time", 2.0),
        ("wasting my time", 2.0),
        ("fed up", 2.0),
        // First person only: "he's sick of eating there" is not about us.
        ("i'm sick of", 2.0),
        ("i am sick of", 2.0),
        ("i'm so sick of", 2.0),
        ("sick of this", 2.0),
        ("sick and tired", 2.0),
        ("i'm furious", 2.0),
        ("i am furious", 2.0),
        ("i'm angry", 2.0),
        ("i am angry", 2.0),
        ("so angry", 2.0),
        ("makes me angry", 2.0),
        ("pissed off", 2.0),
        ("fuming", 2.0),
        ("you're not helping", 2.0),
        ("you are not helping", 2.0),
        ("not helping at all", 2.0),
        ("no help at all", 2.0),
        ("nobody helps", 2.0),
        ("no one is helping", 2.0),
        ("are you kidding me", 2.0),
        ("are you serious", 2.0),
        ("this is a joke", 2.0),
        ("what a joke", 2.0),
        ("i already told you", 2.0),
        ("i already said", 2.0),
        ("for the third time", 2.0),
        ("how many times do i have to", 2.0),
        ("how many more times", 2.0),
        ("worst service", 2.0),
        ("worst experience", 2.0),
        ("terrible service", 2.0),
        ("horrible service", 2.0),
        ("wtf", 2.0),
        ("stupid bot", 2.0),
        ("stupid", 1.0),
        ("pathetic", 2.0),
        ("disgusting", 2.0),
        ("outrageous", 2.0),
        ("i give up", 2.0),
        ("i'm done", 1.0),
        // Sarcasm, insults and oaths aimed at the assistant (STAR chats the assistant
        // judged aggressive: "Thanks for absolutely nothing!", "Stupid assistant",
        // "do your job lazy goat", "big help you are").
        ("thanks for nothing", 2.0),
        ("thanks for absolutely nothing", 2.0),
        ("thank you for nothing", 2.0),
        ("big help you are", 2.0),
        ("you did not help", 2.0),
        ("you didn't help", 2.0),
        ("you are no help", 2.0),
        ("you're no help", 2.0),
        ("can't help me at all", 2.0),
        ("too difficult for you", 2.0),
        ("what is wrong with you", 2.0),
        ("what's wrong with you", 2.0),
        ("do your job", 2.0),
        ("worst bot", 2.0),
        ("worst assistant", 2.0),
        ("terrible bot", 2.0),
        ("stupid assistant", 2.0),
        ("stupid computer", 2.0),
        ("dumb bot", 2.0),
        ("i am not happy", 2.0),
        ("i'm not happy", 2.0),
        ("not happy at all", 2.0),
        ("this sucks", 2.0),
        ("fuck you", 2.0),
        ("screw you", 2.0),
        ("bullshit", 2.0),
        // mild: need a second cue
        // "my girlfriend will be furious", "an angry driver": a cue, not a verdict.
        ("furious", 1.0),
        ("angry", 1.0),
        ("annoyed", 1.0),
        ("annoying", 1.0),
        ("upset", 1.0),
        ("disappointed", 1.0),
        ("disappointing", 1.0),
        ("terrible", 1.0),
        ("awful", 1.0),
        ("horrible", 1.0),
        ("worst", 1.0),
        ("still not", 1.0),
        ("still doesn't work", 1.0),
        ("still broken", 1.0),
        ("not working", 1.0),
        ("doesn't work", 1.0),
        ("hate", 1.0),
        ("seriously", 1.0),
        ("ugh", 1.0),
        ("confusing", 1.0),
        ("nonsense", 1.0),
        ("not what i asked", 1.0),
        ("that's not what i", 1.0),
        ("you don't understand", 1.0),
        ("you're not listening", 1.0),
        ("listen to me", 1.0),
        ("cancel my account", 1.0),
        // Swearing and name-calling: often at oneself or a third party ("I'm such an
        // idiot", "he's an idiot", "Hot damn!" in STAR chats not judged aggressive), so
        // a cue, not a verdict.
        ("fuck", 1.0),
        ("fucking", 1.0),
        ("shit", 1.0),
        ("damn", 1.0),
        ("bitch", 1.0),
        ("crap", 1.0),
        ("sucks", 1.0),
        ("idiot", 1.0),
        ("moron", 1.0),
        ("dumb", 1.0),
        ("dummy", 1.0),
        ("lazy", 1.0),
        ("jeez", 1.0),
        ("geez", 1.0),
        ("get lost", 1.0),
        ("no help", 1.0),
        ("hurry up", 1.0),
        ("so slow", 1.0),
    ],
};

/// The customer explicitly asks for a person.
static HUMAN_REQUEST: Lexicon = Lexicon {
    threshold: 1.0,
    negation: true,
    phrases: &[
        ("talk to a human", 1.0),
        ("speak to a human", 1.0),
        ("speak with a human", 1.0),
        ("talk with a human", 1.0),
        ("chat with a human", 1.0),
        ("talk to a person", 1.0),
        ("speak to a person", 1.0),
        ("speak with a person", 1.0),
        ("talk to a real person", 1.0),
        ("speak to a real person", 1.0),
        // As "… a real person": "I don't want to speak to a real human being" cancels
        // these, and with them “real human” and “human being”.
        ("talk to a real human", 1.0),
        ("speak to a real human", 1.0),
        ("a real person", 1.0),
        ("real human", 1.0),
        // As "real human": "Real person please" (user-eyes review), not in "a real person".
        ("real person", 1.0),
        ("actual person", 1.0),
        ("actual human", 1.0),
        ("human being", 1.0),
        ("talk to someone", 1.0),
        ("speak to someone", 1.0),
        ("speak with someone", 1.0),
        ("talk to somebody", 1.0),
        ("live agent", 1.0),
        ("live person", 1.0),
        ("live chat agent", 1.0),
        ("human agent", 1.0),
        ("customer service representative", 1.0),
        ("talk to a representative", 1.0),
        ("speak to a representative", 1.0),
        ("talk to an agent", 1.0),
        ("speak to an agent", 1.0),
        ("speak to a manager", 1.0),
        ("talk to a manager", 1.0),
        ("speak to your manager", 1.0),
        ("speak to the manager", 1.0),
        ("get me a human", 1.0),
        ("get me a person", 1.0),
        ("connect me to a human", 1.0),
        ("connect me with a human", 1.0),
        ("connect me to an agent", 1.0),
        ("transfer me to", 1.0),
        ("put me through to", 1.0),
        ("can i talk to someone", 1.0),
        ("is there a human", 1.0),
        // Not "is anyone there": "Hi, is anyone there?" opens many chats (STAR); after
        // the bot has answered it is a sign of abandonment, which a rule can say (the
        // starter's `anyone-there` signal with a `bot_messages` counter).
        ("a human please", 1.0),
        ("human please", 1.0),
        ("agent please", 1.0),
        ("representative please", 1.0),
        ("human operator", 1.0),
        // The shortest ways of asking: "I want a human", "need an agent".
        ("want a human", 1.0),
        ("need a human", 1.0),
        ("want a real human", 1.0),
        ("want a person", 1.0),
        ("need a person", 1.0),
        ("want a real person", 1.0),
        ("need a real person", 1.0),
        ("want an agent", 1.0),
        ("need an agent", 1.0),
        ("want a representative", 1.0),
        ("need a representative", 1.0),
        ("talk to a rep", 1.0),
        ("speak to a rep", 1.0),
        ("operator please", 1.0),
        // A call back asks for a person too: a bot cannot call ("Can a human call me
        // back?"; the summaries read it so since the thirty-eighth session). Not "call
        // me" alone: "you can call me Mark", "call me an uber" (STAR).
        ("call me back", 1.0),
        ("ring me back", 1.0),
        ("someone call me", 1.0),
        ("somebody call me", 1.0),
        ("human call me", 1.0),
        ("person call me", 1.0),
        ("agent call me", 1.0),
        ("manager call me", 1.0),
        ("request a callback", 1.0),
        ("request a call back", 1.0),
        ("callback please", 1.0),
    ],
};

/// The bot admits it did not understand or cannot help.
static BOT_FALLBACK: Lexicon = Lexicon {
    threshold: 1.0,
    negation: false,
    phrases: &[
        ("i didn't understand", 1.0),
        ("i did not understand", 1.0),
        ("i don't understand", 1.0),
        ("i do not understand", 1.0),
        ("didn't quite get that", 1.0),
        ("didn't get that", 1.0),
        ("did not get that", 1.0),
        ("don't quite understand", 1.0),
        ("do not quite understand", 1.0),
        ("don't understand what you mean", 1.0),
        ("i'm only able to", 1.0),
        ("i am only able to", 1.0),
        ("i can only help with", 1.0),
        ("i'm not sure i understand", 1.0),
        ("i am not sure i understand", 1.0),
        ("i'm not sure what you mean", 1.0),
        ("not sure what you mean", 1.0),
        ("could you rephrase", 1.0),
        ("can you rephrase", 1.0),
        ("please rephrase", 1.0),
        ("could you say that again", 1.0),
        ("i can't help with that", 1.0),
        ("i cannot help with that", 1.0),
        ("i can't help you with that", 1.0),
        ("i cannot help you with that", 1.0),
        ("i'm not able to help with", 1.0),
        ("i am not able to help with", 1.0),
        ("i'm unable to help", 1.0),
        ("i am unable to help", 1.0),
        ("i can't do that", 1.0),
        ("i cannot do that", 1.0),
        ("i'm sorry i can't", 1.0),
        ("sorry i can't", 1.0),
        ("sorry i cannot", 1.0),
        ("i don't know how to help", 1.0),
        ("i don't have that information", 1.0),
        ("i do not have that information", 1.0),
        ("that's outside what i can", 1.0),
        ("i'm still learning", 1.0),
        ("sorry i didn't catch that", 1.0),
        ("i didn't catch that", 1.0),
    ],
};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::normalize_phrase;
    use std::collections::HashSet;

    #[test]
    fn lexicons_are_clean() {
        for b in [
            Builtin::Frustration,
            Builtin::HumanRequest,
            Builtin::BotFallback,
        ] {
            let lex = lexicon(b).unwrap();
            let mut seen = HashSet::new();
            for (phrase, weight) in lex.phrases {
                let n = normalize_phrase(phrase);
                assert!(n.len() > 2, "{phrase:?} normalises to nothing");
                assert!(*weight > 0.0, "{phrase:?} has no weight");
                assert!(seen.insert(n), "{phrase:?} is listed twice in {b:?}");
            }
        }
    }
}
