//! `handoff lint`: broken, dead and unwise rules, with stable codes.

use std::path::{Path, PathBuf};

use anyhow::Context as _;
use clap::Args;

use super::input::{INPUT_FLAGS, InputArgs};
use super::{ExitStatus, Io};
use crate::diag::{Severity, Sources};
use crate::lint::code::{CODES, lookup};
use crate::lint::config::{LintSection, two_levels};
use crate::lint::{ExportFields, Level, Overrides, lint};
use crate::project::ProjectFile;
use crate::report::lint::{LintFormat, LintOutput};
use crate::rules::load::LoadError;
use crate::transcript::{EXPORT_FIELDS_OBJECTS, ReadReport, expand_inputs_noting, export_fields};

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
    /// Drop findings of these checks (codes or names; repeatable, comma-separated)
    #[arg(short = 'A', long, value_name = "CODE", value_delimiter = ',')]
    pub allow: Vec<String>,
    /// Report these checks as warnings
    #[arg(short = 'W', long, value_name = "CODE", value_delimiter = ',')]
    pub warn: Vec<String>,
    /// Report these checks as errors
    #[arg(short = 'D', long, value_name = "CODE", value_delimiter = ',')]
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
}

pub(super) fn run(args: &LintArgs, io: &mut Io<'_>) -> anyhow::Result<ExitStatus> {
    if let Some(key) = &args.explain {
        return explain(key, io);
    }
    if args.list {
        return list(args.format, io);
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
    let (overrides, deny_warnings) = overrides(
        args,
        project.as_ref().and_then(|(file, _)| file.lint.as_ref()),
    )?;
    let export = match &args.columns_from {
        Some(path) => {
            let (export, read) = read_export(path, &args.input, project)?;
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

/// `--list`: every code, as a table for people or (`-f json`) as
/// `{"version": 2, "codes": [{id, name, origin, severity, status, summary}]}` (version 2:
/// `origin` is written as in the table, `rule loading`, not `fatal`); SARIF and
/// GitHub annotations carry findings, not a list of codes, so they are refused.
fn list(format: LintFormat, io: &mut Io<'_>) -> anyhow::Result<ExitStatus> {
    match format {
        LintFormat::Human => {
            for c in CODES {
                let origin = c.origin.label();
                writeln!(
                    io.stdout,
                    "{} {:<30} {:<7} {:<8} {}",
                    c.id, c.name, origin, c.severity, c.summary
                )?;
            }
        }
        LintFormat::Json => {
            #[derive(serde::Serialize)]
            struct List {
                version: u32,
                codes: &'static [crate::lint::code::Code],
            }
            let doc = List {
                version: 2,
                codes: CODES,
            };
            serde_json::to_writer_pretty(&mut *io.stdout, &doc)?;
            writeln!(io.stdout)?;
        }
        LintFormat::Sarif | LintFormat::Github => {
            anyhow::bail!(
                "--list prints the codes as human text or JSON (`--format json`); `--format {}` is for findings",
                if format == LintFormat::Sarif {
                    "sarif"
                } else {
                    "github"
                }
            );
        }
    }
    Ok(ExitStatus::Success)
}

/// `key`, a number, without its spaces and leading zeros (`0008`: `8`, `000`: `0`).
fn number_of(key: &str) -> &str {
    match key.trim().trim_start_matches('0') {
        "" => "0",
        digits => digits,
    }
}

/// Prints the documentation of the code `key` names: its id or name, or its id with the
/// number written short or padded (`R8`, `R0008`: `R008`). A number alone is the code
/// of that number when only one letter has it (`15`: `D015`), else told the codes it
/// is (`8`, `0008`); an id of no code, a likely one or the codes of its letter.
fn explain(key: &str, io: &mut Io<'_>) -> anyhow::Result<ExitStatus> {
    use crate::lint::code::{numbered, of_letter, short_id, suggestion};
    let only_one = |key: &str| match numbered(key).as_slice() {
        [id] => lookup(id),
        _ => None,
    };
    let find = |key: &str| {
        lookup(key)
            .or_else(|| short_id(key))
            .or_else(|| only_one(key))
    };
    let Some(code) = find(key) else {
        let quoted = |ids: &[&str]| {
            ids.iter()
                .map(|id| format!("`{id}`"))
                .collect::<Vec<_>>()
                .join(", ")
        };
        // A code written with a sign (`-15`, cli43): no code has one; said only when
        // what follows the sign is a code or a number codes have (not `--list`, `-x`,
        // `-0`, `-1e3`), with the code meant or the codes of that number.
        let unsigned = key.trim().trim_start_matches(['-', '+']);
        if unsigned.len() < key.trim().len() {
            let meant = match (find(unsigned), numbered(unsigned)) {
                (Some(code), _) => Some(format!(": did you mean `{}`?", code.id)),
                (None, ids) if !ids.is_empty() => Some(format!(
                    ": the codes numbered {} are {}",
                    number_of(unsigned),
                    quoted(&ids)
                )),
                _ => None,
            };
            if let Some(meant) = meant {
                anyhow::bail!(
                    "unknown code `{key}`; a code has no sign{meant} (`handoff lint --list` shows them all)"
                );
            }
        }
        // A number alone, or a letter's number of no code: the codes there are, not a
        // guess at one digit (`R9` is as near `R001` as `R008`).
        let hint = match (numbered(key), of_letter(key), suggestion(key)) {
            // The number as the ids write it, without its padding (cli42 review:
            // "the codes numbered 0008").
            (ids, _, _) if !ids.is_empty() => format!(
                "; a code's id has its letter: the codes numbered {} are {}",
                number_of(key),
                quoted(&ids)
            ),
            (_, ids, _) if !ids.is_empty() => {
                format!("; the codes of its letter are {}", quoted(&ids))
            }
            (_, _, Some(s)) => format!("; did you mean `{s}`?"),
            _ => String::new(),
        };
        anyhow::bail!("unknown code `{key}`{hint} (`handoff lint --list` shows them all)");
    };
    write!(io.stdout, "{}", code.doc)?;
    Ok(ExitStatus::Success)
}

/// The severity overrides: the project file's `lint:` section, then the flags, which win
/// over it; a code the flags give two levels (`--allow L002 --deny L002`) is a usage
/// error, as one the file gives two is a mistake of the file.
fn overrides(args: &LintArgs, section: Option<&LintSection>) -> anyhow::Result<(Overrides, bool)> {
    let mut overrides = Overrides::default();
    let mut deny_warnings = false;
    if let Some(section) = section {
        // Checked when the file was read: a bad code there names its line and column.
        deny_warnings = overrides.apply_section(section).map_err(|(e, ..)| e)?;
    }
    let mut said = Vec::new();
    for (keys, level, flag) in [
        (&args.allow, Level::Allow, "--allow"),
        (&args.warn, Level::Warn, "--warn"),
        (&args.deny, Level::Deny, "--deny"),
    ] {
        for key in keys {
            overrides.set(key, level)?;
            said.push((level, key.as_str(), format!("`{flag} {key}`"), ()));
        }
    }
    if let Some((e, ())) = two_levels(said).into_iter().next() {
        return Err(e.into());
    }
    Ok((overrides, deny_warnings))
}

/// The export's metadata fields (and contacts' columns, if joined), and what reading it
/// found. `path` is read as the other commands read transcripts: `-` is stdin, and a
/// directory is all its transcript files, whose fields are the union of theirs (a field
/// one of them has is one a replay of the directory can read).
fn read_export(
    path: &Path,
    input: &InputArgs,
    project: Option<(&ProjectFile, &Path)>,
) -> anyhow::Result<(ExportFields, ReadReport)> {
    let (mapping, contacts) = input.joined(&input.mapping_from(project)?)?;
    let mut read = ReadReport::default();
    let inputs = expand_inputs_noting(std::slice::from_ref(&path.to_owned()), &mut read)
        .with_context(|| format!("reading columns from {}", path.display()))?;
    let (mut fields, mut sampled, mut timestamp) = (Vec::<String>::new(), false, false);
    for one in &inputs {
        let found = export_fields(one, &mapping, input.format(), &mut read)
            .with_context(|| format!("reading columns from {}", one.display_path().display()))?;
        sampled |= found.sampled;
        // As for fields: a time one file has is one a replay of the directory can read.
        timestamp |= found.timestamp;
        for field in found.fields {
            if !fields.contains(&field) {
                fields.push(field);
            }
        }
    }
    // What the findings are about: a later object of a JSONL file may have a key the
    // first ones lack.
    let read_from = match inputs.as_slice() {
        [one] => one.display_path().display().to_string(),
        many => format!("the {} transcript files in {}", many.len(), path.display()),
    };
    let mut source = if sampled {
        format!("the first {EXPORT_FIELDS_OBJECTS} objects of {read_from}")
    } else {
        read_from
    };
    // Joined contacts add their columns to what rules can read.
    if let Some(contacts) = contacts {
        for field in contacts.fields() {
            if !fields.iter().any(|f| f == field) {
                fields.push(field.to_owned());
            }
        }
        source = format!("{source} with {}", contacts.path().display());
    }
    Ok((
        ExportFields {
            source,
            fields,
            timestamp,
        },
        read,
    ))
}
