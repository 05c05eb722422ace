//! The replay table's conversation ids (cli41): an id holding a line break was written
//! raw, one id on two lines, and a long id's escaped control character (`\u{1b}`) was
//! broken across two lines at its column's edge. Each id is one escaped token.

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
    assert!(out.contains("chat\u{a0}number\u{a0}12"), "{out}");
    assert!(!out.contains("│ 12 "), "{out}");
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
    assert!(table.contains("chat\u{a0}number\u{a0}12"), "{table}");
    assert!(!table.contains("│ b "), "{table}");
    let markdown = diff("markdown");
    assert!(markdown.contains("| `\"a\\nb\"` |"), "{markdown}");
    assert!(markdown.contains("| `a\\nb` |"), "{markdown}");
}
