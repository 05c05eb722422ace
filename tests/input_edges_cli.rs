//! Edges of the inputs, from the outside: compressed contacts and labels files, exports
//! joined with `cat` (a header row and byte order marks inside a file), stdin's name,
//! dangling symlinks, a run failing before its first conversation, a Windows-1252
//! export, rules given as a FIFO. What a directory leaves out is in `left_out_cli.rs`.

use predicates::prelude::*;

use predicates::str::contains;

use crate::common::{gzip, handoff, stderr_text, write};

/// Transcripts ending `.gz` were gunzipped, a contacts file or a labels file
/// was not (its header read as binary). Every file handoff reads rows from is now.
#[test]
fn contacts_and_labels_files_may_be_gzipped() {
    let dir = tempfile::tempdir().unwrap();
    let crm = dir.path().join("contacts.csv.gz");
    let plain = std::fs::read(crate::common::root().join("fixtures/crm/contacts.csv")).unwrap();
    std::fs::write(&crm, gzip(&plain)).unwrap();
    handoff()
        .args(["replay", "-f", "jsonl", "--contacts"])
        .arg(&crm)
        .assert()
        .success()
        .stderr(contains(
            "contacts: 5 of 33 conversations joined on `email`",
        ));

    let labels = dir.path().join("labels.csv.gz");
    std::fs::write(
        &labels,
        gzip(b"conversation_id,expected_team\nc01-enterprise-discount,senior-ae\nc09-not-frustrated,none\n"),
    )
    .unwrap();
    handoff()
        .args(["coverage", "--labels"])
        .arg(&labels)
        .assert()
        .success()
        .stdout(contains("labels: 2 labelled conversations found"))
        .stdout(contains(
            "escalation: precision 1.000, recall 1.000 (tp 1, fp 0, fn 0, tn 1)",
        ));
}

