//! The goal's word search: `contains_words` answers as `str::match_indices` would.

use super::contains_words;

/// What `contains_words` did with `match_indices`: its memchr scan must answer the
/// same, overlapping occurrences and letters past ASCII included.
fn by_match_indices(haystack: &str, needle: &str) -> bool {
    haystack.match_indices(needle).any(|(i, _)| {
        let before = haystack[..i].chars().next_back();
        let after = haystack[i + needle.len()..].chars().next();
        before.is_none_or(|c| !c.is_alphanumeric()) && after.is_none_or(|c| !c.is_alphanumeric())
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
