//! The goal's update: the customer's messages after the goal → the last sentence that
//! corrects or changes that request ("The flight ID is actually 596", "Can we try
//! Tuesday instead?", "I need to change the dates to June 3 to 24"), or none. Not a
//! sentence that changes the subject ("Can you change the pick up location on that
//! ride?" after a question about medicine), asks for more beside it ("Can you check
//! Chicago too?") or says "actually" or "I mean" in passing. Picks a sentence the
//! customer wrote, as the goal does.

use crate::transcript::Message;

use super::super::facts::capitalised;
use super::super::sentences::{capitalise, clip, sentences, words};
use super::super::small_talk::is_small_talk;
use super::{Request, contains_words, request, strip_greeting};

/// Words by which a customer says they change what they asked for ("make that Friday
/// instead", "I meant the other card"). Not "I mean" alone, mostly a filler ("I mean,
/// at this point, I don't even feel very hangry"; see [`corrects_with`]).
const CHANGE_MARKERS: &[&str] = &[
    "instead",
    "i'd rather",
    "would rather",
    "rather than",
    "change it to",
    "change that to",
    "change this to",
    "make that",
    "i meant",
    "not that one",
    "correction",
    "switch to",
    "switch it to",
    "scratch that",
    "on second thought",
    "my mistake",
];

/// What a request has that a change may be of ("change the dates", "a different
/// time", "change my destination to the airport"): with these, a change is of the
/// request being talked about, not of another thing ("change the status of my ride").
const ATTRIBUTES: &[&str] = &[
    "address",
    "appointment",
    "arrival",
    "booking",
    "date",
    "dates",
    "day",
    "days",
    "departure",
    "destination",
    "details",
    "driver",
    "hotel",
    "hour",
    "hours",
    "location",
    "number",
    "order",
    "pickup",
    "place",
    "reservation",
    "room",
    "seat",
    "seats",
    "table",
    "time",
    "times",
    "venue",
    // Words around them that name nothing: "change the day again", "the time anyway".
    "again",
    "anyway",
    "maybe",
    "though",
    "then",
    "instead",
];

/// Words that ask for something beside the goal, not in its place ("Can you check the
/// weather in Chicago for Monday also?", "… in New York City, too?").
const ADDITIONS: &[&str] = &[
    "also",
    "too",
    "as well",
    "another",
    "compare",
    "in addition",
];

/// Words too common to tell two requests apart ("I need", "could you please").
const COMMON: &[&str] = &[
    "need", "want", "would", "like", "could", "please", "help", "with", "that", "this", "have",
    "your", "about", "from", "there", "what", "when", "where", "which", "just", "also", "some",
    "know", "make", "them", "they", "will",
];

/// How the customer changed their request after the goal's message `from`: the last
/// later sentence (up to the escalation), small talk aside, that
///
/// - says it changes what was asked ([`CHANGE_MARKERS`]: "Can we try Tuesday instead?",
///   "I meant Dr. Johnson", "change it to Wednesday");
/// - changes a part of a request ("change the" or "change my" with [`ATTRIBUTES`],
///   numbers, names or words of the goal's up to the new value: "I need to change the
///   dates to June 3 to 24", "change my destination to Forbes and Murray"; "a different"
///   with one of them: "Can you try a different time?"), and not of another thing ("Can
///   you change the pick up location on that ride?" after a question about medicine;
///   "a different shadyside");
/// - corrects with something new: "actually" with a number or a name after it, which the
///   goal lacks ("The flight ID is actually 596", "Actually, I'm closer to Craig and
///   Center"; not at the end, in passing: "The Center is really hot right now actually"),
///   or "I mean" with one right after it ("Oh, I mean flight 825");
/// - or restates a request (clear, or with "please") of the same kind with something new
///   (it shares two words of four letters or more with the goal, beyond the commonest,
///   and has a number or a name the goal lacks: "I need to reserve flight 596" after "I
///   need to reserve flight 820"), without asking for it beside the goal ([`ADDITIONS`]:
///   "also", "too", "compare").
///
/// Extractive, as the goal.
pub(in crate::summary) fn goal_update(
    messages: &[Message],
    customer: &[usize],
    goal: &str,
    from: usize,
) -> Option<String> {
    let goal_words = content_words(goal);
    let mut update = None;
    for &i in customer.iter().filter(|&&i| i > from) {
        for sentence in sentences(&messages[i].text) {
            let cleaned = strip_greeting(sentence);
            if words(cleaned) < 4 || (cleaned.ends_with('?') && is_small_talk(cleaned)) {
                continue;
            }
            let lower = cleaned.to_lowercase();
            let restates = || {
                matches!(request(cleaned), Request::Clear | Request::Weak)
                    && content_words(cleaned)
                        .iter()
                        .filter(|w| goal_words.iter().any(|g| same_word(g, w)))
                        .count()
                        >= 2
                    && !ADDITIONS.iter().any(|a| contains_words(&lower, a))
                    && !specifics(cleaned, &goal_words).is_empty()
            };
            // "I meant" corrects; "I meant to let you know" does not.
            let says = CHANGE_MARKERS.iter().any(|m| {
                contains_words(&lower, m)
                    && !(*m == "i meant" && contains_words(&lower, "i meant to"))
            });
            if says
                || changes_a_part(cleaned, &goal_words)
                || corrects_with(cleaned, &goal_words)
                || restates()
            {
                let text = clip(&capitalise(cleaned), 160);
                if text != goal {
                    update = Some(text);
                }
            }
        }
    }
    update
}

