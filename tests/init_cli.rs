//! `handoff init` and the CI recipes it writes: a fresh pack passes lint, test and the
//! coverage gates, and every `handoff` command in the recipes runs on it.

use clap::Parser as _;
use predicates::prelude::PredicateBooleanExt as _;
use predicates::str::contains;

use crate::common::{git, handoff, handoff_in, root};

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

/// `handoff init afile`, `afile` a regular file, said "cannot create afile/rules"
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

/// The "next:" line is pasted into a shell: a directory with a space or a quote was
/// written as it is (`cd it's mine && …`, an unclosed quote), now quoted.
#[test]
fn the_next_line_quotes_a_directory_a_shell_would_split() {
    let dir = tempfile::tempdir().unwrap();
    for (name, shown) in [
        ("it's mine", r"next: cd 'it'\''s mine' && handoff lint"),
        ("two words", "next: cd 'two words' && handoff lint"),
        ("plain-dir", "next: cd plain-dir && handoff lint"),
    ] {
        handoff()
            .current_dir(dir.path())
            .args(["init", name])
            .assert()
            .success()
            .stderr(contains(shown));
    }
}
