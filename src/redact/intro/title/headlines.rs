//! Nouns of headlines after a title that is an adjective too: a word in lower case →
//! whether it is one ("Major Outage", "Major Brownout", "Major Outage's"), no surname.
//! Tells; where it is asked is `title.rs`'s.

/// What a status page, a release note or an incident report puts in title case after an
/// adjective that is a title too ("Major Outage", "Major Downtime", "Captain Glitch"),
/// and the common English words lack (those it holds, "Major Incident", "Major Update",
/// are no name after a word title already): no surname. Sorted.
const HEADLINE_NOUNS: &[&str] = &[
    "alerts",
    "announcements",
    "backlog",
    "blackout",
    "blackouts",
    "bottleneck",
    "breaches",
    "brownout",
    "brownouts",
    "bugfix",
    "bugfixes",
    "degradation",
    "disruption",
    "disruptions",
    "downgrade",
    "downgrades",
    "downtime",
    "enhancement",
    "enhancements",
    "fixes",
    "glitch",
    "glitches",
    "hotfix",
    "hotfixes",
    "interruption",
    "interruptions",
    "latency",
    "outage",
    "outages",
    "overhaul",
    "redesign",
    "regression",
    "regressions",
    "revamp",
    "rollback",
    "rollout",
    "rollouts",
    "shutdown",
    "shutdowns",
    "slowdown",
    "slowdowns",
    "vulnerabilities",
    "vulnerability",
];

/// Whether `lower` (a word in lower case, its curly apostrophe straight) is one of
/// [`HEADLINE_NOUNS`], or its possessive ("Major Outage's impact").
pub(super) fn is_headline_noun(lower: &str) -> bool {
    let stem = lower.strip_suffix("'s").unwrap_or(lower);
    HEADLINE_NOUNS.binary_search(&stem).is_ok()
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_nouns_are_sorted_and_a_possessive_is_its_noun() {
        assert!(super::HEADLINE_NOUNS.is_sorted());
        assert!(super::is_headline_noun("outage's"));
        assert!(super::is_headline_noun("brownout"));
        assert!(super::is_headline_noun("downgrade"));
        assert!(!super::is_headline_noun("okafor's"));
    }
}
