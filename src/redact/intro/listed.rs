//! Other people's names listed after "names" or "named": a text → the spans of the
//! capitalised names in "my kids' names are Tyler and Jane", "names Tyler and Jane", "the
//! names on the booking are Tyler and Jane", "a dog named Rex", each name one or two
//! words, the names joined by `,`, "and" or `&`, as many as the list holds (a list ends at
//! its sentence's end: nothing joins across it, or at the word "Names", which is what a
//! list is of, never one of its names). Takes only capitalised words that may be
//! a name (as after "I'm": [`Cue::Weak`]), so "the names are wrong" and "a file named
//! report.pdf" give none, and none after a thing ("a restaurant named Luca", "the names of
//! the files are …").
use std::sync::LazyLock;

use regex::Regex;

use super::{Cue, name_after, rare_or_name};

/// "names", "names are", "names were", "named", and "names" then a few words saying
/// whose before "are", "were" or `:` ("the names on the booking are", "the names of my
/// kids were", "names for the reservation:"; its words are the group); the list follows.
static LISTED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i:(?-u:\b)(?:names\s+((?:on|of|for|in|under)(?:\s+[\p{L}'’]+){1,3}?)(?:\s+(?:are|were)(?-u:\b)|[ \t]*:)|names(?:\s+(?:are|were))?(?-u:\b)|named(?-u:\b)))[ \t]*:?[ \t]+",
    )
    .expect("the list pattern is valid")
});

/// What joins two names of a list: ", ", ", and ", " and ", " & ".
static JOIN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\A(?:[ \t]*,[ \t]*(?:(?i:and)[ \t]+|&[ \t]*)?|[ \t]+(?i:and)[ \t]+|[ \t]*&[ \t]*)")
        .expect("the list pattern is valid")
});

/// Things that are named, a word or two before "named" or "names" ("a restaurant named
/// Luca", "this great travel blog named Journeys", "the file names are …", "the option
/// named Premium", "the bot named Max", "a tier named Gold"): what follows names no one.
/// Not "one" ("the one named John" may be a driver: after it, only a word that is no
/// common English word is taken, [`after_one`]), nor animals: a pet's name may be a
/// password's clue.
const THINGS: &[&str] = &[
    "account",
    "album",
    "app",
    "band",
    "bar",
    "blog",
    "boat",
    "book",
    "bot",
    "brand",
    "business",
    "button",
    "cafe",
    "café",
    "category",
    "channel",
    "chatbot",
    "city",
    "club",
    "column",
    "company",
    "course",
    "device",
    "document",
    "event",
    "feature",
    "field",
    "file",
    "film",
    "folder",
    "game",
    "group",
    "hotel",
    "label",
    "level",
    "menu",
    "mode",
    "model",
    "movie",
    "network",
    "option",
    "package",
    "page",
    "place",
    "plan",
    "playlist",
    "podcast",
    "printer",
    "product",
    "program",
    "project",
    "pub",
    "restaurant",
    "road",
    "server",
    "setting",
    "settings",
    "shop",
    "show",
    "site",
    "song",
    "store",
    "street",
    "subscription",
    "tab",
    "tag",
    "team",
    "template",
    "theme",
    "tier",
    "town",
    "version",
    "village",
    "website",
    "workspace",
];

/// The names listed after each "names" or "named" in `text`, into `out`. Each list is
/// read to its end, which is at the latest where a cue's word stands ("names Al, Names
/// Bo": two lists), and a cue inside a list read already is passed over ("names
/// Al-named Bo"): the text is read once, however many cues it holds.
pub(super) fn names(text: &str, out: &mut Vec<(usize, usize, Cue)>) {
    let mut read = 0;
    for found in LISTED.captures_iter(text) {
        let Some(m) = found.get(0) else {
            continue;
        };
        let whose = found.get(1).map_or("", |whose| whose.as_str());
        if m.start() < read || of_a_thing(&text[..m.start()]) || of_things(whose) {
            continue;
        }
        // "the one named Porch" may be a restaurant, "the one named John" a driver: after
        // "one", a name is one only if it is no common English word, or a name that is
        // also one ("Grace").
        let one = after_one(&text[..m.start()]);
        let mut at = m.end();
        loop {
            let mut words = Vec::new();
            name_after(text, at, Cue::Weak, &mut words);
            // "Names" is what a list is of, never one of its names: where it stands ("names
            // Al, Names Bo", "named Names, Dates and Emails", "named Al names …") the list
            // ends, and a cue of its own starts the next.
            let cue = words.iter().position(|&(s, e, _)| is_cue_word(&text[s..e]));
            if let Some(cue) = cue {
                words.truncate(cue);
            }
            let Some(&(_, end, _)) = words.last() else {
                break;
            };
            if one && !words.iter().all(|&(s, e, _)| rare_or_name(&text[s..e])) {
                break;
            }
            out.extend(words);
            read = end;
            if cue.is_some() {
                break;
            }
            match JOIN.find(&text[end..]) {
                Some(join) => at = end + join.end(),
                None => break,
            }
        }
    }
}

/// Whether the words `whose` after "names" ("of the files", "on the booking") say the
/// names are of things ("of the files", "of the songs"): after "of", a word of them is
/// one of [`THINGS`] or its plural. The booking, the account or the reservation that
/// names are on or for holds people's.
fn of_things(whose: &str) -> bool {
    let mut words = whose.split_whitespace();
    words.next().is_some_and(|of| of.eq_ignore_ascii_case("of"))
        && words.any(|word| is_thing(&word.to_lowercase()))
}

/// Whether the word that ends `before` is "one" or "ones" (in any case).
fn after_one(before: &str) -> bool {
    before
        .rsplit(|c: char| !c.is_alphabetic())
        .find(|w| !w.is_empty())
        .is_some_and(|w| w.eq_ignore_ascii_case("one") || w.eq_ignore_ascii_case("ones"))
}

/// Whether one of the two words that end `before` is one of [`THINGS`] or its plural (in
/// any case): "the columns named …", "two restaurants named …".
fn of_a_thing(before: &str) -> bool {
    before
        .rsplit(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .take(2)
        .any(|w| is_thing(&w.to_lowercase()))
}

/// Whether `lower` (a word in lower case) is one of [`THINGS`] or its plural.
fn is_thing(lower: &str) -> bool {
    THINGS.contains(&lower)
        || lower
            .strip_suffix('s')
            .is_some_and(|one| THINGS.contains(&one))
}

/// Whether `word` is "name", "names" or "named" (in any case): the word of a cue, no name.
fn is_cue_word(word: &str) -> bool {
    ["name", "names", "named"]
        .iter()
        .any(|cue| word.eq_ignore_ascii_case(cue))
}
