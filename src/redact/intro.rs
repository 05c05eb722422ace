//! Names given in the text itself: text → the spans of the words a speaker introduces as
//! a name ("my name is Tyler Jones", "Name: Tyler", "I'm Ben", "Tyler here", "Regards,
//! Tyler", "Dr. Lee", "my kids' names are Tyler and Jane": `listed.rs`), and the name a customer gives in reply to a question for it ("Could
//! I get your name?" "Tyler Jones", "Tyler Jones, and my order is late"), for the exports
//! that carry no name column.
//!
//! Each cue but "my name is" and "Name:" takes only capitalised words that may be a name
//! ("this is urgent", "I'm Sorry", "Thanks, bye" give none), and after one a surname in
//! lower case that is no word chats put after a name ("Jane doe", not "Jane and"); "it's"
//! only a name that ends its clause ("It's Chicago weather" gives none). A reply to a
//! question for the name may give it in lower case ("susan", "it's mark"), when its words
//! are no common English words (`names/common_english.txt`) or a cue says a name follows.
//! Accepted: a capitalised word before "here" in the message that opens a conversation
//! is taken for a name ("Netflix here, …").

use std::sync::LazyLock;

use regex::Regex;

use super::names::{
    EVERYDAY, NOT_SURNAMES, is_common_english, is_mark, is_name_word, is_word_char,
};
use crate::summary::{capitalised, may_be_name};

mod listed;
mod reply;
mod typo;
pub(super) use reply::{asks_for_name, reply_name};

/// How sure the words after an introduction are a name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Cue {
    /// "my name is …", "name's …": the next words are the name, in any case.
    Named,
    /// "Dr. …", "Mrs. …": a capitalised word after a title.
    Title,
    /// "I'm …", "I am …", "this is …", "call me …": only a capitalised word that could be
    /// a name ("I'm Ben", not "I'm Sorry").
    Weak,
}

/// "my name is", "name's": the name follows, in any case.
static NAMED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i:(?-u:\b)name(?:\s+is|['’]s))[\s:]+")
        .expect("the introduction pattern is valid")
});

/// A title before a name; case-sensitive ("dr" is not one).
static TITLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:Dr|Mr|Mrs|Ms|Mx|Prof)\.?\s+")
        .expect("the introduction pattern is valid")
});

/// A label: "Name: Tyler Jones", "Full name: …", "name - Tyler"; the name follows (after
/// a dash, only a capitalised one). Not "Company name: Acme" ([`label_names_customer`]).
static LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i:(?-u:\b)name)(?:[ \t]*[:：][ \t]*|[ \t]+[-–—][ \t]+)")
        .expect("the introduction pattern is valid")
});

/// "Tyler here", "Hi, Tyler Jones here" at a message's start: a greeting, then the name.
static HERE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\A\s*(?:(?i:hi|hello|hey|hiya)[\s,!.]+)?")
        .expect("the introduction pattern is valid")
});

/// A sign-off before the name that ends a message: "Regards, Tyler Jones", "Cheers,
/// Tyler", "Thanks,\nTyler" (after a thank-you only on a line of its own: "Thanks, Tyler"
/// thanks someone).
static SIGN_OFF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i:(?-u:\b)(?:(?:kind|best|warm|warmest|many)\s+)?(?:regards|cheers|sincerely|wishes|thanks|thank\s+you|thx))[,.!]?[ \t]*(\n)?\s*",
    )
    .expect("the introduction pattern is valid")
});

/// The other introductions: "I'm", "I am", "I'm called", "this is", "call me", "my name"
/// without "is" ("My name Sarah Brown"), "names" for "name's", and "it's" or "it's me,"
/// (its own group: [`after_its`]).
static WEAK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i:(?-u:\b)(?:(?:i['’]?m|i\s+am)(?:\s+called)?|this\s+is|call\s+me|my\s+name|names|(it['’]s(?:\s+me\s*,?)?)))\s+",
    )
    .expect("the introduction pattern is valid")
});

/// Words that follow "my name is" without being the name ("my name is not important",
/// "my name is on the account").
const NOT_A_NAME: &[&str] = &[
    "a",
    "an",
    "the",
    "not",
    "and",
    "or",
    "but",
    "is",
    "was",
    "in",
    "on",
    "at",
    "for",
    "to",
    "of",
    "from",
    "with",
    "my",
    "your",
    "his",
    "her",
    "here",
    "there",
    "this",
    "that",
    "it",
    "so",
    "just",
    "also",
    "really",
    "very",
    "i",
    "im",
    "please",
    "thanks",
    "thank",
    "you",
    "under",
    "spelled",
    "spelt",
    "listed",
    "still",
    "already",
    "written",
    "wrong",
    "correct",
    "nevermind",
    "whatever",
    "anyway",
    "anyways",
];

