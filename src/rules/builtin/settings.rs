//! The settings of the two built-ins that are not lexicons, `repeat` and `shouting`
//! (what a signal's `min_words`, `times`, `min_letters`, … give, and their defaults),
//! and the pleasantries and function words `repeat` does not count. The engine reads
//! them (`engine::matcher`); nothing here matches text.

/// Settings of the `repeat` detector (`min_words`, `min_content_words`, `times` on a
/// signal with `builtin: repeat`); the defaults are what the detector does without them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RepeatSettings {
    /// Distinct words a message needs to count as a repeat on its second sending.
    pub min_words: u32,
    /// Distinct words outside [`REPEAT_STOP_WORDS`] a message needs to count at all.
    pub min_content_words: u32,
    /// A message shorter than `min_words` counts when sent this many times (off: never).
    pub times: Option<u32>,
}

impl Default for RepeatSettings {
    fn default() -> Self {
        RepeatSettings {
            // Shorter messages ("yes", "please proceed", "next question") repeat by the
            // nature of a dialogue, not because the customer is stuck.
            min_words: 4,
            // "okay thanks so much", "yes please": a pleasantry sent twice is manners,
            // not a loop; "Yes, please book it now." or "I have no idea." twice is a
            // customer confirming or answering (all seen in the STAR transcripts, where
            // no true repeat has fewer than two content words).
            min_content_words: 2,
            times: None,
        }
    }
}

/// Settings of the `shouting` detector (`min_letters`, `min_share` on a signal with
/// `builtin: shouting`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ShoutingSettings {
    /// Letters a message needs before its capitals mean anything.
    pub min_letters: u32,
    /// Share of the letters that must be capitals, in (0, 1].
    pub min_share: f64,
}

impl Default for ShoutingSettings {
    fn default() -> Self {
        ShoutingSettings {
            min_letters: 12,
            min_share: 0.7,
        }
    }
}

/// Pleasantries and function words: a message made only of these ("okay thanks so much",
/// "yes please", "ok thank you") is not a question asked again, however often it is
/// sent. Written as they normalise (apostrophes dropped: `im`, `thats`).
pub static REPEAT_STOP_WORDS: &[&str] = &[
    // acknowledgements and pleasantries
    "ok", "okay", "okey", "k", "kk", "yes", "yeah", "yep", "yup", "ya", "yea", "no", "nope", "nah",
    "sure", "please", "pls", "plz", "thanks", "thank", "thx", "ty", "cheers", "great", "good",
    "fine", "cool", "nice", "perfect", "awesome", "alright", "right", "hi", "hello", "hey", "bye",
    "goodbye", "sorry", "well", "oh", "ah", "um", "uh", "hmm", "lol", "wow", "much", "very", "so",
    "really", "too", "again", "got", "it", // function words
    "i", "im", "me", "my", "we", "our", "us", "you", "your", "a", "an", "the", "and", "or", "but",
    "to", "of", "for", "in", "on", "at", "with", "this", "that", "thats", "its", "is", "are",
    "was", "be", "am", "do", "did", "have", "has", "will", "would", "can", "could", "just", "now",
    "then", "there", "here", "all", "what", "how",
];

#[cfg(test)]
mod tests {
    use super::REPEAT_STOP_WORDS;
    use crate::text::normalize_phrase;
    use std::collections::HashSet;

    #[test]
    fn repeat_stop_words_are_single_normalised_words() {
        let mut seen = HashSet::new();
        for word in REPEAT_STOP_WORDS {
            assert_eq!(normalize_phrase(word), format!(" {word} "), "{word:?}");
            assert!(seen.insert(word), "{word:?} is listed twice");
        }
    }
}
