//! Where `handoff test` looks for rule tests: the rules and the paths given → the
//! default `tests/` beside the rules, the files that look like rule tests but are not
//! read, and the error (exit 2) or warning that says where tests go; rule files given
//! as tests → one error per path that says so. Running them is `test.rs`'s.

use std::path::{Path, PathBuf};

use super::super::{ExitStatus, Io};
use super::{Problems, TestArgs};
use crate::diag::{Diagnostic, Severity};
use crate::ruletest::{self, SuiteError};

/// Where the tests of the rules at `rules` live: `tests/` beside the rule files (in
/// the directory, or in the file's directory).
pub(super) fn default_tests(rules: &Path) -> PathBuf {
    if rules.is_dir() {
        rules.join("tests")
    } else {
        rules.parent().unwrap_or(Path::new("")).join("tests")
    }
}

/// The `tests/` beside the rules directory (`./tests/` for `rules/`), where rule tests
/// are sometimes put by mistake: looked in for a hint when the tests are looked for in
/// the default place.
pub(super) fn beside(args: &TestArgs) -> Option<PathBuf> {
    if !args.paths.is_empty() {
        return None;
    }
    let dir = if args.rules.is_dir() {
        args.rules.as_path()
    } else {
        args.rules.parent().unwrap_or(Path::new(""))
    };
    Some(dir.parent().unwrap_or(Path::new("")).join("tests"))
}

/// `2 files look like rule tests (…) but are not read: a, b`.
pub(super) fn unread_message(unread: &[PathBuf]) -> String {
    let (look, are) = if unread.len() == 1 {
        ("looks", "is")
    } else {
        ("look", "are")
    };
    format!(
        "{} {look} like rule tests (a top-level `tests:`) but {are} not read: {}",
        crate::text::count(unread.len(), "file"),
        shown(unread)
    )
}

/// Paths as a list for people.
pub(super) fn shown(paths: &[PathBuf]) -> String {
    let shown: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
    shown.join(", ")
}

/// Where `handoff test` reads tests from, and what to do about the `unread` files (with
/// the `paths` read too when `with_read`: they hold tests).
pub(super) fn where_tests_go(
    args: &TestArgs,
    paths: &[PathBuf],
    unread: &[PathBuf],
    with_read: bool,
) -> String {
    let read = if args.paths.is_empty() {
        format!(
            "without paths, `handoff test` reads the *.yaml and *.yml files directly in {} (the tests/ beside the rules given with -r), not in its subdirectories",
            paths[0].display()
        )
    } else {
        "`handoff test` reads the files given and the *.yaml and *.yml files directly in the directories given, not in their subdirectories".to_owned()
    };
    if unread.is_empty() {
        return read;
    }
    let mut command = vec!["handoff test".to_owned()];
    if args.rules != Path::new("rules") {
        command.push(format!("-r {}", args.rules.display()));
    }
    for path in paths.iter().filter(|_| with_read).chain(unread) {
        command.push(path.display().to_string());
    }
    let command = command.join(" ");
    if args.paths.is_empty() {
        format!(
            "{read}: move them into {}, or give them as paths (`{command}`)",
            paths[0].display()
        )
    } else {
        format!("{read}: give them as paths too (`{command}`)")
    }
}

/// No test file found at `paths` (`error`): says where tests are looked for and names the
/// files that look like rule tests but sit where they are not read. Exit 2.
pub(super) fn no_tests(
    error: &SuiteError,
    args: &TestArgs,
    paths: &[PathBuf],
    io: &mut Io<'_>,
    problems: &mut Problems,
) -> anyhow::Result<ExitStatus> {
    let unread = ruletest::unread(paths, beside(args).as_deref());
    let mut d = Diagnostic::new(None, Severity::Error, error.to_string());
    if let SuiteError::OnlyHidden { .. } = error {
        d = d.help("rename a file without the leading `.` to read it");
    }
    if !unread.is_empty() {
        d = d.help(unread_message(&unread));
    }
    if args.paths.is_empty() || !unread.is_empty() {
        d = d.help(where_tests_go(args, paths, &unread, false));
    }
    problems.fail_with(d, args.format, io)?;
    Ok(ExitStatus::Error)
}

