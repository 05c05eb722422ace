//! `handoff replay`'s input mistakes: malformed rows, invalid rules, missing inputs and
//! columns, bad mapping arguments, usage errors, a rule file or handoff's own output given
//! as transcripts, each with its exit code and message (the inputs: `replay_inputs_cli.rs`).

use predicates::prelude::PredicateBooleanExt;
use predicates::str::contains;

use crate::common::{ANGRY_RULES, exits_2_saying, handoff, jsonl, stdout_of, write};

/// Regression: a mapping file reported only its first mistake.
#[test]
fn every_mistake_of_a_mapping_file_is_reported_with_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    let rules = write(dir.path(), "rules.yaml", ANGRY_RULES);
    let mapping = write(
        dir.path(),
        "map.yaml",
        "columns:\n  colour: x\n  role: \"\"\nroles:\n  robot: [system]\n",
    );
    exits_2_saying(
        handoff()
            .current_dir(dir.path())
            .args(["replay", "--mapping", "map.yaml", "--rules"])
            .arg(&rules)
            .arg(&mapping),
        &[
            "error: 3 mistakes in the mapping map.yaml:",
            "map.yaml:2:3: unknown field `colour`",
            "map.yaml:3:3: column name for `role` is empty",
            "map.yaml:5:3: unknown role `robot`",
        ],
    );
}

#[test]
fn malformed_rows_are_reported_counted_and_fail_the_run_at_the_end_unless_skipped() {
    let dir = tempfile::tempdir().unwrap();
    let rules = write(dir.path(), "rules.yaml", ANGRY_RULES);
    let csv = write(
        dir.path(),
        "t.csv",
        "conversation_id,role,text\na,customer,hello\na,customer\nb,customer,this is ridiculous\n",
    );
    // By default the run finishes (every good row is replayed), then exits 2.
    let failed = exits_2_saying(
        handoff()
            .args(["replay", "-f", "jsonl"])
            .arg("--rules")
            .arg(&rules)
            .arg(&csv),
        &[
            "warning[D001]: skipped malformed row: row has 2 fields, the header has 3",
            "t.csv:3",
            "skipped 1 malformed row of 3",
            "error: 1 malformed row was skipped (listed above); fix the input, or pass --on-error skip to accept the loss",
        ],
    )
    .get_output()
    .stdout
    .clone();
    assert_eq!(
        jsonl(std::str::from_utf8(&failed).unwrap()).len(),
        2,
        "both conversations"
    );
    // Told to accept the loss: the same report, exit 0.
    handoff()
        .args(["replay", "--on-error", "skip"])
        .arg("--rules")
        .arg(&rules)
        .arg(&csv)
        .assert()
        .success()
        .stderr(contains("warning[D001]"))
        .stderr(contains("skipped 1 malformed row of 3"));
}

#[test]
fn invalid_rules_exit_2_with_located_diagnostics() {
    let dir = tempfile::tempdir().unwrap();
    let rules = write(
        dir.path(),
        "rules.yaml",
        "version: 1\ntriggers:\n  - { id: a, when: { message: { signal: angyr } } }\n",
    );
    exits_2_saying(
        handoff().args(["replay"]).arg("--rules").arg(&rules),
        &[
            "error[R001]: unknown signal `angyr`",
            "rules.yaml:3:41",
            "error: invalid rules in",
        ],
    )
    .stdout("");
}

#[test]
fn a_yaml_error_points_at_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    let rules = write(
        dir.path(),
        "rules.yaml",
        "version: 1\nsignals:\n  - id: x\n    phrase: [a]\n",
    );
    exits_2_saying(
        handoff().args(["replay"]).arg("--rules").arg(&rules),
        &["error[S002]: unknown field `phrase`", "rules.yaml:4:5"],
    );
}

#[test]
fn missing_inputs_exit_2() {
    exits_2_saying(
        handoff().args(["replay", "--rules", "no/such/rules"]),
        &["error: reading rules from no/such/rules", "rules not found"],
    );
    exits_2_saying(
        handoff().args(["replay", "no/such/file.csv"]),
        &["cannot open transcript no/such/file.csv"],
    );
}

#[test]
fn a_missing_column_exits_2_and_says_how_to_map_it() {
    let dir = tempfile::tempdir().unwrap();
    let csv = write(dir.path(), "t.csv", "ticket,role,text\n1,customer,hi\n");
    exits_2_saying(
        handoff().arg("replay").arg(&csv),
        &[
            "no `conversation_id` column; the columns are: `ticket`, `role`, `text`",
            "--map conversation_id=<column>",
        ],
    );
}

#[test]
fn bad_mapping_arguments_exit_2() {
    exits_2_saying(
        handoff().args(["replay", "--map", "speaker=who"]),
        &["unknown field `speaker`"],
    );
    exits_2_saying(
        handoff().args(["replay", "--role", "system=robot"]),
        &["unknown role `robot`"],
    );
}

