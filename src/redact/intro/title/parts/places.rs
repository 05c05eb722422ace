//! The words that end a place's name after a title and a name's word: the words found
//! after a title → whether they name a place, not someone ("Lord Howe Island", "Lady Lake
//! Florida", "Sister Bay", "Sra Cafe"). Tells; which words are a name is `parts.rs`'s.

use super::super::super::words::{is_place_end, word_after};
use super::super::super::{Cue, capitalised};
use super::one_of;

/// Words that end a place's name after a name's word, capitalised ("Lord Howe Island",
/// "Father Ryan High School", "Lady Lake Florida"): a place named after someone, no one
/// to mask. Sorted; US states that are no first name ("Georgia", "Virginia" are).
const PLACE_NOUNS: &[&str] = &[
    "academy",
    "alabama",
    "alaska",
    "arizona",
    "arkansas",
    "bay",
    "beach",
    "california",
    "college",
    "colorado",
    "connecticut",
    "county",
    "creek",
    "delaware",
    "falls",
    "florida",
    "harbor",
    "harbour",
    "hawaii",
    "heights",
    "high",
    "idaho",
    "illinois",
    "iowa",
    "island",
    "islands",
    "isle",
    "kansas",
    "kentucky",
    "lake",
    "louisiana",
    "maryland",
    "massachusetts",
    "michigan",
    "minnesota",
    "mississippi",
    "missouri",
    "nebraska",
    "nevada",
    "ohio",
    "oklahoma",
    "oregon",
    "pennsylvania",
    "school",
    "springs",
    "tennessee",
    "texas",
    "university",
    "utah",
    "valley",
    "vermont",
    "wisconsin",
    "wyoming",
];

/// Words for land and water that, alone after a title that is a word too, name a place
/// ("Sister Bay", "Lady Lake"): no surname after "Sister" or "Lady" (after "Dr", "Dr
/// Lake" may be one, and stays masked). Sorted.
const GEOGRAPHY: &[&str] = &[
    "bay", "beach", "creek", "falls", "harbor", "harbour", "heights", "island", "isle", "lake",
    "springs", "valley",
];

/// Whether the words found after a title, `found`, name a place: a word of
/// [`PLACE_NOUNS`] after the first or right after them ("Lord Howe Island", "Lady Lake
/// Florida", "Father Ryan High School"), one of [`GEOGRAPHY`] alone after a title that is
/// a word too (`word_title`: "Sister Bay"), or a place's end alone ("Sra Cafe").
pub(in crate::redact::intro::title) fn a_place(
    text: &str,
    found: &[(usize, usize, Cue)],
    word_title: bool,
) -> bool {
    let words: Vec<&str> = found
        .iter()
        .filter(|&&(_, _, cue)| cue != Cue::Part)
        .map(|&(s, e, _)| &text[s..e])
        .collect();
    let Some((&first, rest)) = words.split_first() else {
        return false;
    };
    let last_end = found.iter().map(|&(_, e, _)| e).max().unwrap_or(0);
    let after = word_after(text, last_end)
        .map(|(s, e)| &text[s..e])
        .filter(|word| capitalised(word));
    rest.iter()
        .chain(after.as_ref())
        .any(|word| one_of(PLACE_NOUNS, word))
        || (rest.is_empty() && word_title && one_of(GEOGRAPHY, first))
        || (rest.is_empty() && is_place_end(first))
}

/// Whether `word` (in any case) is one of [`PLACE_NOUNS`]: no third word of a name after
/// a title ("Judge Ruth Bader Florida").
pub(super) fn place_noun(word: &str) -> bool {
    one_of(PLACE_NOUNS, word)
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_lists_are_sorted() {
        assert!(super::PLACE_NOUNS.is_sorted());
        assert!(super::GEOGRAPHY.is_sorted());
    }
}
