//! `handoff schema`, `completions` and `man`: what editors, shells and `man` read; and
//! `-V` after any command.

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

/// The main page referred to `handoff-help(1)`, which `--dir` does not write;
/// the examples sat under a section called EXTRA; groff warned of the raw UTF-8 of the
/// help texts (`…`, `→`). Every page a page refers to is written, the examples are under
/// EXAMPLES line by line, and the pages are ASCII, checked by groff itself when it is
/// installed.
#[test]
fn man_pages_refer_to_written_pages_only_and_are_plain_roff() {
    let dir = tempfile::tempdir().unwrap();
    handoff()
        .args(["man", "--dir"])
        .arg(dir.path())
        .assert()
        .success();
    let names = file_names(dir.path());
    for name in &names {
        let page = std::fs::read_to_string(dir.path().join(name)).unwrap();
        // `handoff\-replay(1)`: each such reference is a page written.
        for (at, _) in page.match_indices("(1)") {
            let start = page[..at]
                .rfind(|c: char| c.is_whitespace() || c == '>')
                .map_or(0, |i| i + 1);
            let referred = format!("{}.1", page[start..at].replace("\\-", "-"));
            if referred.starts_with("handoff") {
                assert!(names.contains(&referred), "{name} refers to {referred}");
            }
        }
        assert!(page.is_ascii(), "{name} has raw characters past ASCII");
        assert!(!page.contains(".SH EXTRA"), "{name}");
        // Every command has examples.
        assert!(page.contains(".SH EXAMPLES\n.nf\n"), "{name}");
    }
    assert!(!names.contains(&"handoff-help.1".to_owned()));
    let lint = std::fs::read_to_string(dir.path().join("handoff-lint.1")).unwrap();
    assert!(
        lint.contains(
            ".SH EXAMPLES\n.nf\n  handoff lint\n  handoff lint rules/ \\-\\-deny\\-warnings\n"
        ),
        "{lint}"
    );
    let Ok(groff) = std::process::Command::new("groff").arg("-v").output() else {
        return; // not installed: the ASCII check above stands for it
    };
    assert!(groff.status.success());
    for name in &names {
        let out = std::process::Command::new("groff")
            .args(["-Tutf8", "-ww", "-man"])
            .arg(dir.path().join(name))
            .output()
            .unwrap();
        assert!(
            out.stderr.is_empty(),
            "{name}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
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

/// `-V` is a global option, but `handoff replay -V` was "unexpected argument '-V'"
/// where `-q`, `-v` and `--color` worked after the command.
#[test]
fn version_is_printed_after_any_command_as_before_it() {
    let expected = format!("handoff {}\n", env!("CARGO_PKG_VERSION"));
    for args in [
        &["-V"][..],
        &["replay", "-V"],
        &["lint", "--version"],
        &["explain", "-V"],
        &["test", "-V"],
        &["diff", "-V"],
        &["coverage", "-V"],
        &["init", "-V"],
        &["schema", "-V"],
        &["completions", "-V"],
        &["man", "-V"],
    ] {
        let out = handoff().args(args).output().unwrap();
        assert!(out.status.success(), "{args:?}");
        assert_eq!(String::from_utf8_lossy(&out.stdout), expected, "{args:?}");
    }
}
