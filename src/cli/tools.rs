//! `handoff schema`, `handoff completions` and `handoff man`: what editors, shells and
//! `man` need, printed to stdout.

use std::io::Write;
use std::path::PathBuf;

use anyhow::Context as _;
use clap::{Args, CommandFactory, ValueEnum};

use super::{Cli, ExitStatus, Io};

#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  handoff schema > schema/rules.schema.json\n  handoff schema tests > schema/tests.schema.json\n  handoff schema config > schema/config.schema.json\n\nThen start a rule file with\n  # yaml-language-server: $schema=../schema/rules.schema.json\nso that VS Code (with the YAML extension) and other editors validate and complete it."
)]
pub struct SchemaArgs {
    /// Which file format
    #[arg(value_enum, default_value_t = SchemaKind::Rules)]
    pub kind: SchemaKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SchemaKind {
    /// Rule files (`rules/*.yaml`)
    Rules,
    /// Rule-test files (`rules/tests/*.yaml`)
    Tests,
    /// The project file (`.handoff.yaml`)
    Config,
}

#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  handoff completions bash > ~/.local/share/bash-completion/completions/handoff\n  handoff completions zsh > ~/.zfunc/_handoff\n  handoff completions fish > ~/.config/fish/completions/handoff.fish\n  handoff completions powershell >> $PROFILE"
)]
pub struct CompletionsArgs {
    /// The shell
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  handoff man > handoff.1 && man ./handoff.1\n  handoff man --dir ~/.local/share/man/man1   then `man handoff-replay`"
)]
pub struct ManArgs {
    /// Write one page per command (handoff.1, handoff-replay.1, …) into DIR instead of printing the main page
    #[arg(long, value_name = "DIR")]
    pub dir: Option<PathBuf>,
}

pub(super) fn schema(args: &SchemaArgs, io: &mut Io<'_>) -> anyhow::Result<ExitStatus> {
    let text = match args.kind {
        SchemaKind::Rules => crate::rules::rules_schema(),
        SchemaKind::Tests => crate::ruletest::tests_schema(),
        SchemaKind::Config => crate::project::config_schema(),
    };
    io.stdout.write_all(text.as_bytes())?;
    Ok(ExitStatus::Success)
}

pub(super) fn completions(args: &CompletionsArgs, io: &mut Io<'_>) -> anyhow::Result<ExitStatus> {
    // clap_complete panics when its writer fails: give it memory, then write (so
    // `handoff completions bash | head` ends quietly like every other command).
    let mut script = Vec::new();
    clap_complete::generate(args.shell, &mut Cli::command(), "handoff", &mut script);
    io.stdout.write_all(&script)?;
    Ok(ExitStatus::Success)
}

pub(super) fn man(args: &ManArgs, io: &mut Io<'_>) -> anyhow::Result<ExitStatus> {
    let command = Cli::command();
    let Some(dir) = &args.dir else {
        render_page(command, io.stdout)?;
        return Ok(ExitStatus::Success);
    };
    // One page for the tool and one per command, named as `git help` names them.
    std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    let mut pages = vec![("handoff".to_owned(), command.clone())];
    for sub in command.get_subcommands().filter(|s| !s.is_hide_set()) {
        let name = format!("handoff-{}", sub.get_name());
        // Its page is titled by its own name, not `handoff`, the name `-V` displays.
        let page = sub.clone().name(name.clone()).display_name(name.clone());
        pages.push((name, page));
    }
    for (name, command) in pages {
        let mut roff = Vec::new();
        render_page(command, &mut roff)?;
        let path = dir.join(format!("{name}.1"));
        crate::atomic::write(&path, &roff)
            .with_context(|| format!("cannot write {}", path.display()))?;
        writeln!(io.stderr, "wrote {}", path.display())?;
    }
    Ok(ExitStatus::Success)
}

/// A manual page: `clap_mangen`'s sections, with the tool's name and version in its footer,
/// but
/// - no `help` command among the commands: the page would refer to `handoff-help(1)`,
///   which `--dir` does not write (`--help` is among the options);
/// - the examples of `after_help` under EXAMPLES, as manual pages call them, kept line by
///   line (`clap_mangen`'s EXTRA fills them into a paragraph);
/// - every character past ASCII (`…`, `→`, `“”` of the help texts) as a groff escape
///   (`\[u2026]`): groff warns of raw UTF-8 and some `man` setups show it garbled.
fn render_page(command: clap::Command, out: &mut dyn Write) -> std::io::Result<()> {
    let mut command = command.disable_help_subcommand(true);
    command.build();
    let examples = command.get_after_help().map(ToString::to_string);
    let man = clap_mangen::Man::new(command.clone())
        .source(concat!("handoff ", env!("CARGO_PKG_VERSION")))
        .manual("handoff manual");
    let mut roff = Vec::new();
    man.render_title(&mut roff)?;
    man.render_name_section(&mut roff)?;
    man.render_synopsis_section(&mut roff)?;
    man.render_description_section(&mut roff)?;
    if command.get_arguments().any(|a| !a.is_hide_set()) {
        man.render_options_section(&mut roff)?;
    }
    if command.get_subcommands().any(|s| !s.is_hide_set()) {
        man.render_subcommands_section(&mut roff)?;
    }
    if let Some(examples) = examples {
        roff.extend_from_slice(examples_section(&examples).as_bytes());
    }
    if command.get_version().is_some() {
        man.render_version_section(&mut roff)?;
    }
    let text = String::from_utf8_lossy(&roff);
    out.write_all(ascii_roff(&text).as_bytes())
}

/// The EXAMPLES section of a command's `after_help` (`Examples:` and a line per example,
/// maybe a paragraph after them), each line as written (no filling).
fn examples_section(after_help: &str) -> String {
    let body = after_help.strip_prefix("Examples:\n").unwrap_or(after_help);
    let mut section = String::from(".SH EXAMPLES\n.nf\n");
    for line in body.lines() {
        let line = line.replace('\\', "\\e").replace('-', "\\-");
        // A line starting with `.` or `'` would be a request.
        if line.starts_with(['.', '\'']) {
            section.push_str("\\&");
        }
        section.push_str(&line);
        section.push('\n');
    }
    section.push_str(".fi\n");
    section
}

/// `text` with every character past ASCII written as groff's `\[uXXXX]`.
fn ascii_roff(text: &str) -> String {
    use std::fmt::Write as _;
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_ascii() {
            out.push(c);
        } else {
            let _ = write!(out, "\\[u{:04X}]", u32::from(c));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{ascii_roff, examples_section};

    #[test]
    fn characters_past_ascii_become_groff_escapes() {
        assert_eq!(
            ascii_roff("a … b → “c”"),
            "a \\[u2026] b \\[u2192] \\[u201C]c\\[u201D]"
        );
        assert_eq!(ascii_roff("\u{1F600}"), "\\[u1F600]");
    }

    #[test]
    fn examples_keep_their_lines_and_escape_roff() {
        assert_eq!(
            examples_section("Examples:\n  handoff lint --list\n.hidden\n  a\\b"),
            ".SH EXAMPLES\n.nf\n  handoff lint \\-\\-list\n\\&.hidden\n  a\\eb\n.fi\n"
        );
    }
}
