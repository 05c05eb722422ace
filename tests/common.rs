//! Helpers shared by the integration tests.

use std::path::{Path, PathBuf};

/// The repository root: tests run the binary from here, so `rules/` and `fixtures/` resolve.
pub(crate) fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// `handoff` with the repository root as working directory and colour off.
pub(crate) fn handoff() -> assert_cmd::Command {
    let mut cmd = assert_cmd::Command::new(env!("CARGO_BIN_EXE_handoff"));
    cmd.current_dir(root())
        .env("NO_COLOR", "1")
        .env_remove("CLICOLOR_FORCE");
    cmd
}

/// `handoff` run inside `dir`.
pub(crate) fn handoff_in(dir: &Path) -> assert_cmd::Command {
    let mut cmd = handoff();
    cmd.current_dir(dir);
    cmd
}

/// Writes `content` to `name` in `dir` and returns the path.
pub(crate) fn write(dir: &Path, name: &str, content: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, content).unwrap();
    path
}

/// `ANGRY_RULES` in `dir`, and an empty directory `name` beside them, for transcripts.
pub(crate) fn rules_and_dir(dir: &Path, name: &str) -> (PathBuf, PathBuf) {
    let rules = write(dir, "rules.yaml", ANGRY_RULES);
    let data = dir.join(name);
    std::fs::create_dir(&data).unwrap();
    (rules, data)
}

/// Stdout of a successful run, as text.
pub(crate) fn stdout_of(cmd: &mut assert_cmd::Command) -> String {
    let out = cmd.assert().success().get_output().clone();
    String::from_utf8(out.stdout).unwrap()
}

/// Stdout of a successful `handoff coverage -f FORMAT -r RULES CSV`.
pub(crate) fn coverage_of(rules: &Path, csv: &Path, format: &str) -> String {
    stdout_of(
        handoff()
            .args(["coverage", "-f", format, "-r"])
            .arg(rules)
            .arg(csv),
    )
}

/// The JSON that `cmd` (a `handoff … -f json`) writes, and the text of it (for assertion
/// messages); it must exit `code`.
pub(crate) fn json_of(cmd: &mut assert_cmd::Command, code: i32) -> (serde_json::Value, String) {
    let out = stdout_text(&cmd.assert().code(code));
    let json = serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}: {out}"));
    (json, out)
}

/// Stdout of a run already asserted on (its exit code), as text.
pub(crate) fn stdout_text(assert: &assert_cmd::assert::Assert) -> String {
    String::from_utf8(assert.get_output().stdout.clone()).unwrap()
}

/// `handoff lint --format FORMAT RULES` that finds problems (exit 1): its stdout.
pub(crate) fn lint_failing(rules: impl AsRef<std::ffi::OsStr>, format: &str) -> String {
    stdout_text(
        &handoff()
            .args(["lint", "--format", format])
            .arg(rules)
            .assert()
            .code(1),
    )
}

/// `handoff lint r.yaml`, run where `text` is written as `r.yaml` (so messages name
/// `r.yaml`), that finds problems (exit 1): its stdout.
pub(crate) fn lint_text_failing(text: &str) -> String {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "r.yaml", text);
    stdout_text(
        &handoff()
            .current_dir(dir.path())
            .args(["lint", "r.yaml"])
            .assert()
            .code(1),
    )
}

/// Stderr of a run already asserted on (its exit code), as text.
pub(crate) fn stderr_text(assert: &assert_cmd::assert::Assert) -> String {
    String::from_utf8(assert.get_output().stderr.clone()).unwrap()
}

/// Runs `cmd`, which must exit 2 (a usage or input error), and checks that its stderr
/// says each of `says`; gives the assert, for what else to check of it.
pub(crate) fn exits_2_saying(
    cmd: &mut assert_cmd::Command,
    says: &[&str],
) -> assert_cmd::assert::Assert {
    let mut assert = cmd.assert().code(2);
    for said in says {
        assert = assert.stderr(predicates::str::contains(*said));
    }
    assert
}

/// `bytes` gzipped.
pub(crate) fn gzip(bytes: &[u8]) -> Vec<u8> {
    use std::io::Write as _;
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(bytes).unwrap();
    gz.finish().unwrap()
}