/// A rule file's top-level keys but `version`, from its schema: a test file that has
/// one is a rule file given as tests.
fn rule_keys() -> impl Iterator<Item = &'static str> {
    crate::yaml::fields_of::<crate::rules::schema::RawRuleFile>()
        .iter()
        .copied()
        .filter(|&key| key != "version")
}

/// The rule file's key that `d` says a test file has, if it says so.
fn rule_file_key(d: &Diagnostic) -> Option<&'static str> {
    if d.code != Some("S002") {
        return None;
    }
    rule_keys().find(|key| {
        d.message.starts_with(&format!(
            "unknown field `{key}`, expected one of version, tests"
        ))
    })
}

/// Whether `dir` holds a YAML file other than `file` and the paths given as tests.
fn holds_other_yaml(dir: &Path, file: &Path, given: &[PathBuf]) -> bool {
    std::fs::read_dir(dir).is_ok_and(|entries| {
        entries.flatten().any(|e| {
            let p = e.path();
            p != file
                && p.file_name() != file.file_name()
                && !given
                    .iter()
                    .any(|g| g == &p || g.file_name() == p.file_name())
                && p.extension().is_some_and(|x| {
                    x.eq_ignore_ascii_case("yaml") || x.eq_ignore_ascii_case("yml")
                })
        })
    })
}

/// The diagnostics of the test files, but those of rule files given as tests (`handoff
/// test rules`, what follows `handoff lint rules`): an unknown field per rule file's key
/// and file, each with the same help, are one error per path given, which says it is
/// rules and how to give them.
pub(super) fn rules_given_as_tests(
    diagnostics: Vec<Diagnostic>,
    paths: &[PathBuf],
) -> Vec<Diagnostic> {
    // Per path given: where its first error is in `out`, its rule files and their keys.
    let mut given: Vec<(PathBuf, usize, Vec<PathBuf>, Vec<&str>)> = Vec::new();
    let mut out = Vec::with_capacity(diagnostics.len());
    for d in diagnostics {
        let (Some(key), Some(file)) = (
            rule_file_key(&d),
            d.location.as_ref().map(|l| l.path.clone()),
        ) else {
            out.push(d);
            continue;
        };
        let path = paths
            .iter()
            .find(|p| **p == file || file.parent() == Some(p.as_path()))
            .cloned()
            .unwrap_or_else(|| file.clone());
        if let Some((_, _, files, keys)) = given.iter_mut().find(|g| g.0 == path) {
            if !files.contains(&file) {
                files.push(file);
            }
            if !keys.contains(&key) {
                keys.push(key);
            }
        } else {
            given.push((path, out.len(), vec![file], vec![key]));
            out.push(d);
        }
    }
    for (path, at, files, keys) in given {
        let keys: Vec<String> = keys.iter().map(|k| format!("`{k}:`")).collect();
        let (what, have) = if path.is_dir() {
            let have = if files.len() == 1 { "has" } else { "have" };
            ("a rules directory", format!("{} {have}", shown(&files)))
        } else {
            ("a rule file", "it has".to_owned())
        };
        let message = format!(
            "{} is {what}, not rule tests: {have} a rule file's {} where rule tests have `tests:`",
            path.display(),
            keys.join(", ")
        );
        // A file of a rules directory is loaded with the rest of it: its signals may be
        // in the files beside it.
        let rules = match path.parent() {
            Some(dir)
                if path.is_file()
                    && !dir.as_os_str().is_empty()
                    && holds_other_yaml(dir, &path, paths) =>
            {
                dir.to_path_buf()
            }
            _ => path.clone(),
        };
        let mut command = vec!["handoff test".to_owned()];
        if rules != Path::new("rules") {
            command.push(format!("-r {}", rules.display()));
        }
        let others: Vec<&PathBuf> = paths.iter().filter(|p| **p != path).collect();
        command.extend(others.iter().map(|p| p.display().to_string()));
        let runs = if others.is_empty() {
            format!("the tests in {}", default_tests(&rules).display())
        } else {
            "the tests given".to_owned()
        };
        let d = &mut out[at];
        d.message = message;
        d.help = vec![format!(
            "rules are given with -r (default `rules`), rule tests as paths: `{}` runs {runs} against these rules",
            command.join(" ")
        )];
    }
    out
}
