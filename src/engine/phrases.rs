//! The phrase automaton: normalised phrases → every occurrence, overlapping ones too, in
//! a normalised message.
//!
//! An Aho-Corasick automaton from the aho-corasick crate, walked here a byte at a time
//! through its [`Automaton`] interface: the crate's own overlapping search keeps its
//! position in a state struct it can resume from, loaded and stored at every byte; here
//! the state stays in a register (2 % fewer instructions for a whole replay, and the
//! walk's share of time down from 18 % to 14.5 % once matches were reported out of the
//! loop: docs/performance-log.md). Up to [`DFA_MAX_PATTERNS`] phrases make a full DFA, the
//! fastest walk; more make a contiguous NFA (or, past its size limit, a non-contiguous
//! one), to keep memory down.
//!
//! Also the same walk over a message as written, normalised as it goes
//! ([`Phrases::any_in_raw`]): whether anything matches, without a normalised copy.

use aho_corasick::automaton::{Automaton, StateID};
use aho_corasick::{Anchored, MatchKind, dfa, nfa};

use crate::text::raw::{Take, feed_words};

/// Up to this many distinct phrases are compiled into a full DFA; more into an NFA, to
/// keep memory down: at 5,000 phrases the DFA costs 11 MiB more, for 4 % less work
/// (measured: docs/performance-log.md).
const DFA_MAX_PATTERNS: usize = 2_000;

/// A compiled phrase set.
#[derive(Debug)]
pub(super) struct Phrases {
    automaton: Kind,
    /// Per ASCII byte of normalised text: whether it keeps the automaton at its root.
    /// Every letter and digit does when every pattern starts with a space (no regex word
    /// gate among them); a gate word's first letter does not.
    stays: [bool; 128],
}

/// The automaton, of the kind its size calls for.
#[derive(Debug)]
enum Kind {
    Dfa(dfa::DFA),
    Contiguous(nfa::contiguous::NFA),
    Noncontiguous(nfa::noncontiguous::NFA),
}

impl Phrases {
    /// Compiles `patterns` (non-empty, normalised and padded with spaces).
    pub(super) fn new(patterns: &[String]) -> Result<Phrases, String> {
        let error = |e: aho_corasick::BuildError| format!("cannot build the phrase automaton: {e}");
        // Every phrase starts with the padding space, so a prefilter looking for the
        // phrases' first byte would stop at every word: the walk alone is faster.
        let nfa = nfa::noncontiguous::Builder::new()
            .match_kind(MatchKind::Standard)
            .prefilter(false)
            .build(patterns)
            .map_err(error)?;
        if patterns.len() <= DFA_MAX_PATTERNS {
            return dfa::Builder::new()
                .match_kind(MatchKind::Standard)
                .prefilter(false)
                .start_kind(aho_corasick::StartKind::Unanchored)
                .build_from_noncontiguous(&nfa)
                .map(|dfa| Phrases::of(Kind::Dfa(dfa)))
                .map_err(error);
        }
        match nfa::contiguous::Builder::new()
            .match_kind(MatchKind::Standard)
            .prefilter(false)
            .build_from_noncontiguous(&nfa)
        {
            Ok(contiguous) => Ok(Phrases::of(Kind::Contiguous(contiguous))),
            Err(_) => Ok(Phrases::of(Kind::Noncontiguous(nfa))),
        }
    }

    /// `automaton`, with the bytes that keep it at its root.
    fn of(automaton: Kind) -> Phrases {
        fn stays<A: Automaton>(aut: &A) -> [bool; 128] {
            let mut stays = [false; 128];
            if let Ok(root) = aut.start_state(Anchored::No) {
                for (b, stays) in (0u8..).zip(&mut stays) {
                    *stays = aut.next_state(Anchored::No, root, b) == root;
                }
            }
            stays
        }
        let stays = match &automaton {
            Kind::Dfa(a) => stays(a),
            Kind::Contiguous(a) => stays(a),
            Kind::Noncontiguous(a) => stays(a),
        };
        Phrases { automaton, stays }
    }

    /// Calls `found(pattern, start, end)` for every occurrence of every pattern in
    /// `haystack`, in order of their ends.
    pub(super) fn for_each(&self, haystack: &[u8], found: &mut impl FnMut(usize, usize, usize)) {
        match &self.automaton {
            Kind::Dfa(a) => walk(a, haystack, found),
            Kind::Contiguous(a) => walk(a, haystack, found),
            Kind::Noncontiguous(a) => walk(a, haystack, found),
        }
    }

