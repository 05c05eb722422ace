//! Text normalisation shared by rule validation and the engine.
//!
//! Takes message or phrase text; gives a lower-case, punctuation-free form in which words
//! are separated by exactly one space and the whole is padded with a space on each side,
//! so that a phrase `" too expensive "` matches only whole words. Apostrophes (straight or
//! curly) are dropped, so "don't", "don’t" and "dont" are one word. Each byte of the
//! normalised text maps back to the byte of the original it came from, so evidence can
//! quote the customer's own words (kept as the points where the two stop running byte for
//! byte: `origins`). Clause punctuation (`.`, `!`, `?`, `;`, `,`, `:`, and
//! their full-width forms) is remembered so negation does not reach across a sentence.
//! In scripts written without spaces (Chinese, Japanese, Thai, …) each character is a
//! word of its own, so that a phrase of them matches inside a run of them.
//!
//! ASCII text, most messages, takes a fast path of its own: `ascii`. Whether a negation
//! word before a match cancels it: `negation`.
//!
//! The same bytes, fed one at a time without being written, for ASCII text: `raw`.
//! Where to cut a quote so that it shows no part of a word or number: `clip`. The
//! names of the weekdays and months: `calendar`; words for peoples, faiths and
//! tongues, which no reader takes for a name: `peoples`; common English words and names
//! that are everyday words too: `english`; known places: `places` (the word lists
//! redaction and the summaries share); letters without their accents: `accents`;
//! whether one of many spans holds another: `spans`.
//!
//! Also [`count`], "1 message" / "2 messages", for every count a person reads, and the
//! escapes of text for a terminal ([`terminal`]) and for Markdown ([`markdown`]).

mod accent_tables;
pub(crate) mod accents;
mod ascii;
pub(crate) mod calendar;
pub(crate) mod clip;
pub(crate) mod english;
pub(crate) mod flag;
pub mod markdown;
mod negation;
pub(crate) mod number;
mod origins;
pub(crate) mod participle;
pub(crate) mod peoples;
pub(crate) mod places;
pub(crate) mod raw;
pub(crate) mod shell;
mod spaceless;
pub(crate) mod spans;
pub mod terminal;

pub(crate) use flag::parse_flag;
pub use markdown::escape_markdown;
pub(crate) use negation::is_negation;
pub(crate) use number::parse_number;
use origins::Origins;
pub use terminal::{as_written, escape_controls, shown, shown_names, token, untoken};

/// An upper-case letter, then at least one lower-case one: "Ben", "Mcdonald", not "BEN".
pub(crate) fn capitalised(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase) && chars.any(char::is_lowercase)
}

/// Whether `c` is a combining mark (Unicode `General_Category` M: Mn, Mc, Me), by the
/// tables of the NFKC normalisation here: the one predicate for what stays on the letter
/// before it, in normalised text and in the names redaction folds.
pub(crate) use unicode_normalization::char::is_combining_mark;
use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfkc_quick};

/// What a letter or digit `c` becomes in normalised text: its lower case, with the long
/// s (`ſ`, which is its own lower case) as `s`, as case-insensitive matching (the regex
/// crate's) takes them for one letter.
pub(crate) fn lowered(c: char) -> impl Iterator<Item = char> {
    c.to_lowercase()
        .map(|l| if l == '\u{17F}' { 's' } else { l })
}

/// A normalised text with its map back to the original. Reused across messages.
#[derive(Debug, Default, Clone)]
pub struct Normalized {
    /// Always valid UTF-8: ASCII, or the UTF-8 of lower-cased characters.
    text: Vec<u8>,
    /// For every character of `text`, the byte offset in the original it came from
    /// (only after [`Normalized::set_with_origin`]), kept as the points where `text`
    /// stops running byte for byte with the original.
    origin: Origins,
    /// Byte positions in `text` of separators that replaced clause punctuation.
    breaks: Vec<u32>,
    track: bool,
}

impl Normalized {
    /// Normalises `original`, with the map back to it.
    pub fn new(original: &str) -> Self {
        let mut n = Normalized::default();
        n.set_with_origin(original);
        n
    }

    /// Normalises `original` into this buffer, reusing its allocations. No map back to
    /// the original: call [`Normalized::set_with_origin`] when a match needs quoting.
    pub fn set(&mut self, original: &str) {
        self.fill(original, false);
    }

    /// Normalises `original` and records where each byte came from.
    pub fn set_with_origin(&mut self, original: &str) {
        self.fill(original, true);
    }

    fn fill(&mut self, original: &str, track: bool) {
        self.text.clear();
        self.origin.clear();
        self.breaks.clear();
        self.track = track;
        // All the text needs, in most cases: no second allocation for the last space
        // (twice the text, for a message of megabytes).
        self.text.reserve(original.len() + 2);
        self.push_space(0, false);
        if original.is_ascii() {
            if track {
                self.fill_ascii::<true>(original.as_bytes());
            } else {
                self.fill_ascii::<false>(original.as_bytes());
            }
        } else {
            self.fill_chars(original, track);
        }
        let end = u32::try_from(original.len()).unwrap_or(u32::MAX);
        self.push_space(end, false);
    }

