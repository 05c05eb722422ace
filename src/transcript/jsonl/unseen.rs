//! The `D001`s of a JSONL file's objects that lack a key no object has had yet (a file
//! of handoff's own outcomes has no `role` on any line): takes each such object's
//! line and problem; holds them until an object has the key (they are said then, in
//! order) or the file ends, where the error for the key no object had says it once for
//! every line, in their place. Past [`HELD_MOST`] they are said as they come, so that
//! memory stays bounded.

use std::path::Path;

use crate::diag::Location;
use crate::transcript::group::line_u32;
use crate::transcript::reader::ReadReport;

/// How many `D001`s are held at most.
const HELD_MOST: usize = 10_000;

#[derive(Default)]
pub(super) struct Unseen {
    held: Vec<(u64, String)>,
}

impl Unseen {
    /// Holds the `D001` of line `line` (`problem`) if there is room, else says the held
    /// ones and it.
    pub(super) fn hold(
        &mut self,
        path: &Path,
        line: u64,
        problem: String,
        report: &mut ReadReport,
    ) {
        if self.held.len() < HELD_MOST {
            self.held.push((line, problem));
        } else {
            self.say(path, report);
            report.malformed(Location::line(path, line_u32(line)), &problem);
        }
    }

    /// Says the `D001`s held, in order.
    pub(super) fn say(&mut self, path: &Path, report: &mut ReadReport) {
        for (line, problem) in std::mem::take(&mut self.held) {
            report.malformed(Location::line(path, line_u32(line)), &problem);
        }
    }

    /// Drops the `D001`s held: the error for the key says them.
    pub(super) fn drop_held(&mut self) {
        self.held = Vec::new();
    }
}
