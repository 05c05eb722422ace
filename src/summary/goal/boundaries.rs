//! Phrases found at word boundaries: a lower-case sentence and a phrase → whether the
//! phrase is in it as whole words, as `str::match_indices` would find it, by a scan of
//! the phrase's first byte (`memchr`); every reader of the goal asks it. And the words
//! those readers split a sentence into ([`lowered`], [`split_words`]), written once.

/// `needle` in `haystack` at word boundaries (both lower case): the leftmost
/// non-overlapping occurrences, as `str::match_indices` finds them, each tried.
pub(super) fn contains_words(haystack: &str, needle: &str) -> bool {
    let at_words = |i: usize| {
        let before = haystack[..i].chars().next_back();
        let after = haystack[i + needle.len()..].chars().next();
        before.is_none_or(|c| !c.is_alphanumeric()) && after.is_none_or(|c| !c.is_alphanumeric())
    };
    let (h, n) = (haystack.as_bytes(), needle.as_bytes());
    let Some(&first) = n.first() else {
        return haystack.match_indices(needle).any(|(i, _)| at_words(i));
    };
    // Candidates by the needle's first byte (memchr), then compared: a summary asks
    // this of every sentence for dozens of markers, and `match_indices` built a
    // two-way searcher for each (436 M of 4,313 M instructions for `--packets`). A
    // first byte of valid UTF-8 starts a character, so every candidate is a boundary.
    let mut from = 0;
    while let Some(pos) = memchr::memchr(first, &h[from..]) {
        let i = from + pos;
        if h[i..].starts_with(n) {
            if at_words(i) {
                return true;
            }
            from = i + n.len();
        } else {
            from = i + 1;
        }
    }
    false
}

/// `text` in lower case with `'` for `’`, as the goal's readers compare words: "I’m"
/// reads as "i'm".
pub(super) fn lowered(text: &str) -> String {
    text.to_lowercase().replace('’', "'")
}

/// The words of `lower` (a sentence in lower case, [`lowered`] or not): the runs of
/// letters, digits and `'` between any other characters, none empty ("i'm", "$500" →
/// "500").
pub(super) fn split_words(lower: &str) -> impl Iterator<Item = &str> {
    lower
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
}

#[cfg(test)]
mod tests {
    use super::{contains_words, lowered, split_words};

    #[test]
    fn words_are_runs_of_letters_digits_and_apostrophes() {
        let lower = lowered("I’m OK -- $500, isn't it?");
        assert_eq!(
            split_words(&lower).collect::<Vec<_>>(),
            ["i'm", "ok", "500", "isn't", "it"]
        );
    }

    /// What `contains_words` did with `match_indices`: its memchr scan must answer the
    /// same, overlapping occurrences and letters past ASCII included.
    fn by_match_indices(haystack: &str, needle: &str) -> bool {
        haystack.match_indices(needle).any(|(i, _)| {
            let before = haystack[..i].chars().next_back();
            let after = haystack[i + needle.len()..].chars().next();
            before.is_none_or(|c| !c.is_alphanumeric())
                && after.is_none_or(|c| !c.is_alphanumeric())
        })
    }

    #[test]
    fn words_are_found_whole_as_match_indices_finds_them() {
        for (haystack, needle, found) in [
            ("i need to cancel", "i need", true),
            ("can you help", "help", true),
            ("unhelpful", "help", false),
            ("helps me", "help", false),
            ("i'd like it", "i'd like", true),
            // The first occurrence overlaps the one at word boundaries: match_indices
            // never tries the second, and neither does the scan.
            ("xso so so", "so so", false),
            ("é please", "please", true),
            ("pleaseé", "please", false),
            ("", "please", false),
            ("please", "", false),
            (" ", "", true),
        ] {
            assert_eq!(
                contains_words(haystack, needle),
                found,
                "{haystack:?} {needle:?}"
            );
            assert_eq!(
                by_match_indices(haystack, needle),
                found,
                "{haystack:?} {needle:?}"
            );
        }
    }

    proptest::proptest! {
        #[test]
        fn the_scan_answers_as_match_indices(
            haystack in "[a-cé' ]{0,24}",
            needle in "[a-cé' ]{0,5}",
        ) {
            proptest::prop_assert_eq!(
                contains_words(&haystack, &needle),
                by_match_indices(&haystack, &needle)
            );
        }
    }
}
