//! `handoff lint` on signal entries written as `{ phrase, weight }` or
//! `{ pattern, weight }`: every format points at the value a diagnostic is about.

use crate::common::{lint_failing, write};

/// M001 on `- { pattern: '\bprice (match', weight: 2 }` pointed at the `{` (5:9) in
/// every format; the plain form pointed inside the pattern.
#[test]
fn weighted_entries_are_pointed_at_in_sarif_and_github() {
    let dir = tempfile::tempdir().unwrap();
    let rules = write(
        dir.path(),
        "r.yaml",
        "version: 1\nsignals:\n  - id: s\n    regex:\n      - { pattern: '\\bprice (match', weight: 2 }\n    phrases:\n      - { phrase: refund, weight: 0 }\n",
    );
    let run = |format: &str| lint_failing(&rules, format);
    let sarif: serde_json::Value = serde_json::from_str(&run("sarif")).unwrap();
    let places: Vec<_> = sarif["runs"][0]["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            let region = &r["locations"][0]["physicalLocation"]["region"];
            (
                r["ruleId"].as_str().unwrap().to_owned(),
                region["startLine"].as_u64(),
                region["startColumn"].as_u64(),
            )
        })
        .collect();
    assert_eq!(
        places,
        [
            ("M001".to_owned(), Some(5), Some(29)),
            ("S008".to_owned(), Some(7), Some(35)),
        ]
    );
    let github = run("github");
    assert!(
        github.contains("line=5,endLine=5,col=29,endColumn=30,title=M001"),
        "{github}"
    );
    assert!(
        github.contains("line=7,endLine=7,col=35,endColumn=36,title=S008"),
        "{github}"
    );
}
