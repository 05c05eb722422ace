//! A file of handoff's own columns read under a project mapping for another export: the
//! sample transcripts `init` writes, once the tutorial's `.handoff.yaml` maps the user's.

use predicates::prelude::*;
use predicates::str::contains;

use crate::common::{handoff, root, write};

const PROJECT: &str = "# project\ninput:\n  columns:\n    conversation_id: Ticket ID\n    timestamp: Created At\n    role: Author Type\n    text: Body\n  roles:\n    bot: [Answer Bot]\n";
const BACK: &str = "`--map conversation_id=conversation_id --map timestamp=timestamp --map role=role --map text=text`";

fn pack() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), ".handoff.yaml", PROJECT);
    std::fs::create_dir(dir.path().join("fixtures")).unwrap();
    write(
        dir.path(),
        "fixtures/transcripts.csv",
        "conversation_id,timestamp,role,text,tier\nc1,2026-03-02T09:00:00Z,customer,I want to talk to a human,pro\n",
    );
    write(
        dir.path(),
        "fixtures/more.jsonl",
        "{\"conversation_id\":\"c2\",\"role\":\"customer\",\"text\":\"hello\"}\n",
    );
    dir
}

/// With `.handoff.yaml` mapping `Ticket ID`, every command
/// without a file argument failed on the pack's sample, and the hint said "map it with
/// `--map conversation_id=<column>`", the wrong way round. It says the file has handoff's
/// own column, which line of which file maps it away, and the flags that read the file
/// as it is; it still guesses nothing (exit 2).
#[test]
fn a_default_column_file_under_a_project_mapping_says_the_way_back() {
    let dir = pack();
    let rules = root().join("rules");
    let hint = format!(
        "hint: this file already has a `conversation_id` column, as handoff reads by default: the mapping in .handoff.yaml (line 4) is for another export; read this file with {BACK} (flags win over .handoff.yaml)"
    );
    for args in [
        vec!["replay", "fixtures/transcripts.csv"],
        vec!["coverage", "fixtures/transcripts.csv"],
        vec!["lint", "--columns-from", "fixtures/transcripts.csv"],
    ] {
        handoff()
            .current_dir(dir.path())
            .args(&args)
            .arg("-r")
            .arg(&rules)
            .assert()
            .code(2)
            .stderr(contains(
                "no `Ticket ID` column (mapped to conversation_id at .handoff.yaml:4:5)",
            ))
            .stderr(contains(hint.as_str()))
            .stderr(contains("map it with --map").not());
    }
    // The flags it names read the file.
    let mut replay = handoff();
    replay
        .current_dir(dir.path())
        .args([
            "replay",
            "-q",
            "-f",
            "jsonl",
            "fixtures/transcripts.csv",
            "-r",
        ])
        .arg(&rules);
    for flag in BACK.trim_matches('`').split(' ') {
        replay.arg(flag);
    }
    replay
        .assert()
        .success()
        .stdout(contains(r#""conversation_id":"c1","escalated":true"#));
}

/// The same of JSONL, and of a field a later layer already maps back: the hint names
/// only what the project file still decides.
#[test]
fn the_way_back_names_only_what_the_project_file_still_maps() {
    let dir = pack();
    let rules = root().join("rules");
    handoff()
        .current_dir(dir.path())
        .args(["replay", "fixtures/more.jsonl", "-r"])
        .arg(&rules)
        .assert()
        .code(2)
        .stderr(contains(
            "read this file with `--map conversation_id=conversation_id --map role=role --map text=text`",
        ));
    handoff()
        .current_dir(dir.path())
        .args([
            "replay",
            "fixtures/transcripts.csv",
            "--map",
            "conversation_id=conversation_id",
            "-r",
        ])
        .arg(&rules)
        .assert()
        .code(2)
        .stderr(contains("no `Author Type` column (mapped to role at .handoff.yaml:6:5)"))
        .stderr(contains(
            "the mapping in .handoff.yaml (line 6) is for another export; read this file with `--map timestamp=timestamp --map role=role --map text=text`",
        ));
}

/// A file that has neither the mapped column nor handoff's own keeps the hint to map it.
#[test]
fn a_file_of_neither_columns_is_still_told_to_map() {
    let dir = pack();
    write(dir.path(), "other.csv", "id,who,body\n1,customer,hi\n");
    handoff()
        .current_dir(dir.path())
        .args(["replay", "other.csv", "-r"])
        .arg(root().join("rules"))
        .assert()
        .code(2)
        .stderr(contains("hint: the mapping at .handoff.yaml:4:5 names a column this file does not have: give one of its columns with --map conversation_id=<column> (flags win over mapping files), or change the mapping there"))
        .stderr(contains("already has").not());
}
