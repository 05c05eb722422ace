//! A surname written in lower case after a name's first word: a word and what follows it
//! → whether it may be the surname ("Jane doe", "Brian white"), not a word chats put
//! after a name ("Jane and", "Susan wondering", "Jane phoned", "Alexis book me a ride").
//! Tells; the first word and the cue before it are `words.rs`'s.

use super::stand_ins::{everyday, is_not_a_name};
use super::word_at;
use crate::redact::intro::title::past_tense;
use crate::redact::names::{NOT_SURNAMES, is_common_english, is_name_word};

/// Whether a word given in lower case after a name may be its surname by what word it
/// is: no common English word ("ren", "doe"), or a name that is also one ("white",
/// "brown"); not "weather" in "It's Chicago weather".
pub(in crate::redact::intro) fn rare_or_name(word: &str) -> bool {
    let lower = word.to_lowercase().replace('\u{2019}', "'");
    !is_common_english(&lower) || is_name_word(&lower)
}

/// Whether `word`, written in lower case after a name's first word, is its surname
/// ("Jane doe", "Brian white"): a word of two letters or more that is none of the words
/// chats put after a name ([`NOT_SURNAMES`]: "I'm Jane and i need help", "it's Mark
/// again", "I'm Ben reserve my flight"), no adverb or verb in "-ly" or "-ing" ("Susan
/// wondering if …", "John calling to follow up"), no contraction ("don't"), and not a
/// verb before its object (`after`, what follows it: "Alexis book me a ride").
pub(in crate::redact::intro) fn surname_in_lower_case(word: &str, after: &str) -> bool {
    /// Words that open what a verb takes: a word before one is no surname.
    const OBJECTS: &[&str] = &[
        "a", "about", "an", "any", "at", "for", "her", "him", "his", "if", "into", "it", "me",
        "my", "of", "on", "our", "some", "that", "the", "their", "them", "these", "this", "those",
        "to", "up", "us", "with", "you", "your",
    ];
    let lower = word.to_lowercase().replace('\u{2019}', "'");
    let contraction = lower
        .rsplit_once('\'')
        .is_some_and(|(_, tail)| matches!(tail, "t" | "s" | "m" | "d" | "ll" | "re" | "ve"));
    let object = after.strip_prefix(' ').is_some_and(|after| {
        word_at(after, 0)
            .is_some_and(|(s, e)| OBJECTS.contains(&after[s..e].to_lowercase().as_str()))
    });
    lower.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && !follows_names(&lower)
        && !said_what_someone_did(&lower)
        && !is_not_a_name(word)
        && !everyday(&lower)
        && !contraction
        && !object
}

/// Past tenses the common English words lack, none a name ("Fr. Ted rang", "Jane
/// swore"). Sorted.
const PAST_TENSES: &[&str] = &[
    "arose", "awoke", "bled", "clung", "crept", "dreamt", "flung", "forbade", "forgave", "froze",
    "knelt", "leapt", "rang", "sank", "shone", "shrank", "slid", "slung", "spat", "sped", "sprang",
    "spun", "stank", "strode", "stung", "swam", "swore", "swung", "trod", "wept",
];

/// Whether `lower` (a word in lower case) says what someone did: one of [`PAST_TENSES`],
/// or a common English verb with "-ed" ("phoned"): after a name, no surname ("Dr. Ted
/// rang", "Jane phoned").
fn said_what_someone_did(lower: &str) -> bool {
    PAST_TENSES.binary_search(&lower).is_ok() || (lower.ends_with("ed") && past_tense(lower))
}

/// Whether `lower` (a word in lower case) is one that chats put after a name, or where
/// one would go, without naming anyone: one of [`NOT_SURNAMES`], or an adverb or verb in
/// "-ly" or "-ing" ("really", "calling").
pub(in crate::redact::intro) fn follows_names(lower: &str) -> bool {
    let suffixed = |suffix: &str| lower.chars().count() >= 6 && lower.ends_with(suffix);
    NOT_SURNAMES.binary_search(&lower).is_ok() || suffixed("ing") || suffixed("ly")
}
