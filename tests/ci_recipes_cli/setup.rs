//! The CI recipes' setup, run or read as the CI does: the SARIF upload survives forks and
//! private repositories, the pull-request comment is the recipe's own, and handoff is
//! built once per commit (and can be pinned). The steps and their failures are in
//! `ci_recipes_cli.rs`.

#[cfg(unix)]
use super::{fake_command, gitlab_job, gitlab_script};
use crate::common::root;

/// The upload of SARIF failed the whole job on private repositories without
/// code security and on pull requests from forks; `gh pr comment --edit-last` edited the
/// last comment of github-actions, which may be another workflow's; `cargo install --git`
/// built handoff on every run; GitLab's default-branch rule had no `changes:`, so the job
/// ran on every push.
#[test]
fn the_ci_recipes_survive_forks_share_their_comment_and_cache_the_build() {
    let text = std::fs::read_to_string(root().join("docs/ci/github-actions.yml")).unwrap();
    let workflow: serde_json::Value = serde_saphyr::from_str(&text).unwrap();
    let steps = workflow["jobs"]["rules"]["steps"].as_array().unwrap();
    let uses = |prefix: &str| {
        steps
            .iter()
            .filter(|s| s["uses"].as_str().is_some_and(|u| u.starts_with(prefix)))
            .collect::<Vec<_>>()
    };
    let upload = uses("github/codeql-action/upload-sarif");
    assert_eq!(upload.len(), 1);
    assert_eq!(upload[0]["continue-on-error"], true, "{}", upload[0]);

    let post = steps
        .iter()
        .find(|s| s["name"] == "Post it on the pull request")
        .unwrap()["run"]
        .as_str()
        .unwrap();
    assert!(!post.contains("--edit-last"), "{post}");
    let marker = "<!-- handoff diff -->";
    assert!(post.contains(&format!("marker='{marker}'")), "{post}");
    assert!(post.contains("startswith(\\\"$marker\\\")"), "{post}");

    // The build is restored by the commit it was built from, and saved right after it.
    let restore = uses("actions/cache/restore");
    let save = uses("actions/cache/save");
    assert_eq!((restore.len(), save.len()), (1, 1));
    let key = restore[0]["with"]["key"].as_str().unwrap();
    assert!(key.contains("steps.handoff-rev.outputs.rev"), "{key}");
    assert_eq!(save[0]["with"]["key"], restore[0]["with"]["key"]);
    assert_eq!(save[0]["with"]["path"], restore[0]["with"]["path"]);
    let position = |step: &serde_json::Value| steps.iter().position(|s| s == step).unwrap();
    let install = steps.iter().position(|s| s["id"] == "install").unwrap();
    assert!(position(restore[0]) < install && install < position(save[0]));
    let install_run = steps[install]["run"].as_str().unwrap();
    assert!(
        install_run.starts_with("command -v handoff ||")
            && install_run.contains("--rev \"$HANDOFF_REV\""),
        "{install_run}"
    );

    let text = std::fs::read_to_string(root().join("docs/ci/gitlab-ci.yml")).unwrap();
    let pipeline: serde_json::Value = serde_saphyr::from_str(&text).unwrap();
    let github_paths = workflow["on"]["pull_request"]["paths"].as_array().unwrap();
    for rule in pipeline["handoff"]["rules"].as_array().unwrap() {
        let changes = rule["changes"]
            .as_array()
            .unwrap_or_else(|| panic!("{rule}"));
        // The same files as GitHub's filter, in GitLab's glob.
        assert_eq!(changes.len(), github_paths.len(), "{rule}");
        for path in ["rules/**/*", "fixtures/**/*", ".handoff.yaml"] {
            assert!(changes.iter().any(|c| c == path), "{path} in {rule}");
        }
    }
}

/// Known problem: the GitLab recipe compiled handoff on every job,
/// and both recipes followed `HANDOFF_GIT`'s newest commit with no way to pin one. The
/// GitLab `before_script`, run as the runner runs it with a fake `cargo` and `git`:
/// the first job builds the newest commit into the cached `.handoff-bin/`, the next one
/// builds nothing, a pinned `HANDOFF_REV` is built (and `git` not asked), and only the
/// current commit's build stays.
#[cfg(unix)]
#[test]
fn the_gitlab_recipe_builds_handoff_once_per_commit_and_can_pin_one() {
    let job = gitlab_job();
    assert_eq!(job["cache"]["paths"][0], ".handoff-bin/", "{job}");
    assert_eq!(job["variables"]["HANDOFF_REV"], "", "{job}");
    let script = gitlab_script("before_script") + "handoff --version\n";

    let dir = tempfile::tempdir().unwrap();
    let bin = dir.path().join("fakes");
    std::fs::create_dir(&bin).unwrap();
    let fake = |name: &str, body: &str| fake_command(&bin, name, body);
    // `cargo install … --rev REV --root ROOT handoff`: a `handoff` that prints REV.
    fake(
        "cargo",
        r#"echo "cargo $*" >> "$LOG"
while [ $# -gt 0 ]; do case $1 in --rev) rev=$2;; --root) root=$2;; esac; shift; done
mkdir -p "$root/bin" && printf '#!/bin/sh\necho handoff %s\n' "$rev" > "$root/bin/handoff" && chmod +x "$root/bin/handoff""#,
    );
    fake(
        "git",
        r#"echo "git $*" >> "$LOG"; printf 'newest111\tHEAD\n'"#,
    );
    let job_dir = dir.path().join("job");
    std::fs::create_dir(&job_dir).unwrap();
    let path = format!(
        "{}:{}",
        bin.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let log = dir.path().join("log");
    let run = |rev: &str| {
        let _ = std::fs::remove_file(&log);
        let out = std::process::Command::new("bash")
            .arg("-c")
            .arg(&script)
            .current_dir(&job_dir)
            .env("PATH", &path)
            .env("LOG", &log)
            .env("HANDOFF_GIT", "https://example.com/handoff")
            .env("HANDOFF_REV", rev)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "{out:?}");
        let calls = std::fs::read_to_string(&log).unwrap_or_default();
        let calls: Vec<String> = calls
            .lines()
            .map(|l| l.split_whitespace().next().unwrap_or_default().to_owned())
            .collect();
        // `command -v` prints where it found a build; `handoff --version` is the last line.
        let stdout = String::from_utf8_lossy(&out.stdout);
        (stdout.lines().last().unwrap_or_default().to_owned(), calls)
    };
    let kept = || {
        let mut kept: Vec<String> = std::fs::read_dir(job_dir.join(".handoff-bin"))
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        kept.sort();
        kept
    };
    assert_eq!(
        run(""),
        (
            "handoff newest111".to_owned(),
            vec!["git".into(), "cargo".into()]
        )
    );
    // The cache restored: nothing is compiled.
    assert_eq!(
        run(""),
        ("handoff newest111".to_owned(), vec!["git".into()])
    );
    assert_eq!(kept(), ["newest111"]);
    // Pinned: that commit is built, the newest is not asked for, and its build goes.
    assert_eq!(
        run("pinned22"),
        ("handoff pinned22".to_owned(), vec!["cargo".into()])
    );
    assert_eq!(kept(), ["pinned22"]);
    assert_eq!(run("pinned22"), ("handoff pinned22".to_owned(), vec![]));
}
