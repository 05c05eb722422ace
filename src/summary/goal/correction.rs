//! A "No" that corrects a task done: the customer's reply right after the bot said a
//! task was done, that message and the request it met → whether the reply corrects what
//! was done ("No, I said the 5th, can you change it?" after "Your ride is booked for the
//! 4th") rather than asking for something new ("No, can you also book me a hotel?",
//! "Nope, can you book me a taxi?", "No I need a taxi to the restaurant"). Read by
//! [`super::done`], which keeps the request met as the goal and the correction as its
//! update. When in doubt it says no: the reply is then read as before, a request anew
//! if it makes one, so no request is lost to a correction.

use crate::text::calendar;

use super::super::facts::is_pet_name;
use super::opening::{after_declined_detail, no_is_filler};
use super::update::same_word;
use super::{Request, contains_words, request};
use crate::text::capitalised;

mod bare;
mod words;
pub(super) use bare::{bare_correction, shown};
use words::{ADDITIONS, CLOSINGS, CORRECTING, DECLINES, DETAILS, SAYS_WRONG};

/// Whether `reply` says "No, A not B" or "No, not B, A", B a word of the task done or
/// the request met (`known`, lower case) and A another: "No, savings not checking" says
/// which was meant, and so does "No, Portugal not Spain" after "Your trip to Spain is
/// booked", where "Portugal" is new (a review found it lost), or "No, the 100GB one, not
/// 50GB" (articles and "one" aside). Not where A or B is a word of a correction or a
/// decline ("No, thanks not now").
pub(super) fn swaps_known(reply: &str, known: &str) -> bool {
    let Some(rest) = after_no(reply) else {
        return false;
    };
    let lower = rest.to_lowercase();
    let words: Vec<&str> = split_words(&lower)
        .filter(|w| !matches!(*w, "the" | "a" | "an" | "one" | "ones"))
        .collect();
    let is_known = |w: &str| split_words(known).any(|k| k == w);
    // A word that names what was meant: not one that says no more than "No" does.
    let names = |w: &str| {
        !(CORRECTING.contains(&w)
            || DECLINES.contains(&w)
            || SWAP_FILLERS.contains(&w)
            || is_pet_name(w))
    };
    match words.as_slice() {
        [a, "not", b] | ["not", b, a] => a != b && names(a) && names(b) && is_known(b),
        _ => false,
    }
}

/// Words that say no more than "No" in a reply "A not B" ("No, thanks not now", "No,
/// it's not you"): neither A nor B.
const SWAP_FILLERS: &[&str] = &[
    "now", "yet", "so", "too", "it", "it's", "its", "you", "me", "i", "i'm", "we", "us",
];

/// Whether `reply`, the customer's message right after the bot's message `done` that
/// said a task was done, corrects the request met, `met` (the goal then, with its
/// update if it had one). All of:
///
/// - it opens with a "No" that answers ("No, …", "Nope", "No I …"; not "No one …"),
///   and not one that declines or closes ("No thanks", "No problem", "No, but …",
///   "No, that's all": [`DECLINES`], [`CLOSINGS`]);
/// - it asks for nothing beside what was done ([`ADDITIONS`]: "also", "too",
///   "another") and names no new thing after "a", "an" or "some" ("a taxi" after "Your
///   table is booked"; "a table" after "Your table for two is booked" is the same);
/// - every word of it that says what it is about is in `done` or `met`, or is a word
///   of a correction or of a detail ([`CORRECTING`], [`DETAILS`]): "Can you check the
///   weather for Friday?" after "Booked for Friday" is about the weather. A new
///   number, date or time is the correction; a new name too, but in a request that
///   does not say it corrects ("No, can you book the Hilton?" asks for the Hilton);
/// - and it says it corrects ([`SAYS_WRONG`]: "I said", "I meant", "not right", "the
///   wrong …"), or gives a detail of a kind `done` or `met` has (a number, a date, a
///   time, a name: "No, the 5th" after "… for the 4th"; "No, $300" after "Done, I've
///   transferred the money" met "Move $200 to savings": a terse "Done" names nothing,
///   and a review found such a correction lost).
pub(super) fn corrects(reply: &str, done: &str, met: &str) -> bool {
    let Some(rest) = after_no(reply) else {
        return false;
    };
    let lower = rest.to_lowercase().replace('’', "'");
    let words: Vec<&str> = split_words(&lower).collect();
    if words.first().is_some_and(|w| DECLINES.contains(w))
        || CLOSINGS.iter().any(|c| starts_with_words(&lower, c))
        || ADDITIONS.iter().any(|a| contains_words(&lower, a))
        || confirms_done(&lower, done)
    {
        return false;
    }
    let known: Vec<String> = split_words(&format!("{done} {met}").to_lowercase())
        .map(str::to_owned)
        .collect();
    let is_known = |w: &str| known.iter().any(|k| k == w || same_word(k, w));
    if new_object(&words, &is_known) {
        return false;
    }
    let says_wrong = SAYS_WRONG.iter().any(|s| contains_words(&lower, s));
    let asks = request(rest.trim()) == Request::Clear;
    // The words as written, for the names among them: a capitalised word past the
    // first.
    let written: Vec<&str> = split_words(rest).collect();
    for (i, w) in words.iter().enumerate() {
        let name = i > 0 && written.get(i).is_some_and(|w| capitalised(w));
        let plain = w.chars().count() < 4
            || w.contains('\'')
            || detail(w).is_some()
            || CORRECTING.contains(w)
            || DETAILS.contains(w)
            // "Nah mate, it's 6pm": who the reply calls says no more than "No".
            || is_pet_name(w)
            || is_known(w);
        // A new name corrects where the reply says so or asks nothing ("No, the
        // Hilton"); in a request it may be what is asked for.
        if !plain && !(name && (says_wrong || !asks)) {
            return false;
        }
    }
    says_wrong || same_kind_of_detail(rest, done) || same_kind_of_detail(rest, met)
}

