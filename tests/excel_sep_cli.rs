//! Excel's `sep=` line over a header another delimiter separates (cli40): `sep=,` above
//! `conversation_id;role;text` got the generic "map it" hint; the `sep=` line is named,
//! with the delimiter the header holds and how to read it with that one. So it is in a
//! contacts or labels file (cli41: they got no hint), and the line quoted, `"sep=;"`, as
//! Excel writes it in some locales, says the delimiter as the bare line does (cli41: it
//! was read as a header of one column `sep=;`); so does it padded to the header's width,
//! `"sep=;";;;` (cli42).

use std::path::{Path, PathBuf};

use predicates::prelude::*;
use predicates::str::contains;

use crate::common::{ANGRY_RULES, handoff, stderr_text, stdout_of, write};

/// `content` written as `name` in `dir`, with `ANGRY_RULES` beside it: the rules' path
/// and the file's.
fn rules_and(dir: &Path, name: &str, content: &str) -> (PathBuf, PathBuf) {
    (
        write(dir, "rules.yaml", ANGRY_RULES),
        write(dir, name, content),
    )
}

/// The stderr of `replay` of `file` under `rules`, which must exit 2.
fn replay_failing(rules: &Path, file: &Path) -> String {
    stderr_text(
        &handoff()
            .args(["replay", "--rules"])
            .arg(rules)
            .arg(file)
            .assert()
            .code(2),
    )
}

/// `replay` of `file` under `rules`, joined with the contacts file `crm` on `email`,
/// packets written under `dir`.
fn replay_with_contacts(dir: &Path, rules: &Path, file: &Path, crm: &Path) -> assert_cmd::Command {
    let mut cmd = handoff();
    cmd.args([
        "replay",
        "-q",
        "-f",
        "jsonl",
        "--join-on",
        "email",
        "--contacts",
    ])
    .arg(crm)
    .arg("--packets")
    .arg(dir.join("packets"))
    .arg("--rules")
    .arg(rules)
    .arg(file);
    cmd
}

/// `coverage` of `file` under `rules`, with the labels file `labels`.
fn coverage_with_labels(rules: &Path, file: &Path, labels: &Path) -> assert_cmd::Command {
    let mut cmd = handoff();
    cmd.args(["coverage", "-q", "--labels"])
        .arg(labels)
        .arg("--rules")
        .arg(rules)
        .arg(file);
    cmd
}

#[test]
fn a_sep_line_over_a_header_another_delimiter_separates_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let (rules, file) = rules_and(
        dir.path(),
        "t.csv",
        "sep=,\nconversation_id;role;text\na;customer;this is ridiculous\n",
    );
    let err = replay_failing(&rules, &file);
    assert!(
        err.contains("t.csv:2: no `conversation_id` column"),
        "{err}"
    );
    assert!(
        err.contains(
            "hint: the file's first line, Excel's `sep=,`, says `,` separates the fields, but the header holds `;`: if `;` separates them, remove the `sep=` line, or say so with --map delimiter=semicolon (which wins over it)",
        ),
        "{err}"
    );
    assert!(!err.contains("map it with"), "{err}");
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
    let err = replay_failing(&rules, &plain);
    assert!(!err.contains("sep="), "{err}");
    assert!(
        err.contains("map it with --map conversation_id=<column>"),
        "{err}"
    );
}

/// cli40 review: "if tabs separates them": the verb agrees with the plural.
#[test]
fn tabs_separate_in_the_hint() {
    let dir = tempfile::tempdir().unwrap();
    let (rules, file) = rules_and(
        dir.path(),
        "t.csv",
        "sep=,\nconversation_id\trole\ttext\na\tcustomer\thi\n",
    );
    let err = replay_failing(&rules, &file);
    assert!(err.contains("if tabs separate them"), "{err}");
    assert!(!err.contains("tabs separates"), "{err}");
}

