//! `handoff schema`, `handoff completions` and `handoff man`: what editors, shells and
//! `man` need, printed to stdout.

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
        page(command).render(io.stdout)?;
        return Ok(ExitStatus::Success);
    };
    // One page for the tool and one per command, named as `git help` names them.
    std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    let mut pages = vec![("handoff".to_owned(), command.clone())];
    for sub in command.get_subcommands().filter(|s| !s.is_hide_set()) {
        let name = format!("handoff-{}", sub.get_name());
        pages.push((name.clone(), sub.clone().name(name)));
    }
    for (name, command) in pages {
        let mut roff = Vec::new();
        page(command).render(&mut roff)?;
        let path = dir.join(format!("{name}.1"));
        crate::atomic::write(&path, &roff)
            .with_context(|| format!("cannot write {}", path.display()))?;
        writeln!(io.stderr, "wrote {}", path.display())?;
    }
    Ok(ExitStatus::Success)
}

/// A manual page, with the tool's name and version in its footer.
fn page(command: clap::Command) -> clap_mangen::Man {
    clap_mangen::Man::new(command)
        .source(concat!("handoff ", env!("CARGO_PKG_VERSION")))
        .manual("handoff manual")
}
