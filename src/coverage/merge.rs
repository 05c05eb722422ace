//! The merge of coverage reports: a report over a later shard of the input → folded
//! into this one, exactly as if one run had read both; refused for different rule sets,
//! versions or label files.

use super::{CoverageReport, VERSION};

/// Why two reports cannot be merged.
#[derive(Debug, thiserror::Error)]
pub enum MergeError {
    #[error("the reports are of different rule sets (fingerprints {0} and {1})")]
    DifferentRules(String, String),
    #[error("unsupported coverage report version {0}; this handoff reads version {VERSION}")]
    Version(u32),
    #[error("the reports evaluate different label files ({0} and {1} labels)")]
    DifferentLabels(u64, u64),
}

impl CoverageReport {
    /// Merges a report over a later shard of the input into this one.
    pub fn merge(&mut self, other: &CoverageReport) -> Result<(), MergeError> {
        for v in [self.version, other.version] {
            if v != VERSION {
                return Err(MergeError::Version(v));
            }
        }
        if self.rules != other.rules {
            return Err(MergeError::DifferentRules(
                self.rules.clone(),
                other.rules.clone(),
            ));
        }
        self.conversations += other.conversations;
        self.messages += other.messages;
        self.escalated += other.escalated;
        self.unrouted += other.unrouted;
        for (a, b) in self.triggers.iter_mut().zip(&other.triggers) {
            a.fired += b.fired;
            a.primary += b.primary;
            a.held += b.held;
        }
        for (a, b) in self.routes.iter_mut().zip(&other.routes) {
            a.matched += b.matched;
        }
        for (a, b) in self.teams.iter_mut().zip(&other.teams) {
            a.conversations += b.conversations;
        }
        for (a, b) in self.signals.iter_mut().zip(&other.signals) {
            a.messages += b.messages;
            for (x, y) in a.entries.iter_mut().zip(&b.entries) {
                x.hits += y.hits;
            }
        }
        for (trigger, routes) in &other.matrix {
            let row = self.matrix.entry(trigger.clone()).or_default();
            for (route, n) in routes {
                *row.entry(route.clone()).or_default() += n;
            }
        }
        for (turn, n) in &other.escalation_turns {
            *self.escalation_turns.entry(*turn).or_default() += n;
        }
        self.gaps.merge(&other.gaps);
        match (&mut self.labels, &other.labels) {
            (Some(a), Some(b)) => a.merge(b)?,
            (None, Some(b)) => self.labels = Some(b.clone()),
            _ => {}
        }
        self.finish();
        Ok(())
    }
}
