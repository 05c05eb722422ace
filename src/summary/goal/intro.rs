//! A customer's self-introduction at a sentence's start: the sentence → what follows the
//! introduction ("My name is John and I would like to RSVP" → "I would like to RSVP"),
//! nothing when the sentence only introduces ("I'm Angela Smith."), or the sentence as it
//! is when it opens with no introduction or what follows one is not a request of its own
//! ("I'm Ben Smith's wife"). A goal says what the customer wants, not who they are: the
//! name is a fact.

use crate::redact::{is_common_english, is_name_word, is_not_a_name};

use super::super::facts::{capitalised, is_cuisine, may_be_name};
use super::IMPERATIVES;

/// How sure the words after a cue are a name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Cue {
    /// "my name is …": the next words are the name, in any case ("my name is john").
    Named,
    /// "I'm …", "I am …": only capitalised words that may be a name ("I'm Angela", not
    /// "I'm Looking", "I am Interested").
    Weak,
    /// "This is …": as [`Cue::Weak`], and what follows must be the customer's own
    /// ("This is Mark, I need …"; not "This is Netflix and it keeps crashing").
    This,
}

/// Introductions in lower case, with the apostrophe as written.
const CUES: &[(&str, Cue)] = &[
    ("my name is", Cue::Named),
    ("my name's", Cue::Named),
    ("my name\u{2019}s", Cue::Named),
    ("the name is", Cue::Named),
    ("the name's", Cue::Named),
    ("name's", Cue::Named),
    ("i'm", Cue::Weak),
    ("i\u{2019}m", Cue::Weak),
    ("im", Cue::Weak),
    ("i am", Cue::Weak),
    ("this is", Cue::This),
];

/// Words that end a name given in lower case ("my name is john and …", "my name is jane
/// need help").
const AFTER_NAME: &[&str] = &[
    "and", "but", "so", "i", "i'm", "im", "i'd", "i've", "from", "here", "again", "calling",
    "speaking", "need", "needs", "want", "would", "looking", "please", "the", "a", "an", "my",
    "with", "at", "of",
];

/// Words a request of the customer's own starts with after a name ("This is Mark, I need
/// …", "I'm Alexis and need …"), as do the goal's imperatives ("Hi I'm Ben reserve my
/// flight 114", STAR star-582).
const OWN: &[&str] = &[
    "i", "i'm", "im", "i'd", "i've", "i'll", "my", "we", "we're", "our", "need", "want", "would",
    "can", "could", "please", "looking",
];

/// The mask `--redact` puts for a name: summaries of redacted packets are built from the
/// masked messages, where "I'm Angela Smith" reads `I'm [name] [name]`.
const NAME_MASK: &str = "[name]";

/// `sentence` (its greeting stripped) without the self-introduction it opens with.
pub(super) fn strip_intro(sentence: &str) -> &str {
    let Some((cue, rest)) = cue_at_start(sentence) else {
        return sentence;
    };
    // The name: up to three words, each inside the clause.
    let mut at = rest;
    let mut taken = 0;
    while taken < 3 {
        let (word, tail) = match at.strip_prefix(NAME_MASK) {
            Some(tail) => (NAME_MASK, tail),
            None => word_at(at),
        };
        if word.is_empty() || (word != NAME_MASK && !name_word(word, cue)) {
            break;
        }
        taken += 1;
        at = tail;
        if !tail.starts_with(' ') {
            break;
        }
        at = tail.trim_start();
    }
    if taken == 0 {
        return sentence;
    }
    let after = at.trim_start();
    if !after.contains(char::is_alphanumeric) {
        return "";
    }
    let mut own = after.trim_start_matches(|c: char| {
        c.is_whitespace() || matches!(c, ',' | ';' | ':' | '-' | '–' | '—' | '.' | '!')
    });
    let punctuated = own.len() < after.len();
    let (first, tail) = word_at(own);
    let joined = matches!(lower(first).as_str(), "and" | "but" | "so") || first == "&";
    if joined {
        own = tail.trim_start();
    }
    let next = lower(word_at(own).0);
    let starts_own = OWN.contains(&next.as_str()) || IMPERATIVES.contains(&next.as_str());
    let follows = match cue {
        Cue::This => starts_own,
        Cue::Weak | Cue::Named => punctuated || joined || starts_own,
    };
    if follows { own } else { sentence }
}

