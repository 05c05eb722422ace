//! The pre-walk as one table: the phrase automaton and the normalising rules → a table
//! over the bytes of ASCII text as written, one lookup a byte, saying whether any phrase
//! occurs in the text's normalised form.
//!
//! [`feed_words`](crate::text::raw::feed_words) normalises a byte, then steps the
//! automaton on it: two table lookups and the branches between them. Here both are one
//! step: a state of this table is a state of the automaton and whether the last byte
//! taken was a space; an upper-case letter steps as its lower-case self, an apostrophe
//! stays where it is, and any other ASCII byte steps as a space, or stays after one (a
//! run of them is one space). A property test holds it to the normalised walk.

use aho_corasick::Anchored;
use aho_corasick::automaton::{Automaton, StateID};

use crate::text::raw::{RawByte, raw_byte};

/// A byte past ASCII: the text needs the character path.
const PAST_ASCII: u32 = u32::MAX;
/// A phrase ends here.
const FOUND: u32 = u32::MAX - 1;
/// No row yet (building).
const NONE: u32 = u32::MAX;

/// The most entries the table may have (4 bytes each): past it, the pre-walk steps the
/// automaton as before. The starter rules' phrases need about half of it.
pub(super) const MAX_ENTRIES: usize = 1 << 20;

/// The table, when the phrases' automaton is small enough for one.
#[derive(Debug)]
pub(super) struct RawWalk {
    /// Each byte's column.
    columns: [u8; 256],
    /// The column of a space: the step at the end of the text.
    space: usize,
    /// One row of `stride` entries per state that is no match, the walk's first state
    /// first. An entry is the row of the next state (its offset in `table`), or
    /// [`FOUND`] or [`PAST_ASCII`].
    table: Box<[u32]>,
    /// The row of the root inside a word (not after a space), or [`FOUND`] if the walk
    /// never gets there.
    root_in_word: u32,
    /// The bytes that keep the walk there: every letter and digit no pattern starts with
    /// (all of them, when every pattern starts with a space), and apostrophes.
    stays: [bool; 256],
}

/// A state of the walk: the automaton's, and whether the last byte it took was a space.
type Key = (StateID, bool);

impl RawWalk {
    /// The table for `aut`, an unanchored automaton of standard semantics with at most
    /// `most_states` states; `None` when it could take more than `limit` entries, or
    /// has no start state.
    pub(super) fn new<A: Automaton>(aut: &A, most_states: usize, limit: usize) -> Option<RawWalk> {
        // Columns: the letters and digits as normalised, then a space, an apostrophe,
        // and a byte past ASCII.
        let mut kept: Vec<u8> = (0..=u8::MAX)
            .filter_map(|b| match raw_byte(b) {
                RawByte::Kept(k) => Some(k),
                _ => None,
            })
            .collect();
        kept.sort_unstable();
        kept.dedup();
        let space = kept.len();
        let (skipped, beyond) = (space + 1, space + 2);
        let stride = space + 3;
        // A state of the automaton but its root is entered by one byte only (the last of
        // the phrase prefix it stands for), so it is either after a space or not; the
        // root may be both. A bound known before anything is built: a table too big
        // costs nothing.
        if most_states.saturating_add(1).saturating_mul(stride) > limit {
            return None;
        }
        let mut columns = [0u8; 256];
        for (b, column) in (0..=u8::MAX).zip(&mut columns) {
            let at = match raw_byte(b) {
                RawByte::Kept(k) => kept.binary_search(&k).ok()?,
                RawByte::Space => space,
                RawByte::Skipped => skipped,
                RawByte::Beyond => beyond,
            };
            *column = u8::try_from(at).ok()?;
        }

        let root = aut.start_state(Anchored::No).ok()?;
        // Each automaton state's rows, after a space and not, by its id (ids are offsets
        // into the automaton's own memory: a few hundred KB of this, for the build only).
        let mut rows: Vec<[u32; 2]> = Vec::new();
        let mut states: Vec<Key> = Vec::new();
        let mut table: Vec<u32> = Vec::new();
        // The row of `key`, added (and queued) if new; FOUND for a match.
        let mut row = |key: Key, states: &mut Vec<Key>, table: &mut Vec<u32>| -> Option<u32> {
            if aut.is_match(key.0) {
                return Some(FOUND);
            }
            let (sid, spaced) = (key.0.as_usize(), usize::from(key.1));
            if let Some(&at) = rows.get(sid).map(|r| &r[spaced])
                && at != NONE
            {
                return Some(at);
            }
            if table.len() + stride > limit {
                return None;
            }
            let at = u32::try_from(table.len()).ok()?;
            table.resize(table.len() + stride, PAST_ASCII);
            if rows.len() <= sid {
                rows.resize(sid + 1, [NONE; 2]);
            }
            rows[sid][spaced] = at;
            states.push(key);
            Some(at)
        };
        // The normalised text starts with a space.
        let first = (aut.next_state(Anchored::No, root, b' '), true);
        if row(first, &mut states, &mut table)? == FOUND {
            // Only a pattern of one space: found in every text.
            return None;
        }
        let mut done = 0;
        while let Some(&(sid, spaced)) = states.get(done) {
            let at = done * stride;
            done += 1;
            for (column, &k) in kept.iter().enumerate() {
                let next = (aut.next_state(Anchored::No, sid, k), false);
                table[at + column] = row(next, &mut states, &mut table)?;
            }
            let after_space = if spaced {
                (sid, true)
            } else {
                (aut.next_state(Anchored::No, sid, b' '), true)
            };
            table[at + space] = row(after_space, &mut states, &mut table)?;
            table[at + skipped] = row((sid, spaced), &mut states, &mut table)?;
            // `beyond` stays PAST_ASCII.
        }
        let root_in_word = rows.get(root.as_usize()).map_or(NONE, |r| r[0]).min(FOUND);
        let mut stays = [false; 256];
        if root_in_word != FOUND {
            let row = root_in_word as usize;
            for (stays, &column) in stays.iter_mut().zip(&columns) {
                *stays = table[row + usize::from(column)] == root_in_word;
            }
        }
        Some(RawWalk {
            columns,
            space,
            table: table.into_boxed_slice(),
            root_in_word,
            stays,
        })
    }

    /// Whether a phrase occurs in the normalised form of `text`; `None` at a byte past
    /// ASCII before one was found.
    #[inline]
    pub(super) fn any(&self, text: &[u8]) -> Option<bool> {
        let mut at = 0u32;
        let mut i = 0;
        while let Some(&b) = text.get(i) {
            i += 1;
            at = self.table[at as usize + usize::from(self.columns[usize::from(b)])];
            if at >= FOUND {
                return (at == FOUND).then_some(true);
            }
            if at == self.root_in_word {
                // The rest of a word no pattern goes on with: no step each, the bytes'
                // loads not waiting on one another (as a step waits on the last).
                while text.get(i).is_some_and(|&b| self.stays[usize::from(b)]) {
                    i += 1;
                }
            }
        }
        // The space that ends the normalised text (none after one).
        Some(self.table[at as usize + self.space] == FOUND)
    }

    /// The table's size in entries.
    #[cfg(test)]
    pub(super) fn len(&self) -> usize {
        self.table.len()
    }
}
