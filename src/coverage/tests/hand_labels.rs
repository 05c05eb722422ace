//! Evaluation against hand labels: precision, recall and the team matrix counted by
//! hand on the shipped fixtures; merging reports with and without labels, and what no
//! shard matched.

use super::*;
use crate::coverage::labels::{Label, LabelEval, Labels};

#[test]
fn labels_give_precision_recall_and_a_confusion_matrix() {
    let engine = starter();
    let conversations = fixture_conversations();
    let label = |escalated: Option<bool>, team: Option<&str>| Label {
        escalated,
        team: team.map(str::to_owned),
    };
    // c01 → senior-ae (right), c07 → labelled senior-ae but routed frontline (wrong team),
    // c09 → labelled escalated but not (miss), c14 → none (right), c06 → labelled
    // not escalated but escalated (false positive).
    let labelled = [
        ("c01-enterprise-discount", label(None, Some("senior-ae"))),
        ("c07-frustrated-pro", label(None, Some("senior-ae"))),
        ("c09-not-frustrated", label(Some(true), None)),
        ("c14-opening-hours", label(None, Some("none"))),
        ("c06-double-charge", label(Some(false), None)),
    ];
    let mut eval = LabelEval::new(&Labels::default());
    eval.labels = 6;
    let mut scratch = Scratch::default();
    for (id, l) in &labelled {
        let mut l = l.clone();
        if l.team.as_deref() == Some("none") {
            l.team = Some(labels::NO_TEAM.to_owned());
        }
        let c = conversations.iter().find(|c| c.id == *id).unwrap();
        let (outcome, _) = engine.evaluate_coverage(c, &mut scratch);
        eval.add(&l, c, &outcome);
    }
    eval.finish();
    let e = &eval.escalation;
    assert_eq!(
        (
            e.true_positives,
            e.false_positives,
            e.false_negatives,
            e.true_negatives
        ),
        (2, 1, 1, 1)
    );
    assert_eq!((e.precision, e.recall), (Some(0.667), Some(0.667)));
    assert_eq!(eval.teams["senior-ae"]["senior-ae"], 1);
    assert_eq!(eval.teams["senior-ae"]["frontline"], 1);
    let ae = eval
        .per_team
        .iter()
        .find(|t| t.team == "senior-ae")
        .unwrap();
    assert_eq!(
        (ae.expected, ae.routed, ae.correct, ae.precision, ae.recall),
        (2, 1, 1, Some(1.0), Some(0.5))
    );
    let missed: Vec<&str> = eval
        .misses
        .examples
        .iter()
        .map(|m| m.conversation_id.as_str())
        .collect();
    assert_eq!(
        missed,
        [
            "c07-frustrated-pro",
            "c09-not-frustrated",
            "c06-double-charge"
        ]
    );
    assert_eq!(eval.matched, 5);
}

/// A report of `conversations` evaluated against `labels`, as `coverage --labels` makes it.
fn labelled_report(
    engine: &Engine,
    labels: &Labels,
    conversations: &[Conversation],
) -> CoverageReport {
    let mut report = CoverageReport::new(engine.rules());
    let index = RuleIndex::new(engine.rules(), &report);
    report.labels = Some(LabelEval::new(labels));
    let mut matcher = labels::LabelMatcher::new(labels);
    let mut scratch = Scratch::default();
    for c in conversations {
        let (outcome, tally) = engine.evaluate_coverage(c, &mut scratch);
        report.add(&index, c, &outcome, &tally);
        if let Some(label) = matcher.get(&c.id) {
            report.labels.as_mut().unwrap().add(label, c, &outcome);
        }
    }
    matcher.finish(report.labels.as_mut().unwrap());
    report.finish();
    report
}

/// Labels of two fixture conversations, by team (one not escalated).
fn two_team_labels() -> Labels {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("labels.csv");
    std::fs::write(
        &path,
        "conversation_id,expected_team\nc01-enterprise-discount,senior-ae\nc20-no-metadata,none\n",
    )
    .unwrap();
    labels::load(&path, &labels::LabelColumns::default(), TEAMS).unwrap()
}

/// A report made with `--labels` merged with one made without gave
/// the precision and recall of the labelled shard alone, and said the other shard's
/// labels "matched no conversation". Refused both ways, leaving the report as it was.
#[test]
fn a_report_with_labels_and_one_without_do_not_merge() {
    let engine = starter();
    let all = fixture_conversations();
    let l = two_team_labels();
    let with = labelled_report(&engine, &l, &all[..10]);
    let without = report(&engine, &all[10..]);
    let mut merged = with.clone();
    assert!(matches!(
        merged.merge(&without),
        Err(MergeError::LabelsInOne(true))
    ));
    assert_eq!(merged, with);
    let mut merged = without.clone();
    let err = merged.merge(&with).unwrap_err();
    assert!(matches!(err, MergeError::LabelsInOne(false)), "{err}");
    assert!(
        err.to_string()
            .contains("merged into were made without --labels")
    );
    assert_eq!(merged, without);
}

