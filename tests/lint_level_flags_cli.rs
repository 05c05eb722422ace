//! `handoff lint`'s level flags as rustc and clippy users write them: the short forms
//! `-A`, `-W`, `-D`, a code in any case or with spaces around it, a number without its
//! letter (`-D003`) refused with the codes of that number, and `.handoff.yaml`'s
//! `lint: { allow, warn, deny }` reading each form as the flags do; the overrides
//! themselves, by flag and by file, and a code given two levels.

use predicates::prelude::*;
use predicates::str::contains;

use crate::common::{handoff, handoff_in, write};
use crate::lint_cli::fixture;

/// What `lint` says of `003`, the number of six codes, given for a check.
/// `--deny 003`'s error: the codes of that number `--deny` takes (a rule-loading error's
/// too, a no-op), not `D003`, a transcript's.
const NUMBER_ALONE: &str =
    "`003` is not a lint code: did you mean `L003`, `C003`, `S003`, `R003` or `T003`?";

/// `lint -D L003` said "unexpected argument '-D' found": rustc's and clippy's short
/// forms were no flags. Each is its long flag, with the value beside it or after it.
#[test]
fn the_short_level_flags_are_rustc_s_and_clippy_s() {
    for args in [["-D", "R010"], ["-DR010", "-q"], ["-Dunused-signal", "-v"]] {
        handoff()
            .arg("lint")
            .args(args)
            .arg(fixture("R010"))
            .assert()
            .code(1)
            .stdout(contains("error[R010]"));
    }
    handoff()
        .args(["lint", "-A", "R010", &fixture("R010")])
        .assert()
        .success()
        .stdout(contains("no problems"));
    handoff()
        .args(["lint", "-WL003", &fixture("L003")])
        .assert()
        .success()
        .stdout(contains("warning[L003]"))
        .stdout(contains("error[L003]").not());
    // Repeatable and comma-separated, as the long flags are.
    handoff()
        .args(["lint", "-A", "R010,L003", "-A", "M010", &fixture("L003")])
        .assert()
        .success();
    // Two levels for one code, short or long, is the same usage error.
    handoff()
        .args([
            "lint",
            "-A",
            "R010",
            "--deny",
            "unused-signal",
            &fixture("R010"),
        ])
        .assert()
        .code(2)
        .stderr(contains("`R010` (unused-signal) is given two levels"));
    handoff()
        .args(["lint", "--help"])
        .assert()
        .success()
        .stdout(contains("-A, --allow <CODE>"))
        .stdout(contains("-W, --warn <CODE>"))
        .stdout(contains("-D, --deny <CODE>"));
}

/// `-D003` (the code's letter left out) said "unknown check `003`" and no more. A number
/// alone names the codes of that number, lint checks first (exit 2), in every flag.
#[test]
fn a_number_without_its_letter_names_the_codes_of_that_number() {
    for args in [
        vec!["-D003"],
        vec!["--deny", "003"],
        vec!["--deny", " 003 "],
    ] {
        handoff()
            .arg("lint")
            .args(&args)
            .arg(fixture("L003"))
            .assert()
            .code(2)
            .stdout("")
            .stderr(format!("error: {NUMBER_ALONE}\n"));
    }
    handoff()
        .args(["lint", "-W3", &fixture("L003")])
        .assert()
        .code(2)
        .stderr("error: `3` is not a lint code: did you mean `L003` or `C003`?\n");
    // Only the codes the level takes: `-A 003` named `S003` and `D003`, and `-A 015`
    // named `D015`, which `-A` then refused (review).
    handoff()
        .args(["lint", "-A", "L002,003", &fixture("L003")])
        .assert()
        .code(2)
        .stderr("error: `003` is not a lint code: did you mean `L003` or `C003`?\n");
    refused(
        &["-A", "015", &fixture("L003")],
        "`015` is not a lint code: `D015` of this number takes no level (it is not about rules",
    );
    refused(
        &["-D", "999", &fixture("L003")],
        "`999` is not a lint code: a code is a letter and three digits, and none has this number",
    );
}

/// A code in lower case or with spaces around it names its check, as `lint --explain`
/// reads it; clippy's `-D warnings` is `--deny-warnings`, said so; an empty code
/// (`--deny L002,`) was an unknown check.
#[test]
fn a_code_is_read_in_any_case_with_spaces_around_it() {
    for code in [
        "l003",
        " L003 ",
        "\tl003",
        " Unsatisfiable-Condition ",
        "L002, l003",
    ] {
        handoff()
            .args(["lint", "--warn", code, &fixture("L003")])
            .assert()
            .success()
            .stdout(contains("warning[L003]"));
    }
    refused(
        &["-D", "warnings", &fixture("R010")],
        "`warnings` is not a lint code: to fail on warnings, use `--deny-warnings`",
    );
    for args in [["--deny", "R010,"], ["-D", ""]] {
        handoff()
            .arg("lint")
            .args(args)
            .arg(fixture("R010"))
            .assert()
            .code(2)
            .stderr(contains("error: an empty check code"));
    }
}

