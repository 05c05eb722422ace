//! Loading rule-test files: YAML → cases, every name checked against the rule set.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::diag::{Annotate, Diagnostic, FileId, Severity, Sources, Span};
use crate::rules::RuleSet;
use crate::rules::load::{
    LoadError, SizeLimits, Unread, YamlDir, decode_yaml, not_a_rule_file, rule_files_noting,
    yaml_diagnostic,
};
use crate::transcript::Conversation;
use crate::yaml::{self, Spanned};

mod block;
mod expect;
mod messages;

pub(super) use block::line_of;

use super::parse::parse;
use super::schema::{RawCase, RawCaseLoose, RawTestFile};
use super::{Case, Suite, SuiteError};

/// Loads the test files at `paths` (files, or directories of `*.yaml`) against `rules`,
/// each file once however often it is given.
///
/// What the directories leave out (D016, D017) is in the [`Suite`], or in
/// [`SuiteError::Invalid`]; when a path cannot be read at all (a later one not found,
/// empty or unreadable), what the paths before it left out is put in `left_out`, to be
/// said before the error.
pub fn load(
    paths: &[PathBuf],
    rules: &RuleSet,
    left_out: &mut Vec<Diagnostic>,
) -> Result<Suite, SuiteError> {
    load_with(paths, Some(rules), left_out)
}

/// Reads the test files at `paths` as [`load`] does, for their own mistakes only, when
/// the rules cannot be loaded: the names the cases give are not checked (there is no
/// rule set to check them against), all else is. The cases read are not to be run.
pub fn check_alone(paths: &[PathBuf], left_out: &mut Vec<Diagnostic>) -> Result<Suite, SuiteError> {
    load_with(paths, None, left_out)
}

fn load_with(
    paths: &[PathBuf],
    rules: Option<&RuleSet>,
    left_out: &mut Vec<Diagnostic>,
) -> Result<Suite, SuiteError> {
    let mut sources = Sources::default();
    let mut diagnostics = Vec::new();
    // What the directories leave out (D016, D017), printed as the rule loader's are. A
    // path that fails leaves those of the paths before it in `left_out`: with several
    // paths, a hidden test file of the first was lost when the second was not found.
    let notes = left_out;
    let mut cases = Vec::new();
    let mut files = 0;
    // The test files read, all paths together: as many bytes as a rule set's.
    let mut limits = SizeLimits::default();
    // A file given twice (`rules/tests rules/tests/starter.yaml`) runs once.
    let mut seen = std::collections::HashSet::new();
    // Every case's name so far, in any file: a name is a case's identity in the reports
    // and to `--run`.
    let mut names: Vec<(String, Span)> = Vec::new();
    // Files read that hold no case: with none anywhere, `test` says so as an error.
    let mut caseless: Vec<PathBuf> = Vec::new();
    for path in paths {
        let found = rule_files_noting(path, YamlDir::RuleTests, notes).map_err(|e| match e {
            LoadError::NotFound(path) => SuiteError::NotFound(path),
            LoadError::EmptyDirectory(path) => SuiteError::EmptyDirectory(path),
            LoadError::NoFileInDirectory { dir, entry, what } => {
                SuiteError::NoFileInDirectory { dir, entry, what }
            }
            LoadError::OnlyHidden { dir, hidden } => SuiteError::OnlyHidden { dir, hidden },
            LoadError::Io { path, source } => SuiteError::Io { path, source },
            other => SuiteError::Io {
                path: path.clone(),
                source: std::io::Error::other(other.to_string()),
            },
        })?;
        for file in found {
            if !seen.insert(std::fs::canonicalize(&file).unwrap_or_else(|_| file.clone())) {
                continue;
            }
            // A transcript export given for tests: one error at the file, as `lint` says
            // of one given as rules, not the YAML parser's on its first `: `.
            if let Some(d) = not_a_rule_file(&file, YamlDir::RuleTests) {
                files += 1;
                diagnostics.push(d);
                continue;
            }
            // Rule tests come from pull requests as rules do: bounded as rule files are.
            let bytes = limits.read(&file).map_err(|e| match e {
                Unread::Io(source) => SuiteError::Io {
                    path: file.clone(),
                    source,
                },
                Unread::TooLarge(size) => SuiteError::TooLarge {
                    path: file.clone(),
                    size,
                },
                Unread::SetTooLarge { files, size } => SuiteError::SetTooLarge { files, size },
            })?;
            files += 1;
            // Not UTF-8, or UTF-16: a located diagnostic, as for rule files.
            let text = match decode_yaml(bytes) {
                Ok(text) => text,
                Err(bad) => {
                    diagnostics.push(bad.diagnostic(&file, "rule test file"));
                    sources.add(file.clone(), bad.text);
                    continue;
                }
            };
            let parsed = parse(&text);
            if parsed.file.is_none() && no_document(&text) {
                sources.add(file.clone(), text);
                caseless.push(file.clone());
                continue;
            }
            let first = diagnostics.len();
            diagnostics.extend(
                parsed
                    .errors
                    .iter()
                    .map(|e| yaml_diagnostic(&file, &text, e)),
            );
            let id = sources.add(file.clone(), text);
            let mut checker = Checker {
                rules,
                sources: &sources,
                file: id,
                diagnostics: &mut diagnostics,
                names: &mut names,
            };
            if !checker.parsed(&parsed, &file, &mut cases) {
                caseless.push(file.clone());
            }
            // In the order of the file, as a reader fixes them.
            diagnostics[first..].sort_by_key(|d| d.location.as_ref().map(|l| (l.line, l.column)));
        }
    }
    if diagnostics.iter().any(|d| d.severity == Severity::Error) {
        return Err(SuiteError::Invalid {
            diagnostics,
            notes: std::mem::take(notes),
            sources: Box::new(sources),
        });
    }
    // A file without a case beside files with some: a test file emptied by a bad merge
    // would pass unseen. A warning, not an error: a file of cases still to write may be
    // meant (with no case anywhere, `test` fails).
    if !cases.is_empty() {
        for file in caseless {
            diagnostics.push(
                Diagnostic::new(
                    Some("R008"),
                    Severity::Warning,
                    format!("no test cases in {}: it tests nothing", file.display()),
                )
                .at(crate::diag::Location::line(&file, 1))
                .help("write its cases under `tests:`, or delete the file if it is not meant to test anything"),
            );
        }
    }
    // Warnings of the files themselves, if any, after what the directories left out.
    notes.extend(diagnostics);
    Ok(Suite {
        cases,
        files,
        sources,
        notes: std::mem::take(notes),
    })
}

