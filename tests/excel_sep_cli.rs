//! Excel's `sep=` line over a header another delimiter separates (cli40): `sep=,` above
//! `conversation_id;role;text` got the generic "map it" hint; the `sep=` line is named,
//! with the delimiter the header holds and how to read it with that one.

use predicates::prelude::*;
use predicates::str::contains;

use crate::common::{ANGRY_RULES, handoff, stdout_of, write};

#[test]
fn a_sep_line_over_a_header_another_delimiter_separates_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let rules = write(dir.path(), "rules.yaml", ANGRY_RULES);
    let file = write(
        dir.path(),
        "t.csv",
        "sep=,\nconversation_id;role;text\na;customer;this is ridiculous\n",
    );
    handoff()
        .args(["replay", "--rules"])
        .arg(&rules)
        .arg(&file)
        .assert()
        .code(2)
        .stderr(contains("t.csv:2: no `conversation_id` column"))
        .stderr(contains(
            "hint: the file's first line, Excel's `sep=,`, says `,` separates the fields, but the header holds `;`: if `;` separates them, remove the `sep=` line, or say so with --map delimiter=semicolon",
        ))
        .stderr(contains("map it with").not());
    // As the hint says: the flag wins over the line.
    let out = stdout_of(
        handoff()
            .args([
                "replay",
                "-q",
                "-f",
                "jsonl",
                "--map",
                "delimiter=semicolon",
                "--rules",
            ])
            .arg(&rules)
            .arg(&file),
    );
    assert!(
        out.contains("\"conversation_id\":\"a\",\"escalated\":true"),
        "{out}"
    );
    // A `sep=` line that is right reads as before, and a header of one column whose
    // name holds no other delimiter keeps the generic hint.
    let right = write(
        dir.path(),
        "right.csv",
        "sep=;\nconversation_id;role;text\na;customer;this is ridiculous\n",
    );
    stdout_of(
        handoff()
            .args(["replay", "-q", "--rules"])
            .arg(&rules)
            .arg(&right),
    );
    let plain = write(
        dir.path(),
        "plain.csv",
        "sep=,\nid,role,text\na,customer,hi\n",
    );
    handoff()
        .args(["replay", "--rules"])
        .arg(&rules)
        .arg(&plain)
        .assert()
        .code(2)
        .stderr(contains("sep=").not())
        .stderr(contains("map it with --map conversation_id=<column>"));
}

/// cli40 review: "if tabs separates them": the verb agrees with the plural.
#[test]
fn tabs_separate_in_the_hint() {
    let dir = tempfile::tempdir().unwrap();
    let rules = write(dir.path(), "rules.yaml", ANGRY_RULES);
    let file = write(
        dir.path(),
        "t.csv",
        "sep=,\nconversation_id\trole\ttext\na\tcustomer\thi\n",
    );
    handoff()
        .args(["replay", "--rules"])
        .arg(&rules)
        .arg(&file)
        .assert()
        .code(2)
        .stderr(contains("if tabs separate them"))
        .stderr(contains("tabs separates").not());
}
