//! Merging shards: the merged report equals the single run's; reports of the same run,
//! of other rules, with an emptied id or without runs are not merged.

use super::*;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Any split of the input into shards, merged in order, is the single run's report.
    #[test]
    fn merging_shards_equals_one_run(cuts in proptest::collection::btree_set(1usize..33, 0..6)) {
        let engine = starter();
        let all = fixture_conversations();
        let whole = report(&engine, &all);
        let mut bounds = vec![0];
        bounds.extend(cuts);
        bounds.push(all.len());
        let mut merged: Option<CoverageReport> = None;
        for pair in bounds.windows(2) {
            let shard = roundtrip(&report(&engine, &all[pair[0]..pair[1]]));
            match &mut merged {
                None => merged = Some(shard),
                Some(m) => m.merge(&shard).unwrap(),
            }
        }
        let mut merged = merged.unwrap();
        merged.finish();
        prop_assert_eq!(merged.inconsistency(), None);
        prop_assert_eq!(merged.shards.len(), bounds.len() - 1);
        merged.shards = whole.shards.clone();
        prop_assert_eq!(merged, whole);
    }
}

/// Merging a merged report of shards 1 and 2 with shard 1 again counted shard 1
/// twice.
#[test]
fn reports_that_count_the_same_run_do_not_merge() {
    let engine = starter();
    let all = fixture_conversations();
    let one = report(&engine, &all[..10]);
    let two = report(&engine, &all[10..]);
    assert_eq!(one.shards.len(), 1);
    assert_ne!(one.shards, two.shards);
    let mut both = one.clone();
    both.merge(&two).unwrap();
    assert_eq!(both.shards, [one.shards[0].clone(), two.shards[0].clone()]);
    let Err(MergeError::Overlap(shard)) = both.clone().merge(&one) else {
        panic!("a shard merged twice");
    };
    assert_eq!(shard, one.shards[0]);
    // Read in another order, the same conversations are the same run.
    let reversed: Vec<_> = all[..10].iter().rev().cloned().collect();
    assert_eq!(report(&engine, &reversed).shards, one.shards);
    // A report of no conversation counts no run, and merges with anything.
    let empty = report(&engine, &[]);
    assert!(empty.shards.is_empty());
    both.merge(&empty).unwrap();
}

/// A review found a report of a version that said D018's delimiter as its word (`pipe`)
/// merged with one of this version (`|`, as written) listing D018 twice: a run says it
/// once, whatever it says. D009 stays once per column it names.
#[test]
fn d018_of_two_versions_is_one_in_a_merge() {
    let engine = starter();
    let all = fixture_conversations();
    let said = |code: &str, message: &str, file: &str| crate::diag::JsonDiagnostic {
        code: Some(code.to_owned()),
        name: None,
        severity: crate::diag::Severity::Warning,
        message: message.to_owned(),
        file: Some(file.to_owned()),
        line: Some(1),
        column: None,
        end_line: None,
        end_column: None,
        label: None,
        help: Vec::new(),
        related: Vec::new(),
    };
    let d018 = |word: &str, file: &str| {
        said(
            "D018",
            &format!(
                "the delimiter `{word}` (`delimiter:` at map.yaml:1:12) does nothing here: this file is read as JSONL, whose fields are its objects' keys (said for the first JSONL file only)"
            ),
            file,
        )
    };
    let d009 =
        |column: &str, file: &str| said("D009", &format!("no `{column}` column to ignore"), file);
    let mut old = report(&engine, &all[..10]);
    old.diagnostics = vec![d018("pipe", "a.jsonl"), d009("turn", "a.jsonl")];
    let mut new = report(&engine, &all[10..]);
    new.diagnostics = vec![
        d018("|", "b.jsonl"),
        d009("turn", "b.jsonl"),
        d009("step", "b.jsonl"),
    ];
    old.merge(&new).unwrap();
    let codes: Vec<_> = old
        .diagnostics
        .iter()
        .map(|d| (d.code.as_deref().unwrap_or("-"), d.message.as_str()))
        .filter(|(c, _)| c.starts_with('D'))
        .collect();
    assert_eq!(
        codes,
        [
            ("D018", d018("pipe", "").message.as_str()),
            ("D009", "no `turn` column to ignore"),
            ("D009", "no `step` column to ignore"),
        ]
    );
}

