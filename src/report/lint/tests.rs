//! Every lint format on one shared sample.

use std::path::PathBuf;

use super::*;
use crate::diag::{Diagnostic, Sources, Span};

fn sample() -> (Vec<Diagnostic>, Sources) {
    let mut sources = Sources::default();
    let text = "version: 1\nsignals:\n  - { id: polite, phrases: [thank you] }\n  - id: angry\n    phrases: [\"50% off, now\"]\n";
    let file = sources.add(PathBuf::from("rules/signals.yaml"), text.to_owned());
    let span = |line: u32, column: u32, start: usize, end: usize| Span {
        file,
        line,
        column,
        start,
        end,
    };
    let polite = text.find("polite").unwrap();
    let phrase = text.find("\"50%").unwrap();
    let diagnostics = vec![
        Diagnostic::warning("R010", "signal `polite` is never used")
            .at(sources.location(span(3, 11, polite, polite + 6)))
            .label("no trigger or route refers to it")
            .help("use it in a `message:` or `seen:` condition, or delete it"),
        Diagnostic::error("L003", "trigger `angry` can never fire")
            .at(sources.location(span(5, 16, phrase, phrase + 14)))
            .label("`tier` cannot equal both `a` and `b`")
            .related(
                sources.location(span(3, 11, polite, polite + 6)),
                "related place, with: a colon",
            ),
    ];
    (diagnostics, sources)
}

fn render(format: LintFormat) -> String {
    let (diagnostics, sources) = sample();
    render_of(format, &diagnostics, &sources)
}

/// `diagnostics` written in `format`, without colour.
fn render_of(format: LintFormat, diagnostics: &[Diagnostic], sources: &Sources) -> String {
    let output = LintOutput {
        quiet: false,
        diagnostics,
        sources,
        color: false,
        denied_warnings: None,
        not_rule_files: 0,
    };
    let mut out = Vec::new();
    output.write(format, &mut out).unwrap();
    String::from_utf8(out).unwrap()
}

#[test]
fn human() {
    insta::assert_snapshot!(render(LintFormat::Human));
}

#[test]
fn json() {
    let text = render(LintFormat::Json);
    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(v["version"], 1);
    assert_eq!(v["summary"]["errors"], 1);
    assert_eq!(v["diagnostics"][0]["end_column"], 17);
    insta::assert_snapshot!(text);
}

/// The human summary counted the files given that are not rule files ("1 rule file and
/// 1 file that is not one"); the JSON summary did not, and `files` does not list them.
#[test]
fn json_counts_the_files_that_are_not_rule_files() {
    let (diagnostics, sources) = sample();
    let output = LintOutput {
        quiet: false,
        diagnostics: &diagnostics,
        sources: &sources,
        color: false,
        denied_warnings: None,
        not_rule_files: 2,
    };
    let mut out = Vec::new();
    output.write(LintFormat::Json, &mut out).unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(v["summary"]["not_rule_files"], 2, "{v}");
    // The fields before it, unchanged.
    assert_eq!(v["summary"]["errors"], 1);
    assert_eq!(v["files"].as_array().map(Vec::len), Some(1), "{v}");
}

#[test]
fn json_items_of_no_place_have_every_key_null() {
    let diagnostics = vec![Diagnostic::new(
        None,
        crate::diag::Severity::Note,
        "3 checks did not run: the rules are invalid",
    )];
    let out = render_of(LintFormat::Json, &diagnostics, &Sources::default());
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let item = v["diagnostics"][0].as_object().unwrap();
    for key in ["code", "file", "line", "column", "end_line", "end_column"] {
        assert_eq!(item.get(key), Some(&serde_json::Value::Null), "{key}");
    }
}

#[test]
fn sarif_has_the_required_fields_and_real_regions() {
    let text = render(LintFormat::Sarif);
    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(v["version"], "2.1.0");
    let run = &v["runs"][0];
    assert_eq!(run["tool"]["driver"]["name"], "handoff");
    assert_eq!(
        run["columnKind"], "unicodeCodePoints",
        "columns count characters"
    );
    let rules = run["tool"]["driver"]["rules"].as_array().unwrap();
    let result = &run["results"][0];
    assert_eq!(result["ruleId"], "R010");
    let index = usize::try_from(result["ruleIndex"].as_u64().unwrap()).unwrap();
    assert_eq!(rules[index]["id"], "R010");
    let region = &result["locations"][0]["physicalLocation"]["region"];
    assert_eq!(region["startLine"], 3);
    assert_eq!(region["startColumn"], 11);
    assert_eq!(region["endColumn"], 17);
    assert_eq!(
        result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
        "rules/signals.yaml"
    );
    assert_eq!(run["results"][1]["relatedLocations"][0]["id"], 0);
    // The rule list is long (every code with its docs): snapshot the results only.
    insta::assert_json_snapshot!(run["results"]);
}

#[test]
fn github() {
    insta::assert_snapshot!(render(LintFormat::Github));
}

/// SARIF and github said "invalid regex: unclosed group: unclosed group", the
/// label the message ends with said again. A label that adds something is kept.
#[test]
fn a_label_the_message_ends_with_is_said_once() {
    let d = Diagnostic::error("M001", "invalid regex: unclosed group")
        .label("unclosed group")
        .help("escape it");
    assert_eq!(
        full_message(&d, true),
        "invalid regex: unclosed group\nhelp: escape it"
    );
    let d = Diagnostic::error("R010", "signal `x` is never used").label("no trigger uses it");
    assert_eq!(
        full_message(&d, true),
        "signal `x` is never used: no trigger uses it"
    );
}

/// GitHub's annotations left out a finding's other places; SARIF has them as
/// `relatedLocations`, its text without them.
#[test]
fn only_github_says_the_other_places_in_its_text() {
    let (diagnostics, sources) = sample();
    let d = &diagnostics[1];
    assert_eq!(
        full_message(d, true),
        "trigger `angry` can never fire: `tier` cannot equal both `a` and `b`\nsee also rules/signals.yaml:3:11: related place, with: a colon"
    );
    assert!(!full_message(d, false).contains("see also"));
    let github = render_of(LintFormat::Github, &diagnostics, &sources);
    assert!(
        github.contains("and `b`%0Asee also rules/signals.yaml:3:11: related place"),
        "{github}"
    );
}

/// A diagnostic about a whole file or directory (D016, D017) was a SARIF
/// result without `locations` or `ruleIndex`, which GitHub's upload rejects with the
/// whole file. It points at its subject, at line 1; one about nothing at all, at the
/// working directory.
#[test]
fn sarif_results_without_a_place_point_at_their_subject() {
    let diagnostics = vec![
        Diagnostic::warning(
            "D016",
            "rules/dir.yaml is a directory, not a file: left out",
        )
        .about(PathBuf::from("rules/dir.yaml")),
        Diagnostic::warning("L006", "no triggers"),
    ];
    let out = render_of(LintFormat::Sarif, &diagnostics, &Sources::default());
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let run = &v["runs"][0];
    let rules = run["tool"]["driver"]["rules"].as_array().unwrap();
    let results = run["results"].as_array().unwrap();
    let places: Vec<(&str, &str, u64)> = results
        .iter()
        .map(|r| {
            let index = usize::try_from(r["ruleIndex"].as_u64().unwrap()).unwrap();
            let physical = &r["locations"][0]["physicalLocation"];
            (
                rules[index]["id"].as_str().unwrap(),
                physical["artifactLocation"]["uri"].as_str().unwrap(),
                physical["region"]["startLine"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        places,
        [("D016", "rules/dir.yaml", 1), ("L006", ".", 1)],
        "{v}"
    );
}
