//! What stands around a name in a reply to a question for it: a reply's words → the
//! words that open it two together ("Of course, John Smith.", "Sure thing. It is John.",
//! "My name? Alexis."), where what else the bot asked for starts after the name ("Tyler
//! Jones account number …", "Sarah brown my pin is …"), and the name given as a clause
//! of its own ("Alina to you.", "I'm the bartender, Kylo"). Tells; `reply.rs` takes the
//! name.

use super::is_reply_name;
use crate::redact::intro::word_at;

/// Whether the word at `text[start..end]` of a reply opens it as one of two words that do
/// together, "of course", "sure thing", "my name", "full name", "no problem" ("Of course,
/// John Smith.", "Sure thing. It is John.", "My name? Alexis.", "Full name: Alexis Lee"),
/// only spaces between them.
pub(super) fn opens_as_a_pair(text: &str, start: usize, end: usize) -> bool {
    const PAIRS: &[(&str, &str)] = &[
        ("first", "name"),
        ("full", "name"),
        ("last", "name"),
        ("my", "name"),
        ("no", "problem"),
        ("of", "course"),
        ("sure", "thing"),
        ("you", "bet"),
    ];
    let lower = |word: &str| word.to_lowercase().replace('\u{2019}', "'");
    let word = lower(&text[start..end]);
    let before = text[..start].trim_end();
    let previous = (before.len() < start)
        .then(|| before.rsplit(|c: char| !c.is_alphabetic()).next())
        .flatten()
        .map(lower);
    let after = text[end..].trim_start();
    let next = (after.len() < text.len() - end)
        .then(|| word_at(after, 0).map(|(s, e)| lower(&after[s..e])))
        .flatten();
    PAIRS.iter().any(|&(first, second)| {
        (word == first && next.as_deref() == Some(second))
            || (word == second && previous.as_deref() == Some(first))
    })
}

/// Whether word `i` of a reply starts what else the bot asks for with the name: an
/// account number, a PIN, a date of birth, a security answer ("account number …",
/// "acct", "pin …", "my pin is …", "my mother's maiden name …", "DOB").
pub(super) fn label_at(text: &str, words: &[(usize, usize)], i: usize) -> bool {
    const LABELS: &[&str] = &[
        "account", "acct", "dob", "maiden", "mother's", "mothers", "passcode", "password", "pin",
        "pins",
    ];
    const AFTER_MY: &[&str] = &[
        "account", "acct", "birthday", "card", "date", "dob", "maiden", "mom's", "mother's",
        "mothers", "passcode", "password", "pin", "security",
    ];
    let word = |j: usize| {
        words
            .get(j)
            .map(|&(s, e)| text[s..e].to_lowercase().replace('\u{2019}', "'"))
    };
    let Some(first) = word(i) else {
        return false;
    };
    LABELS.contains(&first.as_str())
        || (first == "my" && word(i + 1).is_some_and(|next| AFTER_MY.contains(&next.as_str())))
}

/// The name a reply to a question for the name gives as a clause of its own, when the
/// reply as a whole gives none: before "to you" ("nana to my grandkids. Alina to you."),
/// at the start of a sentence before the number asked for with it ("Really you need that
/// info, geez..... Alexis 844, please hurry up": STAR star-2339, after "Name and flight
/// ID, please?"), or last, after a comma, in a reply that opens "I'm" ("I'm the
/// bartender, Kylo").
pub(super) fn last_clause_name(text: &str, words: &[(usize, usize)]) -> Vec<(usize, usize)> {
    let is = |&(s, e): &(usize, usize), word: &str| text[s..e].eq_ignore_ascii_case(word);
    let clause_ends = |at: usize| {
        text[at..]
            .trim_start_matches([' ', '\t'])
            .chars()
            .next()
            .is_none_or(|c| matches!(c, ',' | '.' | ';' | '!' | '?' | '\n'))
    };
    let clause_starts = |at: usize| {
        text[..at]
            .trim_end_matches([' ', '\t'])
            .chars()
            .next_back()
            .is_none_or(|c| matches!(c, ',' | '.' | ';' | '!' | '?' | '\n'))
    };
    // "Alina to you."
    for k in 0..words.len() {
        if k + 1 < words.len() && is(&words[k], "to") && is(&words[k + 1], "you") {
            let end = words[k + 1].1;
            let from = (0..k).rev().take(2).find(|&j| clause_starts(words[j].0));
            if let Some(from) = from
                && clause_ends(end)
                && is_reply_name(text, &words[from..k], true)
            {
                return words[from..k].to_vec();
            }
        }
    }
    // "geez..... Alexis 844, please": capitalised words that open a sentence, then digits.
    let sentence_starts = |at: usize| {
        text[..at]
            .trim_end_matches([' ', '\t'])
            .chars()
            .next_back()
            .is_none_or(|c| matches!(c, '.' | '!' | '?' | '\n'))
    };
    for j in 0..words.len() {
        if !sentence_starts(words[j].0) {
            continue;
        }
        for n in [2, 1] {
            let Some(name) = words.get(j..j + n) else {
                continue;
            };
            let end = name[n - 1].1;
            let after = text[end..].trim_start_matches([' ', '\t']);
            // Not before a measure: "Samsung 55 inch TV" is a thing's.
            let number_next =
                after.starts_with(|c: char| c.is_ascii_digit()) && !super::measure(after);
            if number_next
                && name
                    .iter()
                    .all(|&(s, e)| crate::text::capitalised(&text[s..e]))
                && is_reply_name(text, name, true)
            {
                return name.to_vec();
            }
        }
    }
    // "I'm the bartender, Kylo"
    let opens_im = words.first().is_some_and(|w| {
        is(w, "i'm")
            || is(w, "i’m")
            || is(w, "im")
            || (is(w, "i") && words.get(1).is_some_and(|w| is(w, "am")))
    });
    // Not after a capitalised word: "I'm calling from London, England" names a place.
    let from = (words.len().saturating_sub(2)..words.len()).find(|&j| {
        j > 1
            && text[..words[j].0].trim_end().ends_with(',')
            && !crate::text::capitalised(&text[words[j - 1].0..words[j - 1].1])
    });
    match from {
        Some(from)
            if opens_im
                && clause_ends(words[words.len() - 1].1)
                && is_reply_name(text, &words[from..], true) =>
        {
            words[from..].to_vec()
        }
        _ => Vec::new(),
    }
}
