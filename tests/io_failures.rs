//! Reading and writing that fail beside the bad-inputs catalogue: a full disk, a closed
//! pipe, control characters escaped for the terminal, a read error midway, dangling
//! symlinks in input and rules directories.

use crate::common::handoff;

#[cfg(target_os = "linux")]
#[test]
fn a_full_disk_is_an_error_not_a_truncated_success() {
    let full = std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_handoff"))
        .current_dir(crate::common::root())
        .args(["replay", "-q", "-f", "jsonl"])
        .stdout(full)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("cannot write output"), "{stderr}");
    assert!(stderr.contains("No space left on device"), "{stderr}");
}

/// `lint -f json > /dev/full` and `coverage -f html > /dev/full` said only "No
/// space left on device"; every command says what it could not write, as replay does.
#[cfg(target_os = "linux")]
#[test]
fn a_full_disk_says_cannot_write_output_for_every_command() {
    let runs: [&[&str]; 9] = [
        &["lint", "-f", "json"],
        &["coverage", "-f", "html"],
        &[
            "explain",
            "--conversation",
            "c01-enterprise-discount",
            "fixtures",
        ],
        &["replay", "-q", "-f", "table"],
        &["lint", "--explain", "L001"],
        // Regression: help and the version, which clap prints, were exit 0.
        &["--help"],
        &["--version"],
        &["help", "replay"],
        &["replay", "--help"],
    ];
    for args in runs {
        let full = std::fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .unwrap();
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_handoff"))
            .current_dir(crate::common::root())
            .args(args)
            .stdout(full)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            stderr.starts_with("error: cannot write output\n  caused by: No space left on device")
                && stderr.matches("cannot write output").count() == 1,
            "{args:?}: {stderr}"
        );
    }
}

#[test]
fn a_closed_pipe_ends_quietly() {
    let (first, out) = crate::common::first_line_then_close(["replay", "-f", "jsonl"]);
    assert!(first.starts_with('{'));
    assert_eq!(out.status.code(), Some(0));
    assert!(!String::from_utf8_lossy(&out.stderr).contains("error"));
    // Help read up to its first line (`handoff --help | head -1`) too.
    let (first, out) = crate::common::first_line_then_close(["--help"]);
    assert!(first.starts_with("Lint, test and replay"), "{first}");
    assert_eq!(out.status.code(), Some(0));
    assert!(!String::from_utf8_lossy(&out.stderr).contains("error"));
}

/// Regression: a transcript's control characters (an id that clears the screen,
/// a name that sets the terminal's title) reached the terminal as they were, in the
/// table, `explain`, `diff`, `coverage` and the diagnostics on stderr. They are escaped
/// (`\u{1b}`) in every format people read; JSON escapes them itself.
#[test]
fn control_characters_from_a_transcript_are_escaped_for_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("t.csv");
    std::fs::write(
        &path,
        "conversation_id,timestamp,role,text,name\n\
         \"ansi\x1b[2J\",2026-03-01T09:00:00Z,customer,\"get me a human \x1b[31mnow\x07\",Bob\x1b]0;pwned\x07\n\
         c2,2026-03-01T09:00:00Z,\"bo\x1bt\",hi,\n",
    )
    .unwrap();
    let runs: [&[&str]; 5] = [
        &["replay", "-f", "table"],
        &["explain", "-c", "ansi\x1b[2J"],
        &["coverage"],
        &["coverage", "-f", "markdown"],
        &[
            "diff",
            "--base",
            "rules",
            "--head",
            "rules",
            "--examples",
            "5",
        ],
    ];
    for args in runs {
        let out = handoff().args(args).arg(&path).output().unwrap();
        for (stream, bytes) in [("stdout", &out.stdout), ("stderr", &out.stderr)] {
            assert!(
                !bytes.iter().any(|&b| b == 0x1b || b == 0x07),
                "{args:?} {stream}:\n{}",
                String::from_utf8_lossy(bytes)
            );
        }
        let text = String::from_utf8_lossy(&out.stdout) + String::from_utf8_lossy(&out.stderr);
        assert!(text.contains("\\u{1b}"), "{args:?}:\n{text}");
    }
}