/// The spans of name words introduced in `text`, with the cue that introduced them, in
/// order; the weak cues' only if `weak`. At most two words a name ("Tyler Jones"); a
/// first word that cannot be a name ends the search at that introduction. "Tyler here"
/// is not looked for: [`named_here`].
pub(super) fn introduced(text: &str, weak: bool) -> Vec<(usize, usize, Cue)> {
    let mut out = Vec::new();
    // Each on its own: finding without groups is the regex crate's fastest path.
    if may_name(text.as_bytes()) {
        for (regex, cue) in [(&NAMED, Cue::Named), (&TITLE, Cue::Title)] {
            for m in regex.find_iter(text) {
                name_after(text, m.end(), cue, &mut out);
            }
        }
        for m in LABEL.find_iter(text) {
            if label_names_customer(text, m.start()) {
                let dash = m.as_str().contains(['-', '–', '—']);
                let cue = if dash { Cue::Title } else { Cue::Named };
                name_after(text, m.end(), cue, &mut out);
            }
        }
    }
    if weak {
        weak_cues(text, &mut out);
        listed::names(text, &mut out);
    }
    out.sort_unstable_by_key(|&(start, _, _)| start);
    out
}

/// The names after "I'm", "this is" … and before a sign-off in `text`, into `out`.
fn weak_cues(text: &str, out: &mut Vec<(usize, usize, Cue)>) {
    for c in WEAK.captures_iter(text) {
        let end = c.get(0).map_or(0, |m| m.end());
        if c.get(1).is_none() {
            name_after(text, end, Cue::Weak, out);
            continue;
        }
        let mut words = Vec::new();
        name_after(text, end, Cue::Weak, &mut words);
        if words
            .last()
            .is_some_and(|&(_, end, _)| after_its(&text[end..]))
        {
            out.extend(words);
        }
    }
    for c in SIGN_OFF.captures_iter(text) {
        let whole = &c[0];
        let lower = whole.to_ascii_lowercase();
        let thanks = lower.contains("thank") || lower.contains("thx");
        if thanks && c.get(1).is_none() {
            continue;
        }
        name_before(
            text,
            c.get(0).map_or(0, |m| m.end()),
            |rest| {
                rest.chars()
                    .all(|c| c.is_whitespace() || matches!(c, '.' | '!'))
            },
            out,
        );
    }
}

