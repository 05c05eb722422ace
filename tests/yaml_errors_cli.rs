//! YAML mistakes in rule, project and mapping files, as a user meets them: where the
//! error points and what its help says. The rule files are under
//! `tests/fixtures/yaml_syntax/` (syntax mistakes) and
//! `tests/fixtures/yaml_indents_and_types/` (indentation and value types).

use predicates::prelude::*;
use predicates::str::contains;

use crate::common::{handoff, root, write};

const FIXTURES: &str = "tests/fixtures/yaml_syntax";

/// `handoff lint` of each fixture `file` in `format`: stdout, each run's after the other.
fn lint(files: &[&str], format: &str) -> String {
    lint_in(FIXTURES, files, format)
}

/// [`lint`] of the fixtures in `dir`.
fn lint_in(dir: &str, files: &[&str], format: &str) -> String {
    let mut out = String::new();
    for file in files {
        let assert = handoff()
            .current_dir(root().join(dir))
            .args(["lint", "--color", "never", "-f", format, file])
            .assert()
            .code(1);
        out.push_str(&String::from_utf8_lossy(&assert.get_output().stdout));
        out.push('\n');
    }
    out
}

/// The tab at the start of line 38 was reported at 37:18, under the
/// `description:` above it (the start of the plain scalar the tab broke), in the human
/// output and the GitHub annotation alike; a tab before a key, after the blanks.
#[test]
fn a_tab_error_points_at_the_tab() {
    let files = ["b3-tab.yaml", "b3b-tab.yaml"];
    let human = lint(&files, "human");
    assert!(human.contains("--> b3-tab.yaml:38:1\n"), "{human}");
    assert!(human.contains("--> b3b-tab.yaml:43:1\n"), "{human}");
    insta::assert_snapshot!("tab_errors", human);
    let github = lint(&files, "github");
    assert!(
        github.starts_with("::error file=b3-tab.yaml,line=38,endLine=38,col=1,endColumn=2,"),
        "{github}"
    );
    assert!(
        github.contains("::error file=b3b-tab.yaml,line=43,endLine=43,col=1,endColumn=2,"),
        "{github}"
    );
}

/// "did not find expected '-' indicator" came with no help; it says
/// which columns the line could be at, read from the list above it.
#[test]
fn a_list_line_at_the_wrong_indentation_says_where_it_belongs() {
    let out = lint(&["b2-indent.yaml"], "human");
    assert!(
        out.contains("= help: line 63 is indented to column 4, between the list's `-` (column 3) and the text of the item above (column 5)"),
        "{out}"
    );
    insta::assert_snapshot!("list_indentation", out);
}

/// `ignore_columns: [Message #]` gave "unclosed bracket '['" and no
/// hint that ` #` starts a comment, in `.handoff.yaml` and in a `--mapping` file alike,
/// also when the parser stumbles on a later line first.
#[test]
fn a_hash_that_cuts_a_value_says_it_starts_a_comment() {
    let dir = tempfile::tempdir().unwrap();
    let rules = root().join("rules");
    let transcripts = root().join("fixtures/transcripts.csv");
    let project =
        std::fs::read_to_string(root().join(FIXTURES).join("bad-hash.handoff.yaml")).unwrap();
    let hint = "hint: ` #` starts a comment in YAML, also inside `[ ]` and `{ }`: on line 8, \
                `Message #` is read as `Message` and the rest of the line is left out; quote a \
                value that holds ` #`, as in `ignore_columns: [\"Message #\"]`";
    let replay = |args: &[&str]| {
        handoff()
            .current_dir(dir.path())
            .arg("replay")
            .arg("-r")
            .arg(&rules)
            .args(args)
            .arg(&transcripts)
            .assert()
            .code(2)
            .stdout("")
    };
    write(dir.path(), ".handoff.yaml", &project);
    replay(&[]).stderr(format!(
        "error: .handoff.yaml:8:19: invalid project file: unclosed bracket '['\n  {hint}\n"
    ));
    // Another key after it: the parser stops there, at the `:` inside the open `[`.
    write(
        dir.path(),
        ".handoff.yaml",
        &format!("{project}  roles: {{ customer: [end-user] }}\n"),
    );
    replay(&[])
        .stderr(contains(".handoff.yaml:9:"))
        .stderr(contains(hint));
    std::fs::remove_file(dir.path().join(".handoff.yaml")).unwrap();
    let mapping: String = project
        .lines()
        .skip(2)
        .flat_map(|l| [&l[2..], "\n"])
        .collect();
    write(dir.path(), "m.yaml", &mapping);
    replay(&["--mapping", "m.yaml"])
        .stderr(contains(
            "error: m.yaml:6:17: invalid mapping: unclosed bracket '['\n",
        ))
        .stderr(contains(hint.replace("line 8", "line 6")));
}

