//! The command line: arguments, output streams, exit codes.
//!
//! Takes parsed [`Cli`] arguments and the process's stdout/stderr as writers; runs one
//! subcommand and gives an [`ExitStatus`]. Data goes to stdout, diagnostics, summaries
//! and progress to stderr. This is the only place that uses `anyhow`, to add context
//! ("reading rules from …") to the stage errors.

mod builtins;
mod coverage;
mod diff;
mod engine;
mod explain;
mod init;
mod input;
mod lint;
mod misplaced;
mod numbers;
mod opposite;
pub mod output;
mod replay;
mod test;
mod tools;

use std::io::{IsTerminal, Write};
use std::path::Path;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use crate::diag::{Diagnostic, Sources};

/// Test the rules that decide when a chatbot hands a conversation to a human.
#[derive(Debug, Parser)]
#[command(name = "handoff", version, about, long_about = None, propagate_version = true)]
#[command(
    max_term_width = 100,
    after_help = "Examples:\n  handoff init my-rules                  start a rule pack of your own (docs/tutorial.md)\n  handoff replay                         the rules in rules/ over the transcripts in fixtures/\n  handoff replay -r my-rules export.csv  your rules over your export\n  handoff lint                           check the rules in rules/\n  handoff lint --explain L001            what a lint code means"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
    /// When to use colour in diagnostics: auto honours `NO_COLOR`, `CLICOLOR_FORCE` and whether stderr is a terminal
    #[arg(long, value_enum, global = true, default_value_t = ColorWhen::Auto, display_order = 1000)]
    pub color: ColorWhen,
    /// Results and errors only: no summaries, progress bars or passing tests
    #[arg(
        short,
        long,
        global = true,
        conflicts_with = "verbose",
        display_order = 1001
    )]
    pub quiet: bool,
    /// Also say on stderr what was loaded, with how many threads, and how long it took
    #[arg(short, long, global = true, display_order = 1002)]
    pub verbose: bool,
}

/// How much a command says on stderr besides its results and errors.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Verbosity {
    Quiet,
    Normal,
    Verbose,
}

/// Each is displayed as `handoff`, so that `-V` after one (`handoff replay -V`) says
/// `handoff 0.1.0`, as before one.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Replay transcripts through the rules: what escalates, when, why and to whom
    #[command(display_name = "handoff")]
    Replay(replay::ReplayArgs),
    /// Check rules for errors, dead parts and mistakes, with stable codes
    #[command(display_name = "handoff")]
    Lint(lint::LintArgs),
    /// Explain one conversation: every trigger and route, message by message, and why
    #[command(display_name = "handoff")]
    Explain(explain::ExplainArgs),
    /// Run rule unit tests: small conversations with the outcome the rules must give them
    #[command(display_name = "handoff")]
    Test(test::TestArgs),
    /// Replay transcripts through two versions of the rules and report what changes
    #[command(display_name = "handoff")]
    Diff(diff::DiffArgs),
    /// Where the rules have gaps: what never fires, the default-route share, missed handoffs
    #[command(display_name = "handoff")]
    Coverage(coverage::CoverageArgs),
    /// Start a rule pack: the starter rules, their tests, sample transcripts and a CI workflow
    #[command(display_name = "handoff")]
    Init(init::InitArgs),
    /// Print the JSON Schema of rule files (or of rule-test or config files), for editors
    #[command(display_name = "handoff")]
    Schema(tools::SchemaArgs),
    /// Print shell completions (bash, zsh, fish, powershell, elvish)
    #[command(display_name = "handoff")]
    Completions(tools::CompletionsArgs),
    /// Print the manual page (roff), for `man`
    #[command(display_name = "handoff")]
    Man(tools::ManArgs),
}

impl Command {
    /// Whether a closed stdout ends the command (`handoff replay | head`: its reader has
    /// what it wanted). Every other command runs to its end, its output dropped, because
    /// its exit status is a verdict (a failing test, a lint error, a gate) that a pipe
    /// closed early must not turn into success ([`output::Watched::past_closed_pipe`]).
    pub fn stops_at_closed_stdout(&self) -> bool {
        matches!(self, Command::Replay(_))
    }

    /// Whether the command runs under `--redact`: its errors mask what they quote of the
    /// input ([`redact_error`]).
    fn redacts(&self) -> bool {
        match self {
            Command::Replay(args) => args.read.redact,
            Command::Explain(args) => args.read.redact,
            Command::Diff(args) => args.read.redact,
            Command::Coverage(args) => args.read.redact,
            _ => false,
        }
    }
}

