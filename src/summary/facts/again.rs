//! Whether a name of one word is a titled name said again ("Morgan" after "Dr.
//! Morgan"), or someone else: the customer giving their own, a relative beside it.

use std::collections::HashSet;

use super::{Fact, FactKind};

/// Whether `fact` is a name of one word that ends a titled name already among the facts
/// (`titled`: their surnames, [`titled_surname`]), in any ASCII case: "Morgan" after "Dr.
/// Morgan", a person named again by the surname ("Morgan's" too). After a full name
/// without a title ("Mark Taylor") the same word may be another person's first name ("a
/// table for Taylor, my daughter"): kept.
pub(super) fn names_again(titled: &HashSet<String>, fact: &Fact) -> bool {
    fact.kind == FactKind::Name
        && !fact.text.contains(char::is_whitespace)
        && titled.contains(&bare(&fact.text))
}

/// The surname that ends `fact` when it is a titled name ("Dr. Morgan" → "morgan"), in
/// ASCII lower case: what a name of one word said later is checked against
/// ([`names_again`]). Kept in a set as the facts are found, so that each name is checked
/// once, not against every fact before it.
pub(super) fn titled_surname(fact: &Fact) -> Option<String> {
    if fact.kind != FactKind::Name {
        return None;
    }
    let mut words = fact.text.split_whitespace();
    let titled = words
        .next()
        .is_some_and(|w| crate::summary::sentences::is_title(w.trim_end_matches('.')));
    if !titled {
        return None;
    }
    words.last().map(bare)
}

/// A word without the punctuation after it and a possessive "'s", in ASCII lower case.
fn bare(w: &str) -> String {
    let w = w.trim_end_matches(|c: char| !c.is_alphanumeric());
    let w = w
        .strip_suffix("'s")
        .or_else(|| w.strip_suffix("’s"))
        .unwrap_or(w);
    w.to_ascii_lowercase()
}

/// Words for someone close to the customer: a name beside one ("My son Morgan", "for
/// Taylor, my daughter") is that person's, never a titled name said before ("Dr.
/// Morgan": a review found the son lost).
pub(super) const RELATIVES: &[&str] = &[
    "son",
    "daughter",
    "wife",
    "husband",
    "brother",
    "sister",
    "mother",
    "father",
    "mom",
    "dad",
    "mum",
    "friend",
    "partner",
    "kid",
    "child",
    "my",
    "our",
    "his",
    "her",
    "boyfriend",
    "girlfriend",
    "fiance",
    "fiancee",
    "grandson",
    "granddaughter",
    "niece",
    "nephew",
    "cousin",
    "aunt",
    "uncle",
    "grandma",
    "grandpa",
    "grandmother",
    "grandfather",
    "baby",
    "boss",
    "colleague",
    "neighbour",
    "neighbor",
];

/// Whether a relation word ([`RELATIVES`]) is among the two words before the name at
/// `start..end` of `text` or the two after it.
pub(super) fn beside_a_relative(text: &str, start: usize, end: usize) -> bool {
    // Only the two words each side are read: however long the message, each name costs
    // the same (a review's list of thousands of names took minutes).
    let before = cue_words(last_words(text.get(..start).unwrap_or(""), 2));
    let after = cue_words(first_words(text.get(end..).unwrap_or(""), 2));
    (before.iter().rev().take(2))
        .chain(after.iter().take(2))
        .any(|w| RELATIVES.contains(&w.as_str()))
}

/// The words of `part`, lowered, without a possessive "'s": where a relation word is
/// looked for ([`beside_a_relative`]).
fn cue_words(part: &str) -> Vec<String> {
    part.split(|c: char| !in_word(c))
        .filter(|w| !w.is_empty())
        .map(|w| {
            let w = w.to_lowercase().replace('’', "'");
            w.strip_suffix("'s")
                .map_or_else(|| w.clone(), str::to_owned)
        })
        .collect()
}

/// Whether `before`, the words of a message before a name, give that name as the
/// customer's own ("I'm Alexis", "I am", "my name is", "name's", "this is", "call me"):
/// never someone named before, whatever the name.
pub(super) fn introduces_self(before: &str) -> bool {
    let lower = last_words(before, 2).to_lowercase().replace('’', "'");
    let words: Vec<&str> = lower
        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .filter(|w| !w.is_empty())
        .collect();
    match words.as_slice() {
        [.., "i'm" | "im" | "name's"] => true,
        [.., a, b] => matches!(
            (*a, *b),
            ("i", "am") | ("name" | "this", "is") | ("call", "me")
        ),
        _ => false,
    }
}

