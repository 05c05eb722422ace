//! "Did you mean" for a code: takes a key given as a code's id or name that is
//! neither (`--explain L-04`, `unsued-template` in an override), gives the code it was
//! likely meant as, within its letter (an id) or its words (a name), never another
//! category's code or a name a whole word away (its opposite). A key written in
//! full-width letters and digits (`Ｌ００３`) is read as ASCII ([`super::ascii_folded`]).

use super::{CODES, Code};
use crate::diag::{did_you_mean, levenshtein};

/// The code `key` (no code's id or name) was likely meant as, for "did you mean": an id
/// (`L010`) among the ids of its letter only (`D010` is a code of another category, no
/// typo of it); a name among the names whose words are the same but for typos
/// (`unknown-template` is not `unused-template`: a whole word differs, its opposite).
/// The closest of those, as [`did_you_mean`] chooses.
///
/// An id is compared without separators or punctuation, with the letter O after its
/// first letter read as a zero and its number as three digits: `L-004`, `L_004`,
/// `L 004`, `L004.`, `L0O4` and `L-4` all mean `L004`.
pub fn suggestion(key: &str) -> Option<&'static str> {
    let key = super::ascii_folded(key);
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

/// The code `key` names with its number written short, a letter and one or two digits
/// (`R8`, `r08`: `R008`), as `lint --explain` takes it: one code, no guess.
pub fn short_id(key: &str) -> Option<&'static Code> {
    let id = written_short(&super::ascii_folded(key))?;
    CODES.iter().find(|c| c.id == id)
}

/// `key` as an id, when it is written as one with its number short (`R8`: `R008`) or
/// padded with more zeros than a code's three digits (`R0008`: `R008`).
fn written_short(key: &str) -> Option<String> {
    let (letter, digits) = key.trim().split_at_checked(1)?;
    let number = three_digits(digits)?;
    let short = letter.bytes().all(|b| b.is_ascii_alphabetic()) && digits.len() != 3;
    short.then(|| format!("{}{number}", letter.to_ascii_uppercase()))
}

/// `digits`, a number (leading zeros or none), as a code's three digits (`8`, `08`,
/// `0008`: `008`); `None` for anything else or a number past 999.
fn three_digits(digits: &str) -> Option<String> {
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let value = digits.trim_start_matches('0');
    (value.len() <= 3).then(|| format!("{value:0>3}"))
}

/// The codes numbered `key`, a number alone (`8`, `008`, `0008`): one of each letter
/// that has that number, for an error that lists them (a code's id needs its letter)
/// or, when there is one, for its documentation.
pub fn numbered(key: &str) -> Vec<&'static str> {
    let Some(number) = three_digits(super::ascii_folded(key).trim()) else {
        return Vec::new();
    };
    CODES
        .iter()
        .map(|c| c.id)
        .filter(|id| id.get(1..) == Some(number.as_str()))
        .collect()
}

/// The ids of the codes of `key`'s letter, when `key` is written as an id with its
/// number short (`R9`) and no code is: for an error that says which there are, rather
/// than guess at one digit (`R009` is as near `R001` as `R008`).
pub fn of_letter(key: &str) -> Vec<&'static str> {
    let Some(letter) = written_short(&super::ascii_folded(key)).and_then(|id| id.chars().next())
    else {
        return Vec::new();
    };
    CODES
        .iter()
        .map(|c| c.id)
        .filter(|id| id.starts_with(letter))
        .collect()
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
    // A number written short is the code's (`R-8`: `R008`).
    is_id.then(|| {
        format!(
            "{letter}{:0>3}",
            rest.to_ascii_uppercase().replace('O', "0")
        )
    })
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
        assert_eq!(suggestion("L1"), Some("L001"));
    }

    /// cli41: `lint --explain R8` (and `r8`, `R08`) said "unknown code"; `8` said no
    /// more. The short number names its code; a number alone lists the codes it is.
    #[test]
    fn a_short_number_names_its_code_and_a_number_alone_lists_them() {
        for key in ["R8", "r8", "R08", " r08 "] {
            assert_eq!(short_id(key).map(|c| c.id), Some("R008"), "{key}");
        }
        for key in ["R008", "R-8", "R9", "8", "R", "é8", "R1008"] {
            assert_eq!(short_id(key).map(|c| c.id), None, "{key}");
        }
        assert!(numbered("8").contains(&"R008"), "{:?}", numbered("8"));
        assert!(numbered("8").iter().all(|id| id.ends_with("008")));
        assert_eq!(numbered("008"), numbered("8"));
    }

    /// cli42: `lint --explain 0008` said "unknown code" while `008` listed the codes
    /// numbered 8; `R0008` was no code either. Leading zeros past three digits are
    /// zeros still.
    #[test]
    fn leading_zeros_past_three_digits_still_name_the_number() {
        assert_eq!(numbered("0008"), numbered("8"));
        assert_eq!(numbered("00000008"), numbered("8"));
        assert!(!numbered("0008").is_empty());
        assert!(numbered("1008").is_empty());
        assert!(numbered("0").is_empty());
        assert!(numbered("").is_empty());
        for key in ["R0008", "r00008"] {
            assert_eq!(short_id(key).map(|c| c.id), Some("R008"), "{key}");
        }
        assert!(of_letter("R0009").contains(&"R008"));
        assert!(numbered("999").is_empty());
        assert!(numbered("R8").is_empty());
        assert!(of_letter("R9").iter().all(|id| id.starts_with('R')));
        assert!(of_letter("R9").contains(&"R008"));
        assert!(of_letter("unknown-thing").is_empty());
        assert!(of_letter("R-9").is_empty());
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
