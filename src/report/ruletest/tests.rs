//! Every rule-test format on one shared sample: a passing case, a failing one, a case that
//! must not escalate and does.

use std::path::PathBuf;

use super::*;
use crate::engine::Engine;
use crate::rules::parse_rule_set;
use crate::ruletest::{load, run, untested};

const RULES: &str = r#"
version: 1
signals:
  - { id: pricing, phrases: [discount] }
  - { id: angry, phrases: [ridiculous, annoying], threshold: 2 }
triggers:
  - { id: pricing, when: { message: { role: customer, signal: pricing } } }
  - { id: angry, severity: high, when: { message: { role: customer, signal: angry } } }
teams:
  - { id: sales, name: Sales, agent: Maya, bridge: "Hi, I'm {{ agent }} & I <3 deals." }
  - { id: support, name: Support }
routes:
  - { id: deals, when: { all: [ { trigger: pricing }, { meta: { field: tier, equals: enterprise } } ] }, team: sales }
default_route: { team: support }
"#;

const TESTS: &str = r#"version: 1
tests:
  - name: enterprise discount
    customer: { tier: enterprise }
    messages: [ { customer: any discount? } ]
    expect: { route: deals, team: sales, bridge_contains: "I <3 deals" }
  - name: pro discount goes to sales too
    customer: { tier: pro }
    messages: [ { customer: any discount? } ]
    expect: { route: deals, team: sales }
  - name: "one mild word is <not> enough"
    messages: [ { customer: "so annoying, ridiculous" } ]
    expect: { escalated: false }
"#;

fn render(format: TestFormat) -> String {
    render_saying(format, |_| Vec::new())
}

/// `render`, with the warnings and notes `said` gives for the sample file's path.
fn render_saying(
    format: TestFormat,
    said: impl FnOnce(&std::path::Path) -> Vec<crate::diag::Diagnostic>,
) -> String {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("sample.yaml");
    std::fs::write(&path, TESTS).unwrap();
    let engine =
        Engine::compile(parse_rule_set(vec![(PathBuf::from("r.yaml"), RULES.into())]).unwrap())
            .unwrap();
    let suite = load(std::slice::from_ref(&path), engine.rules(), &mut Vec::new()).unwrap();
    let results = run(&suite, &engine, None);
    let (triggers, routes) = untested(&suite, engine.rules());
    let none = crate::diag::Sources::default();
    let diagnostics: Vec<_> = said(&path)
        .iter()
        .map(|d| crate::diag::JsonDiagnostic::of(d, &none))
        .collect();
    let output = TestOutput {
        quiet: false,
        results: &results,
        files: suite.files,
        untested: Some((&triggers, &routes)),
        all_cases: None,
        diagnostics: &diagnostics,
    };
    let mut out = Vec::new();
    output.write(format, &mut out).unwrap();
    String::from_utf8(out)
        .unwrap()
        .replace(&dir.path().display().to_string(), "[DIR]")
}

#[test]
fn human() {
    insta::assert_snapshot!(render(TestFormat::Human));
}

/// With `--require-tests`, the list of what has no positive test came after the result
/// line, which the human report ends with (as the README says, and a CI log's last line
/// shows).
#[test]
fn human_report_ends_with_the_result_line_after_the_untested() {
    let text = render(TestFormat::Human);
    let last = text.lines().last().unwrap_or_default();
    assert!(last.starts_with("test result: FAILED."), "{text}");
    let untested = text.find("without a positive test").unwrap_or(usize::MAX);
    assert!(untested < text.find("test result:").unwrap_or(0), "{text}");
}

#[test]
fn json() {
    let text = render(TestFormat::Json);
    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(v["summary"]["failed"], 2);
    insta::assert_snapshot!(text);
}

