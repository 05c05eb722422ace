//! Words a customer says of a thing or a question after "It is" ("it is private", "It's
//! useless", "it's 8pm"), not a word chosen as a password: a word → whether it is one.

use crate::text::english::is_common_english;

/// Adjectives customers say of a thing, a question or the time that no suffix of
/// [`ADJECTIVE_ENDS`] tells ("it is private", "The answer is obvious" has one): after
/// "It is" they are no password (a review found each masked). Sorted, lower case.
const SAID_OF_IT: &[&str] = &[
    "amazing",
    "awful",
    "bad",
    "basic",
    "big",
    "blank",
    "boring",
    "busy",
    "clear",
    "closed",
    "cold",
    "complex",
    "confusing",
    "cool",
    "correct",
    "critical",
    "dark",
    "different",
    "done",
    "early",
    "easy",
    "empty",
    "enough",
    "false",
    "fine",
    "free",
    "full",
    "fun",
    "gone",
    "good",
    "great",
    "hard",
    "hot",
    "huge",
    "illegal",
    "incorrect",
    "interesting",
    "late",
    "legal",
    "long",
    "loud",
    "mandatory",
    "mine",
    "missing",
    "new",
    "nice",
    "noisy",
    "normal",
    "obvious",
    "odd",
    "official",
    "ok",
    "okay",
    "old",
    "open",
    "optional",
    "over",
    "perfect",
    "personal",
    "private",
    "quiet",
    "random",
    "ready",
    "real",
    "relevant",
    "required",
    "right",
    "safe",
    "same",
    "secret",
    "secure",
    "short",
    "simple",
    "slow",
    "small",
    "strange",
    "tiny",
    "tricky",
    "true",
    "typical",
    "unclear",
    "unknown",
    "unsafe",
    "urgent",
    "weird",
    "wrong",
];

/// Endings of English adjectives with few nouns among them ("useless", "serious",
/// "pointless", "impossible", "sensitive"): a common English word of six letters or more
/// that ends so is said of a thing.
const ADJECTIVE_ENDS: &[&str] = &["less", "ous", "ful", "ible", "able", "ive"];

/// Endings of English adjectives that many nouns share ("personal" but "crystal",
/// "important" but "elephant"): only a common English word of nine letters or more that
/// ends so is said of a thing ("confidential", "irrelevant", "mandatory"); a shorter one
/// may be a password ("crystal", "elephant", "magic").
const NOUN_ENDS_TOO: &[&str] = &["al", "ant", "ent", "ic", "ary"];

/// Number words a customer says the time or an amount with ("its three").
const NUMBER_WORDS: &[&str] = &[
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve",
];

/// Whether `word` (as written, its marks around it passed over) is said of a thing, a
/// question or the time after "It is", not a word the customer chose: an adjective of
/// [`SAID_OF_IT`], or a common English word ending as one does ([`ADJECTIVE_ENDS`],
/// [`NOUN_ENDS_TOO`]), a number word ([`NUMBER_WORDS`]), or a time or an amount ("8pm",
/// "10:30", "$5"). "sunshine", "dragon", "crystal" are none.
pub(in super::super) fn said_of_it(word: &str) -> bool {
    let bare = word.trim_matches(|c: char| !c.is_alphanumeric() && !"$£€".contains(c));
    let lower = bare.to_lowercase().replace('’', "'");
    let letters = lower.chars().count();
    let ends = |ends: &[&str], at_least: usize| {
        letters >= at_least && ends.iter().any(|e| lower.ends_with(e))
    };
    SAID_OF_IT.binary_search(&lower.as_str()).is_ok()
        || NUMBER_WORDS.contains(&lower.as_str())
        || is_time_or_amount(&lower)
        || (is_common_english(&lower) && (ends(ADJECTIVE_ENDS, 6) || ends(NOUN_ENDS_TOO, 9)))
}

/// Whether `lower` is a time of day or an amount: "8pm", "10:30", "10.30am", "$5",
/// "£20", "5€". Digits alone are none: a password may be digits ("It is 4821").
fn is_time_or_amount(lower: &str) -> bool {
    let digits = lower.trim_start_matches(['$', '£', '€']);
    let digits = digits.trim_end_matches('€');
    let money = digits.len() < lower.len();
    let number = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit());
    let clock = |s: &str| {
        s.split_once([':', '.'])
            .is_some_and(|(h, m)| number(h) && h.len() <= 2 && number(m) && m.len() == 2)
    };
    let time = |s: &str| number(s) && s.len() <= 2 || clock(s);
    let of_day = (lower
        .strip_suffix("am")
        .or_else(|| lower.strip_suffix("pm")))
    .is_some_and(time);
    (money
        && (number(digits)
            || digits
                .split_once('.')
                .is_some_and(|(a, b)| number(a) && number(b))))
        || of_day
        || clock(lower)
}

/// The words a review found masked as a password after "It is" (the fifty-first
/// session: "it is private", "it's 8pm"), each said of a thing: read by this module's
/// tests and by the reading of a whole reply's (`answers/tests/chosen.rs`).
#[cfg(test)]
pub(in crate::summary) const REVIEWED: &[&str] = &[
    "private",
    "useless",
    "confidential",
    "personal",
    "secret",
    "important",
    "impossible",
    "irrelevant",
    "serious",
    "pointless",
    "true",
    "possible",
    "weird",
    "empty",
    "blank",
    "long",
    "unclear",
    "hard",
    "easy",
    "noisy",
    "huge",
    "mandatory",
    "8pm",
];

#[cfg(test)]
mod tests {
    use super::{REVIEWED, SAID_OF_IT, said_of_it};

    #[test]
    fn the_words_said_of_a_thing_are_sorted_and_lower_case() {
        assert!(SAID_OF_IT.windows(2).all(|w| w[0] < w[1]));
        assert!(SAID_OF_IT.iter().all(|w| *w == w.to_lowercase()));
    }

    /// Regression: after "What is your password?", "it is private", "It is useless",
    /// "it's 8pm" were masked as the password (a review found the refusal lost); a word
    /// chosen as one is still none of these.
    #[test]
    fn an_adjective_a_time_or_an_amount_is_said_of_a_thing() {
        let more = [
            "obvious",
            "simple",
            "fun",
            "perfect",
            "enough",
            "sensitive",
            "Private",
            "10:30",
            "10.30am",
            "$5",
            "£20",
            "three",
        ];
        for word in REVIEWED.iter().chain(&more) {
            assert!(said_of_it(word), "{word}");
        }
        for word in [
            "sunshine",
            "dragon",
            "crystal",
            "elephant",
            "magic",
            "canary",
            "monkey",
            "football",
            "Pepper",
            "4821",
            "sunshine42",
            "Lowenthal",
        ] {
            assert!(!said_of_it(word), "{word}");
        }
    }
}
