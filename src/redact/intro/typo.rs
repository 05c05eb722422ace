//! Words that name no one in reply to a question for the name: a word in lower case →
//! whether it is a reply word misspelt or drawn out ("helo", "hwat", "pleasee",
//! "hmmm"), or an interjection ("huh", "hahaha"), so that it is taken for no name.
//!
//! The reply words are those chats put where a name would go ([`EVERYDAY`],
//! [`NOT_SURNAMES`], the words that follow "my name is" without being one, and those a
//! reply opens with), not all common English: names are often one letter from a common
//! word ("Kate" and "late", "Luke" and "like"). A misspelling is one slip of the kind
//! typing makes: two letters swapped ("hwat"), one dropped ("plase"), a letter doubled
//! or drawn out ("heyyy"), or, in a word of five letters or more, one hit beside the key
//! meant or added beside it ("sorru"). The first letter is never the one changed (a name
//! differs from a word most often there: "Nell", "well"), and no name that is also an
//! everyday word ("Mark", "Hope") is a slip.

use super::NOT_A_NAME;
use super::reply::REPLY_OPENERS;
use crate::redact::names::{EVERYDAY, NOT_SURNAMES, is_name_word};

/// Interjections that are no reply word, and none of which is a name.
const INTERJECTIONS: &[&str] = &[
    "aha", "ahh", "argh", "aww", "bah", "blah", "eh", "eww", "gah", "hah", "heh", "hehe", "hm",
    "hmph", "huh", "idk", "lmao", "lmfao", "meh", "nah", "nvm", "omg", "ooh", "oof", "pfft",
    "psst", "rofl", "shh", "welp", "whoops", "wtf", "yay", "yikes",
];

/// Whether `lower` (a word in lower case) is no name but a slip or an interjection: one
/// of [`INTERJECTIONS`], a laugh ("hahaha", "lolol"), or a reply word misspelt or drawn
/// out, but not a reply word as it is (those are told by what they are) nor a name that
/// is also an everyday word.
pub(super) fn is_noise(lower: &str) -> bool {
    if !lower.bytes().all(|b| b.is_ascii_lowercase()) || lower.len() < 2 || is_name_word(lower) {
        return false;
    }
    if INTERJECTIONS.contains(&lower) || laugh(lower) {
        return true;
    }
    let reply_words = || {
        EVERYDAY
            .iter()
            .chain(NOT_SURNAMES)
            .chain(NOT_A_NAME)
            .chain(REPLY_OPENERS)
            .chain(INTERJECTIONS)
            .filter(|w| w.bytes().all(|b| b.is_ascii_lowercase()))
    };
    if reply_words().any(|w| *w == lower) {
        return false;
    }
    let squeezed = squeeze(lower);
    reply_words().any(|w| squeeze(w) == squeezed || (lower.len() >= 4 && slip(lower, w)))
}

/// `word` with each run of a letter written once ("heyyy" → "hey", "hello" → "helo").
fn squeeze(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    for c in word.chars() {
        if !out.ends_with(c) {
            out.push(c);
        }
    }
    out
}

/// "haha", "hehehe", "lolol": a laugh of two letters, said twice or more.
fn laugh(word: &str) -> bool {
    let bytes = word.as_bytes();
    bytes.len() >= 4
        && ["ha", "he", "ho", "lo", "ah"]
            .iter()
            .any(|unit| word.starts_with(unit))
        && (2..bytes.len()).all(|i| bytes[i] == bytes[i - 2])
}

/// Whether `typed` is `meant` (a reply word of four letters or more) with one slip of
/// typing: two letters swapped, or, its first letter kept, one dropped, or, when `meant`
/// has five letters or more, one hit or added beside a letter of it on the keyboard.
fn slip(typed: &str, meant: &str) -> bool {
    let (t, m) = (typed.as_bytes(), meant.as_bytes());
    if m.len() < 4 || t == m {
        return false;
    }
    // The common start and end.
    let head = t.iter().zip(m).take_while(|(a, b)| a == b).count();
    let tail = t
        .iter()
        .rev()
        .zip(m.iter().rev())
        .take_while(|(a, b)| a == b)
        .count();
    let near = |c: u8, i: usize| {
        [i.checked_sub(1).map(|j| m[j]), m.get(i).copied()]
            .into_iter()
            .flatten()
            .any(|k| k == c || adjacent(c, k))
    };
    if t.len() == m.len() {
        let swapped =
            head + 2 + tail == t.len() && t[head] == m[head + 1] && t[head + 1] == m[head];
        let beside =
            m.len() >= 5 && head >= 1 && head + 1 + tail == t.len() && adjacent(t[head], m[head]);
        swapped || beside
    } else if t.len() + 1 == m.len() {
        head >= 1 && head + tail >= t.len()
    } else if t.len() == m.len() + 1 {
        // Where the added letter may be: after the common start, before the common end.
        m.len() >= 5 && (t.len() - 1 - tail..=head).any(|i| i >= 1 && near(t[i], i))
    } else {
        false
    }
}

/// Whether keys `a` and `b` are beside each other on a QWERTY keyboard.
fn adjacent(a: u8, b: u8) -> bool {
    const ROWS: [&[u8]; 3] = [b"qwertyuiop", b"asdfghjkl", b"zxcvbnm"];
    let at = |c: u8| {
        ROWS.iter()
            .enumerate()
            .find_map(|(r, row)| row.iter().position(|&k| k == c).map(|col| (r, col)))
    };
    let (Some((ra, ca)), Some((rb, cb))) = (at(a), at(b)) else {
        return false;
    };
    // A lower row sits half a key to the right: its key `c` touches `c` and `c + 1`
    // above.
    let (upper, lower) = match ra.abs_diff(rb) {
        0 => return ca.abs_diff(cb) == 1,
        1 if ra < rb => (ca, cb),
        1 => (cb, ca),
        _ => return false,
    };
    lower == upper || lower + 1 == upper
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slips_of_typing_and_interjections() {
        for word in [
            "helo", "hwat", "waht", "plase", "pleasee", "thnaks", "sorru", "hmmm", "ummm",
            "hahaha", "lolol", "huh", "heyyy", "whyyy", "nevermnd",
        ] {
            assert!(is_noise(word), "{word}");
        }
        for word in [
            "susan", "kate", "walt", "nell", "luke", "mike", "mark", "tyler", "jane", "mary",
            "hello", "what", "lili", "anna", "alexis",
        ] {
            assert!(!is_noise(word), "{word}");
        }
        assert!(adjacent(b'y', b'u') && adjacent(b'a', b'q') && adjacent(b'a', b'w'));
        assert!(!adjacent(b'i', b'l') && !adjacent(b'k', b'w'));
    }
}
