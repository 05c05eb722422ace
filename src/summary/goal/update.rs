//! The goal's update: the customer's messages after the goal → the last sentence that
//! corrects or changes that request ("The flight ID is actually 596", "Can we try
//! Tuesday instead?", "I need to change the dates to June 3 to 24"), or none. Not a
//! sentence that changes the subject ("Can you change the pick up location on that
//! ride?" after a question about medicine), asks for more beside it ("Can you check
//! Chicago too?"), changes a new request made since ("change my driver" after a
//! restaurant and then a ride) or says "actually" or "I mean" in passing. Picks a sentence the
//! customer wrote, as the goal does.

use std::sync::LazyLock;

use crate::transcript::{Message, Role};

use super::super::sentences::{capitalise, clip, sentences, words};
use super::super::small_talk::is_small_talk;
use super::boundaries::Phrases;
use super::correction::{bare_correction, shown};
use super::opening::opens_declining;
use super::{Request, contains_words, request, strip_opening};
use crate::text::capitalised;

mod new_task;
mod renumber;
use new_task::{offers_more_help, opens_a_task};
use renumber::{numbers, renumbers};

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

/// [`CHANGE_MARKERS`], looked for in one pass.
static CHANGES: LazyLock<Phrases> = LazyLock::new(|| Phrases::new(CHANGE_MARKERS));

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

/// [`ADDITIONS`], looked for in one pass.
static MORE: LazyLock<Phrases> = LazyLock::new(|| Phrases::new(ADDITIONS));

/// Words too common to tell two requests apart ("I need", "could you please").
const COMMON: &[&str] = &[
    "need", "want", "would", "like", "could", "please", "help", "with", "that", "this", "have",
    "your", "about", "from", "there", "what", "when", "where", "which", "just", "also", "some",
    "know", "make", "them", "they", "will",
];

/// How the customer changed their request after the goal's message `from`: the last
/// later sentence (up to the escalation), small talk aside, and the index of its
/// message, that
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
/// - gives a new number where the goal had one, after the same word or a label ("they
///   are on 519" after "a seat on 427", "the ID is 99" after "flight 114":
///   [`renumber`]), not beside it ([`ADDITIONS`]);
/// - or restates a request (clear, or with "please") of the same kind with something new
///   (it shares two words of four letters or more with the goal, beyond the commonest,
///   and has a number or a name the goal lacks: "I need to reserve flight 596" after "I
///   need to reserve flight 820"), without asking for it beside the goal ([`ADDITIONS`]:
///   "also", "too", "compare").
///
/// Not once the customer has moved on to a new request: after the bot offered more help
/// ("Is there anything else I can do for you?"), a need to do something else that names
/// nothing of the goal ("I want to check on the status of my ride" after a restaurant,
/// star-5646); a change after that is of the new request, until a message names the
/// goal's words again ("Let's go back to the hotel").
///
/// Extractive, as the goal.
pub(in crate::summary) fn goal_update(
    messages: &[Message],
    customer: &[usize],
    goal: &str,
    from: usize,
) -> Option<(String, usize)> {
    let goal_words = content_words(goal);
    let goal_numbers = numbers(goal);
    let mut update = None;
    // Whether the customer has since asked for something else (star-5646: a ride after a
    // restaurant): a change after that is of the new request, until a message names the
    // goal's again.
    let mut moved_on = false;
    let mut previous = from;
    for &i in customer.iter().filter(|&&i| i > from) {
        let offered = messages[previous + 1..i]
            .iter()
            .any(|m| m.role == Role::Bot && offers_more_help(&m.text));
        previous = i;
        let text = &messages[i].text;
        // Read only when it can matter: most messages come with no offer and no new request.
        let names_the_goal = || {
            content_words(text)
                .iter()
                .any(|w| goal_words.iter().any(|g| same_word(g, w)))
        };
        if moved_on && names_the_goal() {
            moved_on = false;
        }
        // "No, Portugal." right after the bot's question that echoed the request
        // otherwise ("Would you like to go to Spain?") corrects it (a review found it
        // lost): `bare_correction`.
        // Shown as the detail alone, without the marks after it ("Portugal").
        if !moved_on
            && let Some(bot) = i.checked_sub(1).map(|b| &messages[b])
            && bot.role == Role::Bot
            && bot.text.contains('?')
            && let Some(detail) = bare_correction(text, &bot.text, goal)
        {
            let text = clip(&shown(detail), 160);
            if text != goal {
                update = Some((text, i));
            }
            continue;
        }
        for sentence in sentences(text) {
            // Nothing below changes a thing once the customer has moved on, until their
            // next message: the sentence is not read.
            if moved_on {
                break;
            }
            let cleaned = strip_opening(sentence);
            // What follows a declined detail may be short: "No Friday works, Saturday
            // instead".
            let least = if opens_declining(sentence) { 2 } else { 4 };
            if words(cleaned) < least || (cleaned.ends_with('?') && is_small_talk(cleaned)) {
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
                    && !MORE.any_in(&lower, |_| true)
                    && !specifics(cleaned, &goal_words).is_empty()
            };
            // "I meant" corrects; "I meant to let you know" does not.
            let says = || {
                CHANGES.any_in(&lower, |m| {
                    CHANGE_MARKERS[m] != "i meant" || !contains_words(&lower, "i meant to")
                })
            };
            // The words `changes_a_part` and `corrects_with` look for, in the lower-case
            // text first: most sentences have none, and both split the sentence into
            // vectors of words.
            let has = |word: &str| lower.contains(word);
            if says()
                || ((has("change") || has("different")) && changes_a_part(cleaned, &goal_words))
                || ((has("actually") || has("mean")) && corrects_with(cleaned, &goal_words))
                || restates()
                || (renumbers(cleaned, &goal_numbers) && !MORE.any_in(&lower, |_| true))
            {
                let text = clip(&capitalise(cleaned), 160);
                if text != goal {
                    update = Some((text, i));
                }
            } else if offered && opens_a_task(&lower) && !names_the_goal() {
                moved_on = true;
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
pub(super) fn same_word(a: &str, b: &str) -> bool {
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
mod tests;