/// Once quoted, `ignore_columns: ["Message #"]` was named by its
/// normalised name in the warning of an export that lacks it (`no `message` column`).
#[test]
fn an_ignored_column_is_named_as_written() {
    let dir = tempfile::tempdir().unwrap();
    let transcripts = root().join("fixtures/transcripts.csv");
    write(
        dir.path(),
        ".handoff.yaml",
        "input:\n  ignore_columns: [\"Message #\", Ticket-ID]\n",
    );
    handoff()
        .current_dir(dir.path())
        .arg("replay")
        .arg("-r")
        .arg(root().join("rules"))
        .arg(&transcripts)
        .assert()
        .success()
        .stderr(contains("warning[D009]: no `Message #` column to ignore"))
        .stderr(contains("warning[D009]: no `Ticket-ID` column to ignore"));
    write(
        dir.path(),
        "t.jsonl",
        "{\"conversation_id\": \"c1\", \"role\": \"customer\", \"text\": \"hi\"}\n",
    );
    handoff()
        .current_dir(dir.path())
        .arg("replay")
        .arg("-r")
        .arg(root().join("rules"))
        .arg("t.jsonl")
        .assert()
        .success()
        .stderr(contains("warning[D009]: no `Message #` column to ignore"))
        .stderr(contains("`message`").not());
    handoff()
        .current_dir(dir.path())
        .arg("replay")
        .arg("-r")
        .arg(root().join("rules"))
        .args(["--ignore-column", " Message # "])
        .arg(&transcripts)
        .assert()
        .code(2)
        .stderr(contains(
            "transcripts.csv:1: no `Message #` column to ignore; the columns are",
        ));
}

/// `S006` did not show where the key was first written; it does, as
/// a second place in the snippet, and in the project file's error.
#[test]
fn a_key_written_twice_shows_the_first() {
    let out = lint(&["b14-dupkey.yaml"], "human");
    assert!(
        out.contains("39 |     severity: high\n   |     -------- first written here"),
        "{out}"
    );
    insta::assert_snapshot!("duplicate_key", out);
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        ".handoff.yaml",
        "input:\n  columns: { text: body }\n  columns: {}\n",
    );
    handoff()
        .current_dir(dir.path())
        .arg("replay")
        .arg("-r")
        .arg(root().join("rules"))
        .arg(root().join("fixtures/transcripts.csv"))
        .assert()
        .code(2)
        .stderr(contains(".handoff.yaml:3:3: invalid project file: duplicate mapping key: columns (first written at 2:3)"));
}

/// A rule file given alone got "lint its directory" on every
/// unknown-reference error, also in a directory of complete rule sets where no file
/// defines the name. The line is there only when a file beside it defines the name (it
/// is named), or may, in what of it did not parse.
#[test]
fn lint_its_directory_only_when_a_file_beside_it_defines_the_name() {
    let dir = tempfile::tempdir().unwrap();
    let pack = "version: 1\nsignals:\n  - { id: refund, phrases: [refund] }\ntriggers:\n  - { id: t, when: { message: { signal: refund } } }\n";
    write(
        dir.path(),
        "a.yaml",
        &format!(
            "{pack}routes:\n  - {{ id: r, when: {{ trigger: t }}, team: billing }}\n  - {{ id: s, when: {{ trigger: t }}, team: bilING }}\ndefault_route: {{ team: support }}\nteams:\n  - {{ id: support, name: S }}\n"
        ),
    );
    // A complete rule set beside it that defines no `billing`: no advice.
    write(
        dir.path(),
        "b.yaml",
        &format!("{pack}default_route: {{ team: other }}\nteams:\n  - {{ id: other, name: O }}\n"),
    );
    let lint = || {
        let assert = handoff()
            .current_dir(dir.path())
            .args(["lint", "a.yaml"])
            .assert()
            .code(1);
        crate::common::stdout_text(&assert)
    };
    let out = lint();
    assert!(out.contains("error[R003]: unknown team `billing`"), "{out}");
    assert!(!out.contains("rule set of its own"), "{out}");
    // One beside it that defines it: named, with the advice.
    write(
        dir.path(),
        "teams.yaml",
        "version: 1\nteams:\n  - { id: billing, name: B }\n",
    );
    let out = lint();
    assert_eq!(
        out.matches("= help: `billing` is defined in ./teams.yaml beside it, but a.yaml is linted as a rule set of its own; lint its directory to check it with the files beside it").count(),
        1,
        "{out}"
    );
    assert_eq!(out.matches("rule set of its own").count(), 1, "{out}");
    // One beside it that does not parse, and writes the name: it may define it.
    std::fs::remove_file(dir.path().join("teams.yaml")).unwrap();
    write(
        dir.path(),
        "broken.yaml",
        "version: 1\nteams: [ { id: bilING, name: B }\n",
    );
    let out = lint();
    assert!(
        out.contains("= help: a rule file beside a.yaml that did not load may define `bilING`, but a.yaml is linted as a rule set of its own"),
        "{out}"
    );
    assert_eq!(out.matches("rule set of its own").count(), 1, "{out}");
    // replay says it as lint does.
    handoff()
        .current_dir(dir.path())
        .args(["replay", "-r", "a.yaml"])
        .arg(root().join("fixtures/transcripts.csv"))
        .assert()
        .code(2)
        .stderr(contains(
            "may define `bilING`, but a.yaml is read as a rule set of its own; give its directory",
        ));
}

