//! Suggestions the bot offers: a bot message and the customer's reply → whether the reply
//! is one the bot offered, as a button or in words ("You can say 'track order' or 'talk
//! to agent'" → "track order"), which the customer may send again without the
//! conversation going in circles (the repeat detector's exception, beside
//! [`super::asked`]: the bot asked for it).

/// Words of a bot message that offers what to say or pick.
const MARKERS: &[&str] = &[
    "say", "type", "choose", "select", "pick", "option", "options", "reply", "tap", "click",
    "press", "button", "buttons", "try",
];

/// Whether `bot` offers `reply` whole: its words, in order, are words of `bot` in a row,
/// and `bot` says it offers (a word of [`MARKERS`], or a quotation mark other than an
/// apostrophe). A bot that only echoes the customer ("You said: I need to change my
/// address. I can't help with that.") offers nothing. Asked only of the message before a
/// customer's repeat, which is rare.
pub(super) fn offers(bot: &str, reply: &str) -> bool {
    let said = words(reply);
    if said.is_empty() {
        return false;
    }
    let offer = words(bot);
    let marked = bot.contains(['"', '\u{201c}', '\u{201d}', '\u{2018}'])
        || offer.iter().any(|w| MARKERS.contains(&w.as_str()));
    marked && offer.windows(said.len()).any(|w| w == said.as_slice())
}

/// The lower-case words of `text`, apostrophes kept (`’` as `'`) but not around a word
/// (`'track` of `'track order'` is `track`).
fn words(text: &str) -> Vec<String> {
    text.to_lowercase()
        .replace('\u{2019}', "'")
        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .map(|w| w.trim_matches('\''))
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::offers;

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
