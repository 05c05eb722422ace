//! The engine every command that replays runs: a rules path → the rules loaded, checked
//! and compiled (invalid rules printed as diagnostics, what was read said with `-v`), and
//! `-j/--jobs` → the replay's threads. Shared by `replay`, `coverage`, `diff`, `explain`
//! and `test`; `lint` says what it read in the same words ([`rules_summary`]).

use anyhow::Context as _;
use clap::Args;

use super::{Io, print_diagnostics};
use crate::engine::{Engine, EngineOptions};
use crate::replay::ReplayBuilder;
use crate::rules::load::LoadError;
use crate::rules::{RuleSetError, load_rule_set};
use crate::text::count;

/// `--jobs`: a thread count up to [`MAX_JOBS`]. Each worker holds a batch of
/// conversations, so threads beyond any machine's cores only cost memory: a typo
/// (`-j 1000000`) is a usage error rather than an allocation failure.
pub(super) fn jobs(text: &str) -> Result<usize, String> {
    match text.trim().parse::<usize>() {
        Ok(n) if n <= MAX_JOBS => Ok(n),
        _ => Err(format!(
            "expected a number of threads from 0 (one per core) to {MAX_JOBS}"
        )),
    }
}

/// The most `--jobs` a run takes (the flag's help says it too).
const MAX_JOBS: usize = 1024;

/// `-j/--jobs`, of every command that replays.
#[derive(Debug, Args)]
pub struct Threads {
    /// Worker threads, at most 1024; 0 means one per core [default: one per core]
    #[arg(short, long, default_value_t = 0, hide_default_value = true, value_parser = jobs, allow_hyphen_values = true)]
    pub jobs: usize,
}

/// A replay on `jobs` threads (0: one per core) of `files`, said with `--verbose`.
pub(super) fn replay_with(
    jobs: usize,
    files: &[std::path::PathBuf],
    io: &mut Io<'_>,
) -> std::io::Result<ReplayBuilder> {
    let replay = ReplayBuilder::new()
        .jobs(jobs)
        .streaming(files.iter().any(|f| may_stall(f)));
    io.verbose(format_args!("replaying with {} threads", replay.threads()))?;
    Ok(replay)
}

/// Whether reading `file` may wait for its writer: standard input (`-`) or a pipe, as
/// opposed to a file or a directory of them.
fn may_stall(file: &std::path::Path) -> bool {
    file.as_os_str() == "-" || std::fs::metadata(file).is_ok_and(|m| !m.is_file() && !m.is_dir())
}

/// Loads, validates and compiles rules; invalid rules are printed as diagnostics.
pub(super) fn load_engine(path: &std::path::Path, io: &mut Io<'_>) -> anyhow::Result<Engine> {
    load_engine_with(path, EngineOptions::default(), io)
}

pub(super) fn load_engine_with(
    path: &std::path::Path,
    options: EngineOptions,
    io: &mut Io<'_>,
) -> anyhow::Result<Engine> {
    load_engine_from(path, RULES_FLAG, options, io)
}

/// How `replay`, `coverage`, `explain` and `test` are given rules: (what reads the
/// default, how to give another), for [`not_found_hint`].
const RULES_FLAG: Given = ("without `-r`", "with `-r PATH` (`--rules PATH`)");

/// How a command is given rules: the words for running it without and with a path.
pub(super) type Given = (&'static str, &'static str);

/// What to do when no rules are at `path`, read by default when it is `rules` (`given`
/// says how else): name them, or create starter ones. A path given
/// is not second-guessed: the error says where it was looked for.
pub(super) fn not_found_hint(path: &std::path::Path, (without, with): Given) -> String {
    if path == std::path::Path::new("rules") {
        format!(
            "\n  hint: {without}, the rules are read from rules/ in the current directory: give their path {with}, or run `handoff init` to create starter rules there"
        )
    } else {
        String::new()
    }
}

/// [`load_engine_with`] for a command `given` rules otherwise (`--head PATH`).
pub(super) fn load_engine_from(
    path: &std::path::Path,
    given: Given,
    options: EngineOptions,
    io: &mut Io<'_>,
) -> anyhow::Result<Engine> {
    let started = std::time::Instant::now();
    let rules = match load_rule_set(path) {
        Ok(rules) => rules,
        Err(RuleSetError::Invalid {
            mut diagnostics,
            sources,
        }) => {
            super::hint_rule_set_of_its_own(
                path,
                &mut diagnostics,
                "read",
                "give its directory (`-r DIR`) to read it with the files beside it",
            );
            super::misplaced::hint_rule_tests_among_rules(path, &mut diagnostics, &sources);
            print_diagnostics(io, &diagnostics, &sources)?;
            // Kept whole (not as its text): `test -f junit` writes each diagnostic.
            let errors = RuleSetError::Invalid {
                diagnostics,
                sources,
            };
            return Err(anyhow::Error::new(errors))
                .context(format!("invalid rules in {}", path.display()));
        }
        Err(RuleSetError::Load(e @ LoadError::NotFound(_))) => {
            return Err(anyhow::anyhow!("{e}{}", not_found_hint(path, given)))
                .context(format!("reading rules from {}", path.display()));
        }
        Err(e) => return Err(e).context(format!("reading rules from {}", path.display())),
    };
    // Entries of a rules directory left out (D016).
    print_diagnostics(io, &rules.notes, &rules.sources)?;
    let loaded = started.elapsed();
    let summary = rules_summary(
        path,
        [
            rules.sources.files().len(),
            rules.signals.len(),
            rules.triggers.len(),
            rules.routes.len(),
            rules.teams.len(),
        ],
    );
    let engine = Engine::compile_with(rules, options)?;
    io.verbose(format_args!(
        "{summary} (read in {} ms, compiled in {} ms)",
        loaded.as_millis(),
        started.elapsed().saturating_sub(loaded).as_millis()
    ))?;
    Ok(engine)
}

/// What `-v` says a rule set at `path` holds, from its counts of files, signals,
/// triggers, routes and teams: "rules from rules: 4 files, 11 signals, …".
pub(super) fn rules_summary(path: &std::path::Path, counts: [usize; 5]) -> String {
    let [files, signals, triggers, routes, teams] = counts;
    format!(
        "rules from {}: {}, {}, {}, {}, {}",
        path.display(),
        count(files, "file"),
        count(signals, "signal"),
        count(triggers, "trigger"),
        count(routes, "route"),
        count(teams, "team"),
    )
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    /// A replay of standard input or a pipe streams (the calling thread only writes); of
    /// files and directories, it does not.
    #[test]
    fn standard_input_and_devices_may_stall_files_do_not() {
        assert!(super::may_stall(Path::new("-")));
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("t.csv");
        std::fs::write(&file, "conversation_id,role,text\n").unwrap();
        assert!(!super::may_stall(&file));
        assert!(!super::may_stall(dir.path()));
        assert!(!super::may_stall(&dir.path().join("missing.csv")));
        #[cfg(unix)]
        assert!(super::may_stall(Path::new("/dev/null")));
    }
}