    /// Whether any pattern occurs in the normalised text of `original`: the walk of
    /// [`Phrases::for_each`] fed the normalised bytes as they are made from the ASCII
    /// text ([`feed_words`]), up to the first match. `None` when a byte past ASCII
    /// came first: then normalise and walk the copy. Most messages match nothing, and
    /// their normalised copy is never needed. Back at its root inside a word, the walk
    /// passes over the letters that keep it there.
    // Not inlined into the scan: when LLVM did (2026-12-01, after unrelated changes), a
    // replay ran 1.2 % more instructions (callgrind, 20,000 conversations).
    #[inline(never)]
    pub(super) fn any_in_raw(&self, original: &str) -> Option<bool> {
        let original = original.as_bytes();
        match &self.automaton {
            Kind::Dfa(a) => any_in_raw(a, original, &self.stays),
            Kind::Contiguous(a) => any_in_raw(a, original, &self.stays),
            Kind::Noncontiguous(a) => any_in_raw(a, original, &self.stays),
        }
    }
}

fn any_in_raw<A: Automaton>(aut: &A, original: &[u8], stays: &[bool; 128]) -> Option<bool> {
    let Ok(start) = aut.start_state(Anchored::No) else {
        return Some(false);
    };
    let mut sid = start;
    // A dead state is never a match and only leads to itself (and an unanchored
    // automaton of standard semantics has none on its way): no test for it per byte.
    // Inlined, or the NFAs' steps were a call per byte.
    feed_words(
        original,
        #[inline(always)]
        |byte| {
            sid = aut.next_state(Anchored::No, sid, byte);
            if aut.is_special(sid) && is_match(aut, sid) {
                Take::Stop
            } else if sid == start {
                // At the root inside a word: the letters that keep it there need no step.
                Take::RestOfWord
            } else {
                Take::More
            }
        },
        #[inline(always)]
        |byte| stays[usize::from(byte & 0x7F)],
    )
}

/// Out of the loop, so the loop tests one comparison per byte (`is_special`), not two.
#[cold]
#[inline(never)]
fn is_match<A: Automaton>(aut: &A, sid: StateID) -> bool {
    aut.is_match(sid)
}

fn walk<A: Automaton>(aut: &A, haystack: &[u8], found: &mut impl FnMut(usize, usize, usize)) {
    // An unanchored start state exists: every automaton above is built with one.
    let Ok(mut sid) = aut.start_state(Anchored::No) else {
        return;
    };
    for (i, &byte) in haystack.iter().enumerate() {
        sid = aut.next_state(Anchored::No, sid, byte);
        if aut.is_special(sid) {
            if aut.is_dead(sid) {
                return;
            }
            if aut.is_match(sid) {
                report(aut, sid, i + 1, found);
            }
        }
    }
}

/// The matches of a match state, out of the loop: inlined, their variables crowded the
/// loop's own out of registers, and the state went through memory at every byte.
#[inline(never)]
fn report<A: Automaton>(
    aut: &A,
    sid: StateID,
    end: usize,
    found: &mut impl FnMut(usize, usize, usize),
) {
    for m in 0..aut.match_len(sid) {
        let pattern = aut.match_pattern(sid, m);
        found(pattern.as_usize(), end - aut.pattern_len(pattern), end);
    }
}

#[cfg(test)]
mod tests {
    use aho_corasick::AhoCorasick;
    use proptest::prelude::*;

    use super::*;

    fn ours(phrases: &Phrases, haystack: &[u8]) -> Vec<(usize, usize, usize)> {
        let mut out = Vec::new();
        phrases.for_each(haystack, &mut |p, s, e| out.push((p, s, e)));
        out
    }

    proptest! {
        /// The walk finds what the crate's own overlapping search finds, in its order,
        /// whichever automaton.
        #[test]
        fn the_walk_is_the_crates_overlapping_search(
            patterns in prop::collection::btree_set("[ab ]{1,4}", 1..12),
            haystack in "[abc ]{0,40}",
        ) {
            let patterns: Vec<String> = patterns.into_iter().collect();
            let reference = AhoCorasick::builder()
                .match_kind(MatchKind::Standard)
                .build(&patterns)
                .unwrap();
            let expected: Vec<(usize, usize, usize)> = reference
                .find_overlapping_iter(haystack.as_bytes())
                .map(|m| (m.pattern().as_usize(), m.start(), m.end()))
                .collect();
            let nfa = nfa::noncontiguous::NFA::new(&patterns).unwrap();
            let contiguous = nfa::contiguous::NFA::new(&patterns).unwrap();
            for phrases in [Phrases::new(&patterns).unwrap(), Phrases::of(Kind::Contiguous(contiguous)), Phrases::of(Kind::Noncontiguous(nfa))] {
                prop_assert_eq!(&ours(&phrases, haystack.as_bytes()), &expected);
            }
        }
    }

