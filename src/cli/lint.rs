//! `handoff lint`: broken, dead and unwise rules, with stable codes.
//!
//! The run over rule sets is here; `lint/docs.rs` prints the codes (`--list`,
//! `--explain`), `lint/levels.rs` reads the level flags, `lint/export.rs` an export's
//! columns (`--columns-from`).

use std::path::PathBuf;

use anyhow::Context as _;
use clap::Args;

use super::input::{INPUT_FLAGS, InputArgs};
use super::{ExitStatus, Io};
use crate::diag::{Severity, Sources};
use crate::lint::lint;
use crate::project::ProjectFile;
use crate::report::lint::{LintFormat, LintOutput};
use crate::rules::load::LoadError;

mod docs;
mod export;
mod levels;

pub(super) use levels::{TypedLevels, level_value_error, short_takes_value};

/// What only a run over rules reads: `--list` and `--explain` print documentation and
/// would ignore them, so given with either they are a usage error naming the flag (a CI
/// job writing `lint --list rules/` would believe its rules were linted).
/// With them, [`INPUT_FLAGS`].
const LINT_RUN_ARGS: [&str; 8] = [
    "paths",
    "rules",
    "deny_warnings",
    "allow",
    "warn",
    "deny",
    "config",
    "columns_from",
];

#[derive(Debug, Args)]
// The flags that say how to read an export do nothing without one: given alone, a CI job
// would believe its C checks ran.
#[command(group(
    clap::ArgGroup::new("export_flags")
        .args(INPUT_FLAGS)
        .multiple(true)
        .requires("columns_from")
))]
#[command(
    after_help = "Examples:\n  handoff lint\n  handoff lint rules/ --deny-warnings\n  handoff lint --format github            # annotations on a pull request\n  handoff lint --columns-from exports/march.csv\n  handoff lint --explain L001\n  handoff lint --list\n  handoff lint --builtin frustration      # the phrases of a built-in detector"
)]
pub struct LintArgs {
    /// Rule sets: each a rule file, or a directory of rule files read together [default: rules]
    pub paths: Vec<PathBuf>,
    /// A rule set, as the other commands take it (the same as a PATH)
    #[arg(short, long, value_name = "RULES")]
    pub rules: Vec<PathBuf>,
    /// Output format
    #[arg(short, long, value_enum, default_value_t = LintFormat::Human)]
    pub format: LintFormat,
    /// Exit 1 on warnings too; annotations (`-f github`) and SARIF report them as errors
    #[arg(long)]
    pub deny_warnings: bool,
    // The short forms are rustc's and clippy's (`-A`, `-W`, `-D`), which their users type;
    // no global flag has those letters.
    // A code written as a negative number (`-D -15`) is taken as one, to be told a code
    // has no sign, not clap's tip to write `-- -15`.
    /// Drop findings of these checks (codes or names; repeatable, comma-separated)
    #[arg(
        short = 'A',
        long,
        value_name = "CODE",
        value_delimiter = ',',
        allow_negative_numbers = true
    )]
    pub allow: Vec<String>,
    /// Report these checks as warnings
    #[arg(
        short = 'W',
        long,
        value_name = "CODE",
        value_delimiter = ',',
        allow_negative_numbers = true
    )]
    pub warn: Vec<String>,
    /// Report these checks as errors
    #[arg(
        short = 'D',
        long,
        value_name = "CODE",
        value_delimiter = ',',
        allow_negative_numbers = true
    )]
    pub deny: Vec<String>,
    /// Config file with `lint: { allow, warn, deny, deny_warnings }` [default: .handoff.yaml if present]
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// A transcript export (CSV or JSONL, `-` for stdin, or a directory: the union of its files' columns): also check that the rules' metadata fields exist in it
    #[arg(long, value_name = "FILE")]
    pub columns_from: Option<PathBuf>,
    #[command(flatten)]
    pub input: InputArgs,
    /// Print the documentation of a code (`L001` or `unreachable-route`) and exit
    // A code written as a negative number (`-15`) is taken as one, to be told so (cli43),
    // not clap's "unexpected argument"; a flag after `--explain` is still a flag.
    #[arg(long, value_name = "CODE", allow_negative_numbers = true, conflicts_with_all = LINT_RUN_ARGS, conflicts_with_all = INPUT_FLAGS, conflicts_with_all = ["list", "format"])]
    pub explain: Option<String>,
    /// List every code and exit
    #[arg(long, conflicts_with_all = LINT_RUN_ARGS, conflicts_with_all = INPUT_FLAGS)]
    pub list: bool,
    /// Print what a built-in detector matches (`frustration`: its phrases and weights) and exit
    #[arg(long, value_name = "NAME", conflicts_with_all = LINT_RUN_ARGS, conflicts_with_all = INPUT_FLAGS, conflicts_with_all = ["list", "format", "explain"])]
    pub builtin: Option<String>,
    /// How the level flags were typed, for errors to quote (`super::parse_args` reads it).
    #[arg(skip)]
    pub typed: Option<TypedLevels>,
}

