//! Where the words of a customer's names stand in a text, as written: [`Names`] and a
//! text → the spans of the values masked whole, of each word of the names (a possessive
//! or digits glued after keep their tail), of a word typed again with a slip of
//! punctuation inside ("Har,per"), and of a name in a script without spaces inside a
//! longer run ("王伟"); and [`find_ascii_caseless`], the search they use. Finds, one kind
//! at a time; `find.rs` puts the kinds together.

use super::super::fold::{fold_mapped, is_glued};
use super::super::{Names, fold, is_word_char};
use crate::redact::intro::slips_inside;
use crate::text::is_combining_mark;

impl Names {
    /// Where the values masked whole are in `text`, where they stand apart (no letter or
    /// digit on either side but of a script without spaces), in order and apart.
    pub(super) fn whole_spans(&self, text: &str) -> Vec<(usize, usize)> {
        let mut out: Vec<(usize, usize)> = Vec::new();
        for value in &self.whole {
            let mut from = 0;
            while let Some(start) = find_ascii_caseless(text, value, from) {
                let end = start + value.len();
                // A letter of a script without spaces is no part of a username's word.
                let joins = |c: char| is_word_char(c) && (c.is_ascii() || !is_glued(c));
                // A mark before is its letter's: that letter decides.
                let before = text[..start].chars().rev().find(|&c| !is_combining_mark(c));
                let apart =
                    !before.is_some_and(joins) && !text[end..].chars().next().is_some_and(joins);
                if apart && !out.iter().any(|&(a, b)| start < b && a < end) {
                    out.push((start, end));
                    from = end;
                } else {
                    from = start + text[start..].chars().next().map_or(1, char::len_utf8);
                }
            }
        }
        out.sort_unstable();
        out
    }

