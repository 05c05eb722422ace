//! Bot messages that ask the customer to say something again: a bot message's text →
//! whether the customer's answer to it may repeat an earlier message without the
//! conversation going in circles (the repeat detector's exception).

/// Words that open a request to the customer ("could you …", "please …").
const OPENERS: &[&[&str]] = &[
    &["could", "you"],
    &["can", "you"],
    &["would", "you"],
    &["will", "you"],
    &["please"],
    &["kindly"],
    &["i", "need", "you", "to"],
    &["you", "need", "to"],
];

/// What a request asks the customer to do, after its opener ("could you *provide* …",
/// "please *confirm* …").
const VERBS: &[&str] = &[
    "provide", "give", "describe", "tell", "confirm", "verify", "repeat", "restate", "rephrase",
    "resend", "send", "share", "enter", "re-enter", "reenter", "type", "retype", "explain",
    "specify", "clarify", "spell", "say", "write",
];

/// Requests that need no verb after them ("can I have your …", "what is your …").
const ASKS: &[&[&str]] = &[
    &["can", "i", "have"],
    &["could", "i", "have"],
    &["may", "i", "have"],
    &["can", "i", "get"],
    &["could", "i", "get"],
    &["can", "i", "please", "have"],
    &["could", "i", "please", "have"],
    &["may", "i", "please", "have"],
    &["what", "is", "your"],
    &["what's", "your"],
    &["whats", "your"],
    &["what", "was", "your"],
];

/// Words between an opener and its verb at most ("could you *please* *kindly* provide").
const BETWEEN: usize = 2;

/// Whether a bot message asks the customer for something they may have said already:
/// details, a confirmation, or the message again ("Could you provide a detailed fraud
/// report now, please?", "Can you confirm your order number?", "What is your account
/// number?", "Sorry, could you rephrase that?"). An answer that repeats an earlier
/// message then repeats it because it was asked for, not because the conversation goes in
/// circles (the STAR chats star-1156, star-1918 and star-2360: the customer's fraud report
/// asked for again). A bot that starts over ("Hello, how can I help?") or offers more
/// ("Would you like to continue playing?") asks nothing of the kind: a repeat after it
/// is still a loop. Asked only of the message before a customer's repeat, which is rare:
/// it costs the scan of other messages nothing.
pub(super) fn asks_again(bot: &str) -> bool {
    let lower = bot.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’' || c == '-'))
        .filter(|w| !w.is_empty())
        .collect();
    (0..words.len()).any(|i| {
        let rest = &words[i..];
        ASKS.iter().any(|ask| rest.starts_with(ask))
            || OPENERS.iter().any(|opener| {
                rest.starts_with(opener)
                    && rest[opener.len()..]
                        .iter()
                        .take(BETWEEN + 1)
                        .any(|w| VERBS.contains(w))
            })
    })
}

#[cfg(test)]
mod tests {
    use super::asks_again;

    #[test]
    fn a_bot_asking_for_details_again_is_told_from_one_starting_over() {
        for asking in [
            "Could you provide a detailed fraud report now, please?",
            "I am very sorry to hear that.  Can I please have details of the fraud report now?",
            "Can you confirm your order number?",
            "What is your account number?",
            "Sorry, could you rephrase that?",
            "Please re-enter your booking reference.",
            "Could you please tell me the name on the booking?",
            "I need you to describe the problem once more.",
        ] {
            assert!(asks_again(asking), "{asking}");
        }
        for not_asking in [
            "Hello, how can I help?",
            "Would you like to continue playing?",
            "Can I proceed or do you require more detailed instructions?",
            "Is there anything else that I can do for you?",
            "Your report has been successfully submitted.",
            "Please wait while I check.",
            "I can tell you more about our plans.",
            "",
        ] {
            assert!(!asks_again(not_asking), "{not_asking}");
        }
    }
}
