//! The customer's messages after one that only refused a security question's answer
//! ("It is private"): a message → where its answer starts, past its words that give in
//! ("whatever, Sunshine42"), and whether it only gives in ("fine"), the answer still to
//! come in the next.

use super::{given_in_len, gives_answer_after, only_gives_in, word_said};

/// How many bytes of `text`, the customer's message after one that only refused the
/// answer (`hold_on::refuses_alone`), its clauses and words that give in take, with the
/// marks and spaces after them ("whatever, " of "whatever, Sunshine42", "ugh. ok " of
/// "ugh. ok Sunshine42"; [`only_gives_in`], [`given_in_len`]): the answer is read after
/// them, as in the refusal's own message ("It is private. whatever, Sunshine42"). None
/// where nothing follows ("whatever" alone is no answer).
pub(in crate::summary) fn given_in_first(text: &str) -> usize {
    let lower = word_said;
    let mut at = 0;
    // A few clauses: not all of a message of megabytes.
    for _ in 0..4 {
        let rest = &text[at..];
        let cut = rest
            .find([',', ';', '.', '!', '?', ':', '\n', '\r'])
            .unwrap_or(rest.len());
        let mut words = rest[..cut].split_whitespace().map(lower).peekable();
        if cut == rest.len() || words.peek().is_none() || !only_gives_in(words) {
            break;
        }
        // The clause and its marks.
        let marks = rest[cut..]
            .find(|c: char| !matches!(c, ',' | ';' | '.' | '!' | '?' | ':') && !c.is_whitespace())
            .unwrap_or(rest.len() - cut);
        at += cut + marks;
    }
    let at = at + given_in_len(&text[at..]);
    if text[at..].trim().is_empty() { 0 } else { at }
}

/// Whether the customer's message `text`, after one that only refused the answer, only
/// gives in ("fine", "ok fine.", "ugh fine", "whatever", "sorry"; [`gives_in`](super::gives_in), four
/// words at most): the answer is still to come, in the next message ("It's a secret",
/// "fine", "Sunshine42": a review found it shown).
pub(in crate::summary) fn gives_in_alone(text: &str) -> bool {
    let mut words = text
        .split_whitespace()
        .map(word_said)
        .filter(|w| !w.is_empty())
        .take(5)
        .peekable();
    words.peek().is_some() && text.split_whitespace().nth(4).is_none() && only_gives_in(words)
}

/// Whether `text`, the part of the customer's message after one that only refused the
/// answer, read past its words that give in ([`given_in_first`]), looks like the answer
/// as it would after "whatever" in the reply itself (`whatever_first`: "Paris I want a
/// human" of "whatevs Paris I want a human"): the question stays open for it, where a
/// message that opens with no answer closes it (a review found "Paris" shown after a
/// city born in asked).
pub(in crate::summary) fn answers_given_in(text: &str) -> bool {
    gives_answer_after(text, true)
}
