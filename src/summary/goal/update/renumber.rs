//! A new number where the goal had one: a sentence and the goal → whether the sentence
//! gives another number after the same word ("a seat on 427" → "they are on 519") or
//! after a label ("the ID is 99" after "flight 114"), without the words "actually" or
//! "change" that the other tests of an update need.

use super::split_words;

/// Words that say a number names something ("the ID is 99", "my number was 4471").
const LABELS: &[&str] = &["id", "number", "no", "num", "code", "ref", "reference"];

/// Words before a label that make the number the customer's contact or account details,
/// given beside the request, not a change of it ("My phone number is 5551234", "my
/// account number is 88812").
const DETAILS: &[&str] = &[
    "phone",
    "mobile",
    "cell",
    "telephone",
    "contact",
    "account",
    "card",
    "member",
    "membership",
    "customer",
    "zip",
    "postal",
    "postcode",
    "pin",
    "security",
    "social",
];

/// Words after a number that make it a duration or a count of something else than what
/// the goal numbered ("we will be there for 30 minutes", "waiting on 20 minutes").
const UNITS: &[&str] = &[
    "second", "seconds", "sec", "secs", "minute", "minutes", "min", "mins", "hour", "hours", "hr",
    "hrs", "day", "days", "week", "weeks", "month", "months", "year", "years", "times", "percent",
];

/// A number of two digits or more ("427", "99"; not "7", "5th").
fn number(word: &str) -> bool {
    word.len() >= 2 && word.bytes().all(|b| b.is_ascii_digit())
}

/// The numbers of `goal` ([`number`]), each with the word before it (empty for none):
/// what [`renumbers`] compares with, found once a conversation.
pub(super) fn numbers(goal: &str) -> Vec<(&str, &str)> {
    let mut out = Vec::new();
    let mut before = "";
    for w in split_words(goal) {
        if number(w) {
            out.push((before, w));
        }
        before = w;
    }
    out
}

/// Whether `sentence` gives a number ([`number`]) that the goal lacks, where the goal
/// has one (`goal`: its [`numbers`]): after the word that stands before one of the
/// goal's ("on 427" → "on 519", STAR star-804; "flight 820" → "flight 596"; "for 12
/// people" → "for 14"), or after a label and "is" or "was" ("the ID is 99" after
/// "reserve my flight 114", STAR star-582). Not a number that the goal has, nor one
/// after another word ("I'm in room 12 on 427"), nor a duration ("for 30 minutes",
/// [`UNITS`]), nor contact or account details ("my phone number is 5551234",
/// [`DETAILS`]).
pub(super) fn renumbers(sentence: &str, goal: &[(&str, &str)]) -> bool {
    if goal.is_empty() {
        return false;
    }
    let (mut before, mut label, mut whose) = ("", "", "");
    let mut words = split_words(sentence).peekable();
    while let Some(w) = words.next() {
        if number(w) && goal.iter().all(|&(_, n)| n != w) {
            let is = |list: &[&str], word: &str| list.iter().any(|l| word.eq_ignore_ascii_case(l));
            let duration = words.peek().is_some_and(|after| is(UNITS, after));
            let same_word = goal
                .iter()
                .any(|&(b, _)| !b.is_empty() && b.eq_ignore_ascii_case(before));
            let labelled = is(&["is", "was"], before) && is(LABELS, label) && !is(DETAILS, whose);
            if !duration && (same_word || labelled) {
                return true;
            }
        }
        (whose, label, before) = (label, before, w);
    }
    false
}

#[cfg(test)]
mod tests {
    use super::{numbers, renumbers};

    #[test]
    fn a_new_number_after_the_same_word_or_a_label() {
        for (sentence, goal) in [
            (
                "My buddy says the hot flight attendants are on 519 anyway.",
                "Yo, I need a seat on 427 asap",
            ),
            ("Damn you the ID is 99", "Reserve my flight 114"),
            ("Make it flight 596", "I need to reserve Flight 820."),
            ("Make it for 14 then", "A table for 12 people"),
        ] {
            assert!(renumbers(sentence, &numbers(goal)), "{sentence}");
        }
        for (sentence, goal) in [
            ("I'm in room 12 on 427", "I need a seat on 427"),
            ("My phone is 5551234", "I need a seat on 427"),
            ("Flight 596 please", "I need a flight to Paris"),
            ("the ID is 9", "Reserve my flight 114"),
            ("", ""),
            ("on 12", "on"),
            // Details and durations beside the request.
            (
                "My phone number is 5551234.",
                "I need a table for 12 people at Nando's.",
            ),
            (
                "We will be there for 30 minutes.",
                "I need a table for 12 people at Nando's.",
            ),
            (
                "My account number is 88812.",
                "I need to reserve flight 114 to Boston.",
            ),
            (
                "I have been waiting on 20 minutes now.",
                "I need a seat on 427 please",
            ),
        ] {
            assert!(!renumbers(sentence, &numbers(goal)), "{sentence}");
        }
    }
}
