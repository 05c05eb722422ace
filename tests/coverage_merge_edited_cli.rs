//! `coverage --merge` of reports whose ids were emptied by hand (cli40): two shards'
//! reports both with `"rules": ""` merged silently (nothing proves they are of the same
//! rules), and two both with `"shards": [""]` were refused as "a copy" of each other.
//! Each is refused, naming the file and the id emptied, exit 2.

use predicates::prelude::*;
use predicates::str::contains;

use crate::common::{handoff, write};
use crate::coverage_merge_cli::{fixture_shards, shard_json, shard_report};

/// The JSON reports of the two fixture shards, each edited by `edit`, in `dir`.
fn edited_shards(
    dir: &std::path::Path,
    edit: impl Fn(&mut serde_json::Value),
) -> [std::path::PathBuf; 2] {
    let (a, b) = fixture_shards(dir);
    [("a.json", a), ("b.json", b)].map(|(name, csv)| {
        let mut value: serde_json::Value = serde_json::from_str(&shard_json(&csv)).unwrap();
        edit(&mut value);
        write(dir, name, &serde_json::to_string_pretty(&value).unwrap())
    })
}

#[test]
fn reports_whose_fingerprints_were_emptied_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    // As handoff wrote them, they merge.
    let [a, b] = edited_shards(dir.path(), |_| {});
    handoff()
        .args(["coverage", "--merge"])
        .arg(&a)
        .arg(&b)
        .assert()
        .success();
    let [a, b] = edited_shards(dir.path(), |v| v["rules"] = "".into());
    handoff()
        .args(["coverage", "--merge"])
        .arg(&a)
        .arg(&b)
        .assert()
        .code(2)
        .stdout("")
        .stderr(contains(format!(
            "{} was edited since handoff wrote it: its rules fingerprint is empty",
            a.display()
        )))
        .stderr(contains("hint: run coverage on its shard again"));
}

#[test]
fn reports_whose_run_ids_were_emptied_are_not_told_a_copy() {
    let dir = tempfile::tempdir().unwrap();
    let [a, b] = edited_shards(dir.path(), |v| v["shards"] = serde_json::json!([""]));
    handoff()
        .args(["coverage", "--merge"])
        .arg(&a)
        .arg(&b)
        .assert()
        .code(2)
        .stderr(contains(format!(
            "{} was edited since handoff wrote it: a run it counts has no id",
            a.display()
        )))
        .stderr(contains("a copy").not());
    // One emptied, beside one as handoff wrote it: the emptied one is named, whichever
    // comes first.
    let [a, _] = edited_shards(dir.path(), |v| v["shards"] = serde_json::json!([""]));
    let (_, b_csv) = fixture_shards(dir.path());
    let plain = shard_report(dir.path(), "plain.json", &b_csv);
    handoff()
        .args(["coverage", "--merge"])
        .arg(&plain)
        .arg(&a)
        .assert()
        .code(2)
        .stderr(contains(format!("{} was edited", a.display())))
        .stderr(contains(format!("{} was edited", plain.display())).not());
}

/// cli40 review: a report whose `shards` list was emptied (`jq '.shards=[]'`) or
/// deleted (`del(.shards)`) merged with the same report as handoff wrote it, counting
/// one run twice (32 conversations from 16).
#[test]
fn reports_whose_runs_were_emptied_or_deleted_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    for edit in [
        (|v: &mut serde_json::Value| v["shards"] = serde_json::json!([]))
            as fn(&mut serde_json::Value),
        |v| {
            v.as_object_mut().unwrap().remove("shards");
        },
    ] {
        let [a, _] = edited_shards(dir.path(), edit);
        let (a_csv, _) = fixture_shards(dir.path());
        let plain = shard_report(dir.path(), "plain.json", &a_csv);
        handoff()
            .args(["coverage", "--merge"])
            .arg(&plain)
            .arg(&a)
            .assert()
            .code(2)
            .stdout("")
            .stderr(contains(format!(
                "{} was edited since handoff wrote it: it counts",
                a.display()
            )))
            .stderr(contains(
                "but no run (its `shards` list is empty or missing)",
            ));
    }
    // What the file holds is quoted, blanks and all.
    let [a, b] = edited_shards(dir.path(), |v| v["rules"] = "   ".into());
    handoff()
        .args(["coverage", "--merge"])
        .arg(&a)
        .arg(&b)
        .assert()
        .code(2)
        .stderr(contains(
            r#"its rules fingerprint is empty (`"rules": "   "`)"#,
        ));
}
