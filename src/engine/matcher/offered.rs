//! Suggestions the bot offers: a bot message and the customer's reply → whether the reply
//! is one the bot offered, as a button or in words ("You can say 'track order' or 'talk
//! to agent'" → "track order"), which the customer may send again without the
//! conversation going in circles (the repeat detector's exception, beside
//! [`super::asked`]: the bot asked for it).

use super::remark::words;

/// Words of a bot message that offers what to say or pick.
const MARKERS: &[&str] = &[
    "say", "type", "choose", "select", "pick", "option", "options", "reply", "tap", "click",
    "press", "button", "buttons", "try",
];

/// Words of a bot message that fails, apologises or reports an error ("Tracking is
/// unavailable right now. You can say '…' to try again", "Error 500. You can say …",
/// "I didn't get that. You can say …"): its offer is a way out of a failure, and taking
/// it again and again is going in circles.
const FAILS: &[&str] = &[
    "sorry",
    "apologies",
    "apologise",
    "apologize",
    "unfortunately",
    "error",
    "unavailable",
    "unable",
    "cannot",
    "can't",
    "cant",
    "couldn't",
    "didn't",
    "don't",
    "wasn't",
    "failed",
    "fail",
    "problem",
    "again",
    "not",
    "understand",
    "rephrase",
];

/// Whether the customer's `reply` to `bot` is excused as taking the bot's offer: `bot`
/// offers it ([`offers_in`]), `bot` neither fails nor apologises ([`FAILS`]), and the
/// reply was sent once before at most (`earlier`: how many earlier customer messages it
/// nearly equals, asked only when the bot may offer it; the customer's request that the
/// bot then offered back): one excuse per offer, so the same offer sent again and taken
/// again ("You can say 'I want to track my order'" three times) is a loop.
pub(super) fn excuses(bot: &str, reply: &str, earlier: impl FnOnce() -> usize) -> bool {
    // Cheapest first: the lengths, the reply's longest word somewhere in the bot's text,
    // the count, then the bot's words once, for the failure and the offer.
    if bot.len() < reply.trim().len() || !may_offer(bot, reply) || earlier() > 1 {
        return false;
    }
    let offer = words(bot);
    !offer.iter().any(|w| FAILS.contains(&w.as_str())) && offers_in(bot, &offer, reply)
}

/// Whether `bot` may offer `reply`, without taking words: for ASCII texts, the reply's
/// longest word is somewhere in the bot's text, in any case (a word of an offer is one
/// of the bot's words). A replay asks [`excuses`] of every repeat found, and generated
/// ones repeat often: taking the bot's words each time cost 7 % of a replay. Past ASCII
/// (where lower case may change a text's bytes) it says yes, and [`offers_in`] decides.
fn may_offer(bot: &str, reply: &str) -> bool {
    if !bot.is_ascii() || !reply.is_ascii() {
        return true;
    }
    // Bytes, not chars: both texts are ASCII, and the look is asked of every repeat.
    let longest = (reply.as_bytes())
        .split(|&b| !(b.is_ascii_alphanumeric() || b == b'\''))
        .map(unquoted)
        .max_by_key(|w| w.len())
        .unwrap_or_default();
    let Some((&first, rest)) = longest.split_first() else {
        // A reply of no words offers nothing (`offers_in` says so too).
        return false;
    };
    let bot = bot.as_bytes();
    let (lower, upper) = (first.to_ascii_lowercase(), first.to_ascii_uppercase());
    memchr::memchr2_iter(lower, upper, bot).any(|at| {
        bot.get(at + 1..at + longest.len())
            .is_some_and(|w| w.eq_ignore_ascii_case(rest))
    })
}

/// `word` without the apostrophes around it (`'track` of `'track order'` is `track`).
fn unquoted(mut word: &[u8]) -> &[u8] {
    while let [b'\'', rest @ ..] = word {
        word = rest;
    }
    while let [rest @ .., b'\''] = word {
        word = rest;
    }
    word
}

/// [`offers_in`] taking `bot`'s words itself (the tests' form).
#[cfg(test)]
fn offers(bot: &str, reply: &str) -> bool {
    offers_in(bot, &words(bot), reply)
}

/// Whether `bot` (its words `offer`) offers `reply` whole: its words, in order, are words
/// of `bot` in a row, and `bot` says it offers (a word of [`MARKERS`], or a quotation mark other than an
/// apostrophe). A bot that only echoes the customer ("You said: I need to change my
/// address. I can't help with that.") offers nothing. Asked only of the message before a
/// customer's repeat sent once before, whose longest word it holds ([`excuses`] looks
/// at those first: generated replays repeat often, and taking words of every bot
/// message cost 12 % of a replay).
fn offers_in(bot: &str, offer: &[String], reply: &str) -> bool {
    let said = words(reply);
    if said.is_empty() {
        return false;
    }
    let marked = bot.contains(['"', '\u{201c}', '\u{201d}', '\u{2018}'])
        || offer.iter().any(|w| MARKERS.contains(&w.as_str()));
    marked && offer.windows(said.len()).any(|w| w == said.as_slice())
}

#[cfg(test)]
mod tests {
    use super::{excuses, offers};

    #[test]
    fn an_offer_excuses_once_and_never_after_a_failure() {
        let offer = "Your order ships tomorrow. You can say 'I want to track my order'.";
        let reply = "I want to track my order";
        assert!(excuses(offer, reply, || 1));
        assert!(excuses(offer, reply, || 0));
        // The same offer taken a second time (review P4).
        assert!(!excuses(offer, reply, || 2));
        // Review P1, P3 and a fallback's offer.
        for bot in [
            "Tracking is unavailable right now. You can say 'I want to track my order' to try again.",
            "Error 500. You can say 'I want to track my order'.",
            "I didn't get that. You can say 'I want to track my order'.",
            "Sorry, I'm not sure. You can say 'I want to track my order'.",
        ] {
            assert!(!excuses(bot, reply, || 1), "{bot}");
        }
    }

    /// The cheap look first agrees with the whole check: whatever is offered passes it,
    /// and a reply whose longest word the bot never wrote is not offered.
    #[test]
    fn the_longest_word_look_lets_every_offer_through() {
        for (bot, reply) in [
            (
                "You can say 'track order' or 'talk to agent'.",
                "Track order!",
            ),
            ("Tap the button: Talk to an agent", "talk to an agent"),
            ("Say 'REFUND' to get your money back.", "'refund'"),
            (
                "Pick one: “I want to track my order”",
                "I want to track my order",
            ),
        ] {
            assert!(
                super::may_offer(bot, reply) && offers(bot, reply),
                "{reply}"
            );
        }
        assert!(!super::may_offer(
            "I'm sorry, I didn't get that.",
            "I want my refund"
        ));
        assert!(!super::may_offer("You can say 'track order'.", "   "));
    }

    #[test]
    fn a_suggestion_sent_back_is_offered() {
        let bot = "You can say 'track order' or 'talk to agent'.";
        assert!(offers(bot, "track order"));
        assert!(offers(bot, "Track order!"));
        assert!(offers(bot, "talk to agent"));
        assert!(offers(
            "Pick one: “I want to track my order” or “Cancel my order”",
            "I want to track my order"
        ));
        assert!(offers(
            "Tap the button: Talk to an agent",
            "talk to an agent"
        ));
    }

    #[test]
    fn an_echo_or_another_text_is_not_offered() {
        assert!(!offers(
            "You said: I need to change my address. I can't help with that.",
            "I need to change my address"
        ));
        assert!(!offers("You can say 'track order'.", "track my order"));
        assert!(!offers("You can say 'track order'.", "   "));
    }
}
