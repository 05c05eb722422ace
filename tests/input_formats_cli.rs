//! A transcript read in the wrong format or shape, from the outside: a CSV file read as
//! JSONL (and the reverse) is named so past a leading blank or comment line, a line that
//! is not JSON is not an object, a conversation on one line is told to flatten, a rule
//! file given as transcripts is said to be one, and Excel's `sep=` line says the delimiter.

use predicates::prelude::*;
use predicates::str::contains;

use crate::common::{exits_2_saying, handoff, stderr_text, write};

/// That a CSV file read as JSONL looks like CSV was looked for on
/// line 1 only: a blank line or a title line above the header hid it. It is looked for
/// in the first lines that are not blank, before any object, and said once, at the
/// header's line.
#[test]
fn a_csv_file_read_as_jsonl_is_named_past_a_leading_line() {
    let dir = tempfile::tempdir().unwrap();
    for (name, text, line) in [
        (
            "blank.csv",
            "\n\nconversation_id,role,text\na,customer,hi\nb,customer,yo\n",
            3,
        ),
        (
            "title.csv",
            "Export of March\nconversation_id,role,text\na,customer,hi\n",
            2,
        ),
    ] {
        let path = write(dir.path(), name, text);
        let err = stderr_text(&exits_2_saying(
            handoff()
                .args(["replay", "--input-format", "jsonl"])
                .arg(&path),
            &[],
        ));
        assert!(
            err.contains(&format!(
                "{}:{line}: this looks like CSV, not JSONL: line {line} reads as a CSV header (`conversation_id`, `role`, `text`)",
                path.display()
            )),
            "{name}: {err}"
        );
        assert_eq!(
            err.matches("this looks like CSV, not JSONL").count(),
            1,
            "{name}: {err}"
        );
    }
    // Past the first objects, a line with a comma is a broken line, not a CSV header.
    let path = write(
        dir.path(),
        "x.jsonl",
        "{\"conversation_id\": \"a\", \"role\": \"customer\", \"text\": \"hi\"}\nbroken, line\n",
    );
    handoff()
        .args(["replay", "-q", "--on-error", "skip"])
        .arg(&path)
        .assert()
        .success()
        .stderr(contains("not a JSON object (a line must start with `{`)"))
        .stderr(contains("looks like CSV").not());
}

/// `not json` on line 2 was "invalid JSON: expected ident --> :2:2".
#[test]
fn a_jsonl_line_that_is_not_json_is_not_an_object() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(
        dir.path(),
        "bad.jsonl",
        "{\"conversation_id\": \"a\", \"role\": \"customer\", \"text\": \"hi\"}\nnot json\n",
    );
    handoff()
        .args(["replay", "-q", "--on-error", "skip"])
        .arg(&path)
        .assert()
        .success()
        .stderr(contains(
            "skipped malformed row: not a JSON object (a line must start with `{`)",
        ))
        .stderr(contains(format!("{}:2:1", path.display())))
        .stderr(contains("ident").not());
}

/// The reverse, a JSON file read as CSV, said "this is JSON" only
/// when its first line started with `{` or `[`; a title line first hid it, and the
/// error named line 1 for a header further down.
#[test]
fn a_json_file_read_as_csv_is_named_past_a_leading_line() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(
        dir.path(),
        "x.csv",
        "\n# export of March\n{\"conversation_id\": \"a\", \"role\": \"customer\", \"text\": \"hi\"}\n",
    );
    exits_2_saying(
        handoff().arg("replay").arg(&path),
        &[
            &format!("{}:2: no `conversation_id` column", path.display()),
            "hint: this is JSON, not CSV",
        ],
    );
    // A CSV file of other columns is still told to map them.
    let path = write(dir.path(), "y.csv", "# title\nid,who,body\na,customer,hi\n");
    exits_2_saying(
        handoff().arg("replay").arg(&path),
        &["hint: map it with --map conversation_id=<column>"],
    );
}

