//! `handoff test`: rule unit tests, in the spirit of `promtool test rules`.

use std::path::PathBuf;

use anyhow::Context as _;
use clap::Args;

use super::replay::load_engine;
use super::{ExitStatus, Io, print_diagnostics};
use crate::diag::{Annotate as _, Diagnostic, JsonDiagnostic, Severity};
use crate::report::ruletest::{TestFormat, TestOutput, write_errors};
use crate::rules::RuleSetError;
use crate::ruletest::{self, SuiteError};
pub(in crate::cli) use found::default_tests;
use found::{beside, no_tests, unread_message, where_tests_go};

mod found;

#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  handoff test                          the tests in rules/tests/ against rules/\n  handoff test --run pricing            only cases whose name matches\n  handoff test --format junit > junit.xml\n  handoff test --require-tests          fail when a trigger or route has no positive test"
)]
pub struct TestArgs {
    /// Rule-test files or directories of them [default: `tests/` in the rules directory]
    pub paths: Vec<PathBuf>,
    /// Rule file, or directory of rule files
    #[arg(short, long, default_value = "rules")]
    pub rules: PathBuf,
    /// Output format
    #[arg(short, long, value_enum, default_value_t = TestFormat::Human)]
    pub format: TestFormat,
    /// Run only the cases whose name matches this regex
    #[arg(long, value_name = "REGEX")]
    pub run: Option<String>,
    /// Fail when a trigger or route has no test that expects it (among all the cases
    /// of the files read, --run or not)
    #[arg(long)]
    pub require_tests: bool,
}

pub(super) fn run(args: &TestArgs, io: &mut Io<'_>) -> anyhow::Result<ExitStatus> {
    let mut problems = Problems::default();
    let result = run_tests(args, io, &mut problems);
    // A run that could not happen still writes a JSON or JUnit document, with the errors
    // that stopped it: `> junit.xml` must not leave an empty file, which CI's JUnit
    // readers refuse (and so would not say why the job failed).
    if args.format != TestFormat::Human
        && !problems.written
        && let Err(err) = &result
        && !super::is_broken_pipe(err)
    {
        // The rules' errors first, as printed, then the test files'.
        let mut problems = match err.chain().find_map(|e| e.downcast_ref::<RuleSetError>()) {
            Some(RuleSetError::Invalid { diagnostics, .. }) => diagnostics.clone(),
            _ => Vec::new(),
        }
        .into_iter()
        .chain(problems.diagnostics)
        .chain(problems.said)
        .collect::<Vec<_>>();
        if !problems.iter().any(|d| d.severity == Severity::Error) {
            problems.push(Diagnostic::new(None, Severity::Error, format!("{err:#}")));
        }
        // The error that stopped the run is the one to report, not a failed write of it.
        let _ = write_errors(args.format, &problems, io.stdout);
    }
    result
}

/// What a run that failed leaves for its error document.
#[derive(Default)]
struct Problems {
    /// The diagnostics of invalid test files.
    diagnostics: Vec<Diagnostic>,
    /// A document is on stdout already: an error after it adds none.
    written: bool,
    /// The warnings and notes said on stderr before the run stopped (a test file
    /// without cases, R008; what a directory left out): the document carries them too.
    said: Vec<Diagnostic>,
}

impl Problems {
    /// Ends the run at `d`, a problem of no file's: on stderr, and as the document on
    /// stdout in the formats that write one.
    fn fail_with(
        &mut self,
        d: Diagnostic,
        format: TestFormat,
        io: &mut Io<'_>,
    ) -> std::io::Result<()> {
        print_diagnostics(
            io,
            std::slice::from_ref(&d),
            &crate::diag::Sources::default(),
        )?;
        self.written = true;
        write_errors(format, &[d], io.stdout)
    }

    /// [`Problems::fail_with`] for several problems at once.
    fn fail_with_all(
        &mut self,
        errors: &[Diagnostic],
        format: TestFormat,
        io: &mut Io<'_>,
    ) -> std::io::Result<()> {
        print_diagnostics(io, errors, &crate::diag::Sources::default())?;
        self.written = true;
        let all: Vec<Diagnostic> = errors.iter().chain(&self.said).cloned().collect();
        write_errors(format, &all, io.stdout)
    }
}