#[test]
fn junit() {
    let text = render(TestFormat::Junit);
    assert!(text.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites"));
    // Three cases, and a failing testcase per untested trigger (2) and route (1).
    assert_eq!(text.matches("<testcase ").count(), 6);
    assert_eq!(text.matches("<failure ").count(), 5);
    assert!(text.contains("<testcase name=\"require-tests: route default\""));
    assert!(text.contains("name=\"one mild word is &lt;not&gt; enough\""));
    insta::assert_snapshot!(text);
}

/// JUnit carried none of the warnings stderr said (a test file without cases beside
/// others, R008): each is now its file's suite's `<system-err>`, in a suite of no
/// testcase for a file without cases, and `handoff test` for one of no file.
#[test]
fn junit_carries_the_warnings_and_notes_said() {
    use crate::diag::{Diagnostic, Location};
    let text = render_saying(TestFormat::Junit, |sample| {
        vec![
            Diagnostic::warning(
                "R008",
                "no test cases in rules/tests/empty.yaml: it tests nothing",
            )
            .at(Location::line(
                std::path::Path::new("rules/tests/empty.yaml"),
                1,
            ))
            .help("write its cases under `tests:`"),
            Diagnostic::new(
                None,
                crate::diag::Severity::Note,
                format!("a note on {}", sample.display()),
            )
            .at(Location::line(sample, 3)),
            Diagnostic::warning("D017", "rules/tests/.x.yaml is a hidden file: left out"),
        ]
    });
    let empty = text
        .split("<testsuite ")
        .find(|s| s.starts_with("name=\"rules/tests/empty.yaml\""))
        .unwrap_or_else(|| panic!("no suite for the caseless file: {text}"));
    assert!(
        empty.starts_with("name=\"rules/tests/empty.yaml\" tests=\"0\" failures=\"0\""),
        "{empty}"
    );
    assert!(empty.contains("<system-err>warning[R008]: no test cases in rules/tests/empty.yaml: it tests nothing&#10;  --&gt; rules/tests/empty.yaml:1&#10;  help: write its cases under `tests:`</system-err>"), "{empty}");
    // The sample's own suite keeps its cases and says its note before it closes.
    let sample = text
        .split("<testsuite ")
        .find(|s| s.starts_with("name=\"[DIR]/sample.yaml\""))
        .unwrap();
    assert!(sample.contains("<testcase "), "{sample}");
    assert!(sample.contains("<system-err>note: a note on [DIR]/sample.yaml&#10;  --&gt; [DIR]/sample.yaml:3</system-err>\n  </testsuite>"), "{sample}");
    assert!(text.contains("<testsuite name=\"handoff test\" tests=\"0\" failures=\"0\" errors=\"0\">\n    <system-err>warning[D017]: rules/tests/.x.yaml is a hidden file: left out</system-err>"), "{text}");
    // Counted as before: what was said is neither a test nor a failure.
    assert!(
        text.contains("<testsuites name=\"handoff rule tests\" tests=\"6\" failures=\"5\""),
        "{text}"
    );
}

/// A run that could not happen, in each format: a located error with a help, and one
/// of no file; a warning beside them (JUnit: in `<system-err>`).
fn render_errors(format: TestFormat) -> String {
    use crate::diag::{Diagnostic, Location, Severity};
    let errors = [
        Diagnostic::error(
            "R002",
            "the test names trigger `x<y`, which the rules do not define",
        )
        .at(Location {
            path: PathBuf::from("rules/tests/t.yaml"),
            line: 5,
            column: Some(24),
            range: None,
        })
        .help("did you mean `xy`?"),
        Diagnostic::warning("L002", "no default route"),
        Diagnostic::new(
            None,
            Severity::Error,
            "--run `zzz` matches none of the 3 test cases",
        ),
    ];
    let mut out = Vec::new();
    write_errors(format, &errors, &mut out).unwrap();
    String::from_utf8(out).unwrap()
}

#[test]
fn errors() {
    assert_eq!(render_errors(TestFormat::Human), "");
    let json = render_errors(TestFormat::Json);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["errors"].as_array().unwrap().len(), 2);
    insta::assert_snapshot!("errors_json", json);
    let junit = render_errors(TestFormat::Junit);
    assert_eq!(junit.matches("<error ").count(), 2);
    insta::assert_snapshot!("errors_junit", junit);
}

/// A failing case's JUnit `<failure>` said only expected and got; the human
/// format's route tree and the local time `hours:` saw are what a merge request's
/// reviewer needs. Its body is now that text, escaped, and its `message` stays short.
#[test]
fn junit_failures_say_why_with_the_local_time_hours_saw() {
    const RULES: &str = r#"
version: 1
signals:
  - { id: human, phrases: [real person] }
triggers:
  - { id: asks-for-human, when: { message: { role: customer, signal: human } } }
teams:
  - { id: night, name: Night }
  - { id: support, name: Support }
routes:
  - { id: night, when: { hours: { between: "20:00-08:00", tz: Europe/Berlin } }, team: night }
default_route: { team: support }
"#;
    const TESTS: &str = r#"version: 1
tests:
  - name: after hours goes to the night team
    messages:
      - customer: Can I talk to a real person <please>?
        time: "2026-03-03T19:30:00+01:00"
    expect: { route: night }
"#;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("night.yaml");
    std::fs::write(&path, TESTS).unwrap();
    let engine =
        Engine::compile(parse_rule_set(vec![(PathBuf::from("r.yaml"), RULES.into())]).unwrap())
            .unwrap();
    let suite = load(std::slice::from_ref(&path), engine.rules(), &mut Vec::new()).unwrap();
    let results = run(&suite, &engine, None);
    let output = TestOutput {
        quiet: false,
        results: &results,
        files: suite.files,
        untested: None,
        all_cases: None,
        diagnostics: &[],
    };
    let render = |format| {
        let mut out = Vec::new();
        output.write(format, &mut out).unwrap();
        String::from_utf8(out)
            .unwrap()
            .replace(&dir.path().display().to_string(), "[DIR]")
    };
    let junit = render(TestFormat::Junit);
    let human = render(TestFormat::Human);
    assert!(human.contains("local time Tue 2026-03-03 19:30"), "{human}");
    let failure = junit
        .split("<failure ")
        .nth(1)
        .and_then(|f| f.split("</failure>").next())
        .unwrap();
    let (message, body) = failure.split_once('>').unwrap();
    assert_eq!(
        message,
        "message=\"route: expected `night`, got `default`\" type=\"expectation\""
    );
    // The body, unescaped, is the human format's lines under the case, unindented.
    let body = body
        .replace("&#10;", "\n")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&");
    assert!(body.contains("local time Tue 2026-03-03 19:30"), "{body}");
    for line in body.lines() {
        assert!(
            human.contains(&format!("      {line}\n")),
            "{line:?} in {human}"
        );
    }
    insta::assert_snapshot!(junit);
}
