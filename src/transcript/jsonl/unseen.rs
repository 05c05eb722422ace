//! The `D001`s of a JSONL file's objects that lack a key no object has had yet (a file
//! of handoff's own outcomes has no `role` on any line): takes each such object's
//! line and problem; keeps the first ones and a count of the rest until an object has
//! the key (they are said then, in order, the rest counted as not shown) or the file
//! ends, where the error for the key no object had says it once for every line, in
//! their place. That holds at any size of file, with memory bounded: only as many
//! `D001`s are kept as a report lists ([`MAX_DIAGNOSTICS`]).

use std::path::Path;

use crate::diag::Location;
use crate::transcript::group::line_u32;
use crate::transcript::reader::{MAX_DIAGNOSTICS, ReadReport};

#[derive(Default)]
pub(super) struct Unseen {
    /// The first lines' `D001`s: line and problem.
    first: Vec<(u64, String)>,
    /// How many lines past `first` lack the key.
    more: u64,
}

impl Unseen {
    /// Holds the `D001` of line `line` (`problem`): kept among the first ones, else
    /// counted.
    pub(super) fn hold(&mut self, line: u64, problem: String) {
        if self.first.len() < MAX_DIAGNOSTICS {
            self.first.push((line, problem));
        } else {
            self.more += 1;
        }
    }

    /// Says the `D001`s held, in order: the first ones listed, the rest counted (a
    /// report lists no more than [`MAX_DIAGNOSTICS`] anyway).
    pub(super) fn say(&mut self, path: &Path, report: &mut ReadReport) {
        // Said after every row: nothing to do on the common path.
        if self.first.is_empty() {
            return;
        }
        for (line, problem) in std::mem::take(&mut self.first) {
            report.malformed(Location::line(path, line_u32(line)), &problem);
        }
        report.malformed_unlisted(std::mem::take(&mut self.more));
    }

    /// Drops the `D001`s held: the error for the key says them.
    pub(super) fn drop_held(&mut self) {
        self.first = Vec::new();
        self.more = 0;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// cli39 review: past 10,000 lines the `D001`s held were said (200 listed, a wrong
    /// count of the rest) and holding began again; now the first ones are kept and the
    /// rest counted, whatever the size, and said with a true count.
    #[test]
    fn the_first_are_kept_and_the_rest_counted() {
        let path = Path::new("x.jsonl");
        let mut unseen = Unseen::default();
        let lines = 2_000_000u64;
        for line in 1..=lines {
            unseen.hold(line, "no `role` key".to_owned());
        }
        assert_eq!(unseen.first.len(), MAX_DIAGNOSTICS);
        let mut report = ReadReport::default();
        unseen.say(path, &mut report);
        assert_eq!(report.skipped_rows, lines);
        assert_eq!(report.diagnostics.len(), MAX_DIAGNOSTICS);
        assert_eq!(report.suppressed, lines - MAX_DIAGNOSTICS as u64);
        let first = report.diagnostics[0].location.as_ref().unwrap();
        assert_eq!(first.line, 1);
        // Said once: nothing is left to say again.
        unseen.say(path, &mut report);
        assert_eq!(report.skipped_rows, lines);
    }
}