/// Prints the diagnostics of invalid test files (those of rule files given as `paths`
/// of tests made one per path) and keeps them in `problems`; gives how many there are.
fn invalid_tests(
    diagnostics: Vec<Diagnostic>,
    paths: &[PathBuf],
    sources: &crate::diag::Sources,
    io: &mut Io<'_>,
    problems: &mut Problems,
) -> anyhow::Result<usize> {
    let diagnostics = found::rules_given_as_tests(diagnostics, paths, sources);
    print_diagnostics(io, &diagnostics, sources)?;
    let errors = diagnostics.len();
    problems.diagnostics.extend(diagnostics);
    Ok(errors)
}

/// Runs the tests; the diagnostics of invalid test files go to `problems` too.
fn run_tests(
    args: &TestArgs,
    io: &mut Io<'_>,
    problems: &mut Problems,
) -> anyhow::Result<ExitStatus> {
    let filter = args
        .run
        .as_deref()
        .map(regex::Regex::new)
        .transpose()
        .context("invalid --run regex")?;
    // Rule tests use neither section, but the file is checked whole by every command:
    // a mistake in it must not pass here and fail in CI's replay.
    crate::project::ProjectFile::find()?;
    let paths = if args.paths.is_empty() {
        vec![default_tests(&args.rules)]
    } else {
        args.paths.clone()
    };
    let engine = match load_engine(&args.rules, io) {
        Ok(engine) => engine,
        Err(err) => {
            // Invalid rules stop the run, but the test files can still be read: their own
            // mistakes are reported in the same run, so that both can be fixed at once.
            if err.chain().any(|e| {
                matches!(
                    e.downcast_ref::<RuleSetError>(),
                    Some(RuleSetError::Invalid { .. })
                )
            }) {
                let mut left_out = Vec::new();
                let checked = ruletest::check_alone(&paths, &mut left_out);
                // What the paths before one that failed left out (D016, D017).
                print_diagnostics(io, &left_out, &crate::diag::Sources::default())?;
                let Err(SuiteError::Invalid {
                    diagnostics,
                    notes,
                    sources,
                }) = checked
                else {
                    return Err(err);
                };
                print_diagnostics(io, &notes, &sources)?;
                let errors = invalid_tests(diagnostics, &paths, &sources, io, problems)?;
                return Err(err.context(format!(
                    "cannot run the rule tests, whose files have {} of their own",
                    crate::text::count(errors, "error")
                )));
            }
            return Err(err);
        }
    };
    let started = std::time::Instant::now();
    let mut left_out = Vec::new();
    let loaded = ruletest::load(&paths, engine.rules(), &mut left_out);
    // What the paths before one that could not be read left out (D016, D017): said
    // before its error, as they are on a run.
    print_diagnostics(io, &left_out, &crate::diag::Sources::default())?;
    problems.said.extend(left_out);
    let suite = match loaded {
        Ok(suite) => suite,
        Err(SuiteError::Invalid {
            diagnostics,
            notes,
            sources,
        }) => {
            // What the directories left out (D016, D017), said first, as on a run: a
            // hidden test file may be the one meant to be read.
            print_diagnostics(io, &notes, &sources)?;
            problems.said.extend(notes);
            let errors = invalid_tests(diagnostics, &paths, &sources, io, problems)?;
            anyhow::bail!(
                "invalid rule tests: {} in the rule tests",
                crate::text::count(errors, "error")
            );
        }
        Err(
            e @ (SuiteError::NotFound(_)
            | SuiteError::EmptyDirectory(_)
            | SuiteError::OnlyHidden { .. }
            | SuiteError::NoFileInDirectory { .. }),
        ) => {
            return no_tests(&e, args, &paths, io, problems);
        }
        Err(e) => return Err(e).context("reading rule tests"),
    };
    super::print_diagnostics(io, &suite.notes, &suite.sources)?;
    problems.said.extend(suite.notes.iter().cloned());
    // What stderr said before the cases ran, for the JSON document too: a CI that keeps
    // the report only would not know that a test file holds no case.
    let mut said: Vec<JsonDiagnostic> = suite
        .notes
        .iter()
        .map(|d| JsonDiagnostic::of(d, &suite.sources))
        .collect();
    let unread = ruletest::unread(&paths, beside(args).as_deref());
    if !unread.is_empty() {
        let d = Diagnostic::new(None, Severity::Warning, unread_message(&unread))
            .help(where_tests_go(args, &paths, &unread, true));
        let none = crate::diag::Sources::default();
        super::print_diagnostics(io, std::slice::from_ref(&d), &none)?;
        said.push(JsonDiagnostic::of(&d, &none));
        problems.said.push(d);
    }
    let shown: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
    io.verbose(format_args!(
        "rule tests from {}: {}, {} (read in {} ms)",
        shown.join(", "),
        crate::text::count(suite.files, "file"),
        crate::text::count(suite.cases.len(), "test case"),
        started.elapsed().as_millis()
    ))?;
    let started = std::time::Instant::now();
    let results = ruletest::run(&suite, &engine, filter.as_ref());
    // The cases run one after another: each is a few messages.
    io.verbose(format_args!(
        "ran {} on 1 thread in {} ms",
        crate::text::count(results.len(), "test case"),
        started.elapsed().as_millis()
    ))?;
    let untested = args
        .require_tests
        .then(|| ruletest::untested(&suite, engine.rules()));
    // Nothing to run is an error, said before any "test result" line could say "ok".
    // A --run that selects none of the cases is a mistake in the command (exit 2, like a
    // bad regex); test files without cases are a finding about the suite (exit 1).
    if results.is_empty() {
        if let Some(pattern) = args.run.as_deref()
            && !suite.cases.is_empty()
        {
            anyhow::bail!(
                "--run `{pattern}` matches none of the {} in {} (a regex over case names; \
                 `handoff test` without --run lists them)",
                crate::text::count(suite.cases.len(), "test case"),
                crate::text::count(suite.files, "file")
            );
        }
        // An empty file, `tests:` and `tests: []` alike: no case. Each file is an error
        // of its own, at the file, so that every report names it (JSON's `file`, a
        // JUnit `<error>`); the help, the same for all, once.
        let files: Vec<PathBuf> = suite
            .sources
            .files()
            .iter()
            .map(|f| f.path.clone())
            .collect();
        let mut errors: Vec<Diagnostic> = files
            .iter()
            .map(|file| {
                Diagnostic::new(
                    None,
                    Severity::Error,
                    format!("no test cases in {}", file.display()),
                )
                .at(crate::diag::Location::line(file, 1))
            })
            .collect();
        if errors.is_empty() {
            errors.push(Diagnostic::new(
                None,
                Severity::Error,
                format!(
                    "no test cases in {}",
                    crate::text::count(suite.files, "file")
                ),
            ));
        }
        if let Some(last) = errors.last_mut() {
            last.with_help(
                "a rule test file holds `version: 1` and `tests:`, a list of cases, each with \
                 `name:`, `messages:` and `expect:` (`handoff init` writes an example)",
            );
        }
        problems.fail_with_all(&errors, args.format, io)?;
        return Ok(ExitStatus::Failure);
    }
    let output = TestOutput {
        results: &results,
        files: suite.files,
        untested: untested.as_ref().map(|(t, r)| (t.as_slice(), r.as_slice())),
        all_cases: filter.is_some().then_some(suite.cases.len()),
        quiet: io.quiet(),
        diagnostics: &said,
    };
    problems.written = true;
    output.write(args.format, io.stdout)?;
    let passed = output.passed();
    // The human report ends with the result line; a JSON or JUnit file on stdout says
    // nothing in a CI log, so the line goes to stderr: why the run failed, if it did.
    if args.format != TestFormat::Human && (!passed || !io.quiet()) {
        writeln!(io.stderr, "{}", output.result_line())?;
    }
    Ok(if passed {
        ExitStatus::Success
    } else {
        ExitStatus::Failure
    })
}