    /// Where the words of these names are in `text`, in order.
    pub(super) fn word_spans(&self, text: &str) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        if self.words.is_empty() {
            return out;
        }
        let is_apostrophe = |c: char| c == '\'' || c == '\u{2019}';
        let mut chars = text.char_indices().peekable();
        while let Some((start, c)) = chars.next() {
            if !is_word_char(c) {
                continue;
            }
            let mut end = start + c.len_utf8();
            // A run of a script without spaces is a word of its own beside letters of
            // another ("Álvaro王伟"); its marks are its own.
            let glued = !c.is_ascii() && is_glued(c);
            while let Some(&(i, c)) = chars.peek() {
                let inner_apostrophe = is_apostrophe(c)
                    && text[i + c.len_utf8()..]
                        .chars()
                        .next()
                        .is_some_and(is_word_char);
                let other_script = if c.is_ascii() {
                    glued
                } else {
                    glued != is_glued(c) && !is_combining_mark(c)
                };
                if !(is_word_char(c) || inner_apostrophe) || other_script {
                    break;
                }
                end = i + c.len_utf8();
                chars.next();
            }
            let word = &text[start..end];
            // A possessive keeps its tail ("Chen's"), as do digits glued to a name
            // ("Miller2", "Miller٣": a name and an account number in one reply).
            let head = word.trim_end_matches(char::is_numeric);
            let name_end = if self.matches(word) {
                Some(end)
            } else if head.len() < word.len() {
                (!head.is_empty() && self.matches(head)).then_some(start + head.len())
            } else {
                word.rfind(is_apostrophe)
                    .filter(|&a| self.matches(&word[..a]))
                    .map(|a| start + a)
            };
            if let Some(name_end) = name_end {
                if name_end < end
                    || !(self.reads_as_word(text, start, end)
                        || self.names_a_street(text, start, end)
                        || Self::names_a_thing(text, start, end)
                        || Self::reads_as_a_date(text, start, end)
                        || self.names_a_known_place(text, start, end))
                {
                    out.push((start, name_end));
                }
            } else if glued && !self.glued.is_empty() {
                self.glued_spans(word, start, &mut out);
            } else if let Some(joined_end) = self.slipped_apart(text, start, end) {
                // "Har,per" after "Dr Harper": a name typed again with a slip of
                // punctuation inside, whole.
                out.push((start, joined_end));
                while chars.next_if(|&(i, _)| i < joined_end).is_some() {}
            }
        }
        out
    }

    /// Where the words after the one at `text[start..end]`, each after a slip of
    /// punctuation, end, if the words joined are a word of these names ("Har,per" for
    /// "Harper", "al;exis" for "alexis", "Ha,rp,er" with two slips), as written: the
    /// longest so joined, of three slips at most.
    fn slipped_apart(&self, text: &str, start: usize, end: usize) -> Option<usize> {
        // Most words have no slip and letters after them: nothing joined, nor allocated,
        // for those; one allocation, room for a few slips, for the others.
        let mut joined = String::new();
        let mut at = end;
        let mut found = None;
        for _ in 0..3 {
            let Some(slip) = text[at..].chars().next().filter(|&c| slips_inside(c)) else {
                break;
            };
            let from = at + slip.len_utf8();
            let after = text[from..]
                .find(|c: char| !(c.is_alphabetic() || is_combining_mark(c)))
                .map_or(text.len(), |i| from + i);
            if after == from {
                break;
            }
            if joined.is_empty() {
                joined.reserve(end - start + 3 * (after - from));
                joined.push_str(&text[start..end]);
            }
            joined.push_str(&text[from..after]);
            if self.matches(&joined) {
                found = Some(after);
            }
            at = after;
        }
        found
    }

    /// Where the names of scripts without spaces are inside `word` (at `offset` in its
    /// text), into `out`: the earliest first, the longest of those starting together.
    fn glued_spans(&self, word: &str, offset: usize, out: &mut Vec<(usize, usize)>) {
        let (folded, map) = fold_mapped(word);
        let mut found: Vec<(usize, usize)> = self
            .glued
            .iter()
            .flat_map(|name| {
                folded
                    .match_indices(name.as_str())
                    .map(|(i, name)| (i, i + name.len()))
            })
            .collect();
        found.sort_unstable_by_key(|&(start, end)| (start, std::cmp::Reverse(end)));
        let mut taken = 0;
        for (start, end) in found {
            if start < taken {
                continue;
            }
            taken = end;
            // Where in the word the first folded character comes from, and where the
            // character after the last one starts (the marks between are the name's).
            let Ok(first) = map.binary_search_by_key(&start, |&(f, _)| f) else {
                continue;
            };
            let last = map.partition_point(|&(f, _)| f < end).saturating_sub(1);
            let last_at = map[last].1;
            let word_end = map[last..]
                .iter()
                .map(|&(_, at)| at)
                .find(|&at| at > last_at)
                .unwrap_or(word.len());
            out.push((offset + map[first].1, offset + word_end));
        }
    }

    /// Whether `word` is a word of these names, as it is written (one masked only where
    /// capitalised needs its capital). The words are sorted ([`Names::settle`]): a binary
    /// search, as a conversation may give thousands of names (a list of them).
    pub(in crate::redact::names) fn matches(&self, word: &str) -> bool {
        // Most words are ASCII: folded, they are their ASCII lower case, compared in
        // place (folding every word of every text into a new string was three quarters
        // of `--redact`'s cost).
        let found = if word.is_ascii() {
            let lower = || word.bytes().map(|b| b.to_ascii_lowercase());
            self.words
                .binary_search_by(|(name, _)| name.bytes().cmp(lower()))
        } else {
            let folded = fold(word);
            self.words
                .binary_search_by(|(name, _)| name.as_str().cmp(folded.as_str()))
        };
        found.is_ok_and(|i| !self.words[i].1 || word.chars().next().is_some_and(char::is_uppercase))
    }
}

/// Where `value` is in `text` from byte `from`, its ASCII letters in any case and the
/// rest as written ("jösé99" in "Jösé99"). Compared byte for byte: a match of whole
/// UTF-8 characters starts and ends on a character's boundary in `text` too.
pub(in crate::redact) fn find_ascii_caseless(
    text: &str,
    value: &str,
    from: usize,
) -> Option<usize> {
    let needle = value.as_bytes();
    let &first = needle.first()?;
    let bytes = text.as_bytes();
    memchr::memchr2_iter(
        first.to_ascii_lowercase(),
        first.to_ascii_uppercase(),
        bytes.get(from..)?,
    )
    .map(|i| from + i)
    .find(|&i| {
        bytes
            .get(i..i + needle.len())
            .is_some_and(|candidate| candidate.eq_ignore_ascii_case(needle))
    })
}