/// The cases of a rule-test file's `text`, read as if from `file` (named in errors),
/// against `rules`: what `explain --format test` wrote, read back to check that it
/// passes. Errors as [`load`]'s ([`SuiteError::Invalid`]).
pub fn load_text(file: &Path, text: &str, rules: &RuleSet) -> Result<Suite, SuiteError> {
    let mut sources = Sources::default();
    let parsed = parse(text);
    let mut diagnostics: Vec<Diagnostic> = parsed
        .errors
        .iter()
        .map(|e| yaml_diagnostic(file, text, e))
        .collect();
    let id = sources.add(file.to_path_buf(), text.to_owned());
    let mut cases = Vec::new();
    let mut names = Vec::new();
    Checker {
        rules: Some(rules),
        sources: &sources,
        file: id,
        diagnostics: &mut diagnostics,
        names: &mut names,
    }
    .parsed(&parsed, file, &mut cases);
    if diagnostics.iter().any(|d| d.severity == Severity::Error) {
        return Err(SuiteError::Invalid {
            diagnostics,
            notes: Vec::new(),
            sources: Box::new(sources),
        });
    }
    Ok(Suite {
        cases,
        files: 1,
        sources,
        notes: diagnostics,
    })
}

/// Whether `text` holds no YAML document, or an empty one (only comments and blank
/// lines, `---`, `~`): a file with no case, as `tests: []`, `tests:` and a file without
/// `tests:` are (one rule for all: `test` says there is no case, exit 1; the schema takes
/// them all), not "end of input" nor "expected a mapping".
fn no_document(text: &str) -> bool {
    let blank = text
        .lines()
        .all(|l| l.trim().is_empty() || l.trim_start().starts_with('#'));
    blank
        || matches!(
            yaml::from_str::<Option<serde::de::IgnoredAny>>(text),
            Ok(None)
        )
}

struct Checker<'a> {
    /// `None`: the rules could not be loaded, and names are not checked.
    rules: Option<&'a RuleSet>,
    sources: &'a Sources,
    file: FileId,
    diagnostics: &'a mut Vec<Diagnostic>,
    /// The names of the cases read before, in this file and those before it.
    names: &'a mut Vec<(String, Span)>,
}