/// `.handoff.yaml` read `deny: ["L003, unused-signal"]` as one unknown check where
/// `--deny 'L003, unused-signal'` is two. Each form of a flag's value is read the same
/// in the file: its verdict, or its error at the item's line and column.
#[test]
fn the_project_file_reads_each_form_as_the_flags_do() {
    let dir = tempfile::tempdir().unwrap();
    let no_file = tempfile::tempdir().unwrap();
    let rules = crate::common::root().join(fixture("L003"));
    for code in ["l003", " L003 ", "L002, l003", "unsatisfiable-condition"] {
        let quoted = format!("\"{code}\"");
        write(
            dir.path(),
            ".handoff.yaml",
            &format!("lint:\n  warn: [{quoted}]\n"),
        );
        let by_file = handoff_in(dir.path())
            .arg("lint")
            .arg(&rules)
            .output()
            .unwrap();
        let by_flag = handoff_in(no_file.path())
            .args(["lint", "--warn", code])
            .arg(&rules)
            .output()
            .unwrap();
        assert_eq!(by_file.status.code(), Some(0), "{code}: {by_file:?}");
        assert_eq!(by_file.stdout, by_flag.stdout, "{code}");
        assert_eq!(by_file.status.code(), by_flag.status.code(), "{code}");
    }
    // A number alone, quoted or not (YAML reads `003` as written), is refused as by a flag.
    for item in ["003", "\"003\""] {
        write(
            dir.path(),
            ".handoff.yaml",
            &format!("lint:\n  deny: [{item}]\n"),
        );
        handoff_in(dir.path())
            .arg("lint")
            .arg(&rules)
            .assert()
            .code(2)
            .stderr(contains(format!(
                ".handoff.yaml:2:10: invalid project file: {NUMBER_ALONE}"
            )));
    }
}

#[test]
fn severities_can_be_overridden_by_flag_and_config_file() {
    handoff()
        .args(["lint", "--allow", "R010", &fixture("R010")])
        .assert()
        .success()
        .stdout(contains("no problems"));
    handoff()
        .args(["lint", "--deny", "unused-signal", &fixture("R010")])
        .assert()
        .code(1)
        .stdout(contains("error[R010]"));
    handoff()
        .args(["lint", "--warn", "L003", &fixture("L003")])
        .assert()
        .success()
        .stdout(contains("warning[L003]"));
    refused(
        &["--allow", "S002", &fixture("S002")],
        "`S002` (unknown-field) cannot be allowed",
    );
    // `--deny R002` was refused though README forbade only `--allow` for codes
    // that stop rules loading; it is accepted and changes nothing, in flags as in a file.
    handoff()
        .args(["lint", "--deny", "R002", &fixture("R002")])
        .assert()
        .code(1)
        .stdout(contains("error[R002]"));
    handoff()
        .args(["lint", "--deny", "R002,S001", &fixture("R002.ok")])
        .assert()
        .success();
    refused(
        &["--warn", "R002", &fixture("R002")],
        "`R002` (undefined-trigger) cannot be made a warning",
    );
    refused(
        &["--deny", "D003", &fixture("R002")],
        "`D003` (bad-timestamp) cannot be overridden: it is about transcripts",
    );
    refused(
        &["--allow", "unused-signl"],
        "did you mean `unused-signal`?",
    );
    let dir = tempfile::tempdir().unwrap();
    let config = write(dir.path(), "handoff.yaml", "lint:\n  deny: [R010, R002]\n");
    handoff()
        .args(["lint", "--config"])
        .arg(&config)
        .arg(fixture("R010"))
        .assert()
        .code(1);
    let config = write(dir.path(), "strict.yaml", "lint:\n  deny_warnings: true\n");
    handoff()
        .args(["lint", "--config"])
        .arg(&config)
        .arg(fixture("R010"))
        .assert()
        .code(1);
}

/// `lint: {allow: [X], deny: [X]}` was accepted silently (the last word won), and
/// so were `--allow X --deny X`. A code given two levels in one source is an error (exit
/// 2) naming both places; the flags still win over the file.
#[test]
fn a_code_given_two_levels_in_one_source_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let config = write(
        dir.path(),
        "handoff.yaml",
        "lint:\n  allow: [R010]\n  deny: [unused-signal]\n",
    );
    handoff()
        .args(["lint", "--config"])
        .arg(&config)
        .arg(fixture("R010"))
        .assert()
        .code(2)
        .stderr(contains(
            "handoff.yaml:3:10: invalid project file: `R010` (unused-signal) is given two levels, `allow:` at line 2, column 11 and `deny:` at line 3, column 10; keep one",
        ));
    handoff()
        .args(["lint", "--allow", "R010", "--deny", "unused-signal", &fixture("R010")])
        .assert()
        .code(2)
        .stderr(
            "error: `R010` (unused-signal) is given two levels, `--allow R010` and `--deny unused-signal`; keep one\n",
        );
    // One level in each source: the flags win over the file.
    let config = write(dir.path(), "allow.yaml", "lint:\n  allow: [R010]\n");
    handoff()
        .args(["lint", "--deny", "R010", "--config"])
        .arg(&config)
        .arg(fixture("R010"))
        .assert()
        .code(1)
        .stdout(contains("error[R010]"));
}

/// `handoff lint ARGS` exits 2 (a usage error) and says `says` on stderr.
fn refused(args: &[&str], says: &str) {
    handoff()
        .arg("lint")
        .args(args)
        .assert()
        .code(2)
        .stderr(contains(says));
}