/// A transcript, a contacts file and a labels file under the `sep=` lines given, each
/// over a `;` header: each line must say the delimiter, so the angry message escalates,
/// its packet has the contact's plan and coverage reads the labels.
fn sep_lines_say_the_delimiter(transcript: &str, contacts: &str, labels: &str) {
    let dir = tempfile::tempdir().unwrap();
    let (rules, file) = rules_and(
        dir.path(),
        "t.csv",
        &format!(
            "{transcript}conversation_id;role;text;email\na;customer;this is ridiculous;x@y.z\n"
        ),
    );
    let crm = write(
        dir.path(),
        "crm.csv",
        &format!("{contacts}email;plan\nx@y.z;gold\n"),
    );
    let out = stdout_of(&mut replay_with_contacts(dir.path(), &rules, &file, &crm));
    assert!(
        out.contains("\"conversation_id\":\"a\",\"escalated\":true"),
        "{out}"
    );
    let packet = std::fs::read_to_string(dir.path().join("packets/a.json")).unwrap();
    assert!(packet.contains("\"plan\": \"gold\""), "{packet}");
    let labels = write(dir.path(), "labels.csv", labels);
    coverage_with_labels(&rules, &file, &labels)
        .assert()
        .success();
}

/// cli41: `"sep=;"`, quoted, was a header of one column `sep=;` ("no `conversation_id`
/// column; the columns are: `sep=;`"); it says the delimiter, in a transcript, a
/// contacts file and a labels file alike.
#[test]
fn a_quoted_sep_line_says_the_delimiter() {
    sep_lines_say_the_delimiter(
        "\"sep=;\"\n",
        "\"sep=;\"\n",
        "\"sep=;\"\nconversation_id;expected_team\na;support\n",
    );
}

/// cli42: a spreadsheet pads the `sep=` row to the header's width, `"sep=;";;;`; it was
/// no `sep=` line (a header of columns `sep=;` and empty ones). Padded, it says the
/// delimiter in a transcript, a contacts file and a labels file alike.
#[test]
fn a_sep_line_padded_to_the_headers_width_says_the_delimiter() {
    sep_lines_say_the_delimiter(
        "\"sep=;\";;;\n",
        "sep=;;\n",
        "\"sep=;\";\r\nconversation_id;expected_team\r\na;support\r\n",
    );
}

/// cli41: a contacts or labels file under a `sep=` line its header contradicts got no
/// hint ("no `email` column to join on; the columns are: `email_plan`"), where a
/// transcript's names the line. Theirs says to remove it: no flag sets their delimiter.
#[test]
fn contacts_and_labels_name_a_wrong_sep_line() {
    let dir = tempfile::tempdir().unwrap();
    let (rules, file) = rules_and(
        dir.path(),
        "t.csv",
        "conversation_id,role,text,email\na,customer,this is ridiculous,x@y.z\n",
    );
    let hint = "the file's first line, Excel's `sep=,`, says `,` separates the fields, but the header holds `;`: if `;` separates them, remove the `sep=` line";
    let crm = write(dir.path(), "crm.csv", "sep=,\nemail;plan\nx@y.z;gold\n");
    replay_with_contacts(dir.path(), &rules, &file, &crm)
        .assert()
        .code(2)
        .stderr(contains(
            "crm.csv:2: the contacts file has no `email` column to join on",
        ))
        .stderr(contains(format!("\n  hint: {hint}\n")))
        .stderr(contains("--map delimiter").not());
    let labels = write(
        dir.path(),
        "labels.csv",
        "sep=,\nconversation_id;expected_team\na;support\n",
    );
    coverage_with_labels(&rules, &file, &labels)
        .assert()
        .code(2)
        .stderr(contains(format!(
            "labels.csv:2: no `conversation_id` column; the columns are: `conversation_id;expected_team` ({hint})"
        )))
        .stderr(contains("--label-column").not());
    // A header that holds no other delimiter gets no such hint.
    let plain = write(dir.path(), "plain.csv", "sep=,\nmail,plan\nx@y.z,gold\n");
    replay_with_contacts(dir.path(), &rules, &file, &plain)
        .assert()
        .code(2)
        .stderr(contains("sep=").not());
}

