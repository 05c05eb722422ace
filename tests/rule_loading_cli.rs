//! Loading rule files, as a user meets it: values a reviewer cannot see (tags), errors
//! one value hid (a non-finite number), and where `handoff` looked for rules it did not
//! find. The rule files are review 18's (`tests/fixtures/yaml_tags_and_limits/`, its `repro/`).

use predicates::str::contains;

use crate::common::{handoff, root, write};

const FIXTURES: &str = "tests/fixtures/yaml_tags_and_limits";

/// `handoff lint` of the fixture `file`, which has errors: stdout.
fn lint(file: &str) -> String {
    let assert = handoff()
        .current_dir(root().join(FIXTURES))
        .args(["lint", "--color", "never", file])
        .assert()
        .code(1);
    String::from_utf8_lossy(&assert.get_output().stdout).into_owned()
}

/// `phrases: [!!binary cmVmdW5k]` was the phrase "refund", and a
/// whole bridge message could hide behind `!!binary`; `!!str`, `!!int`, `!!float` and
/// `!!bool` were accepted too. Every tag is an error at the tag, naming it.
#[test]
fn core_schema_tags_are_errors_at_the_tag() {
    let binary = lint("binary-tags.yaml");
    assert!(binary.contains("--> binary-tags.yaml:4:50\n"), "{binary}");
    assert!(binary.contains("--> binary-tags.yaml:9:13\n"), "{binary}");
    assert!(binary.contains("lint: 2 errors, 0 warnings"), "{binary}");
    insta::assert_snapshot!("binary_tags", binary);
    let core = lint("core-tags.yaml");
    for (tag, at) in [
        ("!!str", "4:15"),
        ("!!int", "7:46"),
        ("!!float", "9:40"),
        ("!!bool", "11:41"),
    ] {
        assert!(
            core.contains(&format!(
                "error[S003]: YAML tags are not supported, found `{tag}`: write the value plainly, without a tag"
            )),
            "{core}"
        );
        assert!(
            core.contains(&format!("--> core-tags.yaml:{at}\n")),
            "{tag}: {core}"
        );
    }
}

/// A rule test, a mapping file and `.handoff.yaml` are read as rule
/// files are: a core schema tag in each is an error at the tag.
#[test]
fn core_schema_tags_are_errors_in_every_yaml_file() {
    let dir = tempfile::tempdir().unwrap();
    let rules = root().join("rules");
    let transcripts = root().join("fixtures/transcripts.csv");
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
    write(
        dir.path(),
        ".handoff.yaml",
        "input:\n  columns: { text: !!str body }\n",
    );
    replay(&[]).stderr(contains(
        "error: .handoff.yaml:2:20: invalid project file: YAML tags are not supported, found `!!str`",
    ));
    std::fs::remove_file(dir.path().join(".handoff.yaml")).unwrap();
    write(
        dir.path(),
        "m.yaml",
        "columns: { text: !!binary Ym9keQ== }\n",
    );
    replay(&["--mapping", "m.yaml"]).stderr(contains(
        "error: m.yaml:1:18: invalid mapping: YAML tags are not supported, found `!!binary`: write the text itself, not base64, without a tag",
    ));
    let tests = write(
        dir.path(),
        "t.yaml",
        "version: 1\ntests:\n  - name: n\n    messages:\n      - customer: !!binary aGk=\n    expect: { escalated: false }\n",
    );
    handoff()
        .args(["test", "-r"])
        .arg(&rules)
        .arg(&tests)
        .args(["--color", "never"])
        .assert()
        .code(2)
        .stderr(contains(
            "error[S003]: YAML tags are not supported, found `!!binary`",
        ))
        .stderr(contains("t.yaml:5:19"));
}

