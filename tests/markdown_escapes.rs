//! What a transcript says cannot become Markdown structure in any Markdown the tool
//! writes: `explain --format markdown`, packets' `.md` files, `diff` and `coverage`
//! Markdown. A message's lines that start with a list marker, a heading, a quote, a table
//! row or a fence stay inside their cell or paragraph; a `|` or a line break in a cell
//! does not break its table.

use std::path::{Path, PathBuf};

use crate::common::{handoff, root, stdout_of, write};

/// A conversation whose first message, name and tier hold Markdown's blocks, one per
/// line; its second message asks for a human, so it escalates.
const HOSTILE: &str = "conversation_id,timestamp,role,text,name,tier\n\
    x,2026-03-02T09:00:00Z,customer,\"hello\n- item\n1. one\n# heading\n> quote\n\
    | a | b |\n```\nrm -rf /\n```\n===\n\n    indented\",\"Ann\n- Boss\",\"pro | x\n- y\"\n\
    x,2026-03-02T09:01:00Z,customer,I want a human,,\n";

/// The starts of lines the data would make if its line breaks were kept.
const INJECTED: &[&str] = &[
    "- item",
    "1. one",
    "# heading",
    "quote",
    "| a",
    "```",
    "rm -rf",
    "===",
    "indented",
    "- y",
    "- Boss",
];

/// Every line of `md`, after any quote marks, starts with none of [`INJECTED`].
fn assert_no_structure(md: &str) {
    for line in md.lines() {
        let start = line.trim_start_matches(['>', ' ']);
        assert!(
            !INJECTED.iter().any(|i| start.starts_with(i)),
            "the data starts a line: {line:?}\n{md}"
        );
    }
}

fn hostile_csv(dir: &Path) -> PathBuf {
    write(dir, "t.csv", HOSTILE)
}

/// The starter rules in `dir`, with the first `from` in them made `to`.
fn rules_with(dir: &Path, from: &str, to: &str) -> PathBuf {
    let rules = dir.join("rules");
    std::fs::create_dir_all(&rules).unwrap();
    for name in ["routes.yaml", "signals.yaml", "teams.yaml", "triggers.yaml"] {
        let text = std::fs::read_to_string(root().join("rules").join(name)).unwrap();
        std::fs::write(rules.join(name), text.replacen(from, to, 1)).unwrap();
    }
    rules
}

/// The starter rules, with the support team's bridge message quoting the tier.
fn rules_quoting_the_tier(dir: &Path) -> PathBuf {
    rules_with(
        dir,
        "I'm {{ agent }} from customer",
        "I'm {{ agent }} ({{ customer.tier }}) from customer",
    )
}

/// A message's line that starts with `- `, `1. `, `#`, `>`, `|` or a fence
/// rendered as a list, heading, quote, table row or code block in explain's bridge
/// message; its table and condition trees showed line breaks as spaces.
#[test]
fn explain_markdown_keeps_a_values_lines_in_its_block() {
    let dir = tempfile::tempdir().unwrap();
    let csv = hostile_csv(dir.path());
    let rules = rules_quoting_the_tier(dir.path());
    let md = stdout_of(
        handoff()
            .args(["explain", "-c", "x", "--format", "markdown", "-r"])
            .arg(&rules)
            .arg(&csv),
    );
    assert_no_structure(&md);
    insta::assert_snapshot!("explain_markdown_hostile", md);
}

/// The same in a packet's transcript, its facts table and its bridge message.
#[test]
fn a_packets_markdown_keeps_a_messages_lines_in_its_paragraph() {
    let dir = tempfile::tempdir().unwrap();
    let csv = hostile_csv(dir.path());
    let rules = rules_quoting_the_tier(dir.path());
    let out = dir.path().join("packets");
    handoff()
        .args(["replay", "-q", "-f", "jsonl", "-r"])
        .arg(&rules)
        .arg("--packets")
        .arg(&out)
        .arg(&csv)
        .assert()
        .success();
    let md = std::fs::read_to_string(out.join("x.md")).unwrap();
    assert_no_structure(&md);
    insta::assert_snapshot!("packet_markdown_hostile", md);
}

