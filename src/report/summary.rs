//! The summary a replay prints on stderr: how many escalated, why, to whom, and what
//! could not be read.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use super::coverage_share::percent;
use crate::outcome::{Outcome, VersusActual};
use crate::transcript::ReadReport;

mod wrap;

pub use wrap::wrap;

/// Counts over a replay's outcomes.
#[derive(Debug, Default, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Summary {
    pub conversations: u64,
    pub messages: u64,
    pub escalated: u64,
    /// Escalations by primary trigger.
    pub by_trigger: BTreeMap<String, u64>,
    /// Escalations by team (`(unrouted)` when no route matched and there is no default).
    pub by_team: BTreeMap<String, u64>,
    pub bridge_errors: u64,
    pub actual_handoffs: u64,
    /// Rules vs actual handoff: earlier, same, later, missed.
    pub versus_actual: BTreeMap<&'static str, u64>,
}

/// Adds one to `key`'s count, allocating the key only the first time.
fn tally(counts: &mut BTreeMap<String, u64>, key: &str) {
    match counts.get_mut(key) {
        Some(n) => *n += 1,
        None => {
            counts.insert(key.to_owned(), 1);
        }
    }
}

/// What the summary counts of one outcome, taken out of it so that the rest of the
/// outcome can be freed on the worker thread that made it ([`Counted::take`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Counted {
    messages: usize,
    escalated: bool,
    primary_trigger: Option<String>,
    team: Option<String>,
    bridge_error: bool,
    actual_handoff: bool,
    versus_actual: Option<VersusActual>,
}

impl Counted {
    /// Moves what the summary counts out of `outcome` (its primary trigger's id and its
    /// team are left empty).
    pub fn take(outcome: &mut Outcome) -> Counted {
        Counted {
            messages: outcome.messages,
            escalated: outcome.escalated,
            primary_trigger: outcome
                .triggers
                .first_mut()
                .map(|t| std::mem::take(&mut t.id)),
            team: outcome.team.take(),
            bridge_error: outcome.bridge_error.is_some(),
            actual_handoff: outcome.actual_handoff_turn.is_some(),
            versus_actual: outcome.versus_actual,
        }
    }
}

impl Summary {
    pub fn add(&mut self, o: &Outcome) {
        self.count(
            o.messages,
            o.escalated
                .then(|| (o.primary_trigger(), o.team.as_deref())),
            o.bridge_error.is_some(),
            o.actual_handoff_turn.is_some(),
            o.versus_actual,
        );
    }

    pub fn add_counted(&mut self, c: &Counted) {
        self.count(
            c.messages,
            c.escalated
                .then_some((c.primary_trigger.as_deref(), c.team.as_deref())),
            c.bridge_error,
            c.actual_handoff,
            c.versus_actual,
        );
    }

    /// `escalated`: the primary trigger and the team, when it escalated.
    fn count(
        &mut self,
        messages: usize,
        escalated: Option<(Option<&str>, Option<&str>)>,
        bridge_error: bool,
        actual_handoff: bool,
        versus_actual: Option<VersusActual>,
    ) {
        self.conversations += 1;
        self.messages += messages as u64;
        if let Some((trigger, team)) = escalated {
            self.escalated += 1;
            if let Some(t) = trigger {
                tally(&mut self.by_trigger, t);
            }
            tally(&mut self.by_team, team.unwrap_or(crate::outcome::UNROUTED));
            if bridge_error {
                self.bridge_errors += 1;
            }
        }
        if actual_handoff {
            self.actual_handoffs += 1;
        }
        if let Some(v) = versus_actual {
            *self.versus_actual.entry(v.as_str()).or_default() += 1;
        }
    }

