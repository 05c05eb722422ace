//! Exports separated by `;` (spreadsheets saved as CSV in many languages), tabs or `|`:
//! read as the comma-separated file they stand for, transcripts, contacts and labels
//! alike, the delimiter taken from the header line.

use crate::common::{handoff, handoff_in, stderr_text, stdout_of, write};

/// `fixtures/transcripts.csv` written again with `delimiter` between fields (quoted
/// where the csv crate quotes: a field holding the delimiter, a quote or a line break).
fn fixture_separated_by(delimiter: u8) -> Vec<u8> {
    let mut reader = csv::Reader::from_path("fixtures/transcripts.csv").unwrap();
    let mut writer = csv::WriterBuilder::new()
        .delimiter(delimiter)
        .from_writer(Vec::new());
    writer
        .write_byte_record(reader.byte_headers().unwrap())
        .unwrap();
    for record in reader.byte_records() {
        writer.write_byte_record(&record.unwrap()).unwrap();
    }
    writer.into_inner().unwrap()
}

fn replay_jsonl(file: &std::path::Path) -> String {
    stdout_of(handoff().args(["replay", "-q", "-f", "jsonl"]).arg(file))
}

/// A semicolon export was an error: "the header is one column separated by semicolons:
/// … export with commas".
#[test]
fn a_semicolon_tab_or_bar_export_replays_as_the_comma_one() {
    let dir = tempfile::tempdir().unwrap();
    let expected = replay_jsonl(std::path::Path::new("fixtures/transcripts.csv"));
    assert!(expected.lines().count() > 30, "{expected}");
    for (name, delimiter) in [("semi.csv", b';'), ("tabs.tsv", b'\t'), ("bars.csv", b'|')] {
        let bytes = fixture_separated_by(delimiter);
        assert!(!bytes.starts_with(b"conversation_id,"), "{name}");
        let path = dir.path().join(name);
        std::fs::write(&path, bytes).unwrap();
        assert_eq!(replay_jsonl(&path), expected, "{name}");
    }
}

/// Commas inside a quoted header name, or in the text, do not make a semicolon file
/// comma-separated; a comma file whose text holds semicolons stays one.
#[test]
fn quoted_commas_and_semicolons_in_text_do_not_change_the_delimiter() {
    let dir = tempfile::tempdir().unwrap();
    let semi = write(
        dir.path(),
        "semi.csv",
        "conversation_id;\"role\";text;\"Company, legal name\"\nc1;customer;\"Hi, I want a refund, now\";\"Acme, Inc\"\n",
    );
    let rules = write(
        dir.path(),
        "rules.yaml",
        r#"version: 1
triggers:
  - { id: refund, when: { message: { role: customer, phrases: [refund] } } }
teams:
  - { id: support, name: Support, bridge: "Hi, about {{ customer.company_legal_name }}." }
default_route: { team: support }
"#,
    );
    let replay = |file: &std::path::Path| {
        stdout_of(
            handoff()
                .args(["replay", "-q", "-f", "jsonl", "--rules"])
                .arg(&rules)
                .arg(file),
        )
    };
    let out = replay(&semi);
    assert!(out.contains("\"escalated\":true"), "{out}");
    assert!(out.contains("Hi, about Acme, Inc."), "{out}");
    let comma = write(
        dir.path(),
        "comma.csv",
        "conversation_id,role,text\nc1,customer,refund;b;c;d;e\n",
    );
    let out = replay(&comma);
    assert!(out.contains("\"escalated\":true"), "{out}");
}

/// A contacts file and a labels file saved with semicolons join as their comma forms do.
#[test]
fn semicolon_contacts_and_labels_are_read() {
    let dir = tempfile::tempdir().unwrap();
    let contacts = write(
        dir.path(),
        "contacts.csv",
        "email;contact_owner\nsofia@globex.example;Dev\n",
    );
    let rules = write(
        dir.path(),
        "rules.yaml",
        r#"version: 1
triggers:
  - { id: any, when: { message: { role: customer, phrases: [refund, discount, unacceptable, ridiculous, person] } } }
routes:
  - { id: owned, when: { meta: { field: contact_owner, exists: true } }, team: owner }
teams:
  - { id: owner, name: Owner, bridge: "Hi, {{ customer.contact_owner }} here." }
  - { id: support, name: Support, bridge: "Hi." }
default_route: { team: support }
"#,
    );
    let out = stdout_of(
        handoff()
            .args(["replay", "-q", "-f", "jsonl", "--rules"])
            .arg(&rules)
            .arg("--contacts")
            .arg(&contacts),
    );
    assert!(
        out.contains("\"bridge_message\":\"Hi, Dev here.\""),
        "{out}"
    );
    let labels = write(
        dir.path(),
        "labels.csv",
        "conversation_id;expected_team\nc01-enterprise-discount;senior-ae\n",
    );
    let out = stdout_of(handoff().args(["coverage", "--labels"]).arg(&labels));
    assert!(
        out.contains(
            "labels: 1 labelled conversation found (1 label: 0 blank, 0 matched no conversation)"
        ),
        "{out}"
    );
}

