//! Replies that say nothing to a security question however short: asking for a person
//! ("Agent please", "Talk to agent"), giving up ("Dunno"), an interjection ("Ugh") or a
//! command to the bot ("start over"): a clause's words → whether they are all such.

use super::{FILLER, LEAD_IN, NO_ANSWER};

/// Words of a reply that are no answer however short: asking for a person ("Agent",
/// "Representative!", "Operator please"), saying the customer does not know or gives up
/// ("Dunno", "Idk", "Unsure", "Nevermind"), an interjection, a reaction or chat slang
/// ("Ugh", "Huh", "Pardon", "Seriously", "Really", "Lmao", "Wtf", "Tbh", "Sigh",
/// "Unreal"), or a command to the bot or a call to hurry ("Cancel", "Stop", "Menu",
/// "start over", "Escalate", "Hurry", "Emergency"). A review found each remembered as
/// the secret and every later "Agent please" read "\[secret\] please"; a reply of these
/// words alone, with "please" or "now", gives none, and none is a password typed first
/// ("Lmao I want a human": a second review found it masked). The words for a person
/// are [`A_PERSON`].
const NOT_AN_ANSWER: &[&str] = &[
    "live",
    "real",
    "dunno",
    "idk",
    "unsure",
    "nevermind",
    "never",
    "mind",
    "nvm",
    "whatever",
    "clue",
    "ugh",
    "huh",
    "pardon",
    "seriously",
    "really",
    "eh",
    "argh",
    "geez",
    "jeez",
    "omg",
    "wow",
    "meh",
    "hey",
    "oops",
    // Reactions and chat slang (session 52's review: "Lmao I want a human", "It is
    // private." then "Lmao" were masked).
    "lmao",
    "lmfao",
    "rofl",
    "haha",
    "hahaha",
    "hehe",
    "wtf",
    "omfg",
    "ffs",
    "fml",
    "smh",
    "tbh",
    "imo",
    "imho",
    "ikr",
    "ngl",
    "idc",
    "srsly",
    "whoa",
    "yea",
    "naw",
    "sigh",
    "unreal",
    "ahem",
    "aww",
    "yay",
    "ouch",
    "apologies",
    "escalate",
    "hurry",
    "emergency",
    "cancel",
    "stop",
    "menu",
    "help",
    "back",
    "start",
    "over",
    "quit",
    "exit",
    "restart",
    "end",
    "main",
    "repeat",
    "again",
    "please",
    "pls",
    "plz",
    "now",
    "an",
    "a",
    "the",
    "me",
    // The thing asked for named back, not given: "PIN, I was in the girl scouts and got
    // a lot of pins" (STAR star-4068 read "PIN" as the PIN).
    "pin",
    "password",
    "passcode",
];

/// Whether the words of a reply (lower case, without their marks) are all no answer
/// ([`A_PERSON`], [`NOT_AN_ANSWER`], [`NO_ANSWER`], [`FILLER`], [`LEAD_IN`]): "Agent please",
/// "Dunno", "start over".
pub(in super::super) fn says_nothing<S: AsRef<str>>(words: impl IntoIterator<Item = S>) -> bool {
    let mut words = words.into_iter().peekable();
    words.peek().is_some()
        && words.all(|w| {
            let w = w.as_ref();
            [A_PERSON, NOT_AN_ANSWER, NO_ANSWER, FILLER, LEAD_IN]
                .iter()
                .any(|l| l.contains(&w))
        })
}

/// The words a reply asks for a person with ("Agent", "Representative!", "Operator
/// please"), no answer however short, as [`NOT_AN_ANSWER`]'s.
const A_PERSON: &[&str] = &[
    "agent",
    "agents",
    "human",
    "humans",
    "person",
    "representative",
    "rep",
    "operator",
    "someone",
    "somebody",
    "staff",
    "manager",
    "supervisor",
    "advisor",
    "adviser",
];

/// The verbs a reply asks for a person with ("Talk to agent", "Get me a human",
/// "Connect me with someone"), in lower case.
const ASK_FOR: &[&str] = &[
    "connect", "get", "give", "need", "put", "speak", "talk", "transfer", "want",
];

/// The words between a verb of [`ASK_FOR`] and a person ("Talk to an agent please",
/// "Can you get me a human"), in lower case.
const ASK_FOR_GLUE: &[&str] = &[
    "a", "an", "can", "could", "i", "just", "me", "now", "please", "pls", "the", "to", "with",
    "you",
];

/// Whether the clause's `words` (in lower case) ask for a person and say nothing else:
/// a verb of [`ASK_FOR`], a word for a person ([`A_PERSON`]: "agent", "human") and
/// none but [`ASK_FOR_GLUE`] beside them. No answer, as "Agent please" is none (a
/// review found "Talk to agent" after a pet's name asked masked whole as the answer);
/// "Seahorse I want a human" still gives one.
/// The words are read as they come (`words` is cloned to read them again), none kept:
/// a clause may be a message of megabytes. The test of every word comes first, as it
/// stops at the first word of anything else.
pub(super) fn asks_for_a_person<S: AsRef<str>>(
    words: impl IntoIterator<Item = S, IntoIter: Clone>,
) -> bool {
    let mut words = words.into_iter();
    let one_of = |list: &[&str], w: &S| list.contains(&w.as_ref());
    (words.clone()).all(|w| one_of(ASK_FOR, &w) || one_of(A_PERSON, &w) || one_of(ASK_FOR_GLUE, &w))
        && words.clone().any(|w| one_of(ASK_FOR, &w))
        && words.any(|w| one_of(A_PERSON, &w))
}