/// Words that say a detail is right ("50GB is right", "7pm is perfect").
const RIGHT: &[&str] = &[
    "right", "correct", "fine", "perfect", "good", "great", "ok", "okay",
];

/// Words of a clause that says a detail is right beside the detail itself.
const RIGHT_FILLERS: &[&str] = &[
    "is", "it's", "its", "that's", "thats", "it", "that", "the", "a", "one", "are", "was",
    "sounds", "looks", "just", "all", "totally", "really", "quite", "actually",
];

/// Whether `lower` (a reply after its "No", lower case) ends with a clause that says
/// what the bot did is right ("No, not the 100GB, 50GB is right" after "Done, you're
/// now on the 50GB plan"): one that ends with a word of [`RIGHT`], negates nothing,
/// and names nothing but what `done` said. "No, the 5th is right" after "… for the
/// 4th" names a new date: a correction.
fn confirms_done(lower: &str, done: &str) -> bool {
    let Some(last) = lower
        .split([',', ';', '.', '!', '?', '-', '–', '—'])
        .map(str::trim)
        .rfind(|c| !c.is_empty())
    else {
        return false;
    };
    let words: Vec<&str> = split_words(last).collect();
    let done = done.to_lowercase();
    let is_known = |w: &str| split_words(&done).any(|k| k == w || same_word(k, w));
    words.last().is_some_and(|w| RIGHT.contains(w))
        && !words.iter().any(|w| *w == "not" || w.ends_with("n't"))
        && words
            .iter()
            .all(|w| RIGHT.contains(w) || RIGHT_FILLERS.contains(w) || is_known(w))
}

/// Whether `reply` opens with a "No" that answers ([`after_no`]).
pub(super) fn opens_with_no(reply: &str) -> bool {
    after_no(reply).is_some()
}

/// Whether `reply` is a "No" that declines or closes ("No", "Nope, that's all", "No
/// thanks, …": [`DECLINES`], [`CLOSINGS`]): an answer to "Anything else?", not a word
/// on the task done.
pub(super) fn no_that_closes(reply: &str) -> bool {
    let Some(rest) = after_no(reply) else {
        return false;
    };
    let lower = rest.to_lowercase().replace('’', "'");
    let mut words = split_words(&lower);
    match words.next() {
        None => true,
        Some(first) => {
            DECLINES.contains(&first) || CLOSINGS.iter().any(|c| starts_with_words(&lower, c))
        }
    }
}