/// A conversation id with a `|`, a backtick or HTML is neither a code span's end nor a
/// cell's in `diff`'s and `coverage`'s tables: each row keeps its number of cells. (The
/// ids were put in backticks, `<` escaped as `&lt;`, which a code span shows as it is.)
#[test]
fn diff_and_coverage_tables_hold_a_pipe_and_a_backtick() {
    let dir = tempfile::tempdir().unwrap();
    let csv = write(
        dir.path(),
        "t.csv",
        "conversation_id,role,text\n\
         a|b`c,customer,I want a human\n\
         m`1|<b>,customer,where is my order\n\
         m`1|<b>,agent,Hi it's Sam from support\n",
    );
    let rules = rules_with(
        dir.path(),
        "default_route:\n  team: frontline",
        "default_route:\n  team: senior-ae",
    );
    let diff = stdout_of(
        handoff()
            .args(["diff", "--base", "rules", "--format", "markdown", "--head"])
            .arg(&rules)
            .arg(&csv),
    );
    assert!(diff.contains("| a\\|b\\`c | "), "{diff}");
    let coverage = stdout_of(
        handoff()
            .args(["coverage", "-r", "rules", "-f", "markdown"])
            .arg(&csv),
    );
    assert!(
        coverage
            .contains("| m\\`1\\|\\<b\\> — a human took over at message 2; no rule escalated |"),
        "{coverage}"
    );
    for md in [&diff, &coverage] {
        for table in md.split("\n\n").filter(|b| b.starts_with('|')) {
            let cells = |row: &str| row.replace("\\|", "").matches('|').count();
            let header = cells(table.lines().next().unwrap());
            assert!(
                table.lines().all(|row| cells(row) == header),
                "a row with another number of cells:\n{table}"
            );
        }
    }
}

/// `#123` in what the customer wrote became a link to an issue or pull request
/// when the Markdown was pasted into GitHub or GitLab.
#[test]
fn an_issue_number_in_a_message_links_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let csv = write(
        dir.path(),
        "t.csv",
        "conversation_id,role,text,order\n\
         n,customer,my order #4521 never came,#4521\n\
         n,customer,I want a human,\n",
    );
    let explain = stdout_of(
        handoff()
            .args(["explain", "-r", "rules", "-c", "n", "--format", "markdown"])
            .arg(&csv),
    );
    let out = dir.path().join("packets");
    handoff()
        .args(["replay", "-q", "-f", "jsonl", "-r", "rules", "--packets"])
        .arg(&out)
        .arg(&csv)
        .assert()
        .success();
    let packet = std::fs::read_to_string(out.join("n.md")).unwrap();
    for md in [&explain, &packet] {
        assert!(md.contains("#&#8203;4521"), "{md}");
        assert!(!md.contains("#4521"), "{md}");
    }
}

/// The README said explain's Markdown kept a message's line breaks as `<br>`;
/// its table quotes each message on one line, as every output does (line breaks as
/// spaces), and what would start a heading or a list on a line of its own is escaped.
#[test]
fn explain_markdown_quotes_a_multi_line_message_on_one_row() {
    let dir = tempfile::tempdir().unwrap();
    let csv = write(
        dir.path(),
        "t.csv",
        "conversation_id,role,text\nx,customer,\"I want a discount\n## heading\n- list\"\n",
    );
    let md = stdout_of(
        handoff()
            .args(["explain", "-r", "rules", "-c", "x", "--format", "markdown"])
            .arg(&csv),
    );
    let row = md
        .lines()
        .find(|l| l.starts_with("| **1** ▶ |"))
        .unwrap_or_else(|| panic!("{md}"));
    assert!(
        row.contains("“I want a discount \\#\\# heading - list”"),
        "{row}"
    );
}
