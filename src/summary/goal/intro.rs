//! A customer's self-introduction at a sentence's start: the sentence → what follows the
//! introduction ("My name is John and I would like to RSVP" → "I would like to RSVP";
//! "It's Angela here, I need to …" → "I need to …"; "I'm Alexis calling about my lease, can
//! you …" → "my lease, can you …"), nothing when the sentence only introduces ("I'm
//! Angela Smith."), or the sentence as it is when it opens with no introduction or what
//! follows one is not a request of its own ("I'm Ben Smith's wife"). And the name a
//! sentence opens by addressing someone with ("Thanks Mark, can you …", "Grace Dear, can
//! you …": [`strip_addressed`]). A goal says what the customer wants, not who they are
//! nor whom they speak to: the name is a fact.

use crate::redact::is_not_a_name;
use crate::text::english::{is_common_english, is_name_word};

use super::super::facts::{is_cuisine, is_pet_name, may_be_name};
use super::super::sentences::words;
use super::IMPERATIVES;
use crate::text::capitalised;

/// How sure the words after a cue are a name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Cue {
    /// "my name is …": the next words are the name, in any case ("my name is john").
    Named,
    /// "I'm …", "I am …": only capitalised words that may be a name ("I'm Angela", not
    /// "I'm Looking", "I am Interested").
    Weak,
    /// "This is …": as [`Cue::Weak`], and what follows must be the customer's own ("This
    /// is Mark, I need …"; not "This is Netflix and it keeps crashing").
    This,
    /// "It's …": as [`Cue::This`], and only when the introduction goes on ("It's John
    /// again", "It's Angela here, I need …", "it's Ben calling about …"): after "it's" a
    /// capitalised word is as often a service, a month or a day ("It's Netflix, I was
    /// charged twice", "It's April, and my rent…", "It's Christmas Eve and I need …")
    /// as the customer, and "It's Sarah's birthday, I need a cake" is no one.
    It,
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
    ("it's", Cue::It),
    ("it\u{2019}s", Cue::It),
    ("its", Cue::It),
    ("it is", Cue::It),
];

/// Words after the name that are still the introduction ("It's John again", "Mark here,
/// I need …", "Ben speaking").
const STILL_INTRO: &[&str] = &["again", "here", "speaking"];

/// Verbs by which a customer says why they came after their name ("I'm Alexis calling
/// about my lease"), and the words after them that introduce the matter itself.
const CALLING: &[&str] = &["calling", "writing", "texting", "messaging", "emailing"];
const ABOUT: &[&str] = &["about", "regarding", "concerning", "re"];

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
    let mut after = at.trim_start();
    let mut goes_on = false;
    loop {
        let (word, tail) = word_at(after);
        if word.is_empty() || !STILL_INTRO.contains(&lower(word).as_str()) {
            break;
        }
        goes_on = true;
        after = tail.trim_start();
    }
    let calling = calling_about(after.trim_start_matches([',', ' ', '-']));
    if cue == Cue::It && !goes_on && calling.is_none() {
        return sentence;
    }
    if !after.contains(char::is_alphanumeric) {
        return "";
    }
    if let Some(matter) = calling {
        return matter;
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
        Cue::Weak | Cue::Named | Cue::It => punctuated || joined || starts_own,
    };
    if follows { own } else { sentence }
}

/// What a customer came for, after their name and a verb of [`CALLING`]: the matter
/// after "about" ([`ABOUT`]: "calling about my lease, can you …" → "my lease, can you
/// …"), unless it is too short to be a goal alone ("calling about my ride" stays, as
/// "my ride" says less); else the words from the verb on ("calling to follow up").
/// `None` when `after` does not start with such a verb.
fn calling_about(after: &str) -> Option<&str> {
    let (verb, tail) = word_at(after);
    if !CALLING.contains(&lower(verb).as_str()) {
        return None;
    }
    let tail = tail.trim_start();
    let (about, matter) = word_at(tail);
    let matter = matter.trim_start_matches(|c: char| c.is_whitespace() || c == ':');
    if ABOUT.contains(&lower(about).as_str()) && words(matter) >= 4 {
        Some(matter)
    } else {
        Some(after)
    }
}

/// The most words [`strip_addressed`] reads as the names and pet names a sentence opens
/// with ("Sweetie Pie Grace Dear").
const MOST_ADDRESSED: usize = 4;