    /// A message as the generator and customers write them: the phrase words in any
    /// case, with apostrophes inside and around them, runs of punctuation and spaces,
    /// other words, digits, and now and then a character past ASCII.
    fn message() -> impl Strategy<Value = String> {
        let piece = prop_oneof![
            4 => "[Dd][Oo]['`]?[Nn]['`]?[Tt]",
            4 => "[Tt][Oo][Oo]",
            3 => "[Ee][Xx]'?[Pp][Ee][Nn][Ss][Ii][Vv][Ee]",
            3 => "[Aa][Bb]?",
            2 => "[0-9]{1,2}",
            6 => "[ .,!?;:'`\"()\t\n-]{1,4}",
            2 => "[a-zA-Z0-9']{1,6}",
            1 => "[é’\u{212a}]",
        ];
        prop::collection::vec(piece, 0..14).prop_map(|pieces| pieces.concat())
    }

    /// Normalised phrases of those words, padded, and parts of words (unpadded, as a
    /// regex's word gates are).
    fn patterns() -> impl Strategy<Value = Vec<String>> {
        let word =
            prop::sample::select(&["dont", "too", "expensive", "a", "ab", "9", "12", "x"][..]);
        let pattern = prop_oneof![
            3 => prop::collection::vec(word, 1..4).prop_map(|w| format!(" {} ", w.join(" "))),
            1 => prop::sample::select(&["pens", "ont", "oo", "9 ", " a"][..]).prop_map(str::to_owned),
        ];
        prop::collection::btree_set(pattern, 1..6).prop_map(|p| p.into_iter().collect())
    }

    proptest! {
        /// The walk over the text as written finds a pattern exactly when the walk over
        /// its normalised copy does, whichever automaton; past ASCII it answers only
        /// when it found one before.
        #[test]
        fn the_raw_walk_finds_what_the_normalised_walk_finds(
            patterns in patterns(),
            text in message(),
        ) {
            let normalized = crate::text::Normalized::new(&text);
            let nfa = nfa::noncontiguous::NFA::new(&patterns).unwrap();
            let contiguous = nfa::contiguous::NFA::new(&patterns).unwrap();
            for phrases in [Phrases::new(&patterns).unwrap(), Phrases::of(Kind::Contiguous(contiguous)), Phrases::of(Kind::Noncontiguous(nfa))] {
                let any = !ours(&phrases, normalized.as_bytes()).is_empty();
                match phrases.any_in_raw(&text) {
                    Some(found) => prop_assert_eq!(found, any, "{:?} in {:?}", patterns, text),
                    None => prop_assert!(!text.is_ascii()),
                }
            }
        }
    }

    #[test]
    fn the_raw_walk_normalises_as_it_goes() {
        let patterns = [" dont stop ".to_owned(), " too expensive ".to_owned()];
        let phrases = Phrases::new(&patterns).unwrap();
        assert_eq!(phrases.any_in_raw("Don't   STOP!"), Some(true));
        assert_eq!(phrases.any_in_raw("It's TOO... expensive"), Some(true));
        assert_eq!(phrases.any_in_raw("too expensively"), Some(false));
        assert_eq!(
            phrases.any_in_raw("don't, stop"),
            Some(true),
            "a comma is a space"
        );
        assert_eq!(phrases.any_in_raw("I don't stopwatch"), Some(false));
        assert_eq!(phrases.any_in_raw("too expensive for Zoë"), Some(true));
        assert_eq!(phrases.any_in_raw("Zoë: too expensive"), None);
    }

    #[test]
    fn many_phrases_make_an_nfa() {
        let patterns: Vec<String> = (0..=DFA_MAX_PATTERNS).map(|i| format!(" p{i} ")).collect();
        let phrases = Phrases::new(&patterns).unwrap();
        assert!(
            matches!(phrases.automaton, Kind::Contiguous(_)),
            "{phrases:?}"
        );
        assert_eq!(ours(&phrases, b" x p7 y "), vec![(7, 2, 6)]);
        assert!(matches!(
            Phrases::new(&patterns[..3]).unwrap().automaton,
            Kind::Dfa(_)
        ));
    }
}
