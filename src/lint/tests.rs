//! Every lint fixture (`tests/fixtures/lint/<CODE>.yaml` fires the code,
//! `<CODE>.ok.yaml` does not) through one parametrised test, with a snapshot of what a
//! user would read.

use std::path::{Path, PathBuf};

use super::*;

struct Fixture {
    path: PathBuf,
    expect: Vec<String>,
    export: Option<ExportFields>,
}

fn fixtures() -> Vec<Fixture> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/lint");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .collect();
    paths.sort();
    paths
        .into_iter()
        .map(|path| {
            let text = std::fs::read_to_string(&path).unwrap();
            let header = |key: &str| {
                text.lines()
                    .find_map(|l| l.strip_prefix(&format!("# {key}:")))
                    .map(|rest| {
                        rest.split([' ', ','])
                            .filter(|s| !s.is_empty())
                            .map(str::to_owned)
                            .collect::<Vec<_>>()
                    })
            };
            let expect = header("expect")
                .unwrap_or_else(|| panic!("{}: no `# expect:` line", path.display()));
            // `# timestamp: no`: the export has no timestamp column.
            let timestamp = header("timestamp").is_none_or(|v| v != ["no"]);
            let export = header("columns").map(|fields| ExportFields {
                source: "export.csv".into(),
                fields,
                timestamp,
            });
            Fixture {
                path,
                expect,
                export,
            }
        })
        .collect()
}

/// Codes whose example or fixture would be thousands of lines long (the limits; tested in
/// `rules::validate::tests`).
const TOO_LARGE_TO_SHOW: &[&str] = &["S009"];

