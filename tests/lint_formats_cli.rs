//! `handoff lint` output formats (JSON, SARIF, github) and `--list` / `--explain`.

use predicates::prelude::*;
use predicates::str::contains;

use crate::common::{handoff, lint_failing, stdout_of};
use crate::lint_cli::fixture;

#[test]
fn json_sarif_and_github_formats() {
    let json = stdout_of(handoff().args(["lint", "--format", "json", &fixture("L001")]));
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["version"], 1);
    assert_eq!(v["diagnostics"][0]["code"], "L001");
    assert_eq!(v["diagnostics"][0]["name"], "unreachable-route");
    assert_eq!(v["diagnostics"][0]["line"], 15);

    let sarif = stdout_of(handoff().args(["lint", "--format", "sarif", &fixture("L001")]));
    let v: serde_json::Value = serde_json::from_str(&sarif).unwrap();
    assert_eq!(v["version"], "2.1.0");
    let region = &v["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"];
    assert_eq!(
        (region["startLine"].as_u64(), region["startColumn"].as_u64()),
        (Some(15), Some(9))
    );

    let github = stdout_of(handoff().args(["lint", "--format", "github", &fixture("L001")]));
    assert!(
        github.starts_with("::warning file=tests/fixtures/lint/L001.yaml,line=15,endLine=15,col=9,endColumn=12,title=L001 unreachable-route::route `vip` is unreachable"),
        "{github}"
    );
}

/// `lint -f github` left out L004's two places (the alternatives of `X` or `not X`) that
/// the human format shows, and any finding's other places: each is a `see also
/// FILE:LINE:COL: label` line of the annotation, in the human format's order.
#[test]
fn github_annotations_carry_the_related_places() {
    let github = lint_failing(fixture("L004"), "github");
    let line = github
        .lines()
        .find(|l| l.contains("`enterprise-or-not`"))
        .unwrap_or_else(|| panic!("{github}"));
    let file = "tests/fixtures/lint/L004.yaml";
    let also = [
        format!("%0Asee also {file}:11:11: whenever this alternative fails, its `not` holds"),
        format!("%0Asee also {file}:12:11: `not` of another alternative of the same `any`"),
    ];
    let at = |text: &str| {
        line.find(text)
            .unwrap_or_else(|| panic!("{text} in {line}"))
    };
    assert!(at(&also[0]) < at(&also[1]), "{line}");
    assert!(at(&also[1]) < at("%0Ahelp: "), "{line}");
    // SARIF has them as relatedLocations, not in its text.
    let sarif = lint_failing(fixture("L004"), "sarif");
    assert!(!sarif.contains("see also"), "{sarif}");
}

/// `lint --explain unknown-template` suggested `unused-template` (its opposite), and
/// `--explain L010` `D010`, a code of another category: neither is suggested, here or
/// for `--allow`.
#[test]
fn explain_suggests_no_opposite_word_nor_another_letter() {
    for key in ["unknown-template", "L010"] {
        for args in [vec!["lint", "--explain", key], vec!["lint", "--allow", key]] {
            handoff()
                .args(&args)
                .assert()
                .code(2)
                .stderr(contains("did you mean `unused-template`").not())
                .stderr(contains("did you mean `D010`").not())
                .stderr(contains(format!("`{key}`")));
        }
    }
    handoff()
        .args(["lint", "--explain", "unsued-template"])
        .assert()
        .code(2)
        .stderr(contains("did you mean `unused-template`?"));
}

/// `lint --explain L-004` (and `L_004`, `L 004`, `L004.`, `L0O4`) said nothing more than
/// "unknown", where it had suggested `L004`; so did `--allow`.
#[test]
fn explain_suggests_an_id_written_with_separators() {
    for key in ["L-004", "L_004", "L 004", "l-004", "L004.", "L0O4"] {
        for args in [vec!["lint", "--explain", key], vec!["lint", "--allow", key]] {
            handoff()
                .args(&args)
                .assert()
                .code(2)
                .stderr(contains("did you mean `L004`?"));
        }
    }
}

