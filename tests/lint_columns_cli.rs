//! `handoff lint --columns-from`: fields the export lacks, empty files, stdin and
//! directories, JSONL exports, and the flags that say how to read an export.

use std::fmt::Write as _;

use predicates::prelude::*;
use predicates::str::contains;

use crate::common::{handoff, json_of, stdout_text, write};

/// The flags that say how to read an export did nothing without
/// `--columns-from`, and lint said "no problems" (exit 0): a CI job believed its C checks
/// ran. Each needs `--columns-from` now, as `--join-on` needs `--contacts`.
#[test]
fn export_flags_need_columns_from() {
    for flags in [
        &["--map", "foo=bar"][..],
        &["--contacts", "/nonexistent"],
        &["--role", "x=robot"],
        &["--ignore-column", "conversation_id"],
        &["--mapping", "m.yaml"],
        &["--input-format", "csv"],
    ] {
        handoff()
            .arg("lint")
            .args(flags)
            .assert()
            .code(2)
            .stdout("")
            .stderr(contains(
                "the following required arguments were not provided",
            ))
            .stderr(contains("--columns-from <FILE>"));
    }
    handoff()
        .args(["lint", "--join-on", "email"])
        .assert()
        .code(2)
        .stderr(contains("--contacts <FILE>"))
        // One of the export flags like the others, it names `--columns-from` too.
        .stderr(contains("--columns-from <FILE>"));
    handoff()
        .args(["lint", "--columns-from", "fixtures/transcripts.csv"])
        .args(["--role", "customer=customer"])
        .assert()
        .success();
}

#[test]
fn columns_from_an_export_find_fields_it_lacks() {
    let dir = tempfile::tempdir().unwrap();
    let export = write(
        dir.path(),
        "export.csv",
        "conversation_id,timestamp,role,text,Full Name,plan,seats\n1,,customer,hi,Ann,pro,3\n",
    );
    // The starter rules read tier, lead_score, company_size, industry, deal_stage:
    // none is in this export, and the bridge templates use customer.first_name (from name).
    let out = handoff()
        .args(["lint", "--columns-from"])
        .arg(&export)
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    let out = String::from_utf8(out).unwrap();
    assert!(
        out.contains("warning[C001]: `tier` is not a column of"),
        "{out}"
    );
    assert!(
        out.contains("error[C002]: route `self-serve-pricing` can never match on"),
        "{out}"
    );
    assert!(
        out.contains("error[C002]: route `enterprise-lead` can never match on"),
        "{out}"
    );
    assert!(
        !out.contains("C003"),
        "templates guard customer fields with default(): {out}"
    );

    // The fixture export has every column the starter rules read.
    handoff()
        .args(["lint", "--columns-from", "fixtures/transcripts.csv"])
        .assert()
        .success()
        .stdout(contains("no problems"));

    // A mapping changes which columns are metadata.
    let export = write(
        dir.path(),
        "zendesk.csv",
        "ticket_id,author,body\n1,user,hi\n",
    );
    handoff()
        .args(["lint", "--columns-from"])
        .arg(&export)
        .assert()
        .code(2)
        .stderr(contains("no `conversation_id` column"));
    handoff()
        .args([
            "lint",
            "--map",
            "conversation_id=ticket_id",
            "--map",
            "role=author",
            "--map",
            "text=body",
            "--columns-from",
        ])
        .arg(&export)
        .assert()
        .code(1)
        .stdout(contains("metadata columns: none").or(contains("has no metadata columns at all")));
    // The same mapping from the project file `--config` names (where its `lint:` is read too).
    let config = write(
        dir.path(),
        "project.yaml",
        "input:\n  columns: { conversation_id: ticket_id, role: author, text: body }\n",
    );
    handoff()
        .arg("lint")
        .arg("--config")
        .arg(&config)
        .arg("--columns-from")
        .arg(&export)
        .assert()
        .code(1)
        .stdout(contains("metadata columns: none").or(contains("has no metadata columns at all")));
}

/// An empty `--columns-from` file gave C002 errors ("the export has no tier") as if
/// it were an export without those columns.
#[test]
fn columns_from_an_empty_file_says_it_is_empty() {
    let dir = tempfile::tempdir().unwrap();
    let csv = write(dir.path(), "empty.csv", "");
    handoff()
        .args(["lint", "--columns-from"])
        .arg(&csv)
        .assert()
        .code(2)
        .stdout("")
        .stderr(contains(
            "empty.csv: the file is empty: there is no header to read columns from",
        ));
    let jsonl = write(dir.path(), "empty.jsonl", "\n");
    handoff()
        .args(["lint", "--columns-from"])
        .arg(&jsonl)
        .assert()
        .code(2)
        .stderr(contains("no line is a JSON object"));
}

#[test]
fn first_name_from_name_is_for_templates_only() {
    // Replay never fires a `meta: first_name` test on an export with only `name`:
    // lint passed it because templates take `first_name` from `name`.
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "rules.yaml",
        "version: 1
triggers:
  - id: vip-alex
    when: { meta: { field: first_name, equals: alex } }
default_route: { team: t }
teams:
  - { id: t, name: T, bridge: \"Hi {{ customer.first_name }}\" }
",
    );
    write(
        dir.path(),
        "export.csv",
        "conversation_id,role,text,name\nq,customer,hi,Alex Chen\n",
    );
    let out = stdout_text(
        &handoff()
            .current_dir(dir.path())
            .args(["lint", "-r", "rules.yaml", "--columns-from", "export.csv"])
            .assert()
            .code(1),
    );
    assert!(out.contains("`first_name` is not a column of"), "{out}");
    assert!(out.contains("for bridge messages only"), "{out}");
    assert!(
        out.contains("error[C002]: trigger `vip-alex` can never fire"),
        "{out}"
    );
    // The template's `customer.first_name` is found.
    assert!(!out.contains("C003"), "{out}");
}

