//! The tutorial's runner: docs/tutorial.md's text → a `Tutorial` that runs its `$ command`s
//! through a shell in a scratch directory and makes its edits, each checked to be shown
//! in the tutorial. Asserts nothing about what the commands print beyond that; the steps
//! are in `tutorial.rs`.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::common::root;

/// The tutorial's text, and the working directory its commands run in.
pub(super) struct Tutorial {
    pub(super) doc: String,
    _dir: tempfile::TempDir,
    pub(super) cwd: PathBuf,
    path: String,
    /// The commands run so far, as the tutorial writes them.
    pub(super) ran: Vec<String>,
}

impl Tutorial {
    pub(super) fn new() -> Tutorial {
        let doc = std::fs::read_to_string(root().join("docs/tutorial.md")).unwrap();
        let dir = tempfile::tempdir().unwrap();
        // The clone sits beside the user's working directory, as the tutorial says.
        std::os::unix::fs::symlink(root(), dir.path().join("handoff")).unwrap();
        let bin = Path::new(env!("CARGO_BIN_EXE_handoff")).parent().unwrap();
        let path = format!(
            "{}:{}",
            bin.display(),
            std::env::var("PATH").unwrap_or_default()
        );
        Tutorial {
            doc,
            cwd: dir.path().to_owned(),
            _dir: dir,
            path,
            ran: Vec::new(),
        }
    }

    pub(super) fn shows(&self, text: &str) {
        assert!(
            self.doc.contains(text),
            "docs/tutorial.md does not show:\n{text}"
        );
    }

    /// Runs `$ line` of the tutorial; it must exit `code`, and its output must contain
    /// `expected` (which the tutorial shows right under the command).
    pub(super) fn run(&mut self, line: &str, code: i32, expected: &str) {
        self.shows(&format!("$ {line}\n{expected}"));
        self.run_unshown(line, code, expected);
    }

    /// As [`Tutorial::run`], for output that counts the starter's rule tests: the
    /// tutorial shows the line with a count of its own where `expected` has `{cases}`
    /// (the starter's count plus `extra`, which the command must print), so that a
    /// starter test added does not break the tutorial's test (its count is the form
    /// only, as the reader's pack may have grown too).
    pub(super) fn run_counting(&mut self, line: &str, code: i32, expected: &str, extra: usize) {
        let shown = regex::escape(&format!("$ {line}\n{expected}")).replace(r"\{cases\}", r"\d+");
        assert!(
            regex::Regex::new(&shown).unwrap().is_match(&self.doc),
            "docs/tutorial.md does not show:\n{line}\n{expected}"
        );
        let cases = crate::common::starter_cases() + extra;
        self.run_unshown(line, code, &expected.replace("{cases}", &cases.to_string()));
    }

    fn run_unshown(&mut self, line: &str, code: i32, expected: &str) {
        self.ran.push(line.to_owned());
        if let Some(dir) = line.strip_prefix("cd ") {
            self.cwd = self.cwd.join(dir);
            return;
        }
        let out = Command::new("sh")
            .args(["-c", line])
            .current_dir(&self.cwd)
            .env("PATH", &self.path)
            .env("NO_COLOR", "1")
            .env_remove("CLICOLOR_FORCE")
            .env("GIT_AUTHOR_NAME", "Ops")
            .env("GIT_AUTHOR_EMAIL", "ops@example.com")
            .env("GIT_COMMITTER_NAME", "Ops")
            .env("GIT_COMMITTER_EMAIL", "ops@example.com")
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env("HOME", &self.cwd)
            .output()
            .unwrap();
        let output = format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        assert_eq!(
            out.status.code(),
            Some(code),
            "`{line}` exited otherwise:\n{output}"
        );
        // `…` stands for lines the tutorial leaves out.
        for expected_line in expected.lines().filter(|l| *l != "…") {
            assert!(
                output.contains(expected_line),
                "`{line}` does not say\n  {expected_line}\nit says:\n{output}"
            );
        }
    }

    pub(super) fn file(&self, path: &str) -> PathBuf {
        self.cwd.join(path)
    }

    /// Writes `snippet` (shown in the tutorial) as the whole of `path`.
    pub(super) fn write(&self, path: &str, snippet: &str) {
        self.shows(snippet);
        std::fs::write(self.file(path), snippet).unwrap();
    }

    /// Adds `snippet` (shown in the tutorial) to the end of `path`.
    pub(super) fn append(&self, path: &str, snippet: &str) {
        self.shows(snippet);
        let mut text = std::fs::read_to_string(self.file(path)).unwrap();
        text.push_str(snippet);
        std::fs::write(self.file(path), text).unwrap();
    }

    /// Puts `snippet` (shown in the tutorial) into `path` before `marker`.
    pub(super) fn insert_before(&self, path: &str, marker: &str, snippet: &str) {
        self.shows(snippet);
        let text = std::fs::read_to_string(self.file(path)).unwrap();
        assert_eq!(text.matches(marker).count(), 1, "{marker} in {path}");
        std::fs::write(
            self.file(path),
            text.replace(marker, &format!("{snippet}\n{marker}")),
        )
        .unwrap();
    }

    /// Replaces the lines of `path` from the one starting `first` to the one starting
    /// `last`, both included, with `snippet` (shown in the tutorial).
    pub(super) fn replace_lines(&self, path: &str, first: &str, last: &str, snippet: &str) {
        self.shows(snippet);
        let text = std::fs::read_to_string(self.file(path)).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        let from = lines.iter().position(|l| l.starts_with(first)).unwrap();
        let to = from
            + lines[from..]
                .iter()
                .position(|l| l.starts_with(last))
                .unwrap();
        let mut out: Vec<&str> = lines[..from].to_vec();
        out.extend(snippet.lines());
        out.extend(&lines[to + 1..]);
        std::fs::write(self.file(path), out.join("\n") + "\n").unwrap();
    }
}

impl Tutorial {
    /// The checks the CI workflow makes, on the finished pack.
    pub(super) fn run_workflow_checks(&self) {
        for args in [
            &["lint", "--format", "github"][..],
            &["test", "--format", "junit"],
            &["diff", "--base-rev", "HEAD~1", "--format", "markdown"],
        ] {
            let out = Command::new(env!("CARGO_BIN_EXE_handoff"))
                .args(args)
                .current_dir(&self.cwd)
                .output()
                .unwrap();
            assert!(
                out.status.success(),
                "{args:?}: {}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
    }
}
