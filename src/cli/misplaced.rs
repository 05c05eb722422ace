//! Help for files in the wrong place: the diagnostics of a rules path → the help of a
//! rule-test file found among the rule files (`rules/tests.yaml`) says to move it into
//! the rules' `tests/`. Every command reads a rules directory whole, so running
//! `handoff test` on such a file (what the loader's help says of a rule-test file
//! given as rules) cannot work. Finds no problem itself.

use std::path::Path;

use crate::diag::{Diagnostic, Sources};
use crate::rules::load::RULE_TEST_KEY_HELP;

/// Rewrites the help of each diagnostic that says a file directly in the rules directory
/// `path` is a rule-test file (its top-level `tests:`, `S002`, with the loader's [`RULE_TEST_KEY_HELP`]): move it into the
/// directory's `tests/`. A directory whose every file `read` is a rule-test file is a
/// tests directory given as the rules (`lint rules/tests`), and a rule-test file given
/// as the rules (`-r rules/tests/a.yaml`) is one too: they keep the loader's help, to
/// give them as tests.
pub(super) fn hint_rule_tests_among_rules(
    path: &Path,
    diagnostics: &mut [Diagnostic],
    read: &Sources,
) {
    if !path.is_dir() {
        return;
    }
    // The loader's help says it (it tells the key by the document's structure).
    let is_tests_key = |d: &Diagnostic| {
        d.help.iter().any(|h| h == RULE_TEST_KEY_HELP)
            && d.location
                .as_ref()
                .is_some_and(|l| l.path.parent() == Some(path))
    };
    let test_files: Vec<&Path> = diagnostics
        .iter()
        .filter(|d| is_tests_key(d))
        .filter_map(|d| d.location.as_ref().map(|l| l.path.as_path()))
        .collect();
    let rule_files = read
        .files()
        .iter()
        .any(|f| !test_files.contains(&f.path.as_path()));
    if !rule_files {
        return;
    }
    for d in diagnostics {
        if !is_tests_key(d) {
            continue;
        }
        let Some(file) = d.location.as_ref().map(|l| l.path.clone()) else {
            continue;
        };
        let tests = path.join("tests");
        let moved = tests.join(file.file_name().unwrap_or_default());
        d.help.retain(|h| h != RULE_TEST_KEY_HELP);
        d.help.push(format!(
            "this is a rule-test file inside the rules directory {}, which every command reads whole as rule files: move it into {}/ (`mv {} {}`), where `handoff test` looks for these rules' tests",
            path.display(),
            tests.display(),
            file.display(),
            moved.display(),
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diag::Location;

    fn tests_key(path: &Path) -> Diagnostic {
        Diagnostic::error(
            "S002",
            "unknown field `tests`, expected one of version, signals",
        )
        .at(Location {
            path: path.to_owned(),
            line: 2,
            column: Some(1),
            range: None,
        })
        .help(RULE_TEST_KEY_HELP)
    }

    /// `rules/tests.yaml` was told to run `handoff test` on it, which loads `rules/`
    /// whole and fails the same way.
    #[test]
    fn a_rule_test_file_in_the_rules_directory_is_told_to_move_into_tests() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("tests.yaml");
        let mut read = Sources::default();
        read.add(dir.path().join("rules.yaml"), String::new());
        read.add(file.clone(), String::new());
        let mut diagnostics = [tests_key(&file)];
        hint_rule_tests_among_rules(dir.path(), &mut diagnostics, &read);
        let [help] = diagnostics[0].help.as_slice() else {
            panic!("one help expected: {:?}", diagnostics[0].help);
        };
        assert!(
            help.contains(&format!(
                "move it into {}/",
                dir.path().join("tests").display()
            )),
            "{help}"
        );
        assert!(help.contains("tests/tests.yaml`"), "{help}");
    }

    /// A rule-test file given as the rules keeps the loader's help: give it as tests.
    #[test]
    fn a_rule_test_file_given_as_the_rules_keeps_its_help() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("a.yaml");
        std::fs::write(&file, "tests: []\n").unwrap();
        let mut read = Sources::default();
        read.add(file.clone(), String::new());
        let mut diagnostics = [tests_key(&file)];
        hint_rule_tests_among_rules(&file, &mut diagnostics, &read);
        assert!(diagnostics[0].help[0].eq(RULE_TEST_KEY_HELP));
        // So does a directory of rule tests given as the rules (`lint rules/tests`).
        hint_rule_tests_among_rules(dir.path(), &mut diagnostics, &read);
        assert!(diagnostics[0].help[0].eq(RULE_TEST_KEY_HELP));
    }
}