/// Whether `rest`, what follows the words after "it's", lets them be a name: the end of
/// the text or of a clause ("Hi, it's Mark.", "it's Mark, I called"), or a word chats put
/// after a name given so ("it's Mark again", "Hi, it's Angela and I need …", as STAR
/// customers write). "It's" is the weakest cue: what follows it
/// is more often a place or a thing ("It's Chicago weather", "it's Netflix that keeps
/// crashing"). In reply to a question for the name, "It's Chicago" is taken
/// ([`reply_name`]).
fn after_its(rest: &str) -> bool {
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

/// The word after `text[..end]` and a single space ("white" after "Brian" in "Brian
/// white"), where a surname would be.
pub(super) fn word_after(text: &str, end: usize) -> Option<(usize, usize)> {
    let rest = text[end..].strip_prefix(' ')?;
    if rest.starts_with(' ') {
        return None;
    }
    word_at(text, end + 1)
}

/// The name before "here" at the start of `text` ("Tyler here", "Hi, Tyler Jones here,
/// need help"), unless "here" is where what the words name is ("Netflix here is down",
/// "Netflix here keeps crashing"). Asked of the message that opens a conversation or
/// answers a question for the customer's name only: later, "Netflix here." answers
/// "Which service is it?" (review).
pub(super) fn named_here(text: &str) -> Vec<(usize, usize, Cue)> {
    let mut out = Vec::new();
    if let Some(m) = HERE.find(text) {
        name_before(
            text,
            m.end(),
            |rest| {
                let rest = rest.trim_start();
                starts_with_word(rest, "here") && !says_of_it(rest[4..].trim_start())
            },
            &mut out,
        );
    }
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

/// The capitalised words of a name starting at `at` (as after [`Cue::Weak`]) when what
/// follows them passes `then`, into `out`.
fn name_before(
    text: &str,
    at: usize,
    then: impl Fn(&str) -> bool,
    out: &mut Vec<(usize, usize, Cue)>,
) {
    let mut words = Vec::new();
    name_after(text, at, Cue::Weak, &mut words);
    if words.iter().any(|&(s, e, _)| everyday(&text[s..e])) {
        return;
    }
    // The last word may be what follows ("Tyler Here"): the name is the words before
    // what passes.
    while let Some(&(_, end, _)) = words.last() {
        if then(&text[end..]) {
            out.extend(words);
            return;
        }
        words.pop();
    }
}

/// Whether `word` is one of [`EVERYDAY`] (in any case).
fn everyday(word: &str) -> bool {
    EVERYDAY
        .binary_search(&word.to_lowercase().as_str())
        .is_ok()
}

/// Whether `text` starts with `word` (in any case), and it ends there.
fn starts_with_word(text: &str, word: &str) -> bool {
    text.get(..word.len())
        .is_some_and(|start| start.eq_ignore_ascii_case(word))
        && !text[word.len()..].chars().next().is_some_and(is_word_char)
}

/// Whether the label "name:" at `at` is the customer's: not that of a thing or of
/// someone else ("Company name:", "Agent name:", "file name -").
fn label_names_customer(text: &str, at: usize) -> bool {
    let before = text[..at].trim_end();
    let word_start = before
        .char_indices()
        .rev()
        .find(|&(_, c)| !is_word_char(c))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let word = before[word_start..].to_lowercase();
    !super::names::names_someone_else(&word)
}

/// Whether a word given in lower case after a name may be its surname by what word it
/// is: no common English word ("ren", "doe"), or a name that is also one ("white",
/// "brown"); not "weather" in "It's Chicago weather".
fn rare_or_name(word: &str) -> bool {
    let lower = word.to_lowercase().replace('\u{2019}', "'");
    !is_common_english(&lower) || is_name_word(&lower)
}

/// Whether `text` has what [`NAMED`] or [`TITLE`] needs: "name" in any case, or
/// "Dr", "Mr", "Ms", "Mx", "Prof". One pass over the few `m`, `M` and `D` of a text
/// instead of two searches (most texts have neither).
fn may_name(text: &[u8]) -> bool {
    memchr::memchr3_iter(b'm', b'M', b'D', text).any(|i| {
        let next = text.get(i + 1).copied().unwrap_or(0);
        let named =
            i > 0 && text[i - 1].eq_ignore_ascii_case(&b'a') && next.eq_ignore_ascii_case(&b'e');
        named
            || (text[i] == b'M' && matches!(next, b'r' | b's' | b'x'))
            || (text[i] == b'D' && next == b'r')
    }) || memchr::memchr_iter(b'P', text).any(|i| text[i + 1..].starts_with(b"rof"))
}

/// The words of a name starting at `at`, if they can be one after `cue`, into `out`.
fn name_after(text: &str, at: usize, cue: Cue, out: &mut Vec<(usize, usize, Cue)>) {
    let mut at = at;
    for n in 0..2 {
        let Some((start, end)) = word_at(text, at) else {
            return;
        };
        let word = &text[start..end];
        let not_a_name = NOT_A_NAME.contains(&word.to_lowercase().as_str());
        let accepted = !not_a_name
            && match cue {
                // "my name is Jane doe", "I'm Brian white, account 123", "my name is
                // jane doe"; not "my name is Tyler need help", "I'm Jane and i need help".
                Cue::Named if n == 1 && !capitalised(word) => {
                    surname_in_lower_case(word, &text[end..])
                }
                // "I'm Brian white", not "I'm Ben weather is bad": after a weak cue, no
                // common word but a name.
                Cue::Weak if n == 1 && !capitalised(word) => {
                    surname_in_lower_case(word, &text[end..]) && rare_or_name(word)
                }
                Cue::Named => word.chars().filter(|c| c.is_alphabetic()).count() >= 2,
                Cue::Title | Cue::Weak => capitalised(word) && may_be_name(word),
            };
        if !accepted {
            return;
        }
        out.push((start, end, cue));
        // The next word only after a single space.
        if text[end..].starts_with(' ') && !text[end + 1..].starts_with(' ') {
            at = end + 1;
        } else {
            return;
        }
    }
}

/// Whether `word`, written in lower case after a name's first word, is its surname
/// ("Jane doe", "Brian white"): a word of two letters or more that is none of the words
/// chats put after a name ([`NOT_SURNAMES`]: "I'm Jane and i need help", "it's Mark
/// again", "I'm Ben reserve my flight"), no adverb or verb in "-ly" or "-ing" ("Susan
/// wondering if …", "John calling to follow up"), no contraction ("don't"), and not a
/// verb before its object (`after`, what follows it: "Alexis book me a ride").
fn surname_in_lower_case(word: &str, after: &str) -> bool {
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
        && !NOT_A_NAME.contains(&lower.as_str())
        && !everyday(&lower)
        && !contraction
        && !object
}

/// Whether `lower` (a word in lower case) is one that chats put after a name, or where
/// one would go, without naming anyone: one of [`NOT_SURNAMES`], or an adverb or verb in
/// "-ly" or "-ing" ("really", "calling").
fn follows_names(lower: &str) -> bool {
    let suffixed = |suffix: &str| lower.chars().count() >= 6 && lower.ends_with(suffix);
    NOT_SURNAMES.binary_search(&lower).is_ok() || suffixed("ing") || suffixed("ly")
}

/// The word starting at `at`: letters, their combining marks and inner apostrophes or
/// hyphens ("O'Brien", "Smith-Jones").
fn word_at(text: &str, at: usize) -> Option<(usize, usize)> {
    let rest = &text[at..];
    let first = rest.chars().next()?;
    if !first.is_alphabetic() {
        return None;
    }
    let mut end = at;
    let mut chars = rest.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let inner = matches!(c, '\'' | '\u{2019}' | '-')
            && chars.peek().is_some_and(|&(_, next)| next.is_alphabetic());
        if !(c.is_alphabetic() || is_mark(c) || inner) {
            break;
        }
        end = at + i + c.len_utf8();
    }
    Some((at, end))
}

#[cfg(test)]
mod tests;