/// The words of `text` (letters, digits and apostrophes), as written.
fn split_words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '\u{2019}')
        .filter(|w| !w.is_empty())
}

/// Whether a clause of `sentence` changes a part of a request: "change the" or "change
/// my" followed, up to the new value ("to", "from") or the clause's end ("and", "or",
/// "but", "if", "so"), by [`ATTRIBUTES`], numbers, names, words of the goal's
/// (`goal_words`) and little words ("of my", "please"); or "a different" followed by an
/// attribute, a word of the goal's or "one".
fn changes_a_part(sentence: &str, goal_words: &[String]) -> bool {
    const LITTLE: &[&str] = &[
        "a", "an", "the", "my", "our", "its", "of", "for", "on", "at", "in",
    ];
    const ENDS: &[&str] = &["to", "from", "and", "or", "but", "if", "so"];
    let is = |w: &str, list: &[&str]| list.iter().any(|l| w.eq_ignore_ascii_case(l));
    let of_the_goal = |w: &str| {
        let lower = w.to_lowercase();
        ATTRIBUTES.contains(&lower.as_str()) || goal_words.iter().any(|g| same_word(g, &lower))
    };
    sentence.split([',', ';', ':', '(', ')']).any(|clause| {
        let words: Vec<&str> = split_words(clause).collect();
        (0..words.len().saturating_sub(2)).any(|i| {
            let (first, second, rest) = (words[i], words[i + 1], &words[i + 2..]);
            if first.eq_ignore_ascii_case("a") && second.eq_ignore_ascii_case("different") {
                return of_the_goal(rest[0]) || rest[0].eq_ignore_ascii_case("one");
            }
            first.eq_ignore_ascii_case("change")
                && is(second, &["the", "my"])
                && rest
                    .iter()
                    .take_while(|w| !is(w, ENDS))
                    .all(|w| is(w, LITTLE) || is(w, COMMON) || specific(w) || of_the_goal(w))
        })
    })
}

/// Whether `sentence` corrects something with a number or a name the goal lacks:
/// "actually" followed by one ("is actually 596", "Actually, I'm closer to Craig and
/// Center"), not "actually" at the end ("right now actually"); or "I mean" with one
/// right after it ("I mean flight 825", "I mean Dr. Alexis").
fn corrects_with(sentence: &str, goal_words: &[String]) -> bool {
    let words: Vec<&str> = split_words(sentence).collect();
    let new = |w: &&str| specific(w) && !goal_words.contains(&w.to_lowercase());
    words.iter().enumerate().any(|(i, w)| {
        if w.eq_ignore_ascii_case("actually") {
            words[i + 1..].iter().any(new)
        } else if w.eq_ignore_ascii_case("mean") && i > 0 && words[i - 1].eq_ignore_ascii_case("i")
        {
            words[i + 1..].iter().take(2).any(new)
        } else {
            false
        }
    })
}

