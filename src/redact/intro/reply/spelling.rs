//! How a name is spelt in a reply to a question for it: a reply's words → how many of
//! them say how the name before is spelt ("Mark with a k", "Jon with no h", "Miller with
//! two Ls"), and the names spelt after "and" past one ("Katarina with a K and Miller with
//! two Ls"). Tells; `reply.rs` takes the name, and ends it where its spelling starts.

use super::{is_reply_name, lower_case_name};

/// How many words how a name is spelt takes at word `i` of a reply, if it is spelt there:
/// "with" or "without", then maybe "a", "an", "no", "one", "two", "double" …, maybe
/// "capital", "small", "silent" …, then a letter ("with an M", "with no h", "without an
/// h", "with one l", "with a capital K", "without h"), or letters after a number of
/// them ("with two Ls", "with double l's").
pub(super) fn spelling_at(text: &str, words: &[(usize, usize)], i: usize) -> Option<usize> {
    const COUNTS: &[&str] = &["a", "an", "no", "one", "two", "three", "double", "the"];
    const KINDS: &[&str] = &[
        "capital",
        "small",
        "lowercase",
        "silent",
        "double",
        "big",
        "little",
    ];
    let word = |j: usize| words.get(j).map(|&(s, e)| &text[s..e]);
    let one_of = |j: usize, list: &[&str]| {
        word(j).is_some_and(|w| list.iter().any(|l| l.eq_ignore_ascii_case(w)))
    };
    if !one_of(i, &["with", "without"]) {
        return None;
    }
    let mut j = i + 1;
    // Letters, plural, only after a number of them ("two Ls"), or none said ("with Ls").
    let mut many = true;
    if one_of(j, COUNTS) {
        many = one_of(j, &["two", "three", "double"]);
        j += 1;
    }
    if one_of(j, KINDS) {
        many |= one_of(j, &["double"]);
        j += 1;
    }
    let letter = word(j)?;
    let mut chars = letter.chars();
    chars.next();
    let tail = chars.as_str();
    let spelt = tail.is_empty() || (many && matches!(tail, "s" | "S" | "'s" | "’s"));
    spelt.then_some(j + 1 - i)
}

/// The names spelt after the one before the spelling at word `k` of a reply, each after
/// "and" and before its own spelling ("… and Miller with two Ls"); none past a part that
/// is no name. Each word is looked at once.
pub(super) fn spelt_after(
    text: &str,
    words: &[(usize, usize)],
    mut k: usize,
) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    while let Some(len) = spelling_at(text, words, k) {
        let from = k + len + 1;
        let and = words
            .get(from - 1)
            .is_some_and(|&(s, e)| text[s..e].eq_ignore_ascii_case("and"));
        let Some(to) = and
            .then(|| (from..words.len()).find(|&i| spelling_at(text, words, i).is_some()))
            .flatten()
        else {
            break;
        };
        let name = &words[from..to];
        if !(is_reply_name(text, name, true) || lower_case_name(text, name, false, true)) {
            break;
        }
        out.extend_from_slice(name);
        k = to;
    }
    out
}
