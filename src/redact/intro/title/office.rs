//! The surname in lower case after a title of office written in lower case ("judge
//! okafor", "my doctor patel", "reverend al sharpton") or after a Spanish title ("señor
//! garcia", "señora lopez"): a word in lower case → whether it may be one there. Such a
//! title is a noun far more often than a title ("the judge said", "my doctor recomended
//! it"), so only a word that is no common English word may be a name, and no slip of
//! typing of one nor one of its forms ("judge rulled", "doctor prescribd", "the judge
//! okayed it"), nor a Spanish word after "señor" ("sí señor por favor"). Tells; where the
//! word stands, and the words every title takes, are `lower_case.rs`'s.

use super::super::typo::slip;
use super::THINGS_AFTER_A_TITLE;
use crate::redact::names::{common_english_words, is_common_english};

/// Words after a title of office in lower case that the common English words lack and
/// name no one: what a doctor does or is ("doctor covid test", "professor emeritus"),
/// slang ("captain obvs") and a word typed without its apostrophe ("doctor whos my
/// doctor"). Sorted.
const NO_SURNAMES: &[&str] = &[
    "covid", "emeritus", "gyn", "obgyn", "obv", "obvi", "obvs", "pcp", "theres", "whos",
];

/// Spanish words that follow "señor" or "señora" in lower case without naming anyone
/// ("sí señor por favor", "el señor de la casa", "señora muy amable"), and that no
/// common English word covers. Sorted.
const SPANISH: &[&str] = &[
    "como",
    "con",
    "del",
    "doctor",
    "doctora",
    "donde",
    "el",
    "es",
    "esta",
    "está",
    "gracias",
    "juez",
    "las",
    "los",
    "mi",
    "muy",
    "para",
    "pero",
    "por",
    "presidente",
    "que",
    "qué",
    "se",
    "su",
    "sus",
    "una",
    "usted",
    "ustedes",
    "y",
];

/// Whether `lower` (a word in lower case) may be a surname after a title of office in
/// lower case ("judge okafor", "doctor patel"): none of the common English words, of
/// [`NO_SURNAMES`], of their slips of typing ([`misspelt`]) or of their forms
/// ([`inflected`]); after a Spanish title (`spanish`), none of [`SPANISH`] nor a verb
/// stressed on its last vowel ("señora lopez llamó").
pub(super) fn may_be_surname(lower: &str, spanish: bool) -> bool {
    // "llamó", "está": a Spanish verb stresses its last vowel, a surname seldom does.
    let stressed_end = lower.ends_with(['á', 'é', 'í', 'ó', 'ú']);
    !is_common_english(lower)
        && NO_SURNAMES.binary_search(&lower).is_err()
        && !(spanish && (stressed_end || SPANISH.binary_search(&lower).is_ok()))
        && !inflected(lower)
        && !VERB_ENDINGS.iter().any(|end| lower.ends_with(end))
        && !misspelt(lower)
}

/// Endings of past tenses no surname has ("the doctor sutured it", "my doctor vaccinated
/// me", "diagnosed", "prescribed"), where a verb's stem is no common English word.
const VERB_ENDINGS: &[&str] = &[
    "ated", "cted", "ened", "ibed", "ised", "ized", "osed", "pped", "ssed", "tted", "ured",
];

/// Whether `lower` is a common English word with "-ed", "-ing" or "-ly" added (its
/// final "e" dropped or its last consonant doubled: "okayed", "rulling", "overruled"),
/// a stem of three letters or more. Not "-s" or "-er": surnames are often a word with
/// those ("Peters", "Miller", "Walker"), where a title of office seldom takes either.
fn inflected(lower: &str) -> bool {
    ["ed", "ing", "ly"].iter().any(|suffix| {
        let Some(stem) = lower.strip_suffix(suffix) else {
            return false;
        };
        let undoubled = stem
            .char_indices()
            .next_back()
            .filter(|&(i, last)| stem[..i].ends_with(last))
            .map(|(i, _)| &stem[..i]);
        let with_e = format!("{stem}e");
        let with_y = stem.strip_suffix('i').map(|stem| format!("{stem}y"));
        [
            Some(stem),
            undoubled,
            Some(with_e.as_str()),
            with_y.as_deref(),
        ]
        .into_iter()
        .flatten()
        .any(|stem| stem.chars().count() >= 3 && is_common_english(stem))
    })
}

/// Whether `lower`, of five letters or more, is a common English word or a thing chats
/// put after a title with one slip of typing (`typo.rs`'s: "rulled", "recomended",
/// "prescribd", "appoinment", "referal"). Shorter words are names as often as slips
/// ("kim" is a slip of "kid").
fn misspelt(lower: &str) -> bool {
    let len = lower.len();
    len >= 5
        && lower.is_ascii()
        && common_english_words()
            .iter()
            .chain(THINGS_AFTER_A_TITLE)
            .filter(|word| word.len().abs_diff(len) <= 1)
            .any(|word| slip(lower, word))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_lists_are_sorted() {
        assert!(NO_SURNAMES.is_sorted());
        assert!(SPANISH.is_sorted());
    }

    #[test]
    fn surnames_and_slips_after_a_title_of_office() {
        for word in [
            "okafor", "bradley", "patel", "kim", "sharpton", "garcia", "lopez", "miller", "peters",
            "james",
        ] {
            assert!(may_be_surname(word, false), "{word}");
        }
        for word in [
            "recomended",
            "prescribd",
            "rulled",
            "okayed",
            "whos",
            "covid",
            "obvs",
            "emeritus",
            "said",
            "appoinment",
            "referal",
            "sutured",
            "vaccinated",
        ] {
            assert!(!may_be_surname(word, false), "{word}");
        }
        // A known leak: a surname a slip from a common word ("baker" from "baked").
        assert!(!may_be_surname("baker", false));
        assert!(!may_be_surname("por", true));
        assert!(!may_be_surname("llamó", true));
        assert!(may_be_surname("garcia", true));
    }
}