/// A semicolon export whose header holds as many commas as semicolons, outside quotes:
/// the header alone reads as comma-separated.
const AMBIGUOUS: &str =
    "conversation_id;role;text;name, first, last, title\nc1;customer;I want a refund;Ana\n";

const REFUND_RULES: &str = r#"version: 1
triggers:
  - { id: refund, when: { message: { role: customer, phrases: [refund] } } }
teams:
  - { id: support, name: Support, bridge: "Hi." }
default_route: { team: support }
"#;

/// Where the header does not show the delimiter, the mapping, `.handoff.yaml` or `--map`
/// says it.
#[test]
fn a_delimiter_said_wins_over_the_header() {
    let dir = tempfile::tempdir().unwrap();
    let export = write(dir.path(), "export.csv", AMBIGUOUS);
    let rules = write(dir.path(), "rules.yaml", REFUND_RULES);
    let replay = |extra: &[&str]| {
        let mut cmd = handoff_in(dir.path());
        cmd.args(["replay", "-q", "-f", "jsonl", "--rules"])
            .arg(&rules)
            .args(extra)
            .arg(&export);
        cmd
    };
    let err = stderr_text(&replay(&[]).assert().code(2));
    assert!(
        err.contains(
            "no `conversation_id` column; the columns are: `conversation_id;role;text;name`, ` first`, ` last`, ` title`\n"
        ),
        "{err}"
    );
    assert!(
        err.contains("hint: the header holds `;` as well as commas: if `;` separates the fields, say so with --map delimiter=semicolon, or `delimiter: semicolon` under `input:` in .handoff.yaml"),
        "{err}"
    );
    for extra in [
        &["--map", "delimiter=;"][..],
        &["--map", "delimiter=semicolon"],
    ] {
        let out = stdout_of(&mut replay(extra));
        assert!(out.contains("\"escalated\":true"), "{extra:?}: {out}");
    }
    let mapping = write(dir.path(), "m.yaml", "delimiter: \";\"\n");
    let out = stdout_of(&mut replay(&["--mapping", mapping.to_str().unwrap()]));
    assert!(out.contains("\"escalated\":true"), "{out}");
    write(
        dir.path(),
        ".handoff.yaml",
        "input:\n  delimiter: semicolon\n",
    );
    let out = stdout_of(&mut replay(&[]));
    assert!(out.contains("\"escalated\":true"), "{out}");
}

/// A delimiter handoff does not read is an error at its line and column, or naming the
/// flag; two different ones in the flags, an error naming both.
#[test]
fn a_wrong_or_doubled_delimiter_is_an_error_that_says_what_it_takes() {
    let dir = tempfile::tempdir().unwrap();
    let export = write(dir.path(), "export.csv", AMBIGUOUS);
    let mapping = write(
        dir.path(),
        "m.yaml",
        "columns: { text: text }\ndelimiter: space\n",
    );
    let err = stderr_text(
        &handoff()
            .args(["replay", "-q", "--mapping"])
            .arg(&mapping)
            .arg(&export)
            .assert()
            .code(2),
    );
    assert!(
        err.contains(&format!("{}:2:12", mapping.display())),
        "{err}"
    );
    assert!(
        err.contains("`delimiter`: `space` is not a delimiter handoff reads; expected `,`, `;`, `tab` or `|` (or `comma`, `semicolon`, `pipe`)"),
        "{err}"
    );
    let err = stderr_text(
        &handoff()
            .args(["replay", "-q", "--map", "delimiter=:"])
            .arg(&export)
            .assert()
            .code(2),
    );
    assert!(err.contains("`delimiter`: `:` is not a delimiter"), "{err}");
    let err = stderr_text(
        &handoff()
            .args([
                "replay",
                "-q",
                "--map",
                "delimiter=;",
                "--map",
                "delimiter=tab",
            ])
            .arg(&export)
            .assert()
            .code(2),
    );
    assert!(
        err.contains("`delimiter` is given twice, in `--map delimiter=;` and `--map delimiter=tab`; an export separates its fields one way"),
        "{err}"
    );
}

