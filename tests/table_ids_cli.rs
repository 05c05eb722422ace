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
    assert!(out.contains("│ a\\nb "), "{out}");
    assert!(out.contains("│ tab\\there "), "{out}");
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
