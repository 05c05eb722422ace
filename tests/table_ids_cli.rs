//! The replay table's conversation ids (cli41): an id holding a line break was written
//! raw, one id on two lines, and a long id's escaped control character (`\u{1b}`) was
//! broken across two lines at its column's edge. Each id is one escaped token, and
//! `explain -c` takes it as the table shows it (cli42 review).

use crate::common::{ANGRY_RULES, stdout_of, write};

#[test]
fn an_id_prints_as_one_escaped_token() {
    let dir = tempfile::tempdir().unwrap();
    let rules = write(dir.path(), "rules.yaml", ANGRY_RULES);
    let file = write(
        dir.path(),
        "t.csv",
        &format!(
            "conversation_id,role,text\n\"a\nb\",customer,this is ridiculous\n\"c{}\u{1b}{}\",customer,this is ridiculous\ntab\there,customer,fine\nback\\slash,customer,this is ridiculous\n",
            "x".repeat(37),
            "y".repeat(100)
        ),
    );
    let out = stdout_of(
        crate::common::handoff()
            .args(["replay", "-q", "-f", "table", "--rules"])
            .arg(&rules)
            .arg(&file),
    );
    insta::assert_snapshot!(out);
    // Quoted when escaped (cli42): no id written with a backslash reads the same.
    assert!(out.contains("│ \"a\\nb\" "), "{out}");
    assert!(out.contains("│ \"tab\\there\" "), "{out}");
    assert!(out.contains("│ \\u{1b}yyy"), "{out}");
    assert!(!out.contains('\u{1b}'), "{out}");
    // A backslash is shown as it is, not doubled: the id is what `explain -c` takes.
    assert!(out.contains("│ back\\slash "), "{out}");
    assert!(!out.contains("back\\\\slash"), "{out}");
    let explained = stdout_of(
        crate::common::handoff()
            .args(["explain", "-q", "-c", "back\\slash", "--rules"])
            .arg(&rules)
            .arg(&file),
    );
    assert!(explained.contains("ridiculous"), "{explained}");
}

/// cli42: a narrow table wrapped an id at its spaces (`chat` and `12` on two lines, read
/// as two ids: its spaces are no-break spaces now, `report::table` tests the width); an id holding a line break and one holding the two characters `\n`
/// both showed `a\nb`; diff's table wrote a line break in an id raw, over two rows, and
/// diff's Markdown made a control character a space. Ids are one token, escaped ones
/// quoted, in replay's and diff's tables and in diff's Markdown.
#[test]
fn ids_stay_one_token_and_escaped_ones_read_as_no_other() {
    let dir = tempfile::tempdir().unwrap();
    let rules = write(dir.path(), "rules.yaml", ANGRY_RULES);
    let file = write(
        dir.path(),
        "t.csv",
        "conversation_id,role,text\n\"a\nb\",customer,this is ridiculous\na\\nb,customer,this is ridiculous\nchat number 12,customer,this is ridiculous\n",
    );
    let out = stdout_of(
        crate::common::handoff()
            .args(["replay", "-q", "-f", "table", "--rules"])
            .arg(&rules)
            .arg(&file),
    );
    assert!(out.contains("│ \"a\\nb\" "), "{out}");
    assert!(out.contains("│ a\\nb "), "{out}");
    // Real spaces (cli42 review: no-break spaces could not be given to `explain -c`
    // nor found by `grep`); `report::table` tests that the id is not wrapped.
    assert!(out.contains("│ chat number 12 "), "{out}");
    assert!(!out.contains('\u{a0}'), "{out}");
    // diff: the head rules route every escalation elsewhere, so each id is a change.
    let head = write(
        dir.path(),
        "head.yaml",
        &ANGRY_RULES.replace("support", "other"),
    );
    assert_ne!(std::fs::read_to_string(&head).unwrap(), ANGRY_RULES);
    let diff = |format: &str| {
        stdout_of(
            crate::common::handoff()
                .args(["diff", "-q", "-f", format, "--base"])
                .arg(&rules)
                .arg("--head")
                .arg(&head)
                .arg(&file),
        )
    };
    let table = diff("table");
    assert!(table.contains("│ \"a\\nb\" "), "{table}");
    assert!(table.contains("│ a\\nb "), "{table}");
    assert!(table.contains("│ chat number 12 "), "{table}");
    assert!(!table.contains('\u{a0}'), "{table}");
    assert!(!table.contains("│ b "), "{table}");
    let markdown = diff("markdown");
    assert!(markdown.contains("| `\"a\\nb\"` |"), "{markdown}");
    assert!(markdown.contains("| `a\\nb` |"), "{markdown}");
}

