//! `handoff init [DIR]`: takes a directory and writes a working rule pack into it (the
//! starter playbook, its tests, sample transcripts, a commented project file, the
//! editor schemas and a CI workflow), never overwriting a file.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use anyhow::Context as _;
use clap::{Args, ValueEnum};

use super::{ExitStatus, Io};

#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  handoff init escalation-rules        a new pack in ./escalation-rules\n  handoff init --ci gitlab             here, with a GitLab CI job instead of a GitHub workflow\n  cd escalation-rules && handoff lint && handoff test && handoff replay"
)]
pub struct InitArgs {
    /// Where to write the pack (created if needed)
    #[arg(default_value = ".")]
    pub dir: PathBuf,
    /// Which CI configuration to write
    #[arg(long, value_enum, default_value_t = Ci::Github)]
    pub ci: Ci,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Ci {
    /// `.github/workflows/handoff.yml`
    Github,
    /// `.gitlab-ci.yml`
    Gitlab,
    /// No CI file
    None,
}

/// The starter pack, as shipped in this repository's `rules/` and `fixtures/`.
const PACK: &[(&str, &str)] = &[
    (
        "rules/signals.yaml",
        include_str!("../../rules/signals.yaml"),
    ),
    (
        "rules/triggers.yaml",
        include_str!("../../rules/triggers.yaml"),
    ),
    ("rules/routes.yaml", include_str!("../../rules/routes.yaml")),
    ("rules/teams.yaml", include_str!("../../rules/teams.yaml")),
    (
        "rules/tests/starter.yaml",
        include_str!("../../rules/tests/starter.yaml"),
    ),
    (
        "fixtures/transcripts.csv",
        include_str!("../../fixtures/transcripts.csv"),
    ),
];

/// The project file, every setting commented out: where a user looks first.
const PROJECT_FILE: &str = "\
# yaml-language-server: $schema=schema/config.schema.json
# handoff's project settings, read from the working directory by every command.
#
# How your export's columns and role values map onto handoff's transcript fields
# (conversation_id, timestamp, role, text); every other column is customer metadata.
# Flags (--map, --role, --ignore-column, --mapping) go on top of this.
# input:
#   columns:
#     conversation_id: Ticket ID
#     timestamp: Created At
#     role: Author Type
#     text: Body
#   roles:
#     bot: [Answer Bot]
#   ignore_columns: [Turn]   # per-message columns that are not customer metadata
#   timestamp_tz: Europe/London   # the zone of times written without an offset (default UTC)
#   delimiter: semicolon   # CSV fields separated by `;` (or tab, pipe; default: found from the header)
#   date_order: day-first   # slashed dates: 05/06/2020 is 5 June (default: learned from the file)
#
# Lint severities, by check code or name (`handoff lint --list`); flags go on top.
# lint:
#   allow: []
#   warn: []
#   deny: []
#   deny_warnings: false
";

/// The files of a pack, relative to its directory, with their contents.
fn files(ci: Ci) -> Vec<(&'static str, String)> {
    let mut files: Vec<(&str, String)> = PACK
        .iter()
        .map(|&(path, text)| (path, text.to_owned()))
        .collect();
    files.push((super::input::PROJECT_FILE, PROJECT_FILE.to_owned()));
    files.push(("schema/rules.schema.json", crate::rules::rules_schema()));
    files.push(("schema/tests.schema.json", crate::ruletest::tests_schema()));
    files.push(("schema/config.schema.json", crate::project::config_schema()));
    match ci {
        Ci::Github => files.push((
            ".github/workflows/handoff.yml",
            include_str!("../../docs/ci/github-actions.yml").to_owned(),
        )),
        Ci::Gitlab => files.push((
            ".gitlab-ci.yml",
            include_str!("../../docs/ci/gitlab-ci.yml").to_owned(),
        )),
        Ci::None => {}
    }
    files
}

pub(super) fn run(args: &InitArgs, io: &mut Io<'_>) -> anyhow::Result<ExitStatus> {
    let files = files(args.ci);
    if let Some(file) = not_a_directory(&args.dir) {
        anyhow::bail!(
            "cannot write a rule pack into {}: {} exists and is not a directory\nchoose a new or empty directory: `handoff init NEW_DIR`",
            args.dir.display(),
            file.display()
        );
    }
    // Every path is checked before anything is written: a refused init writes nothing.
    let mut existing: Vec<PathBuf> = files
        .iter()
        .filter_map(|(path, _)| in_the_way(&args.dir, &args.dir.join(path)))
        .collect();
    existing.dedup();
    let read_along = read_with_the_pack(&args.dir, &files);
    if !existing.is_empty() || !read_along.is_empty() {
        let list = |paths: &[PathBuf]| {
            paths.iter().fold(String::new(), |mut list, p| {
                let _ = write!(list, "\n  {}", p.display());
                list
            })
        };
        let mut why = Vec::new();
        if !existing.is_empty() {
            why.push(format!(
                "not overwriting what is already there:{}",
                list(&existing)
            ));
        }
        if !read_along.is_empty() {
            why.push(format!(
                "these would be read with the starter pack (every command reads rules/, rules/tests/ and fixtures/ whole), mixing its rules, tests or transcripts with them:{}",
                list(&read_along)
            ));
        }
        anyhow::bail!(
            "{}\nchoose an empty directory: `handoff init NEW_DIR`",
            why.join("\n")
        );
    }
    for (path, text) in &files {
        write_new(&args.dir.join(path), text.as_bytes())?;
    }
    if !io.quiet() {
        let dir = args.dir.display();
        writeln!(io.stderr, "created a rule pack in {dir}:")?;
        for (path, _) in &files {
            writeln!(io.stderr, "  {path}")?;
        }
        let cd = if args.dir == Path::new(".") {
            String::new()
        } else {
            // Quoted where a shell would split or expand it (`it's mine`): the line is
            // pasted.
            format!(
                "cd {} && ",
                crate::text::shell::shell_word(&dir.to_string())
            )
        };
        writeln!(
            io.stderr,
            "next: {cd}handoff lint && handoff test && handoff replay --format table"
        )?;
    }
    Ok(ExitStatus::Success)
}

/// Files already in the directories the pack writes into that the commands would read
/// with it (a `rules/legacy.yaml`, an old test file, a transcript in `fixtures/`), other
/// than the pack's own (those are [`in_the_way`]): the pack would not be the starter pack
/// any more (a duplicate signal id, a test of rules it does not have), sorted.
fn read_with_the_pack(dir: &Path, files: &[(&str, String)]) -> Vec<PathBuf> {
    type IsRead = fn(&str) -> bool;
    let rule: IsRead = crate::rules::load::is_rule_file_name;
    let transcript: IsRead = crate::transcript::is_transcript_file_name;
    let read = [
        ("rules", rule),
        ("rules/tests", rule),
        ("fixtures", transcript),
    ];
    let mut found = Vec::new();
    for (sub, is_read) in read {
        let Ok(entries) = std::fs::read_dir(dir.join(sub)) else {
            continue;
        };
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            let own = files
                .iter()
                .any(|(path, _)| *path == format!("{sub}/{name}"));
            if !own && is_read(&name) && entry.path().is_file() {
                found.push(entry.path());
            }
        }
    }
    found.sort();
    found
}