/// SARIF and github messages said "invalid regex: unclosed group: unclosed group".
#[test]
fn sarif_and_github_say_an_invalid_regex_once() {
    let dir = tempfile::tempdir().unwrap();
    let rules = dir.path().join("r.yaml");
    std::fs::write(
        &rules,
        "version: 1\nsignals:\n  - id: s\n    regex: ['(x']\n",
    )
    .unwrap();
    let run = |format: &str| lint_failing(&rules, format);
    let sarif: serde_json::Value = serde_json::from_str(&run("sarif")).unwrap();
    let message = &sarif["runs"][0]["results"][0]["message"]["text"];
    assert_eq!(message, "invalid regex: unclosed group", "{sarif}");
    let github = run("github");
    assert!(
        github.contains("::invalid regex: unclosed group\n") && !github.contains("group: unclosed"),
        "{github}"
    );
}

/// The note of checks that did not run has neither a code nor a location: a SARIF result
/// needs both, so it is left out there, and kept in the other formats.
#[test]
fn sarif_leaves_out_the_note_without_code_or_location() {
    // An invalid regex: the signal, and the checks that look at every signal, are out.
    let rules = fixture("M001");
    let run = |format: &str| lint_failing(&rules, format);
    let json = run("json");
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let diagnostics = v["diagnostics"].as_array().unwrap();
    assert!(
        diagnostics
            .iter()
            .any(|d| d["code"].is_null() && d["message"].as_str().unwrap().contains("did not run")),
        "{json}"
    );
    let sarif = run("sarif");
    let v: serde_json::Value = serde_json::from_str(&sarif).unwrap();
    let results = v["runs"][0]["results"].as_array().unwrap();
    assert!(!results.is_empty(), "{sarif}");
    for r in results {
        assert!(r["ruleId"].is_string(), "{sarif}");
        assert!(!r["locations"].as_array().unwrap().is_empty(), "{sarif}");
    }
    assert_eq!(results.len(), diagnostics.len() - 1, "{sarif}");
}

#[test]
fn explain_and_list() {
    handoff()
        .args(["lint", "--explain", "L001"])
        .assert()
        .success()
        .stdout(contains("# L001 unreachable-route"))
        .stdout(contains("## How to fix"));
    handoff()
        .args(["lint", "--explain", "unreachable-route"])
        .assert()
        .success();
    handoff()
        .args(["lint", "--explain", "L999"])
        .assert()
        .code(2)
        .stderr(contains("unknown code `L999`"));
    let list = stdout_of(handoff().args(["lint", "--list"]));
    assert!(list.contains("S001 yaml-syntax"));
    assert!(list.contains("C002 never-fires-on-export"));
    // `-f json` was ignored and printed the table.
    let json: serde_json::Value =
        serde_json::from_str(&stdout_of(handoff().args(["lint", "--list", "-f", "json"]))).unwrap();
    assert_eq!(json["version"], 2);
    let codes = json["codes"].as_array().unwrap();
    assert_eq!(codes[0]["id"], "S001");
    // The origin was `fatal` where the list and README say `rule
    // loading`.
    assert_eq!(codes[0]["origin"], "rule loading");
    let origins: std::collections::BTreeSet<&str> = codes
        .iter()
        .map(|c| c["origin"].as_str().unwrap())
        .collect();
    assert_eq!(
        origins.into_iter().collect::<Vec<_>>(),
        ["lint check", "replay", "rule loading", "rule tests"]
    );
    assert_eq!(codes[0]["name"], "yaml-syntax");
    assert_eq!(codes[0]["severity"], "error");
    assert_eq!(codes.len(), list.lines().count());
    for format in ["sarif", "github"] {
        handoff()
            .args(["lint", "--list", "-f", format])
            .assert()
            .code(2)
            .stdout("")
            .stderr(contains(format!(
                "--list prints the codes as human text or JSON (`--format json`); `--format {format}` is for findings"
            )));
    }
}

