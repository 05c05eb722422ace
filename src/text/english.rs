//! Names that are also everyday words, and common English words: a folded word →
//! whether it is a name only where capitalised ([`is_name_word`]), whether it is common
//! English ([`is_common_english`]). Read by redaction and by the summaries alike;
//! redaction's words that stand where a name would without being one are in
//! `redact/names/everyday.rs` and `not_surnames.rs`.

use std::sync::LazyLock;

/// Names that are also everyday words: masked only where capitalised ("Will", "Long",
/// "Brown"), as are words of two letters ("An", "Le") and particles ("van", "de").
/// Sorted, for a binary search.
pub(crate) const COMMON_WORDS: &[&str] = &[
    "al",
    "art",
    "ash",
    "baker",
    "banks",
    "bay",
    "beck",
    "bell",
    "ben",
    "best",
    "bill",
    "bin",
    "bishop",
    "black",
    "bond",
    "booth",
    "brown",
    "burns",
    "bush",
    "cash",
    "chance",
    "chase",
    "christian",
    "church",
    "clay",
    "coach",
    "cook",
    "cross",
    "da",
    "das",
    "dawn",
    "day",
    "de",
    "dean",
    "del",
    "della",
    "den",
    "der",
    "di",
    "dos",
    "drew",
    "du",
    "duke",
    "early",
    "east",
    "el",
    "fair",
    "faith",
    "field",
    "fields",
    "fisher",
    "ford",
    "fox",
    "frank",
    "free",
    "gates",
    "gay",
    "glass",
    "gold",
    "golden",
    "good",
    "grace",
    "gray",
    "green",
    "grey",
    "gross",
    "guy",
    "hale",
    "hall",
    "hardy",
    "hart",
    "hay",
    "head",
    "hill",
    "holiday",
    "hope",
    "house",
    "hunt",
    "hunter",
    "ivy",
    "jack",
    "joy",
    "june",
    "key",
    "king",
    "la",
    "lake",
    "lamb",
    "lane",
    "law",
    "le",
    "light",
    "lily",
    "little",
    "long",
    "lord",
    "love",
    "low",
    "lucky",
    "major",
    "march",
    "mark",
    "marsh",
    "mason",
    "max",
    "may",
    "miles",
    "miller",
    "mills",
    "moody",
    "moon",
    "moss",
    "nash",
    "noble",
    "north",
    "oak",
    "page",
    "park",
    "parker",
    "pat",
    "penny",
    "pike",
    "pool",
    "port",
    "power",
    "price",
    "ray",
    "reed",
    "rice",
    "rich",
    "ring",
    "rivers",
    "robin",
    "rock",
    "rose",
    "rush",
    "sage",
    "salt",
    "sands",
    "savage",
    "sharp",
    "shaw",
    "shepherd",
    "short",
    "silver",
    "skinner",
    "sky",
    "slater",
    "small",
    "smart",
    "snow",
    "south",
    "sparks",
    "spring",
    "star",
    "steel",
    "sterling",
    "stock",
    "stone",
    "storm",
    "strong",
    "sue",
    "summer",
    "sun",
    "swift",
    "taylor",
    "temple",
    "thorn",
    "tower",
    "true",
    "tucker",
    "turner",
    "van",
    "von",
    "walker",
    "wall",
    "ward",
    "warren",
    "waters",
    "weaver",
    "wells",
    "west",
    "white",
    "will",
    "winter",
    "wise",
    "wolf",
    "wood",
    "woods",
    "worth",
    "young",
];

/// Common English words, in lower case ([`is_common_english`]): `common_english.txt`,
/// which says where they come from, without its notes. Sorted, for a binary search.
static COMMON_ENGLISH: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    include_str!("common_english.txt")
        .lines()
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .collect()
});

/// Whether `lower` (a word in lower case, with `'` for its apostrophe) is a common
/// English word ("weather", "card", "don't"), not one that is mostly a name ("susan",
/// "jones", "john"). Names that are also everyday words ("mark", "brown") are both:
/// [`is_name_word`] tells them.
pub(crate) fn is_common_english(lower: &str) -> bool {
    COMMON_ENGLISH.binary_search(&lower).is_ok()
}

/// Whether `lower` (a word in lower case) is a name that is also an everyday word
/// ([`COMMON_WORDS`]: "mark", "brown", "grace").
pub(crate) fn is_name_word(lower: &str) -> bool {
    COMMON_WORDS.binary_search(&lower).is_ok()
}

/// Whether `lower` is a common English word and not also a name ("weather", not
/// "mark"): what a word glued to or standing after a name is taken for.
pub(crate) fn is_only_a_word(lower: &str) -> bool {
    is_common_english(lower) && !is_name_word(lower)
}

/// Trades that are surnames too and that the common English words lack ("the smith at
/// the forge"). Sorted.
pub(crate) const TRADES: &[&str] = &[
    "brewer", "butcher", "cooper", "glover", "knight", "porter", "potter", "smith", "steward",
    "tanner", "thatcher",
];

/// Whether `lower` (a word in lower case) is an everyday word, whether or not a name
/// too: common English, one of [`COMMON_WORDS`] ("mark", "baker") or of [`TRADES`]
/// ("smith"). A name given only after a title that is one is read as the word before a
/// street's ("smith street") or in lower case after "my doctor is Smith" ("the smith
/// at the forge"); one that is none ("okafor") is the person's wherever it stands.
pub(crate) fn is_a_word_too(lower: &str) -> bool {
    is_common_english(lower) || is_name_word(lower) || TRADES.binary_search(&lower).is_ok()
}

#[cfg(test)]
mod tests {
    use super::{COMMON_ENGLISH, COMMON_WORDS, TRADES};

    /// Each list is read with a binary search: sorted, each word once.
    #[test]
    fn the_lists_are_sorted() {
        assert!(COMMON_ENGLISH.len() > 8000);
        for list in [&COMMON_ENGLISH[..], COMMON_WORDS, TRADES] {
            assert!(list.windows(2).all(|pair| pair[0] < pair[1]));
        }
    }
}
