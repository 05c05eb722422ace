//! `handoff explain -c`: which conversation an id names, from the outside: suggestions
//! for an unknown id (never one with other digits), an empty id, a conversation that
//! reappears (the rest: `explain_cli.rs`).

use predicates::prelude::*;
use predicates::str::contains;

use crate::common::{handoff, stdout_of, write};

#[test]
fn an_unknown_conversation_exits_2_with_a_suggestion() {
    handoff()
        .args(["explain", "-c", "c01-enterprise-discont"])
        .assert()
        .code(2)
        .stderr(contains(
            "conversation `c01-enterprise-discont` not found in 33 conversations read",
        ))
        .stderr(contains("did you mean `c01-enterprise-discount`?"));
}

/// Exploratory review: `-c ''` read the whole input and said that the conversation of
/// that empty id was not found in 33 conversations read; it is a usage error at once.
#[test]
fn an_empty_conversation_id_is_a_usage_error() {
    handoff()
        .args(["explain", "-c", ""])
        .assert()
        .code(2)
        .stderr(contains(
            "a value is required for '--conversation <ID>' but none was supplied",
        ))
        .stderr(contains("not found").not());
}

/// `-c star-31333` suggested `star-1333`: another conversation, one digit apart. Ids
/// with other digits are never suggested; one with the same digits still is.
#[test]
fn an_id_with_other_digits_is_never_suggested() {
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("t.csv");
    std::fs::write(
        &csv,
        "conversation_id,timestamp,role,text\n\
         star-1333,2026-03-02T09:00:00Z,customer,hi\n\
         star-2000,2026-03-02T09:00:00Z,customer,hi\n",
    )
    .unwrap();
    handoff()
        .args(["explain", "-c", "star-31333"])
        .arg(&csv)
        .assert()
        .code(2)
        .stderr(contains(
            "conversation `star-31333` not found in 2 conversations read",
        ))
        .stderr(contains("did you mean").not());
    handoff()
        .args(["explain", "-c", "star_1333"])
        .arg(&csv)
        .assert()
        .code(2)
        .stderr(contains("did you mean `star-1333`?"));
}

/// With the rows of `c1` split by another conversation, `replay` exits 2 but
/// `explain` explained the first part alone, exit 0.
#[test]
fn a_conversation_that_reappears_is_the_error_replay_gives() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(
        dir.path(),
        "inter.csv",
        "conversation_id,timestamp,role,text\nc1,1,customer,hi\nc2,2,customer,hi\nc1,3,customer,talk to a human\n",
    );
    let path = path.to_str().unwrap();
    handoff()
        .args(["explain", "-c", "c1", path])
        .assert()
        .code(2)
        .stdout("")
        .stderr(contains("inter.csv:4: conversation `c1` reappears"));
    // Grouped in memory, it is the whole conversation.
    let text = stdout_of(handoff().args(["explain", "-c", "c1", "--unsorted", path]));
    assert!(text.contains("talk to a human"), "{text}");
    assert!(text.contains("message 2"), "{text}");
}

/// cli43: an id the table shows quoted (`"order\n42-x"`), typed in part from the table
/// (`"order\n4`), got no suggestion: only the raw form was matched as a prefix.
#[test]
fn a_quoted_id_typed_in_part_gets_its_suggestion() {
    let dir = tempfile::tempdir().unwrap();
    let csv = write(
        dir.path(),
        "t.csv",
        "conversation_id,role,text\n\"order\n42-x\",customer,hi\nother,customer,hello\n",
    );
    for typed in [r#""order\n4"#, r#""order\n42-"#, r#""order\"#] {
        handoff()
            .args(["explain", "-c", typed])
            .arg(&csv)
            .assert()
            .code(2)
            .stderr(contains(r#"did you mean `"order\n42-x"`?"#));
    }
}

/// cli43 review: the id equal to a quoted id typed in part was never suggested (`"ord`
/// said "2 ids begin with it" without `ord`); an escape that is none (`\q`, `\x41`,
/// `\u00e8`) was read as cut short, and ids said to begin with what came before it; ids
/// that begin with a `"` of their own lost their prefix matches (`"vi`).
#[test]
fn a_quoted_start_suggests_its_own_id_reads_no_bad_escape_and_keeps_raw_matches() {
    let dir = tempfile::tempdir().unwrap();
    let csv = write(
        dir.path(),
        "t.csv",
        "conversation_id,role,text\nord,customer,hi\norder1,customer,hi\norder2,customer,hi\n\
         \"order\n42\",customer,hi\ncafé-1,customer,hi\n\"\"\"vip\"\"\",customer,hi\n\
         \"\"\"vip\"\" 2\",customer,hi\n",
    );
    let told = |typed: &str| {
        let out = handoff()
            .args(["explain", "-c", typed])
            .arg(&csv)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2));
        String::from_utf8(out.stderr).unwrap()
    };
    assert!(told(r#""ord"#).contains("; did you mean `ord`?"));
    assert!(told(r#""order\n42\"#).contains(r#"; did you mean `"order\n42"`?"#));
    assert!(told(r#""\"vip\""#).contains(r#"; did you mean `"\"vip\""`?"#));
    for (typed, escape) in [
        (r#""order\qzzz"#, r"\q"),
        (r#""order\x41"#, r"\x"),
        (r#""caf\u00e8"#, r"\u0"),
    ] {
        let text = told(typed);
        assert!(
            text.contains(&format!("; `{escape}` is not an escape of the quoted form")),
            "{text}"
        );
        assert!(
            !text.contains("begin with it") && !text.contains("did you mean"),
            "{text}"
        );
    }
    let text = told(r#""vi"#);
    assert!(
        text.contains(r#"2 ids begin with it: `"\"vip\""`, `"\"vip\" 2"`"#),
        "{text}"
    );
}
