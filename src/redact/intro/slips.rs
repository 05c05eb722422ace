//! Names typed with a slip of punctuation inside ("Al;exis", "lee/smith") and
//! possessives ("Smith's"): a text and where a word ends or starts → where the name it is
//! a part of ends or starts; a word → its stem. Tells; what a name is is `words.rs`'s.

use super::words::word_at;
use crate::redact::mask_start;
use crate::redact::names::is_only_a_word;
use crate::text::is_combining_mark;

/// `word` without its possessive "'s" ("Smith's", "O'BRIEN'S", "brown’s"), in either
/// case; `None` when it has none, or is nothing else.
pub(in crate::redact) fn possessive_stem(word: &str) -> Option<&str> {
    ["'s", "\u{2019}s", "'S", "\u{2019}S"]
        .iter()
        .find_map(|suffix| word.strip_suffix(suffix))
        .filter(|stem| !stem.is_empty())
}

/// Punctuation a slip of typing puts inside a word, beside a letter's key ("Al;exis",
/// "Jo[hnson", "`Har_per`"), and what also parts two words written without a space
/// ("Lee,thanks", "Lee.Thanks"): inside a name but before one of [`PARTED_FROM_A_NAME`]
/// ("Al,exis", "lee/smith", "Har,per"), and but after a common word ([`glued_start`]:
/// "thanks;Alexis").
const SLIPS: &[char] = &[';', '[', ']', '\\', '=', '`', '_', ',', '.', '/', ':'];

/// Words written after a name and a slip of punctuation without a space ("Lee,thanks",
/// "Lee.Thanks for that", "Lee,please call", "Alexis;thanks") that end no name: after one
/// only these are words of their own. Any other is taken for the rest of the name, a
/// common word too: "Har,per" is "Harper", "Jas.per" "Jasper" (a word shown where it was
/// one costs less than a name's part shown). Sorted, for a binary search.
const PARTED_FROM_A_NAME: &[&str] = &[
    "bye", "cheers", "please", "pls", "plz", "regards", "sorry", "thank", "thanks", "thx",
];

/// Whether the text `rest` starts with one of [`PARTED_FROM_A_NAME`], in any case
/// ("thanks", "Please call"): a word of its own after a name and a slip.
pub(in crate::redact) fn starts_parted_from_a_name(rest: &str) -> bool {
    let word: String = rest
        .chars()
        .take_while(|c| c.is_alphabetic())
        .flat_map(char::to_lowercase)
        .collect();
    PARTED_FROM_A_NAME.binary_search(&word.as_str()).is_ok()
}

/// Whether `c` is punctuation a slip of typing may put inside a name ([`glued_end`]):
/// the name's words are what it parts.
pub(in crate::redact) fn slips_inside(c: char) -> bool {
    // Letters first out: this runs for each character of every name introduced.
    c.is_ascii_punctuation() && SLIPS.contains(&c)
}

/// Where the word ending at `end` ends with the letters a slip of punctuation glued to
/// it ("Al;exis": ";exis", "Al,exis": ",exis"), past each such fragment; `end` if none.
/// A typo'd name is masked whole: its part after the slip is as much the name's.
pub(in crate::redact) fn glued_end(text: &str, end: usize) -> usize {
    let mut end = end;
    loop {
        let mut rest = text[end..].chars();
        let (Some(c), Some(next)) = (rest.next(), rest.next()) else {
            return end;
        };
        if !(slips_inside(c) && next.is_alphabetic()) {
            return end;
        }
        let Some((_, fragment_end)) = word_at(text, end + c.len_utf8()) else {
            return end;
        };
        // A possessive ends the name, its "'s" kept ("Dr Al;exis's nurse").
        let from = end + c.len_utf8();
        let stem = possessive_stem(&text[from..fragment_end]);
        let fragment = stem
            .unwrap_or(&text[from..fragment_end])
            .to_lowercase()
            .replace('\u{2019}', "'");
        // "Dr.Smith/Dr.Jones": a title after the slip opens another name.
        if PARTED_FROM_A_NAME.binary_search(&fragment.as_str()).is_ok()
            || super::is_title_word(&fragment)
            || super::is_word_title(&fragment)
        {
            return end;
        }
        if let Some(stem) = stem {
            return from + stem.len();
        }
        end = fragment_end;
    }
}

/// Where the word starting at `start` starts with the letters a slip of punctuation glued
/// before it ("al;exis": "al;"), past each such fragment; `start` if none. As
/// [`glued_end`], backwards.
fn glued_start(text: &str, start: usize) -> usize {
    let mut start = start;
    loop {
        let mut before = text[..start].chars().rev();
        let (Some(c), Some(prev)) = (before.next(), before.next()) else {
            return start;
        };
        if !(slips_inside(c) && prev.is_alphabetic()) {
            return start;
        }
        let mark = start - c.len_utf8();
        // Letters of one kind: a script without spaces before a Latin word is no part
        // of it ("日本Dr.Smith": "Dr").
        let cased = |ch: char| ch.is_lowercase() || ch.is_uppercase();
        let fragment_start = text[..mark]
            .char_indices()
            .rev()
            .take_while(|&(_, ch)| {
                (ch.is_alphabetic() && cased(ch) == cased(prev)) || is_combining_mark(ch)
            })
            .last()
            .map_or(mark, |(i, _)| i);
        let fragment = text[fragment_start..mark].to_lowercase();
        // "thanks;alexis" after "my name is Alexis": a common word before a name is a
        // word of its own, whatever the slip.
        // "Sgt.Murphy": a title before the slip is no part of the name either.
        if is_only_a_word(&fragment)
            || super::is_title_word(&fragment)
            || super::is_word_title(&fragment)
        {
            return start;
        }
        start = fragment_start;
    }
}

/// `spans` (in order, apart: the words of the names in `text`) each grown over what a
/// slip of punctuation glued to it, before or after ("al;exis" where "exis" is a word of
/// the names), and made one with those it then overlaps.
pub(in crate::redact) fn glued_whole(text: &str, spans: &mut Vec<(usize, usize)>) {
    let mut out: Vec<(usize, usize)> = Vec::with_capacity(spans.len());
    // A bracket of a mask is no slip: "cardno[card]" masked again keeps its "[card]".
    let of_a_mask = |a: usize, b: usize| {
        text[a..b].char_indices().any(|(i, c)| {
            matches!(c, '[' | ']')
                && (mask_start(text, a + i).is_some() || mask_start(text, a + i + 1).is_some())
        })
    };
    for &(start, end) in spans.iter() {
        let glued = glued_start(text, start);
        let start = if of_a_mask(glued, start) {
            start
        } else {
            glued
        };
        let glued = glued_end(text, end);
        let end = if of_a_mask(end, glued) { end } else { glued };
        match out.last_mut() {
            Some(last) if start < last.1 => last.1 = last.1.max(end),
            _ => out.push((start, end)),
        }
    }
    *spans = out;
}