/// Parses JSONL output into values.
pub(crate) fn jsonl(text: &str) -> Vec<serde_json::Value> {
    text.lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

/// The names of the files in `dir`, sorted.
pub(crate) fn file_names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// Runs `git args` in `dir` as a test author; panics with git's stderr when it fails.
pub(crate) fn git(dir: &Path, args: &[&str]) {
    let out = std::process::Command::new("git")
        .args(["-c", "user.name=Test", "-c", "user.email=test@example.com"])
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Runs `handoff args` from the repository root, reads the first line of its stdout and
/// closes it, as `| head -1` does; returns that line and the finished run.
pub(crate) fn first_line_then_close<I, S>(args: I) -> (String, std::process::Output)
where
    I: IntoIterator<Item = S>,
    S: AsRef<std::ffi::OsStr>,
{
    use std::io::{BufRead, BufReader};
    use std::process::{Command, Stdio};
    let mut child = Command::new(env!("CARGO_BIN_EXE_handoff"))
        .current_dir(root())
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Stderr is read meanwhile: a run that says much there before its first line of
    // output would otherwise wait on a full pipe while this waits on its stdout.
    let mut stderr = child.stderr.take().unwrap();
    let said = std::thread::spawn(move || {
        let mut said = Vec::new();
        std::io::Read::read_to_end(&mut stderr, &mut said).unwrap();
        said
    });
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut first)
        .unwrap();
    // The reader is gone.
    let mut out = child.wait_with_output().unwrap();
    out.stderr = said.join().unwrap();
    (first, out)
}

/// A rule set of one signal, one trigger and one team: "ridiculous" from a customer
/// escalates to Support.
pub(crate) const ANGRY_RULES: &str = "version: 1
signals:
  - { id: angry, phrases: [ridiculous] }
triggers:
  - { id: angry, when: { message: { role: customer, signal: angry } } }
teams:
  - { id: support, name: Support, agent: Chris, bridge: 'Hi, I am {{ agent }}.' }
default_route: { team: support }
";

/// Stderr of `handoff test -r <the starter rules> t.yaml` in `dir`, which must exit 2
/// (the rule tests in `t.yaml` are invalid).
pub(crate) fn invalid_rule_tests(dir: &Path) -> String {
    invalid_rule_test_files(dir, &["t.yaml"])
}

/// Stderr of `handoff test -r <the starter rules> FILES…` in `dir`, which must exit 2.
pub(crate) fn invalid_rule_test_files(dir: &Path, files: &[&str]) -> String {
    invalid_tests_of(&root().join("rules"), dir, files)
}

/// Stderr of `handoff test -r RULES FILES…` in `dir`, which must exit 2.
pub(crate) fn invalid_tests_of(rules: &Path, dir: &Path, files: &[&str]) -> String {
    let out = handoff()
        .current_dir(dir)
        .arg("test")
        .arg("-r")
        .arg(rules)
        .args(files)
        .assert()
        .code(2)
        .get_output()
        .clone();
    String::from_utf8(out.stderr).unwrap()
}

/// Runs `handoff replay -f jsonl --packets P args` into a temporary `P`; returns the
/// packets it wrote and its stderr. The run must succeed.
pub(crate) fn packets_jsonl(args: &[&str]) -> (Vec<serde_json::Value>, String) {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("packets.jsonl");
    let assert = handoff()
        .args(["replay", "-f", "jsonl", "--packets"])
        .arg(&out)
        .args(args)
        .assert()
        .success();
    let stderr = String::from_utf8_lossy(&assert.get_output().stderr).into_owned();
    let text = std::fs::read_to_string(&out).unwrap();
    (jsonl(&text), stderr)
}

/// The starter pack's rule tests, counted from the file: the case counts the runs print
/// follow it as cases are added.
pub(crate) fn starter_cases() -> usize {
    let path = root().join("rules/tests/starter.yaml");
    let text = std::fs::read_to_string(path).unwrap();
    text.lines().filter(|l| l.starts_with("  - name:")).count()
}

/// Rule tests run against the starter rules: `cases` written as `name` in `dir`, and the
/// text and JUnit reports of `handoff test` on them, each failing (exit 1).
pub(crate) fn failing_rule_tests(dir: &Path, name: &str, cases: &str) -> (PathBuf, String, String) {
    let tests = write(dir, name, cases);
    let text = stdout_text(&handoff().arg("test").arg(&tests).assert().code(1));
    let junit = stdout_text(
        &handoff()
            .args(["test", "-f", "junit"])
            .arg(&tests)
            .assert()
            .code(1),
    );
    (tests, text, junit)
}

/// A FIFO (named pipe) made at `dir/name`.
#[cfg(unix)]
pub(crate) fn fifo(dir: &Path, name: &str) -> PathBuf {
    let fifo = dir.join(name);
    let made = std::process::Command::new("mkfifo").arg(&fifo).status();
    assert!(
        made.as_ref().is_ok_and(std::process::ExitStatus::success),
        "mkfifo failed: {made:?}"
    );
    fifo
}
