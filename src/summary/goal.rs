//! The customer's goal: their messages → the first request among them (or the one
//! made after the bot said a task was done: [`done`]), without the
//! greeting and the customer's introduction of themselves ([`intro`]), and the later
//! sentence that changed it, if one did ([`update`]); and `strip_greeting`, which the
//! open questions use too. Picks sentences the customer
//! wrote; rewrites nothing but the first letter and the length.

mod anew;
mod chat;
mod correction;
mod done;
mod intro;
mod markers;
mod opening;
mod update;

use crate::transcript::Message;

use super::sentences::{capitalise, clip, sentences, words};
use super::small_talk::is_small_talk;

pub(super) use done::goal_and_update;
pub(super) use opening::strip_greeting;
use opening::strip_opening;

pub(super) use chat::{TASKS, chats};

/// What makes a sentence a request rather than small talk.
const REQUEST_MARKERS: &[&str] = &[
    "i need",
    // A need whose "I" went before: "I'm heading towards Forbes and Murray on foot and
    // need directions" (STAR star-1803), "my son is sick and needs a doctor".
    "and need",
    "and needs",
    "i want",
    "i'd like",
    "i would like",
    "i'm looking",
    "i am looking",
    "looking for",
    "can you",
    "could you",
    "can i",
    "could i",
    "can we",
    "how do",
    "how can",
    "how much",
    "is it possible",
    "help me",
    "help with",
    "please",
    "problem",
    "issue",
    "not working",
    "doesn't work",
    "does not work",
    "trying to",
    "want to",
    "need to",
    "would like to",
    "wondering",
    "question",
    "evaluating",
    "interested in",
];

/// Verbs that open a request ("Reserve my flight", "Cancel the order").
const IMPERATIVES: &[&str] = &[
    "book",
    "reserve",
    "cancel",
    "change",
    "schedule",
    "find",
    "check",
    "order",
    "send",
    "show",
    "tell",
    "give",
    "get",
    "make",
    "update",
    "reset",
    "fix",
    "add",
    "remove",
    "delete",
    "upgrade",
    "downgrade",
    "connect",
    "transfer",
    "refund",
    "call",
    "email",
];

/// Words that point back at something said before ("Can you look that up?").
const POINTERS: &[&str] = &["that", "it", "this", "them", "those"];

/// How much a sentence says what the customer wants.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Request {
    /// A need, a question or an order: the goal.
    Clear,
    /// Only "please" or the like: a goal if nothing clearer comes.
    Weak,
    /// A short question about something said before: the goal is what came before.
    Pointing,
    /// Says something, asks nothing.
    None,
}

fn request(sentence: &str) -> Request {
    classify(sentence, false)
}

/// [`request`] for the goal, where a question asks only if it reads as one
/// ([`reads_as_question`]): a statement with a question mark is read by its markers as
/// any statement. The goal's update and the other readers keep [`request`], whose
/// questions are all requests ("Whas the rating of the Hilton?", a typo, restates a
/// hotel search, STAR star-3170).
fn goal_request(sentence: &str) -> Request {
    classify(sentence, true)
}

fn classify(sentence: &str, read_questions: bool) -> Request {
    let lower = sentence.to_lowercase();
    let first = lower
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .find(|w| !w.is_empty())
        .unwrap_or("");
    let question = sentence.ends_with('?') && (!read_questions || reads_as_question(&lower));
    let asks = question || IMPERATIVES.contains(&first);
    // The markers only when the sentence neither asks nor orders (one pass: `markers`).
    if asks {
        let pointing = sentence.ends_with('?')
            && words(sentence) < 6
            && POINTERS.iter().any(|p| contains_words(&lower, p));
        return if pointing {
            Request::Pointing
        } else {
            Request::Clear
        };
    }
    markers::marked(&lower)
}

/// Words that ask wherever they are in a question ("Btw where is my order?").
const QUESTION_WORDS: &[&str] = &[
    "what", "what's", "whats", "when", "when's", "where", "where's", "wheres", "who", "who's",
    "whom", "whose", "why", "how", "how's", "hows", "which",
];