/// `lint --list rules/` and `lint --explain L001 --deny L002` printed the
/// documentation and ignored the rule paths and level flags (exit 0): a CI job would
/// believe its rules were linted. Each is a usage error naming the flag, as clap says a
/// conflict.
#[test]
fn list_and_explain_refuse_what_only_a_lint_run_reads() {
    let cases: &[(&[&str], &str)] = &[
        (&["--list", "rules"], "'[PATHS]...'"),
        (&["--list", "--rules", "rules"], "'--rules <RULES>'"),
        (&["--list", "--deny-warnings"], "'--deny-warnings'"),
        (&["--list", "--config", "x.yaml"], "'--config <FILE>'"),
        (&["--explain", "L001", "--deny", "L002"], "'--deny <CODE>'"),
        (
            &["--explain", "L001", "--allow", "L002"],
            "'--allow <CODE>'",
        ),
        (&["--explain", "L001", "--warn", "L002"], "'--warn <CODE>'"),
        (&["--explain", "L001", "rules"], "'[PATHS]...'"),
        (&["--explain", "L001", "-f", "json"], "'--format <FORMAT>'"),
        (
            &["--list", "--columns-from", "x.csv"],
            "'--columns-from <FILE>'",
        ),
        (&["--list", "--map", "text=body"], "'--map <FIELD=COLUMN>'"),
    ];
    for (args, flag) in cases {
        handoff()
            .arg("lint")
            .args(*args)
            .assert()
            .code(2)
            .stdout("")
            .stderr(contains("cannot be used with").and(contains(*flag)));
    }
    // The format of a listing is still its own.
    stdout_of(handoff().args(["lint", "--list", "-f", "json"]));
}

/// Every result of a SARIF run, checked as GitHub's upload checks it: at least one
/// location with an artifact URI and a start line, and a `ruleIndex` that points at the
/// rule of its `ruleId`.
fn assert_every_result_uploadable(sarif: &str) -> Vec<serde_json::Value> {
    let v: serde_json::Value = serde_json::from_str(sarif).unwrap();
    let run = &v["runs"][0];
    let rules = run["tool"]["driver"]["rules"].as_array().unwrap();
    let results = run["results"].as_array().unwrap().clone();
    for r in &results {
        let locations = r["locations"].as_array().expect("locations");
        assert!(!locations.is_empty(), "{r}");
        for l in locations {
            let uri = l["physicalLocation"]["artifactLocation"]["uri"].as_str();
            assert!(uri.is_some_and(|u| !u.is_empty()), "{r}");
            assert!(
                l["physicalLocation"]["region"]["startLine"].as_u64() >= Some(1),
                "{r}"
            );
        }
        let index = usize::try_from(r["ruleIndex"].as_u64().expect("ruleIndex")).unwrap();
        assert_eq!(rules[index]["id"], r["ruleId"], "{r}");
    }
    results
}

/// A rules directory with a hidden file and a directory named like a rule
/// file gave D017 and D016 SARIF results with no `locations` and no `ruleIndex`, and the
/// rule list had no D code: GitHub's upload-sarif rejects the whole file ("expected at
/// least one location", github/codeql-action#1738). Each points at its entry now, and
/// every code has a rule.
#[test]
fn sarif_gives_every_result_a_location_and_a_rule() {
    let dir = tempfile::tempdir().unwrap();
    let rules = dir.path().join("rules");
    std::fs::create_dir(&rules).unwrap();
    std::fs::copy(fixture("L001"), rules.join("a.yaml")).unwrap();
    std::fs::write(rules.join(".backup.yaml"), "version: 1\n").unwrap();
    std::fs::create_dir(rules.join("dir.yaml")).unwrap();
    let out = handoff()
        .current_dir(dir.path())
        .args(["lint", "--format", "sarif"])
        .assert()
        .success()
        .get_output()
        .clone();
    let sarif = String::from_utf8(out.stdout).unwrap();
    let results = assert_every_result_uploadable(&sarif);
    let at = |code: &str| {
        let r = results
            .iter()
            .find(|r| r["ruleId"] == code)
            .unwrap_or_else(|| panic!("no {code} in {sarif}"));
        r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].clone()
    };
    assert_eq!(at("D016"), "rules/dir.yaml");
    assert_eq!(at("D017"), "rules/.backup.yaml");
    assert_eq!(at("L001"), "rules/a.yaml");
    // Every code has a rule, whichever command's family it is of.
    let v: serde_json::Value = serde_json::from_str(&sarif).unwrap();
    let ids: Vec<&str> = v["runs"][0]["tool"]["driver"]["rules"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap())
        .collect();
    let list = stdout_of(handoff().args(["lint", "--list"]));
    let listed: Vec<&str> = list.lines().map(|l| &l[..4]).collect();
    assert_eq!(ids, listed);
}