/// Under `--redact`, the parts of the input an error quotes masked as outputs are: the
/// cells of a header read as the columns found (a file without a header has a row of
/// data there), in a transcript's or a contacts file's error, and a labels file's
/// cells. The error keeps its type and causes (a closed pipe is still one).
fn redact_error(err: &mut anyhow::Error) {
    use crate::redact::Redact as _;
    if let Some(e) = err.downcast_mut::<crate::transcript::ReadError>() {
        e.redact();
    } else if let Some(crate::replay::ReplayError::Read(e)) =
        err.downcast_mut::<crate::replay::ReplayError>()
    {
        e.redact();
    } else if let Some(e) = err.downcast_mut::<crate::contacts::ContactsError>() {
        e.redact();
    } else if let Some(e) = err.downcast_mut::<crate::coverage::labels::LabelError>() {
        e.redact();
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorWhen {
    Auto,
    Always,
    Never,
}

/// How the process exits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExitStatus {
    /// Ran, and nothing the user asked to fail on was found.
    Success,
    /// Ran, and found what the user asked to fail on (lint errors, failing tests, gates).
    Failure,
    /// Could not do the job: bad arguments, unreadable input, invalid rules.
    Error,
}

impl ExitStatus {
    /// The process's exit code: 0, 1 or 2.
    pub fn code(self) -> u8 {
        match self {
            ExitStatus::Success => 0,
            ExitStatus::Failure => 1,
            ExitStatus::Error => 2,
        }
    }
}

impl From<ExitStatus> for ExitCode {
    fn from(status: ExitStatus) -> Self {
        ExitCode::from(status.code())
    }
}

/// Output streams and terminal facts for a command.
pub struct Io<'a> {
    pub stdout: &'a mut dyn Write,
    pub stderr: &'a mut dyn Write,
    /// Colour in diagnostics on stderr.
    pub color: bool,
    /// Colour in reports on stdout (`lint`'s human format): decided for stdout, so
    /// `handoff lint > findings.txt` at a terminal writes no escape codes.
    pub stdout_color: bool,
    pub stdout_is_terminal: bool,
    pub stderr_is_terminal: bool,
    pub verbosity: Verbosity,
}

impl Io<'_> {
    /// `--quiet`: summaries, progress and passing tests are left out.
    pub fn quiet(&self) -> bool {
        self.verbosity == Verbosity::Quiet
    }

    /// Says `message` on stderr with `--verbose`, prefixed `handoff:`.
    pub fn verbose(&mut self, message: std::fmt::Arguments<'_>) -> std::io::Result<()> {
        if self.verbosity == Verbosity::Verbose {
            writeln!(self.stderr, "handoff: {message}")?;
        }
        Ok(())
    }
}

/// The arguments of this process, read as [`clap::Parser::parse`] reads them, but that a
/// value is never suggested its opposite (`opposite.rs`); on an error, exits as clap
/// does (2, or 0 for `--help`), but for help that cannot be written (`exit_with`).
pub fn parse_args() -> Cli {
    let argv: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let mut cli = <Cli as clap::Parser>::try_parse_from(&argv).unwrap_or_else(|err| {
        exit_with(
            &lint::level_value_error(&argv, &err)
                .unwrap_or_else(|| opposite::without_opposites(err)),
        )
    });
    if let Command::Lint(args) = &mut cli.command {
        args.typed = Some(lint::TypedLevels::scan(&argv, lint::short_takes_value()));
    }
    cli
}

/// Prints clap's error, help or version and exits with its code, as
/// [`clap::Error::exit`] does, except that help or a version that cannot be written
/// (`handoff --help > /dev/full`) is exit 2 with the error said, as every command's
/// output that cannot be written is, not 0 for output that never came. A closed pipe
/// (`handoff --help | head -1`) is the reader's choice: still 0.
fn exit_with(err: &clap::Error) -> ! {
    let printed = err.print().and_then(|()| std::io::stdout().lock().flush());
    match printed {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            let err = anyhow::Error::new(e).context(output::CANNOT_WRITE_OUTPUT);
            let _ = writeln!(std::io::stderr().lock(), "{}", format_error(&err));
            std::process::exit(i32::from(ExitStatus::Error.code()))
        }
        _ => std::process::exit(err.exit_code()),
    }
}

/// Runs the command line.
pub fn run(cli: Cli, stdout: &mut dyn Write, stderr: &mut dyn Write) -> anyhow::Result<ExitStatus> {
    let color_for = |auto: anstream::ColorChoice| match cli.color {
        ColorWhen::Always => true,
        ColorWhen::Never => false,
        ColorWhen::Auto => auto != anstream::ColorChoice::Never,
    };
    let color = color_for(anstream::AutoStream::choice(&std::io::stderr()));
    let stdout_color = color_for(anstream::AutoStream::choice(&std::io::stdout()));
    let mut io = Io {
        stdout,
        stderr,
        color,
        stdout_color,
        stdout_is_terminal: std::io::stdout().is_terminal(),
        stderr_is_terminal: std::io::stderr().is_terminal(),
        verbosity: if cli.quiet {
            Verbosity::Quiet
        } else if cli.verbose {
            Verbosity::Verbose
        } else {
            Verbosity::Normal
        },
    };
    let started = std::time::Instant::now();
    let redacts = cli.command.redacts();
    let status = match cli.command {
        Command::Replay(args) => replay::run(&args, &mut io),
        Command::Lint(args) => lint::run(&args, &mut io),
        Command::Explain(args) => explain::run(&args, &mut io),
        Command::Test(args) => test::run(&args, &mut io),
        Command::Diff(args) => diff::run(&args, &mut io),
        Command::Coverage(args) => coverage::run(&args, &mut io),
        Command::Init(args) => init::run(&args, &mut io),
        Command::Schema(args) => tools::schema(&args, &mut io),
        Command::Completions(args) => tools::completions(&args, &mut io),
        Command::Man(args) => tools::man(&args, &mut io),
    }
    .map_err(|mut err| {
        if redacts {
            redact_error(&mut err);
        }
        err
    })?;
    io.verbose(format_args!(
        "done in {:.2} s",
        started.elapsed().as_secs_f64()
    ))?;
    Ok(status)
}