#[test]
fn fixtures_fire_exactly_their_codes() {
    let mut failures = Vec::new();
    let mut covered = std::collections::BTreeSet::new();
    for f in fixtures() {
        let report = lint(&f.path, &Overrides::default(), f.export.as_ref()).unwrap();
        // The note of checks that did not run has no code: it is no check's finding.
        let codes: Vec<String> = report
            .diagnostics
            .iter()
            .filter_map(|d| d.code.map(str::to_owned))
            .collect();
        if codes != f.expect {
            failures.push(format!(
                "{}: expected {:?}, got {:?}",
                f.path.display(),
                f.expect,
                codes
            ));
        }
        let name = f.path.file_name().unwrap().to_string_lossy().into_owned();
        if !name.ends_with(".ok.yaml") {
            covered.insert(name.trim_end_matches(".yaml").to_owned());
            let text: String = report
                .diagnostics
                .iter()
                .map(|d| d.render(&report.sources, false))
                .collect::<Vec<_>>()
                .join("\n");
            let text = text.replace(env!("CARGO_MANIFEST_DIR"), "[ROOT]");
            insta::assert_snapshot!(format!("lint_{}", name.trim_end_matches(".yaml")), text);
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
    for code in CODES.iter().filter(|c| {
        matches!(c.origin, Origin::Fatal | Origin::Check) && !TOO_LARGE_TO_SHOW.contains(&c.id)
    }) {
        assert!(covered.contains(code.id), "no fixture fires {}", code.id);
    }
}

#[test]
fn the_starter_rules_lint_clean() {
    let rules = Path::new(env!("CARGO_MANIFEST_DIR")).join("rules");
    let report = lint(&rules, &Overrides::default(), None).unwrap();
    let text: Vec<String> = report.diagnostics.iter().map(ToString::to_string).collect();
    assert!(report.diagnostics.is_empty(), "{}", text.join("\n"));
}

#[test]
fn overrides_change_and_drop_findings() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/lint");
    let mut overrides = Overrides::default();
    overrides.set("R010", Level::Deny).unwrap();
    let report = lint(&dir.join("R010.yaml"), &overrides, None).unwrap();
    assert_eq!(report.count(Severity::Error), 1);
    overrides.set("unused-signal", Level::Allow).unwrap();
    let report = lint(&dir.join("R010.yaml"), &overrides, None).unwrap();
    assert!(report.diagnostics.is_empty());
}

/// Every code's documented example really produces that code.
#[test]
fn documented_examples_fire_their_code() {
    let dir = tempfile::tempdir().unwrap();
    let mut failures = Vec::new();
    for code in CODES.iter().filter(|c| {
        matches!(c.origin, Origin::Fatal | Origin::Check) && !TOO_LARGE_TO_SHOW.contains(&c.id)
    }) {
        let example = code.doc.split("## Example").nth(1).unwrap_or_default();
        let example = example.split("## How to fix").next().unwrap_or_default();
        let Some(yaml) = example
            .split("```yaml\n")
            .nth(1)
            .and_then(|s| s.split("```").next())
        else {
            failures.push(format!("{}: no yaml example", code.id));
            continue;
        };
        let export = example
            .split("```csv\n")
            .nth(1)
            .and_then(|s| s.lines().next())
            .map(|header| ExportFields {
                source: "export.csv".into(),
                fields: header
                    .split(',')
                    .map(crate::transcript::normalize_field)
                    .filter(|f| {
                        !["conversation_id", "timestamp", "role", "text"].contains(&f.as_str())
                    })
                    .collect(),
                timestamp: header
                    .split(',')
                    .any(|c| crate::transcript::normalize_field(c) == "timestamp"),
            });
        let path = dir.path().join(format!("{}.yaml", code.id));
        std::fs::write(&path, yaml).unwrap();
        let report = lint(&path, &Overrides::default(), export.as_ref()).unwrap();
        if !report.diagnostics.iter().any(|d| d.code == Some(code.id)) {
            let got: Vec<_> = report.diagnostics.iter().map(ToString::to_string).collect();
            failures.push(format!(
                "{}: example does not fire it; got {got:?}",
                code.id
            ));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

/// L005 said `minutes_elapsed` `at_least: 0` "excludes nothing", but it
/// excludes every conversation without timestamps.
#[test]
fn minutes_elapsed_at_least_0_is_said_to_test_timestamps() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("rules.yaml");
    std::fs::write(
        &path,
        "version: 1\ntriggers: [ { id: m, when: { counter: { name: minutes_elapsed, at_least: 0 } } } ]\ndefault_route: { team: t }\nteams:\n  - { id: t, name: T, bridge: hi }\n",
    )
    .unwrap();
    let report = lint(&path, &Overrides::default(), None).unwrap();
    let l005 = report
        .diagnostics
        .iter()
        .find(|d| d.code == Some("L005"))
        .unwrap();
    assert_eq!(
        l005.message,
        "`at_least: 0` minutes tests only that the conversation has timestamps"
    );
    assert!(!l005.message.contains("excludes nothing"));
}

/// A file of another format version was linted as version 1 by the checks
/// of a whole kind (`L006` "no triggers", `R010` "never used") beside its `S005`.
#[test]
fn a_file_of_another_version_gets_no_whole_kind_findings() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("rules.yaml");
    std::fs::write(
        &path,
        "version: 2\nsignals:\n  - { id: s, builtin: frustration }\n",
    )
    .unwrap();
    let report = lint(&path, &Overrides::default(), None).unwrap();
    let codes: Vec<_> = report.diagnostics.iter().filter_map(|d| d.code).collect();
    assert_eq!(codes, ["S005"]);
    assert!(
        report
            .diagnostics
            .iter()
            .any(|d| d.message.contains("`L006`") && d.message.contains("did not run")),
        "{:?}",
        report.diagnostics
    );
}

/// An empty file got `L006` "no triggers" beside its `S004` "the rule file is empty";
/// `version: "1"` got it before its `S003`: no trigger is news only in rules without
/// errors.
#[test]
fn a_rule_set_with_errors_is_not_told_it_has_no_triggers() {
    let dir = tempfile::tempdir().unwrap();
    for (name, text, code) in [
        ("empty.yaml", "", "S004"),
        ("comments.yaml", "# nothing yet\n", "S004"),
        ("quoted.yaml", "version: \"1\"\n", "S003"),
    ] {
        let path = dir.path().join(name);
        std::fs::write(&path, text).unwrap();
        let report = lint(&path, &Overrides::default(), None).unwrap();
        let codes: Vec<_> = report.diagnostics.iter().filter_map(|d| d.code).collect();
        assert_eq!(codes, [code], "{name}");
    }
    // Without errors, no triggers is still said.
    let path = dir.path().join("signals.yaml");
    std::fs::write(
        &path,
        "version: 1\nsignals:\n  - { id: s, builtin: frustration }\n",
    )
    .unwrap();
    let report = lint(&path, &Overrides::default(), None).unwrap();
    assert!(report.diagnostics.iter().any(|d| d.code == Some("L006")));
}

/// L004 on `any: [not: X, not: { not: X }]` put the label of `not: { not: X }` on its
/// `X`, the positive condition; then (cli39) each label was on a `not`'s operand, so the
/// alternative `not: X` was underlined at its `X`. Each `not` is underlined at its key.
#[test]
fn a_double_negation_is_labelled_at_its_not() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("rules.yaml");
    let text = "version: 1\ntriggers:\n  - id: dn\n    when:\n      any:\n        - not: { meta: { field: tier, equals: e } }\n        - not: { not: { meta: { field: tier, equals: e } } }\ndefault_route: { team: t }\nteams:\n  - { id: t, name: T, bridge: hi }\n";
    std::fs::write(&path, text).unwrap();
    let report = lint(&path, &Overrides::default(), None).unwrap();
    let l004 = report
        .diagnostics
        .iter()
        .find(|d| d.code == Some("L004"))
        .unwrap();
    let places: Vec<(u32, Option<u32>, &str)> = l004
        .related
        .iter()
        .map(|(l, label)| (l.line, l.column, label.as_str()))
        .collect();
    assert_eq!(
        places,
        [
            (
                6,
                Some(11),
                "`not` of another alternative of the same `any`"
            ),
            (
                7,
                Some(11),
                "whenever this alternative fails, its `not` holds"
            ),
        ]
    );
    // The `not` key is underlined, not the condition it negates.
    for (location, _) in &l004.related {
        let range = location.range.clone().unwrap();
        assert_eq!(&text[range], "not");
    }
}

/// cli39: `any: [X, not: { not: { not: X } }]`, a triple negation, was not found: a
/// chain of `not`s counts as its parity says, however deep.
#[test]
fn a_negation_of_any_depth_is_found() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("rules.yaml");
    let x = "{ meta: { field: tier, equals: e } }";
    for (depth, fires) in [(1, true), (2, false), (3, true), (4, false), (5, true)] {
        let nots = format!("{}{x}{}", "{ not: ".repeat(depth), " }".repeat(depth));
        let text = format!(
            "version: 1\ntriggers:\n  - id: dn\n    when:\n      any:\n        - {x}\n        - {nots}\ndefault_route: {{ team: t }}\nteams:\n  - {{ id: t, name: T, bridge: hi }}\n"
        );
        std::fs::write(&path, &text).unwrap();
        let report = lint(&path, &Overrides::default(), None).unwrap();
        let l004 = report.diagnostics.iter().find(|d| d.code == Some("L004"));
        assert_eq!(l004.is_some(), fires, "{depth}:\n{text}");
        if let Some(l004) = l004 {
            let places: Vec<(u32, Option<u32>)> = l004
                .related
                .iter()
                .map(|(l, _)| (l.line, l.column))
                .collect();
            assert_eq!(places, [(6, Some(11)), (7, Some(13))], "{depth}");
        }
    }
}

