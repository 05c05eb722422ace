//! Names given in the text itself: text → the spans of the words a speaker introduces as
//! a name ("my name is Tyler Jones", "I'm Ben", "Dr. Lee"), for the exports that carry
//! no name column.

use std::sync::LazyLock;

use regex::Regex;

use crate::summary::{capitalised, may_be_name};

/// How sure the words after an introduction are a name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Cue {
    /// "my name is …", "name's …": the next words are the name, in any case.
    Named,
    /// "Dr. …", "Mrs. …": a capitalised word after a title.
    Title,
    /// "I'm …", "I am …", "this is …", "call me …": only a capitalised word that could be
    /// a name ("I'm Ben", not "I'm Sorry").
    Weak,
}

/// "my name is", "name's": the name follows, in any case.
static NAMED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i:(?-u:\b)name(?:\s+is|['’]s))[\s:]+")
        .expect("the introduction pattern is valid")
});

/// A title before a name; case-sensitive ("dr" is not one).
static TITLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:Dr|Mr|Mrs|Ms|Mx|Prof)\.?\s+")
        .expect("the introduction pattern is valid")
});

/// The other introductions: "I'm", "I am", "this is", "call me", "it's".
static WEAK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i:(?-u:\b)(?:i['’]?m|i\s+am|this\s+is|call\s+me|it['’]s))\s+")
        .expect("the introduction pattern is valid")
});

/// Words that follow "my name is" without being the name ("my name is not important",
/// "my name is on the account").
const NOT_A_NAME: &[&str] = &[
    "a", "an", "the", "not", "and", "or", "but", "is", "was", "in", "on", "at", "for", "to", "of",
    "from", "with", "my", "your", "his", "her", "here", "there", "this", "that", "it", "so",
    "just", "also", "really", "very", "i", "im", "please", "thanks", "thank", "you", "under",
    "spelled", "spelt", "listed", "still", "already", "written", "wrong", "correct",
];

/// The spans of name words introduced in `text`, with the cue that introduced them, in
/// order; the weak cues' only if `weak`. At most two words a name ("Tyler Jones"); a
/// first word that cannot be a name ends the search at that introduction.
pub(super) fn introduced(text: &str, weak: bool) -> Vec<(usize, usize, Cue)> {
    let mut out = Vec::new();
    // Each on its own: finding without groups is the regex crate's fastest path.
    if may_name(text.as_bytes()) {
        for (regex, cue) in [(&NAMED, Cue::Named), (&TITLE, Cue::Title)] {
            for m in regex.find_iter(text) {
                name_after(text, m.end(), cue, &mut out);
            }
        }
    }
    if weak {
        for m in WEAK.find_iter(text) {
            name_after(text, m.end(), Cue::Weak, &mut out);
        }
    }
    out.sort_unstable_by_key(|&(start, _, _)| start);
    out
}

/// Whether `text` has what [`NAMED`] or [`TITLE`] needs: "name" in any case, or
/// "Dr", "Mr", "Ms", "Mx", "Prof". One pass over the few `m`, `M` and `D` of a text
/// instead of two searches (most texts have neither).
fn may_name(text: &[u8]) -> bool {
    memchr::memchr3_iter(b'm', b'M', b'D', text).any(|i| {
        let next = text.get(i + 1).copied().unwrap_or(0);
        let named =
            i > 0 && text[i - 1].eq_ignore_ascii_case(&b'a') && next.eq_ignore_ascii_case(&b'e');
        named
            || (text[i] == b'M' && matches!(next, b'r' | b's' | b'x'))
            || (text[i] == b'D' && next == b'r')
    }) || memchr::memchr_iter(b'P', text).any(|i| text[i + 1..].starts_with(b"rof"))
}

