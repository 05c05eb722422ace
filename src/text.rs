//! Text normalisation shared by rule validation and the engine.
//!
//! Takes message or phrase text; gives a lower-case, punctuation-free form in which words
//! are separated by exactly one space and the whole is padded with a space on each side,
//! so that a phrase `" too expensive "` matches only whole words. Apostrophes (straight or
//! curly) are dropped, so "don't", "don’t" and "dont" are one word. Each byte of the
//! normalised text maps back to the byte of the original it came from, so evidence can
//! quote the customer's own words. Clause punctuation (`.`, `!`, `?`, `;`, `,`, `:`, and
//! their full-width forms) is remembered so negation does not reach across a sentence.
//! In scripts written without spaces (Chinese, Japanese, Thai, …) each character is a
//! word of its own, so that a phrase of them matches inside a run of them.
//!
//! The same bytes, fed one at a time without being written, for ASCII text: `raw`.
//! Where to cut a quote so that it shows no part of a word or number: `clip`.
//!
//! Also [`count`], "1 message" / "2 messages", for every count a person reads, and the
//! escapes of text for a terminal ([`terminal`]) and for Markdown ([`markdown`]).

pub(crate) mod clip;
pub(crate) mod flag;
pub mod markdown;
pub(crate) mod number;
pub(crate) mod raw;
mod spaceless;
pub mod terminal;

pub(crate) use flag::parse_flag;
pub use markdown::escape_markdown;
pub(crate) use number::parse_number;
pub use terminal::{escape_controls, shown, shown_names};

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
    /// For every byte of `text`, the byte offset in the original it came from (only
    /// after [`Normalized::set_with_origin`]).
    origin: Vec<u32>,
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
                let bytes = lower.encode_utf8(&mut buf).as_bytes();
                self.text.extend_from_slice(bytes);
                if track {
                    self.origin.resize(self.origin.len() + bytes.len(), at);
                }
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

    /// ASCII text, the common case: what [`Normalized::fill_chars`] gives, into buffers
    /// sized up front (property-tested against it): eight bytes at a time where they are
    /// letters, digits and single spaces, otherwise a byte at a time through a table.
    /// `text` holds the leading space already.
    fn fill_ascii<const TRACK: bool>(&mut self, original: &[u8]) {
        let Normalized {
            text,
            origin,
            breaks,
            ..
        } = self;
        let mut n = text.len();
        let mut spaced = text.last() == Some(&b' ');
        text.resize(n + original.len(), b' ');
        if TRACK {
            origin.resize(n + original.len(), 0);
        }
        // Slices, not the vectors: their bounds stay in registers through the loop.
        let (out, from) = (&mut text[..], &mut origin[..]);
        let mut i = 0;
        while i < original.len() {
            // Eight letters, digits and single spaces at a time: they map byte for byte.
            if let Some(chunk) = original.get(i..).and_then(<[u8]>::first_chunk::<8>)
                && let Some(lowered) = plain_chunk(u64::from_le_bytes(*chunk), spaced)
            {
                out[n..n + 8].copy_from_slice(&lowered.to_le_bytes());
                if TRACK {
                    for (k, at) in from[n..n + 8].iter_mut().enumerate() {
                        *at = u32::try_from(i + k).unwrap_or(u32::MAX);
                    }
                }
                n += 8;
                i += 8;
                spaced = lowered >> 56 == u64::from(b' ');
                continue;
            }
            // Otherwise the next eight bytes (or what is left) one at a time.
            let stop = (i + 8).min(original.len());
            while i < stop {
                let class = ASCII[usize::from(original[i])];
                if class > BREAK {
                    out[n] = class;
                    if TRACK {
                        from[n] = u32::try_from(i).unwrap_or(u32::MAX);
                    }
                    n += 1;
                    spaced = false;
                } else if class != SKIP {
                    if !spaced {
                        out[n] = b' ';
                        if TRACK {
                            from[n] = u32::try_from(i).unwrap_or(u32::MAX);
                        }
                        n += 1;
                        spaced = true;
                    }
                    if class == BREAK {
                        let at = u32::try_from(n - 1).unwrap_or(u32::MAX);
                        if breaks.last() != Some(&at) {
                            breaks.push(at);
                        }
                    }
                }
                i += 1;
            }
        }
        text.truncate(n);
        if TRACK {
            origin.truncate(n);
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
            self.breaks
                .push(u32::try_from(self.text.len()).unwrap_or(u32::MAX));
        }
        self.text.push(b' ');
        if self.track {
            self.origin.push(at);
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
        if self.origin.is_empty() {
            return (0, 0);
        }
        let first = (start + 1).min(self.origin.len().saturating_sub(1));
        let last = end.saturating_sub(2).max(first);
        let from = self.origin[first] as usize;
        let to_char = self.origin[last.min(self.origin.len() - 1)] as usize;
        // The last character, and the marks composed with it.
        let to = original[to_char..]
            .char_indices()
            .take_while(|&(k, c)| k == 0 || is_combining_mark(c))
            .last()
            .map_or(to_char, |(k, c)| to_char + k + c.len_utf8());
        (from.min(original.len()), to.min(original.len()).max(from))
    }

    /// True when a negation word stands within `window` words before position `start`
    /// (the leading space of a match), in the same clause. "not frustrated" is negated;
    /// "why can't I talk to a human" is a question, not a negation (a negation word
    /// followed by a pronoun), "I can't believe how ridiculous" an intensifier, and
    /// "Not great. This is ridiculous" crosses a clause.
    pub fn negated_before(&self, start: usize, window: usize) -> bool {
        self.negation_before(start, window).is_some()
    }

    /// The negation word that cancels a match at `start`, as a range of the normalised
    /// text (without its spaces): see [`Normalized::negated_before`].
    pub fn negation_before(&self, start: usize, window: usize) -> Option<(usize, usize)> {
        let bytes = &self.text[..];
        let mut end = start; // position of the space after the word we look at
        let mut next_word: Option<&[u8]> = None;
        for _ in 0..window {
            if end == 0 || self.is_break(end) {
                return None;
            }
            let word_start = bytes[..end].iter().rposition(|&b| b == b' ')? + 1;
            let word = &bytes[word_start..end];
            if NEGATIONS.iter().any(|n| n.as_bytes() == word)
                && !next_word.is_some_and(|w| PRONOUNS.iter().any(|p| p.as_bytes() == w))
                && !INTENSIFIERS
                    .iter()
                    .any(|i| bytes[word_start..].starts_with(i.as_bytes()))
            {
                return Some((word_start, end));
            }
            next_word = Some(word);
            end = word_start - 1;
        }
        None
    }

    fn is_break(&self, pos: usize) -> bool {
        u32::try_from(pos).is_ok_and(|p| self.breaks.binary_search(&p).is_ok())
    }
}

