//! Whether a coverage report read back can be what handoff wrote, before `--merge` adds
//! it up: takes a report, gives the first of its counts that cannot be what a run counted
//! (an escalation count over the conversations…), or the first of the ids a merge
//! proves it by that is empty (its rules fingerprint, a run's id, its labels'
//! fingerprint): a report edited or damaged since. Says what, not which file: the
//! command names it.

use super::CoverageReport;

impl CoverageReport {
    /// The first of its counts that cannot be what a run counted (an escalation count
    /// over the conversations, a trigger fired more often than anything escalated…),
    /// said as `` `escalated` (40) is more than `conversations` (33) ``: a report edited
    /// or damaged after handoff wrote it, which a merge would add up into shares over
    /// 100 %. `None` when every count is possible.
    pub fn inconsistency(&self) -> Option<String> {
        let (conversations, escalated, messages) =
            (self.conversations, self.escalated, self.messages);
        let matrix = total(self.matrix.values().flat_map(|r| r.values().copied()));
        if matrix != escalated {
            return Some(format!(
                "the `matrix` counts {matrix} escalations and `escalated` {escalated}"
            ));
        }
        // (what, its count, what it cannot be more than, that count)
        let mut checks: Vec<(String, u64, String, u64)> = vec![
            (
                "escalated".into(),
                escalated,
                "conversations".into(),
                conversations,
            ),
            (
                "human_handoffs".into(),
                self.human_handoffs,
                "conversations".into(),
                conversations,
            ),
            (
                "unrouted".into(),
                self.unrouted,
                "escalated".into(),
                escalated,
            ),
            (
                "escalation_turns".into(),
                total(self.escalation_turns.values().copied()),
                "escalated".into(),
                escalated,
            ),
            (
                "routes[].matched + unrouted".into(),
                total(self.routes.iter().map(|r| r.matched)).saturating_add(self.unrouted),
                "escalated".into(),
                escalated,
            ),
            (
                "teams[].conversations".into(),
                total(self.teams.iter().map(|t| t.conversations)),
                "escalated".into(),
                escalated,
            ),
        ];
        let g = &self.gaps;
        let gaps = [
            (
                "missed_handoffs",
                g.missed_handoffs.count,
                "conversations",
                conversations,
            ),
            (
                "stuck_not_escalated",
                g.stuck_not_escalated.count,
                "conversations",
                conversations,
            ),
            (
                "late_escalations",
                g.late_escalations.count,
                "escalated",
                escalated,
            ),
            (
                "late_by",
                total(g.late_by.values().copied()),
                "escalated",
                escalated,
            ),
            (
                "default_route",
                g.default_route.count,
                "escalated",
                escalated,
            ),
            ("unrouted", g.unrouted.count, "escalated", escalated),
            (
                "bridge_errors",
                g.bridge_errors.as_ref().map_or(0, |b| b.count),
                "escalated",
                escalated,
            ),
        ];
        for (gap, n, than, m) in gaps {
            checks.push((format!("gaps.{gap}"), n, than.into(), m));
        }
        for t in &self.triggers {
            checks.push((
                format!("triggers[{}].fired", t.id),
                t.fired,
                "escalated".into(),
                escalated,
            ));
            checks.push((
                format!("triggers[{}].primary", t.id),
                t.primary,
                format!("triggers[{}].fired", t.id),
                t.fired,
            ));
            checks.push((
                format!("triggers[{}].held", t.id),
                t.held,
                "conversations".into(),
                conversations,
            ));
        }
        for s in &self.signals {
            checks.push((
                format!("signals[{}].messages", s.id),
                s.messages,
                "messages".into(),
                messages,
            ));
            for e in &s.entries {
                for (what, n) in [
                    ("negated", e.uncounted.negated),
                    ("inside_longer", e.uncounted.inside_longer),
                    ("hits", e.hits),
                ] {
                    checks.push((
                        format!("signals[{}].entries[{:?}].{what}", s.id, e.text),
                        n,
                        "messages".into(),
                        messages,
                    ));
                }
            }
        }
        for c in &self.counters {
            let name = |field: &str| format!("counters[{}].{field}", c.name);
            checks.extend([
                (name("messages"), c.messages, "messages".into(), messages),
                (
                    name("conversations"),
                    c.conversations,
                    "conversations".into(),
                    conversations,
                ),
                // Each conversation it counted in holds a message it counted.
                (
                    name("conversations"),
                    c.conversations,
                    name("messages"),
                    c.messages,
                ),
                (name("most"), c.most, name("messages"), c.messages),
                // None counted more than the most in one.
                (
                    name("messages"),
                    c.messages,
                    format!("{} × {}", name("most"), name("conversations")),
                    c.most.saturating_mul(c.conversations),
                ),
            ]);
            for (i, w) in c.windows.iter().enumerate() {
                let field = |f: &str| name(&format!("windows[{i}].{f}"));
                // A window holds no more than the whole conversation, nor than its messages.
                checks.push((field("most"), w.most, name("most"), c.most));
                checks.push((field("most"), w.most, field("within"), w.within.into()));
                // The window ending at an escalation is one of the windows.
                if let Some(n) = w.at_escalation {
                    checks.push((field("at_escalation"), n, field("most"), w.most));
                }
            }
            if let Some(n) = c.at_escalation {
                checks.push((name("at_escalation"), n, name("most"), c.most));
            }
        }
        if let Some(l) = &self.labels {
            let c = &l.escalation;
            let confused = total([
                c.true_positives,
                c.false_positives,
                c.false_negatives,
                c.true_negatives,
            ]);
            checks.push((
                "labels.blank".into(),
                l.blank,
                "labels.labels".into(),
                l.labels,
            ));
            checks.push((
                "labels.matched".into(),
                l.matched,
                "labels.labels - labels.blank".into(),
                l.labels.saturating_sub(l.blank),
            ));
            checks.push((
                "labels.escalation".into(),
                confused,
                "labels.matched".into(),
                l.matched,
            ));
        }
        checks
            .into_iter()
            .find(|(_, n, _, m)| n > m)
            .map(|(what, n, than, m)| format!("`{what}` ({n}) is more than `{than}` ({m})"))
    }
}