/// The cue `sentence` starts with, and what follows it (past spaces).
fn cue_at_start(sentence: &str) -> Option<(Cue, &str)> {
    CUES.iter().find_map(|&(cue_words, cue)| {
        let head = sentence.get(..cue_words.len())?;
        let rest = &sentence[cue_words.len()..];
        (head.eq_ignore_ascii_case(cue_words) && rest.starts_with([' ', ',', ':']))
            .then(|| (cue, rest.trim_start_matches([' ', ',', ':'])))
    })
}

/// The word `text` starts with (letters, digits and apostrophes, a hyphen inside), and
/// what follows it.
fn word_at(text: &str) -> (&str, &str) {
    let end = text
        .find(|c: char| !(c.is_alphanumeric() || matches!(c, '\'' | '\u{2019}' | '-')))
        .unwrap_or(text.len());
    text.split_at(end)
}

fn lower(word: &str) -> String {
    word.to_lowercase().replace('\u{2019}', "'")
}

/// Whether `word` may be (part of) a name after `cue`: a capitalised word that may be a
/// name and is no everyday word but a name ("Angela", "Grace"; not "Looking"); after "my
/// name is", any word in any case that is no common English word but a name ("john",
/// "grace"; not "Wrong"), and is not said of a name (redaction's list: "misspelled"). Never a nationality
/// or language ("I'm Canadian, I need a visa").
fn name_word(word: &str, cue: Cue) -> bool {
    let lower = lower(word);
    if AFTER_NAME.contains(&lower.as_str())
        || !word.chars().any(char::is_alphabetic)
        || is_cuisine(word)
    {
        return false;
    }
    let rare = !is_common_english(&lower) || is_name_word(&lower);
    match cue {
        Cue::Named => rare && !is_not_a_name(&lower),
        Cue::Weak | Cue::This => capitalised(word) && may_be_name(word) && rare,
    }
}

#[cfg(test)]
mod tests {
    use super::strip_intro;

    #[test]
    fn an_introduction_is_dropped_and_the_request_kept() {
        for (sentence, stripped) in [
            ("I'm Angela Smith.", ""),
            ("My name is Angela Smith", ""),
            (
                "My name is John and I would like to RSVP to a party.",
                "I would like to RSVP to a party.",
            ),
            (
                "I am Alexis and need to go to the hospital.",
                "need to go to the hospital.",
            ),
            (
                "my name is john, and i need help with North Hill Apartment viewing",
                "i need help with North Hill Apartment viewing",
            ),
            ("my name is jane need help", "need help"),
            ("This is Mark, I need a ride", "I need a ride"),
            (
                "I’m Tyler Jones - can you book a table?",
                "can you book a table?",
            ),
            ("I'm Ben reserve my flight 114", "reserve my flight 114"),
            // Under `--redact` the summary reads the masked message.
            (
                "I'm [name] [name] and I need to cancel my booking",
                "I need to cancel my booking",
            ),
            (
                "My name is [name], I need to change my flight 820",
                "I need to change my flight 820",
            ),
        ] {
            assert_eq!(strip_intro(sentence), stripped, "{sentence}");
        }
    }

    #[test]
    fn what_is_no_introduction_stays() {
        for sentence in [
            "I'm looking for Thai food.",
            "I am Interested in the apartment",
            "I am the Chief Engineer",
            "My name is on the booking, can you check?",
            "I'm Ben Smith's wife and need help",
            "This is Netflix and it keeps crashing",
            "I'm Alexis calling about my ride",
            "I'm",
            "",
            "Imagine a room with a view",
            // The review's cases: words said of a name, and a nationality.
            "the name is Wrong, can you update the reservation",
            "my name is misspelled, can you fix it on my ticket?",
            "I'm Canadian, I need a visa for Brazil",
        ] {
            assert_eq!(strip_intro(sentence), sentence, "{sentence}");
        }
    }
}
