//! `diff --format table`: the summary counts and team flows, then a table with an example
//! of every kind of change counted ([`table_rows`]), each side in a cell.

use std::fmt::Write as _;
use std::io::{self, Write};

use comfy_table::{ContentArrangement, Table, presets};

use super::{DiffOutput, sides, team};
use crate::diff::{Change, ChangeKind, Details, DiffReport};

impl DiffOutput<'_> {
    pub(super) fn table(&self, out: &mut dyn Write) -> io::Result<()> {
        let r = self.report;
        let mut s = format!("{}\n", self.headline(str::to_owned));
        for kind in ChangeKind::ALL {
            if let Some(n) = r.by_kind.get(&kind) {
                let _ = writeln!(s, "  {:<28} {n}", kind.describe());
            }
        }
        if let Some(note) = self.overlap_note() {
            let _ = writeln!(s, "  ({note})");
        }
        if let Some(line) = self.bridge_errors() {
            let _ = writeln!(s, "{line}");
        }
        if !r.team_flows.is_empty() {
            let flows: Vec<String> = r
                .team_flows
                .iter()
                .map(|f| format!("{} → {} {}", team(&f.from), team(&f.to), f.conversations))
                .collect();
            let _ = writeln!(s, "team flows: {}", flows.join(", "));
        }
        out.write_all(s.as_bytes())?;
        if self.examples == 0 && r.changed > 0 {
            // Asked for the summary alone: said, not an empty table.
            return writeln!(
                out,
                "{}, none shown (--examples 0; --format json lists all)",
                crate::text::count(r.changed, "changed conversation")
            );
        }
        if r.changes.is_empty() {
            return Ok(());
        }
        let mut table = Table::new();
        table
            .load_style(presets::UTF8_FULL_CONDENSED)
            .set_content_arrangement(ContentArrangement::Dynamic)
            .set_header(["conversation", "change", "base", "head"]);
        if let Some(width) = self.width {
            table.set_width(width);
        }
        let rows = table_rows(r, self.examples);
        let shown = rows.len() as u64;
        for c in rows {
            let (base, head) = sides(c, true);
            // One escaped token, as replay's table shows it.
            let id = crate::text::token(&c.conversation_id).into_owned();
            table.add_row([id, kinds(c), base, head]);
        }
        crate::report::fit::keep_words_whole(&mut table);
        crate::report::fit::keep_ids_whole(&mut table);
        writeln!(out, "{table}")?;
        if shown < r.changed {
            writeln!(
                out,
                "showing {shown} of {} changed conversations (--examples N shows more per kind; --format json lists all)",
                r.changed
            )?;
        }
        Ok(())
    }
}

/// The kept changes the table shows, one row each: first an example of every kind the
/// summary counts, rarest first (a rare kind may come only beside a common one, whose
/// rows would otherwise fill its quota first and hide it), preferring one whose first
/// kind it is; then, per first kind, more up to `examples` (the picks already made
/// count; one per kind can go past it). Rows go by first kind in [`ChangeKind::ALL`]'s
/// order, then in input order.
pub(super) fn table_rows(r: &DiffReport, examples: usize) -> Vec<&Change> {
    let mut chosen = vec![false; r.changes.len()];
    // Rarest first: its example may show a commoner kind too, which then needs none.
    let mut rarest = ChangeKind::ALL;
    rarest.sort_by_key(|k| r.by_kind.get(k).copied().unwrap_or(0));
    for kind in rarest {
        let shown = r
            .changes
            .iter()
            .zip(&chosen)
            .any(|(c, &on)| on && c.kinds.contains(&kind));
        if shown || !r.by_kind.contains_key(&kind) {
            continue;
        }
        let pick = r
            .changes
            .iter()
            .position(|c| c.kinds[0] == kind)
            .or_else(|| r.changes.iter().position(|c| c.kinds.contains(&kind)));
        if let Some(i) = pick {
            chosen[i] = true;
        }
    }
    for kind in ChangeKind::ALL {
        let first = |c: &Change| c.kinds[0] == kind;
        let mut n = r
            .changes
            .iter()
            .zip(&chosen)
            .filter(|(c, on)| **on && first(c))
            .count();
        for (c, on) in r.changes.iter().zip(&mut chosen) {
            if n >= examples {
                break;
            }
            if !*on && first(c) {
                *on = true;
                n += 1;
            }
        }
    }
    ChangeKind::ALL
        .iter()
        .flat_map(|&kind| {
            r.changes
                .iter()
                .zip(&chosen)
                .filter(move |(c, on)| **on && c.kinds[0] == kind)
                .map(|(c, _)| c)
        })
        .collect()
}

/// The kinds of a change, one a line; details changed names which.
fn kinds(c: &Change) -> String {
    c.kinds
        .iter()
        .map(|&k| match k {
            ChangeKind::DetailsChanged => {
                let names: Vec<&str> = Details::of(&c.base, &c.head).names().collect();
                format!("{}: {}", k.describe(), names.join(", "))
            }
            _ => k.describe().to_owned(),
        })
        .collect::<Vec<_>>()
        .join("\n")
}