/// The sum of `counts`, saturating: a report's numbers are read from a file.
fn total(counts: impl IntoIterator<Item = u64>) -> u64 {
    counts.into_iter().fold(0u64, u64::saturating_add)
}

impl CoverageReport {
    /// The first id a merge tells this report by that is empty: its rules fingerprint
    /// (`"rules": ""`), a run's id in `shards` (`[""]`), the `shards` of a report that
    /// counts conversations (emptied, `[]`, or deleted), its labels' fingerprint. handoff
    /// writes none empty; emptied by hand, nothing proves the report is of the same rules
    /// (or labels) as another, or that they do not count one run: a merge would add up
    /// what cannot be told apart (two reports both emptied merged silently, two with
    /// `[""]` were told to be a copy of each other, and a report with no `shards` merged
    /// with itself counted its conversations twice). Says what the file holds, quoted as
    /// JSON (`"   "`, not `""`). `None` when each is there.
    pub fn unproven(&self) -> Option<String> {
        let blank = |s: &str| s.trim().is_empty();
        let quoted = |s: &str| serde_json::to_string(s).unwrap_or_default();
        if blank(&self.rules) {
            Some(format!(
                "its rules fingerprint is empty (`\"rules\": {}`): nothing proves it is of the same rules as the reports merged with it",
                quoted(&self.rules)
            ))
        } else if let Some(id) = self.shards.iter().find(|s| blank(s)) {
            Some(format!(
                "a run it counts has no id ({} in `shards`): nothing proves another report does not count the same run",
                quoted(id)
            ))
        } else if self.shards.is_empty() && self.conversations > 0 {
            Some(format!(
                "it counts {} conversations but no run (its `shards` list is empty or missing): nothing proves another report does not count the same run",
                self.conversations
            ))
        } else {
            self.labels
                .as_ref()
                .and_then(|l| l.fingerprint.as_deref())
                .filter(|f| blank(f))
                .map(|fingerprint| {
                    format!(
                        "its labels fingerprint is empty (`\"labels\": {{\"fingerprint\": {}}}`): nothing proves it evaluates the same labels as the reports merged with it",
                        quoted(fingerprint)
                    )
                })
        }
    }
}