/// `sentence` without the name it opens by addressing someone, and the punctuation
/// after it: a name, or a name and pet names, or pet names alone, then `,`, `!`, `.`,
/// `-`, `:` or the end ("Grace Dear, can you …" → "can you …", "Honey, can you …").
/// After a greeting (`after_greeting`), a name alone is said to someone too when it is
/// plausibly the addressee: a name of the name table (`is_name_word`: "Thanks Mark, …")
/// or one a request of the customer's own follows ("Hi Tyler! I need …"; not "Hi,
/// Denver, one way for two please"); at a sentence's start it may be an answer
/// ("Alexis - I thought you knew", "Boston, and I need a car"), so it stays. The words of
/// a name are those "I'm" takes ([`Cue::Weak`]: "I'm Canadian" is no name).
pub(super) fn strip_addressed(sentence: &str, after_greeting: bool) -> &str {
    // At a sentence's start a pet name must come last, right before the punctuation:
    // looked at first, since most sentences open with none, and reading their first
    // words as names cost 180 M instructions of `replay --packets` over 20,000 chats.
    if !after_greeting {
        // Byte by byte (a `find` of eight chars decoded each one): `–` and `—` are
        // E2 80 93 and E2 80 94.
        // No further than the fifth word: the words read below are four at most, and
        // a fifth before the punctuation leaves the sentence as it is. (Read to the
        // punctuation, a message of "ok ok ok …" was read again for each "ok"
        // `opening::strip_greeting` passed: the square of its length.)
        let b = sentence.as_bytes();
        let (mut words, mut in_word) = (0, false);
        let mut end = b.len();
        for i in 0..b.len() {
            if matches!(b[i], b',' | b';' | b':' | b'-' | b'.' | b'!')
                || (b[i] == 0xE2
                    && b.get(i + 1) == Some(&0x80)
                    && matches!(b.get(i + 2), Some(0x93 | 0x94)))
            {
                end = i;
                break;
            }
            let space = b[i].is_ascii_whitespace();
            if !space && !in_word {
                words += 1;
                if words > MOST_ADDRESSED {
                    return sentence;
                }
            }
            in_word = !space;
        }
        let last = sentence[..end].split_whitespace().next_back().unwrap_or("");
        if !is_pet_name(last) {
            return sentence;
        }
    }
    let (mut names, mut pets) = (0, 0);
    // Whether every word of the name is one of the name table's ("Mark", "Grace") or
    // a masked name.
    let mut known = true;
    let mut at = sentence;
    while names + pets < MOST_ADDRESSED {
        let (word, tail) = match at.strip_prefix(NAME_MASK) {
            Some(tail) => (NAME_MASK, tail),
            None => word_at(at),
        };
        if word.is_empty() {
            break;
        }
        if is_pet_name(word) {
            pets += 1;
        } else if pets == 0 && (word == NAME_MASK || name_word(word, Cue::Weak)) {
            names += 1;
            known &= word == NAME_MASK || is_name_word(&lower(word));
        } else {
            break;
        }
        at = tail;
        if !tail.starts_with(' ') {
            break;
        }
        at = tail.trim_start();
    }
    if names + pets == 0 || (names > 0 && pets == 0 && !after_greeting) {
        return sentence;
    }
    let rest = at.trim_start();
    let own = rest.trim_start_matches(|c: char| {
        c.is_whitespace() || matches!(c, ',' | ';' | ':' | '-' | '–' | '—' | '.' | '!')
    });
    // Pet names alone at a sentence's start may be a list's first item ("Sugar, flour
    // and eggs were missing", "Honey, lemon and ginger tea"): said to someone
    // only when a request of the customer's own follows ("Honey, can you …").
    if names == 0 && !after_greeting {
        let next = lower(word_at(own).0);
        if !(OWN.contains(&next.as_str()) || IMPERATIVES.contains(&next.as_str())) {
            return sentence;
        }
    }
    // After a greeting, a name alone is said to someone only when it is plausibly the
    // addressee: a name of the name table ("Thanks Mark, the order came"), or one the
    // customer's own request follows ("Hi Tyler! I need …", "Thanks Alexis, can you
    // …"); else it may be what they came about, a place or a brand ("Hi, Denver, one
    // way for two please").
    if names > 0 && pets == 0 && !known {
        let next = lower(word_at(own).0);
        if !(OWN.contains(&next.as_str()) || IMPERATIVES.contains(&next.as_str())) {
            return sentence;
        }
    }
    if rest.is_empty() || own.len() < rest.len() {
        own
    } else {
        sentence
    }
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
/// or language ("I'm Canadian, I need a visa"), nor whose something is ("I'm Ben Smith's
/// wife", "It's Sarah's birthday, I need a cake").
fn name_word(word: &str, cue: Cue) -> bool {
    // Most words a sentence starts with are no capitalised name: told without a copy.
    if cue != Cue::Named && !capitalised(word) {
        return false;
    }
    let lower = lower(word);
    if AFTER_NAME.contains(&lower.as_str())
        || !word.chars().any(char::is_alphabetic)
        || is_cuisine(word)
        || lower.ends_with("'s")
    {
        return false;
    }
    let rare = !is_common_english(&lower) || is_name_word(&lower);
    match cue {
        Cue::Named => rare && !is_not_a_name(&lower),
        Cue::Weak | Cue::This | Cue::It => capitalised(word) && may_be_name(word) && rare,
    }
}

#[cfg(test)]
mod tests;