/// Two exports joined with `cat` gave a conversation `conversation_id` (CSV) or
/// a lost line (JSONL, a byte order mark inside). Both read as meant now, said once,
/// counted in the summary, and the run passes.
#[test]
fn exports_joined_with_cat_read_as_meant() {
    let dir = tempfile::tempdir().unwrap();
    let one = "conversation_id,role,text\nc1,customer,hello\n";
    let two = "\u{feff}conversation_id,role,text\nc2,customer,I want to talk to a human\n";
    let csv = write(dir.path(), "joined.csv", &format!("{one}{two}"));
    let out = handoff()
        .args(["replay", "-f", "jsonl"])
        .arg(&csv)
        .assert()
        .success()
        .stderr(contains(
            "warning[D014]: row repeats the header: skipped, not read as a message",
        ))
        .stderr(contains("joined.csv:3"))
        .stderr(contains(
            "1 header row repeated inside a file, skipped (D014)",
        ));
    let ids: Vec<String> = crate::common::jsonl(&crate::common::stdout_text(&out))
        .iter()
        .map(|v| v["conversation_id"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(ids, ["c1", "c2"]);

    let line = |id: &str| {
        format!("\u{feff}{{\"conversation_id\":\"{id}\",\"role\":\"customer\",\"text\":\"hi\"}}\n")
    };
    let jsonl = write(
        dir.path(),
        "joined.jsonl",
        &format!("{}{}", line("a"), line("b")),
    );
    handoff()
        .args(["replay", "-f", "jsonl"])
        .arg(&jsonl)
        .assert()
        .success()
        .stdout(contains("\"conversation_id\":\"b\""))
        .stderr(contains(
            "warning[D015]: line starts with a UTF-8 byte order mark",
        ))
        .stderr(contains(
            "1 byte order mark past the start of a file, left out (D015)",
        ))
        .stderr(contains("malformed").not());
}

/// Empty stdin was `-` in one message and `stdin` in the next ("reading columns
/// from stdin", "caused by: -: the file is empty"). One name now, `<stdin>`, everywhere.
#[test]
fn stdin_has_one_name_in_every_message() {
    handoff()
        .args(["lint", "--columns-from", "-"])
        .write_stdin("")
        .assert()
        .code(2)
        .stderr(contains(
            "error: reading columns from <stdin>\n  caused by: <stdin>: the file is empty",
        ));
    handoff()
        .args(["replay", "-f", "jsonl", "-"])
        .write_stdin("")
        .assert()
        .success()
        .stderr(contains("--> <stdin>:1"))
        .stderr(contains("-:1").not());
}

/// A dangling symlink given as contacts or labels was "No such file or
/// directory", of a file `ls` lists: it is said to be a link, with its target.
#[cfg(unix)]
#[test]
fn a_dangling_symlink_is_said_to_be_one_for_every_input() {
    let dir = tempfile::tempdir().unwrap();
    let link = dir.path().join("crm.csv");
    std::os::unix::fs::symlink("gone.csv", &link).unwrap();
    let said = format!(
        "caused by: {} is a symbolic link to gone.csv, which does not exist",
        link.display()
    );
    for flag in ["--contacts", "--labels"] {
        handoff()
            .args([
                if flag == "--labels" {
                    "coverage"
                } else {
                    "replay"
                },
                flag,
            ])
            .arg(&link)
            .assert()
            .code(2)
            .stderr(contains(said.as_str()));
    }
    handoff()
        .arg("replay")
        .arg(&link)
        .assert()
        .code(2)
        .stderr(contains(format!(
            "error: cannot open transcript {}",
            link.display()
        )))
        .stderr(contains(said.as_str()));
}

/// A run that failed before its first conversation still wrote `[]` (JSON),
/// a CSV header, or half of `diff`'s JSON document to stdout, which a later CI step read
/// as "no conversations". Now stdout stays empty and the error says why, exit 2.
#[test]
fn a_run_failing_before_its_first_conversation_writes_nothing_to_stdout() {
    let dir = tempfile::tempdir().unwrap();
    let dup = write(
        dir.path(),
        "dup.csv",
        "conversation_id,role,text,text\na,customer,refund,hello\n",
    );
    for format in ["json", "jsonl", "csv", "table"] {
        handoff()
            .args(["replay", "-f", format])
            .arg(&dup)
            .assert()
            .code(2)
            .stdout("")
            .stderr(contains("the header has column `text` twice"));
    }
    handoff()
        .args(["diff", "--base", "rules", "--head", "rules", "-f", "json"])
        .arg(&dup)
        .assert()
        .code(2)
        .stdout("");
    // What was replayed before a later error is still output whole (the array closed).
    let back = write(
        dir.path(),
        "back.csv",
        "conversation_id,role,text\nc1,customer,hello\nc2,customer,hi\nc1,customer,again\n",
    );
    handoff()
        .args(["replay", "-f", "json"])
        .arg(&back)
        .assert()
        .code(2)
        .stdout(contains("\"conversation_id\": \"c1\"").or(contains("\"conversation_id\":\"c1\"")))
        .stdout(predicates::str::ends_with("]\n"));
}

/// An export saved as Windows-1252 put `Ren�e` in bridge messages, and D004
/// said only that the row was not UTF-8. Its help now names the encoding, the first
/// byte decoded, and the conversion.
#[test]
fn a_windows_1252_export_is_named_as_such() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("latin.csv");
    std::fs::write(
        &path,
        b"conversation_id,role,text,name\nx,customer,caf\xe9 refund,Ren\xe9e\n",
    )
    .unwrap();
    handoff()
        .args(["replay", "-f", "jsonl"])
        .arg(&path)
        .assert()
        .success()
        .stderr(contains("warning[D004]"))
        .stderr(contains(
            "the file looks like Windows-1252 (Latin-1), not UTF-8: byte 0xE9 is `\u{e9}` there",
        ));
    // And no bridge message greets `Ren\u{FFFD}e`, or `Jos` for `Jos\u{FFFD}`.
    for name in [b"Ren\xe9e Smith".as_slice(), b"Jos\xe9"] {
        let mut csv = b"conversation_id,role,text,name\nx,customer,I want a refund,".to_vec();
        csv.extend_from_slice(name);
        csv.push(b'\n');
        std::fs::write(&path, csv).unwrap();
        let out =
            crate::common::stdout_of(handoff().args(["replay", "-q", "-f", "jsonl"]).arg(&path));
        assert!(out.contains(r#""bridge_message":null"#), "{out}");
        assert!(out.contains("D004 when its bytes were not UTF-8"), "{out}");
    }
}

/// Rules given as a FIFO (`handoff lint <(cat rules.yaml)`) were read whole whatever
/// they held: a FIFO says it has no bytes, which passed the size limit. It is read one
/// byte past the limit, then refused; one within the limit is linted as a file is.
#[cfg(unix)]
#[test]
fn rules_given_as_a_fifo_are_read_no_further_than_the_limit() {
    use std::io::Write;
    let dir = tempfile::tempdir().unwrap();
    let fifo = crate::common::fifo(dir.path(), "rules.yaml");
    let feed = |text: Vec<u8>| {
        let fifo = fifo.clone();
        std::thread::spawn(move || {
            let mut w = std::fs::OpenOptions::new().write(true).open(fifo).unwrap();
            // Refused past the limit: a broken pipe.
            w.write_all(&text).is_ok()
        })
    };
    let limit = 4 * 1024 * 1024;
    let writer = feed(vec![b'#'; 3 * limit]);
    let run = handoff().arg("lint").arg(&fifo).assert().code(2);
    let err = stderr_text(&run);
    assert!(
        err.contains(&format!(
            "rule file {} is over the limit of 4 MiB ({limit} bytes)",
            fifo.display()
        )),
        "{err}"
    );
    assert!(!writer.join().unwrap(), "the FIFO was read whole");
    let rules = "version: 1\nteams: [{ id: a, name: A }]\ndefault_route: { team: a }\n";
    let writer = feed(rules.as_bytes().to_vec());
    handoff().arg("lint").arg(&fifo).assert().code(0);
    assert!(writer.join().unwrap());
}
