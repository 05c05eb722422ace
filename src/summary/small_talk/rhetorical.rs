//! Complaints put as questions: a customer's question → whether it wants no answer
//! ("Are you kidding me?", "Why are you calling me?", "Wtf is that about?"), read in its
//! last clause as small talk is. Not a question about the customer's matter ("Why was I
//! charged twice?"). Word lists only.

use super::{clause_words, lower_case, phrase_at};

/// Complaints put as questions, whole ("Are you kidding me?", "How dare you?").
const COMPLAINTS: &[&str] = &[
    "are you kidding",
    "are you joking",
    "are you serious",
    "are you for real",
    "you kidding me",
    "you must be joking",
    "you must be kidding",
    "how dare you",
    "who do you think you are",
    "is this a joke",
    "is this some kind of joke",
    "is this some sort of joke",
];

/// What the assistant does to a customer who complains of it ("Why are you calling
/// me?", "why did you start texting me?"): contact they did not want, not a charge or a
/// decision ("Why are you charging me twice?" is theirs to ask).
const UNWANTED: &[&str] = &[
    "call",
    "calling",
    "text",
    "texting",
    "email",
    "emailing",
    "message",
    "messaging",
    "bother",
    "bothering",
    "spam",
    "spamming",
    "harass",
    "harassing",
    "pester",
    "pestering",
    "hassle",
    "hassling",
    "contact",
    "contacting",
    "stalk",
    "stalking",
    "ignore",
    "ignoring",
    "repeat",
    "repeating",
];

/// Whether `question` (a sentence ending in `?`, without its greeting) is a complaint
/// that wants no answer, in its last clause as [`super::is_small_talk`] reads it: a complaint
/// put as a question ([`COMPLAINTS`]: "Are you kidding me?"; "Wtf is that about?":
/// [`exclaims_at_that`]), or "why" asked of what the
/// assistant does to the customer ([`UNWANTED`]: "Why are you calling me?", "Why do you
/// keep texting me?", "Why are you asking me so many questions?", "Why are you doing this
/// to me?"). Not a question about the customer's matter: "Why was I charged twice?",
/// "Why are you charging me twice?", "Why are you asking for my card number?".
pub(in crate::summary) fn is_rhetorical(question: &str) -> bool {
    const AUXILIARIES: &[&str] = &["are", "do", "did", "would", "does", "is", "were", "must"];
    const ADVERBS: &[&str] = &[
        "even",
        "still",
        "always",
        "keep",
        "keeps",
        "start",
        "started",
        "continue",
        "just",
        "so",
        "now",
        "constantly",
    ];
    let lower = lower_case(question);
    let words: Vec<&str> = clause_words(&lower);
    let starts = |phrase: &str| phrase_at(&words, phrase).is_some();
    if COMPLAINTS.iter().any(|c| starts(c)) || exclaims_at_that(&words) {
        return true;
    }
    let ["why", auxiliary, "you" | "u", rest @ ..] = words.as_slice() else {
        return false;
    };
    if !AUXILIARIES.contains(auxiliary) {
        return false;
    }
    let rest: Vec<&str> = rest
        .iter()
        .copied()
        .skip_while(|w| ADVERBS.contains(w))
        .collect();
    match rest.as_slice() {
        [verb, ..] if UNWANTED.contains(verb) => true,
        // "asking me so many questions", not "asking (me) for my PIN".
        ["asking", "me", tail @ ..] => !tail.iter().any(|w| matches!(*w, "for" | "my")),
        ["doing", "this" | "that", "to", "me"] => true,
        _ => false,
    }
}

/// "Wtf is that about?", "What the hell was that?": an oath and "is that (about)" or
/// "is this (about)" is the whole clause, a complaint of what was said; not a question
/// about a thing ("Wtf is a epithalamium?", STAR star-1723; "wtf is going on with my
/// order?").
fn exclaims_at_that(words: &[&str]) -> bool {
    let (["wtf" | "wth", rest @ ..] | ["what", "the", "hell" | "heck" | "fuck" | "f", rest @ ..]) =
        words
    else {
        return false;
    };
    matches!(
        rest,
        ["is" | "was", "that" | "this"] | ["is" | "was", "that" | "this", "about" | "for"]
    )
}
