//! The facts the patterns find in one message, before they are kept: takes each as it
//! is found, with where it starts; gives them back in the order of their starts (those
//! that start at the same byte in the order found), as [`super::extract`] keeps them.
//! A message of thousands of facts that repeat (a pasted log's "error 502" on every
//! line) is read down as it grows: only the first of each text can be kept, a fact of
//! 96 bytes held for each made a 2 MB log peak 10 MB higher (log, fifty-third session).
//! Decides no fact: which are kept is `extract`'s.

use std::collections::HashSet;

use super::Fact;

/// How many facts a message holds before the repeated ones are dropped: a message of
/// few facts is never read twice.
const READ_DOWN_FROM: usize = 4096;

/// One message's facts as the patterns find them.
#[derive(Default)]
pub(super) struct Found(Vec<(usize, Fact)>);

impl Found {
    /// Adds `fact`, which starts at byte `start`. `seen`: the lower-case texts of the
    /// facts kept so far, none of which is kept again.
    pub(super) fn push(&mut self, start: usize, fact: Fact, seen: &HashSet<Box<str>>) {
        let list = &mut self.0;
        if list.len() >= READ_DOWN_FROM && list.len() == list.capacity() {
            read_down(list, seen);
        }
        list.push((start, fact));
    }

    /// The facts in the order of their starts, those that start at the same byte in the
    /// order they were found.
    pub(super) fn in_order(self) -> Vec<(usize, Fact)> {
        let mut list = self.0;
        list.sort_by_key(|&(start, _)| start);
        list
    }
}

/// `list` in the order of the starts, without the facts that cannot be kept: one whose
/// text (in any ASCII case) is `seen` or follows the same text earlier in the list.
/// Exact: the first of a text is the one `extract` would keep; a later one of the same
/// text is never kept, whatever comes; and sorted now, the list sorts later as it
/// would have.
fn read_down(list: &mut Vec<(usize, Fact)>, seen: &HashSet<Box<str>>) {
    list.sort_by_key(|&(start, _)| start);
    let mut first: HashSet<String> = HashSet::new();
    list.retain(|(_, fact)| {
        let lower = fact.text.to_ascii_lowercase();
        !seen.contains(lower.as_str()) && first.insert(lower)
    });
}

#[cfg(test)]
mod tests {
    use super::super::{FactKind, plain};
    use super::*;

    /// What `extract` keeps of `list`: the first of each text not `seen`.
    fn kept(list: Vec<(usize, Fact)>, seen: &HashSet<Box<str>>) -> Vec<(usize, String)> {
        let mut first = HashSet::new();
        (list.into_iter())
            .filter(|(_, f)| {
                let lower = f.text.to_ascii_lowercase();
                !seen.contains(lower.as_str()) && first.insert(lower)
            })
            .map(|(start, f)| (start, f.text))
            .collect()
    }

    /// Past [`READ_DOWN_FROM`], the facts repeated or seen are dropped as the list grows;
    /// what is kept of it is what is kept of all of it sorted at once: the first of each
    /// text, in the order of the starts, those of the same start in the order found.
    #[test]
    fn repeated_facts_are_dropped_and_the_same_first_of_each_kept() {
        let seen: HashSet<Box<str>> = ["$1".into()].into_iter().collect();
        let mut found = Found::default();
        let mut all = Vec::new();
        // Found out of order, the later bytes first (as a second pattern's are), and
        // some at the same start, in any case ("$x" is "$X" again).
        for n in (0..READ_DOWN_FROM * 3).rev() {
            let text = if n % 5 == 0 {
                "$X"
            } else {
                ["$0", "$1", "$2", "$x"][n % 4]
            };
            for (start, text) in [(10 * n + 1, text), (10 * (n % 7) + 1, "$7")] {
                found.push(start, plain(FactKind::Amount, text, 1), &seen);
                all.push((start, plain(FactKind::Amount, text, 1)));
            }
        }
        assert!(found.0.len() < READ_DOWN_FROM * 2, "read down as it grew");
        all.sort_by_key(|&(start, _)| start);
        let expected = kept(all, &seen);
        let first: [(usize, String); 4] = [
            (1, "$7".into()),
            (1, "$X".into()),
            (21, "$2".into()),
            (41, "$0".into()),
        ];
        assert_eq!(expected[..4], first);
        assert_eq!(kept(found.in_order(), &seen), expected);
    }
}
