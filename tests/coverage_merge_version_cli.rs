//! `coverage --merge` of a report made by the handoff before the rules fingerprint read
//! a signal's `topic:` (rules42): the starter's `topic: false` changed its fingerprint,
//! and the merge said "the reports are of different rule sets" of the same rules. The
//! report's version moved on with the recipe, so the merge says which handoff made it.
//! So it does of a report made before the detectors' `counters` were counted (cov48),
//! of one made before each counter said the most within its windows, and of one made
//! before a route's window bounded what it saw at an escalation.

use predicates::prelude::*;
use predicates::str::contains;

use crate::common::{handoff, write};
use crate::coverage_merge_cli::{fixture_shards, shard_json, shard_report};

#[test]
fn a_report_of_the_fingerprint_before_topics_is_said_to_be_an_older_handoffs() {
    // Version 8 fingerprinted the rules without `topic:`.
    const { assert!(handoff::coverage::VERSION > 8) };
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = fixture_shards(dir.path());
    let ja = shard_report(dir.path(), "a.json", &a);
    // The other shard as the previous handoff wrote it: version 8, and the same rules
    // fingerprinted by the old recipe (another hash).
    let mut old: serde_json::Value = serde_json::from_str(&shard_json(&b)).unwrap();
    old["version"] = 8.into();
    old["rules"] = "0123456789abcdef".into();
    let jb = write(
        dir.path(),
        "b.json",
        &serde_json::to_string_pretty(&old).unwrap(),
    );
    refused_either_way(
        &ja,
        &jb,
        &[
            "b.json was made by an older handoff (coverage report version 8;",
            "run coverage on its shard again with this handoff",
        ],
        "different rule sets",
    );
}

/// A version 9 report has no `counters`: merged in, its shard's counts would be missing
/// from the sums. It is refused, saying which handoff made it and what to do, whichever
/// side of the merge it is on.
#[test]
fn a_report_without_counters_is_said_to_be_an_older_handoffs() {
    const { assert!(handoff::coverage::VERSION > 9) };
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = fixture_shards(dir.path());
    let ja = shard_report(dir.path(), "a.json", &a);
    let mut old: serde_json::Value = serde_json::from_str(&shard_json(&b)).unwrap();
    old["version"] = 9.into();
    old.as_object_mut().unwrap().remove("counters").unwrap();
    let jb = write(dir.path(), "b.json", &old.to_string());
    refused_either_way(
        &ja,
        &jb,
        &[
            "b.json was made by an older handoff (coverage report version 9; this one reads version 12): run coverage on its shard again with this handoff",
        ],
        "counters",
    );
}

/// A version 10 report's counters have no `windows`: merged in, its shard's most within
/// a window would be missing. It is refused as older, not as a report whose counters
/// differ.
#[test]
fn a_report_without_the_counters_windows_is_said_to_be_an_older_handoffs() {
    const { assert!(handoff::coverage::VERSION > 10) };
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = fixture_shards(dir.path());
    let ja = shard_report(dir.path(), "a.json", &a);
    let mut old: serde_json::Value = serde_json::from_str(&shard_json(&b)).unwrap();
    old["version"] = 10.into();
    for counter in old["counters"].as_array_mut().unwrap() {
        counter.as_object_mut().unwrap().remove("windows").unwrap();
    }
    let jb = write(dir.path(), "b.json", &old.to_string());
    refused_either_way(
        &ja,
        &jb,
        &[
            "b.json was made by an older handoff (coverage report version 10; this one reads version 12): run coverage on its shard again with this handoff",
        ],
        "list other counters",
    );
}

/// A version 11 report gave a route reading a counter in a window the whole count to the
/// escalation point, more than the route saw: merged in, its figure would pass for the
/// window's. It is refused as older, whatever its counters hold.
#[test]
fn a_report_of_the_whole_count_at_an_escalation_is_said_to_be_an_older_handoffs() {
    const { assert!(handoff::coverage::VERSION > 11) };
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = fixture_shards(dir.path());
    let ja = shard_report(dir.path(), "a.json", &a);
    let mut old: serde_json::Value = serde_json::from_str(&shard_json(&b)).unwrap();
    old["version"] = 11.into();
    let jb = write(dir.path(), "b.json", &old.to_string());
    refused_either_way(
        &ja,
        &jb,
        &[
            "b.json was made by an older handoff (coverage report version 11; this one reads version 12): run coverage on its shard again with this handoff",
        ],
        "list other counters",
    );
}

/// `coverage --merge` of `a` and `b`, in both orders: exit 2, saying each of `says` and
/// not `not_said`.
fn refused_either_way(a: &std::path::Path, b: &std::path::Path, says: &[&str], not_said: &str) {
    for (first, second) in [(a, b), (b, a)] {
        let mut assert = handoff()
            .args(["coverage", "--merge"])
            .arg(first)
            .arg(second)
            .assert()
            .code(2);
        for said in says {
            assert = assert.stderr(contains(*said));
        }
        assert.stderr(contains(not_said).not());
    }
}