/// `--merge` cannot tell a run over all the data from one over a shard of it.
/// The limit README documents, pinned: a run's id hashes its conversations together, so
/// the whole run's id is unrelated to its shard's and the merge is not refused (the
/// shard's conversations count twice, which the merged `conversations` shows).
#[test]
fn a_whole_run_and_one_of_its_shards_are_not_told_apart() {
    let engine = starter();
    let all = fixture_conversations();
    let whole = report(&engine, &all);
    let shard = report(&engine, &all[..10]);
    assert_ne!(whole.shards, shard.shards);
    let mut merged = whole.clone();
    merged.merge(&shard).unwrap();
    assert_eq!(merged.conversations, whole.conversations + 10);
}

#[test]
fn reports_of_different_rules_do_not_merge() {
    let engine = starter();
    let mut a = report(&engine, &fixture_conversations()[..3]);
    let mut b = a.clone();
    b.rules = "0000000000000000".into();
    assert!(matches!(a.merge(&b), Err(MergeError::DifferentRules(..))));
    // cli39: a fingerprint emptied by hand read "fingerprints  and 0000…", two spaces.
    // cli40: and two emptied merged silently. Either is an edited report, refused.
    b.rules = String::new();
    let said = a.merge(&b).unwrap_err().to_string();
    assert!(
        said.starts_with("the report merged in was edited"),
        "{said}"
    );
    assert!(said.contains("its rules fingerprint is empty"), "{said}");
    assert!(!said.contains("  "), "{said}");
    a.rules = String::new();
    let merged = a.clone();
    let said = a.merge(&b).unwrap_err().to_string();
    assert!(
        said.starts_with("the report merged into was edited"),
        "{said}"
    );
    assert_eq!(a.conversations, merged.conversations);
}

/// cli40: two reports whose runs' ids were emptied (`shards: [""]`) were refused as
/// counting one run, "a copy"; and an emptied labels fingerprint matched another.
#[test]
fn a_report_with_an_emptied_id_is_not_merged() {
    let engine = starter();
    let all = fixture_conversations();
    let mut a = report(&engine, &all[..3]);
    let mut b = report(&engine, &all[3..6]);
    assert!(a.unproven().is_none() && b.unproven().is_none());
    a.shards = vec![String::new()];
    b.shards = vec![" ".into()];
    let said = a.merge(&b).unwrap_err().to_string();
    assert!(said.contains("a run it counts has no id"), "{said}");
    assert!(matches!(a.merge(&b), Err(MergeError::Unproven(false, _))));
}

/// cli40 review: a report whose `shards` was emptied (`[]`) or deleted merged with
/// itself, counting its conversations twice; `"rules": "   "` was quoted `""`.
#[test]
fn a_report_of_conversations_without_runs_is_not_merged() {
    let engine = starter();
    let all = fixture_conversations();
    let mut a = report(&engine, &all[..3]);
    a.shards.clear();
    let said = a.unproven().unwrap();
    assert!(said.contains("counts 3 conversations but no run"), "{said}");
    assert!(matches!(
        a.clone().merge(&a),
        Err(MergeError::Unproven(false, _))
    ));
    // No conversation, no run: as handoff writes it, and it merges.
    assert!(report(&engine, &[]).unproven().is_none());
    let mut b = report(&engine, &all[3..6]);
    b.rules = "   ".into();
    let said = b.unproven().unwrap();
    assert!(said.contains(r#"`"rules": "   "`"#), "{said}");
}
