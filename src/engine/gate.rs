//! Regex gates: a regex → a few bytes one of which every match of it contains, so the
//! matcher can skip the regex on a message that has none of them.
//!
//! Most messages match no regex, and on a short message the regex crate's set-up costs
//! more than the search: the starter's two regexes took a tenth of a replay. A gate is a
//! `memchr` for, say, `%` (`\d{1,2}\s?% off`) or `4`/`5` (`error[ :#-]*[45]\d\d`). It is
//! worked out from the pattern's syntax tree as the regex crate parses it
//! (case-insensitive, Unicode): a literal needs any one of its bytes, a class the first
//! byte of any of its characters, a concatenation the cheapest of its parts, an
//! alternation something from every branch; anything that can match empty text needs
//! nothing, and then there is no gate. A property test holds it to the regex crate.

use regex_syntax::hir::{Class, Hir, HirKind};

/// Bytes one of which is in every match.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct ByteSet([u64; 4]);

impl ByteSet {
    const EMPTY: ByteSet = ByteSet([0; 4]);

    fn insert(&mut self, b: u8) {
        self.0[usize::from(b / 64)] |= 1 << (b % 64);
    }

    fn insert_range(&mut self, from: u8, to: u8) {
        for b in from..=to {
            self.insert(b);
        }
    }

    fn union(self, other: ByteSet) -> ByteSet {
        let mut out = self;
        for (a, b) in out.0.iter_mut().zip(other.0) {
            *a |= b;
        }
        out
    }

    fn bytes(&self) -> impl Iterator<Item = u8> + '_ {
        (0..=255u8).filter(|&b| self.0[usize::from(b / 64)] & (1 << (b % 64)) != 0)
    }

    /// How often, roughly, a message holds one of these bytes: spaces and lower-case
    /// letters are everywhere, digits and punctuation are rare.
    fn cost(&self) -> u32 {
        self.bytes()
            .map(|b| match b {
                b' ' => 100,
                b'a'..=b'z' => 20,
                0x80..=0xBF => 50,
                b'A'..=b'Z' | b'0'..=b'9' | b'\t' | b'\n' | b'\r' => 3,
                _ => 2,
            })
            .sum()
    }
}

/// What a message must hold for a regex (or any of several) to match it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Gate {
    /// Nothing to check: the regex runs on every message.
    Open,
    One(u8),
    Two(u8, u8),
    Three(u8, u8, u8),
}

/// At most this cost of a gate's bytes (see [`ByteSet::cost`]): a gate on common letters
/// would let almost every message through and only add its own check.
const MAX_COST: u32 = 12;

impl Gate {
    /// The gate of one pattern, compiled as the matcher compiles it (case-insensitive).
    #[cfg(test)]
    fn of(pattern: &str) -> Gate {
        Gate::from_set(required_of(pattern))
    }

    /// The gate of each pattern, and one for all of them (a byte of any of theirs), each
    /// pattern parsed once.
    pub(super) fn each_and_any<'a>(
        patterns: impl IntoIterator<Item = &'a str>,
    ) -> (Vec<Gate>, Gate) {
        let sets: Vec<Option<ByteSet>> = patterns.into_iter().map(required_of).collect();
        let any = sets
            .iter()
            .try_fold(ByteSet::EMPTY, |all, set| Some(all.union((*set)?)));
        let each = sets.into_iter().map(Gate::from_set).collect();
        (each, Gate::from_set(any))
    }

    fn from_set(set: Option<ByteSet>) -> Gate {
        let Some(set) = set.filter(|s| s.cost() <= MAX_COST) else {
            return Gate::Open;
        };
        let bytes: Vec<u8> = set.bytes().collect();
        match bytes[..] {
            [a] => Gate::One(a),
            [a, b] => Gate::Two(a, b),
            [a, b, c] => Gate::Three(a, b, c),
            // None (a regex that can match nothing) is left to the regex crate.
            _ => Gate::Open,
        }
    }

    /// Whether `text` may match.
    pub(super) fn admits(&self, text: &[u8]) -> bool {
        match *self {
            Gate::Open => true,
            Gate::One(a) => holds_any(text, [a]),
            Gate::Two(a, b) => holds_any(text, [a, b]),
            Gate::Three(a, b, c) => holds_any(text, [a, b, c]),
        }
    }
}

