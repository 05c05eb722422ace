//! Dashes typed apart (" - ", " – ", " — ") and ellipses ("…") in a reply that refuses a
//! security question's answer ("It is private - fine - Sunshine42", "It's a secret…
//! Sunshine42"): a clause → where its refusal, or its words that give in after one, end
//! at a dash, and the parts between dashes; what comes after one is read elsewhere.

use super::super::CLAUSE_MARKS;
use super::{fillers_len, gives_in, refuses, word_said};

/// The first clause of `rest`: up to a mark or a dash typed apart (" - "). The dash is
/// looked for in the clause alone: not all of a message of megabytes.
pub(super) fn up_to_a_mark_or_dash(rest: &str) -> &str {
    let cut = rest.find(CLAUSE_MARKS).unwrap_or(rest.len());
    let clause = &rest[..cut];
    &clause[..spaced_dash(clause).map_or(cut, |(at, _)| at)]
}

/// Whether the first clause of `rest`, the text after a refusal and a dash typed apart,
/// is one word ([`up_to_a_mark_or_dash`]: "Spotify" of "It is private - Spotify - I
/// want a human"), which [`one_word_after_a_comma`](super::one_word_after_a_comma) did not take for the answer: the
/// reply is then read as if the dash ended no clause, all of it, so that no name in it
/// shows that did before the dash was read (a review found "Spotify" shown, masked
/// before as a memorable word); a sentence after the dash ("Netflix is broken") is none.
pub(in super::super) fn one_word_after_a_dash(rest: &str) -> bool {
    let mut words = up_to_a_mark_or_dash(rest).split_whitespace();
    words.next().is_some() && words.next().is_none()
}

/// Where the first dash typed apart (" - ", " – ", " — ") of `clause` stands, and how
/// many bytes it takes, where the words before it refuse ([`refuses`], fillers and "it
/// is" left off: "It is private - fine - Sunshine42", "Not telling - Sunshine42"):
/// there the refusal's clause ends.
pub(in super::super) fn refusal_before_dash(clause: &str) -> Option<(usize, usize)> {
    let (at, dash) = spaced_dash(clause)?;
    let before = &clause[..at];
    refuses(&before[fillers_len(before)..]).then_some((at, dash))
}

/// Where the first dash typed apart of `clause`, a clause after a refusal, stands, and
/// how many bytes it takes, where the words before it only give in ([`gives_in`]: "fine"
/// of "fine - Sunshine42 I want a human" after "It is private - "): there their clause
/// ends, passed over, and the answer is read after it (a review found it shown).
pub(in super::super) fn giving_in_before_dash(clause: &str) -> Option<(usize, usize)> {
    let (at, dash) = spaced_dash(clause)?;
    let mut words = clause[..at].split_whitespace().map(word_said);
    let first = words.next()?;
    let few = clause[..at].split_whitespace().nth(4).is_none();
    (few && gives_in(&first) && words.take(3).all(|w| gives_in(&w))).then_some((at, dash))
}

/// Where the first dash typed apart (" - ", " – ", " — ") or ellipsis ("…") of `text`
/// stands, and how many bytes it takes, its spaces with it: "It's a secret… Sunshine42"
/// ends its refusal there (a review found it shown).
fn spaced_dash(text: &str) -> Option<(usize, usize)> {
    [" - ", " – ", " — ", "…"]
        .iter()
        .filter_map(|d| Some((text.find(d)?, d.len())))
        .min()
}

/// The parts of `clause` between its dashes typed apart ([`spaced_dash`]), read one at
/// a time: not all of a message of megabytes at once.
pub(super) fn dashed(clause: &str) -> impl Iterator<Item = &str> {
    let mut rest = Some(clause);
    std::iter::from_fn(move || {
        let text = rest?;
        match spaced_dash(text) {
            Some((at, len)) => {
                rest = Some(&text[at + len..]);
                Some(&text[..at])
            }
            None => {
                rest = None;
                Some(text)
            }
        }
    })
}
