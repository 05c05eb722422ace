//! How values and the words around them are written: the spaces and dashes between
//! groups of digits (as regex classes and as tests), the lengths of the groups, the
//! word right before a value (a thing's label: "product code …"), and a quick caseless
//! look for words before a pattern's search. Tells; finds no value.

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};

/// Whether the word before `start` names a thing's code ("product code SE123456A",
/// "Model number AB123456C", "Ref: JP123456B"): a national insurance number's shape
/// without its own label is then a code, not a person's number. Labelled ones
/// ("NI number …") are found with the secrets.
pub(super) fn after_thing_label(text: &str, start: usize) -> bool {
    const LABELS: &[&str] = &[
        "code",
        "coupon",
        "confirmation",
        "invoice",
        "item",
        "model",
        "no",
        "number",
        "order",
        "part",
        "product",
        "promo",
        "ref",
        "reference",
        "serial",
        "sku",
        "ticket",
        "tracking",
        "voucher",
    ];
    let word = word_before(text, start, |c| {
        c.is_whitespace() || matches!(c, ':' | '#' | '.' | '-')
    });
    LABELS.iter().any(|label| label.eq_ignore_ascii_case(word))
}

/// The letters that end right before `at`, once the `skip` characters before it are
/// passed over: the word a label or a verb is; empty when something else stands there
/// ("this:" before a value, to a caller that skips only spaces).
pub(super) fn word_before(text: &str, at: usize, skip: impl Fn(char) -> bool) -> &str {
    text[..at]
        .trim_end_matches(skip)
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or_default()
}

/// Whether the digits `text[start..end]` are a year said as a time, after a word that
/// says when ("I've had this pin since 2019", "pin changed in 2021", "the code from
/// 2018"): no code, though a code's word is near. A year a code's word gives ("my pin is
/// 2019", "pin: 2019") is one.
pub(super) fn year_of_time(text: &str, start: usize, end: usize) -> bool {
    const WHEN: &[&str] = &[
        "after", "around", "before", "by", "circa", "during", "from", "in", "since", "till",
        "until", "year",
    ];
    let number = &text[start..end];
    let year = number.len() == 4
        && (number.starts_with("19") || number.starts_with("20"))
        && number.bytes().all(|b| b.is_ascii_digit());
    year && {
        let word = word_before(text, start, char::is_whitespace);
        WHEN.iter().any(|w| w.eq_ignore_ascii_case(word))
    }
}

/// Spaces written between groups of digits: the space, the no-break space (U+00A0),
/// the narrow no-break space (U+202F) and the thin space (U+2009), as a regex class's
/// inside and as a test.
pub(super) const SPACES: &str = r"\x20\xA0\x{202F}\x{2009}";
/// Dashes written between groups of digits: the hyphen-minus, the hyphen, the
/// non-breaking hyphen, the figure dash and the en dash (U+2010 to U+2013).
pub(super) const DASHES: &str = r"\-\x{2010}-\x{2013}";

pub(super) fn is_space(c: char) -> bool {
    matches!(c, ' ' | '\u{A0}' | '\u{202F}' | '\u{2009}')
}

pub(super) fn is_dash(c: char) -> bool {
    matches!(c, '-' | '\u{2010}'..='\u{2013}')
}

/// A separator between groups of a number: a space or dash of either kind, a dot or a
/// slash.
pub(super) fn is_group_separator(c: char) -> bool {
    is_space(c) || is_dash(c) || matches!(c, '.' | '/')
}

/// The lengths of the runs of ASCII digits in `found`.
pub(super) fn group_lengths(found: &str) -> Vec<usize> {
    found
        .split(|c: char| !c.is_ascii_digit())
        .filter(|g| !g.is_empty())
        .map(str::len)
        .collect()
}

/// Where [`Caseless`] takes a word: anywhere, or as a whole word (no ASCII letter
/// before it, no ASCII letter, digit or `_` after it, as the patterns' ASCII word
/// boundaries see it). A word's edge that is no letter or digit (the brackets of
/// `[at]`) needs no boundary: the patterns take `ana[at]example` as they take
/// `ana [at] example`.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Whole {
    Anywhere,
    Word,
}