    /// Any text, a character at a time, in NFKC: a letter and the combining marks after
    /// it are composed ("cafe\u{301}" is "café"), and compatibility forms are their plain
    /// letters ("ＣＡＦＥ" is "cafe", "ﬁ" is "fi"), so that a phrase matches whatever form
    /// the text was typed or exported in. What a cluster becomes maps back to its start.
    fn fill_chars(&mut self, original: &str, track: bool) {
        let mut chars = original.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            let at = u32::try_from(i).unwrap_or(u32::MAX);
            let mut end = i + c.len_utf8();
            while let Some(&(j, mark)) = chars.peek() {
                if !is_combining_mark(mark) {
                    break;
                }
                end = j + mark.len_utf8();
                chars.next();
            }
            let cluster = &original[i..end];
            if cluster.len() == c.len_utf8()
                && is_nfkc_quick(std::iter::once(c)) == IsNormalized::Yes
            {
                self.push_char(c, at, end, track);
            } else {
                for composed in cluster.nfkc() {
                    self.push_char(composed, at, end, track);
                }
            }
        }
    }

    /// One character of [`Normalized::fill_chars`] from the original's bytes `at..end`.
    fn push_char(&mut self, c: char, at: u32, end: usize, track: bool) {
        if is_apostrophe(c) {
            return;
        }
        // A mark that composes with nothing stays on its letter's word.
        if c.is_alphanumeric() || (is_combining_mark(c) && self.text.last() != Some(&b' ')) {
            // A character of a script written without spaces is a word of its own.
            let alone = spaceless::is_spaceless(c);
            if alone {
                self.push_space(at, false);
            }
            let mut buf = [0u8; 4];
            for lower in lowered(c) {
                if track {
                    self.origin.push(position(self.text.len()), at);
                }
                self.text
                    .extend_from_slice(lower.encode_utf8(&mut buf).as_bytes());
            }
            if alone {
                self.push_space(u32::try_from(end).unwrap_or(u32::MAX), false);
            }
        } else {
            let clause = matches!(c, '.' | '!' | '?' | ';' | ',' | ':' | '\n')
                || spaceless::is_wide_clause_mark(c);
            self.push_space(at, clause);
        }
    }

    fn push_space(&mut self, at: u32, clause_break: bool) {
        if self.text.last() == Some(&b' ') {
            if clause_break {
                let pos = u32::try_from(self.text.len() - 1).unwrap_or(u32::MAX);
                if self.breaks.last() != Some(&pos) {
                    self.breaks.push(pos);
                }
            }
            return;
        }
        if clause_break {
            self.breaks.push(position(self.text.len()));
        }
        if self.track {
            self.origin.push(position(self.text.len()), at);
        }
        self.text.push(b' ');
    }

    /// Gives back the memory of a text of megabytes (a log pasted into a chat), rather
    /// than keep it for the next, short one and for the rest of the run.
    pub(crate) fn release_long(&mut self) {
        /// Bytes of normalised text kept: more than any message but a pasted log.
        const KEPT: usize = 1 << 20;
        if self.text.capacity() > KEPT {
            *self = Normalized::default();
        }
    }

    /// The padded normalised text: `" words like this "`.
    pub fn as_str(&self) -> &str {
        std::str::from_utf8(&self.text).unwrap_or_default()
    }

    /// The padded normalised text as bytes (what the phrase automaton searches).
    pub fn as_bytes(&self) -> &[u8] {
        &self.text
    }

    /// Whether the map back to the original was recorded.
    pub fn has_origin(&self) -> bool {
        self.track
    }

    /// The words, without padding.
    pub fn words(&self) -> impl Iterator<Item = &[u8]> {
        self.text.split(|&b| b == b' ').filter(|w| !w.is_empty())
    }

    /// True when the text has no letters or digits at all.
    pub fn is_blank(&self) -> bool {
        self.text.len() <= 1
    }

    /// The byte range in the original text that normalised range `start..end` came from.
    /// `start..end` is a match of a padded phrase, so it begins and ends with a space.
    pub fn original_range(&self, start: usize, end: usize, original: &str) -> (usize, usize) {
        let origin = |n| self.origin.get(&self.text, n);
        let (Some(from), Some(to_char)) = (
            origin(start + 1),
            origin(end.saturating_sub(2).max(start + 1)),
        ) else {
            return (0, 0);
        };
        // The last character, and the marks composed with it.
        let to = original[to_char..]
            .char_indices()
            .take_while(|&(k, c)| k == 0 || is_combining_mark(c))
            .last()
            .map_or(to_char, |(k, c)| to_char + k + c.len_utf8());
        (from.min(original.len()), to.min(original.len()).max(from))
    }
}

/// A byte position in a normalised text, as its maps keep it.
fn position(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// `str::trim`, answered at once when neither end is whitespace: an ASCII character
/// other than whitespace at both ends, as in almost every field of an export.
pub fn trim(s: &str) -> &str {
    // ASCII's whitespace for `char::is_whitespace`: space, and tab to carriage return.
    let plain =
        |b: Option<&u8>| b.is_some_and(|&b| b.is_ascii() && !matches!(b, b' ' | b'\t'..=b'\r'));
    let bytes = s.as_bytes();
    if plain(bytes.first()) && plain(bytes.last()) {
        s
    } else {
        s.trim()
    }
}

/// Normalises a phrase as it would appear in normalised message text (padded).
pub fn normalize_phrase(phrase: &str) -> String {
    Normalized::new(phrase).as_str().to_owned()
}

fn is_apostrophe(c: char) -> bool {
    matches!(
        c,
        '\'' | '\u{2019}' | '\u{2018}' | '\u{02BC}' | '`' | '\u{00B4}'
    )
}

/// `n` and a noun with a regular plural: "1 message", "0 messages", "2 messages".
pub fn count(n: impl TryInto<u64>, noun: &str) -> String {
    let n: u64 = n.try_into().unwrap_or(u64::MAX);
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

#[cfg(test)]
mod tests;