/// Verbs that ask when they open a clause ("Can you …?", "So, is it open?").
const ASKING_VERBS: &[&str] = &[
    "am",
    "are",
    "aren't",
    "can",
    "can't",
    "could",
    "couldn't",
    "did",
    "didn't",
    "do",
    "does",
    "doesn't",
    "don't",
    "had",
    "has",
    "have",
    "is",
    "isn't",
    "may",
    "might",
    "must",
    "shall",
    "should",
    "shouldn't",
    "was",
    "wasn't",
    "were",
    "will",
    "won't",
    "would",
    "wouldn't",
    "any",
    "anyone",
    "anybody",
    "anything",
];

/// Whether `lower`, a sentence in lower case that ends with `?`, reads as a question: a
/// question word in it, or a clause that opens with a verb that asks. Not a statement
/// with a question mark, which asks the agent for nothing: "You know, the Chief
/// Engineer?" said with the customer's name was the goal of STAR star-3047, before
/// "I'm locked out of the combat deck!" (the request), since a question was a request
/// wherever it came.
fn reads_as_question(lower: &str) -> bool {
    lower.split([',', ';', ':', '-', '–', '—']).any(|clause| {
        let mut words = clause
            .split(|c: char| !c.is_alphanumeric() && c != '\'')
            .filter(|w| !w.is_empty());
        words
            .next()
            .is_some_and(|w| ASKING_VERBS.contains(&w) || QUESTION_WORDS.contains(&w))
            || words.any(|w| QUESTION_WORDS.contains(&w))
    })
}

/// Markers that alone make a weak request ("so please hurry").
const WEAK_MARKERS: &[&str] = &["please"];

/// The customer's first clear request among their first three messages in `customer`
/// (a question only when it reads as one: [`goal_request`]), small talk aside (a short
/// question pointing back, "Can you look that up?", stands for the sentence before it),
/// else their first weak one ("please …"), else their first substantive sentence; and
/// the index of the message it was taken from. When the request is `anew`, after a task
/// done, only a clear one that asks anew ([`anew::asks_anew`]).
fn first_request(messages: &[Message], customer: &[usize], anew: bool) -> Option<(String, usize)> {
    let mut first_substantive = None;
    let mut previous: Option<&str> = None;
    let mut weak = None;
    for &i in customer.iter().take(3) {
        for sentence in sentences(&messages[i].text) {
            let cleaned = strip_opening(sentence);
            if (words(cleaned) < 4 && !short_request(cleaned)) || small_talk_only(cleaned) {
                continue;
            }
            let goal = |s: &str| (clip(&capitalise(s), 160), i);
            match goal_request(cleaned) {
                Request::Clear if !anew || anew::asks_anew(cleaned) => {
                    return Some(goal(cleaned));
                }
                // After a task done, a question pointing back asks about the task done
                // ("Can you confirm that?"): no request anew.
                Request::Pointing if anew => {}
                Request::Pointing => return Some(goal(previous.unwrap_or(cleaned))),
                Request::Clear | Request::Weak => {
                    weak.get_or_insert_with(|| goal(cleaned));
                }
                Request::None => {
                    first_substantive.get_or_insert_with(|| goal(cleaned));
                }
            }
            previous = Some(cleaned);
        }
    }
    if anew {
        return None;
    }
    weak.or(first_substantive)
}

/// Last words that leave a short request vague ("I need help", "Please help me"): the
/// goal is in what follows.
const VAGUE: &[&str] = &[
    "anything",
    "assistance",
    "help",
    "info",
    "information",
    "it",
    "me",
    "please",
    "something",
    "that",
    "this",
    "you",
];