/// The explanation of `id` in `file`, or its error: stdout on success, stderr else.
fn explain(rules: &std::path::Path, file: &std::path::Path, id: &str) -> (bool, String) {
    let out = crate::common::handoff()
        .args(["explain", "-q", "-c", id, "--rules"])
        .arg(rules)
        .arg(file)
        .output()
        .unwrap();
    let text = if out.status.success() {
        out.stdout
    } else {
        out.stderr
    };
    (out.status.success(), String::from_utf8(text).unwrap())
}

/// cli42 review: an id with spaces copied from the table (its spaces were no-break
/// spaces) was "not found; did you mean `order 123 abc`?", the two looking alike. Ids
/// keep real spaces, and `explain -c` takes a no-break space for a space and the
/// reverse when no id is the one given.
#[test]
fn explain_takes_a_spaced_id_with_either_space() {
    let dir = tempfile::tempdir().unwrap();
    let rules = write(dir.path(), "rules.yaml", ANGRY_RULES);
    let file = write(
        dir.path(),
        "t.csv",
        "conversation_id,role,text\norder 123 abc,customer,this is ridiculous\norder\u{a0}777,customer,all fine\n",
    );
    for (given, meant) in [
        ("order 123 abc", "order 123 abc"),
        ("order\u{a0}123\u{a0}abc", "order 123 abc"),
        ("order 777", "order\u{a0}777"),
        ("order\u{a0}777", "order\u{a0}777"),
    ] {
        let (ok, text) = explain(&rules, &file, given);
        assert!(ok, "{given:?}: {text}");
        assert!(
            text.starts_with(&format!("conversation {meant} (1 message)")),
            "{given:?}: {text}"
        );
    }
    // A space is no other character.
    let (ok, text) = explain(&rules, &file, "order_123 abc");
    assert!(!ok, "{text}");
}

/// cli42 review: the quoted form the table shows (`"a\nb"`) was not found, and the
/// suggestion named the other id, `a\\nb`. `explain -c` takes the table's form, its
/// suggestions and errors show ids so, and D006 names an id as the table does.
#[test]
fn explain_takes_the_quoted_id_the_table_shows() {
    let dir = tempfile::tempdir().unwrap();
    let rules = write(dir.path(), "rules.yaml", ANGRY_RULES);
    let file = write(
        dir.path(),
        "t.csv",
        "conversation_id,role,text\n\"a\nb\",customer,this is ridiculous\na\\nb,customer,all fine\n\"say \"\"hi\"\"\tnow\",customer,fine\n",
    );
    let table = stdout_of(
        crate::common::handoff()
            .args(["replay", "-q", "-f", "table", "--rules"])
            .arg(&rules)
            .arg(&file),
    );
    let quoted = "\"say \\\"hi\\\"\\tnow\"";
    assert!(table.contains(&format!("│ {quoted} ")), "{table}");
    for (given, header) in [
        ("\"a\\nb\"", "conversation \"a\\nb\" (1 message)"),
        ("a\\nb", "conversation a\\nb (1 message)"),
        (quoted, &format!("conversation {quoted} (1 message)")),
    ] {
        let (ok, text) = explain(&rules, &file, given);
        assert!(ok, "{given}: {text}");
        assert!(text.starts_with(header), "{given}: {text}");
    }
    // The line-break id, it said, holds "ridiculous"; the two-character one does not.
    let (_, text) = explain(&rules, &file, "\"a\\nb\"");
    assert!(text.contains("ridiculous"), "{text}");
    // A suggestion shows the id as the table does.
    let (ok, text) = explain(&rules, &file, "say");
    assert!(!ok, "{text}");
    assert!(
        text.contains(&format!("did you mean `{quoted}`?")),
        "{text}"
    );
    // D006 names the id as the table does.
    let late = write(
        dir.path(),
        "late.csv",
        "conversation_id,timestamp,role,text\n\"a\nb\",2026-03-02T10:00:00Z,customer,hi\n\"a\nb\",2026-03-02T09:00:00Z,customer,hi\n",
    );
    let out = crate::common::handoff()
        .args(["replay", "-f", "json", "--rules"])
        .arg(&rules)
        .arg(&late)
        .output()
        .unwrap();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains("conversation `\"a\\nb\"`: timestamp is earlier"),
        "{stderr}"
    );
}