/// The words of a name starting at `at`, if they can be one after `cue`, into `out`.
fn name_after(text: &str, at: usize, cue: Cue, out: &mut Vec<(usize, usize, Cue)>) {
    let mut at = at;
    let mut first_capitalised = false;
    for n in 0..2 {
        let Some((start, end)) = word_at(text, at) else {
            return;
        };
        let word = &text[start..end];
        let accepted = match cue {
            Cue::Named => {
                word.chars().filter(|c| c.is_alphabetic()).count() >= 2
                    && !NOT_A_NAME.contains(&word.to_lowercase().as_str())
                    // "my name is Tyler jones" yes, "my name is Tyler need help" no: a
                    // second word in lower case only after a first in lower case.
                    && (n == 0 || capitalised(word) || !first_capitalised)
            }
            Cue::Title | Cue::Weak => capitalised(word) && may_be_name(word),
        };
        if !accepted {
            return;
        }
        if n == 0 {
            first_capitalised = capitalised(word);
        }
        out.push((start, end, cue));
        // The next word only after a single space.
        if text[end..].starts_with(' ') && !text[end + 1..].starts_with(' ') {
            at = end + 1;
        } else {
            return;
        }
    }
}

/// The word starting at `at`: letters and inner apostrophes or hyphens ("O'Brien",
/// "Smith-Jones").
fn word_at(text: &str, at: usize) -> Option<(usize, usize)> {
    let rest = &text[at..];
    let first = rest.chars().next()?;
    if !first.is_alphabetic() {
        return None;
    }
    let mut end = at;
    let mut chars = rest.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let inner = matches!(c, '\'' | '\u{2019}' | '-')
            && chars.peek().is_some_and(|&(_, next)| next.is_alphabetic());
        if !(c.is_alphabetic() || inner) {
            break;
        }
        end = at + i + c.len_utf8();
    }
    Some((at, end))
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    fn found(text: &str) -> Vec<(&str, Cue)> {
        introduced(text, true)
            .into_iter()
            .map(|(s, e, cue)| (&text[s..e], cue))
            .collect()
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        /// The quick look never turns away a text the patterns would find a name in.
        #[test]
        fn the_quick_look_misses_nothing(
            pieces in prop::collection::vec(
                prop_oneof![
                    prop::sample::select(vec![
                        "name is", "NaMe's", "nAME:", "Dr.", "Dr", "Mr", "Mrs.", "Ms", "Mx",
                        "Prof.", "Lee", "tyler", "Ann", "my", "the", "M", "D", "P",
                    ])
                    .prop_map(str::to_owned),
                    "[a-zA-Z.': ]{0,6}",
                ],
                0..6,
            ),
            glue in prop::sample::select(vec!["", " ", "  ", ": "]),
        ) {
            let text = pieces.join(glue);
            if !may_name(text.as_bytes()) {
                prop_assert!(
                    NAMED.find(&text).is_none() && TITLE.find(&text).is_none(),
                    "{}", text
                );
            }
        }
    }

    #[test]
    fn a_name_after_my_name_is_in_any_case() {
        assert_eq!(
            found("Hi, my name is Tyler Jones, account 123"),
            [("Tyler", Cue::Named), ("Jones", Cue::Named)]
        );
        assert_eq!(
            found("my name is tyler jones"),
            [("tyler", Cue::Named), ("jones", Cue::Named)]
        );
        assert_eq!(found("My name's Ana. Thanks"), [("Ana", Cue::Named)]);
        assert_eq!(
            found("my name is Tyler need help"),
            [("Tyler", Cue::Named)],
            "a lower-case word after a capitalised name is not part of it"
        );
        assert!(found("my name is not important").is_empty());
        assert!(found("my name is on the account").is_empty());
    }

    #[test]
    fn a_capitalised_name_after_a_title_or_im() {
        assert_eq!(found("I need Dr. Johnson today"), [("Johnson", Cue::Title)]);
        assert_eq!(found("Im Ben"), [("Ben", Cue::Weak)]);
        assert_eq!(
            found("this is Maria Lopez speaking"),
            [("Maria", Cue::Weak), ("Lopez", Cue::Weak)]
        );
        // Not names: lower case, sentence words, a title in lower case.
        assert!(found("I'm sorry, I am Not sure, it's Good, the dr. said").is_empty());
        assert!(found("I'm So tired").is_empty());
    }
}
