//! How exports are read, from the outside: columns left out with `--ignore-column` or
//! `input: ignore_columns:`, in CSV and JSONL, for replay, packets and lint; JSONL
//! numbers; a CSV file read as JSONL. Fields read through a mapping are in
//! `mapped_id_cli.rs`.

use predicates::prelude::*;
use predicates::str::contains;

use crate::common::{ANGRY_RULES, handoff, stdout_of, stdout_text, write};

/// A per-message counter beside real metadata, as in the STAR export.
const TURNS_CSV: &str = "conversation_id,Turn,timestamp,role,text,tier
c1,1,2026-03-01T09:00:00Z,customer,hello,pro
c1,2,2026-03-01T09:00:10Z,bot,hi there,pro
c1,3,2026-03-01T09:00:20Z,customer,this is ridiculous,pro
";

const TURNS_JSONL: &str = r#"{"conversation_id":"c1","turn":1,"role":"customer","text":"hello","zeta":"z","tier":"pro"}
{"conversation_id":"c1","turn":2,"role":"bot","text":"hi there"}
{"conversation_id":"c1","turn":3,"role":"customer","text":"this is ridiculous"}
"#;

/// A directory with the angry rules and the turns export as CSV and JSONL.
pub(crate) fn rules_and_exports() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "rules.yaml", ANGRY_RULES);
    write(dir.path(), "t.csv", TURNS_CSV);
    write(dir.path(), "t.jsonl", TURNS_JSONL);
    dir
}

/// `handoff replay` of those rules in `dir`, JSONL out, with `args`.
pub(crate) fn replay_in(dir: &std::path::Path, args: &[&str]) -> assert_cmd::assert::Assert {
    handoff()
        .current_dir(dir)
        .args(["replay", "-r", "rules.yaml", "-f", "jsonl"])
        .args(args)
        .assert()
}

