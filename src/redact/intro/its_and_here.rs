//! The weakest cues of a name: "it's" (and "its" written for it, in a reply to a
//! question for the name) and "here" ("Tyler here", "Here is Kylo"). Takes a text; gives
//! the spans of the name they introduce, or whether what follows the words after "it's"
//! lets them be one. The other cues are `intro.rs`'s.

use std::sync::LazyLock;

use regex::Regex;

use super::initials::{Initials, past_initials};
use super::words::{
    everyday, in_capitals, is_lettered_term, is_not_a_name, name_after, rare_or_name, word_at,
};
use super::{Cue, name_before, starts_with_word};

/// "Tyler here", "Hi, Tyler Jones here", "Again Maria Lopez here" at a message's start:
/// a greeting or "again", then the name.
static HERE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\A\s*(?:(?i:hi|hello|hey|hiya)[\s,!.]+)?(?:(?i:again)[\s,!.]+)?")
        .expect("the introduction pattern is valid")
});

/// "Here is Kylo", "Hi, here's Tyler Jones" at a message's start, as "Kylo here" is.
static HERE_IS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\A\s*(?:(?i:hi|hello|hey|hiya)[\s,!.]+)?(?i:here\s+is|here['’]s)\s+")
        .expect("the introduction pattern is valid")
});

/// Whether `rest`, what follows the words after "it's", lets them be a name: the end of
/// the text or of a clause ("Hi, it's Mark.", "it's Mark, I called"), or a word chats put
/// after a name given so ("it's Mark again", "Hi, it's Angela and I need …", as STAR
/// customers write). "It's" is the weakest cue: what follows it
/// is more often a place or a thing ("It's Chicago weather", "it's Netflix that keeps
/// crashing"). In reply to a question for the name, "It's Chicago" is taken
/// ([`reply_name`](super::reply_name)).
pub(super) fn after_its(rest: &str) -> bool {
    const AFTER: &[&str] = &[
        "again", "and", "btw", "calling", "from", "haha", "here", "lol", "speaking",
    ];
    let rest = rest.trim_start_matches([' ', '\t']);
    match rest.chars().next() {
        None => true,
        Some(c) if !c.is_alphanumeric() => true,
        Some(_) => word_at(rest, 0)
            .is_some_and(|(s, e)| AFTER.contains(&rest[s..e].to_lowercase().as_str())),
    }
}

/// "its" written for "it's" ("its ANGELA?"): a cue only in a reply to a question for
/// the name ([`its_in_reply`]); elsewhere "its" is a thing's ("its Bluetooth.").
static ITS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i:(?-u:\b)its\s+)").expect("the its pattern is valid"));

/// The capitalised name after "its" anywhere in a reply to a question for the name, or
/// one in capitals that is no common English word ("its ANGELA", not "its NOT"), ending
/// its clause as after "it's" ([`after_its`]): "I cant beleve how stupid this is, its
/// ANGELA? did you get it" (STAR star-1463).
pub(in crate::redact) fn its_in_reply(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for m in ITS.find_iter(text) {
        let mut words = Vec::new();
        name_after(text, m.end(), Cue::Weak, &mut words);
        if words.is_empty()
            && let Some((s, e)) = word_at(text, m.end()).filter(|&(s, _)| s == m.end())
            && a_name_in_capitals(&text[s..e])
        {
            words.push((s, e, Cue::Weak));
        }
        if words
            .last()
            .is_some_and(|&(_, end, _)| after_its(&text[end..]))
        {
            out.extend(words.into_iter().map(|(s, e, _)| (s, e)));
        }
    }
    out
}

/// Whether `word` is written in capitals, two letters or more, and is no common English
/// word but a name ("ANGELA"; not "NOT", "HELP", "OK").
fn a_name_in_capitals(word: &str) -> bool {
    in_capitals(word) && rare_or_name(word) && !is_not_a_name(word) && !everyday(word)
}

/// The name before "here" at the start of `text` ("Tyler here", "Hi, Tyler Jones here,
/// need help"), unless "here" is where what the words name is ("Netflix here is down",
/// "Netflix here keeps crashing"). Asked of the message that opens a conversation or
/// answers a question for the customer's name only: later, "Netflix here." answers
/// "Which service is it?".
pub(in crate::redact) fn named_here(text: &str) -> Vec<(usize, usize, Cue)> {
    let mut out = Vec::new();
    let mut cues = Vec::new();
    // "Here is Kylo, open the door": the name, then the end of a clause.
    if let Some(m) = HERE_IS.find(text) {
        cues.push((m.end(), Initials::Dotted));
        name_before(text, m.end(), after_its, false, &mut out);
    }
    if let Some(m) = HERE.find(text) {
        // "J Smith here": an initial without its full stop before a word that reads as
        // a surname, as a middle one is read (`initials.rs`); "here" after says the
        // words are a name (a review found "Smith" shown). Not "T Mobile here".
        // Not a thing named by a letter and a word ("D Day here", "X Ray here").
        let lettered = word_at(text, m.end())
            .filter(|&(_, end)| text[end..].starts_with(' '))
            .and_then(|(start, end)| Some((start, word_at(text, end + 1)?.1)))
            .is_some_and(|(start, end)| is_lettered_term(&text[start..end]));
        let past = if lettered {
            m.end()
        } else {
            past_initials(text, m.end(), Initials::Middle)
        };
        let initials = if past > m.end() {
            Initials::Middle
        } else {
            Initials::Dotted
        };
        cues.push((m.end(), initials));
        name_before(
            text,
            past,
            |rest| {
                let rest = rest.trim_start();
                starts_with_word(rest, "here") && !says_of_it(rest[4..].trim_start())
            },
            false,
            &mut out,
        );
    }
    // "Maria J. Garcia Lopez here": the initial between its words with them.
    super::initials::with_initials_between(text, &mut out);
    // "J. Smith here": the initial before it too.
    super::initials::with_initials_before(text, &cues, &mut out);
    out
}

/// Whether `text` starts with a verb saying something of what was named before "here"
/// ("is down", "keeps crashing", "doesn't load").
fn says_of_it(text: &str) -> bool {
    // Not "can", "will" or "does": "Tyler Jones here can you help me?" asks.
    const VERBS: &[&str] = &[
        "can't", "cannot", "crashed", "crashes", "didn't", "doesn't", "has", "hasn't", "is",
        "isn't", "keeps", "kept", "says", "seems", "shows", "stopped", "was", "wasn't", "won't",
        "works",
    ];
    let end = text
        .find(|c: char| !(c.is_alphabetic() || c == '\'' || c == '\u{2019}'))
        .unwrap_or(text.len());
    let word = text[..end].to_lowercase().replace('\u{2019}', "'");
    VERBS.contains(&word.as_str())
}
