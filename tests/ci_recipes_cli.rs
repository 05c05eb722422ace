//! The CI recipes `handoff init --ci` writes (`docs/ci/github-actions.yml`,
//! `docs/ci/gitlab-ci.yml`), run as the CI runs them where a shell can: no failure passes
//! or hides another, the diff step passes on the change that adds the rules, forks and
//! shared comments are handled and handoff is built once per commit (`setup.rs`).

use std::path::Path;

use crate::common::{git, handoff_in, root};

mod setup;

/// The GitLab recipe's job as parsed.
#[cfg(unix)]
fn gitlab_job() -> serde_json::Value {
    let text = std::fs::read_to_string(root().join("docs/ci/gitlab-ci.yml")).unwrap();
    let pipeline: serde_json::Value = serde_saphyr::from_str(&text).unwrap();
    pipeline["handoff"].clone()
}

/// The lines of the GitLab job's `key` (`script`, `before_script`) as one script, run as
/// GitLab's runner runs them (`set -eo pipefail`, one shell).
#[cfg(unix)]
fn gitlab_script(key: &str) -> String {
    let mut script = String::from("set -eo pipefail\n");
    for entry in gitlab_job()[key].as_array().unwrap() {
        script.push_str(entry.as_str().unwrap());
        script.push('\n');
    }
    script
}

/// Writes the shell command `name` into `bin`, running `body`.
#[cfg(unix)]
fn fake_command(bin: &Path, name: &str, body: &str) {
    use std::os::unix::fs::PermissionsExt as _;
    let path = bin.join(name);
    std::fs::write(&path, format!("#!/bin/sh\n{body}\n")).unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
}

/// In the GitHub recipe a failing `lint --format github` skipped the rule tests
/// (and the diff and the gates after them), the tests ran twice, and their plain text
/// went into the job summary, which renders it as one paragraph; in the GitLab recipe
/// `handoff diff … | tee` had tee's exit code, so a failing diff passed the job.
#[test]
fn the_ci_recipes_let_no_failure_pass_or_hide_another() {
    let text = std::fs::read_to_string(root().join("docs/ci/github-actions.yml")).unwrap();
    let workflow: serde_json::Value = serde_saphyr::from_str(&text).unwrap();
    let steps = workflow["jobs"]["rules"]["steps"].as_array().unwrap();
    let lint = steps
        .iter()
        .position(|s| s["run"] == "handoff lint --format github --columns-from fixtures")
        .expect("a lint step");
    for step in &steps[lint + 1..] {
        let condition = step["if"].as_str().unwrap_or_default();
        assert!(
            ["!cancelled()", "always()", "failure()"]
                .iter()
                .any(|c| condition.contains(c)),
            "a failing lint skips this step: {step}"
        );
    }
    let runs: Vec<&str> = steps.iter().filter_map(|s| s["run"].as_str()).collect();
    let tests: usize = runs.iter().map(|r| r.matches("handoff test").count()).sum();
    assert_eq!(tests, 1, "the rule tests run once: {runs:#?}");
    for run in &runs {
        for line in run.lines().filter(|l| l.contains("GITHUB_STEP_SUMMARY")) {
            assert!(
                line.contains("--format markdown") || line.contains("```"),
                "plain text into the job summary, outside a code block: {line}"
            );
        }
    }

    let text = std::fs::read_to_string(root().join("docs/ci/gitlab-ci.yml")).unwrap();
    let pipeline: serde_json::Value = serde_saphyr::from_str(&text).unwrap();
    let mut pipefail = false;
    for entry in pipeline["handoff"]["script"].as_array().unwrap() {
        for line in entry.as_str().unwrap().lines() {
            if line.trim_start().starts_with('#') {
                continue;
            }
            pipefail |= line.trim() == "set -o pipefail";
            let piped = line.replace("||", "").contains('|');
            assert!(
                !piped || pipefail,
                "a pipe without `set -o pipefail` before it: {line}"
            );
        }
    }
}

