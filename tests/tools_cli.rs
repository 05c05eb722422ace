//! `handoff schema`, `completions` and `man`: what editors, shells and `man` read.

use crate::common::{file_names, handoff, root, stdout_of};

#[test]
fn schema_prints_the_committed_schemas() {
    for (kind, file) in [
        ("rules", "schema/rules.schema.json"),
        ("tests", "schema/tests.schema.json"),
        ("config", "schema/config.schema.json"),
    ] {
        let printed = stdout_of(handoff().args(["schema", kind]));
        let committed = std::fs::read_to_string(root().join(file)).unwrap();
        assert_eq!(
            printed, committed,
            "`handoff schema {kind}` and {file} differ"
        );
        let schema: serde_json::Value = serde_json::from_str(&printed).unwrap();
        assert_eq!(
            schema["$schema"], "http://json-schema.org/draft-07/schema#",
            "{kind}"
        );
    }
    assert_eq!(
        stdout_of(handoff().arg("schema")),
        stdout_of(handoff().args(["schema", "rules"])),
        "rules is the default"
    );
}

#[test]
fn starter_files_point_editors_at_the_schema() {
    for entry in std::fs::read_dir(root().join("rules")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "yaml") {
            let text = std::fs::read_to_string(&path).unwrap();
            assert!(
                text.starts_with("# yaml-language-server: $schema=../schema/rules.schema.json\n"),
                "{}",
                path.display()
            );
        }
    }
    let tests = std::fs::read_to_string(root().join("rules/tests/starter.yaml")).unwrap();
    assert!(tests.starts_with("# yaml-language-server: $schema=../../schema/tests.schema.json\n"));
}

#[test]
fn completions_for_every_shell_know_the_commands_and_flags() {
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let script = stdout_of(handoff().args(["completions", shell]));
        for word in ["replay", "coverage", "fail-under-triggers", "on-error"] {
            assert!(script.contains(word), "{shell} completions lack {word}");
        }
    }
    handoff()
        .args(["completions", "tcsh"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("invalid value 'tcsh'"));
}

#[test]
fn man_prints_the_main_page_and_writes_one_page_per_command() {
    let page = stdout_of(handoff().arg("man"));
    assert!(page.starts_with(".ie \\n(.g .ds Aq"), "{}", &page[..60]);
    assert!(page.contains(".TH handoff 1"), "roff title");
    assert!(page.contains("handoff\\-replay(1)"), "commands listed");

    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("man1");
    handoff()
        .args(["man", "--dir"])
        .arg(&out)
        .assert()
        .success();
    let names = file_names(&out);
    assert!(names.contains(&"handoff.1".to_owned()), "{names:?}");
    for command in [
        "replay", "lint", "test", "diff", "explain", "coverage", "init",
    ] {
        let name = format!("handoff-{command}.1");
        assert!(names.contains(&name), "{name} in {names:?}");
    }
    let replay = std::fs::read_to_string(out.join("handoff-replay.1")).unwrap();
    let title = format!(
        ".TH handoff-replay 1  \"handoff {}\" \"handoff manual\"",
        env!("CARGO_PKG_VERSION")
    );
    assert!(replay.contains(&title), "{}", &replay[..200]);
    assert!(replay.contains("\\-\\-packets"), "options documented");
}

#[test]
fn completions_into_a_closed_pipe_end_quietly() {
    use std::io::Read as _;
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_handoff"))
        .args(["completions", "zsh"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let status = child.wait().unwrap();
    let mut stderr = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut stderr)
        .unwrap();
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert_eq!(status.code(), Some(0), "{stderr}");
}