/// `reply` after its opening "No" ("No, I said …" → "I said …"; "Nope", "Nah", "No
/// no" alike), if it opens with one that answers: before a mark or at the end, or
/// before a word after which it is the answer word (`no_is_filler`: "No I said …",
/// not "No one told me …").
fn after_no(reply: &str) -> Option<&str> {
    let mut rest = reply.trim_start();
    let mut found = false;
    loop {
        let word_end = rest
            .find(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
            .unwrap_or(rest.len());
        let word = rest[..word_end].to_lowercase();
        let after = &rest[word_end..];
        // "No Friday works, I need …": the clause that declines a detail goes with
        // the "No".
        if word == "no"
            && !no_is_filler(after)
            && let Some(declined) = after_declined_detail(after)
        {
            return Some(declined);
        }
        let answers = match word.as_str() {
            "nope" | "nah" => true,
            "no" => no_is_filler(after),
            _ => false,
        };
        if !answers {
            break;
        }
        found = true;
        rest = after.trim_start_matches(|c: char| {
            c.is_whitespace() || matches!(c, ',' | '.' | '!' | ';' | ':' | '-' | '–' | '—')
        });
    }
    found.then_some(rest)
}

/// The kind of detail `word` (lower case) is, if it is one: a time ("7pm", "7:30",
/// "noon"), a date ("5th", "Tuesday", "tomorrow", "June": the names of
/// `text::calendar`, but "may"), a number ("4").
pub(super) fn detail(word: &str) -> Option<Detail> {
    let digits = word.chars().take_while(char::is_ascii_digit).count();
    let unit = &word[digits..];
    if digits > 0 {
        return Some(match unit {
            "am" | "pm" | "a" | "p" => Detail::Time,
            "st" | "nd" | "rd" | "th" => Detail::Date,
            "" => Detail::Number,
            _ if unit.starts_with(':') => Detail::Time,
            // A quantity with its unit ("100GB", "5kg", "2x"): a number.
            _ if unit.chars().all(char::is_alphabetic) => Detail::Number,
            _ => return None,
        });
    }
    match word {
        "noon" | "midnight" => Some(Detail::Time),
        "today" | "tomorrow" | "tonight" => Some(Detail::Date),
        // The names whole, not in three letters: "sat", "mar", "sun" are words first.
        // Not "may": more often the verb ("No, may I change it?") than the month.
        // In lower case only, as written to this function.
        _ if !word.bytes().any(|b| b.is_ascii_uppercase())
            && (calendar::weekday(word).is_some()
                || (word != "may" && calendar::month(word).is_some())) =>
        {
            Some(Detail::Date)
        }
        _ => None,
    }
}

/// What a detail is: a reply corrects a detail of the same kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Detail {
    Time,
    Date,
    Number,
    Name,
}

/// Whether `reply` gives a detail of a kind `said` (the task done, or the request it
/// met) has: a time, a date, a number or a name (a capitalised word past a sentence's
/// first).
fn same_kind_of_detail(reply: &str, said: &str) -> bool {
    let kinds = |text: &str| -> Vec<Detail> {
        let mut kinds = Vec::new();
        for sentence in super::super::sentences::sentences(text) {
            for (i, w) in split_words(sentence).enumerate() {
                if let Some(d) = detail(&w.to_lowercase()) {
                    kinds.push(d);
                } else if i > 0 && capitalised(w) {
                    kinds.push(Detail::Name);
                }
            }
        }
        kinds
    };
    let said = kinds(said);
    kinds(reply).iter().any(|k| said.contains(k))
}

/// Whether a word after "a", "an" or "some" in `words` names a thing none of the
/// words before the reply know ("No I need a taxi to the restaurant" after "Your table
/// is booked"): the up to two words that follow it, before a little word, numbers and
/// the words of [`DETAILS`] and [`CORRECTING`] aside.
fn new_object(words: &[&str], is_known: &dyn Fn(&str) -> bool) -> bool {
    const STOPS: &[&str] = &[
        "to", "for", "at", "in", "on", "from", "with", "and", "or", "but", "by", "of", "that",
        "please", "instead",
    ];
    words.iter().enumerate().any(|(i, w)| {
        if !matches!(*w, "a" | "an" | "some") {
            return false;
        }
        let named: Vec<&str> = words[i + 1..]
            .iter()
            .take(2)
            .take_while(|w| !STOPS.contains(w))
            .copied()
            .filter(|w| detail(w).is_none() && !DETAILS.contains(w) && !CORRECTING.contains(w))
            .collect();
        !named.is_empty() && !named.iter().any(|w| is_known(w))
    })
}

/// The words of `text`: letters, digits, apostrophes and a time's colon ("7:30").
fn split_words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’' || c == ':'))
        .map(|w| w.trim_matches(':'))
        .filter(|w| !w.is_empty())
}

/// `text` starts with the words `words`, whole.
fn starts_with_words(text: &str, words: &str) -> bool {
    text.starts_with(words)
        && text[words.len()..]
            .chars()
            .next()
            .is_none_or(|c| !c.is_alphanumeric() && c != '\'')
}

#[cfg(test)]
mod tests;
