//! `handoff init` and the CI recipes it writes: a fresh pack passes lint, test and the
//! coverage gates, and every `handoff` command in the recipes runs on it.

use std::path::Path;

use clap::Parser as _;
use predicates::prelude::PredicateBooleanExt as _;
use predicates::str::contains;

use crate::common::{git, handoff, root};

/// `handoff` run inside `dir`.
fn handoff_in(dir: &Path) -> assert_cmd::Command {
    let mut cmd = handoff();
    cmd.current_dir(dir);
    cmd
}

#[test]
fn a_new_pack_lints_tests_and_replays_out_of_the_box() {
    let dir = tempfile::tempdir().unwrap();
    let pack = dir.path().join("pack");
    handoff()
        .arg("init")
        .arg(&pack)
        .assert()
        .success()
        .stderr(contains("created a rule pack in"))
        .stderr(contains("next: cd "));
    for file in [
        "rules/signals.yaml",
        "rules/tests/starter.yaml",
        "fixtures/transcripts.csv",
        "schema/rules.schema.json",
        "schema/config.schema.json",
        ".github/workflows/handoff.yml",
    ] {
        assert!(pack.join(file).is_file(), "{file}");
    }
    let project = std::fs::read_to_string(pack.join(".handoff.yaml")).unwrap();
    assert!(project.starts_with("# yaml-language-server: $schema=schema/config.schema.json\n"));
    handoff_in(&pack)
        .args(["lint", "--deny-warnings"])
        .assert()
        .success();
    handoff_in(&pack)
        .args(["test", "--require-tests"])
        .assert()
        .success()
        .stdout(contains("test result: ok."));
    handoff_in(&pack)
        .args(["replay", "--format", "json", "--quiet"])
        .assert()
        .success()
        .stdout(contains("\"escalated\":true"));
    // The schemas it wrote are the ones `handoff schema` prints, beside the rules whose
    // first lines point at them.
    let schema = std::fs::read_to_string(pack.join("schema/rules.schema.json")).unwrap();
    let printed = handoff().arg("schema").output().unwrap().stdout;
    assert_eq!(schema.as_bytes(), printed.as_slice());
}

#[test]
fn init_refuses_to_overwrite_and_then_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("rules")).unwrap();
    std::fs::write(dir.path().join("rules/teams.yaml"), "mine").unwrap();
    handoff_in(dir.path())
        .arg("init")
        .assert()
        .code(2)
        .stderr(contains("not overwriting what is already there"))
        .stderr(contains("rules/teams.yaml"));
    assert_eq!(
        std::fs::read_to_string(dir.path().join("rules/teams.yaml")).unwrap(),
        "mine"
    );
    let entries: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
    assert_eq!(entries.len(), 1, "nothing but the user's rules/ is there");
    assert!(!dir.path().join("rules/signals.yaml").exists());
}

/// Files of the user's own in the directories every command reads whole would be read
/// with the starter pack (a leftover `rules/legacy.yaml` then fails `lint` with a
/// duplicate id): listed, nothing written. Other files there are no matter.
#[test]
fn init_refuses_a_directory_whose_rules_tests_or_transcripts_would_mix_with_the_pack() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    for sub in ["rules/tests", "fixtures"] {
        std::fs::create_dir_all(d.join(sub)).unwrap();
    }
    std::fs::write(
        d.join("rules/legacy.yaml"),
        "version: 1\nsignals:\n  - { id: pricing, phrases: [x] }\n",
    )
    .unwrap();
    std::fs::write(d.join("rules/tests/mine.YML"), "version: 1\ntests: []\n").unwrap();
    std::fs::write(d.join("fixtures/old.csv.gz"), "").unwrap();
    std::fs::write(d.join("rules/notes.txt"), "").unwrap();
    std::fs::write(d.join("fixtures/README.md"), "").unwrap();
    let out = handoff_in(d)
        .arg("init")
        .assert()
        .code(2)
        .get_output()
        .clone();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains("would be read with the starter pack"),
        "{stderr}"
    );
    for (listed, path) in [
        (true, "fixtures/old.csv.gz"),
        (true, "rules/legacy.yaml"),
        (true, "rules/tests/mine.YML"),
        (false, "rules/notes.txt"),
        (false, "fixtures/README.md"),
    ] {
        assert_eq!(stderr.contains(path), listed, "{path}: {stderr}");
    }
    assert!(!stderr.contains("not overwriting"), "{stderr}");
    assert!(!d.join("rules/signals.yaml").exists(), "nothing written");

    // Without them, and with the unread files left, the pack is written.
    for path in [
        "rules/legacy.yaml",
        "rules/tests/mine.YML",
        "fixtures/old.csv.gz",
    ] {
        std::fs::remove_file(d.join(path)).unwrap();
    }
    handoff_in(d).args(["init", "-q"]).assert().success();
    handoff_in(d).arg("lint").assert().success();
}

#[test]
fn init_writes_the_ci_that_was_asked_for() {
    let dir = tempfile::tempdir().unwrap();
    handoff_in(dir.path())
        .args(["init", "gl", "--ci", "gitlab", "--quiet"])
        .assert()
        .success()
        .stderr("");
    assert!(dir.path().join("gl/.gitlab-ci.yml").is_file());
    assert!(!dir.path().join("gl/.github").exists());
    handoff_in(dir.path())
        .args(["init", "none", "--ci", "none", "-q"])
        .assert()
        .success();
    assert!(!dir.path().join("none/.gitlab-ci.yml").exists());
    assert!(!dir.path().join("none/.github").exists());
}

