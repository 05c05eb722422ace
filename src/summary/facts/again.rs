//! Whether a name of one word is a titled name said again ("Morgan" after "Dr.
//! Morgan"), or someone else: the customer giving their own, a relative beside it.

use super::{Fact, FactKind};

/// Whether `fact` is a name of one word that ends a titled name already in `list`, in
/// any ASCII case: "Morgan" after "Dr. Morgan", a person named again by the surname
/// ("Morgan's" too). After a full name without a title ("Mark Taylor") the same word
/// may be another person's first name ("a table for Taylor, my daughter"): kept.
pub(super) fn names_again(list: &[Fact], fact: &Fact) -> bool {
    let bare = |w: &str| {
        let w = w.trim_end_matches(|c: char| !c.is_alphanumeric());
        let w = w
            .strip_suffix("'s")
            .or_else(|| w.strip_suffix("’s"))
            .unwrap_or(w);
        w.to_ascii_lowercase()
    };
    if fact.kind != FactKind::Name || fact.text.contains(char::is_whitespace) {
        return false;
    }
    let surname = bare(&fact.text);
    list.iter().any(|seen| {
        let mut words = seen.text.split_whitespace();
        let titled = words
            .next()
            .is_some_and(|w| crate::summary::sentences::is_title(w.trim_end_matches('.')));
        seen.kind == FactKind::Name && titled && words.last().is_some_and(|w| bare(w) == surname)
    })
}

/// Words for someone close to the customer: a name beside one ("My son Morgan", "for
/// Taylor, my daughter") is that person's, never a titled name said before ("Dr.
/// Morgan": a review found the son lost).
const RELATIVES: &[&str] = &[
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
    let words = |part: &str| -> Vec<String> {
        part.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
            .filter(|w| !w.is_empty())
            .map(|w| {
                let w = w.to_lowercase().replace('’', "'");
                w.strip_suffix("'s")
                    .map_or_else(|| w.clone(), str::to_owned)
            })
            .collect()
    };
    let before = words(text.get(..start).unwrap_or(""));
    let after = words(text.get(end..).unwrap_or(""));
    (before.iter().rev().take(2))
        .chain(after.iter().take(2))
        .any(|w| RELATIVES.contains(&w.as_str()))
}

/// Whether `before`, the words of a message before a name, give that name as the
/// customer's own ("I'm Alexis", "I am", "my name is", "name's", "this is", "call me"):
/// never someone named before, whatever the name.
pub(super) fn introduces_self(before: &str) -> bool {
    let lower = before.to_lowercase().replace('’', "'");
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