/// Writes diagnostics to stderr, rustc-style.
pub(crate) fn print_diagnostics(
    io: &mut Io<'_>,
    diagnostics: &[Diagnostic],
    sources: &Sources,
) -> std::io::Result<()> {
    write_diagnostics(io.stderr, io.color, diagnostics, sources)
}

/// To each unknown-reference error of a rule file given alone whose name a rule file
/// beside it defines (or may define, in what of it did not parse): that it was `read`
/// as a rule set of its own, and the `advice` to give its directory (`replay -r
/// rules/routes.yaml` finds no teams). A name defined nowhere beside it gets no such
/// line: the directory would not define it either. Every command
/// that loads rules.
pub(super) fn hint_rule_set_of_its_own(
    path: &Path,
    diagnostics: &mut [Diagnostic],
    read: &str,
    advice: &str,
) {
    use crate::rules::Part;
    use crate::rules::load::{Beside, defined_beside};
    if !path.is_file() {
        return;
    }
    for d in diagnostics {
        let (part, kind) = match d.code {
            Some("R001") => (Part::Signals, "signal"),
            Some("R002") => (Part::Triggers, "trigger"),
            Some("R003") => (Part::Teams, "team"),
            Some("R004") => (Part::Templates, "template"),
            _ => continue,
        };
        // "unknown signal `refnud`", as the validator words it.
        let Some(name) = d
            .message
            .strip_prefix(&format!("unknown {kind} `"))
            .and_then(|rest| rest.strip_suffix('`'))
        else {
            continue;
        };
        let file = path.display();
        let help = match defined_beside(path, part, name) {
            Beside::Defined(files) => {
                let files: Vec<String> = files.iter().map(|f| f.display().to_string()).collect();
                format!(
                    "`{name}` is defined in {} beside it, but {file} is {read} as a rule set of its own; {advice}",
                    files.join(", ")
                )
            }
            Beside::Maybe => format!(
                "a rule file beside {file} that did not load may define `{name}`, but {file} is {read} as a rule set of its own; {advice}"
            ),
            Beside::Nowhere => continue,
        };
        d.help.push(help);
    }
}

/// [`print_diagnostics`] for when stdout is borrowed elsewhere (a streaming report).
pub(crate) fn write_diagnostics(
    stderr: &mut dyn Write,
    color: bool,
    diagnostics: &[Diagnostic],
    sources: &Sources,
) -> std::io::Result<()> {
    for d in diagnostics {
        writeln!(stderr, "{}\n", d.render(sources, color))?;
    }
    Ok(())
}

/// `error: <message>` and every cause on its own line, for a terminal: a control
/// character a message quotes from the data is escaped ([`crate::text::escape_controls`]).
pub fn format_error(err: &anyhow::Error) -> String {
    use std::fmt::Write as _;
    let mut out = format!("error: {err}");
    for cause in err.chain().skip(1) {
        let _ = write!(out, "\n  caused by: {cause}");
    }
    crate::text::escape_controls(&out).into_owned()
}

/// True when the error is a closed stdout pipe (`handoff replay | head`).
pub fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|cause| {
        cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory as _;

    /// The `--format` names beside the usual one (`human`, `text`, `table`, `md`)
    /// were in the README only, as clap hides a value's aliases: each value's help names
    /// them, in every command.
    #[test]
    fn every_format_alias_is_named_in_help() {
        let cli = super::Cli::command();
        let mut aliases = 0;
        for command in cli.get_subcommands() {
            for arg in command.get_arguments().filter(|a| a.get_id() == "format") {
                for value in arg.get_possible_values() {
                    let help = value
                        .get_help()
                        .map(ToString::to_string)
                        .unwrap_or_default();
                    for alias in value.get_name_and_aliases().skip(1) {
                        aliases += 1;
                        assert!(
                            help.contains(&format!("`{alias}`")),
                            "{} --format {}: its help does not name `{alias}`: {help}",
                            command.get_name(),
                            value.get_name()
                        );
                    }
                }
            }
        }
        assert!(aliases >= 12, "{aliases} aliases seen");
    }
}
