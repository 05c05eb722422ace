//! Problems users reported about `replay`'s contacts warnings, `--map` hints, rule files
//! and rule tests, and the table on narrow terminals: each case as they ran it.

use crate::common::{ANGRY_RULES, handoff, stderr_text, write};

/// User report: with several transcript files, some without the join column and the
/// others with it empty on every row, D011 said "empty on every row" at the file without
/// it, named the column in lower case though the header wrote `Email`, and read "a
/// `email`". Each file is said as it is, the column as the header has it.
#[test]
fn d011_says_which_files_lack_the_join_column_and_which_leave_it_empty() {
    let dir = tempfile::tempdir().unwrap();
    let rules = write(dir.path(), "rules.yaml", ANGRY_RULES);
    let without = write(
        dir.path(),
        "1.csv",
        "conversation_id,role,text\na,customer,hello\n",
    );
    let empty = write(
        dir.path(),
        "2.csv",
        "conversation_id,role,text,Email\nb,customer,hello,\n",
    );
    let crm = write(dir.path(), "crm.csv", "email,owner\nx@y.z,Rita\n");
    let stderr = stderr_text(
        &handoff()
            .args(["replay", "-q", "-f", "jsonl", "-r"])
            .arg(&rules)
            .arg("--contacts")
            .arg(&crm)
            .arg(&without)
            .arg(&empty)
            .assert()
            .success(),
    );
    assert!(
        stderr.contains(&format!(
            "warning[D011]: no conversation has a value in `Email` to join contacts on (2 conversations): {} has no such column, and {} has it empty on every row",
            without.display(),
            empty.display()
        )),
        "{stderr}"
    );
    assert!(
        stderr.contains(&format!("--> {}:1\n", without.display())),
        "{stderr}"
    );
    assert!(
        stderr.contains(&format!(
            "`Email` is here, empty on every row: {}:1",
            empty.display()
        )),
        "{stderr}"
    );
    // A column no file has is named as the user wrote it, with no "a `EMAIL`".
    let stderr = stderr_text(
        &handoff()
            .args(["replay", "-q", "-f", "jsonl", "--join-on", "EMAIL", "-r"])
            .arg(&rules)
            .arg("--contacts")
            .arg(&crm)
            .arg(&without)
            .assert()
            .success(),
    );
    assert!(
        stderr.contains(
            "no conversation can be joined on `EMAIL`: the transcripts have no such column"
        ),
        "{stderr}"
    );
    assert!(
        stderr.contains("no transcript file has a column named `EMAIL`"),
        "{stderr}"
    );
    assert!(!stderr.contains("a `"), "{stderr}");
}