/// A JSONL export of a conversation a line, its messages in a list, was told to map a
/// `role` column (`--map role=<column>`), which no mapping can do: the hint says the
/// messages are in one field and how to flatten them.
#[test]
fn a_conversation_a_line_is_told_to_flatten() {
    let dir = tempfile::tempdir().unwrap();
    let file = write(
        dir.path(),
        "conv.jsonl",
        "{\"conversation_id\":\"x\",\"messages\":[{\"role\":\"user\",\"text\":\"hi\"}]}\n",
    );
    exits_2_saying(
        handoff().arg("replay").arg(&file),
        &[
            "no `role` key; the keys are: `conversation_id`, `messages`",
            "hint: the messages seem to be in one key, `messages`, a conversation a line",
            "jq -c '.conversation_id as $id | .messages[]",
        ],
    );
    // Its id in `id`: the conversation id is what is missing first, and was told to map
    // it; the hint flattens it, reading the id from `id`.
    let file = write(
        dir.path(),
        "id.jsonl",
        "{\"id\":\"m1\",\"messages\":[{\"role\":\"user\",\"text\":\"human please\"}]}\n",
    );
    exits_2_saying(
        handoff().arg("replay").arg(&file),
        &[
            "no `conversation_id` key; the keys are: `id`, `messages`",
            "hint: the messages seem to be in one key, `messages`",
            "jq -c '.id as $id | .messages[]",
        ],
    );
    // A text column named `messages`, in a CSV or a JSONL with a role: map it.
    for (name, text) in [
        (
            "m.csv",
            "conversation_id,role,messages\nc1,customer,I want a discount\n",
        ),
        (
            "m.jsonl",
            "{\"conversation_id\":\"c1\",\"role\":\"customer\",\"messages\":\"hi\"}\n",
        ),
    ] {
        let file = write(dir.path(), name, text);
        exits_2_saying(
            handoff().arg("replay").arg(&file),
            &["hint: map it with --map text=<column>"],
        );
    }
}

/// A rule file given where transcripts or contacts go (`handoff replay
/// rules/routes.yaml`) was "no `conversation_id` column; the columns are: `# yaml-…`",
/// told to map a column: it is said to be a rule file, gzipped or not.
#[test]
fn a_rule_file_given_as_transcripts_or_contacts_is_said_to_be_one() {
    let dir = tempfile::tempdir().unwrap();
    let rules = std::path::Path::new("rules/routes.yaml");
    let renamed = write(
        dir.path(),
        "routes.txt",
        "version: 1\nroutes:\n  - { id: a, when: { trigger: x }, team: t }\n",
    );
    for file in [rules, renamed.as_path()] {
        exits_2_saying(
            handoff().arg("replay").arg(file),
            &[
                "no `conversation_id` column",
                "hint: this looks like YAML rules (or rule tests), not a transcript export: rules are given with -r (--rules); give a CSV or JSONL export here",
            ],
        );
    }
    exits_2_saying(
        handoff().args([
            "replay",
            "--contacts",
            "rules/routes.yaml",
            "fixtures/transcripts.csv",
        ]),
        &[
            "the contacts file has no `email` column to join on",
            "hint: this looks like YAML rules, not a contacts export",
        ],
    );
    // Nor as labels, where it was told to map `conversation_id`.
    exits_2_saying(
        handoff().args([
            "coverage",
            "--labels",
            "rules/routes.yaml",
            "fixtures/transcripts.csv",
        ]),
        &["this looks like YAML rules, not a labels file"],
    )
    .stderr(contains("--label-column").not());
    // A CSV whose first column is named `version` is not one.
    let csv = write(dir.path(), "v.csv", "version,role,text\n1,customer,hi\n");
    exits_2_saying(handoff().arg("replay").arg(&csv), &[]).stderr(contains("rule file").not());
}

/// Excel's `sep=;` line before the header was read as the header (`no conversation_id
/// column; the columns are: sep=, ""`): it says the delimiter of transcripts, contacts
/// and labels alike, and the header's line is the next.
#[test]
fn excels_sep_line_says_the_delimiter() {
    let dir = tempfile::tempdir().unwrap();
    let transcripts = write(
        dir.path(),
        "t.csv",
        "sep=;\r\nconversation_id;role;text;email\r\nq1;customer;speak to a human;a@x.example\r\nq2;customer;\"hi\r\n",
    );
    let contacts = write(
        dir.path(),
        "crm.csv",
        "sep=;\nemail;name\na@x.example;Ann Lee\n",
    );
    let labels = write(
        dir.path(),
        "labels.csv",
        "sep=;\nconversation_id;expected_escalated\nq1;true\n",
    );
    let out = exits_2_saying(
        handoff()
            .args(["replay", "-f", "jsonl", "--contacts"])
            .arg(&contacts)
            .arg(&transcripts),
        &[],
    )
    .get_output()
    .clone();
    let stdout = String::from_utf8(out.stdout).unwrap();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stdout.contains("\"conversation_id\":\"q1\",\"escalated\":true"),
        "{stdout}"
    );
    assert!(stdout.contains("Hi Ann"), "{stdout}");
    // The unclosed quote is on the file's fourth line, counting the `sep=` line.
    assert!(stderr.contains("t.csv:4"), "{stderr}");
    handoff()
        .args(["coverage", "--on-error", "skip", "--labels"])
        .arg(&labels)
        .arg(&transcripts)
        .assert()
        .success()
        .stdout(contains("precision"));
}