/// The hint to say the delimiter was given for a tab file holding a `;` in a column's
/// name, and for a `;` inside a quoted one (review): only a comma header holding another
/// delimiter outside quotes gets it, and not when a delimiter was said.
#[test]
fn the_delimiter_hint_is_only_for_a_comma_header_holding_another_outside_quotes() {
    let dir = tempfile::tempdir().unwrap();
    for (name, header) in [
        ("tabs.csv", "conversation_id\trole\tmessage;body"),
        ("quoted.csv", "conversation_id,role,\"body;text\""),
    ] {
        let path = write(dir.path(), name, &format!("{header}\nc1,customer,hi\n"));
        let err = stderr_text(&handoff().args(["replay", "-q"]).arg(&path).assert().code(2));
        assert!(err.contains("no `text` column"), "{name}: {err}");
        assert!(
            err.contains("hint: map it with --map text=<column>"),
            "{name}: {err}"
        );
    }
    let path = write(dir.path(), "ambiguous.csv", AMBIGUOUS);
    let err = stderr_text(
        &handoff()
            .args(["replay", "-q", "--map", "delimiter=comma"])
            .arg(&path)
            .assert()
            .code(2),
    );
    assert!(!err.contains("as well as commas"), "{err}");
}

/// A delimiter set while a file is read as JSONL was ignored without a word: a warning,
/// D018, names where it was set (the flag, the mapping file's line and column,
/// `.handoff.yaml`'s), once for the first JSONL file; the file is read as usual, and a
/// CSV file beside it still takes the delimiter.
#[test]
fn a_delimiter_set_for_a_jsonl_file_is_said_to_do_nothing_there() {
    let dir = tempfile::tempdir().unwrap();
    let rules = write(dir.path(), "rules.yaml", REFUND_RULES);
    let line = r#"{"conversation_id":"c1","role":"customer","text":"hi"}"#;
    write(dir.path(), "a.jsonl", &format!("{line}\n"));
    write(
        dir.path(),
        "b.jsonl",
        &format!("{}\n", line.replace("c1", "c2")),
    );
    write(
        dir.path(),
        "c.csv",
        "conversation_id;role;text\nc3;customer;hi\n",
    );
    write(dir.path(), "map.yaml", "delimiter: semicolon\n");
    let said = |args: &[&str]| {
        let assert = handoff_in(dir.path())
            .args(["replay", "-f", "jsonl", "--rules"])
            .arg(&rules)
            .args(args)
            .args(["a.jsonl", "b.jsonl", "c.csv"])
            .assert()
            .success();
        let out = String::from_utf8(assert.get_output().stdout.clone()).unwrap();
        assert_eq!(out.lines().count(), 3, "{out}");
        stderr_text(&assert)
    };
    let warning = |at: &str| {
        format!(
            "warning[D018]: the delimiter `semicolon` ({at}) does nothing here: this file is read as JSONL, whose fields are its objects' keys (said for the first JSONL file only)\n --> a.jsonl:1\n"
        )
    };
    for (args, at) in [
        (
            &["--map", "delimiter=semicolon"][..],
            "`--map delimiter=semicolon`",
        ),
        (
            &["--mapping", "map.yaml"][..],
            "`delimiter:` at map.yaml:1:12",
        ),
    ] {
        let err = said(args);
        assert!(err.contains(&warning(at)), "{err}");
        assert_eq!(err.matches("D018").count(), 1, "{err}");
    }
    write(
        dir.path(),
        ".handoff.yaml",
        "input:\n  delimiter: semicolon\n",
    );
    let err = said(&[]);
    assert!(
        err.contains(&warning("`delimiter:` at .handoff.yaml:2:14")),
        "{err}"
    );
    // Without a delimiter set, nothing is said.
    std::fs::remove_file(dir.path().join(".handoff.yaml")).unwrap();
    let assert = handoff_in(dir.path())
        .args(["replay", "-f", "jsonl", "--rules"])
        .arg(&rules)
        .args(["a.jsonl", "b.jsonl"])
        .assert()
        .success();
    assert!(!stderr_text(&assert).contains("D018"));
}
