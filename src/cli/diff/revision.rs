//! The base rules at a git revision (`--base-rev`, `--base-path`): a path in the working
//! tree → the rule files as that revision has them, read with `git` (offline), compiled.

use std::path::{Component, Path, PathBuf};
use std::process::Command;

use anyhow::{Context as _, bail};

use crate::cli::{Io, print_diagnostics};
use crate::engine::{Engine, EngineOptions};
use crate::rules::{RuleSetError, parse_rule_set};

/// The rules at `path` (or at `base_path`, in the repository that holds `path`) as they
/// were at git revision `rev` (read with `git`, offline).
pub(super) fn engine_at_revision(
    rev: &str,
    path: &Path,
    base_path: Option<&Path>,
    options: EngineOptions,
    io: &mut Io<'_>,
) -> anyhow::Result<Engine> {
    let files = files_at_revision(rev, path, base_path)?;
    match parse_rule_set(files) {
        Ok(rules) => Ok(Engine::compile_with(rules, options)?),
        Err(RuleSetError::Invalid {
            diagnostics,
            sources,
        }) => {
            print_diagnostics(io, &diagnostics, &sources)?;
            bail!("invalid base rules at {rev}");
        }
        Err(e) => Err(e.into()),
    }
}

fn files_at_revision(
    rev: &str,
    head: &Path,
    base_path: Option<&Path>,
) -> anyhow::Result<Vec<(PathBuf, String)>> {
    let (repo, mut rel) = repo_relative(head)?;
    if let Some(base) = base_path {
        rel = relative_to(&repo, &resolve(base)?, base)?;
    }
    let path = base_path.unwrap_or(head);
    // `--quiet` makes git say nothing about an unknown revision: say it here, with no
    // empty cause under it.
    let commit = format!("{rev}^{{commit}}");
    if !git_succeeds(&repo, &["rev-parse", "--verify", "--quiet", &commit])? {
        bail!(
            "unknown git revision `{rev}` in {}: no commit of that name",
            repo.display()
        );
    }
    // `REV:path` is relative to the repository root; an empty path is the root tree.
    let spec = |p: &str| format!("{rev}:{p}");
    let kind = git(&repo, &["cat-file", "-t", &spec(&rel)]).with_context(|| {
        let moved = if base_path.is_none() {
            " (moved or renamed since? --base-path gives its path there)"
        } else {
            ""
        };
        format!(
            "{} does not exist at git revision `{rev}`{moved}",
            path.display()
        )
    })?;
    let names: Vec<String> = if kind.trim() == "tree" {
        git(&repo, &["ls-tree", &spec(&rel)])?
            .lines()
            .filter_map(|line| {
                let (meta, file) = line.split_once('\t')?;
                let is_blob = meta.split_whitespace().nth(1) == Some("blob");
                (is_blob && crate::rules::load::is_rule_file_name(file)).then(|| {
                    if rel.is_empty() {
                        file.to_owned()
                    } else {
                        format!("{rel}/{file}")
                    }
                })
            })
            .collect()
    } else {
        vec![rel.clone()]
    };
    if names.is_empty() {
        bail!(
            "no rule files (*.yaml, *.yml) in {} at git revision `{rev}`",
            path.display()
        );
    }
    let mut files: Vec<(PathBuf, String)> = Vec::new();
    for name in names {
        let text = git(&repo, &["show", &spec(&name)])?;
        files.push((PathBuf::from(spec(&name)), text));
    }
    files.sort_by(|a, b| a.0.cmp(&b.0));
    Ok(files)
}

/// The repository that holds `path`, and `path` relative to its root with `/`
/// separators ("" for the root itself). Both sides are canonicalised, so an absolute
/// path, `..` and symlinks name the same place as git does.
fn repo_relative(path: &Path) -> anyhow::Result<(PathBuf, String)> {
    let resolved = path
        .canonicalize()
        .with_context(|| format!("cannot resolve {}", path.display()))?;
    let dir = if resolved.is_dir() {
        resolved.clone()
    } else {
        resolved
            .parent()
            .map_or_else(|| resolved.clone(), Path::to_path_buf)
    };
    let top = git(&dir, &["rev-parse", "--show-toplevel"]).with_context(|| {
        format!(
            "{} is not in a git repository (--base-rev reads the base rules from git)",
            path.display()
        )
    })?;
    let top = PathBuf::from(top.trim_end_matches(['\n', '\r']));
    let top = top.canonicalize().unwrap_or(top);
    let rel = relative_to(&top, &resolved, path)?;
    Ok((top, rel))
}

