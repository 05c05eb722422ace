//! "whatever" as a customer gives in with it ("whatever, Sunshine42", "whatevs
//! Sunshine42", "Whatever you say, Sunshine42"), after a refusal or in a direct reply to
//! a security question: a text → how many of its bytes the "whatever" and the words that
//! give in after it take, the answer read after them; none before a word that goes on a
//! sentence ("whatever works").

use super::{fillers_len, gives_answer_after};
use crate::text::english::is_common_english;

/// Whether `lower` (a word in lower case, its marks left off) is "whatever" as a
/// customer types it ("whatevs", "whatevr").
pub(super) fn is_whatever(lower: &str) -> bool {
    matches!(lower, "whatever" | "whatevs" | "whatevr")
}

/// How many bytes of `text` a "whatever" that opens it takes ([`is_whatever`]; "whatever
/// you say", "whatever u say"), with the marks typed onto its last word; 0 where it
/// opens with none.
fn whatever_word_len(text: &str) -> usize {
    let lower = |w: &str| {
        w.trim_end_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase()
    };
    let end_of = |w: &str| w.as_ptr() as usize - text.as_ptr() as usize + w.len();
    let mut words = text.split_whitespace();
    let Some(first) = words.next().filter(|w| is_whatever(&lower(w))) else {
        return 0;
    };
    // "whatever you say" is one, where no mark ends "whatever" or "you".
    if let (Some(you), Some(say)) = (words.next(), words.next())
        && first.ends_with(char::is_alphanumeric)
        && you.ends_with(char::is_alphanumeric)
        && matches!(lower(you).as_str(), "you" | "u")
        && lower(say) == "say"
    {
        return end_of(say);
    }
    end_of(first)
}

/// How many bytes of `clause`, a clause after a refusal, its words that give in take,
/// with the spaces after them: its fillers ([`fillers_len`]: "ok fine", "ugh ok it's"),
/// and "whatever" ([`whatever_word_len`]: "whatevs", "whatever you say") with a mark
/// after it ("whatever, Sunshine42", "whatever: Sunshine42", "whatever - Sunshine42"),
/// before fillers ("whatever ok it's Sunshine42") or before a word that is no common
/// English ("whatever Sunshine42"; not "whatever works", which goes on a sentence), and
/// the fillers after it.
pub(in super::super) fn given_in_len(clause: &str) -> usize {
    let at = fillers_len(clause);
    at + whatever_len(&clause[at..])
}

/// How many bytes of `text` a "whatever" that opens it and gives in takes, with the
/// marks and spaces after it and the fillers after them, as [`given_in_len`] reads it;
/// 0 where it opens with none, or with one that goes on a sentence ("whatever works",
/// "Whatever you say").
fn whatever_len(text: &str) -> usize {
    let word_len = whatever_word_len(text);
    if word_len == 0 {
        return 0;
    }
    let word = &text[..word_len];
    let bare = word.trim_end_matches([',', '.', '!', ':', ';', '-']);
    let mut after = text[word_len..].trim_start();
    // A dash typed apart ("whatever - Sunshine42") is its mark.
    let dash = after
        .split_whitespace()
        .next()
        .filter(|w| w.chars().all(|c| matches!(c, '-' | '–' | '—')));
    if let Some(dash) = dash {
        after = after[dash.len()..].trim_start();
    }
    let next_word = after.split_whitespace().next();
    let next = next_word.map(|w| {
        w.trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase()
    });
    // A mask under `--redact` is the answer ("whatevs \[secret\]", read again masked).
    let passed = next.is_some_and(|next| {
        bare.len() < word.len()
            || dash.is_some()
            || next_word.is_some_and(crate::redact::holds_mask)
            || fillers_len(after) > 0
            || !(next.is_empty() || is_common_english(&next))
    });
    if passed {
        text.len() - after.len() + fillers_len(after)
    } else {
        0
    }
}

/// How many bytes of `text`, the customer's reply to a security question, a "whatever"
/// that opens it takes, with its marks, the spaces and the fillers after them, where
/// the answer follows ([`whatever_len`]: "whatever, Sunshine42", "Whatever you say,
/// Sunshine42", "whatevs Sunshine42": a review found each shown), as it would after a
/// refusal ([`gives_answer_after`]); 0 where the reply opens with none, with one that
/// goes on a sentence ("whatever works"), or with one before what is no answer
/// ("whatever, I want a human", "whatever, reset my account", "whatever, Netflix is
/// broken": the reply is read whole, as before).
pub(in crate::summary) fn whatever_first(text: &str) -> usize {
    let start = text.len() - text.trim_start().len();
    let at = start + whatever_len(&text[start..]);
    if at > start && gives_answer_after(&text[at..], true) {
        at
    } else {
        0
    }
}
