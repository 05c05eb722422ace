//! `diff --format markdown`: a pull-request comment that stays readable with thousands of
//! changes: the gates that failed, the counts, team flows and each team's gains and losses,
//! then capped examples per kind, folded.

use std::fmt::Write as _;
use std::io::{self, Write};

use super::{DiffOutput, sides, team};
use crate::diff::{Change, ChangeKind};
use crate::text::escape_markdown;
use crate::text::markdown::{code_cell, code_span};

impl DiffOutput<'_> {
    pub(super) fn markdown(&self, out: &mut dyn Write) -> io::Result<()> {
        let r = self.report;
        // The tool's words and numbers are written as they are (escaped, a count read
        // `0\.458`); what the user named (the rules' paths) is escaped.
        let mut s = format!("### handoff diff: {}\n\n", self.headline(escape_markdown));
        for f in self.failed_gates {
            let _ = writeln!(s, "**Gate failed:** {}.\n", f.markdown());
        }
        // Before the outcomes: a flipped `topic:` changes none of them, and a comment
        // with no changed conversation must still show it.
        if !self.topic_changes.is_empty() {
            s.push_str("**Packet topics** (no outcome shows them; `diff` compares outcomes, not packets):\n\n");
            for t in self.topic_changes {
                let _ = writeln!(s, "- {}", t.describe(code_span));
            }
            s.push('\n');
        }
        if r.changed == 0 {
            s.push_str("No conversation changes outcome.\n");
            return out.write_all(s.as_bytes());
        }
        if let Some(line) = self.bridge_errors() {
            let _ = writeln!(s, "**{line}.**\n");
        }
        s.push_str("| change | conversations |\n|---|---:|\n");
        for kind in ChangeKind::ALL {
            if let Some(n) = r.by_kind.get(&kind) {
                let _ = writeln!(s, "| {} | {n} |", kind.describe());
            }
        }
        if let Some(note) = self.overlap_note() {
            let _ = writeln!(s, "\n<sub>{}.</sub>", capitalised(note));
        }
        if !r.team_flows.is_empty() {
            s.push_str("\n| from | to | conversations |\n|---|---|---:|\n");
            for f in &r.team_flows {
                let _ = writeln!(
                    s,
                    "| {} | {} | {} |",
                    escape_markdown(team(&f.from)),
                    escape_markdown(team(&f.to)),
                    f.conversations
                );
            }
        }
        if !r.by_team.is_empty() {
            s.push_str("\n| team | gains | losses | net |\n|---|---:|---:|---:|\n");
            for (name, d) in &r.by_team {
                let net = i128::from(d.gained) - i128::from(d.lost);
                let _ = writeln!(
                    s,
                    "| {} | {} | {} | {net:+} |",
                    code_cell(name),
                    d.gained,
                    d.lost
                );
            }
        }
        if self.examples == 0 && r.changed > 0 {
            // Asked for the summary alone: no folded section of an empty table per kind.
            let _ = writeln!(
                s,
                "\n{}, none shown (`--examples 0`; `--format json` lists all).",
                crate::text::count(r.changed, "changed conversation")
            );
        }
        for kind in ChangeKind::ALL {
            let count = r.by_kind.get(&kind).copied().unwrap_or(0);
            if count == 0 || self.examples == 0 {
                continue;
            }
            let _ = writeln!(
                s,
                "\n<details><summary>{} ({count})</summary>\n\n| conversation | base | head |\n|---|---|---|",
                kind.describe(),
            );
            let shown: Vec<&Change> = r.of_kind(kind).take(self.examples).collect();
            for c in &shown {
                let (base, head) = sides(c, false);
                let _ = writeln!(
                    s,
                    "| {} | {} | {} |",
                    // Escaped as replay's table escapes it: a control character
                    // was a space here.
                    code_cell(&crate::text::token(&c.conversation_id)),
                    escape_markdown(&base),
                    escape_markdown(&head)
                );
            }
            if count > shown.len() as u64 {
                let _ = writeln!(
                    s,
                    "\n… and {} more (`--format json` lists all).",
                    count - shown.len() as u64
                );
            }
            s.push_str("\n</details>\n");
        }
        out.write_all(s.as_bytes())
    }
}

/// `note` with its first letter a capital, as a sentence of its own.
fn capitalised(note: &str) -> String {
    let mut chars = note.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}