/// A conversation that reappears stops the reading: the conversations finished before
/// it are output whole in every format (the JSON array was left open, the table not
/// drawn); `c3`, whose rows may go on after the row reading stops at, is not output.
#[test]
fn the_conversations_before_a_read_error_are_output_in_every_format() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("t.csv");
    std::fs::write(
        &path,
        "conversation_id,role,text\nc1,customer,speak to a human\nc2,customer,speak to a human\nc3,customer,hi\nc1,customer,again\n",
    )
    .unwrap();
    for jobs in ["1", "2"] {
        let out = handoff()
            .args(["replay", "-q", "--jobs", jobs, "-f", "json"])
            .arg(&path)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2));
        let json: serde_json::Value = serde_json::from_slice(&out.stdout)
            .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&out.stdout)));
        let ids: Vec<&str> = json
            .as_array()
            .unwrap()
            .iter()
            .map(|o| o["conversation_id"].as_str().unwrap())
            .collect();
        assert_eq!(ids, ["c1", "c2"], "--jobs {jobs}");
        let out = handoff()
            .args(["replay", "-q", "--jobs", jobs, "-f", "table"])
            .arg(&path)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2));
        let table = String::from_utf8_lossy(&out.stdout);
        assert!(table.contains("c1") && table.contains("c2"), "{table}");
        assert!(!table.contains("c3"), "{table}");
        assert!(String::from_utf8_lossy(&out.stderr).contains("reappears"));
    }
}

/// A dangling symlink in a directory of transcripts (a missing export shard) or
/// of rules (a shared teams file) was skipped silently: a replay of the shards left, a
/// lint of a rule set without its teams. Each is now an error naming the link (exit 2).
#[cfg(unix)]
#[test]
fn a_dangling_symlink_in_an_input_or_rules_directory_is_an_error_naming_it() {
    let dir = tempfile::tempdir().unwrap();
    let root = crate::common::root();
    let transcripts = dir.path().join("td");
    std::fs::create_dir(&transcripts).unwrap();
    std::fs::copy(
        root.join("fixtures/transcripts.csv"),
        transcripts.join("a.csv"),
    )
    .unwrap();
    let shard = transcripts.join("b.csv");
    std::os::unix::fs::symlink("/nonexistent/b.csv", &shard).unwrap();
    let out = handoff()
        .args(["replay", "-q", "-f", "jsonl"])
        .arg(&transcripts)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains(&format!("cannot open transcript {}", shard.display())),
        "{stderr}"
    );
    let rules = dir.path().join("rd");
    std::fs::create_dir(&rules).unwrap();
    for entry in std::fs::read_dir(root.join("rules")).unwrap() {
        let path = entry.unwrap().path();
        if path.is_file() && path.file_name().unwrap() != "teams.yaml" {
            std::fs::copy(&path, rules.join(path.file_name().unwrap())).unwrap();
        }
    }
    let teams = rules.join("teams.yaml");
    std::os::unix::fs::symlink("/nonexistent/teams.yaml", &teams).unwrap();
    let out = handoff().arg("lint").arg(&rules).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains(&format!("cannot read rules from {}", teams.display())),
        "{stderr}"
    );
    assert!(
        !stderr.contains("R003"),
        "no lint of the rules left: {stderr}"
    );
    // The cause was "No such file or directory" of a file `ls` lists; and a
    // rules path that is a dangling link was "rules not found".
    assert!(
        stderr.contains(&format!(
            "caused by: {} is a symbolic link to /nonexistent/teams.yaml, which does not exist",
            teams.display()
        )),
        "{stderr}"
    );
    let out = handoff().arg("lint").arg(&teams).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("is a symbolic link to /nonexistent/teams.yaml, which does not exist")
            && !stderr.contains("rules not found"),
        "{stderr}"
    );
}
