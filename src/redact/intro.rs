//! Names given in the text itself: text → the spans of the words a speaker introduces as
//! a name ("my name is Tyler Jones", "Name: Tyler", "I'm Ben", "Tyler here", "Regards,
//! Tyler", "Dr. Lee"), and the name a customer gives in reply to a question for it ("Could
//! I get your name?" "Tyler Jones"), for the exports that carry no name column.
//!
//! Each cue but "my name is" and "Name:" takes only capitalised words that may be a name
//! ("this is urgent", "I'm Sorry", "Thanks, bye" give none). Accepted: a capitalised
//! word before "here" at a message's start is taken for a name ("Netflix here").

use std::sync::LazyLock;

use regex::Regex;

use super::names::{is_mark, is_word_char};
use crate::summary::{capitalised, may_be_name};

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

/// A bot's or agent's question for the customer's name: "Could I get your name,
/// please?", "May I have your full name?", "Who am I speaking with?".
static ASKS_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i:(?-u:\b)(?:your\s+(?:full\s+|first\s+|last\s+)?name(?-u:\b)|who\s+(?:am\s+i|i\s+am|are\s+we)\s+(?:speaking|talking|chatting)|what\s+(?:should|can|may|shall)\s+i\s+call\s+you|who\s+is\s+this|how\s+should\s+i\s+address\s+you))",
    )
    .expect("the question pattern is valid")
});

/// The other introductions: "I'm", "I am", "this is", "call me", "it's".
static WEAK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i:(?-u:\b)(?:i['’]?m|i\s+am|this\s+is|call\s+me|it['’]s))\s+")
        .expect("the introduction pattern is valid")
});

/// Words that follow "my name is" without being the name ("my name is not important",
/// "my name is on the account").
const NOT_A_NAME: &[&str] = &[
    "a", "an", "the", "not", "and", "or", "but", "is", "was", "in", "on", "at", "for", "to", "of",
    "from", "with", "my", "your", "his", "her", "here", "there", "this", "that", "it", "so",
    "just", "also", "really", "very", "i", "im", "please", "thanks", "thank", "you", "under",
    "spelled", "spelt", "listed", "still", "already", "written", "wrong", "correct",
];

/// The spans of name words introduced in `text`, with the cue that introduced them, in
/// order; the weak cues' only if `weak`. At most two words a name ("Tyler Jones"); a
/// first word that cannot be a name ends the search at that introduction.
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
        for m in WEAK.find_iter(text) {
            name_after(text, m.end(), Cue::Weak, &mut out);
        }
        if let Some(m) = HERE.find(text) {
            name_before(
                text,
                m.end(),
                |rest| starts_with_word(rest.trim_start(), "here"),
                &mut out,
            );
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
                &mut out,
            );
        }
    }
    out.sort_unstable_by_key(|&(start, _, _)| start);
    out
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

/// Capitalised words that a reply, a greeting ("X here") or a sign-off puts where a name
/// would go without being one: pronouns, imperatives, farewells, and what customers ask
/// a support chat about ("Refund" in reply to "your name?", "Anyone here?", "Thanks,
/// Bye"). Sorted. A word of them is masked wherever it is capitalised, so a wrong one
/// costs the whole conversation's mentions of it.
pub(super) const EVERYDAY: &[&str] = &[
    "account",
    "admin",
    "again",
    "agent",
    "all",
    "anybody",
    "anyone",
    "asap",
    "billing",
    "booking",
    "bot",
    "both",
    "bye",
    "cancel",
    "cancellation",
    "charge",
    "chat",
    "cheers",
    "delivery",
    "email",
    "everybody",
    "everyone",
    "everything",
    "goodbye",
    "guys",
    "hello",
    "help",
    "hey",
    "hi",
    "human",
    "invoice",
    "issue",
    "just",
    "later",
    "listen",
    "login",
    "look",
    "manager",
    "me",
    "new",
    "no",
    "nobody",
    "none",
    "nope",
    "nothing",
    "now",
    "ok",
    "okay",
    "operator",
    "order",
    "password",
    "payment",
    "person",
    "please",
    "problem",
    "question",
    "refund",
    "regards",
    "rep",
    "representative",
    "return",
    "sales",
    "same",
    "service",
    "shipping",
    "somebody",
    "someone",
    "sorry",
    "staff",
    "status",
    "still",
    "stuck",
    "support",
    "sure",
    "team",
    "thanks",
    "thx",
    "ticket",
    "today",
    "tomorrow",
    "urgent",
    "us",
    "we",
    "yes",
];

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

/// Whether `text` (a bot's or agent's message) asks the customer for their name.
pub(super) fn asks_for_name(text: &str) -> bool {
    ASKS_NAME.is_match(text)
}

/// Words a reply that gives a name may open with: "Sure, it's Tyler", "Yes, Tyler
/// Jones", "Hi, I am Tyler".
const REPLY_OPENERS: &[&str] = &[
    "am", "hello", "hey", "hi", "i", "i'm", "i’m", "im", "is", "it", "it's", "it’s", "its", "ok",
    "okay", "sure", "yeah", "yep", "yes",
];