/// Packets of `export` replayed in `dir` with `args`: their `customer.fields`, and the
/// run's stderr.
fn fields_and_stderr(
    dir: &std::path::Path,
    export: &str,
    args: &[&str],
) -> (serde_json::Value, String) {
    let packets = dir.join("packets.jsonl");
    let out = handoff()
        .current_dir(dir)
        .args(["replay", "-r", "rules.yaml", "-f", "jsonl", "--packets"])
        .arg(&packets)
        .args(args)
        .arg(export)
        .assert()
        .success()
        .get_output()
        .clone();
    let packet: serde_json::Value =
        serde_json::from_str(std::fs::read_to_string(&packets).unwrap().trim()).unwrap();
    (
        packet["customer"]["fields"].clone(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

#[test]
fn a_per_message_column_is_metadata_until_ignored_by_flag_or_project_file() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "rules.yaml", ANGRY_RULES);
    for export in ["t.csv", "t.jsonl"] {
        write(
            dir.path(),
            export,
            if export == "t.csv" {
                TURNS_CSV
            } else {
                TURNS_JSONL
            },
        );
        let (fields, stderr) = fields_and_stderr(dir.path(), export, &[]);
        assert_eq!(fields["turn"], "1", "{export}: {fields}");
        assert!(
            stderr.contains("note[D005]: column `turn` varies"),
            "{stderr}"
        );
        assert!(
            stderr.contains("leave it out with --ignore-column turn"),
            "{stderr}"
        );
        // The summary points to the flag too.
        assert!(
            stderr.contains("metadata columns that vary within a conversation (first value kept): `turn` (2 rows); per-message columns: leave them out with --ignore-column"),
            "{stderr}"
        );
        let (fields, stderr) = fields_and_stderr(dir.path(), export, &["--ignore-column", "TURN"]);
        assert!(fields.get("turn").is_none(), "{export}: {fields}");
        assert_eq!(fields["tier"], "pro", "{export}: {fields}");
        assert!(!stderr.contains("D005"), "{stderr}");
        assert!(!stderr.contains("vary within"), "{stderr}");
        write(
            dir.path(),
            ".handoff.yaml",
            "input:\n  ignore_columns: [Turn]\n",
        );
        let (fields, stderr) = fields_and_stderr(dir.path(), export, &[]);
        assert!(fields.get("turn").is_none(), "{export}: {fields}");
        assert!(!stderr.contains("D005"), "{stderr}");
        std::fs::remove_file(dir.path().join(".handoff.yaml")).unwrap();
    }
}

#[test]
fn an_ignored_column_the_export_lacks_is_an_error_like_a_mapped_one() {
    let dir = rules_and_exports();
    let replay = |args: &[&str]| replay_in(dir.path(), args);
    replay(&["--ignore-column", "message_id", "t.csv"])
        .code(2)
        .stdout("")
        .stderr(contains(
            "t.csv:1: no `message_id` column to ignore; the columns are: `conversation_id`, `Turn`, `timestamp`, `role`, `text`, `tier`",
        ))
        .stderr(contains("hint: drop it from --ignore-column"));
    replay(&["--ignore-column", "message_id", "t.jsonl"])
        .code(2)
        .stderr(contains(
            "t.jsonl:1: no `message_id` column to ignore; the columns are: `conversation_id`, `role`, `text`, `tier`, `turn`, `zeta`",
        ));
    // A column a field is read from cannot be left out, whichever way it is mapped.
    replay(&["--ignore-column", "text", "t.csv"])
        .code(2)
        .stderr(contains("invalid --ignore-column"))
        .stderr(contains(
            "column `text` is where `text` is read from: it cannot be ignored",
        ));
    replay(&["--map", "text=tier", "--ignore-column", "tier", "t.csv"])
        .code(2)
        .stderr(contains("column `tier` is where `text` is read from"));
    write(
        dir.path(),
        ".handoff.yaml",
        "input:\n  columns:\n    text: Body\n  ignore_columns: [turn, body]\n",
    );
    replay(&["t.csv"]).code(2).stderr(contains(
        ".handoff.yaml:4:26: invalid project file: column `body` is where `text` is read from",
    ));
    write(
        dir.path(),
        ".handoff.yaml",
        "input:\n  ignore_columns: [tier]\n",
    );
    replay(&["--map", "text=tier", "t.csv"])
        .code(2)
        .stderr(contains("invalid --map"))
        .stderr(contains("column `tier` is ignored"));
}

#[test]
fn a_project_wide_ignored_column_an_export_lacks_is_a_warning() {
    // `.handoff.yaml` serves every export of the project: one without the column has
    // nothing to ignore. Named for this run (`--ignore-column`), it is still an error.
    let dir = rules_and_exports();
    write(
        dir.path(),
        ".handoff.yaml",
        "input:\n  ignore_columns: [turn, message_id]\n",
    );
    let replay = |args: &[&str]| replay_in(dir.path(), args);
    for export in ["t.csv", "t.jsonl"] {
        replay(&[export])
            .success()
            .stdout(contains("\"conversation_id\":\"c1\""))
            .stderr(contains(
                "warning[D009]: no `message_id` column to ignore (`input: ignore_columns:` in .handoff.yaml;",
            ))
            .stderr(contains(format!("{export}:1")))
            .stderr(contains("`turn`").not());
        replay(&["--ignore-column", "message_id", export])
            .code(2)
            .stderr(contains(
                "no `message_id` column to ignore; the columns are",
            ));
    }
}

#[test]
fn two_columns_of_an_ignored_name_are_no_conflict() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "rules.yaml", ANGRY_RULES);
    write(
        dir.path(),
        "t.csv",
        "conversation_id,turn,role,text,Turn\nc1,1,customer,this is ridiculous,1\n",
    );
    write(
        dir.path(),
        "t.jsonl",
        "{\"conversation_id\":\"c1\",\"turn\":1,\"Turn\":2,\"role\":\"customer\",\"text\":\"this is ridiculous\"}\n",
    );
    for export in ["t.csv", "t.jsonl"] {
        handoff()
            .current_dir(dir.path())
            .args(["replay", "-r", "rules.yaml", "-f", "jsonl", export])
            .assert()
            .code(2);
        let out = stdout_of(handoff().current_dir(dir.path()).args([
            "replay",
            "-r",
            "rules.yaml",
            "-f",
            "jsonl",
            "--ignore-column",
            "turn",
            export,
        ]));
        assert!(out.contains(r#""escalated":true"#), "{export}: {out}");
    }
}

#[test]
fn lint_columns_from_leaves_ignored_columns_out() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "rules.yaml",
        &ANGRY_RULES.replace(
            "default_route:",
            "routes:\n  - { id: late, when: { meta: { field: turn, gt: 5 } }, team: support }\ndefault_route:",
        ),
    );
    write(dir.path(), "t.csv", TURNS_CSV);
    write(dir.path(), "t.jsonl", TURNS_JSONL);
    for export in ["t.csv", "t.jsonl"] {
        let lint = |args: &[&str]| {
            handoff()
                .current_dir(dir.path())
                .args(["lint", "rules.yaml", "--columns-from", export])
                .args(args)
                .assert()
        };
        lint(&[]).stdout(contains("is not a column of").not());
        lint(&["--ignore-column", "turn"]).stdout(contains(format!(
            "warning[C001]: `turn` is not a column of {export}"
        )));
        // A column only the project file ignores, which this export lacks: said on
        // stderr as a replay says it, and no finding of the rules.
        write(
            dir.path(),
            ".handoff.yaml",
            "input:\n  ignore_columns: [message_id]\n",
        );
        lint(&[])
            .success()
            .stderr(contains("warning[D009]: no `message_id` column to ignore"))
            .stdout(contains("D009").not());
        lint(&["--ignore-column", "message_id"])
            .code(2)
            .stderr(contains(
                "no `message_id` column to ignore; the columns are",
            ));
        std::fs::remove_file(dir.path().join(".handoff.yaml")).unwrap();
    }
}