/// Every lint fixture (one per code: invalid rules, findings of every check) gives SARIF
/// GitHub takes.
#[test]
fn sarif_of_every_lint_fixture_is_uploadable() {
    let dir = crate::common::root().join("tests/fixtures/lint");
    let mut checked = 0;
    for name in crate::common::file_names(&dir) {
        if !name.ends_with(".yaml") || name.ends_with(".ok.yaml") {
            continue;
        }
        let out = handoff()
            .args(["lint", "--format", "sarif"])
            .arg(dir.join(&name))
            .assert()
            .get_output()
            .clone();
        assert!(matches!(out.status.code(), Some(0 | 1)), "{name}");
        let results = assert_every_result_uploadable(&String::from_utf8(out.stdout).unwrap());
        // The C checks need an export (`--columns-from`): their fixtures lint clean alone.
        assert!(
            name.starts_with('C') || !results.is_empty(),
            "{name}: no result"
        );
        checked += 1;
    }
    assert!(checked > 30, "{checked} fixtures");
}

/// `lint --deny-warnings` exited 1, but its last line was `lint: 0 errors, 1
/// warning`, and `-f github` wrote every finding as `::warning`: the job went red with no
/// error to show for it. As clippy's `-D warnings`, a denied warning is an error in the
/// annotations and SARIF, each saying why, and the summary says the run failed because
/// warnings are denied (even with `--quiet`, as it is why the run failed), naming the
/// project file when the denial is its `deny_warnings: true`.
#[test]
fn denied_warnings_say_why_the_run_fails() {
    let rules = fixture("R010");
    let run = |args: &[&str]| {
        let out = handoff()
            .arg("lint")
            .args(args)
            .arg(&rules)
            .assert()
            .code(1)
            .get_output()
            .clone();
        String::from_utf8(out.stdout).unwrap()
    };
    let human = run(&["--deny-warnings"]);
    assert_eq!(
        human.lines().last(),
        Some(
            "lint: 0 errors, 1 warning in 1 rule file; failed: warnings are denied (--deny-warnings)"
        ),
        "{human}"
    );
    assert!(human.contains("warning[R010]"), "{human}");
    let quiet = run(&["--deny-warnings", "--quiet"]);
    assert_eq!(quiet.lines().last(), human.lines().last(), "{quiet}");
    insta::assert_snapshot!(
        "lint_github_denied_warnings",
        run(&["--deny-warnings", "-f", "github"])
    );
    let sarif: serde_json::Value =
        serde_json::from_str(&run(&["--deny-warnings", "-f", "sarif"])).unwrap();
    let result = &sarif["runs"][0]["results"][0];
    assert_eq!(result["level"], "error", "{result}");
    assert!(
        result["message"]["text"]
            .as_str()
            .unwrap()
            .ends_with("note: a warning, made an error by --deny-warnings"),
        "{result}"
    );

    // Not denied: warnings as they are, and nothing said of a failure.
    let out = stdout_of(handoff().args(["lint", "-f", "github", &rules]));
    assert!(out.starts_with("::warning "), "{out}");
    assert!(!out.contains("made an error"), "{out}");

    // Denied by the project file: the summary names it.
    let dir = tempfile::tempdir().unwrap();
    let config = crate::common::write(dir.path(), "strict.yaml", "lint:\n  deny_warnings: true\n");
    let human = run(&["--config", config.to_str().unwrap()]);
    let last = human.lines().last().unwrap();
    assert!(
        last.ends_with(&format!(
            "; failed: warnings are denied (`deny_warnings: true` in {})",
            config.display()
        )),
        "{human}"
    );
}