/// The `handoff …` commands of a CI recipe, up to the first shell operator, with the
/// base branch variables set to `main`.
fn recipe_commands(recipe: &str) -> Vec<Vec<String>> {
    let mut commands = Vec::new();
    for line in recipe.lines() {
        let mut line = line.trim();
        for prefix in ["run: ", "- ", "entry: "] {
            line = line.strip_prefix(prefix).unwrap_or(line).trim_start();
        }
        if !line.starts_with("handoff ") {
            continue;
        }
        let end = line.find(['>', '|', '&', ';']).unwrap_or(line.len());
        let args: Vec<String> = line[..end]
            .split_whitespace()
            .map(|word| {
                word.trim_matches('"')
                    .replace("$BASE_REF", "main")
                    .replace("$CI_MERGE_REQUEST_TARGET_BRANCH_NAME", "main")
            })
            .collect();
        commands.push(args);
    }
    commands
}

#[test]
fn every_command_of_the_ci_recipes_runs_on_a_new_pack() {
    let dir = tempfile::tempdir().unwrap();
    let pack = dir.path();
    handoff_in(pack).args(["init", "-q"]).assert().success();
    git(pack, &["init", "-q"]);
    git(pack, &["add", "."]);
    git(pack, &["commit", "-q", "-m", "rules"]);
    git(pack, &["update-ref", "refs/remotes/origin/main", "HEAD"]);

    let mut seen = Vec::new();
    for recipe in [
        "docs/ci/github-actions.yml",
        "docs/ci/gitlab-ci.yml",
        ".pre-commit-hooks.yaml",
    ] {
        let text = std::fs::read_to_string(root().join(recipe)).unwrap();
        let commands = recipe_commands(&text);
        assert!(commands.len() >= 2, "{recipe}: {commands:?}");
        for args in commands {
            handoff::cli::Cli::try_parse_from(&args)
                .unwrap_or_else(|e| panic!("{recipe}: {args:?} does not parse: {e}"));
            let out = handoff_in(pack).args(&args[1..]).output().unwrap();
            assert!(
                out.status.success(),
                "{recipe}: {args:?} failed on a new pack: {}",
                String::from_utf8_lossy(&out.stderr)
            );
            seen.push(args[1].clone());
        }
    }
    for command in ["lint", "test", "replay", "diff", "coverage"] {
        assert!(
            seen.iter().any(|s| s == command),
            "no recipe runs {command}"
        );
    }
}

#[test]
fn a_file_where_the_pack_needs_a_directory_stops_init_before_it_writes() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("fixtures"), "not a directory").unwrap();
    handoff_in(dir.path())
        .arg("init")
        .assert()
        .code(2)
        .stderr(contains(
            "not overwriting what is already there:\n  ./fixtures\n",
        ));
    assert!(!dir.path().join("rules").exists(), "nothing was written");
}

/// Review: `handoff init afile`, `afile` a regular file, said "cannot create afile/rules"
/// and "Not a directory (os error 20)".
#[test]
fn init_into_a_file_says_it_is_not_a_directory() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("afile"), "mine").unwrap();
    for target in ["afile", "afile/pack"] {
        handoff_in(dir.path())
            .args(["init", target])
            .assert()
            .code(2)
            .stderr(contains(format!(
                "error: cannot write a rule pack into {target}: afile exists and is not a directory\n"
            )))
            .stderr(contains("os error").not());
    }
    assert_eq!(
        std::fs::read_to_string(dir.path().join("afile")).unwrap(),
        "mine"
    );
}

/// Review: in the GitHub recipe a failing `lint --format github` skipped the rule tests
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

/// Review: in the GitLab recipe a failing `handoff lint` ended the job (GitLab stops a
/// script at its first failing line), so the rule tests, the diff and the coverage gates
/// did not run; the GitHub recipe runs each step and fails at the end. The script is run
/// as GitLab's runner runs it (`set -eo pipefail`, one shell), with a `handoff` that
/// fails the steps named in `FAIL`: every step runs, and the job fails iff one did.
#[cfg(unix)]
#[test]
fn the_gitlab_recipe_runs_every_step_and_fails_at_the_end() {
    use std::os::unix::fs::PermissionsExt as _;

    let text = std::fs::read_to_string(root().join("docs/ci/gitlab-ci.yml")).unwrap();
    let pipeline: serde_json::Value = serde_saphyr::from_str(&text).unwrap();
    let mut script = String::from("set -eo pipefail\n");
    for entry in pipeline["handoff"]["script"].as_array().unwrap() {
        script.push_str(entry.as_str().unwrap());
        script.push('\n');
    }
    let dir = tempfile::tempdir().unwrap();
    let bin = dir.path().join("bin");
    std::fs::create_dir(&bin).unwrap();
    let fake = |name: &str, body: &str| {
        let path = bin.join(name);
        std::fs::write(&path, format!("#!/bin/sh\n{body}\n")).unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
    };
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

/// Review: on the pull request that adds the pack, the base branch has no `rules/`:
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

/// Audit (CI): the upload of SARIF failed the whole job on private repositories without
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
