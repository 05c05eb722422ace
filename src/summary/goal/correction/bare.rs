//! A bare "No, X." after the bot echoed the request otherwise: the customer's reply, the
//! bot's message before it and the request → the detail X, when the reply corrects one
//! the bot named ("No, Portugal." after "Would you like to go to Spain?", or after "Done,
//! your trip to Spain is booked."). Read by `update` after a bot's question and by
//! `done` after a task done; when in doubt, no correction.

use crate::redact::is_common_english;
use crate::summary::facts::{capitalised, may_be_name};
use crate::summary::sentences::sentences;

use super::{CORRECTING, DECLINES, Detail, after_no, detail, split_words};

/// Words a bare "No, X." may give: a detail, or a name that corrects ("Portugal", "Lucca
/// Bistro"), at most this many.
const MOST: usize = 3;

/// Words before a place's name ("to Spain", "at Roma"): the only names the bot's
/// message is read to echo.
const PLACES: &[&str] = &["to", "in", "at", "from", "near", "into", "via"];

/// The detail of `reply` when it is a bare "No, X." that corrects what the bot's
/// message `bot` named, for the request `known` (the goal, with its update if any):
///
/// - after its "No" it is one to [`MOST`] words, each a detail (a time, a date, a
///   number: `detail`) or a name (a capitalised word that may be one, not a word of a
///   correction or a decline: "No, Thanks." is none), all of one kind; a name has a
///   word that is no common English word ("No, Never.", "No, Human.", "No, Mark." give
///   none: a capital letter alone makes no name);
/// - none of them is in `bot`, which names another of that kind: a detail, or a place
///   (a name after a word of [`PLACES`]: "Would you like to go to Spain?"). Whether a
///   name is a person's or a place's cannot be told reliably, so a name corrects only a
///   place the bot named: "No, Mark." after "Are you John?" corrects nothing, nor is a
///   question about who the customer is a request's detail;
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
    let kind_of = |w: &str| {
        let lower = w.to_lowercase();
        detail(&lower).or_else(|| {
            (capitalised(w)
                && may_be_name(w)
                && !CORRECTING.contains(&lower.as_str())
                && !DECLINES.contains(&lower.as_str()))
            .then_some(Detail::Name)
        })
    };
    let kinds: Vec<Detail> = said.iter().map(|w| kind_of(w)).collect::<Option<_>>()?;
    let kind = kinds[0];
    if kinds.iter().any(|k| *k != kind) {
        return None;
    }
    let said: Vec<String> = said.iter().map(|w| w.to_lowercase()).collect();
    if kind == Detail::Name && said.iter().all(|w| is_common_english(&w.replace('’', "'"))) {
        return None;
    }
    let bot_lower = bot.to_lowercase();
    if split_words(&bot_lower).any(|w| said.iter().any(|s| s == w)) {
        return None;
    }
    // What the bot named of that kind, in lower case: a detail, or a place (a run of
    // capitalised words after a word of `PLACES`).
    let mut named = Vec::new();
    for sentence in sentences(bot) {
        let mut before = String::new();
        let mut place = false;
        for (i, w) in split_words(sentence).enumerate() {
            let lower = w.to_lowercase();
            let k = detail(&lower);
            place = k.is_none()
                && i > 0
                && capitalised(w)
                && (place || PLACES.contains(&before.as_str()));
            if k.or(place.then_some(Detail::Name)) == Some(kind) {
                named.push(lower.clone());
            }
            before = lower;
        }
    }
    if named.is_empty() {
        return None;
    }
    let known = known.to_lowercase();
    let in_known = |w: &str| split_words(&known).any(|k| k == w);
    (named.iter().any(|w| in_known(w)) || said.iter().any(|w| in_known(w))).then_some(rest)
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
                "Portugal.",
            ),
            (
                "No, Portugal.",
                "A trip to Spain, is that right?",
                "Book me a holiday in Spain please.",
                "Portugal.",
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
                "Italy.",
            ),
            (
                "No, 4.",
                "Booking to Spain for 2 people?",
                "Book me a holiday in Spain for 2 people",
                "4.",
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