impl Checker<'_> {
    /// Checks what a file's text parsed to, its cases into `cases`; whether it has any
    /// (those that did not parse too).
    fn parsed(
        &mut self,
        parsed: &super::parse::Parsed,
        file: &Path,
        cases: &mut Vec<Case>,
    ) -> bool {
        let mut names: Vec<&Spanned<String>> = parsed.loose.iter().map(|c| &c.name).collect();
        if let Some(raw) = &parsed.file {
            names.extend(raw.tests.iter().map(|c| &c.name));
            self.file(raw, file, cases);
        }
        for case in &parsed.loose {
            self.loose(case);
        }
        self.unique_names(&names);
        !names.is_empty()
    }

    fn error(
        &mut self,
        code: &'static str,
        message: impl Into<String>,
        span: Span,
    ) -> &mut Diagnostic {
        self.diagnostics
            .push(Diagnostic::error(code, message).at(self.sources.location(span)));
        self.diagnostics.last_mut().expect("just pushed")
    }

    fn span<T>(&self, value: &Spanned<T>) -> Span {
        yaml::span(value, self.file)
    }

    fn file(&mut self, raw: &RawTestFile, path: &Path, cases: &mut Vec<Case>) {
        if raw.version.value != 1 {
            let span = self.span(&raw.version);
            self.error(
                "S005",
                format!("unsupported rule test version {}", raw.version.value),
                span,
            )
            .with_help("rule test files start with `version: 1`");
        }
        for case in &raw.tests {
            self.name(&case.name);
            if let Some(built) = self.case(case, path) {
                cases.push(built);
            }
        }
    }

    /// Each name of a file's cases, those that parsed and those that did not, once: in
    /// the order of the file, against the names before it in this file and in those
    /// before it. (Checked with the parsed cases only, a name that a case with an
    /// unknown key shared showed only once that key was fixed.)
    fn unique_names(&mut self, names: &[&Spanned<String>]) {
        let mut spans: Vec<(&str, Span)> = names
            .iter()
            .map(|name| (name.value.as_str(), self.span(name)))
            .collect();
        spans.sort_by_key(|(_, span)| span.start);
        for (name, span) in spans {
            // Spaces around a name do not show in a report: `same` and `same ` are one.
            // A blank name is its own error (S008), not a duplicate of another blank one.
            let found = (!name.trim().is_empty())
                .then(|| self.names.iter().find(|(n, _)| n.trim() == name.trim()))
                .flatten();
            if let Some((earlier, first)) = found.map(|(n, f)| (n.clone(), *f)) {
                let location = self.sources.location(first);
                let elsewhere = first.file != span.file;
                let spaced = earlier != name;
                let error = self.error("S007", format!("duplicate test name `{name}`"), span);
                error.with_related(location, "first used here");
                if spaced {
                    error.with_help(format!(
                        "`{earlier}` and `{name}` differ only in the spaces around them, which no report shows: names are compared without them"
                    ));
                }
                if elsewhere {
                    error.with_help(
                        "names are the cases' identity in the reports and to `--run`, across every test file: name this one after what it checks in this file",
                    );
                }
            }
            self.names.push((name.to_owned(), span));
        }
    }

    /// A case's name must say something: a blank one prints as nothing in the report.
    fn name(&mut self, name: &Spanned<String>) {
        if name.value.trim().is_empty() {
            let span = self.span(name);
            self.error(
                "S008",
                "the test name is empty or only spaces: the report would show nothing for it",
                span,
            )
            .with_help("name the case after what it checks (`an enterprise discount request goes to a senior AE`)");
        }
    }

    /// Checks what the known keys of a case that did not parse say; builds nothing.
    fn loose(&mut self, raw: &RawCaseLoose) {
        self.name(&raw.name);
        if let Some(customer) = &raw.customer {
            self.customer(customer);
        }
        if let Some(messages) = &raw.messages {
            self.messages(messages, &raw.partial);
            // Listed but not read (`messages: [hi]`, said by its item's error) is not
            // "no messages".
            if messages.is_empty() && raw.message_count.is_none_or(|n| n == 0) {
                let span = self.span(&raw.name);
                self.error(
                    "S008",
                    format!("test `{}` has no messages", raw.name.value),
                    span,
                );
            }
        }
        if let Some(expect) = &raw.expect {
            self.expect(expect, raw.message_count);
        }
    }

    fn case(&mut self, raw: &RawCase, path: &Path) -> Option<Case> {
        let span = self.span(&raw.name);
        let messages = self.messages(&raw.messages, &[]);
        if raw.messages.is_empty() {
            self.error(
                "S008",
                format!("test `{}` has no messages", raw.name.value),
                span,
            );
        }
        // Every problem of the case, its customer and `expect` beside its messages'.
        let metadata = self.customer(&raw.customer);
        let expect = self.expect(&raw.expect, Some(raw.messages.len()));
        if messages.len() != raw.messages.len() || messages.is_empty() {
            return None;
        }
        let expect = expect?;
        Some(Case {
            name: raw.name.value.clone(),
            file: path.to_owned(),
            line: span.line,
            conversation: Conversation {
                id: raw.name.value.clone(),
                messages,
                metadata,
                file: Arc::new(path.to_owned()),
            },
            expect,
        })
    }
}
