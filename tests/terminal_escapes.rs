//! Diagnostics on a terminal quote values read from the data (a timestamp, a role, a
//! metadata value, a conversation id) escaped and cut: a line break in a value cannot
//! break a diagnostic's layout nor write a line of its own, and an escape sequence
//! cannot reach the terminal.

use crate::common::{handoff, write};

/// D003 and D005 printed a value with a line break as two lines (the second
/// could pass for a diagnostic of its own), an ANSI escape sequence as it is (the
/// other escapes left `\n` alone), and a 300-character value whole.
#[test]
fn diagnostics_show_data_values_escaped_and_cut() {
    let dir = tempfile::tempdir().unwrap();
    let long = format!("{}\nerror[D999]: second line", "x".repeat(300));
    let csv = write(
        dir.path(),
        "t.csv",
        &format!(
            "conversation_id,timestamp,role,text,tier\n\
             c1,\"2026-03-01\nerror[D999]: fake\u{1b}[2J\",customer,hello,pro\n\
             c1,2026-03-01T10:00:00Z,customer,hi,\"{long}\"\n\
             c2,2026-03-01T10:00:00Z,\"bo\nt\u{7}\",hi,\n"
        ),
    );
    let out = handoff()
        .args(["replay", "-r", "rules", "-f", "json"])
        .arg(&csv)
        .assert()
        .success()
        .get_output()
        .clone();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        !stderr.contains('\u{1b}') && !stderr.contains('\u{7}'),
        "{stderr}"
    );
    assert!(
        !stderr.lines().any(|l| l.starts_with("error[D999]")),
        "a value wrote a line of its own:\n{stderr}"
    );
    assert!(
        stderr.contains("timestamp `2026-03-01\\nerror[D999]: fake\\u{1b}[2J` is not a date"),
        "{stderr}"
    );
    assert!(
        stderr.contains(&format!("(`{}…` here, `pro` earlier)", "x".repeat(80))),
        "{stderr}"
    );
    assert!(stderr.contains("unknown role `bo\\nt\\u{7}`"), "{stderr}");
    // The summary lists the role the same way.
    assert!(stderr.contains("`bo\\nt\\u{7}` ×1"), "{stderr}");
}

/// A tab in a conversation id was printed raw in the replay table, breaking its
/// alignment (ESC was escaped, tab was not); `lint -f github` wrote ESC and BEL from a
/// rule's value raw into the annotation.
#[test]
fn the_table_and_github_annotations_escape_tabs_and_escapes() {
    let dir = tempfile::tempdir().unwrap();
    let csv = write(
        dir.path(),
        "tab.csv",
        "conversation_id,role,text\n\"t\tab\",customer,speak to a human\n",
    );
    let out = handoff()
        .args(["replay", "-r", "rules", "-f", "table"])
        .arg(&csv)
        .assert()
        .success()
        .get_output()
        .clone();
    let table = String::from_utf8(out.stdout).unwrap();
    assert!(!table.contains('\t'), "{table}");
    // Quoted, as an escaped id is (cli42).
    assert!(table.contains("│ \"t\\tab\" "), "{table}");
    let widths: Vec<usize> = table.lines().map(|l| l.chars().count()).collect();
    assert!(widths.windows(2).all(|w| w[0] == w[1]), "aligned:\n{table}");

    let rules = write(
        dir.path(),
        "esc.yaml",
        "version: 1\ntriggers:\n  - id: t\n    when: { message: { signal: \"a\\e[31mX\\a\" } }\n",
    );
    let out = handoff()
        .args(["lint", "-f", "github"])
        .arg(&rules)
        .assert()
        .code(1)
        .get_output()
        .clone();
    let annotations = String::from_utf8(out.stdout).unwrap();
    assert!(
        !annotations.contains('\u{1b}') && !annotations.contains('\u{7}'),
        "{annotations}"
    );
    assert!(
        annotations.contains("unknown signal `a\\u{1b}[31mX\\u{7}`"),
        "{annotations}"
    );
}
