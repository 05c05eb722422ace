//! Other people's names listed after "names" or "named": a text → the spans of the
//! capitalised names in "my kids' names are Tyler and Jane", "names Tyler and Jane", "a
//! dog named Rex", each name one or two words, the names joined by `,`, "and" or `&`.
//! Takes only capitalised words that may be a name (as after "I'm": [`Cue::Weak`]), so
//! "the names are wrong" and "a file named report.pdf" give none, and none after a
//! thing ("a restaurant named Luca").

use std::sync::LazyLock;

use regex::Regex;

use super::{Cue, name_after};

/// "names", "names are", "names were", "named"; the list follows.
static LISTED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i:(?-u:\b)(?:names(?:\s+(?:are|were))?|named)(?-u:\b))[ \t]*:?[ \t]+")
        .expect("the list pattern is valid")
});

/// What joins two names of a list: ", ", ", and ", " and ", " & ".
static JOIN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\A(?:[ \t]*,[ \t]*(?:(?i:and)[ \t]+|&[ \t]*)?|[ \t]+(?i:and)[ \t]+|[ \t]*&[ \t]*)")
        .expect("the list pattern is valid")
});

/// At most so many names a list: each cue reads a bounded stretch of text.
const MOST: usize = 8;

/// Things that are named, a word or two before "named" or "names" ("a restaurant named
/// Luca", "this great travel blog named Journeys", "the file names are …"): what follows
/// names no one. Not "one" ("the one named John" may be a driver), nor animals: a pet's
/// name may be a password's clue.
const THINGS: &[&str] = &[
    "account",
    "album",
    "app",
    "band",
    "bar",
    "blog",
    "boat",
    "book",
    "brand",
    "business",
    "cafe",
    "café",
    "channel",
    "city",
    "club",
    "company",
    "course",
    "document",
    "event",
    "file",
    "film",
    "folder",
    "game",
    "group",
    "hotel",
    "movie",
    "page",
    "place",
    "plan",
    "podcast",
    "product",
    "program",
    "project",
    "pub",
    "restaurant",
    "road",
    "shop",
    "show",
    "site",
    "song",
    "store",
    "street",
    "team",
    "town",
    "village",
    "website",
];

/// The names listed after each "names" or "named" in `text`, into `out`.
pub(super) fn names(text: &str, out: &mut Vec<(usize, usize, Cue)>) {
    for m in LISTED.find_iter(text) {
        if of_a_thing(&text[..m.start()]) {
            continue;
        }
        let mut at = m.end();
        for _ in 0..MOST {
            let mut words = Vec::new();
            name_after(text, at, Cue::Weak, &mut words);
            let Some(&(_, end, _)) = words.last() else {
                break;
            };
            out.extend(words);
            match JOIN.find(&text[end..]) {
                Some(join) => at = end + join.end(),
                None => break,
            }
        }
    }
}

/// Whether one of the two words that end `before` is one of [`THINGS`] (in any case).
fn of_a_thing(before: &str) -> bool {
    before
        .rsplit(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .take(2)
        .any(|w| THINGS.contains(&w.to_lowercase().as_str()))
}
