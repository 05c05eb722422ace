//! The phrase automaton: normalised phrases → every occurrence, overlapping ones too, in
//! a normalised message.
//!
//! An Aho-Corasick automaton from the aho-corasick crate, walked here a byte at a time
//! through its [`Automaton`] interface: the crate's own overlapping search keeps its
//! position in a state struct it can resume from, loaded and stored at every byte; here
//! the state stays in a register (2 % fewer instructions for a whole replay, and the
//! walk's share of time down from 18 % to 14.5 % once matches were reported out of the
//! loop: docs/performance.md). Up to [`DFA_MAX_PATTERNS`] phrases make a full DFA, the
//! fastest walk; more make a contiguous NFA (or, past its size limit, a non-contiguous
//! one), to keep memory down.

use aho_corasick::automaton::{Automaton, StateID};
use aho_corasick::{Anchored, MatchKind, dfa, nfa};

/// Up to this many distinct phrases are compiled into a full DFA; more into an NFA, to
/// keep memory down: at 5,000 phrases the DFA costs 11 MiB more, for 4 % less work
/// (measured: docs/performance.md).
const DFA_MAX_PATTERNS: usize = 2_000;

/// A compiled phrase set.
#[derive(Debug)]
pub(super) enum Phrases {
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
                .map(Phrases::Dfa)
                .map_err(error);
        }
        match nfa::contiguous::Builder::new()
            .match_kind(MatchKind::Standard)
            .prefilter(false)
            .build_from_noncontiguous(&nfa)
        {
            Ok(contiguous) => Ok(Phrases::Contiguous(contiguous)),
            Err(_) => Ok(Phrases::Noncontiguous(nfa)),
        }
    }

    /// Calls `found(pattern, start, end)` for every occurrence of every pattern in
    /// `haystack`, in order of their ends.
    pub(super) fn for_each(&self, haystack: &[u8], found: &mut impl FnMut(usize, usize, usize)) {
        match self {
            Phrases::Dfa(a) => walk(a, haystack, found),
            Phrases::Contiguous(a) => walk(a, haystack, found),
            Phrases::Noncontiguous(a) => walk(a, haystack, found),
        }
    }
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
            for phrases in [Phrases::new(&patterns).unwrap(), Phrases::Contiguous(contiguous), Phrases::Noncontiguous(nfa)] {
                prop_assert_eq!(&ours(&phrases, haystack.as_bytes()), &expected);
            }
        }
    }

    #[test]
    fn many_phrases_make_an_nfa() {
        let patterns: Vec<String> = (0..=DFA_MAX_PATTERNS).map(|i| format!(" p{i} ")).collect();
        let phrases = Phrases::new(&patterns).unwrap();
        assert!(matches!(phrases, Phrases::Contiguous(_)), "{phrases:?}");
        assert_eq!(ours(&phrases, b" x p7 y "), vec![(7, 2, 6)]);
        assert!(matches!(
            Phrases::new(&patterns[..3]).unwrap(),
            Phrases::Dfa(_)
        ));
    }
}
