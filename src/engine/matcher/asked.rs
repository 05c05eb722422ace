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
    &["what’s", "your"],
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
/// is still a loop. Asked only of the message before a customer's repeat, which is rare
/// on real chats (not in the generated benchmark, whose customers repeat their thanks):
/// the text is read a byte at a time, without a lowercase copy or a list of its words.
pub(super) fn asks_again(bot: &str) -> bool {
    let mut words = Words(bot.as_bytes());
    loop {
        let Some(first) = words.next() else {
            return false;
        };
        // Most words start with another letter than any first word, or are longer.
        let may_start = first.len() <= 8
            && matches!(
                first[0] | 0x20,
                b'c' | b'w' | b'p' | b'k' | b'i' | b'y' | b'm'
            );
        if !may_start {
            continue;
        }
        let Some(&opening) = FIRST
            .iter()
            .find(|f| first.eq_ignore_ascii_case(f.as_bytes()))
        else {
            continue;
        };
        // Only the phrases that start with this word are read on ("you" and "i" open
        // many a bot message, and two of the phrases).
        let rest_of = |phrase: &[&str]| {
            let mut rest = words.clone();
            (phrase[0] == opening
                && phrase[1..].iter().all(|w| {
                    rest.next()
                        .is_some_and(|r| r.eq_ignore_ascii_case(w.as_bytes()))
                }))
            .then_some(rest)
        };
        if ASKS.iter().any(|ask| rest_of(ask).is_some()) {
            return true;
        }
        let verb_after = |opener: &&[&str]| {
            rest_of(opener).is_some_and(|mut rest| {
                (0..=BETWEEN).any(|_| {
                    rest.next()
                        .is_some_and(|w| VERBS.iter().any(|v| w.eq_ignore_ascii_case(v.as_bytes())))
                })
            })
        };
        if OPENERS.iter().any(verb_after) {
            return true;
        }
    }
}

/// The first words of [`OPENERS`] and [`ASKS`]: a word that is none of them starts
/// neither, without a look further.
const FIRST: &[&str] = &[
    "could", "can", "would", "will", "please", "kindly", "i", "you", "may", "what", "what's",
    "what’s", "whats",
];

/// Whether a byte belongs to a word ([`Words`]): one load a byte instead of three
/// tests (a third of `asks_again`'s instructions).
static IN_WORD: [bool; 256] = {
    let mut table = [true; 256];
    let mut c: u8 = 0;
    while c < 0x80 {
        table[c as usize] = c.is_ascii_alphanumeric() || c == b'\'' || c == b'-';
        c += 1;
    }
    table
};

/// The words of a text: runs of ASCII letters and digits, `'`, `-` and anything past
/// ASCII (`’`, letters with accents), as byte slices.
#[derive(Clone)]
pub(super) struct Words<'a>(pub(super) &'a [u8]);

impl<'a> Iterator for Words<'a> {
    type Item = &'a [u8];

    fn next(&mut self) -> Option<&'a [u8]> {
        let in_word = |b: &u8| IN_WORD[usize::from(*b)];
        let start = self.0.iter().position(in_word)?;
        let rest = &self.0[start..];
        let len = rest.iter().position(|b| !in_word(b)).unwrap_or(rest.len());
        let (word, after) = rest.split_at(len);
        self.0 = after;
        Some(word)
    }
}

#[cfg(test)]
mod tests {
    use super::{ASKS, FIRST, OPENERS, asks_again};

    #[test]
    fn every_request_starts_with_a_first_word() {
        for phrase in OPENERS.iter().chain(ASKS) {
            assert!(FIRST.contains(&phrase[0]), "{phrase:?}");
        }
        for first in FIRST {
            assert!(
                first.len() <= 8 && "cwpkiym".contains(&first[..1]),
                "{first}"
            );
        }
    }

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
            "WHAT’S YOUR booking reference",
            "Could you, please, kindly confirm?",
            // Every first word's phrases are read, after words that open none.
            "You need to enter the code we sent.",
            "I see. You can tell me, what's your booking reference?",
            "If you would, may I have your order number?",
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
