//! What the words before a name say of it: the last four words → whether the name was
//! given as one ("named Buddy"), given to an animal ("my dog Rex"), given as a mother's
//! maiden name, or someone is addressed by it ("Thanks, Grace Dear").

use super::words::{ADDRESSING, ANIMALS};

/// What the words before a name say of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Said {
    /// Nothing in particular.
    Plain,
    /// Someone is addressed by it, after a greeting or a thank-you ("Thanks, Grace
    /// Dear"): a pet word after it is no part of it.
    Addressed,
    /// Given as a name ("I'm named Buddy", "my name is Grace Dear", "call me Honey"): a
    /// name whatever its words.
    Named,
    /// Given as an animal's name ("my dog was named Buddy", "pet is Charlie", "my dog
    /// Rex"): the answer to a security question, or one offered for it (STAR
    /// star-3503, star-1176), no person; not a fact.
    Pet,
    /// Said after "I'm" or "I am" ("I'm Knackered"): a word that says how the customer
    /// is (`redact::is_state_word`, as redaction reads it there) is no name.
    Am,
    /// Said after "soy", "sono", "sou" or "je suis" ("Soy Cliente", "Je suis Désolé"): a
    /// role, a state or a nationality of those languages
    /// (`redact::is_state_in_another_language`, as redaction reads it there) is no name.
    AmInAnotherLanguage,
    /// Given as a mother's maiden name ("my mother's maiden name is Cooper", "mom's
    /// last name was Wong", "mother's maiden name Sanchez"; not the customer's own nor
    /// a wife's, "my maiden name is Smith"), or as the answer to a security question
    /// ("my security question is Molly", "memorable word: Banana"): a security answer
    /// offered before the bot asked for it (STAR star-4945, star-4467), no person met;
    /// not a fact.
    Secret,
}

/// What the words before a name say of it: `before[0]` the word before it,
/// `before[1]` the one before that, and so on.
pub(super) fn said_before(before: &[&str; 4]) -> Said {
    let [w1, w2, ..] = *before;
    let is = |w: &str, word: &str| w.eq_ignore_ascii_case(word);
    let named = ["named", "called", "name's", "name\u{2019}s"]
        .iter()
        .any(|n| is(w1, n))
        || ((is(w1, "is") || is(w1, "was")) && is(w2, "name"))
        || (is(w1, "me") && is(w2, "call"));
    let animal = |w: &&str| {
        let lower = w.to_lowercase().replace('\u{2019}', "'");
        let base = lower.strip_suffix("'s").unwrap_or(&lower);
        ANIMALS.contains(&base)
    };
    // The animal is the one named: right before "named" ("my dog named Rex"), or
    // before "is named", "was named", "name is" ("my dog was named Buddy", "my dog's
    // name is Rex"); not a word further back ("my dog walker is named Sam Carter").
    let animal_named = named
        && (animal(&w2)
            || ((is(w2, "is") || is(w2, "was") || is(w2, "name")) && animal(&before[2])));
    let mother = |w: &str| {
        let lower = w.to_lowercase().replace('\u{2019}', "'");
        let base = lower.strip_suffix("'s").unwrap_or(&lower);
        [
            "mother", "mothers", "mom", "moms", "mum", "mums", "mama", "mamas", "mommy", "mommys",
            "mommies", "mummy", "mummys", "momma", "mommas",
        ]
        .contains(&base)
            // A typo of "mother" ("My mpother's last name is Cooper": STAR star-2420).
            || (base.len() >= 6 && crate::diag::levenshtein(base, "mother") <= 1)
    };
    // "mother's maiden name is X", "mother's last name is X", "mother's maiden name
    // X", a typo of "mother" too: only a mother's is a security answer; "my maiden name is Smith", "my wife's
    // maiden name is Schmidt" name a person (a review found them lost).
    let linked = is(w1, "is") || is(w1, "was");
    let maiden = (linked
        && is(w2, "name")
        && (is(before[2], "maiden") || is(before[2], "last"))
        && mother(before[3]))
        || (is(w1, "name") && is(w2, "maiden") && mother(before[2]));
    // "my security question is Molly", "security answer: Molly", "my memorable word is
    // Banana": an answer given without saying to what (STAR star-4467).
    let guarded = |w: &str| ["security", "secret", "memorable"].iter().any(|g| is(w, g));
    let answer = |w: &str| {
        [
            "question",
            "questions",
            "answer",
            "answers",
            "word",
            "phrase",
        ]
        .iter()
        .any(|a| is(w, a))
    };
    let security = (linked && answer(w2) && guarded(before[2])) || (answer(w1) && guarded(w2));
    if animal(&w1) || animal_named || ((is(w1, "is") || is(w1, "was")) && animal(&w2)) {
        Said::Pet
    } else if maiden || security {
        Said::Secret
    } else if named {
        Said::Named
    } else if ADDRESSING.iter().any(|a| is(w1, a)) || (is(w1, "you") && is(w2, "thank")) {
        Said::Addressed
    } else if ["i'm", "i\u{2019}m", "im"].iter().any(|c| is(w1, c)) || (is(w1, "am") && is(w2, "i"))
    {
        Said::Am
    } else if ["soy", "sono", "sou"].iter().any(|c| is(w1, c)) || (is(w1, "suis") && is(w2, "je")) {
        Said::AmInAnotherLanguage
    } else {
        Said::Plain
    }
}