/// `lint --columns-from` on JSONL holds the export to what a replay needs, as on CSV: a
/// replay skips an object with two keys for one field, so they are no field to count
/// on, and a mapped key no object has is the replay's error.
#[test]
fn lint_columns_from_jsonl_refuses_what_a_replay_cannot_read() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "rules.yaml", ANGRY_RULES);
    write(
        dir.path(),
        "dup.jsonl",
        "{\"conversation_id\":\"a\",\"role\":\"customer\",\"text\":\"hi\"}\n{\"conversation_id\":\"a\",\"role\":\"customer\",\"text\":\"hi\",\"Tier\":\"pro\",\"tier\":\"free\"}\n",
    );
    write(
        dir.path(),
        "body.jsonl",
        "{\"conversation_id\":\"a\",\"role\":\"customer\",\"body\":\"hi\"}\n",
    );
    let lint = |export: &str| {
        handoff()
            .current_dir(dir.path())
            .args(["lint", "rules.yaml", "--columns-from", export])
            .assert()
    };
    lint("dup.jsonl")
        .code(2)
        .stderr(contains(
            "dup.jsonl:2: keys `Tier` and `tier` both name the field `tier`",
        ))
        .stderr(contains("hint: rename or remove one of them"));
    lint("body.jsonl").code(2).stderr(contains(
        "body.jsonl:1: no `text` key; the keys are: `body`, `conversation_id`, `role`",
    ));
}

#[test]
fn jsonl_numbers_keep_their_digits_and_big_ids_stay_apart() {
    // Read as floats, both ids were `9.876543210987654e19`: one conversation of two
    // customers. Metadata numbers are kept as written (`1.50`, not `1.5`).
    let dir = rules_and_exports();
    write(
        dir.path(),
        "big.jsonl",
        r#"{"conversation_id": 98765432109876543210, "role": "customer", "text": "this is ridiculous", "score": 1.50}
{"conversation_id": 98765432109876543211, "role": "customer", "text": "this is ridiculous"}
"#,
    );
    let out = stdout_text(&replay_in(dir.path(), &["big.jsonl"]).success());
    let ids: Vec<String> = out
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["conversation_id"].to_string()
        })
        .collect();
    assert_eq!(
        ids,
        [r#""98765432109876543210""#, r#""98765432109876543211""#]
    );
    // Metadata numbers as written: the packet's customer fields.
    handoff()
        .current_dir(dir.path())
        .args([
            "replay",
            "-q",
            "-r",
            "rules.yaml",
            "--packets",
            "p.jsonl",
            "big.jsonl",
        ])
        .assert()
        .success();
    let packet = std::fs::read_to_string(dir.path().join("p.jsonl")).unwrap();
    assert!(packet.contains(r#""score":"1.50""#), "{packet}");
}

/// `--input-format jsonl` on a CSV file reported every line as
/// invalid JSON with no word of why; the opposite case says "this is JSON, not CSV".
/// It is one error, whose advice names the flag that chose JSONL.
#[test]
fn a_csv_file_read_as_jsonl_says_it_looks_like_csv() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(
        dir.path(),
        "x.csv",
        "conversation_id,role,text\na,customer,hi\n",
    );
    handoff()
        .args(["replay", "--input-format", "jsonl"])
        .arg(&path)
        .assert()
        .code(2)
        .stderr(contains(format!(
            "{}:1: this looks like CSV, not JSONL: line 1 reads as a CSV header (`conversation_id`, `role`, `text`) and line 2 is no JSON object either",
            path.display()
        )))
        .stderr(contains(
            "hint: --input-format jsonl chose JSONL: leave it out, or give --input-format csv, to read it as CSV",
        ))
        .stderr(contains("D001").not());
}
