//! The project file (`.handoff.yaml`) checked whole: every command refuses a bad one at
//! its line, and every mistake is reported at once.

use predicates::str::contains;

use crate::common::{handoff, write};

/// The project file is checked whole by every command. `test` did not read it, and
/// `lint` alone refused an unknown check code, without saying where.
#[test]
fn every_command_refuses_a_bad_project_file_at_its_line() {
    let dir = tempfile::tempdir().unwrap();
    let root = crate::common::root();
    let rules = root.join("rules");
    let export = root.join("fixtures/transcripts.csv");
    let cases = [
        (
            "input:\n  colums: {}\n",
            ".handoff.yaml:2:3: invalid project file",
        ),
        (
            "lint:\n  allow: [Z999]\n",
            ".handoff.yaml:2:11: invalid project file: unknown check `Z999`",
        ),
        (
            "input:\n  columns: { text: body, nosuchfield: a }\n",
            ".handoff.yaml:2:26: invalid project file: unknown field `nosuchfield`",
        ),
        (
            "input:\n  roles:\n    customer: [u]\n    robot: [x]\n",
            ".handoff.yaml:4:5: invalid project file: unknown role `robot`",
        ),
    ];
    for (content, says) in cases {
        write(dir.path(), ".handoff.yaml", content);
        for args in [
            vec!["test", "-r"],
            vec!["lint"],
            vec!["replay", "-q", "-r"],
            vec!["coverage", "-r"],
        ] {
            let mut cmd = handoff();
            cmd.current_dir(dir.path()).args(&args).arg(&rules);
            if args[0] == "replay" || args[0] == "coverage" {
                cmd.arg(&export);
            }
            if args[0] == "test" {
                cmd.arg(rules.join("tests"));
            }
            cmd.assert().code(2).stderr(contains(says));
        }
    }
    std::fs::remove_file(dir.path().join(".handoff.yaml")).unwrap();
    std::fs::create_dir(dir.path().join(".handoff.yaml")).unwrap();
    handoff()
        .current_dir(dir.path())
        .arg("lint")
        .arg(&rules)
        .assert()
        .code(2)
        .stderr(contains(".handoff.yaml is a directory"));
}

/// Regression: `.handoff.yaml` reported its first YAML error only (an unknown key, a
/// wrong type), and the checks of its sections waited for it. Every mistake is reported
/// at once, each at its line and column, as rule files do.
#[test]
fn every_mistake_of_the_project_file_is_reported_at_once() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        ".handoff.yaml",
        "input:
  columns: { txt: body }
  roles: 3
  ignore_colums: [turn]
lint:
  alow: [L002]
  deny: [Z999]
  deny_warnings: maybe
lnt: {}
",
    );
    let out = handoff()
        .current_dir(dir.path())
        .arg("lint")
        .arg(crate::common::root().join("rules"))
        .assert()
        .code(2)
        .get_output()
        .clone();
    insta::assert_snapshot!(
        "every_mistake_of_the_project_file",
        String::from_utf8(out.stderr).unwrap()
    );
}
