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
pub(in crate::cli) fn default_tests(rules: &Path) -> PathBuf {
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

/// The rule file's top-level keys that `text`, read as rule tests, has, when it has no
/// `tests:`: a rule file given as tests. Empty for rule tests, and for a text that is not
/// a YAML mapping (its errors say what it is).
fn rule_file_keys(text: &str) -> Vec<&'static str> {
    // Read as a shape, which keeps a key written twice: parsed as a type, such a file
    // was no mapping, and was not told to be rules.
    let Ok(top) = crate::yaml::shape_at(text, crate::yaml::Origin::default()) else {
        return Vec::new();
    };
    let keys: Vec<&str> = top
        .entries()
        .iter()
        .map(|(k, _)| k.value.as_str())
        .collect();
    if keys.contains(&"tests") {
        return Vec::new();
    }
    let mut found: Vec<&'static str> = Vec::new();
    for key in keys {
        if let Some(r) = rule_keys().find(|r| *r == key)
            && !found.contains(&r)
        {
            found.push(r);
        }
    }
    found
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
/// test rules`, what follows `handoff lint rules`), told by their top-level keys (in
/// `sources`): a rule file's errors as rule tests (an unknown field per key), each with
/// the same help, are one error per path given, which says it is rules and how to give
/// them.
pub(super) fn rules_given_as_tests(
    diagnostics: Vec<Diagnostic>,
    paths: &[PathBuf],
    sources: &crate::diag::Sources,
) -> Vec<Diagnostic> {
    // Per path given: where its first error is in `out`, its rule files and their keys.
    let mut given: Vec<(PathBuf, usize, Vec<PathBuf>, Vec<&str>)> = Vec::new();
    // Per file with errors: its rule file's keys, read once.
    let mut keys_of: Vec<(PathBuf, Vec<&'static str>)> = Vec::new();
    let mut out = Vec::with_capacity(diagnostics.len());
    for d in diagnostics {
        let Some(file) = d.location.as_ref().map(|l| l.path.clone()) else {
            out.push(d);
            continue;
        };
        let file_keys = match keys_of.iter().find(|(f, _)| *f == file) {
            Some((_, keys)) => keys.clone(),
            None => {
                let keys = sources
                    .by_path(&file)
                    .map(|f| rule_file_keys(&f.text))
                    .unwrap_or_default();
                keys_of.push((file.clone(), keys.clone()));
                keys
            }
        };
        // A key written twice is a mistake of the rule file as well: said beside it.
        if file_keys.is_empty() || d.code == Some("S006") {
            out.push(d);
            continue;
        }
        let path = paths
            .iter()
            .find(|p| **p == file || file.parent() == Some(p.as_path()))
            .cloned()
            .unwrap_or_else(|| file.clone());
        if let Some((_, at, files, keys)) = given.iter_mut().find(|g| g.0 == path) {
            // Shown at a rule file's key (an unknown field), rather than at another of
            // its errors as rule tests (`version: 2`).
            if out[*at].code != Some("S002") && d.code == Some("S002") {
                out[*at] = d;
            }
            if !files.contains(&file) {
                files.push(file);
            }
            for key in file_keys {
                if !keys.contains(&key) {
                    keys.push(key);
                }
            }
        } else {
            given.push((path, out.len(), vec![file], file_keys));
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
        d.code = Some("S002");
        d.message = message;
        d.help = vec![format!(
            "rules are given with -r (default `rules`), rule tests as paths: `{}` runs {runs} against these rules",
            command.join(" ")
        )];
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diag::{Location, Sources};

    /// A rule file was told from rule tests by serde's wording of its errors ("unknown
    /// field `signals`, expected one of version, tests"): any other wording hid it. It
    /// is told by its top-level keys now.
    #[test]
    fn a_rule_file_is_told_by_its_top_level_keys() {
        assert_eq!(
            rule_file_keys("version: 1\nsignals: []\ntriggers: []\nteams: []\n"),
            ["signals", "triggers", "teams"]
        );
        assert_eq!(
            rule_file_keys("{ version: 1, default_route: { team: a } }"),
            ["default_route"]
        );
        // Rule tests, even with a rule file's key among their mistakes; not a mapping.
        assert!(rule_file_keys("version: 1\ntests: []\nsignals: []\n").is_empty());
        assert!(rule_file_keys("version: 1\nnot_a_key: 1\n").is_empty());
        assert!(rule_file_keys("- a\n- b\n").is_empty());
        assert!(rule_file_keys("signals: [\n").is_empty());
        // A key written twice: still a rule file, each key named once.
        assert_eq!(
            rule_file_keys("version: 1\nsignals: []\ntriggers: []\nsignals: []\n"),
            ["signals", "triggers"]
        );
    }

    #[test]
    fn a_rule_files_errors_are_one_whatever_their_wording() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("mine.yaml");
        let other = dir.path().join("t.yaml");
        let mut sources = Sources::default();
        sources.add(
            file.clone(),
            "version: 1\nsignals: []\ntriggers: []\n".to_owned(),
        );
        sources.add(other.clone(), "version: 1\ntests: 3\n".to_owned());
        let at = |path: &Path, line| Some(Location::line(path, line));
        let mut version = Diagnostic::error("S005", "a version");
        version.location = at(&file, 1);
        let mut first = Diagnostic::error("S002", "some other wording");
        first.location = at(&file, 2);
        let mut second = Diagnostic::error("S002", "yet another");
        second.location = at(&file, 3);
        let mut kept = Diagnostic::error("S003", "expected a list");
        kept.location = at(&other, 2);
        let out = rules_given_as_tests(
            vec![version, first, kept, second],
            &[file.clone(), other.clone()],
            &sources,
        );
        let messages: Vec<&str> = out.iter().map(|d| d.message.as_str()).collect();
        assert_eq!(
            messages,
            [
                format!(
                    "{} is a rule file, not rule tests: it has a rule file's `signals:`, `triggers:` where rule tests have `tests:`",
                    file.display()
                )
                .as_str(),
                "expected a list",
            ]
        );
        // At the first key of a rule file, as an unknown field.
        assert_eq!(out[0].code, Some("S002"));
        assert_eq!(out[0].location.as_ref().map(|l| l.line), Some(2));
    }
}