/// A report without a labels fingerprint (made before them, or with it deleted) merged
/// with one that has it gave the merge the other's fingerprint: a third report of those
/// labels then merged as checked, though the first's labels never were. The merge has
/// none, whichever side lacks it; two of one fingerprint keep it.
#[test]
fn a_merge_with_a_report_without_a_labels_fingerprint_has_none() {
    let engine = starter();
    let all = fixture_conversations();
    let l = two_team_labels();
    let with = labelled_report(&engine, &l, &all[..10]);
    let other = labelled_report(&engine, &l, &all[10..]);
    let fingerprint = |r: &CoverageReport| r.labels.as_ref().unwrap().fingerprint.clone();
    assert!(fingerprint(&with).is_some());
    let mut without = other.clone();
    without.labels.as_mut().unwrap().fingerprint = None;
    let mut merged = with.clone();
    merged.merge(&without).unwrap();
    assert_eq!(fingerprint(&merged), None);
    let mut merged = without.clone();
    merged.merge(&with).unwrap();
    assert_eq!(fingerprint(&merged), None);
    let mut merged = with.clone();
    merged.merge(&other).unwrap();
    assert_eq!(fingerprint(&merged), fingerprint(&with));
}

/// Labels that matched no conversation were counted, never named, and
/// a label id differing from a conversation's only by case was silently unmatched. The
/// ids are named (all of them, sorted), the case difference noted, and ids still matched
/// exactly; a merge names those no shard matched.
#[test]
fn unmatched_labels_are_named_with_a_hint_at_a_case_difference() {
    let engine = starter();
    let all = fixture_conversations();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("labels.csv");
    std::fs::write(
        &path,
        "conversation_id,expected_escalated\nC01-ENTERPRISE-DISCOUNT,true\nc09-not-frustrated,false\nzz-gone,true\nc20-no-metadata,true\n",
    )
    .unwrap();
    let l = labels::load(&path, &labels::LabelColumns::default(), TEAMS).unwrap();
    let whole = labelled_report(&engine, &l, &all);
    let eval = whole.labels.as_ref().unwrap();
    assert_eq!(eval.matched, 2);
    assert_eq!(eval.unmatched_ids, ["C01-ENTERPRISE-DISCOUNT", "zz-gone"]);
    assert_eq!(eval.unmatched(), 2);
    assert_eq!(
        eval.case_mismatches,
        BTreeMap::from([(
            "C01-ENTERPRISE-DISCOUNT".to_owned(),
            "c01-enterprise-discount".to_owned()
        )])
    );
    // Shards: c09 is in the first, c20 in the second; each names the others unmatched.
    let cut = all.iter().position(|c| c.id.starts_with("c16-")).unwrap();
    let one = labelled_report(&engine, &l, &all[..cut]);
    let two = labelled_report(&engine, &l, &all[cut..]);
    assert_eq!(
        one.labels.as_ref().unwrap().unmatched_ids,
        ["C01-ENTERPRISE-DISCOUNT", "c20-no-metadata", "zz-gone"]
    );
    assert!(two.labels.as_ref().unwrap().case_mismatches.is_empty());
    let mut merged = one.clone();
    merged.merge(&two).unwrap();
    merged.finish();
    let mut expected = whole.clone();
    expected.shards = merged.shards.clone();
    assert_eq!(merged, expected);
}

/// The expected × routed team matrix put an escalation no route took
/// and a conversation that did not escalate in one `(none)` column.
#[test]
fn the_label_matrix_tells_unrouted_from_not_escalated() {
    let rules = parse_rule_set(vec![(
        PathBuf::from("r.yaml"),
        "version: 1\nsignals: [ { id: h, phrases: [help] } ]\n\
         triggers: [ { id: t, when: { message: { signal: h } } } ]\n\
         routes: [ { id: r, when: { meta: { field: tier, equals: x } }, team: a } ]\n\
         teams: [ { id: a, name: A, bridge: hi } ]\n"
            .into(),
    )])
    .unwrap();
    let engine = Engine::compile(rules).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("t.csv");
    std::fs::write(
        &path,
        "conversation_id,role,text\nu1,customer,help\nu2,customer,hello\n",
    )
    .unwrap();
    let conversations = ReaderBuilder::new()
        .build(vec![Input::Path(path)])
        .collect::<Result<Vec<_>, _>>()
        .unwrap();
    let mut eval = LabelEval::default();
    let label = Label {
        escalated: None,
        team: Some("a".to_owned()),
    };
    let mut scratch = Scratch::default();
    for c in &conversations {
        let outcome = engine.evaluate(c, &mut scratch);
        eval.add(&label, c, &outcome);
    }
    eval.finish();
    assert_eq!(
        eval.teams["a"],
        BTreeMap::from([
            (labels::UNROUTED.to_owned(), 1),
            (labels::NO_TEAM.to_owned(), 1)
        ])
    );
    assert_eq!(labels::NO_TEAM, "(not escalated)");
    assert_eq!(eval.per_team.len(), 1, "{:?}", eval.per_team);
    assert_eq!(
        eval.misses.examples[0].detail,
        "expected team `a`, escalated but unrouted (no route took it)"
    );
}
