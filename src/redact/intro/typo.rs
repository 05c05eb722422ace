//! Words that name no one in reply to a question for the name: a word in lower case →
//! whether it is a reply word misspelt or drawn out ("helo", "hwat", "pleasee",
//! "hmmm"), or an interjection ("huh", "hahaha"), so that it is taken for no name.
//!
//! The reply words are those chats put where a name would go ([`EVERYDAY`],
//! [`NOT_SURNAMES`], the words that follow "my name is" without being one, and those a
//! reply opens with), not all common English: names are often one letter from a common
//! word ("Kate" and "late", "Luke" and "like"). A misspelling is one slip of the kind
//! typing makes, of the few reply words people type fast ([`SLIPPED`]: "hello", "what",
//! "please"…): two letters swapped ("hwat"), one dropped ("plase"), or, in a word of five
//! letters or more, one hit beside the key meant or added beside it ("sorru"); or any
//! reply word drawn out at its end ("heyyy", "whyyy"). The first letter is never the one
//! changed (a name differs from a word most often there: "Nell", "well"), and no name
//! that is also an everyday word ("Mark", "Hope") is a slip.

use super::reply::REPLY_OPENERS;
use super::{CHAT_ABBREVIATIONS, NOT_A_NAME};
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
            .chain(CHAT_ABBREVIATIONS)
            .chain(REPLY_OPENERS)
            .chain(INTERJECTIONS)
            .filter(|w| w.bytes().all(|b| b.is_ascii_lowercase()))
    };
    if reply_words().any(|w| *w == lower) {
        return false;
    }
    // Drawn out at its end ("heyyy", "pleasee"), not shortened ("Ned" is no "need") nor
    // doubled inside ("Noor" is no "nor"), and a word of two letters by two more ("hiii",
    // where "Ann" is no "an").
    let drawn_out = |w: &str| {
        w.bytes().last().is_some_and(|last| {
            lower.len() > w.len()
                && (w.len() >= 3 || lower.len() >= w.len() + 2)
                && lower.starts_with(w)
                && lower.bytes().skip(w.len()).all(|b| b == last)
        })
    };
    reply_words().any(|w| drawn_out(w))
        || (lower.len() >= 4 && SLIPPED.iter().any(|w| slip(lower, w)))
}

/// The reply words a slip of typing is looked for from: those a reply opens with or
/// stands for, which people type fast, and which few names are a slip from. Not every
/// reply word: many names are a slip from one ("Greta" from "great", "Emil" from
/// "email", "Wong" from "wrong", "Earl" from "early").
const SLIPPED: &[&str] = &[
    "hello",
    "okay",
    "please",
    "sorry",
    "thank",
    "thanks",
    "what",
    "whatever",
    "nevermind",
    "yeah",
    "sure",
    "because",
    "whoa",
    "geez",
    "oops",
];

/// "haha", "hehehe", "lolol": a laugh of two letters, said twice or more.
fn laugh(word: &str) -> bool {
    let bytes = word.as_bytes();
    // "Lolo" is a name; "lolol" a laugh.
    bytes.len() >= if word.starts_with("lo") { 5 } else { 4 }
        && ["ha", "he", "ho", "lo", "ah"]
            .iter()
            .any(|unit| word.starts_with(unit))
        && (2..bytes.len()).all(|i| bytes[i] == bytes[i - 2])
}

/// Whether `typed` is `meant` (a reply word of four letters or more) with one slip of
/// typing: two letters swapped, or, its first letter kept, one dropped, or, when `meant`
/// has five letters or more, one hit or added beside a letter of it on the keyboard.
pub(super) fn slip(typed: &str, meant: &str) -> bool {
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