/// Words looked for in any ASCII case (lower-case ASCII each, with where it is taken),
/// made once: the quick test before a pattern's search over a text without digits, all
/// the words of the patterns that need none in one scan ([`Caseless::holds`]). One pass
/// of an Aho-Corasick automaton over the text, each word found then checked for where it
/// is taken: each byte compared with the words that start with it (a table of first
/// bytes) cost 359 M instructions of a `--redact --packets` run's 6,181 M on 20,000
/// generated conversations, the automaton 198 M.
pub(super) struct Caseless {
    /// The words, by their pattern's id in `searcher`.
    words: Vec<(&'static [u8], Whole)>,
    /// All the words, in any ASCII case, each match reported (overlapping: "pw" in
    /// "xpw pw" is taken where the first is not).
    searcher: Option<AhoCorasick>,
}

impl Caseless {
    pub(super) fn new(lists: &[(&[&'static [u8]], Whole)]) -> Caseless {
        let words: Vec<(&'static [u8], Whole)> = lists
            .iter()
            .flat_map(|&(words, whole)| words.iter().map(move |&word| (word, whole)))
            .filter(|(word, _)| !word.is_empty())
            .collect();
        // Lowered by `ascii_case_insensitive`, as `eq_ignore_ascii_case` does, not by
        // setting bit 0x20, which turns `[` into `{` (a word "[at]" was never
        // found).
        let searcher = AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::Standard)
            .kind(Some(AhoCorasickKind::DFA))
            .build(words.iter().map(|&(word, _)| word))
            .ok();
        Caseless { words, searcher }
    }

    /// Whether `text` holds one of the words in any ASCII case, where each is taken. Yes
    /// if the automaton could not be made or run (the patterns then look for
    /// themselves).
    pub(super) fn holds(&self, text: &str) -> bool {
        let bytes = text.as_bytes();
        let Some(mut found) = self
            .searcher
            .as_ref()
            .and_then(|searcher| searcher.try_find_overlapping_iter(bytes).ok())
        else {
            return true;
        };
        found.any(|m| {
            self.words
                .get(m.pattern().as_usize())
                .is_none_or(|&(word, whole)| {
                    whole == Whole::Anywhere || bounded(bytes, m.start(), word)
                })
        })
    }
}

/// Whether `text` holds one of `words` (lower-case ASCII) in any ASCII case, where
/// `whole` says: [`Caseless`], made for one call.
#[cfg(test)]
pub(super) fn holds_caseless(text: &str, words: &[&'static [u8]], whole: Whole) -> bool {
    Caseless::new(&[(words, whole)]).holds(text)
}

/// Whether `word`, found at `bytes[at..]`, stands as a whole word: no ASCII letter before
/// its first byte and no ASCII letter, digit or `_` after its last, each asked only
/// where that byte of the word is a letter or a digit.
fn bounded(bytes: &[u8], at: usize, word: &[u8]) -> bool {
    let (Some(first), Some(last)) = (word.first(), word.last()) else {
        return true;
    };
    let before = !first.is_ascii_alphanumeric() || at == 0 || !bytes[at - 1].is_ascii_alphabetic();
    let after = !last.is_ascii_alphanumeric()
        || bytes
            .get(at + word.len())
            .is_none_or(|&b| !(b.is_ascii_alphanumeric() || b == b'_'));
    before && after
}

/// Where the run of groups of ASCII digits that starts at `start` ends: groups each after
/// one space, dash or dot of either kind ([`is_space`], [`is_dash`]), as a code is
/// written spaced out ("123 456 789", "1234-5678-9012-3", "1 2 3 4 5 6 7 8 9"). A group
/// of one digit joins after a group of one or two, or once the run has two groups ("1234
/// 5678 9012 3"); after one longer group alone it is another thing ("my pin is 1234 5
/// times"). `start` when no digit stands there. Linear in the run's length.
pub(super) fn run_end(text: &str, start: usize) -> usize {
    let digits = |at: usize| text[at..].bytes().take_while(u8::is_ascii_digit).count();
    let first = digits(start);
    if first == 0 {
        return start;
    }
    let (mut end, mut last, mut groups) = (start + first, first, 1);
    while let Some(sep) = text[end..]
        .chars()
        .next()
        .filter(|&c| is_space(c) || is_dash(c) || c == '.')
    {
        let next = end + sep.len_utf8();
        let len = digits(next);
        if len == 0 || (len == 1 && groups == 1 && last > 2) {
            break;
        }
        (end, last, groups) = (next + len, len, groups + 1);
    }
    end
}

/// Whether the groups of digits in `run` are written as a date is ("2024-03-01",
/// "01.03.2024", "1.3.24"), or as an amount or a range ("10.50", "10-20", "1.5"), not
/// spaced: three groups of one or two digits, but one of four at an end; or two groups,
/// one of them of one or two digits.
pub(super) fn dated(run: &str) -> bool {
    if run.contains(|c: char| is_space(c)) {
        return false;
    }
    match group_lengths(run)[..] {
        [a, b] => a <= 2 || b <= 2,
        [a, b, c] => b <= 2 && matches!((a, c), (1 | 2 | 4, 1 | 2) | (1 | 2, 4)),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::{Whole, holds_caseless};

    /// [`holds_caseless`] written plainly: the text lowered, each word looked for at every
    /// byte, its bounds asked where its edge is a letter or a digit.
    fn every_word_at_every_byte(text: &str, words: &[&[u8]], whole: Whole) -> bool {
        let lower = text.to_ascii_lowercase();
        let bytes = lower.as_bytes();
        let letter = |at: Option<&u8>| at.is_some_and(u8::is_ascii_alphabetic);
        let word_byte =
            |at: Option<&u8>| at.is_some_and(|&b| b.is_ascii_alphanumeric() || b == b'_');
        (0..bytes.len()).any(|i| {
            words.iter().any(|word| {
                bytes[i..].starts_with(word)
                    && (whole == Whole::Anywhere
                        || ((!word[0].is_ascii_alphanumeric()
                            || !letter(i.checked_sub(1).and_then(|j| bytes.get(j))))
                            && (!word[word.len() - 1].is_ascii_alphanumeric()
                                || !word_byte(bytes.get(i + word.len())))))
            })
        })
    }

    const WORDS: &[&[u8]] = &[
        b"pin", b"pet", b"=", b".com", b"(at)", b"[at]", b"{at}", b"eyj",
    ];

    #[test]
    fn words_are_found_in_any_case_where_asked() {
        assert!(holds_caseless("my PIN is", WORDS, Whole::Word));
        assert!(!holds_caseless("pink petrol", WORDS, Whole::Word));
        assert!(holds_caseless("pink petrol", WORDS, Whole::Anywhere));
        assert!(holds_caseless("a@b.COM", WORDS, Whole::Anywhere));
        assert!(holds_caseless("x=1", WORDS, Whole::Anywhere));
        assert!(holds_caseless("ana {AT} example", WORDS, Whole::Word));
        assert!(!holds_caseless("", WORDS, Whole::Anywhere));
    }

    /// A word that starts with `[` was never found (its first byte was
    /// lowered by setting bit 0x20, which makes `[` a `{`), and a bracketed word glued to
    /// the letters beside it was no whole word, though the brackets bound it.
    #[test]
    fn a_bracketed_word_is_found_glued_or_apart() {
        for text in [
            "john [at] example.io",
            "john [AT]example.io",
            "john[at]example.io",
            "john(at)example.io",
            "ana{at}x",
        ] {
            assert!(holds_caseless(text, WORDS, Whole::Word), "{text}");
        }
        // A word's letters still need their bounds: "pinned", "carpet".
        assert!(!holds_caseless("pinned carpet [a]t", WORDS, Whole::Word));
    }

    /// The scan is one automaton over the text, which reports each word
    /// found, those inside a longer one and those that overlap ("pws" and "pw" in
    /// "pwsx"), so that one without its bounds hides none that has them.
    #[test]
    fn overlapping_words_are_each_checked_for_their_bounds() {
        let words = super::Caseless::new(&[
            (&[b"pw", b"pws", b"password", b"passwords"], Whole::Word),
            (&[b"=", b".co"], Whole::Anywhere),
        ]);
        for (text, holds) in [
            ("pwsx", false),
            ("pwsx PW", true),
            ("passwordsx", false),
            ("passwordsx password", true),
            ("xpasswords", false),
            ("1234Passwords: x", true),
            ("acme.COm", true),
            ("a == b", true),
            ("passport", false),
        ] {
            assert_eq!(words.holds(text), holds, "{text:?}");
        }
    }

    proptest! {
        /// The automaton changes no answer: the same as every word tried at every byte,
        /// on text of the words' letters, their capitals, brackets and letters past
        /// ASCII.
        #[test]
        fn the_automaton_changes_no_answer(
            text in "[pinetPINETcomCOM.=(){}\\[\\]@`^a-zA-Z_0-9 éß]{0,40}",
            word_match in any::<bool>(),
        ) {
            let whole = if word_match { Whole::Word } else { Whole::Anywhere };
            prop_assert_eq!(
                holds_caseless(&text, WORDS, whole),
                every_word_at_every_byte(&text, WORDS, whole)
            );
        }
    }
}