/// cli41 review: the "remove the `sep=` line" hint came where removing it would not
/// find the column: the other delimiter only inside quotes, a header holding more of
/// the line's delimiter anyway, a `sep=` line that is right. It is said only where the
/// header read with the other delimiter has the column; a transcript's hint too.
#[test]
fn a_sep_line_is_blamed_only_where_the_other_delimiter_finds_the_column() {
    let dir = tempfile::tempdir().unwrap();
    let (rules, file) = rules_and(
        dir.path(),
        "t.csv",
        "conversation_id,role,text,email\na,customer,this is ridiculous,x@y.z\n",
    );
    for (name, content) in [
        (
            "quoted.csv",
            "sep=,\nMail,\"First;Last\",Phone\nx@y.z,A,1\n",
        ),
        ("more.csv", "sep=,\nMail,First;Last,Phone\nx@y.z,A;B,1\n"),
        ("right.csv", "sep=;\nMail;Name, first;Phone\nx@y.z;A;1\n"),
    ] {
        let crm = write(dir.path(), name, content);
        let err = stderr_text(
            &replay_with_contacts(dir.path(), &rules, &file, &crm)
                .assert()
                .code(2),
        );
        assert!(err.contains("has no `email` column to join on"), "{err}");
        assert!(!err.contains("remove the `sep=` line"), "{name}: {err}");
    }
    // The labels file alike: the other delimiter's columns do not hold the id.
    let labels = write(
        dir.path(),
        "labels.csv",
        "sep=,\nid;expected_team\na;support\n",
    );
    let err = stderr_text(
        &coverage_with_labels(&rules, &file, &labels)
            .assert()
            .code(2),
    );
    assert!(!err.contains("remove the `sep=` line"), "{err}");
    // A transcript: `;` inside a quoted header cell is no separator of it.
    let quoted = write(
        dir.path(),
        "quoted.csv",
        "sep=,\nid,role,\"text;body\"\na,customer,hi\n",
    );
    let err = replay_failing(&rules, &quoted);
    assert!(!err.contains("remove the `sep=` line"), "{err}");
    assert!(
        err.contains("map it with --map conversation_id=<column>"),
        "{err}"
    );
    // Without a `sep=` line, the header's `;` (outside quotes) is named only where
    // reading with it finds the column.
    let semi = write(dir.path(), "semi.csv", "ident;name, first;text\na;b;c\n");
    let err = replay_failing(&rules, &semi);
    assert!(!err.contains("--map delimiter"), "{err}");
}

/// cli42: a header cell quoted because it held the `sep=` line's delimiter
/// (`"x;email,y"` under `sep=;`) lost its quotes when the header was read again with the
/// other delimiter, and held the column `email` there: "remove the `sep=` line", which
/// would find no such column. A transcript's hint too.
#[test]
fn a_cell_quoted_for_the_sep_lines_delimiter_gets_no_hint_to_remove_it() {
    let dir = tempfile::tempdir().unwrap();
    let (rules, file) = rules_and(
        dir.path(),
        "t.csv",
        "conversation_id,role,text,email\na,customer,this is ridiculous,x@y.z\n",
    );
    let crm = write(
        dir.path(),
        "crm.csv",
        "sep=;\n\"x;email,y\";plan\nx@y.z;gold\n",
    );
    let err = stderr_text(
        &replay_with_contacts(dir.path(), &rules, &file, &crm)
            .assert()
            .code(2),
    );
    assert!(err.contains("has no `email` column to join on"), "{err}");
    assert!(!err.contains("remove the `sep=` line"), "{err}");
    let transcript = write(
        dir.path(),
        "quoted.csv",
        "sep=;\n\"x;conversation_id,y\";role;text\na;customer;hi\n",
    );
    let err = replay_failing(&rules, &transcript);
    assert!(err.contains("no `conversation_id` column"), "{err}");
    assert!(!err.contains("remove the `sep=` line"), "{err}");
    // Bare, the cell is columns read with `,`: the hint stays.
    let bare = write(
        dir.path(),
        "bare.csv",
        "sep=;\nconversation_id,role,text\na,customer,hi\n",
    );
    let err = replay_failing(&rules, &bare);
    assert!(err.contains("remove the `sep=` line"), "{err}");
}

/// cli42 review: `sep=; ` with a trailing space (or padded, then a space) was no `sep=`
/// line: a header of one column `sep=; `. Trailing spaces are part of the line.
#[test]
fn a_sep_line_with_trailing_spaces_says_the_delimiter() {
    for sep in ["sep=; ", "sep=;  \r", "\"sep=;\";; "] {
        let dir = tempfile::tempdir().unwrap();
        let (rules, file) = rules_and(
            dir.path(),
            "t.csv",
            &format!("{sep}\nconversation_id;role;text\na;customer;this is ridiculous\n"),
        );
        let out = stdout_of(
            crate::common::handoff()
                .args(["replay", "-q", "-f", "jsonl", "--rules"])
                .arg(&rules)
                .arg(&file),
        );
        assert!(
            out.contains("\"conversation_id\":\"a\",\"escalated\":true"),
            "{sep:?}: {out}"
        );
    }
}