/// `path` as `resolved` names it (canonical), as a path relative to the repository
/// root `top` with `/` separators ("" for the root itself).
fn relative_to(top: &Path, resolved: &Path, path: &Path) -> anyhow::Result<String> {
    let rel = resolved.strip_prefix(top).with_context(|| {
        format!(
            "{} is outside the git repository at {}",
            path.display(),
            top.display()
        )
    })?;
    let mut parts = Vec::new();
    for part in rel.components() {
        let part = part.as_os_str().to_str().with_context(|| {
            format!(
                "{} is not a UTF-8 path, which git revisions need",
                path.display()
            )
        })?;
        parts.push(part);
    }
    Ok(parts.join("/"))
}

/// `path` made absolute and canonical as far as it exists (symlinks and `..` resolved
/// as the file system has them); the part past that, which `--base-path` may name (the
/// base rules' path in a revision, moved since), is joined as written, `..` removing
/// the part before it.
fn resolve(path: &Path) -> anyhow::Result<PathBuf> {
    let absolute =
        std::path::absolute(path).with_context(|| format!("cannot resolve {}", path.display()))?;
    let mut resolved = PathBuf::new();
    let mut missing = false;
    for part in absolute.components() {
        match part {
            Component::CurDir => {}
            Component::ParentDir if missing => {
                resolved.pop();
            }
            _ => {
                resolved.push(part);
                if !missing {
                    match resolved.canonicalize() {
                        Ok(canonical) => resolved = canonical,
                        Err(_) => missing = true,
                    }
                }
            }
        }
    }
    Ok(resolved)
}

/// Runs `git args` in `dir`; its stdout, or an error with its stderr (or its exit
/// status, when it said nothing).
fn git(dir: &Path, args: &[&str]) -> anyhow::Result<String> {
    let out = run_git(dir, args)?;
    if !out.status.success() {
        let stderr = String::from_utf8_lossy(&out.stderr);
        let why = match stderr.trim() {
            "" => out.status.to_string(),
            said => said.to_owned(),
        };
        bail!("git {} failed: {why}", args.join(" "));
    }
    String::from_utf8(out.stdout).context("git printed something that is not UTF-8")
}

/// Whether `git args` in `dir` succeeds; an error only when git cannot run, or fails
/// saying why (`--quiet` commands say nothing for a plain "no").
fn git_succeeds(dir: &Path, args: &[&str]) -> anyhow::Result<bool> {
    let out = run_git(dir, args)?;
    let stderr = String::from_utf8_lossy(&out.stderr);
    match stderr.trim() {
        _ if out.status.success() => Ok(true),
        "" => Ok(false),
        said => bail!("git {} failed: {said}", args.join(" ")),
    }
}

fn run_git(dir: &Path, args: &[&str]) -> anyhow::Result<std::process::Output> {
    Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(args)
        .output()
        .context("cannot run git (needed for --base-rev)")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `--base-path` names a path that may be gone: the part that exists is resolved as
    /// the file system has it (symlinks), the rest joined as written, `..` included.
    #[test]
    fn resolve_goes_as_far_as_the_path_exists() {
        let dir = tempfile::tempdir().unwrap();
        let top = dir.path().canonicalize().unwrap();
        std::fs::create_dir(top.join("real")).unwrap();
        assert_eq!(
            resolve(&top.join("real/./gone")).unwrap(),
            top.join("real/gone")
        );
        assert_eq!(
            resolve(&top.join("gone/deeper/../rules")).unwrap(),
            top.join("gone/rules")
        );
        assert_eq!(
            resolve(&top.join("real/../real")).unwrap(),
            top.join("real")
        );
        #[cfg(unix)]
        {
            std::os::unix::fs::symlink(top.join("real"), top.join("link")).unwrap();
            assert_eq!(
                resolve(&top.join("link/gone")).unwrap(),
                top.join("real/gone")
            );
        }
    }
}
