//! Problems users reported about `replay`'s contacts warnings, teams written as blocks and
//! backups of transcripts: each case as they ran it (rule files, rule tests and the table:
//! `user_reports_tests_cli.rs`).

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

/// User report: `team: |` (a block scalar) gave R003 "unknown team" quoting `support` with a
/// line break inside the message. It is one line, naming the type expected.
#[test]
fn a_team_written_as_a_block_of_text_is_said_on_one_line() {
    let dir = tempfile::tempdir().unwrap();
    let rules = write(
        dir.path(),
        "rules.yaml",
        "version: 1\nsignals:\n  - { id: angry, phrases: [ridiculous] }\ntriggers:\n  - { id: angry, when: { message: { role: customer, signal: angry } } }\nteams:\n  - { id: support, name: Support, agent: Chris, bridge: 'Hi' }\ndefault_route:\n  team: |\n    support\n",
    );
    let out = handoff()
        .args(["lint", "--color", "never"])
        .arg(&rules)
        .assert()
        .code(1)
        .get_output()
        .clone();
    let text = String::from_utf8(out.stdout).unwrap() + &String::from_utf8(out.stderr).unwrap();
    let line = text
        .lines()
        .find(|l| l.starts_with("error["))
        .unwrap_or_else(|| panic!("{text}"));
    assert_eq!(
        line,
        "error[S003]: the team id is a block of text, whose value ends with a line break; expected a team id, a string on one line",
        "{text}"
    );
    assert!(
        text.contains("help: write the team id on the key's line: `support`"),
        "{text}"
    );
    assert!(!text.contains("R003"), "{text}");
}

/// User report: the note about data-like files left out of a directory of transcripts
/// showed under `-q`, and editors' backups of a transcript (`export.csv~`, `#export.csv#`,
/// `.#export.csv`, the last a D017 "hidden file" warning) were not noted as `.bak` is.
#[test]
fn backups_of_transcripts_are_noted_and_the_note_is_quiet_under_q() {
    let dir = tempfile::tempdir().unwrap();
    let (rules, data) = crate::common::rules_and_dir(dir.path(), "exports");
    let csv = "conversation_id,role,text\nz,customer,hi\n";
    for name in [
        "t.csv",
        "export.csv~",
        "#export.csv#",
        ".#export.csv",
        "x.tsv",
    ] {
        write(&data, name, csv);
    }
    let replay = |quiet: bool| {
        let mut cmd = handoff();
        cmd.args(["replay", "-f", "jsonl", "-r"])
            .arg(&rules)
            .arg(&data);
        if quiet {
            cmd.arg("-q");
        }
        stderr_text(&cmd.assert().success())
    };
    let stderr = replay(false);
    assert!(
        stderr.contains(&format!(
            "note: 3 files in {} looking like data but not named like a transcript: left out",
            data.display()
        )),
        "{stderr}"
    );
    assert!(stderr.contains("export.csv~"), "{stderr}");
    // An Emacs lock holds no data (a second review): not noted, nor a hidden file.
    assert!(!stderr.contains(".#export.csv"), "{stderr}");
    assert!(
        !stderr.contains("D017"),
        "a lock file is no hidden transcript: {stderr}"
    );
    assert_eq!(replay(true), "", "nothing under -q");
}