/// The first of `dir` and its parents that exists and is not a directory (`handoff init
/// notes.txt`, or `notes.txt/pack`): a pack cannot go there, which says more than the
/// operating system's "Not a directory" when creating `notes.txt/rules`.
fn not_a_directory(dir: &Path) -> Option<&Path> {
    dir.ancestors()
        .filter(|a| !a.as_os_str().is_empty())
        .find(|a| a.symlink_metadata().is_ok() && !a.metadata().is_ok_and(|m| m.is_dir()))
}

/// What stops `path` from being written: the file itself, or a file where the pack
/// needs a directory (`rules` as a file).
fn in_the_way(dir: &Path, path: &Path) -> Option<PathBuf> {
    if path.symlink_metadata().is_ok() {
        return Some(path.to_owned());
    }
    path.ancestors()
        .skip(1)
        .take_while(|a| *a != dir)
        .find(|a| a.metadata().is_ok_and(|m| !m.is_dir()))
        .map(Path::to_owned)
}

fn write_new(path: &Path, bytes: &[u8]) -> anyhow::Result<()> {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent)
            .with_context(|| format!("cannot create {}", parent.display()))?;
    }
    crate::atomic::write(path, bytes).with_context(|| format!("cannot write {}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::{Ci, PROJECT_FILE, files};

    /// The commented-out settings of the project file work once uncommented.
    #[test]
    fn the_project_file_example_is_valid_when_uncommented() {
        let uncommented: String = PROJECT_FILE
            .lines()
            .map(|line| match line.strip_prefix("# ") {
                Some(rest) if rest.starts_with("input:") || rest.starts_with("lint:") => rest,
                Some(rest) if rest.starts_with("  ") => rest,
                _ => line,
            })
            .flat_map(|line| [line, "\n"])
            .collect();
        assert!(
            uncommented.contains("\ninput:\n  columns:\n"),
            "{uncommented}"
        );
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(".handoff.yaml");
        std::fs::write(&path, &uncommented).unwrap();
        let file = crate::project::ProjectFile::read(&path).unwrap();
        let mut mapping = crate::transcript::ColumnMapping::default();
        assert!(mapping.apply_project(&file, &path).unwrap());
        assert_eq!(mapping.conversation_id, "ticket_id");
        let mut overrides = crate::lint::Overrides::default();
        let lint = file.lint.as_ref().unwrap();
        assert!(
            !overrides.apply_section(lint).unwrap(),
            "deny_warnings: false"
        );
    }

    #[test]
    fn the_pack_is_the_starter_pack() {
        let paths: Vec<&str> = files(Ci::Github).iter().map(|(p, _)| *p).collect();
        assert!(paths.contains(&".github/workflows/handoff.yml"));
        assert!(
            files(Ci::Gitlab)
                .iter()
                .any(|(p, _)| *p == ".gitlab-ci.yml")
        );
        assert_eq!(files(Ci::None).len(), files(Ci::Github).len() - 1);
        // Every rule file of the repository's starter pack is in it.
        for entry in std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/rules")).unwrap() {
            let name = entry.unwrap().file_name().to_string_lossy().into_owned();
            if name.ends_with(".yaml") {
                assert!(paths.contains(&format!("rules/{name}").as_str()), "{name}");
            }
        }
    }
}