/// In the GitLab recipe a failing `handoff lint` ended the job (GitLab stops a
/// script at its first failing line), so the rule tests, the diff and the coverage gates
/// did not run; the GitHub recipe runs each step and fails at the end. The script is run
/// as GitLab's runner runs it (`set -eo pipefail`, one shell), with a `handoff` that
/// fails the steps named in `FAIL`: every step runs, and the job fails iff one did.
#[cfg(unix)]
#[test]
fn the_gitlab_recipe_runs_every_step_and_fails_at_the_end() {
    let script = gitlab_script("script");
    let dir = tempfile::tempdir().unwrap();
    let bin = dir.path().join("bin");
    std::fs::create_dir(&bin).unwrap();
    let fake = |name: &str, body: &str| fake_command(&bin, name, body);
    fake(
        "handoff",
        r#"echo "$1" >> "$LOG"; case " $FAIL " in *" $1 "*) exit 1;; esac; exit 0"#,
    );
    fake("git", "exit 0");
    let path = format!(
        "{}:{}",
        bin.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let log = dir.path().join("log");
    let run = |fail: &str| {
        let _ = std::fs::remove_file(&log);
        let out = std::process::Command::new("bash")
            .arg("-c")
            .arg(&script)
            .current_dir(dir.path())
            .env("PATH", &path)
            .env("LOG", &log)
            .env("FAIL", fail)
            .env("CI_MERGE_REQUEST_TARGET_BRANCH_NAME", "main")
            .output()
            .unwrap();
        let ran = std::fs::read_to_string(&log).unwrap_or_default();
        (
            out.status.code(),
            ran.lines().map(str::to_owned).collect::<Vec<_>>(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };
    let every = ["lint", "test", "replay", "diff", "coverage"];
    let (code, ran, stderr) = run("");
    assert_eq!(ran, every, "{stderr}");
    assert_eq!(code, Some(0), "{stderr}");
    for fail in [
        "lint",
        "test",
        "replay",
        "diff",
        "coverage",
        "lint coverage",
    ] {
        let (code, ran, stderr) = run(fail);
        assert_eq!(ran, every, "FAIL={fail}: {stderr}");
        assert_eq!(code, Some(1), "FAIL={fail}: the job passed");
        assert!(
            stderr.contains(&format!("handoff: failed: {fail}")),
            "FAIL={fail}: {stderr}"
        );
    }
}

/// On the pull request that adds the pack, the base branch has no `rules/`:
/// the recipes' diff step failed (`diff` exits 2: "rules does not exist at git revision"),
/// so the job went red and no comment was posted. Each recipe's diff step, run as the CI
/// runs it with the real `handoff`, now says there is nothing to compare, and still diffs
/// once the base has rules.
#[cfg(unix)]
#[test]
fn the_recipes_diff_step_passes_on_the_change_that_adds_the_rules() {
    let dir = tempfile::tempdir().unwrap();
    let repo = dir.path();
    git(repo, &["init", "-q", "-b", "main"]);
    std::fs::write(repo.join("README"), "hi").unwrap();
    git(repo, &["add", "."]);
    git(repo, &["commit", "-q", "-m", "before the rules"]);
    git(repo, &["update-ref", "refs/remotes/origin/main", "HEAD"]);
    handoff_in(repo).args(["init", "-q"]).assert().success();

    let bin = std::path::Path::new(env!("CARGO_BIN_EXE_handoff"))
        .parent()
        .unwrap();
    let path = format!(
        "{}:{}",
        bin.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let step = |script: &str| {
        let out = std::process::Command::new("bash")
            .arg("-c")
            .arg(format!(
                "set -eo pipefail\nfailed=\"\"\n{script}\ntest -z \"$failed\""
            ))
            .current_dir(repo)
            .env("PATH", &path)
            .env("NO_COLOR", "1")
            .env("BASE_REF", "main")
            .env("CI_MERGE_REQUEST_TARGET_BRANCH_NAME", "main")
            // `git fetch origin` in the GitLab step: this repository has no remote.
            .env("GIT_CONFIG_COUNT", "1")
            .env("GIT_CONFIG_KEY_0", "remote.origin.url")
            .env("GIT_CONFIG_VALUE_0", repo)
            .output()
            .unwrap();
        let comment = std::fs::read_to_string(repo.join("handoff-diff.md")).unwrap_or_default();
        (
            out.status.code(),
            comment,
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };
    let text = std::fs::read_to_string(root().join("docs/ci/github-actions.yml")).unwrap();
    let workflow: serde_json::Value = serde_saphyr::from_str(&text).unwrap();
    let github = workflow["jobs"]["rules"]["steps"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["id"] == "diff")
        .unwrap()["run"]
        .as_str()
        .unwrap()
        .to_owned();
    let text = std::fs::read_to_string(root().join("docs/ci/gitlab-ci.yml")).unwrap();
    let pipeline: serde_json::Value = serde_saphyr::from_str(&text).unwrap();
    let gitlab = pipeline["handoff"]["script"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|e| e.as_str())
        .find(|e| e.contains("handoff diff"))
        .unwrap()
        .to_owned();
    for script in [&github, &gitlab] {
        let (code, comment, stderr) = step(script);
        assert_eq!(code, Some(0), "{script}\n{stderr}");
        assert!(comment.contains("there is nothing to compare"), "{comment}");
    }
    // Once the base branch has the rules, the step diffs.
    git(repo, &["add", "."]);
    git(repo, &["commit", "-q", "-m", "rules"]);
    git(repo, &["update-ref", "refs/remotes/origin/main", "HEAD"]);
    for script in [&github, &gitlab] {
        let (code, comment, stderr) = step(script);
        assert_eq!(code, Some(0), "{script}\n{stderr}");
        assert!(
            comment.contains("No conversation changes outcome"),
            "{comment}"
        );
    }
}
