//! Bot messages told once: a bot message's text → its words' hashes, whether it asks
//! for something and its question ([`Question`]), kept for the next time the bot sends
//! the same text. Bots send
//! templates: of the 27,052 bot messages of the STAR chats, 6,324 are distinct, and a
//! replay compares each one with the message before it.

use super::asks_for_something;
use super::contractions::expand;
use super::question::{Question, question};
use crate::engine::matcher::repeat::word_set;
use crate::text::Normalized;

/// Slots of the memo: a power of two. Each holds one text, its word hashes and whether
/// it asks: a few hundred bytes for a sentence, at most [`LONGEST`] and its hashes.
const SLOTS: usize = 1024;

/// The longest text the memo keeps in its slots: templates are a few sentences, and a
/// thread's memo stays under a few megabytes whatever the bot writes. A longer text is
/// told in a slot of its own, kept only until the next long one.
const LONGEST: usize = 1024;

/// What is known of one bot message.
#[derive(Debug, Default)]
struct Told {
    text: String,
    /// Its distinct words' hashes, sorted ([`word_set`]), contractions expanded
    /// ([`expand`]): the words it is compared by.
    words: Vec<u64>,
    /// Whether it asks for something ([`asks_for_something`]), once asked.
    asks: Option<bool>,
    /// Its question ([`question`]), once `questioned`.
    question: Question,
    questioned: bool,
}

/// Bot messages by text, direct-mapped: a text has one slot (by its hash), and a text
/// that falls in a taken slot takes it over. A lookup is a hash of the text and one
/// comparison; a miss costs what telling the message costs anyway.
#[derive(Debug, Default)]
pub(super) struct BotMemo {
    slots: Vec<Told>,
    /// The last text longer than [`LONGEST`].
    long: Told,
}

impl BotMemo {
    /// `text`'s distinct words' hashes, sorted, as [`word_set`] gives them, contractions
    /// expanded ([`expand`]: "what's" is "what is").
    pub(super) fn words(&mut self, text: &str, normalized: &mut Normalized) -> &[u64] {
        &self.told(text, normalized).words
    }

    /// Whether `text` asks for something ([`asks_for_something`]).
    pub(super) fn asks(&mut self, text: &str, normalized: &mut Normalized) -> bool {
        let told = self.told(text, normalized);
        *told
            .asks
            .get_or_insert_with(|| asks_for_something(&told.text))
    }

    /// `text`'s question ([`question`]): no words when it asks nothing.
    pub(super) fn question(&mut self, text: &str, normalized: &mut Normalized) -> &Question {
        let Told {
            text: told,
            question: asked,
            questioned,
            ..
        } = self.told(text, normalized);
        if !*questioned {
            question(told, normalized, asked);
            *questioned = true;
        }
        asked
    }

    /// The slot of `text`, told: its words hashed when it is new there.
    fn told(&mut self, text: &str, normalized: &mut Normalized) -> &mut Told {
        if self.slots.is_empty() {
            self.slots.resize_with(SLOTS, Told::default);
        }
        let told = if text.len() > LONGEST {
            &mut self.long
        } else {
            &mut self.slots[slot(text.as_bytes())]
        };
        // An empty slot's text is "" and its words none: right for an empty message too.
        if told.text != text {
            told.text.clear();
            told.text.push_str(text);
            word_set(text, normalized, &mut told.words);
            expand(&mut told.words);
            told.asks = None;
            told.questioned = false;
        }
        told
    }
}

/// The slot of a text: a multiplicative hash of its bytes, eight at a time (a byte at a
/// time, as FNV goes, costs several times the instructions on a sentence), its top bits.
fn slot(bytes: &[u8]) -> usize {
    const K: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut hash = bytes.len() as u64;
    let mut chunks = bytes.chunks_exact(8);
    for chunk in &mut chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        hash = (hash.rotate_left(5) ^ u64::from_le_bytes(word)).wrapping_mul(K);
    }
    let mut tail = [0u8; 8];
    tail[..chunks.remainder().len()].copy_from_slice(chunks.remainder());
    hash = (hash.rotate_left(5) ^ u64::from_le_bytes(tail)).wrapping_mul(K);
    // The top bits of the hash, fewer than a usize holds: no truncation.
    usize::try_from(hash >> (64 - SLOTS.trailing_zeros())).unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::{BotMemo, SLOTS, slot};
    use crate::engine::matcher::reasked::asks_for_something;
    use crate::engine::matcher::reasked::contractions::expand;
    use crate::engine::matcher::reasked::question::{Question, question};
    use crate::engine::matcher::repeat::word_set;
    use crate::text::Normalized;

    /// What the memo gives is what telling the message gives, the first time and every
    /// time after, whatever else took a slot between.
    #[test]
    fn a_text_told_again_is_told_the_same() {
        let texts: Vec<String> = [
            "Could you provide your date of birth, please?",
            "Sorry, I didn't catch that. What's your date of birth?",
            "Is there anything else that I can do for you?",
            "Quel est votre numéro de compte ?",
            "",
            "Please enter the code.",
        ]
        .iter()
        .map(ToString::to_string)
        // More texts than slots: some share one and take it from each other.
        .chain((0..2 * SLOTS).map(|i| format!("What is the name of passenger {i}?")))
        .collect();
        let mut memo = BotMemo::default();
        let mut normalized = Normalized::default();
        for _ in 0..2 {
            for text in &texts {
                let mut expected = Vec::new();
                word_set(text, &mut Normalized::default(), &mut expected);
                expand(&mut expected);
                assert_eq!(memo.words(text, &mut normalized), &expected[..], "{text:?}");
                assert_eq!(
                    memo.asks(text, &mut normalized),
                    asks_for_something(text),
                    "{text:?}"
                );
                let mut asked = Question::default();
                question(text, &mut Normalized::default(), &mut asked);
                assert_eq!(memo.question(text, &mut normalized), &asked, "{text:?}");
            }
        }
    }

    /// A long text is told as a short one is, and never kept in a slot: the memo's size
    /// does not follow the longest messages.
    #[test]
    fn a_long_text_is_told_but_not_kept_in_a_slot() {
        let long = "Please enter the code we sent you. ".repeat(40);
        let other = format!("{long} Thank you.");
        let mut memo = BotMemo::default();
        let mut normalized = Normalized::default();
        for text in [&long, &other, &long] {
            let mut expected = Vec::new();
            word_set(text, &mut Normalized::default(), &mut expected);
            expand(&mut expected);
            assert_eq!(memo.words(text, &mut normalized), &expected[..]);
            assert_eq!(memo.asks(text, &mut normalized), asks_for_something(text));
        }
        assert!(
            memo.slots
                .iter()
                .all(|told| told.text.len() <= super::LONGEST)
        );
        assert_eq!(memo.long.text, long);
    }

    #[test]
    fn slots_spread_and_stay_in_range() {
        let mut used = vec![false; SLOTS];
        for i in 0..SLOTS {
            let s = slot(format!("Message number {i}.").as_bytes());
            assert!(s < SLOTS);
            used[s] = true;
        }
        // A direct-mapped memo of templates works only when near texts spread: over half
        // the slots taken by as many texts differing in a digit or two.
        assert!(used.iter().filter(|&&u| u).count() > SLOTS / 2);
        assert!(slot(b"") < SLOTS);
    }
}