/// cli39 review: a quoted `"not"` key was not found, so L004 underlined its operand
/// (and, in a chain written over lines with a comment, the inner `not:`); the key is
/// underlined with its quotes.
#[test]
fn a_quoted_not_key_is_underlined() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("rules.yaml");
    let x = "{ meta: { field: tier, equals: e } }";
    for (alternative, place, key) in [
        (format!("\"not\": {x}"), (7, Some(11)), "\"not\""),
        (format!("'not': {x}"), (7, Some(11)), "'not'"),
        (format!("{{ \"not\": {x} }}"), (7, Some(13)), "\"not\""),
        (
            format!("# the negation\n          \"not\":\n            not:\n              not: {x}"),
            (8, Some(11)),
            "\"not\"",
        ),
    ] {
        let text = format!(
            "version: 1\ntriggers:\n  - id: dn\n    when:\n      any:\n        - {x}\n        - {alternative}\ndefault_route: {{ team: t }}\nteams:\n  - {{ id: t, name: T, bridge: hi }}\n"
        );
        std::fs::write(&path, &text).unwrap();
        let report = lint(&path, &Overrides::default(), None).unwrap();
        let l004 = report
            .diagnostics
            .iter()
            .find(|d| d.code == Some("L004"))
            .unwrap_or_else(|| panic!("{text}"));
        // The other place is `X`'s, on line 6.
        let (location, _) = l004.related.iter().find(|(l, _)| l.line != 6).unwrap();
        assert_eq!((location.line, location.column), place, "{text}");
        assert_eq!(&text[location.range.clone().unwrap()], key, "{text}");
    }
}