/// User report: with ok.csv (its `email` filled in), nocol.csv and nocol.jsonl (no
/// `email`), D011 named nocol.csv alone and said "the other files have it empty on every
/// row" of ok.csv, which has values. Every file without the column is named, and nothing
/// is said of the others' values. Headers `Email` and `email` are each said as written,
/// in D011 and in the summary alike.
#[test]
fn d011_names_every_file_without_the_join_column_and_no_empty_one() {
    let dir = tempfile::tempdir().unwrap();
    let rules = write(dir.path(), "rules.yaml", ANGRY_RULES);
    let ok = write(
        dir.path(),
        "ok.csv",
        "conversation_id,role,text,email\na,customer,hello,x@y.z\n",
    );
    let nocol = write(
        dir.path(),
        "nocol.csv",
        "conversation_id,role,text\nb,customer,hello\n",
    );
    let jsonl = write(
        dir.path(),
        "nocol.jsonl",
        "{\"conversation_id\":\"c\",\"role\":\"customer\",\"text\":\"hello\"}\n",
    );
    let crm = write(dir.path(), "crm.csv", "email,owner\nx@y.z,Rita\n");
    let run = |files: &[&std::path::Path]| {
        stderr_text(
            &handoff()
                .args(["replay", "-f", "jsonl", "-r"])
                .arg(&rules)
                .arg("--contacts")
                .arg(&crm)
                .args(files)
                .assert()
                .success(),
        )
    };
    let stderr = run(&[&ok, &nocol, &jsonl]);
    assert!(
        stderr
            .contains("2 conversations have no value in `email`, so no contact is joined to them"),
        "{stderr}"
    );
    assert!(
        stderr.contains(&format!(
            "{} and {} have no such column, so their conversations cannot be joined",
            nocol.display(),
            jsonl.display()
        )),
        "{stderr}"
    );
    assert!(!stderr.contains("empty on every row"), "{stderr}");
    // Each file pointed at once: `b` of nocol.csv, and nocol.jsonl.
    assert!(
        !stderr.contains(&format!("{}:1", nocol.display())),
        "{stderr}"
    );
    assert!(
        stderr.contains(&format!("{}:1", jsonl.display())),
        "{stderr}"
    );
    assert!(stderr.contains("joined on `email`"), "{stderr}");
    // `Email` in one file, `email` in another: the first as written, then the other's
    // spelling, in both places (a list of each file's read as files without a value).
    let upper = write(
        dir.path(),
        "upper.csv",
        "conversation_id,role,text,Email\nd,customer,hello,x@y.z\n",
    );
    let stderr = run(&[&ok, &upper, &nocol]);
    let both = format!("`email` (also written `Email` in {})", upper.display());
    assert!(
        stderr.contains(&format!("1 conversation has no value in {both}")),
        "{stderr}"
    );
    assert!(stderr.contains(&format!("joined on {both}")), "{stderr}");
}

/// User report: a directory holding only editors' backups of a transcript (`x.csv~`,
/// `#x.csv#`) and an Emacs lock (`.#x.csv`, a dangling link) said a bare "no transcript
/// files"; it names the backups and how to read one, and not the lock.
#[test]
fn a_directory_of_backups_only_names_them_and_how_to_read_one() {
    let dir = tempfile::tempdir().unwrap();
    let (rules, data) = crate::common::rules_and_dir(dir.path(), "t3c");
    let csv = "conversation_id,role,text\nz,customer,hi\n";
    write(&data, "x.csv~", csv);
    write(&data, "#x.csv#", csv);
    #[cfg(unix)]
    std::os::unix::fs::symlink("user@host.1:17", data.join(".#x.csv")).unwrap();
    let stderr = stderr_text(
        &handoff()
            .args(["replay", "-f", "jsonl", "-r"])
            .arg(&rules)
            .arg(&data)
            .assert()
            .code(2),
    );
    let d = data.display();
    assert!(
        stderr.contains(&format!(
            "no transcript files in directory {d}: only editors' backups of transcripts ({d}/#x.csv#, {d}/x.csv~), which are not read from a directory"
        )),
        "{stderr}"
    );
    assert!(
        stderr.contains(&format!(
            "hint: give one by its own path to read it ('{d}/#x.csv#')"
        )),
        "{stderr}"
    );
    assert!(!stderr.contains(".#x.csv"), "{stderr}");
    // The hint's path reads.
    handoff()
        .args(["replay", "-q", "-f", "jsonl", "-r"])
        .arg(&rules)
        .arg(data.join("#x.csv#"))
        .assert()
        .success();
}