/// Whether `text` holds any of `bytes`. Messages are short: below this length one pass
/// without a branch per byte costs less than `memchr` starting up (callgrind).
fn holds_any<const N: usize>(text: &[u8], bytes: [u8; N]) -> bool {
    const SHORT: usize = 128;
    if text.len() >= SHORT {
        return match bytes[..] {
            [a] => memchr::memchr(a, text).is_some(),
            [a, b] => memchr::memchr2(a, b, text).is_some(),
            [a, b, c] => memchr::memchr3(a, b, c, text).is_some(),
            _ => text.iter().any(|t| bytes.contains(t)),
        };
    }
    let found = text.iter().fold(0u8, |found, t| {
        found | bytes.iter().fold(0u8, |hit, b| hit | u8::from(t == b))
    });
    found != 0
}

fn required_of(pattern: &str) -> Option<ByteSet> {
    let hir = regex_syntax::ParserBuilder::new()
        .case_insensitive(true)
        .build()
        .parse(pattern)
        .ok()?;
    required(&hir)
}

/// Bytes one of which every match of `hir` contains; `None` when there is no such set
/// (it can match empty text, or the analysis does not go that far).
fn required(hir: &Hir) -> Option<ByteSet> {
    let cheapest = |sets: &mut dyn Iterator<Item = ByteSet>| sets.min_by_key(ByteSet::cost);
    match hir.kind() {
        HirKind::Literal(literal) => cheapest(&mut literal.0.iter().map(|&b| {
            let mut set = ByteSet::EMPTY;
            set.insert(b);
            set
        })),
        HirKind::Class(Class::Bytes(class)) => {
            let mut set = ByteSet::EMPTY;
            for r in class.ranges() {
                set.insert_range(r.start(), r.end());
            }
            Some(set)
        }
        HirKind::Class(Class::Unicode(class)) => {
            let mut set = ByteSet::EMPTY;
            for r in class.ranges() {
                let (start, end) = (u32::from(r.start()), u32::from(r.end()));
                if start < 0x80 {
                    set.insert_range(lead(start), lead(end.min(0x7F)));
                }
                if end >= 0x80 {
                    // Lead bytes grow with the character: every one in between may occur.
                    set.insert_range(lead(start.max(0x80)), lead(end));
                }
            }
            Some(set)
        }
        HirKind::Repetition(repetition) if repetition.min > 0 => required(&repetition.sub),
        // Empty text, a look-around, an optional part: nothing is needed.
        HirKind::Empty | HirKind::Look(_) | HirKind::Repetition(_) => None,
        HirKind::Capture(capture) => required(&capture.sub),
        HirKind::Concat(parts) => cheapest(&mut parts.iter().filter_map(required)),
        HirKind::Alternation(branches) => branches
            .iter()
            .try_fold(ByteSet::EMPTY, |all, b| Some(all.union(required(b)?))),
    }
}

/// The first byte of a character's UTF-8 encoding.
fn lead(c: u32) -> u8 {
    let byte = match c {
        0..=0x7F => c,
        0x80..=0x7FF => 0xC0 | (c >> 6),
        0x800..=0xFFFF => 0xE0 | (c >> 12),
        _ => 0xF0 | (c >> 18),
    };
    u8::try_from(byte).unwrap_or(u8::MAX)
}