/// A character of a word for the cues around a name: a letter, a digit or an apostrophe.
fn in_word(c: char) -> bool {
    c.is_alphanumeric() || c == '\'' || c == '’'
}

/// The end of `text` from its `n`th word from the last ([`in_word`]), with what follows;
/// all of it when it has fewer. Lower case splits no word in two but may cut one (a
/// dotted "İ"), so what the last words of the whole text are, lowered, the last words of
/// this part are too.
fn last_words(text: &str, n: usize) -> &str {
    let mut words = 0;
    let mut inside = false;
    for (i, c) in text.char_indices().rev() {
        if in_word(c) {
            inside = true;
        } else if inside {
            inside = false;
            words += 1;
            if words == n {
                return &text[i + c.len_utf8()..];
            }
        }
    }
    text
}

/// The start of `text` up to the end of its `n`th word ([`in_word`]); all of it when it
/// has fewer.
fn first_words(text: &str, n: usize) -> &str {
    let mut words = 0;
    let mut inside = false;
    for (i, c) in text.char_indices() {
        if in_word(c) {
            inside = true;
        } else if inside {
            inside = false;
            words += 1;
            if words == n {
                return &text[..i];
            }
        }
    }
    text
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::{
        RELATIVES, beside_a_relative, cue_words, first_words, introduces_self, last_words,
    };

    #[test]
    fn the_words_each_side_are_cut_whole() {
        assert_eq!(last_words("we booked for my son", 2), "my son");
        assert_eq!(last_words("my son, ", 2), "my son, ");
        assert_eq!(last_words("son", 2), "son");
        assert_eq!(last_words("", 2), "");
        assert_eq!(last_words("so I’m ", 1), "I’m ");
        assert_eq!(first_words(", my daughter, and Ana", 2), ", my daughter");
        assert_eq!(first_words("'s wife", 2), "'s wife");
        assert_eq!(first_words("Ünal", 2), "Ünal");
    }

    /// The words before a name as `introduces_self` read them before: the whole text
    /// lowered, then cut into words.
    fn whole_lowered_words(part: &str) -> Vec<String> {
        part.to_lowercase()
            .replace('’', "'")
            .split(|c: char| !(c.is_alphanumeric() || c == '\''))
            .filter(|w| !w.is_empty())
            .map(str::to_owned)
            .collect()
    }

    proptest! {
        /// Reading the words next to a name gives what reading the whole message did,
        /// for texts of cue words, names, apostrophes, letters lower case changes
        /// ("İ", "Σ") and punctuation.
        #[test]
        fn the_words_next_to_a_name_are_the_whole_texts(
            words in prop::collection::vec(
                prop::sample::select(vec![
                    "my", "son", "Son's", "son’s", "I", "am", "I'm", "i’m", "name's",
                    "this", "is", "call", "me", "Ana", "İ", "ΣΑΣ", "x", "'", "’",
                ]),
                0..12,
            ),
            seps in prop::collection::vec(
                prop::sample::select(vec![" ", ", ", ". ", "", "-", " — "]), 12),
            name in 0..12usize,
        ) {
            let mut text = String::new();
            let mut at = None;
            for (i, (w, sep)) in words.iter().zip(&seps).enumerate() {
                if i == name {
                    at = Some((text.len(), text.len() + w.len()));
                }
                text.push_str(w);
                text.push_str(sep);
            }
            let Some((start, end)) = at else { return Ok(()) };
            // Every word of the text each side, as read before only two were.
            let before = cue_words(&text[..start]);
            let after = cue_words(&text[end..]);
            let relative = (before.iter().rev().take(2))
                .chain(after.iter().take(2))
                .any(|w| RELATIVES.contains(&w.as_str()));
            prop_assert_eq!(beside_a_relative(&text, start, end), relative);
            let before = whole_lowered_words(&text[..start]);
            let own = match before.iter().map(String::as_str).collect::<Vec<_>>()[..] {
                [.., "i'm" | "im" | "name's"] => true,
                [.., a, b] => matches!(
                    (a, b),
                    ("i", "am") | ("name" | "this", "is") | ("call", "me")
                ),
                _ => false,
            };
            prop_assert_eq!(introduces_self(&text[..start]), own, "{:?}", &text[..start]);
        }
    }
}