/// `str::trim`, answered at once when neither end is whitespace: an ASCII character
/// other than whitespace at both ends, as in almost every field of an export.
pub fn trim(s: &str) -> &str {
    let plain = |b: Option<&u8>| b.is_some_and(|&b| b.is_ascii() && !char::from(b).is_whitespace());
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

/// Eight ASCII bytes, lower-cased, when each is a letter, a digit or a space that
/// follows no space (`spaced`: the output so far ends with one): what the byte-by-byte
/// table gives them. `None` for anything else.
fn plain_chunk(word: u64, spaced: bool) -> Option<u64> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // The high bit of each byte in `lo..=hi` (bytes below 0x80: no carry between them).
    let within = |lo: u8, hi: u8| {
        let at_least = word.wrapping_add(ONES * u64::from(0x80 - lo));
        let above = word.wrapping_add(ONES * u64::from(0x7F - hi));
        at_least & !above & HIGH
    };
    if word & HIGH != 0 {
        return None;
    }
    let upper = within(b'A', b'Z');
    let space = within(b' ', b' ');
    let plain = within(b'a', b'z') | upper | within(b'0', b'9') | space;
    // Every byte plain; no two spaces in a row, nor a space after one.
    if plain != HIGH || space & (space << 8) != 0 || (spaced && space & 0x80 != 0) {
        return None;
    }
    Some(word | (upper >> 2))
}

const SKIP: u8 = 0;
const SPACE: u8 = 1;
const BREAK: u8 = 2;

/// What each ASCII byte becomes: its lower-case self (letters and digits), `SKIP`
/// (apostrophes), `BREAK` (clause punctuation) or `SPACE` (anything else).
static ASCII: [u8; 128] = ASCII_TABLE;

/// [`ASCII`]'s contents, for [`raw`]'s table to be made from at compile time.
const ASCII_TABLE: [u8; 128] = {
    let mut table = [SPACE; 128];
    let mut c: u8 = 0;
    while c < 128 {
        if c.is_ascii_alphanumeric() {
            table[c as usize] = c.to_ascii_lowercase();
        }
        c += 1;
    }
    table[b'\'' as usize] = SKIP;
    table[b'`' as usize] = SKIP;
    let mut i = 0;
    let breaks = b".!?;,:\n";
    while i < breaks.len() {
        table[breaks[i] as usize] = BREAK;
        i += 1;
    }
    table
};

fn is_apostrophe(c: char) -> bool {
    matches!(
        c,
        '\'' | '\u{2019}' | '\u{2018}' | '\u{02BC}' | '`' | '\u{00B4}'
    )
}

const NEGATIONS: &[&str] = &[
    "not", "no", "never", "dont", "doesnt", "didnt", "isnt", "arent", "wasnt", "werent", "cant",
    "cannot", "couldnt", "wont", "wouldnt", "shouldnt", "havent", "hasnt", "hadnt", "aint",
    "neither", "nor", "without",
];

/// A negation word and what follows it that make it stronger, not a negation: "I can't
/// believe how rude", "never been so frustrated", "is there no way to talk to a human".
/// Normalised, each with the space after it.
const INTENSIFIERS: &[&str] = &[
    "cant believe ",
    "cannot believe ",
    "couldnt believe ",
    "cant stand ",
    "cannot stand ",
    "never been so ",
    "never been this ",
    "never been more ",
    "never seen such ",
    "never seen so ",
    "no way ",
];

const PRONOUNS: &[&str] = &[
    "i", "you", "we", "they", "he", "she", "it", "u", "someone", "anyone",
];

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