pub(super) fn run(args: &LintArgs, io: &mut Io<'_>) -> anyhow::Result<ExitStatus> {
    if let Some(key) = &args.explain {
        return docs::explain(key, io);
    }
    if args.list {
        return docs::list(args.format, io);
    }
    if let Some(name) = &args.builtin {
        return super::builtins::print(name, io);
    }
    // The project file, read once for its `lint:` and its `input:` sections.
    let project = match &args.config {
        Some(path) => Some((ProjectFile::read(path)?, path.clone())),
        None => ProjectFile::find()?,
    };
    let project = project.as_ref().map(|(file, path)| (file, path.as_path()));
    let (overrides, deny_warnings) = levels::overrides(
        args,
        project.as_ref().and_then(|(file, _)| file.lint.as_ref()),
    )?;
    let export = match &args.columns_from {
        Some(path) => {
            let (export, read) = export::read_export(path, &args.input, project)?;
            // What reading the export found (D009: a column only `.handoff.yaml` ignores,
            // which it lacks), on stderr as a replay shows it; not a finding of the rules.
            let quiet = io.quiet();
            super::input::write_read_diagnostics(io.stderr, io.color, quiet, &read)?;
            Some(export)
        }
        None => None,
    };
    let mut diagnostics = Vec::new();
    let mut sources = Sources::default();
    let mut not_rule_files = 0;
    // Each path is a rule set of its own: a path given twice is linted once.
    let mut seen = std::collections::HashSet::new();
    let mut paths: Vec<PathBuf> = args.paths.iter().chain(&args.rules).cloned().collect();
    if paths.is_empty() {
        paths.push(PathBuf::from("rules"));
    }
    for path in &paths {
        if !seen.insert(std::fs::canonicalize(path).unwrap_or_else(|_| path.clone())) {
            continue;
        }
        let mut report = lint(path, &overrides, export.as_ref())
            .map_err(|e| match e {
                LoadError::NotFound(_) => {
                    let hint = super::engine::not_found_hint(
                        path,
                        ("without a path", "(`handoff lint PATH`, or `-r PATH`)"),
                    );
                    anyhow::anyhow!("{e}{hint}")
                }
                e => anyhow::Error::new(e),
            })
            .with_context(|| format!("reading rules from {}", path.display()))?;
        let l = &report.linted;
        // As the commands that replay say what they loaded; of an invalid rule set, what
        // of it loaded.
        let counts = [
            report.sources.files().len(),
            l.signals,
            l.triggers,
            l.routes,
            l.teams,
        ];
        io.verbose(format_args!(
            "{}{} (read in {} ms, checked in {} ms)",
            super::engine::rules_summary(path, counts),
            if report.valid { "" } else { " that loaded" },
            l.read.as_millis(),
            l.checked.as_millis()
        ))?;
        super::hint_rule_set_of_its_own(
            path,
            &mut report.diagnostics,
            "linted",
            "lint its directory to check it with the files beside it",
        );
        super::misplaced::hint_rule_tests_among_rules(
            path,
            &mut report.diagnostics,
            &report.sources,
        );
        // A finding with a code but no place in a file is about the rule set as a whole:
        // said to be, for reports that need a place for each (SARIF).
        for d in &mut report.diagnostics {
            if d.code.is_some() && d.location.is_none() && d.subject.is_none() {
                d.subject = Some(path.clone());
            }
        }
        diagnostics.extend(report.diagnostics);
        not_rule_files += report.linted.not_rule_files;
        for file in report.sources.files() {
            sources.add(file.path.clone(), file.text.clone());
        }
    }
    // Why warnings fail the run, for the reports to say (the flag wins: it is what the
    // command line shows).
    let denied_warnings = if args.deny_warnings {
        Some("--deny-warnings".to_owned())
    } else if deny_warnings {
        project.map(|(_, path)| format!("`deny_warnings: true` in {}", path.display()))
    } else {
        None
    };
    let output = LintOutput {
        diagnostics: &diagnostics,
        sources: &sources,
        color: io.stdout_color,
        quiet: io.quiet(),
        denied_warnings,
        not_rule_files,
    };
    output.write(args.format, io.stdout)?;
    let errors = diagnostics.iter().any(|d| d.severity == Severity::Error);
    let warnings = diagnostics.iter().any(|d| d.severity == Severity::Warning);
    Ok(
        if errors || (warnings && output.denied_warnings.is_some()) {
            ExitStatus::Failure
        } else {
            ExitStatus::Success
        },
    )
}