/// Test input: regexes of one to two branches, each `per_branch` of `piece` in a row.
#[cfg(test)]
pub(super) fn alternations(
    piece: impl proptest::strategy::Strategy<Value = &'static str>,
    per_branch: std::ops::Range<usize>,
) -> impl proptest::strategy::Strategy<Value = String> {
    use proptest::prelude::*;
    prop::collection::vec(prop::collection::vec(piece, per_branch), 1..3).prop_map(|branches| {
        branches
            .iter()
            .map(|b| b.concat())
            .collect::<Vec<_>>()
            .join("|")
    })
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    #[test]
    fn the_starter_regexes_have_gates() {
        assert_eq!(Gate::of(r"\b\d{1,2}\s?% off\b"), Gate::One(b'%'));
        assert_eq!(
            Gate::of(r"\b(?:error|err|http|status)[ :#-]*[45]\d\d\b"),
            Gate::Two(b'4', b'5')
        );
        let (each, any) = Gate::each_and_any([r"\bcase-0-\d{3,6}\b", r"\bcase-10-\d{3,6}\b"]);
        assert_eq!(each, vec![Gate::One(b'-'), Gate::One(b'-')]);
        assert_eq!(any, Gate::One(b'-'));
    }

    #[test]
    fn no_gate_when_a_match_can_be_empty_or_common() {
        assert_eq!(Gate::of(r"x*"), Gate::Open);
        assert_eq!(Gate::of(r"\bplease\b"), Gate::Open);
        assert_eq!(Gate::of(r"a|%"), Gate::Open);
        assert_eq!(
            Gate::each_and_any([r"%", r"\w+"]),
            (vec![Gate::One(b'%'), Gate::Open], Gate::Open)
        );
        assert_eq!(Gate::of(r"(unclosed"), Gate::Open);
    }

    #[test]
    fn case_folding_is_in_the_gate() {
        // `k` also matches the Kelvin sign (U+212A, first byte 0xE2).
        assert_eq!(Gate::of("k"), Gate::Open);
        assert_eq!(Gate::of("K-9"), Gate::One(b'-'));
        assert!(Gate::of("#").admits("issue #4".as_bytes()));
        assert!(!Gate::of("#").admits(b"issue 4"));
    }

    fn pattern() -> impl Strategy<Value = String> {
        let piece = prop::sample::select(vec![
            "a",
            "K",
            "k",
            "s",
            "é",
            "%",
            "-",
            "#",
            "[45]",
            r"\d",
            r"\b",
            "(?:ab|c%)",
            "x?",
            "y*",
            "z+",
            "[a-c]",
            r"\w",
            "ß",
            ".",
            r"\s",
            "[^a]",
            r"\D",
            "(?:%|-)",
            "(4|5)",
            "٣",
            "(?-i:Q)",
            r"\x{212A}",
            "[0-9]{2,}",
            "%?",
            "-*",
            "#{0,2}",
            "(?:#)+",
        ]);
        alternations(piece, 1..5)
    }

    fn text() -> impl Strategy<Value = String> {
        let piece = prop::sample::select(vec![
            "a", "b", "c", "k", "K", "\u{212A}", "s", "\u{17F}", "S", "é", "É", "%", "-", "#", "4",
            "5", "0", "٣", " ", "x", "y", "z", "ß", "ẞ", "q", "Q", "ab", "\n",
        ]);
        prop::collection::vec(piece, 0..12).prop_map(|p| p.concat())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(3000))]

        #[test]
        fn holds_any_is_contains(text in prop::collection::vec(prop::sample::select(b"ab%-4\n".to_vec()), 0..300)) {
            prop_assert_eq!(holds_any(&text, [b'%']), text.contains(&b'%'));
            prop_assert_eq!(holds_any(&text, [b'4', b'-']), text.contains(&b'4') || text.contains(&b'-'));
            prop_assert_eq!(
                holds_any(&text, [b'4', b'-', b'%']),
                text.iter().any(|t| b"4-%".contains(t))
            );
        }

        /// A gate never turns away a message its regex matches.
        #[test]
        fn a_gate_admits_every_match(pattern in pattern(), texts in prop::collection::vec(text(), 1..8)) {
            let regex = regex::RegexBuilder::new(&pattern).case_insensitive(true).build().unwrap();
            let gate = Gate::of(&pattern);
            for t in &texts {
                if regex.is_match(t) {
                    prop_assert!(gate.admits(t.as_bytes()), "{pattern:?} matches {t:?} but {gate:?}");
                }
            }
        }
    }
}