    /// The human summary, several lines, each ending in a newline.
    pub fn render(&self, read: &ReadReport) -> String {
        let mut s = String::new();
        let files = read.files.len();
        let _ = writeln!(
            s,
            "replayed {} conversation{} ({}) from {files} file{}",
            self.conversations,
            plural(self.conversations),
            crate::text::count(self.messages, "message"),
            if files == 1 { "" } else { "s" },
        );
        let _ = writeln!(
            s,
            "escalated {} of {} ({})",
            self.escalated,
            self.conversations,
            percent(self.escalated, self.conversations)
        );
        if !self.by_trigger.is_empty() {
            let _ = writeln!(s, "  by trigger: {}", counts(&self.by_trigger));
            let _ = writeln!(s, "  by team:    {}", counts(&self.by_team));
        }
        if self.bridge_errors > 0 {
            let _ = writeln!(
                s,
                "  {} bridge message{} could not be rendered (see bridge_error)",
                self.bridge_errors,
                plural(self.bridge_errors)
            );
        }
        if self.actual_handoffs > 0 {
            let v = |k: VersusActual| self.versus_actual.get(k.as_str()).copied().unwrap_or(0);
            let _ = writeln!(
                s,
                "actual handoffs in the transcripts: {} (rules earlier {}, same {}, later {}, missed {})",
                self.actual_handoffs,
                v(VersusActual::Earlier),
                v(VersusActual::Same),
                v(VersusActual::Later),
                v(VersusActual::Missed),
            );
        }
        if read.skipped_rows > 0 {
            let _ = writeln!(
                s,
                "skipped {} malformed row{} of {} (listed above)",
                read.skipped_rows,
                plural(read.skipped_rows),
                read.rows
            );
        }
        let unknown: u64 = read.unknown_roles.values().sum();
        if unknown > 0 && read.hide_values {
            let _ = writeln!(
                s,
                "rows with unknown roles (kept as `other`): {unknown} (the values are not shown under --redact)"
            );
        } else if unknown > 0 {
            let values: Vec<String> = read
                .unknown_roles
                .iter()
                .map(|(k, n)| match k.as_str() {
                    "" => format!("(empty) ×{n}"),
                    k => format!("`{}` ×{n}", crate::text::shown(k)),
                })
                .collect();
            let _ = writeln!(
                s,
                "rows with unknown roles (kept as `other`): {}",
                values.join(", ")
            );
        }
        if !read.metadata_conflicts.is_empty() {
            let fields: Vec<String> = read
                .metadata_conflicts
                .iter()
                .map(|(k, n)| format!("`{}` ({n} rows)", crate::text::shown(k)))
                .collect();
            let _ = writeln!(
                s,
                "metadata columns that vary within a conversation (first value kept): {}; \
                 per-message columns: leave them out with --ignore-column",
                fields.join(", ")
            );
        }
        for (n, one, many) in [
            (
                read.invalid_utf8_rows,
                "row with invalid UTF-8 (decoded lossily)",
                "rows with invalid UTF-8 (decoded lossily)",
            ),
            (
                read.bad_timestamps,
                "unparseable timestamp",
                "unparseable timestamps",
            ),
            (
                read.suspect_quotes,
                "quoted field holding lines that look like rows (D008)",
                "quoted fields holding lines that look like rows (D008)",
            ),
            (
                read.stray_quotes,
                "quoted field with a quote inside that is not doubled (D008)",
                "quoted fields with a quote inside that is not doubled (D008)",
            ),
            (
                read.repeated_headers,
                "header row repeated inside a file, skipped (D014)",
                "header rows repeated inside a file, skipped (D014)",
            ),
            (
                read.inner_boms,
                "byte order mark past the start of a file, left out (D015)",
                "byte order marks past the start of a file, left out (D015)",
            ),
            (
                read.out_of_order,
                "message with a timestamp earlier than the previous one",
                "messages with a timestamp earlier than the previous one",
            ),
            (
                read.regrouped,
                "conversation whose rows were not consecutive (regrouped)",
                "conversations whose rows were not consecutive (regrouped)",
            ),
        ] {
            if n > 0 {
                let _ = writeln!(s, "{n} {}", if n == 1 { one } else { many });
            }
        }
        s
    }
}

/// `"s"` after a count other than one.
pub(super) fn plural(n: u64) -> &'static str {
    if n == 1 { "" } else { "s" }
}

fn counts(map: &BTreeMap<String, u64>) -> String {
    let mut items: Vec<(&String, &u64)> = map.iter().collect();
    items.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
    items
        .iter()
        .map(|(k, n)| format!("{k} {n}"))
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::outcome::strategy::outcome;

    proptest! {
        /// Counting what was taken out of each outcome gives the summary of the outcomes.
        #[test]
        fn counted_parts_sum_like_whole_outcomes(
            outcomes in proptest::collection::vec(outcome(), 0..8),
        ) {
            let mut whole = Summary::default();
            let mut parts = Summary::default();
            for o in &outcomes {
                whole.add(o);
                parts.add_counted(&Counted::take(&mut o.clone()));
            }
            prop_assert_eq!(whole, parts);
        }
    }

    /// Nothing replayed read "(0%)" where coverage says "–", and an empty role
    /// value read `` ` ` ``.
    #[test]
    fn nothing_escalated_of_nothing_and_an_empty_role_read_plainly() {
        let mut read = ReadReport::default();
        read.unknown_roles.insert(String::new(), 2);
        read.unknown_roles.insert("system".to_owned(), 1);
        let text = Summary::default().render(&read);
        assert!(text.contains("escalated 0 of 0 (–)"), "{text}");
        assert!(
            text.contains("rows with unknown roles (kept as `other`): (empty) ×2, `system` ×1"),
            "{text}"
        );
    }
}