#[test]
fn usage_errors_exit_2() {
    exits_2_saying(
        handoff().args(["replay", "--format", "yaml"]),
        &["invalid value 'yaml'"],
    );
    exits_2_saying(handoff().arg("frobnicate"), &[]);
}

#[test]
fn a_rule_file_given_alone_beside_others_is_told_to_give_its_directory() {
    // `replay -r rules/routes.yaml` printed 14 unknown-team errors and no word
    // that the teams are in the file beside it; lint said so.
    exits_2_saying(
        handoff().args(["replay", "-r", "rules/routes.yaml"]),
        &[
            "rules/routes.yaml is read as a rule set of its own; give its directory (`-r DIR`) to read it with the files beside it",
        ],
    );
}

#[test]
fn diagnostics_past_the_first_200_are_counted_even_when_quiet() {
    // With -q the count of diagnostics not listed went with the summary, and
    // the error said the skipped rows were "listed above".
    let dir = tempfile::tempdir().unwrap();
    let mut csv = String::from("conversation_id,role,text\n");
    for i in 0..300 {
        std::fmt::Write::write_fmt(&mut csv, format_args!("c{i},customer,hi,extra\n")).unwrap();
    }
    let path = write(dir.path(), "t.csv", &csv);
    // `diff` streams its report on stdout and writes them apart: the same words.
    for args in [
        &["replay", "-q"][..],
        &["diff", "-q", "--base", "rules", "--head", "rules"][..],
    ] {
        exits_2_saying(
            handoff().args(args).arg(&path),
            &[
                "note: 100 further diagnostics are not shown; the first 200 are above",
                "error: 300 malformed rows were skipped",
            ],
        );
    }
}

/// Review: `--map input.columns.text=body`, as `.handoff.yaml` nests the field, was
/// "unknown field `input_columns_text`"; it is told to name the field alone.
#[test]
fn a_map_field_nested_as_in_the_project_file_is_told_what_to_write() {
    let dir = tempfile::tempdir().unwrap();
    let rules = write(dir.path(), "rules.yaml", ANGRY_RULES);
    let csv = write(
        dir.path(),
        "t.csv",
        "conversation_id,role,body\na,customer,hi\n",
    );
    let assert = exits_2_saying(
        handoff()
            .args(["replay", "--map", "input.columns.text=body", "--rules"])
            .arg(&rules)
            .arg(&csv),
        &[],
    );
    let stderr = crate::common::stderr_text(&assert);
    assert!(
        stderr.contains("`input.columns.text`: with --map a field is named alone, without the `input.columns.` of `.handoff.yaml`: write `--map text=body`"),
        "{stderr}"
    );
    assert!(!stderr.contains("input_columns_text"), "{stderr}");
}

/// README review: replay's own JSONL fed back to it (`cat outcomes.jsonl | handoff
/// replay -`) said "no `role` column" and that the messages "seem to be in one key,
/// `messages`" (a count), with a `jq` to flatten them. It is told for what it is, in
/// JSONL (keys, not columns), CSV and packets alike.
#[test]
fn handoffs_own_output_given_as_transcripts_is_told() {
    let dir = tempfile::tempdir().unwrap();
    let rules = write(dir.path(), "rules.yaml", ANGRY_RULES);
    let csv = write(
        dir.path(),
        "t.csv",
        "conversation_id,role,text\na,customer,this is ridiculous\nb,customer,hi\n",
    );
    let packets = dir.path().join("packets.jsonl");
    for (format, name) in [("jsonl", "out.jsonl"), ("csv", "out.csv")] {
        let out = stdout_of(
            handoff()
                .args(["replay", "-q", "-f", format, "--rules"])
                .arg(&rules)
                .arg(&csv),
        );
        let file = write(dir.path(), name, &out);
        let unit = if format == "jsonl" { "key" } else { "column" };
        exits_2_saying(
            handoff().args(["replay", "-q", "--rules"]).arg(&rules).arg(&file),
            &[
                &format!("no `role` {unit}; the {unit}s are: "),
                "hint: this looks like handoff's own output (`replay`'s outcomes, a conversation a line), not a transcript export: give the export that was replayed",
            ],
        )
        .stderr(contains("seem to be in one key").not());
    }
    handoff()
        .args(["replay", "-q", "--rules"])
        .arg(&rules)
        .arg(&csv)
        .arg("--packets")
        .arg(&packets)
        .assert()
        .success();
    exits_2_saying(
        handoff()
            .args(["replay", "-q", "--rules"])
            .arg(&rules)
            .arg(&packets),
        &["hint: this looks like handoff's own output (`replay --packets`, a packet a line)"],
    );
}