/// Whether two content words (lower case) are one: the same, or the same but for an
/// ending ("hotel", "hotels"; "book", "booking"; not "john", "johnson"), or with the same
/// first six letters ("reserve", "reservation").
fn same_word(a: &str, b: &str) -> bool {
    const ENDINGS: &[&str] = &["s", "es", "ed", "d", "ing", "ings", "er", "ers", "r", "rs"];
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    long.strip_prefix(short)
        .is_some_and(|ending| ending.is_empty() || ENDINGS.contains(&ending))
        || {
            let six = |w: &str| w.char_indices().nth(6).map(|(i, _)| i);
            matches!((six(a), six(b)), (Some(x), Some(y)) if a[..x] == b[..y])
        }
}

/// Whether `word` names something specific: a number ("596", "7th") or a capitalised
/// word ("Hilton"; not "I" nor "I'm").
fn specific(word: &str) -> bool {
    word.chars().any(|c| c.is_ascii_digit()) || (capitalised(word) && !word.starts_with("I'"))
}

/// The words of `text` that name something specific ([`specific`]) after the first,
/// that `known` (lower case) lacks.
fn specifics<'a>(text: &'a str, known: &[String]) -> Vec<&'a str> {
    split_words(text)
        .skip(1)
        .filter(|w| specific(w))
        .filter(|w| !known.contains(&w.to_lowercase()))
        .collect()
}

/// The words of `text` of four letters or more, in lower case, but for [`COMMON`].
fn content_words(text: &str) -> Vec<String> {
    split_words(text)
        .filter(|w| w.chars().count() >= 4)
        .map(str::to_lowercase)
        .filter(|w| !COMMON.contains(&w.as_str()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_and_its_endings_are_one() {
        for (a, b) in [
            ("hotel", "hotels"),
            ("book", "booking"),
            ("ride", "riders"),
            ("reserve", "reservation"),
            ("change", "changed"),
        ] {
            assert!(same_word(a, b) && same_word(b, a), "{a} {b}");
        }
        for (a, b) in [("john", "johnson"), ("wife", "wifey"), ("table", "tablet")] {
            assert!(!same_word(a, b), "{a} {b}");
        }
        // Letters, not bytes: six letters of "réservé" are more than six bytes.
        assert!(same_word("réservé", "réservation"));
        assert!(!same_word("été", "étés\u{301}"));
    }

    #[test]
    fn a_change_of_a_part_names_the_part_or_the_goal() {
        let goal = content_words("I'd like to reserve a room at the Hilton");
        for s in [
            "so I have to change my dates.",
            "Can we change the dates and see if that works?",
            "can you change the day please?",
            "I need to change the destination to the airport",
            "Can we do a different day?",
            "Try a different one.",
            "Can I change the room?",
        ] {
            assert!(changes_a_part(s, &goal), "{s}");
        }
        for s in [
            "Can you change the pick up location on that ride?",
            "I'll like to change the status of my ride",
            "Oh can I change the car to a Tesla?",
            "my friend stayed at a different shadyside.",
            "I think that's a different Assistant",
            "change the",
            "a different",
        ] {
            assert!(!changes_a_part(s, &goal), "{s}");
        }
    }

    #[test]
    fn actually_and_i_mean_correct_with_something_new() {
        let goal = content_words("What can you tell me about the Hilton in the East?");
        for s in [
            "The flight ID is actually 596.",
            "Actually, I'm closer to Craig and Center.",
            "Oh, I mean flight 825.",
            "I mean Dr. Alexis!",
        ] {
            assert!(corrects_with(s, &goal), "{s}");
        }
        for s in [
            "The Center is really hot right now actually.",
            "Actually, the East is so annoying.",
            "I mean, at this point, I don't even feel very hangry.",
            "I expect 67 guests to actually make it.",
            "actually",
            "I mean",
        ] {
            assert!(!corrects_with(s, &goal), "{s}");
        }
    }

    proptest::proptest! {
        /// Any text, letters past ASCII included, is read without a panic: words are
        /// cut at characters, never at bytes.
        #[test]
        fn any_text_is_read_without_a_panic(
            goal in "[a-zA-ZéÅß0-9 ,.?']{0,40}",
            later in "[a-zA-ZéÅß0-9 ,.?'’]{0,60}",
        ) {
            let goal_words = content_words(&goal);
            let _ = changes_a_part(&later, &goal_words);
            let _ = corrects_with(&later, &goal_words);
            for w in split_words(&later) {
                for g in &goal_words {
                    proptest::prop_assert_eq!(same_word(g, &w.to_lowercase()), same_word(&w.to_lowercase(), g));
                }
            }
        }
    }
}
