//! Common English contractions read expanded, for comparing two bot messages only: a
//! message's word-hash set ([`word_set`](crate::engine::matcher::repeat::word_set)) →
//! the same set with each contraction's hash ("whats", as normalised text has it, its
//! apostrophe dropped) replaced by its words' ("what", "is"). "What's your date of
//! birth?" and "What is your date of birth?" then ask the same. No text is changed:
//! what `bot_repeats` shows of a message (`explain`) is the message as written.

use std::sync::LazyLock;

use crate::engine::matcher::repeat::fnv1a_words;

/// Contractions as normalised text has them (apostrophes dropped, lower case) and the
/// words they stand for. Left out are those that are other words without their
/// apostrophe ("we'll" is "well", "we're" "were", "I'll" "ill", "I'd" "id", "she'll"
/// "shell", "let's" "lets", "he'll" "hell"): reading those as contractions would change
/// messages that hold the words. "its" is read as "it is", the possessive too: the same
/// on both sides of a comparison, and "it's" is the contraction bots write most often
/// after "what's".
const CONTRACTIONS: &[(&str, &[&str])] = &[
    ("whats", &["what", "is"]),
    ("wheres", &["where", "is"]),
    ("whens", &["when", "is"]),
    ("whos", &["who", "is"]),
    ("hows", &["how", "is"]),
    ("thats", &["that", "is"]),
    ("theres", &["there", "is"]),
    ("its", &["it", "is"]),
    ("hes", &["he", "is"]),
    ("shes", &["she", "is"]),
    ("im", &["i", "am"]),
    ("youre", &["you", "are"]),
    ("theyre", &["they", "are"]),
    ("ive", &["i", "have"]),
    ("youve", &["you", "have"]),
    ("weve", &["we", "have"]),
    ("theyve", &["they", "have"]),
    ("youll", &["you", "will"]),
    ("theyll", &["they", "will"]),
    ("youd", &["you", "would"]),
    ("theyd", &["they", "would"]),
    ("dont", &["do", "not"]),
    ("doesnt", &["does", "not"]),
    ("didnt", &["did", "not"]),
    ("cant", &["can", "not"]),
    ("cannot", &["can", "not"]),
    ("wont", &["will", "not"]),
    ("isnt", &["is", "not"]),
    ("arent", &["are", "not"]),
    ("wasnt", &["was", "not"]),
    ("werent", &["were", "not"]),
    ("havent", &["have", "not"]),
    ("hasnt", &["has", "not"]),
    ("hadnt", &["had", "not"]),
    ("wouldnt", &["would", "not"]),
    ("couldnt", &["could", "not"]),
    ("shouldnt", &["should", "not"]),
    ("wouldve", &["would", "have"]),
    ("couldve", &["could", "have"]),
    ("shouldve", &["should", "have"]),
];

/// [`CONTRACTIONS`] hashed as [`fnv1a_words`] hashes words: each contraction's hash and
/// its words' hashes, sorted by the first.
fn hashed() -> &'static [(u64, Vec<u64>)] {
    static HASHED: LazyLock<Vec<(u64, Vec<u64>)>> = LazyLock::new(|| {
        let mut table: Vec<(u64, Vec<u64>)> = CONTRACTIONS
            .iter()
            .map(|(contraction, words)| {
                let mut hash = Vec::with_capacity(1);
                fnv1a_words(contraction.as_bytes(), &mut hash);
                let mut expanded = Vec::with_capacity(words.len());
                fnv1a_words(words.join(" ").as_bytes(), &mut expanded);
                (hash.first().copied().unwrap_or_default(), expanded)
            })
            .collect();
        table.sort_unstable_by_key(|(hash, _)| *hash);
        table
    });
    &HASHED
}

/// `words`, distinct word hashes sorted ([`word_set`]), with each contraction's hash
/// replaced by its words' hashes, sorted and distinct again. Most messages hold none:
/// a lookup a word, and the set left as it was.
///
/// [`word_set`]: crate::engine::matcher::repeat::word_set
pub(super) fn expand(words: &mut Vec<u64>) {
    let table = hashed();
    let mut expanded = false;
    for i in 0..words.len() {
        if let Ok(at) = table.binary_search_by_key(&words[i], |(hash, _)| *hash) {
            let parts = &table[at].1;
            if let Some((first, rest)) = parts.split_first() {
                words[i] = *first;
                words.extend_from_slice(rest);
                expanded = true;
            }
        }
    }
    if expanded {
        words.sort_unstable();
        words.dedup();
    }
}

#[cfg(test)]
mod tests {
    use super::{CONTRACTIONS, expand};
    use crate::engine::matcher::repeat::word_set;
    use crate::text::Normalized;

    /// `text`'s word set, contractions expanded.
    fn expanded(text: &str) -> Vec<u64> {
        let mut words = Vec::new();
        word_set(text, &mut Normalized::default(), &mut words);
        expand(&mut words);
        words
    }

    /// Written contracted or not, with a straight or a curly apostrophe, in any case: the
    /// same words.
    #[test]
    fn a_contraction_has_the_words_it_stands_for() {
        for (contracted, full) in [
            ("What's your date of birth?", "What is your date of birth?"),
            (
                "WHAT\u{2019}S YOUR DATE OF BIRTH",
                "what is your date of birth",
            ),
            ("Where's your order from?", "Where is your order from?"),
            (
                "I'm sorry, I didn't get that.",
                "I am sorry, I did not get that.",
            ),
            ("You're booked, aren't you?", "You are booked, are not you?"),
            (
                "I can't find it, it's not there",
                "I cannot find it, it is not there",
            ),
            (
                "We won't charge you, don't worry",
                "We will not charge you, do not worry",
            ),
            (
                "You've got mail and you'll see it",
                "You have got mail and you will see it",
            ),
        ] {
            assert_eq!(expanded(contracted), expanded(full), "{contracted}");
        }
    }

    /// Other words stay themselves: no contraction stands for them, and words that are
    /// other words without their apostrophe ("we'll", "well") are not read as one.
    #[test]
    fn other_words_are_left_alone() {
        for (a, b) in [
            (
                "What is your date of birth?",
                "What is your date of arrival?",
            ),
            ("We'll call you back", "We will call you back"),
            ("Were you booked?", "We are you booked?"),
            ("What's your name?", "What was your name?"),
            ("Don't book it", "Do book it"),
        ] {
            assert_ne!(expanded(a), expanded(b), "{a} / {b}");
        }
        let mut words = Vec::new();
        word_set(
            "Please enter the code",
            &mut Normalized::default(),
            &mut words,
        );
        let before = words.clone();
        expand(&mut words);
        assert_eq!(words, before);
    }

    /// Each contraction is one word as normalised text has it: lower case, no
    /// apostrophe, no space; and listed once.
    #[test]
    fn contractions_are_single_normalised_words() {
        let mut seen = std::collections::HashSet::new();
        for (contraction, words) in CONTRACTIONS {
            assert!(
                contraction.bytes().all(|b| b.is_ascii_lowercase()),
                "{contraction}"
            );
            assert!(words.len() == 2, "{contraction}");
            assert!(seen.insert(contraction), "{contraction} twice");
        }
    }
}