#[test]
fn findings_on_a_jsonl_export_say_they_are_of_its_first_objects() {
    // `tier` first appears after the 1,000 objects lint reads: its findings must not
    // say that the file has no such key.
    let dir = tempfile::tempdir().unwrap();
    let mut jsonl = String::new();
    for i in 0..1200 {
        let tier = if i >= 1100 {
            r#","tier":"enterprise""#
        } else {
            ""
        };
        writeln!(
            jsonl,
            "{{\"conversation_id\":\"c{i}\",\"role\":\"customer\",\"text\":\"hi\"{tier}}}"
        )
        .unwrap();
    }
    let late = write(dir.path(), "late.jsonl", &jsonl);
    let out = stdout_text(
        &handoff()
            .args(["lint", "--columns-from"])
            .arg(&late)
            .assert()
            .code(1),
    );
    assert!(
        out.contains("`tier` is not a column of the first 1000 objects of"),
        "{out}"
    );
    assert!(
        out.contains("can never match on the first 1000 objects of"),
        "{out}"
    );
    // A file read whole is named as it is.
    write(
        dir.path(),
        "short.jsonl",
        "{\"conversation_id\":\"c\",\"role\":\"customer\",\"text\":\"hi\"}\n",
    );
    let out = stdout_text(
        &handoff()
            .args(["lint", "--columns-from"])
            .arg(dir.path().join("short.jsonl"))
            .assert()
            .code(1),
    );
    assert!(!out.contains("first 1000"), "{out}");
}

/// `--columns-from -` said "cannot open transcript -" and a directory
/// was refused, where every other command reads both. A directory's columns are the
/// union of its transcript files' (a field one file has is one a replay can read).
#[test]
fn columns_from_reads_stdin_and_directories() {
    let dir = tempfile::tempdir().unwrap();
    let export = "conversation_id,role,text,tier\nc1,customer,hi,pro\n";
    let out = handoff()
        .args(["lint", "--columns-from", "-"])
        .write_stdin(export)
        .assert()
        .code(1);
    let stdout = stdout_text(&out);
    assert!(
        stdout.contains("warning[C001]: `company_size` is not a column of <stdin>"),
        "{stdout}"
    );
    assert!(
        stdout.contains("metadata columns of <stdin>: `tier`"),
        "{stdout}"
    );
    let exports = dir.path().join("exports");
    std::fs::create_dir(&exports).unwrap();
    write(&exports, "a.csv", export);
    write(
        &exports,
        "b.csv",
        "conversation_id,role,text,company_size\nc2,customer,hi,12\n",
    );
    write(&exports, "notes.txt", "not a transcript");
    let out = handoff()
        .args(["lint", "--columns-from"])
        .arg(&exports)
        .assert()
        // No C002: the route on `company_size` can match the conversations of b.csv.
        .success();
    let stdout = stdout_text(&out);
    let source = format!("the 2 transcript files in {}", exports.display());
    assert!(
        stdout.contains(&format!("`lead_score` is not a column of {source}")),
        "{stdout}"
    );
    assert!(
        stdout.contains(&format!(
            "metadata columns of {source}: `tier`, `company_size`"
        )),
        "{stdout}"
    );
    // `company_size` is in b.csv: not reported.
    assert!(
        !stdout.contains("`company_size` is not a column"),
        "{stdout}"
    );
    let empty = dir.path().join("empty");
    std::fs::create_dir(&empty).unwrap();
    handoff()
        .args(["lint", "--columns-from"])
        .arg(&empty)
        .assert()
        .code(2)
        .stderr(contains(
            "no transcript files (*.csv, *.jsonl, *.ndjson, optionally .gz) in directory",
        ));
}

/// C003 underlined the whole bridge template, so two fields missing
/// from the export had the same place in every format; T002 points at the variable.
/// Each C003 is at its own variable now.
#[test]
fn each_template_field_missing_from_the_export_is_at_its_variable() {
    let dir = tempfile::tempdir().unwrap();
    let rules = write(
        dir.path(),
        "r.yaml",
        "version: 1\nsignals: [ { id: s, phrases: [help] } ]\n\
         triggers: [ { id: t, when: { message: { signal: s } } } ]\n\
         teams:\n  - { id: a, name: A, bridge: \"Hi {{ customer.first_name }} of {{ customer.compny }}\" }\n\
         default_route: { team: a }\n",
    );
    let export = write(
        dir.path(),
        "export.csv",
        "conversation_id,role,text,company\nc,customer,hi,Acme\n",
    );
    let (v, out) = json_of(
        handoff()
            .args(["lint", "-f", "json", "--columns-from"])
            .arg(&export)
            .arg(&rules),
        1,
    );
    let places: Vec<(String, u64, u64, u64)> = v["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["code"] == "C003")
        .map(|d| {
            let message = d["message"].as_str().unwrap();
            let field = message.split('`').nth(3).unwrap().to_owned();
            let n = |k: &str| d[k].as_u64().unwrap();
            (field, n("line"), n("column"), n("end_column"))
        })
        .collect();
    assert_eq!(
        places,
        [
            ("customer.first_name".to_owned(), 5, 38, 57),
            ("customer.compny".to_owned(), 5, 67, 82),
        ],
        "{out}"
    );
}
