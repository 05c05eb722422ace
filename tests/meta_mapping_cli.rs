//! Metadata fields read from a column of another name: `--map meta.plan=customer_tier`,
//! or `meta: { plan: customer_tier }` in a mapping file or under `input:` in
//! `.handoff.yaml`. Rules' `meta:` conditions read a column named as the field, and
//! `--map plan=Tier` was refused: two exports naming one column `Plan` and
//! `customer_tier` needed two rule packs. Every command that reads an export honours it:
//! replay, diff, coverage, lint `--columns-from`.

use crate::common::{handoff, jsonl, root, stderr_text, stdout_of, stdout_text, write};

const DIR: &str = "tests/fixtures/meta_mapping";
const RULES: &str = "tests/fixtures/meta_mapping/rules.yaml";
/// The column is `Plan`: read as the field `plan` without a mapping.
const PLAN: &str = "tests/fixtures/meta_mapping/plan.csv";
/// The column is `customer_tier`.
const TIER: &str = "tests/fixtures/meta_mapping/tier.csv";
const MAP: &str = "meta.plan=customer_tier";

/// The team each conversation went to in a replay with `args`.
fn teams(args: &[&str]) -> Vec<String> {
    let out = stdout_of(
        handoff()
            .args(["replay", "-r", RULES, "-f", "jsonl"])
            .args(args),
    );
    jsonl(&out)
        .iter()
        .map(|o| o["team"].as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn replay_reads_a_metadata_field_from_the_column_it_is_mapped_to() {
    // c1 is enterprise: the VIP desk; c2 is pro.
    assert_eq!(teams(&[PLAN]), ["vip", "frontline"]);
    assert_eq!(teams(&["--map", MAP, TIER]), ["vip", "frontline"]);
    assert_eq!(
        teams(&["--map", "Meta.Plan=Customer Tier", TIER]),
        ["vip", "frontline"]
    );
    // Unmapped, `customer_tier` is a field of its own, and no route reads it.
    assert_eq!(teams(&[TIER]), ["frontline", "frontline"]);
    // The mapping file's `meta:` table.
    let dir = tempfile::tempdir().unwrap();
    let mapping = write(dir.path(), "tier.yaml", "meta:\n  plan: customer_tier\n");
    let mapping = mapping.to_str().unwrap();
    assert_eq!(teams(&["--mapping", mapping, TIER]), ["vip", "frontline"]);
}

#[test]
fn packets_and_explain_name_the_field_the_rules_read() {
    let out = stdout_of(handoff().args(["explain", "-r", RULES, "-c", "c1", "--map", MAP, TIER]));
    assert!(
        out.contains("plan") && !out.contains("customer_tier"),
        "{out}"
    );
}

/// `.handoff.yaml` in the working directory maps it for every command: coverage here.
#[test]
fn coverage_honours_the_project_file_s_input_meta() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        ".handoff.yaml",
        "input:\n  meta:\n    plan: customer_tier\n",
    );
    let root = crate::common::root();
    let out = stdout_of(
        handoff()
            .current_dir(dir.path())
            .args(["coverage", "-f", "json", "-r"])
            .arg(root.join(RULES))
            .arg(root.join(TIER)),
    );
    let report: serde_json::Value = serde_json::from_str(&out).unwrap();
    let vip = report["routes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == "vip")
        .unwrap();
    assert_eq!(vip["matched"], 1, "{out}");
}

/// The head rules send pro customers to the VIP desk instead: with the mapping, both
/// conversations change; without it neither route ever matched.
#[test]
fn diff_honours_the_mapping() {
    let head = format!("{DIR}/head.yaml");
    let diff = |args: &[&str]| {
        let mut cmd = handoff();
        cmd.args(["diff", "--fail-on-change", "--base", RULES, "--head", &head])
            .args(args)
            .arg(TIER);
        cmd.assert()
    };
    let out = stdout_text(&diff(&["--map", MAP]).code(1));
    assert!(out.contains("2 of 2 conversations change"), "{out}");
    let out = stdout_text(&diff(&[]).code(0));
    assert!(out.contains("0 of 2 conversations change"), "{out}");
}

#[test]
fn lint_columns_from_sees_the_field_the_column_is_read_as() {
    let lint = |args: &[&str]| {
        let mut cmd = handoff();
        cmd.args(["lint", RULES, "--columns-from", TIER]).args(args);
        cmd.assert()
    };
    let out = stdout_text(&lint(&[]).code(1));
    assert!(
        out.contains("warning[C001]: `plan` is not a column of")
            && out.contains(
                "help: a column of another name is read as `plan` with --map meta.plan=<column>, or under `meta:` in the mapping"
            ),
        "{out}"
    );
    let out = stdout_text(&lint(&["--map", MAP]).code(0));
    assert!(out.contains("no problems"), "{out}");
}

/// A column the export lacks is the error of any mapped column: the file, the field,
/// the columns it has, what to do; exit 2, for every command.
#[test]
fn a_column_the_export_lacks_is_an_error_naming_the_columns_it_has() {
    let expected = format!(
        "{TIER}:1: no `Tier` column (mapped to meta.plan by `--map meta.plan=Tier`); the columns are: `conversation_id`, `role`, `text`, `customer_tier`\n  hint: map meta.plan to one of this file's columns in place of `--map meta.plan=Tier`: --map meta.plan=<column>"
    );
    for command in [
        &["replay", "-r", RULES][..],
        &["coverage", "-r", RULES],
        &["lint", RULES, "--columns-from"],
    ] {
        let assert = handoff()
            .args(command)
            .args([TIER, "--map", "meta.plan=Tier"])
            .assert()
            .code(2);
        let stderr = stderr_text(&assert);
        assert!(stderr.contains(&expected), "{command:?}: {stderr}");
    }
}

#[test]
fn a_metadata_field_given_as_a_field_says_how_to_map_it() {
    let assert = handoff()
        .args(["replay", "-r", RULES, "--map", "plan=customer_tier", TIER])
        .assert()
        .code(2);
    let stderr = stderr_text(&assert);
    assert!(
        stderr.contains("a metadata field is `meta.plan=<column>` with --map, or `plan: <column>` under `meta:` in a mapping file"),
        "{stderr}"
    );
    // One field, two columns: refused as for the built-in fields.
    let assert = handoff()
        .args([
            "replay",
            "-r",
            RULES,
            "--map",
            MAP,
            "--map",
            "meta.plan=role",
            TIER,
        ])
        .assert()
        .code(2);
    let stderr = stderr_text(&assert);
    assert!(
        stderr.contains("`meta.plan` is given two columns, in `--map meta.plan=customer_tier` and `--map meta.plan=role`"),
        "{stderr}"
    );
}

/// Two fields read from one column, each given by another layer of
/// the mapping (the project file's `input:`, a mapping file, `--map`), said without
/// saying where the mapping came from. The error names where each field was given: a
/// line and column of its file, or the flag (it named the layers
/// in order, not which of them gave which field).
#[test]
fn two_fields_from_one_column_name_where_each_was_given() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        ".handoff.yaml",
        "input:\n  meta: { email: Requester Email }\n",
    );
    write(dir.path(), "m2.yaml", "columns:\n  text: Requester Email\n");
    write(
        dir.path(),
        "t.csv",
        "conversation_id,role,text,requester email\nc1,customer,hi,a@b.c\n",
    );
    let out = handoff()
        .current_dir(dir.path())
        .args(["replay", "-r"])
        .arg(root().join("rules"))
        .args(["--mapping", "m2.yaml", "--map", "meta.tier=Tier", "t.csv"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(
        err,
        "error: invalid column mapping\n  caused by: `text` (m2.yaml:2:3) and `meta.email` (.handoff.yaml:2:11) are both read from column `requester_email`; each field needs a column of its own\n"
    );
}

/// A column the mapping names is missing: the error says where the mapping gave it (a
/// mapping file's line and column, or the flag), and the hint says to change it there,
/// not to add a `--map` as though none had been given.
#[test]
fn a_missing_mapped_column_names_where_the_mapping_gave_it() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "export.csv",
        "conversation_id,role,text\nc1,customer,I want a human\n",
    );
    write(dir.path(), "m.yaml", "# zendesk\ncolumns:\n  text: Body\n");
    let assert = handoff()
        .current_dir(dir.path())
        .args(["replay", "-r"])
        .arg(root().join("rules"))
        .args(["--mapping", "m.yaml", "export.csv"])
        .assert()
        .code(2);
    assert_eq!(
        stderr_text(&assert).trim_end(),
        "error: export.csv:1: no `Body` column (mapped to text at m.yaml:3:3); the columns are: `conversation_id`, `role`, `text`\n  hint: the mapping at m.yaml:3:3 names a column this file does not have: give one of its columns with --map text=<column> (flags win over mapping files), or change the mapping there"
    );
}
