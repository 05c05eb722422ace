//! Rule-test files that sit where `handoff test` does not read them: in a subdirectory of
//! a tests directory it reads (`rules/tests/sub/`: directories are not read recursively),
//! or in a `tests/` directory beside the rules directory (`./tests/` for `rules/`) when
//! the tests are looked for in `rules/tests/`. Takes the directories read and the one to
//! look beside; gives the paths of the YAML files there whose text has a top-level
//! `tests:` key, for a hint. Reads nothing else, and bounds how much it looks at: a
//! `tests/` beside the rules may be a large tree of something else.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

/// How deep below a directory files are looked for.
const MAX_DEPTH: usize = 4;
/// Directory entries looked at, in all.
const MAX_ENTRIES: usize = 5_000;
/// Files named, at most.
const MAX_FOUND: usize = 20;
/// Bytes of a file read to tell whether it has a top-level `tests:`.
const MAX_BYTES: u64 = 1 << 20;

/// The rule-test files that are not read: in the subdirectories of `read` (the paths
/// given: directories whose files are read, and files), and in `beside` and its
/// subdirectories (unless it is one of `read`), but for the files `read` names. Sorted;
/// at most 20.
pub fn unread(read: &[PathBuf], beside: Option<&Path>) -> Vec<PathBuf> {
    let read_dirs: HashSet<PathBuf> = read
        .iter()
        .filter(|p| p.is_dir())
        .filter_map(|p| std::fs::canonicalize(p).ok())
        .collect();
    let read_files: HashSet<PathBuf> = read
        .iter()
        .filter(|p| p.is_file())
        .filter_map(|p| std::fs::canonicalize(p).ok())
        .collect();
    let mut walk = Walk {
        read: &read_dirs,
        entries: 0,
        found: Vec::new(),
    };
    for dir in read.iter().filter(|p| p.is_dir()) {
        walk.dir(dir, 0, false);
    }
    if let Some(beside) = beside
        && beside.is_dir()
        && std::fs::canonicalize(beside).is_ok_and(|b| !read_dirs.contains(&b))
    {
        walk.dir(beside, 0, true);
    }
    let mut found = walk.found;
    // A file given by its path is read wherever it is.
    found.retain(|f| std::fs::canonicalize(f).is_ok_and(|f| !read_files.contains(&f)));
    found.sort();
    found.dedup();
    found.truncate(MAX_FOUND);
    found
}

struct Walk<'a> {
    /// Directories whose files are read (canonical): not looked in again.
    read: &'a HashSet<PathBuf>,
    entries: usize,
    found: Vec<PathBuf>,
}

impl Walk<'_> {
    /// Looks in `dir`'s subdirectories, and in `dir` itself when `files` (it is not read).
    fn dir(&mut self, dir: &Path, depth: usize, files: bool) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        let mut subdirs = Vec::new();
        for entry in entries.flatten() {
            self.entries += 1;
            if self.entries > MAX_ENTRIES || self.found.len() >= MAX_FOUND {
                return;
            }
            let name = entry.file_name();
            let name = name.to_string_lossy();
            if name.starts_with('.') {
                continue;
            }
            // Not followed through symbolic links: no loops.
            let Ok(kind) = entry.file_type() else {
                continue;
            };
            let path = entry.path();
            if kind.is_dir() {
                subdirs.push(path);
            } else if files
                && kind.is_file()
                && crate::rules::load::is_rule_file_name(&name)
                && looks_like_tests(&path)
            {
                self.found.push(path);
            }
        }
        if depth >= MAX_DEPTH {
            return;
        }
        subdirs.sort();
        for sub in subdirs {
            if std::fs::canonicalize(&sub).is_ok_and(|s| self.read.contains(&s)) {
                continue;
            }
            self.dir(&sub, depth + 1, true);
        }
    }
}

/// Whether the file has a top-level `tests:` key, as a rule-test file does.
fn looks_like_tests(path: &Path) -> bool {
    use std::io::Read as _;
    let Ok(file) = std::fs::File::open(path) else {
        return false;
    };
    let mut bytes = Vec::new();
    if file.take(MAX_BYTES).read_to_end(&mut bytes).is_err() {
        return false;
    }
    String::from_utf8_lossy(&bytes).lines().any(|line| {
        line.strip_prefix("tests:")
            .is_some_and(|rest| rest.is_empty() || rest.starts_with([' ', '\t', '#']))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn test_files_in_subdirectories_and_beside_the_rules_are_found() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        let write = |path: &str, text: &str| {
            let path = root.join(path);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, text).unwrap();
        };
        let tests = "version: 1\ntests:\n  - name: a\n";
        write("rules/tests/read.yaml", tests);
        write("rules/tests/sub/deeper/a.yaml", tests);
        write("rules/tests/sub/b.yml", "version: 1\ntests: []\n");
        // Any case, as the rules and tests are read (`T.YAML`).
        write("rules/tests/sub/C.YAML", tests);
        write(
            "rules/tests/sub/not-tests.yaml",
            "version: 1\nsignals: []\n",
        );
        write("rules/tests/sub/notes.txt", tests);
        write("rules/tests/.hidden/c.yaml", tests);
        write("tests/beside.yaml", tests);
        write("tests/nested/more.yaml", tests);
        write("tests/lib.rs", "tests: no\n");
        let read = [root.join("rules/tests")];
        let found = unread(&read, Some(&root.join("tests")));
        let names: Vec<String> = found
            .iter()
            .map(|p| p.strip_prefix(root).unwrap().display().to_string())
            .collect();
        assert_eq!(
            names,
            [
                "rules/tests/sub/C.YAML",
                "rules/tests/sub/b.yml",
                "rules/tests/sub/deeper/a.yaml",
                "tests/beside.yaml",
                "tests/nested/more.yaml",
            ]
        );
        // The directory beside that is read itself is not looked in again.
        let found = unread(&[root.join("tests")], Some(&root.join("tests")));
        assert_eq!(found, [root.join("tests/nested/more.yaml")]);
        // A file given is read wherever it is.
        let read = [root.join("tests"), root.join("tests/nested/more.yaml")];
        assert!(unread(&read, None).is_empty());
        // Nothing there: nothing found, no error.
        assert!(unread(&[root.join("nope")], Some(&root.join("nope2"))).is_empty());
    }
}
