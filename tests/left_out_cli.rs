//! What a directory of rules, tests or transcripts leaves out, from the outside: hidden
//! files (D017), directories and FIFOs named like files (D016), said by every command
//! that reads it; a FIFO given itself is read; a directory of only hidden files says
//! so.

use predicates::prelude::*;
use predicates::str::contains;

use crate::common::{handoff, write};

/// A FIFO or a directory named like a transcript in a directory of them was
/// left out without a word: a warning (D016) names it; a FIFO given itself is read.
#[cfg(unix)]
#[test]
fn a_fifo_is_read_when_given_and_said_when_in_a_directory() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "a.csv",
        "conversation_id,role,text\nc1,customer,hello\n",
    );
    std::fs::create_dir(dir.path().join("shards.csv")).unwrap();
    let fifo = dir.path().join("live.csv");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status();
    if !made.is_ok_and(|s| s.success()) {
        return;
    }
    handoff()
        .args(["replay", "-f", "jsonl"])
        .arg(dir.path())
        .timeout(std::time::Duration::from_secs(20))
        .assert()
        .success()
        .stderr(contains(format!(
            "warning[D016]: {} is a directory, not a file: left out",
            dir.path().join("shards.csv").display()
        )))
        .stderr(contains(format!(
            "warning[D016]: {} is a FIFO (named pipe), not a file: left out",
            fifo.display()
        )))
        .stderr(contains("replayed 1 conversation (1 message) from 1 file"));
    let writer = {
        let fifo = fifo.clone();
        std::thread::spawn(move || {
            std::fs::write(&fifo, "conversation_id,role,text\nf1,customer,hi\n").unwrap();
        })
    };
    handoff()
        .args(["replay", "-f", "jsonl"])
        .arg(&fifo)
        .timeout(std::time::Duration::from_secs(20))
        .assert()
        .success()
        .stdout(contains("\"conversation_id\":\"f1\""));
    writer.join().unwrap();
}

/// A hidden transcript (`.b.csv`) in a directory of them was left out without a
/// word, where a hidden rule file is named (D017). It stays left out, and is named by
/// every command that reads transcripts; given by its own path it is read.
#[test]
fn a_hidden_transcript_is_left_out_and_said() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "a.csv",
        "conversation_id,role,text\nc1,customer,hello\n",
    );
    write(
        dir.path(),
        ".b.csv",
        "conversation_id,role,text\nc2,customer,hi\n",
    );
    let hidden = dir.path().join(".b.csv");
    let said = format!(
        "warning[D017]: {} is a hidden file: left out",
        hidden.display()
    );
    handoff()
        .args(["replay", "-f", "jsonl"])
        .arg(dir.path())
        .assert()
        .success()
        .stderr(contains(said.as_str()))
        .stderr(contains("replayed 1 conversation (1 message) from 1 file"));
    handoff()
        .arg("coverage")
        .arg(dir.path())
        .assert()
        .success()
        .stderr(contains(said.as_str()));
    handoff()
        .args(["lint", "--columns-from"])
        .arg(dir.path())
        .assert()
        .stderr(contains(said.as_str()));
    handoff()
        .args(["replay", "-f", "jsonl"])
        .arg(dir.path())
        .arg(&hidden)
        .assert()
        .success()
        .stderr(contains(
            "replayed 2 conversations (2 messages) from 2 files",
        ));
}

/// A directory or FIFO named `*.yaml` in a rules directory was left out without
/// a word, where a transcript directory says D016. Every command that loads rules says
/// it; lint counts it.
#[cfg(unix)]
#[test]
fn a_directory_named_like_a_rule_file_is_said_by_every_command() {
    let dir = tempfile::tempdir().unwrap();
    let rules = starter_rules_in(dir.path());
    std::fs::create_dir(rules.join("extra.yaml")).unwrap();
    let said = format!(
        "warning[D016]: {} is a directory, not a file: left out",
        rules.join("extra.yaml").display()
    );
    let help = "help: in a rules directory only its files are read, not its subdirectories; move it out of the directory, or give it by its own path (`-r PATH`) to read it";
    handoff()
        .arg("replay")
        .arg("-r")
        .arg(&rules)
        .assert()
        .success()
        .stderr(contains(help));
    for command in ["replay", "coverage", "explain"] {
        let mut cmd = handoff();
        cmd.arg(command).arg("-r").arg(&rules);
        if command == "explain" {
            cmd.args(["-c", "c01-enterprise-discount"]);
        }
        cmd.assert().success().stderr(contains(said.as_str()));
    }
    let lint = handoff().arg("lint").arg("-r").arg(&rules).assert();
    let out = String::from_utf8_lossy(&lint.get_output().stdout).into_owned();
    assert!(out.contains(&said), "{out}");
    assert!(
        out.contains("lint: 0 errors, 1 warning in 4 rule files"),
        "{out}"
    );
}

