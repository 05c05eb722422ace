//! The code a reply to the bot's question for one gives: its digits (a word of three or
//! more, a run typed apart, not after a label: "order 5512 3"), or its code of letters
//! ("hunter2", "Seahorse42. I want a human").

use std::sync::LazyLock;

use regex::Regex;

use super::{FILLER, Fact, NO_ANSWER, Secrets, answer_clause, found};

/// Digits typed in groups apart, by a space, a dash or a dot ("4 8 2 1", "48 21",
/// "4-8-2-1"), as redaction reads a PIN's too: a code's run, its digits to be counted.
pub(super) static SPACED_DIGITS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)[0-9]{1,4}(?:[ .\-][0-9]{1,4})+(?-u:\b)")
        .expect("the spaced digits pattern is valid")
});

/// Words that label the number after them as what it is ("order 5512 3", "room 12
/// 4"): digits after one are no code typed apart.
pub(super) const LABELS: &[&str] = &[
    "order",
    "room",
    "apt",
    "apartment",
    "flat",
    "unit",
    "suite",
    "floor",
    "seat",
    "gate",
    "platform",
    "booking",
    "account",
    "acct",
    "reference",
    "ref",
    "ticket",
    "invoice",
    "flight",
    "table",
    "case",
    "claim",
    "tracking",
    "policy",
    "member",
    "confirmation",
    "reservation",
];

/// Words that say "number" after a label ("order no 5512 3", "booking number 44 12",
/// "room # 12 4"): a label only after one of [`LABELS`]. Alone they label nothing: "number
/// 4 8 2 1" and "# 4 8 2 1" in reply to a PIN question give the PIN (a check found them
/// shown).
const NUMBER_WORDS: &[&str] = &["no", "nr", "num", "number"];

/// Whether the text `before` a number ends with a label of it ([`LABELS`]: "order",
/// "room #"; [`NUMBER_WORDS`] only after a label, "order no"): the number is the
/// order's, no code ("order 5512 3": a review found the goal "order \[secret\]" beside
/// the fact "order 5512").
fn labelled(before: &str) -> bool {
    // The last words, lower case, without their marks; "#" alone, or after a label
    // ("room#"), is none.
    let mut words = (before.split_whitespace().rev())
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .filter(|w| !w.is_empty());
    match words.next() {
        Some(w) if NUMBER_WORDS.contains(&w.as_str()) => {
            words.next().is_some_and(|w| LABELS.contains(&w.as_str()))
        }
        Some(w) => LABELS.contains(&w.as_str()),
        None => false,
    }
}

/// The code of letters a reply to the bot's question for one gives (`words`, the
/// reply's words without their marks): the reply when it is one word, or its first
/// clause when that is one word ([`answer_clause`]: "Seahorse42. I want a human", "it's
/// Bluebird, now get me a human"), or its first word when that mixes letters and digits
/// ("Seahorse42 I want a human"); none that says no answer or puts the bot off ("Nope",
/// "Lost it", "one sec": a review found those remembered and masked in later messages).
fn code_word<'t>(text: &'t str, words: &[&'t str]) -> Option<&'t str> {
    let answer = |word: &'t str| {
        let word = word.trim_matches(|c: char| !c.is_alphanumeric());
        let lower = word.to_lowercase();
        (!word.is_empty()
            && !word.contains(char::is_whitespace)
            && !NO_ANSWER.contains(&lower.as_str())
            && !FILLER.contains(&lower.as_str()))
        .then_some(word)
    };
    if let [word] = words {
        return answer(word);
    }
    if let Some((_, Some(clause), _)) = answer_clause(text)
        && let Some(word) = answer(clause)
    {
        return Some(word);
    }
    let first = words.first()?;
    (first.chars().any(|c| c.is_ascii_digit()) && first.chars().any(char::is_alphabetic))
        .then(|| answer(first))
        .flatten()
}

impl Secrets {
    /// Adds the code a reply to the bot's question for one gives: each word of it with
    /// three digits or more ("sure it is 4821 thanks" → "4821") and each run of digits
    /// typed apart with three or more in all ([`SPACED_DIGITS`]: "it's 4 8 2 1" → "4 8 2
    /// 1", masked whole; "2 or 3" is none), or else the code of letters it gives
    /// ([`code_word`]: "hunter2", "Seahorse42. I want a human").
    pub(super) fn add_code(&mut self, text: &str, kept: &[&Fact]) {
        let words: Vec<&str> = text
            .split_whitespace()
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
            .filter(|w| !w.is_empty())
            .collect();
        // A number a fact holds is no code: "bank account: 84318931431, with PIN 9503"
        // (STAR star-5729) gives the account's.
        let mut digits = words
            .iter()
            .filter(|w| w.chars().filter(char::is_ascii_digit).count() >= 3)
            .filter(|w| !kept.iter().any(|f| !found(&f.text, w).is_empty()))
            .peekable();
        // Digits typed apart ("4 8 2 1", "48 21", "4-8-2-1"): the run is one code.
        let runs: Vec<&str> = SPACED_DIGITS
            .find_iter(text)
            .filter(|m| m.as_str().chars().filter(char::is_ascii_digit).count() >= 3)
            .filter(|m| !kept.iter().any(|f| !found(&f.text, m.as_str()).is_empty()))
            .filter(|m| !labelled(&text[..m.start()]))
            .map(|m| m.as_str())
            .collect();
        if digits.peek().is_some() || !runs.is_empty() {
            for w in digits {
                self.add(w);
            }
            for run in runs {
                self.add(run);
            }
        } else if let Some(word) = code_word(text, &words) {
            self.add(word);
        }
    }
}