/// Whether `sentence`, of fewer than four words, is a request all the same: three words
/// that say what is needed, not a question ("I need directions", STAR star-4928; "Cancel
/// my order"; not "I need help", "Help me computer!", "Can you help?", nor one that
/// points back: "So get me another", STAR star-2858).
fn short_request(sentence: &str) -> bool {
    let mut split = sentence
        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .filter(|w| !w.is_empty());
    let last = split.clone().next_back().unwrap_or("");
    words(sentence) == 3
        && !sentence.ends_with('?')
        && !VAGUE.iter().any(|v| last.eq_ignore_ascii_case(v))
        && !split.any(|w| {
            ["help", "another", "again", "more", "one"]
                .iter()
                .chain(POINTERS)
                .any(|p| w.eq_ignore_ascii_case(p))
        })
        && request(sentence) == Request::Clear
}

/// Whether `sentence` is small talk put as a question and asks for nothing the agent
/// must do ("Are you my granddaughter?", STAR star-4341; "I'm feeling smart, are you
/// up for some trivia?"); not when a clause before the small talk makes a request ("I
/// need help planning a party, are you up for that?").
fn small_talk_only(sentence: &str) -> bool {
    sentence.ends_with('?')
        && is_small_talk(sentence)
        && !sentence
            .rsplit_once([',', ';'])
            .is_some_and(|(before, _)| request(before) == Request::Clear)
}

/// `needle` in `haystack` at word boundaries (both lower case): the leftmost
/// non-overlapping occurrences, as `str::match_indices` finds them, each tried.
fn contains_words(haystack: &str, needle: &str) -> bool {
    let at_words = |i: usize| {
        let before = haystack[..i].chars().next_back();
        let after = haystack[i + needle.len()..].chars().next();
        before.is_none_or(|c| !c.is_alphanumeric()) && after.is_none_or(|c| !c.is_alphanumeric())
    };
    let (h, n) = (haystack.as_bytes(), needle.as_bytes());
    let Some(&first) = n.first() else {
        return haystack.match_indices(needle).any(|(i, _)| at_words(i));
    };
    // Candidates by the needle's first byte (memchr), then compared: a summary asks
    // this of every sentence for dozens of markers, and `match_indices` built a
    // two-way searcher for each (436 M of 4,313 M instructions for `--packets`). A
    // first byte of valid UTF-8 starts a character, so every candidate is a boundary.
    let mut from = 0;
    while let Some(pos) = memchr::memchr(first, &h[from..]) {
        let i = from + pos;
        if h[i..].starts_with(n) {
            if at_words(i) {
                return true;
            }
            from = i + n.len();
        } else {
            from = i + 1;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::contains_words;

    /// What `contains_words` did with `match_indices`: its memchr scan must answer the
    /// same, overlapping occurrences and letters past ASCII included.
    fn by_match_indices(haystack: &str, needle: &str) -> bool {
        haystack.match_indices(needle).any(|(i, _)| {
            let before = haystack[..i].chars().next_back();
            let after = haystack[i + needle.len()..].chars().next();
            before.is_none_or(|c| !c.is_alphanumeric())
                && after.is_none_or(|c| !c.is_alphanumeric())
        })
    }

    #[test]
    fn words_are_found_whole_as_match_indices_finds_them() {
        for (haystack, needle, found) in [
            ("i need to cancel", "i need", true),
            ("can you help", "help", true),
            ("unhelpful", "help", false),
            ("helps me", "help", false),
            ("i'd like it", "i'd like", true),
            // The first occurrence overlaps the one at word boundaries: match_indices
            // never tries the second, and neither does the scan.
            ("xso so so", "so so", false),
            ("é please", "please", true),
            ("pleaseé", "please", false),
            ("", "please", false),
            ("please", "", false),
            (" ", "", true),
        ] {
            assert_eq!(
                contains_words(haystack, needle),
                found,
                "{haystack:?} {needle:?}"
            );
            assert_eq!(
                by_match_indices(haystack, needle),
                found,
                "{haystack:?} {needle:?}"
            );
        }
    }

    proptest::proptest! {
        #[test]
        fn the_scan_answers_as_match_indices(
            haystack in "[a-cé' ]{0,24}",
            needle in "[a-cé' ]{0,5}",
        ) {
            proptest::prop_assert_eq!(
                contains_words(&haystack, &needle),
                by_match_indices(&haystack, &needle)
            );
        }
    }
}