/// `at_least: .nan` gave one error, at the trigger's `severity`
/// key, and hid the item's other wrong values. The number is one more error at its
/// value, said as written; `.inf` and `1e400` too.
#[test]
fn a_non_finite_number_is_one_error_among_the_others() {
    let out = lint("non-finite.yaml");
    for (at, message) in [
        (
            "4:15",
            "error[S002]: unknown severity `huge`; expected low, medium, high or critical",
        ),
        (
            "7:44",
            "error[S003]: expected a finite number, found `.nan`",
        ),
        (
            "8:34",
            "error[S003]: expected a number, unquoted (write 5, not \"5\")",
        ),
        (
            "9:28",
            "error[S002]: unknown counter `turnn`; expected turn,",
        ),
    ] {
        assert!(out.contains(message), "{out}");
        assert!(
            out.contains(&format!("--> non-finite.yaml:{at}\n")),
            "{out}"
        );
    }
    assert!(out.contains("lint: 4 errors, 0 warnings"), "{out}");
    insta::assert_snapshot!("non_finite", out);
}

/// `min_letters: 18446744073709551616` was "found the number
/// 18446744073709552000.0": the number as written, with the largest one taken.
#[test]
fn a_number_too_large_is_said_as_written() {
    let out = lint("too-large.yaml");
    assert!(
        out.contains("error[S003]: expected a whole number ≥ 0, at most 4294967295, found the number 18446744073709551616\n --> too-large.yaml:5:18\n"),
        "{out}"
    );
    assert!(
        out.contains("error[S003]: expected a whole number ≥ 0, at most 4294967295, found the number 4294967296\n --> too-large.yaml:8:18\n"),
        "{out}"
    );
    assert!(out.contains("lint: 2 errors, 0 warnings"), "{out}");
}

/// A built-in phrase disabled twice was S008 "weight 0 only disables
/// a phrase of the built-in lexicon" on the second, which is one: it is a duplicate.
#[test]
fn a_built_in_phrase_disabled_twice_is_a_duplicate() {
    let assert = handoff()
        .current_dir(root().join(FIXTURES))
        .args(["lint", "--color", "never", "weight-zero-duplicate.yaml"])
        .assert()
        .code(0);
    let out = String::from_utf8_lossy(&assert.get_output().stdout).into_owned();
    assert!(!out.contains("S008"), "{out}");
    assert!(
        out.contains("warning[M010]: phrase \"Ridiculous!\" is listed twice in signal `f`\n --> weight-zero-duplicate.yaml:7:19\n"),
        "{out}"
    );
    assert!(out.contains("lint: 0 errors, 1 warning"), "{out}");
}

/// Run where there is no `rules/`, every command that reads it by
/// default said only "rules not found at rules": it says where it looked, from the
/// current directory, and how to go on (exit 2). A path given is not second-guessed.
#[test]
fn rules_not_found_by_default_say_where_and_what_to_do() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "t.csv",
        "conversation_id,role,text\na,customer,hi\n",
    );
    let looked = dir.path().canonicalize().unwrap().join("rules");
    let run = |args: &[&str], without: &str, with: &str| {
        let expected = format!(
            "error: reading rules from rules\n  caused by: rules not found at rules (no file or directory {})\n  hint: {without}, the rules are read from rules/ in the current directory: give their path {with}, or run `handoff init` to create starter rules there\n",
            looked.display()
        );
        handoff()
            .current_dir(dir.path())
            .args(args)
            .assert()
            .code(2)
            .stdout("")
            .stderr(expected);
    };
    let rules = ("without `-r`", "with `-r PATH` (`--rules PATH`)");
    for args in [
        &["replay", "t.csv"][..],
        &["coverage", "t.csv"],
        &["explain", "--say", "customer: hi"],
        &["test"],
    ] {
        run(args, rules.0, rules.1);
    }
    run(
        &["lint"],
        "without a path",
        "(`handoff lint PATH`, or `-r PATH`)",
    );
    run(
        &["diff", "--base", "old", "t.csv"],
        "without `--head`",
        "with `--head PATH`",
    );
    let nope = dir.path().canonicalize().unwrap().join("nope");
    handoff()
        .current_dir(dir.path())
        .args(["replay", "-r", "nope", "t.csv"])
        .assert()
        .code(2)
        .stderr(format!(
            "error: reading rules from nope\n  caused by: rules not found at nope (no file or directory {})\n",
            nope.display()
        ));
}
