//! Phrases found at word boundaries: a lower-case sentence and a phrase → whether the
//! phrase is in it as whole words, as `str::match_indices` would find it, by a scan of
//! the phrase's first byte (`memchr`); every reader of the goal asks it. A list of
//! phrases looked for in one pass ([`Phrases`]), where a sentence is asked for each of
//! a dozen. And the words those readers split a sentence into ([`lowered`],
//! [`split_words`]), written once.

use aho_corasick::{AhoCorasick, AhoCorasickKind};

/// `needle` in `haystack` at word boundaries (both lower case): the leftmost
/// non-overlapping occurrences, as `str::match_indices` finds them, each tried.
pub(super) fn contains_words(haystack: &str, needle: &str) -> bool {
    let at_words = |i: usize| at_word_boundaries(haystack, i, i + needle.len());
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

/// Whether `haystack[start..end]` stands as whole words: no letter or digit on either
/// side of it.
fn at_word_boundaries(haystack: &str, start: usize, end: usize) -> bool {
    let before = haystack[..start].chars().next_back();
    let after = haystack[end..].chars().next();
    before.is_none_or(|c| !c.is_alphanumeric()) && after.is_none_or(|c| !c.is_alphanumeric())
}

/// A list of lower-case phrases, looked for at word boundaries in one pass over a
/// sentence: the goal's update asks each sentence after the goal for sixteen markers of
/// a change, and a [`contains_words`] per marker was 173 M of `--packets`' 3,691 M
/// instructions on the benchmark's 20,000 chats.
pub(super) struct Phrases {
    searcher: AhoCorasick,
}

impl Phrases {
    /// The searcher for `phrases` (none empty: an empty phrase is in every sentence).
    pub(super) fn new(phrases: &[&str]) -> Self {
        let searcher = AhoCorasick::builder()
            .kind(Some(AhoCorasickKind::DFA))
            // A sentence is short: a prefilter restarting the search at each rare byte
            // cost more than the DFA's walk over it.
            .prefilter(false)
            .build(phrases)
            .expect("a handful of short phrases build into a DFA");
        Self { searcher }
    }

    /// Whether one of the phrases is in `haystack` (lower case) as whole words, and
    /// `keep` accepts it (given its index in the list): each occurrence is tried,
    /// overlapping ones too, so a phrase is found wherever it stands whole.
    pub(super) fn any_in(&self, haystack: &str, mut keep: impl FnMut(usize) -> bool) -> bool {
        self.searcher.find_overlapping_iter(haystack).any(|m| {
            at_word_boundaries(haystack, m.start(), m.end()) && keep(m.pattern().as_usize())
        })
    }
}

/// `text` in lower case with `'` for `’`, as the goal's readers compare words: "I’m"
/// reads as "i'm". The small-talk check's lower case, copied a second time only when the
/// text has a `’` (a `replace` copied every text again).
pub(super) fn lowered(text: &str) -> String {
    super::super::small_talk::lower_case(text)
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
    use super::{Phrases, at_word_boundaries, contains_words, lowered, split_words};

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

    /// A phrase at word boundaries anywhere, overlapping occurrences tried too: what
    /// [`Phrases::any_in`] answers for a list.
    fn anywhere(haystack: &str, needle: &str) -> bool {
        (0..=haystack.len()).any(|i| {
            haystack.is_char_boundary(i)
                && haystack[i..].starts_with(needle)
                && at_word_boundaries(haystack, i, i + needle.len())
        })
    }

    #[test]
    fn a_list_is_found_in_one_pass_at_word_boundaries() {
        let list = Phrases::new(&["instead", "i meant", "i meant to", "so so"]);
        let found = |h: &str| list.any_in(h, |_| true);
        assert!(found("can we try tuesday instead?"));
        assert!(!found("insteadof that"));
        assert!(found("oh, i meant the 5th"));
        // Overlapping occurrences are each tried: the second "so so" stands whole.
        assert!(found("xso so so"));
        assert!(!found(""));
        // What `keep` refuses is not counted, and the others still are.
        let not_meant = |h: &str| list.any_in(h, |p| p != 1);
        assert!(not_meant("i meant to say"));
        assert!(!not_meant("i meant the other"));
    }

    proptest::proptest! {
        #[test]
        fn a_list_answers_as_each_phrase_anywhere(
            haystack in "[a-cé' ]{0,24}",
            needles in proptest::collection::vec("[a-cé' ]{1,5}", 1..5),
        ) {
            let list: Vec<&str> = needles.iter().map(String::as_str).collect();
            proptest::prop_assert_eq!(
                Phrases::new(&list).any_in(&haystack, |_| true),
                list.iter().any(|n| anywhere(&haystack, n))
            );
        }

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
