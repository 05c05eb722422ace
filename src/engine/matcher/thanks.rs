//! Thanks sent again: a customer message's text → whether it is only thanks and the
//! like ("Thanks, that worked perfectly!", "Great, thank you for the quick answer."),
//! which the repeat detector does not count as the customer going in circles however
//! often it is sent (its second exception, beside [`super::asked`]).

/// Words that thank: a message must have one.
const THANKS: &[&str] = &[
    "thanks",
    "thank",
    "thankyou",
    "thx",
    "ty",
    "tysm",
    "cheers",
    "appreciate",
    "appreciated",
];

/// The other words a message of thanks may be made of, written as they are compared
/// (lower case, apostrophes dropped: `thats`, `youve`): pleasantries, function words,
/// and what customers thank for. Anything else — "but", "still", "doesnt", "where",
/// "order", "please" — is a message with something to say, whose repeat may be a loop.
const CLOSING: &[&str] = &[
    // pleasantries
    "ok",
    "okay",
    "okey",
    "k",
    "kk",
    "alright",
    "great",
    "good",
    "nice",
    "cool",
    "awesome",
    "perfect",
    "perfectly",
    "excellent",
    "brilliant",
    "fantastic",
    "wonderful",
    "amazing",
    "super",
    "lovely",
    "yes",
    "yeah",
    "yep",
    "yup",
    "sure",
    "oh",
    "wow",
    "fine",
    "all",
    // function words
    "i",
    "im",
    "ive",
    "me",
    "my",
    "we",
    "you",
    "youve",
    "youre",
    "your",
    "a",
    "an",
    "the",
    "it",
    "its",
    "that",
    "thats",
    "this",
    "was",
    "is",
    "has",
    "have",
    "had",
    "been",
    "so",
    "very",
    "much",
    "really",
    "lot",
    "lots",
    "many",
    "for",
    "of",
    "to",
    "again",
    "too",
    "as",
    "always",
    "kind",
    "now",
    "just",
    // what is thanked for
    "worked",
    "works",
    "working",
    "helped",
    "helpful",
    "help",
    "quick",
    "fast",
    "answer",
    "answers",
    "reply",
    "response",
    "info",
    "information",
    "everything",
    "sorted",
    "fixed",
    "solved",
    "resolved",
    "done",
    "assistance",
    "support",
    "time",
    "patience",
    // goodbyes
    "bye",
    "goodbye",
    "see",
    "later",
    "day",
    "take",
    "care",
];

/// The longest word of [`THANKS`] and [`CLOSING`]: a longer word is neither.
const LONGEST: usize = 11;

/// Whether `text` only thanks, says a pleasantry or takes leave, with at least one word
/// of thanks and no question mark: "Thanks, that worked perfectly!", "ok thank you so
/// much", "Great, thank you for the quick answer.", "Cheers, that's sorted". Sent twice,
/// that is manners, not a customer stuck ("Thanks, but it still doesn't work" and
/// "Thanks, where is my refund" have more to say). Asked only of a repeat found, which
/// is rare: the text is read a word at a time, without a copy.
pub(in crate::engine) fn is_thanks(text: &str) -> bool {
    if text.contains('?') {
        return false;
    }
    let mut thanked = false;
    let mut word = [0u8; LONGEST];
    let mut len = 0;
    // A word ends at anything but a letter, a digit or an apostrophe (`'` or `’`,
    // dropped); a letter past ASCII makes a word that is neither list's.
    let mut known = |word: &[u8]| -> bool {
        if THANKS.iter().any(|t| t.as_bytes() == word) {
            thanked = true;
            true
        } else {
            CLOSING.iter().any(|c| c.as_bytes() == word)
        }
    };
    let mut chars = text.chars();
    loop {
        let c = chars.next();
        match c {
            Some(c) if c.is_ascii_alphanumeric() => {
                if len == LONGEST {
                    return false;
                }
                word[len] = c.to_ascii_lowercase() as u8;
                len += 1;
            }
            Some('\'' | '’') => {}
            Some(c) if c.is_alphanumeric() => return false,
            _ => {
                if len > 0 && !known(&word[..len]) {
                    return false;
                }
                len = 0;
                if c.is_none() {
                    return thanked;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{CLOSING, LONGEST, THANKS, is_thanks};

    #[test]
    fn only_thanks_and_pleasantries_are_thanks() {
        for thanks in [
            "Thanks, that worked perfectly!",
            "Great, thank you for the quick answer.",
            "ok thank you so much",
            "THANK YOU!!!",
            "Cheers, that's sorted",
            "Thank you very much for your help, have a nice day",
            "thx",
            "Much appreciated, thanks again.",
            "Thanks – it’s working now",
        ] {
            assert!(is_thanks(thanks), "{thanks}");
        }
        for more in [
            "Thanks, but it still doesn't work",
            "Thanks, where is my refund",
            "thanks?",
            "Thank you. Can I talk to a person",
            "Please help me",
            "Great, that worked perfectly",
            "Thanks for nothing",
            "Merci beaucoup",
            "thanks, the export failed again",
            "Danke schön",
            "",
        ] {
            assert!(!is_thanks(more), "{more}");
        }
    }

    #[test]
    fn every_word_fits_the_buffer_and_is_written_as_compared() {
        for word in THANKS.iter().chain(CLOSING) {
            assert!(word.len() <= LONGEST, "{word}");
            assert!(
                word.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()),
                "{word}"
            );
        }
    }
}