/// The words of the name a customer's reply to a question for their name gives: all of
/// it but an opener ("Sure, it's") and punctuation, when that is one to three
/// capitalised words that may be a name ("Tyler Jones", "It's Tyler."), or words of a
/// script without case ("王伟"). None for anything else ("It's broken", "Yes please",
/// "Order 12345").
pub(super) fn reply_name(text: &str) -> Vec<(usize, usize)> {
    let mut words = Vec::new();
    let mut at = 0;
    while at < text.len() {
        let c = text[at..].chars().next().unwrap_or(' ');
        if c.is_alphabetic() {
            let Some((start, end)) = word_at(text, at) else {
                return Vec::new();
            };
            words.push((start, end));
            at = end;
        } else if c.is_whitespace() || c.is_ascii_punctuation() || is_punctuation(c) {
            at += c.len_utf8();
        } else {
            return Vec::new();
        }
    }
    let opened = words
        .iter()
        .take_while(|&&(s, e)| REPLY_OPENERS.contains(&text[s..e].to_lowercase().as_str()))
        .count();
    let name = &words[opened..];
    let caseless = |word: &str| !word.chars().any(|c| c.is_uppercase() || c.is_lowercase());
    if (1..=3).contains(&name.len())
        && name.iter().all(|&(s, e)| {
            let word = &text[s..e];
            (capitalised(word) || caseless(word)) && may_be_name(word) && !everyday(word)
        })
    {
        name.to_vec()
    } else {
        Vec::new()
    }
}

/// Punctuation beyond ASCII that may end or open a reply ("Tyler。", "«Tyler»").
fn is_punctuation(c: char) -> bool {
    matches!(c, '\u{2000}'..='\u{206F}' | '\u{3000}'..='\u{303F}' | '\u{FF01}'..='\u{FF0F}' | '«' | '»' | '¡' | '¿')
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
    let mut first_capitalised = false;
    for n in 0..2 {
        let Some((start, end)) = word_at(text, at) else {
            return;
        };
        let word = &text[start..end];
        let not_a_name = NOT_A_NAME.contains(&word.to_lowercase().as_str());
        let accepted = !not_a_name
            && match cue {
                Cue::Named => {
                    word.chars().filter(|c| c.is_alphabetic()).count() >= 2
                    // "my name is Tyler jones" yes, "my name is Tyler need help" no: a
                    // second word in lower case only after a first in lower case.
                    && (n == 0 || capitalised(word) || !first_capitalised)
                }
                Cue::Title | Cue::Weak => capitalised(word) && may_be_name(word),
            };
        if !accepted {
            return;
        }
        if n == 0 {
            first_capitalised = capitalised(word);
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
mod tests {
    use proptest::prelude::*;

    use super::*;

    fn found(text: &str) -> Vec<(&str, Cue)> {
        introduced(text, true)
            .into_iter()
            .map(|(s, e, cue)| (&text[s..e], cue))
            .collect()
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        /// The quick look never turns away a text the patterns would find a name in.
        #[test]
        fn the_quick_look_misses_nothing(
            pieces in prop::collection::vec(
                prop_oneof![
                    prop::sample::select(vec![
                        "name is", "NaMe's", "nAME:", "Dr.", "Dr", "Mr", "Mrs.", "Ms", "Mx",
                        "Prof.", "Lee", "tyler", "Ann", "my", "the", "M", "D", "P",
                    ])
                    .prop_map(str::to_owned),
                    "[a-zA-Z.': ]{0,6}",
                ],
                0..6,
            ),
            glue in prop::sample::select(vec!["", " ", "  ", ": "]),
        ) {
            let text = pieces.join(glue);
            if !may_name(text.as_bytes()) {
                prop_assert!(
                    NAMED.find(&text).is_none() && TITLE.find(&text).is_none(),
                    "{}", text
                );
            }
        }
    }

    #[test]
    fn a_name_after_my_name_is_in_any_case() {
        assert_eq!(
            found("Hi, my name is Tyler Jones, account 123"),
            [("Tyler", Cue::Named), ("Jones", Cue::Named)]
        );
        assert_eq!(
            found("my name is tyler jones"),
            [("tyler", Cue::Named), ("jones", Cue::Named)]
        );
        assert_eq!(found("My name's Ana. Thanks"), [("Ana", Cue::Named)]);
        assert_eq!(
            found("my name is Tyler need help"),
            [("Tyler", Cue::Named)],
            "a lower-case word after a capitalised name is not part of it"
        );
        assert!(found("my name is not important").is_empty());
        assert!(found("my name is on the account").is_empty());
    }

    #[test]
    fn a_capitalised_name_after_a_title_or_im() {
        assert_eq!(found("I need Dr. Johnson today"), [("Johnson", Cue::Title)]);
        assert_eq!(found("Im Ben"), [("Ben", Cue::Weak)]);
        assert_eq!(
            found("this is Maria Lopez speaking"),
            [("Maria", Cue::Weak), ("Lopez", Cue::Weak)]
        );
        // Not names: lower case, sentence words, a title in lower case.
        assert!(found("I'm sorry, I am Not sure, it's Good, the dr. said").is_empty());
        assert!(found("I'm So tired").is_empty());
    }
}
