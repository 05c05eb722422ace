//! Lists of an input's columns in errors: each name quoted, so that a column named with a
//! comma (`text, body`) reads as one.

use crate::common::{ANGRY_RULES, handoff_in, stderr_text, write};

/// `the columns are: conversation_id, role, text, body` could be four columns or three
/// with one named "text, body": each is quoted, as messages quote a name.
#[test]
fn a_column_named_with_a_comma_is_one_name_in_the_list() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "rules.yaml", ANGRY_RULES);
    write(
        dir.path(),
        "t.csv",
        "conversation_id,role,\"text, body\"\nc1,customer,hi\n",
    );
    let err = stderr_text(
        &handoff_in(dir.path())
            .args(["replay", "-r", "rules.yaml", "t.csv"])
            .assert()
            .code(2),
    );
    assert!(
        err.contains(
            "t.csv:1: no `text` column; the columns are: `conversation_id`, `role`, `text, body`\n"
        ),
        "{err}"
    );

    // A labels file's header alike (its names as written, cli43).
    write(
        dir.path(),
        "ok.csv",
        "conversation_id,role,text\nc1,customer,hi\n",
    );
    write(
        dir.path(),
        "labels.csv",
        "ticket,\"expected, team\"\nc1,support\n",
    );
    let err = stderr_text(
        &handoff_in(dir.path())
            .args([
                "coverage",
                "-r",
                "rules.yaml",
                "--labels",
                "labels.csv",
                "ok.csv",
            ])
            .assert()
            .code(2),
    );
    assert!(
        err.contains(
            "no `conversation_id` column; the columns are: `ticket`, `expected, team` (map it with"
        ),
        "{err}"
    );
}
