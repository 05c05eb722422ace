//! A remembered name's word inside a known place's name: a text and where the word is →
//! whether it is the place's ("Lucas" of "We fly to Cabo San Lucas" after "I'm Lucas de
//! Souza", which a review found masked, "Cabo San \[name\]"). Tells; the places are
//! `text/places.txt`.
//!
//! A reverted attempt kept the word after any "to", "in", "at" and so leaked surnames
//! shaped as places: "Connect me to Santa Cruz, my daughter" for a customer Juan Santa
//! Cruz, "Ask for San Jose at the desk". So the word is kept only when every one of these
//! holds: the place's words are all capitalised and the name's word is not its first; its
//! first word is no word of the customer's names ("Santa" of a Santa Cruz stays masked,
//! and with it the place); and a word before it says one goes, lives or is there, not
//! that one speaks to someone ([`PLACE_CUES`], or "to" after [`GOING`]: "We fly to",
//! "a trip to"; not "talk to", "connect me to", "give it to"). In doubt, the name is
//! masked.

use super::Names;
use crate::redact::intro::{letters_before, word_after};
use crate::text::capitalised;
use crate::text::places::{LONGEST as LONGEST_PLACE, is_known_place};

impl Names {
    /// Whether the word of these names at `text[start..end]` is a word, not the first,
    /// of a known place's name after a cue for a place (the module's rules).
    pub(super) fn names_a_known_place(&self, text: &str, start: usize, end: usize) -> bool {
        // The words before it, nearest last, and the place's words from each.
        let mut before = Vec::new();
        let mut at = start;
        while before.len() + 1 < LONGEST_PLACE {
            let Some(word) = letters_before(text, at) else {
                break;
            };
            before.insert(0, word);
            at = word.0;
        }
        let mut after = vec![(start, end)];
        while after.len() < LONGEST_PLACE {
            let Some(word) = after.last().and_then(|&(_, e)| word_after(text, e)) else {
                break;
            };
            after.push(word);
        }
        (0..before.len()).any(|from| {
            let (first_start, first_end) = before[from];
            let opening = &before[from..];
            !self.matches(&text[first_start..first_end])
                && after_a_place_cue(text, first_start)
                && (1..=after.len()).any(|to| {
                    let words: Vec<&str> = opening
                        .iter()
                        .chain(&after[..to])
                        .map(|&(s, e)| &text[s..e])
                        .collect();
                    words.iter().all(|w| capitalised(w)) && is_known_place(&words)
                })
        })
    }
}

/// Whether the words right before `at` (each past a single space) say a place follows:
/// one of [`PLACE_CUES`], or "to" after one of [`GOING`].
fn after_a_place_cue(text: &str, at: usize) -> bool {
    let Some((start, end)) = letters_before(text, at) else {
        return false;
    };
    let cue = text[start..end].to_lowercase();
    if PLACE_CUES.binary_search(&cue.as_str()).is_ok() {
        return true;
    }
    cue == "to"
        && letters_before(text, start).is_some_and(|(s, e)| {
            GOING
                .binary_search(&text[s..e].to_lowercase().as_str())
                .is_ok()
        })
}

/// Words right before a place's name that say one is, lives or goes there ("I live in
/// Cabo San Lucas", "flights from", "near"); not "at" nor "to" alone, which are said of a
/// person as often ("ask for San Jose at the desk", "talk to Santa Cruz"). Sorted.
const PLACE_CUES: &[&str] = &["from", "in", "near", "visit", "visited", "visiting"];

/// Words before "to" that say one goes to a place ("We fly to", "a trip to"), not that
/// one speaks or gives to someone. Sorted.
const GOING: &[&str] = &[
    "drive",
    "driving",
    "drove",
    "flew",
    "flight",
    "flights",
    "fly",
    "flying",
    "go",
    "going",
    "headed",
    "heading",
    "move",
    "moved",
    "moving",
    "travel",
    "traveled",
    "traveling",
    "travelled",
    "travelling",
    "trip",
];

#[cfg(test)]
mod tests {
    #[test]
    fn the_lists_are_sorted() {
        assert!(super::PLACE_CUES.is_sorted());
        assert!(super::GOING.is_sorted());
    }
}
