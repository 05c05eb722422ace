//! A bare "No, X." after the bot echoed the request otherwise: the customer's reply, the
//! bot's message before it and the request → the detail X, when the reply corrects one
//! the bot named ("No, Portugal." after "Would you like to go to Spain?", or after "Done,
//! your trip to Spain is booked."). Read by `update` after a bot's question and by
//! `done` after a task done; when in doubt, no correction.

use crate::redact::is_place_end;
use crate::summary::facts::may_be_name;
use crate::summary::sentences::{capitalise, sentences};
use crate::text::capitalised;
use crate::text::english::is_common_english;

use super::{CORRECTING, DECLINES, Detail, after_no, detail, split_words};
use crate::text::places::{LONGEST, is_known_place};

/// Words a bare "No, X." may give: a detail, or a name that corrects ("Portugal", "Lucca
/// Bistro"), at most this many.
const MOST: usize = 3;

/// Words before a place's name ("to Spain", "at Roma"): the only names the bot's
/// message is read to echo, but for known places (`text/places.txt`) and the request's own
/// names.
const PLACES: &[&str] = &["to", "in", "at", "from", "near", "into", "via"];

/// The detail of `reply` when it is a bare "No, X." that corrects what the bot's
/// message `bot` named, for the request `known` (the goal, with its update if any),
/// without the marks after it but a "?" ("No, Portugal." → "Portugal", "No, Portugal?"
/// → "Portugal?"):
///
/// - after its "No" it is one to [`MOST`] words, each a detail (a time, a date, a
///   number: `detail`), or a name, all of one kind. A name is a known place, in any
///   case but for one that is a common English word (`places::is_known_place`: "No,
///   portugal.", "No, China.", "No, New York."), or a capitalised word that may be one,
///   not a word of a correction or a decline ("No, Thanks." is none), with a word that
///   is no common English word ("No, Never.", "No, Human.", "No, Mark." give none: a
///   capital letter alone makes no name). Such a name that is no known place may be a
///   person's ("No, Jones.", "No, Tyler Jones."): it corrects only where it is two or
///   three words with an everyday word, a known place or a word that ends a place's or
///   a business's name among them (`is_place_end`: "Lucca Bistro", "Squirrel Hill",
///   "Paris, Texas"), or the request has it ("Portugal" after "I want a trip to
///   Portugal");
/// - none of them is in `bot`, which names another of that kind: a detail, or a place (a
///   name after a word of [`PLACES`]: "Would you like to go to Spain?"; a known place
///   wherever it stands: "Spain, is that right?", "Your Spain holiday?"; or a
///   capitalised word of the request's past the sentence's first: "Booking Luigi's at
///   7pm?"). Whether a name is a person's or a place's cannot be told reliably, so a
///   name corrects only a place the bot named: "No, Mark." after "Are you John?"
///   corrects nothing, nor is a question about who the customer is a request's detail;
/// - and the bot echoed the request: the thing it named is the request's ("Spain"
///   after "Book me a holiday in Spain"), or the reply's is ("Portugal" after "I want a
///   trip to Portugal").
pub(in crate::summary::goal) fn bare_correction<'a>(
    reply: &'a str,
    bot: &str,
    known: &str,
) -> Option<&'a str> {
    let rest = after_no(reply)?.trim_end();
    let said: Vec<&str> = split_words(rest).collect();
    if said.is_empty() || said.len() > MOST {
        return None;
    }
    let place = is_known_place(&said);
    let kind_of = |w: &str| {
        let lower = w.to_lowercase();
        detail(&lower).or_else(|| {
            (place
                || (capitalised(w)
                    && may_be_name(w)
                    && !CORRECTING.contains(&lower.as_str())
                    && !DECLINES.contains(&lower.as_str())))
            .then_some(Detail::Name)
        })
    };
    let kinds: Vec<Detail> = said.iter().map(|w| kind_of(w)).collect::<Option<_>>()?;
    let kind = kinds[0];
    if kinds.iter().any(|k| *k != kind) {
        return None;
    }
    let written_last = said[said.len() - 1];
    let written = said.clone();
    let said: Vec<String> = said.iter().map(|w| w.to_lowercase()).collect();
    let known = known.to_lowercase();
    let in_known = |w: &str| split_words(&known).any(|k| k == w);
    if kind == Detail::Name && !place {
        let common = |w: &String| is_common_english(&w.replace('’', "'"));
        if said.iter().all(common) && !(said.len() > 1 && is_place_end(written_last)) {
            return None;
        }
        // A word alone may be a person's name ("No, Jones."): a place only known, by
        // the request's saying it; two or three capitalised words correct ("No, Squirrel
        // Hill.", "No, Mexico City.", "No, Lisbon, Portugal.": a review found a list of
        // places lose them) unless they read as a person's ("No, Tyler Jones.": no
        // everyday word, no known place, no word ending a place's name).
        let named_place = said.len() > 1
            && (said.iter().any(common)
                || is_place_end(written_last)
                || written.iter().any(|w| is_known_place(&[w])));
        if !named_place && !said.iter().any(|w| in_known(w)) {
            return None;
        }
    }
    let bot_lower = bot.to_lowercase();
    if split_words(&bot_lower).any(|w| said.iter().any(|s| s == w)) {
        return None;
    }
    let named = named_in(bot, kind, &in_known);
    if named.is_empty() {
        return None;
    }
    // The customer's doubt stays ("No, Portugal?"), other marks go.
    (named.iter().any(|w| in_known(w)) || said.iter().any(|w| in_known(w)))
        .then(|| rest.trim_end_matches(|c: char| !c.is_alphanumeric() && c != '?'))
}