/// A copy of the starter rules' files in `dir/rules`.
fn starter_rules_in(dir: &std::path::Path) -> std::path::PathBuf {
    let rules = dir.join("rules");
    std::fs::create_dir(&rules).unwrap();
    for file in std::fs::read_dir(crate::common::root().join("rules")).unwrap() {
        let file = file.unwrap().path();
        if file.is_file() {
            std::fs::copy(&file, rules.join(file.file_name().unwrap())).unwrap();
        }
    }
    rules
}

/// A FIFO named like a rule file in a rules directory was told, as a subdirectory is,
/// that "only its files are read, not its subdirectories": it is no subdirectory.
#[cfg(unix)]
#[test]
fn a_fifo_in_a_rules_directory_is_told_it_is_a_stream() {
    let dir = tempfile::tempdir().unwrap();
    let rules = starter_rules_in(dir.path());
    let fifo = crate::common::fifo(&rules, "live.yaml");
    let lint = handoff().arg("lint").arg(&rules).assert();
    let out = String::from_utf8_lossy(&lint.get_output().stdout).into_owned();
    assert!(
        out.contains(&format!(
            "warning[D016]: {} is a FIFO (named pipe), not a file: left out",
            fifo.display()
        )),
        "{out}"
    );
    assert!(
        out.contains("help: in a rules directory only its files are read, not streams; give it by its own path (`-r PATH`) to read it as one"),
        "{out}"
    );
    assert!(!out.contains("subdirectories"), "{out}");
}

/// A hidden file `.name.yaml` in a rules directory was left out
/// without a word. It stays left out (editors' backup and lock files), but every command
/// that loads rules names it (D017); lint counts it.
#[test]
fn a_hidden_rule_file_is_left_out_and_said() {
    let dir = tempfile::tempdir().unwrap();
    let rules = starter_rules_in(dir.path());
    // Would not load if it were read: its team has no template.
    std::fs::write(
        rules.join(".overrides.yaml"),
        "version: 1\nteams:\n  - id: zz\n",
    )
    .unwrap();
    let said = format!(
        "warning[D017]: {} is a hidden file: left out",
        rules.join(".overrides.yaml").display()
    );
    for command in ["replay", "coverage"] {
        handoff()
            .arg(command)
            .arg("-r")
            .arg(&rules)
            .assert()
            .success()
            .stderr(contains(said.as_str()));
    }
    let lint = handoff().arg("lint").arg("-r").arg(&rules).assert();
    let out = String::from_utf8_lossy(&lint.get_output().stdout).into_owned();
    assert!(out.contains(&said), "{out}");
    assert!(
        out.contains("lint: 0 errors, 1 warning in 4 rule files"),
        "{out}"
    );
}

/// `handoff test` read a rule-tests directory through the rule
/// loader and threw its warnings away: a directory named `*.yaml` (D016) and a hidden
/// test file (D017) are said now, and the other tests run.
#[cfg(unix)]
#[test]
fn test_says_what_a_tests_directory_leaves_out() {
    let dir = tempfile::tempdir().unwrap();
    let tests = dir.path().join("t");
    std::fs::create_dir_all(tests.join("more.yaml")).unwrap();
    let starter = crate::common::root().join("rules/tests/starter.yaml");
    std::fs::copy(&starter, tests.join("starter.yaml")).unwrap();
    std::fs::copy(&starter, tests.join(".starter.yaml")).unwrap();
    handoff()
        .arg("test")
        .arg("-r")
        .arg(crate::common::root().join("rules"))
        .arg(&tests)
        .assert()
        .success()
        .stderr(contains(format!(
            "warning[D016]: {} is a directory, not a file: left out",
            tests.join("more.yaml").display()
        )))
        .stderr(contains(format!(
            "warning[D017]: {} is a hidden file: left out",
            tests.join(".starter.yaml").display()
        )))
        // D016's help spoke of "a rules directory (`-r`)" of a tests directory.
        .stderr(contains("help: in a rule-tests directory only its files are read, not its subdirectories; move it out of the directory, or give it by its own path (`handoff test PATH`) to read it"))
        .stderr(contains("are not read from a rule-tests directory; rename it"))
        .stderr(contains("rules directory").not());
    // Nothing but the directory: the error is about test files, not "rule files".
    std::fs::remove_file(tests.join("starter.yaml")).unwrap();
    std::fs::remove_file(tests.join(".starter.yaml")).unwrap();
    handoff()
        .arg("test")
        .arg("-r")
        .arg(crate::common::root().join("rules"))
        .arg(&tests)
        .assert()
        .code(2)
        .stderr(contains(format!(
            "error: no rule test files in directory {}: {} is a directory, not a file",
            tests.display(),
            tests.join("more.yaml").display()
        )));
}

