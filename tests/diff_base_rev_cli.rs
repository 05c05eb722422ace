//! `handoff diff --base-rev`: the base rules read from git, where they are now or where
//! `--base-path` says they were, the head path however it is written; `--base-path`
//! alone says what it needs.

use std::path::Path;

use predicates::prelude::*;
use predicates::str::contains;

use crate::common::{git, handoff, root};
use crate::diff_cli::changed_rules;

#[test]
fn base_rev_reads_the_rules_from_git() {
    let dir = tempfile::tempdir().unwrap();
    let repo = dir.path();
    let rules = changed_rules(repo, "", "");
    std::fs::create_dir(repo.join("fixtures")).unwrap();
    std::fs::copy(
        root().join("fixtures/transcripts.csv"),
        repo.join("fixtures/transcripts.csv"),
    )
    .unwrap();
    git(repo, &["init", "-q"]);
    git(repo, &["add", "."]);
    git(repo, &["commit", "-qm", "rules"]);
    let routes = rules.join("routes.yaml");
    let text = std::fs::read_to_string(&routes).unwrap();
    std::fs::write(
        &routes,
        text.replace(
            "default_route:\n  team: frontline",
            "default_route:\n  team: legal",
        ),
    )
    .unwrap();
    let out = handoff()
        .current_dir(repo)
        .args(["diff", "--base-rev", "HEAD", "--format", "json"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(v["base"], "rules@HEAD");
    assert_eq!(v["changed"], 11);
    // Under it, "caused by: git rev-parse … failed: " with nothing after.
    handoff()
        .current_dir(repo)
        .args(["diff", "--base-rev", "nope"])
        .assert()
        .code(2)
        .stderr(format!(
            "error: unknown git revision `nope` in {}: no commit of that name\n",
            repo.canonicalize().unwrap().display()
        ));
}

/// Rules moved since the base revision could not be diffed with --base-rev;
/// `--base-path` names where they were.
#[test]
fn base_path_reads_moved_rules_from_git() {
    let dir = tempfile::tempdir().unwrap();
    let repo = dir.path();
    changed_rules(repo, "", "");
    std::fs::create_dir(repo.join("sub")).unwrap();
    git(repo, &["init", "-q"]);
    git(repo, &["add", "."]);
    git(repo, &["commit", "-qm", "rules"]);
    git(repo, &["mv", "rules", "escalation"]);
    let routes = repo.join("escalation/routes.yaml");
    let text = std::fs::read_to_string(&routes).unwrap();
    std::fs::write(
        &routes,
        text.replace(
            "default_route:\n  team: frontline",
            "default_route:\n  team: legal",
        ),
    )
    .unwrap();
    let transcripts = root().join("fixtures/transcripts.csv");
    let diff = |cwd: &Path, args: &[&str]| {
        handoff()
            .current_dir(cwd)
            .args(["diff", "-f", "json"])
            .args(args)
            .arg(&transcripts)
            .assert()
    };
    diff(repo, &["--base-rev", "HEAD", "--head", "escalation"])
        .code(2)
        .stderr(contains(
            "escalation does not exist at git revision `HEAD` (moved or renamed since? \
             --base-path gives its path there)",
        ));
    for (cwd, base, head) in [
        (repo.to_path_buf(), "rules", "escalation"),
        (repo.join("sub"), "../rules", "../escalation"),
        (
            repo.join("sub"),
            &*repo.join("rules").display().to_string(),
            "../escalation",
        ),
    ] {
        let out = diff(
            &cwd,
            &["--base-rev", "HEAD", "--base-path", base, "--head", head],
        )
        .success()
        .get_output()
        .stdout
        .clone();
        let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
        assert_eq!(v["base"], format!("{base}@HEAD"));
        assert_eq!(v["changed"], 11, "{base} from {}", cwd.display());
    }
    diff(
        repo,
        &[
            "--base-rev",
            "HEAD",
            "--base-path",
            "gone",
            "--head",
            "escalation",
        ],
    )
    .code(2)
    .stderr(contains("gone does not exist at git revision `HEAD`\n"));
    diff(repo, &["--base", "rules", "--base-path", "rules"])
        .code(2)
        .stderr(contains(
            "error: `--base-path rules` needs `--base-rev REV`: it is where the base rules were at that git revision",
        ))
        .stderr(contains(
            "`--base rules` reads the base rules from that path as it is now, so leave `--base-path` out",
        ));
}

/// `handoff diff --base-path P` without `--base-rev` got clap's "the following
/// required arguments were not provided: <--base <PATH>|--base-rev <REV>>", which does
/// not say what `--base-path` is for; it says so now, before any rules are read (exit 2).
#[test]
fn base_path_without_base_rev_says_what_it_needs() {
    let dir = tempfile::tempdir().unwrap();
    handoff()
        .current_dir(dir.path())
        .args(["diff", "--base-path", "old-rules"])
        .assert()
        .code(2)
        .stderr(
            "error: `--base-path old-rules` needs `--base-rev REV`: it is where the base rules \
             were at that git revision, when they have moved or been renamed since \
             (`--base-rev origin/main --base-path old-rules`); for rules that are not in git, \
             give `--base PATH`\n",
        );
    handoff()
        .current_dir(dir.path())
        .arg("diff")
        .assert()
        .code(2)
        .stderr("error: give the base rules with --base PATH or --base-rev REV\n");
}

/// `--head` given as an absolute path, through `..` from a subdirectory, or through
/// a symlink named a path that git could not find (`HEAD:.//tmp/…`); outside a
/// repository the error blamed the revision.
#[test]
fn base_rev_finds_the_head_path_however_it_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let repo = dir.path().join("repo");
    let rules = changed_rules(&repo, "", "");
    std::fs::create_dir(repo.join("sub")).unwrap();
    git(&repo, &["init", "-q"]);
    git(&repo, &["add", "."]);
    git(&repo, &["commit", "-qm", "rules"]);
    let transcripts = root().join("fixtures/transcripts.csv");
    let unchanged = |cwd: &Path, head: &Path| {
        handoff()
            .current_dir(cwd)
            .args(["diff", "--base-rev", "HEAD", "--head"])
            .arg(head)
            .arg(&transcripts)
            .assert()
            .success()
            .stdout(contains("0 of 33 conversations change"));
    };
    unchanged(&repo, &rules);
    unchanged(&repo.join("sub"), Path::new("../rules"));
    #[cfg(unix)]
    {
        let link = dir.path().join("link");
        std::os::unix::fs::symlink(&rules, &link).unwrap();
        unchanged(dir.path(), &link);
    }
    let outside = dir.path().join("outside");
    changed_rules(&outside, "", "");
    handoff()
        .current_dir(&outside)
        .args(["diff", "--base-rev", "HEAD"])
        .arg(&transcripts)
        .assert()
        .code(2)
        .stderr(contains("rules is not in a git repository"))
        .stderr(contains("unknown git revision").not());
}