/// A key indented one or two spaces further than the key above it
/// (`     when:` under `severity: high`) was told to quote its value, the help for a `: `
/// inside a value. It is told what YAML read and the column to indent it to, as a line
/// indented too little is; a `: ` inside a value keeps its help.
#[test]
fn a_key_indented_too_far_is_told_so() {
    let files = [
        "over-indent.yaml",
        "over-indent-2.yaml",
        "under-indent.yaml",
        "colon-in-value.yaml",
    ];
    let out = lint_in("tests/fixtures/yaml_indents_and_types", &files, "human");
    let hint = "= help: line 8 is indented further than `severity:` above it, so YAML reads it \
                as more of that value; indent it to column 5\n";
    assert_eq!(out.matches(hint).count(), 2, "{out}");
    assert_eq!(out.matches("quote the value").count(), 1, "{out}");
    insta::assert_snapshot!("over_indentation", out);
}

/// `threshold: "2"`, `negation: yes` and `severity: [high]` were
/// underlined by one caret (JSON `end_column` one past `column`, so GitHub annotations
/// and SARIF regions one character wide), where an unknown key is underlined whole. The
/// value is, in every format; in rule tests too.
#[test]
fn a_wrong_value_is_underlined_whole() {
    let dir = "tests/fixtures/yaml_indents_and_types";
    let human = lint_in(dir, &["wrong-types.yaml"], "human");
    for line in [
        "5 |     threshold: \"2\"\n  |                ^^^\n",
        "6 |     negation: yes\n  |               ^^^\n",
        "9 |     severity: [high]\n  |               ^^^^^^\n",
    ] {
        assert!(human.contains(line), "{line}\n{human}");
    }
    let json: serde_json::Value =
        serde_json::from_str(&lint_in(dir, &["wrong-types.yaml"], "json")).unwrap();
    let spans: Vec<_> = json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["code"] == "S003")
        .map(|d| {
            (
                d["line"].clone(),
                d["column"].clone(),
                d["end_column"].clone(),
            )
        })
        .collect();
    let span = |line: u32, column: u32, end: u32| {
        (
            serde_json::json!(line),
            serde_json::json!(column),
            serde_json::json!(end),
        )
    };
    assert_eq!(spans, [span(5, 16, 19), span(6, 15, 18), span(9, 15, 21)]);
    let github = lint_in(dir, &["wrong-types.yaml"], "github");
    assert!(
        github.contains("line=9,endLine=9,col=15,endColumn=21,"),
        "{github}"
    );
    let tests = tempfile::tempdir().unwrap();
    write(
        tests.path(),
        "t.yaml",
        "version: 1\ntests:\n  - name: a\n    messages: [{customer: hi}]\n    expect: { escalated: maybe, turn: [1, 2] }\n",
    );
    let stderr = crate::common::invalid_rule_tests(tests.path());
    for underline in [
        "  |                          ^^^^^\n",
        "  |                                       ^^^^^^\n",
    ] {
        assert!(stderr.contains(underline), "{underline}\n{stderr}");
    }
}