/// A directory holding only hidden files (`.teams.yaml`, `.a.csv`) was "no rule
/// files" (or tests, or transcripts) as if it were empty. The error says they were left
/// out, and how to have them read.
#[test]
fn a_directory_of_only_hidden_files_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let (rules, tests, exports) = (
        dir.path().join("rules"),
        dir.path().join("tests"),
        dir.path().join("exports"),
    );
    for d in [&rules, &tests, &exports] {
        std::fs::create_dir(d).unwrap();
    }
    let root = crate::common::root();
    std::fs::copy(root.join("rules/teams.yaml"), rules.join(".teams.yaml")).unwrap();
    std::fs::copy(root.join("rules/tests/starter.yaml"), tests.join(".s.yaml")).unwrap();
    write(
        &exports,
        ".a.csv",
        "conversation_id,role,text\nc1,customer,hello\n",
    );
    for command in ["lint", "replay"] {
        handoff()
            .arg(command)
            .arg("-r")
            .arg(&rules)
            .assert()
            .code(2)
            .stderr(contains(format!(
                "no rule files in directory {}: only hidden ones ({}), which are not read\n  hint: rename a file without the leading `.` to read it",
                rules.display(),
                rules.join(".teams.yaml").display()
            )));
    }
    handoff()
        .arg("test")
        .arg("-r")
        .arg(root.join("rules"))
        .arg(&tests)
        .assert()
        .code(2)
        .stderr(contains(format!(
            "no rule test files in directory {}: only hidden ones ({}), which are not read",
            tests.display(),
            tests.join(".s.yaml").display()
        )))
        .stderr(contains(
            "help: rename a file without the leading `.` to read it",
        ));
    handoff()
        .arg("replay")
        .arg(&exports)
        .assert()
        .code(2)
        .stderr(contains(format!(
            "no transcript files in directory {}: only hidden ones ({}), which are not read\n  hint: rename a file without the leading `.`, or give it by its own path, to read it",
            exports.display(),
            exports.join(".a.csv").display()
        )));
}

/// `handoff test` printed what a tests directory left out (D016, D017) on a run,
/// but not when the test files were invalid: the error came alone. They come first
/// now, with the rules valid or not.
#[test]
fn test_says_what_a_tests_directory_leaves_out_before_its_errors() {
    let dir = tempfile::tempdir().unwrap();
    let tests = dir.path().join("t");
    std::fs::create_dir(&tests).unwrap();
    let starter = crate::common::root().join("rules/tests/starter.yaml");
    std::fs::copy(&starter, tests.join(".starter.yaml")).unwrap();
    write(
        &tests,
        "bad.yaml",
        "version: 1\ntests:\n  - name: x\n    nonsense: 1\n",
    );
    let said = format!(
        "warning[D017]: {} is a hidden file: left out",
        tests.join(".starter.yaml").display()
    );
    let rules = dir.path().join("rules");
    std::fs::create_dir(&rules).unwrap();
    write(&rules, "r.yaml", "version: 1\nsignals: 3\n");
    for rules in [crate::common::root().join("rules"), rules] {
        let run = handoff()
            .arg("test")
            .arg("-r")
            .arg(&rules)
            .arg(&tests)
            .assert()
            .code(2);
        let err = String::from_utf8_lossy(&run.get_output().stderr).into_owned();
        let (warned, failed) = (err.find(&said), err.find("error[S002]"));
        assert!(
            warned.is_some() && failed.is_some() && warned < failed,
            "{}: {err}",
            rules.display()
        );
    }
}