/// The detail of [`bare_correction`] as the update shows it: a known place written in
/// lower case title-cased ("new york" → "New York"), else as written with its first
/// letter capitalised.
pub(in crate::summary::goal) fn shown(detail: &str) -> String {
    let words: Vec<&str> = split_words(detail).collect();
    if words.len() > 1 && is_known_place(&words) && !words.iter().any(|w| capitalised(w)) {
        detail
            .split(' ')
            .map(capitalise)
            .collect::<Vec<_>>()
            .join(" ")
    } else {
        capitalise(detail)
    }
}

/// What the bot's message `bot` named of the `kind`, in lower case: a detail, or a
/// place (a run of capitalised words after a word of [`PLACES`]; a known place anywhere;
/// a capitalised word past its sentence's first that the request has: `in_known`).
fn named_in(bot: &str, kind: Detail, in_known: &dyn Fn(&str) -> bool) -> Vec<String> {
    let mut named = Vec::new();
    for sentence in sentences(bot) {
        let words: Vec<&str> = split_words(sentence).collect();
        let mut before = String::new();
        let mut place = false;
        // How many words of a known place are still to come.
        let mut in_place = 0;
        for (i, w) in words.iter().enumerate() {
            let lower = w.to_lowercase();
            let k = detail(&lower);
            if kind == Detail::Name && in_place == 0 && k.is_none() {
                in_place = (1..=LONGEST)
                    .rev()
                    .find(|&n| i + n <= words.len() && is_known_place(&words[i..i + n]))
                    .unwrap_or(0);
            }
            let known_place = in_place > 0;
            in_place = in_place.saturating_sub(1);
            place = k.is_none()
                && i > 0
                && capitalised(w)
                && (place || PLACES.contains(&before.as_str()));
            let echoed = k.is_none()
                && i > 0
                && capitalised(w)
                && !is_common_english(&lower.replace('’', "'"))
                && in_known(&lower);
            if k.or((place || known_place || echoed).then_some(Detail::Name)) == Some(kind) {
                named.push(lower.clone());
            }
            before = lower;
        }
    }
    named
}

#[cfg(test)]
mod tests {
    use super::bare_correction;

    #[test]
    fn a_bare_no_corrects_a_detail_the_bot_echoed_otherwise() {
        for (reply, bot, known, detail) in [
            (
                "No, Portugal.",
                "Would you like to go to Spain?",
                "I want to book a trip to Portugal.",
                "Portugal",
            ),
            (
                "No, Portugal.",
                "A trip to Spain, is that right?",
                "Book me a holiday in Spain please.",
                "Portugal",
            ),
            (
                "no, 8pm",
                "A table at 7pm, right?",
                "Book a table for 8pm at Lucca.",
                "8pm",
            ),
            (
                "Nope, Lucca Bistro",
                "Done, your table at Roma is booked.",
                "Book me a table at Roma.",
                "Lucca Bistro",
            ),
            (
                "No, Italy.",
                "Booking to Spain?",
                "Book me a holiday in Spain",
                "Italy",
            ),
            (
                "No, 4.",
                "Booking to Spain for 2 people?",
                "Book me a holiday in Spain for 2 people",
                "4",
            ),
        ] {
            assert_eq!(bare_correction(reply, bot, known), Some(detail), "{reply}");
        }
        for (reply, bot, known) in [
            // The bot echoed nothing of the request.
            (
                "No, Mark.",
                "Are you John?",
                "I need a ride to the airport.",
            ),
            // Not of the kind the bot named, or named by the bot.
            (
                "No, Portugal.",
                "Is 7pm right?",
                "Book me a trip to Spain at 7pm.",
            ),
            (
                "No, Spain.",
                "Would you like to go to Spain?",
                "A trip to Spain.",
            ),
            // More than a bare detail, or no detail.
            (
                "No, I want to go to Portugal.",
                "Would you like to go to Spain?",
                "A trip to Portugal.",
            ),
            (
                "No, Thanks.",
                "Would you like to go to Spain?",
                "A trip to Spain.",
            ),
            ("No.", "Would you like to go to Spain?", "A trip to Spain."),
            // Regression: a capitalised everyday word is no name (a review found "No,
            // Never." and "No, Human." taken for corrections).
            (
                "No, Never.",
                "Booking to Spain?",
                "Book me a holiday in Spain",
            ),
            (
                "No, Seriously.",
                "Booking to Spain?",
                "Book me a holiday in Spain",
            ),
            (
                "No, Nothing.",
                "Booking to Spain?",
                "Book me a holiday in Spain",
            ),
            (
                "No, Stop.",
                "Booking to Spain?",
                "Book me a holiday in Spain",
            ),
            (
                "No, Agent.",
                "Booking to Spain?",
                "Book me a holiday in Spain",
            ),
            (
                "No, Human.",
                "Booking Luigi's at 7pm?",
                "Book me a table at Luigi's for 7pm",
            ),
            // Regression: a name corrects a place the bot named, not who the customer
            // is, and "Mark" is an everyday word (a review found "Mark." the update).
            ("No, Mark.", "Are you John?", "Book a table for John at 7pm"),
            (
                "No, Jones.",
                "Are you John?",
                "Book a table for John at 7pm",
            ),
            (
                "No, Mark.",
                "Booking to Spain for 2 people?",
                "Book me a holiday in Spain for 2 people",
            ),
            (
                "Portugal.",
                "Would you like to go to Spain?",
                "A trip to Spain.",
            ),
        ] {
            assert_eq!(bare_correction(reply, bot, known), None, "{reply}");
        }
    }
}
